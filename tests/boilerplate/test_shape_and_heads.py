"""CL151 and lines whose key is a shape or a form rather than the line (a date, qa19c r09), and
the heads and greetings of a document's own text (qa19a #7). Real documents:
tests/data/boilerplate/datelines/README.md, tests/data/boilerplate/heads/README.md."""
from __future__ import annotations

import json
from pathlib import Path

from corpuslint import Document
from corpuslint.checks.boilerplate.neighbours import own_items
from corpuslint.checks.boilerplate.templatefill import date_alone, template_numbers, template_stamp
from corpuslint.checks.boilerplate.skeleton import kept_skeleton
from corpuslint.checks.corpus_units import text_units

from conftest import DATA
from conftest import by
from conftest import corpus_linter as linter

DATELINES = DATA / "boilerplate" / "datelines"


def _documents(folder) -> list[Document]:
    return [Document.from_text(p.read_text(encoding="utf-8"), id=p.stem, path=str(p))
            for p in sorted(folder.glob("*.txt"))]


def test_a_date_alone_is_keyed_by_its_shape_and_is_no_repeated_line():
    docs = _documents(DATELINES)
    assert len(docs) == 5
    # main: `June 8, 2015` "occurs in 5 documents (5 different articles)", the post's own dateline
    found = by(linter().check(docs), "CL151")
    assert not [f for f in found if date_alone(f.text)], [f.text for f in found]
    for line in ("June 8, 2015", "   June 19, 2019", "February 03, 2019", "Mon, May 5, 2017 9:22 AM", "2019-06-19"):
        assert date_alone(line), line
    for line in ("June 5, 2019 by luxurious", "News & Events    June 11, 2019", "Updated June 5, 2019 with a"
                 " correction", "Pages: 1 2 3 4"):
        assert not date_alone(line), line


# -- heads and greetings over the document's own text (qa19a #7) ------------------------------

HEADS = DATA / "boilerplate" / "heads"


def _kept(text: str, line: str) -> bool:
    """Whether the unit of `line` stays as the text's skeleton when it alone repeats."""
    return _kept_with(text, line, ())


def _kept_with(text: str, line: str, also: tuple[str, ...]) -> bool:
    """... when it and the units `also` repeat."""
    units = text_units(text)[0]
    index = {text[u.start:u.end]: i for i, u in enumerate(units)}
    repeated = {index[line], *(index[a] for a in also)}
    return index[line] in kept_skeleton(text, units, repeated)


def test_an_admonitions_head_over_its_own_text_stays():
    # main: `Note` (33) and `See also` (21) in the Python docs "occur in 30 documents"
    note = (HEADS / "c-api_memory.txt").read_text(encoding="utf-8")
    assert _kept(note, "Note")
    see = (HEADS / "library_difflib.txt").read_text(encoding="utf-8")
    assert _kept(see, "See also")
    # DocBook's, as lynx dumps it: the icon's alt text, then the title (qa18a: 900 in the Debian Reference)
    docbook = (HEADS / "debref_ch01.fr.txt").read_text(encoding="utf-8")
    assert _kept(docbook, "[Note] Note")
    # over a block that repeats too, the head goes with it
    assert not _kept_with(note, "Note", ("There is no guarantee that the memory returned by these allocators can be "
                                         "successfully cast to a Python object when intercepting the allocating "
                                         "functions in this domain by the methods described in the Customize Memory "
                                         "Allocators section.",))
    # a line of another wording is no admonition's head
    assert not _kept(note.replace("\nNote\n", "\nShare on Facebook\n"), "Share on Facebook")


def test_a_messages_short_body_under_its_header_stays():
    # main: the reply fixtures' `Hello` (12) and a digest's `hello` (10): all the new text of the message
    reply = (HEADS / "standard_replies_gmail.eml.txt").read_text(encoding="utf-8")
    assert _kept(reply, "Hello")
    digest = (HEADS / "data_msg_02.txt").read_text(encoding="utf-8")
    assert _kept(digest, "hello")
    # a multipart message's preamble is the mailer's; a line of prose above is no header
    report = (HEADS / "data_msg_05.txt").read_text(encoding="utf-8")
    assert not _kept(report, "This is a MIME-encapsulated message.")
    assert not _kept("We met on Monday.\nThe hall was full: many came.\n\nHello\n\nMore text here.\n", "Hello")


# -- a wrapped line of a paragraph that another document wraps the same way (corp20 #4) ------

def test_a_wrapped_line_whose_sentence_goes_on_below_is_the_paragraphs():
    # main: `This section lists previously described changes and other bugfixes` "occurs in 3
    # documents": What's New 3.1 and 3.11 wrap their porting sections' first sentence alike
    text = (HEADS / "whatsnew_3.1_porting.txt").read_text(encoding="utf-8")
    line = "This section lists previously described changes and other bugfixes"
    units = text_units(text)[0]
    (i,) = [k for k, u in enumerate(units) if u.line and text[u.start:u.end] == line]
    assert i in own_items(text, units, {i}.__contains__)
    # the sentence ending on that line, or a line below that starts a sentence of its own: a line apart
    for changed in (text.replace("bugfixes\nthat may", "bugfixes.\nThat may"),
                    text.replace("bugfixes\nthat may", "bugfixes\nThat may")):
        units = text_units(changed)[0]
        (i,) = [k for k, u in enumerate(units) if u.line and changed[u.start:u.end].startswith("This section")]
        assert i not in own_items(changed, units, {i}.__contains__)


def test_a_section_head_over_its_own_subheading_and_paragraph_stays():
    # main: `Materials and Methods` "occurs in 4 documents" and goes from each paper (qa20 r12);
    # a line between two paragraphs of a page (`Read more`) still goes
    paper = (HEADS / "pmc_pntd.0002065.txt").read_text(encoding="utf-8")
    assert _kept(paper, "Materials and Methods")
    assert not _kept(paper, "Site description")  # (over one paragraph on one line, as `Read more` is)


# -- lines whose numbers differ from carrier to carrier (qa20 r02) -------------------------------

NUMBERS = DATA / "boilerplate" / "numbers"


def test_a_line_whose_carriers_spell_other_numbers_is_each_documents_own():
    docs = _documents(NUMBERS)
    found = [f.text for f in by(linter().check(docs), "CL151")]
    # main: `今週の積算距離 166km 移動平均速 19.4km/h 最高速度 39.8km/h` "occurs in 3 documents"
    assert not [t for t in found if "積算距離" in t], found
    # a template's count, whatever its number: found
    assert sorted(found) == ["0 comments", "2 comments", "941 comments"], found


def test_the_numbers_a_template_fills_in():
    for line in ("941 comments", "Comments (74)", "► April (2)", "5 min read", "Page 2 of 5", "© 2019 Site",
                 "Copyright 2005-2019 Foo"):
        assert template_numbers(line), line
    for line in ("LEVEL OF EVIDENCE: 4", "評価: 4", "コーヒー リキュール 20ml", "合計 \\26,339", "価格： ￥ 1,500",
                 "発売日： 2000/01/19", "1. 포스트 : 270개", "$ 5", "今週の積算距離 98km 移動平均速 19.4km/h"):
        assert not template_numbers(line), line
    # a Wikipedia article's outline (web corpus wikipedia.txt lines 71-73): its own section numbers
    outline = "6 See also\n7 References\n8 External links\n"
    assert not template_numbers("6 See also", outline) and template_numbers("6 See also")
    assert template_numbers("0 Comments", outline)
    # a comment count over a numbered list of pingbacks (qa19c inscriptis jovelstefan.de.gefallt)
    pingbacks = ("    3 Kommentare\n\n"
                 "     2. Pingback von Too much information - Papierkorb - Lesezeichen | 26.06.2012 10:43\n")
    assert template_numbers("3 Kommentare", pingbacks)


# -- a page's footer stamp, its date filled in by the site's template (tester30 githtml) ----------

GIT_PAGES = {  # the git documentation's pages (GPL-2.0), one paragraph each, with their footer
    "gitnamespaces": "Git supports dividing the refs of a single repository into multiple namespaces, each of which "
                     "has its own branches, tags, and HEAD.",
    "shallow": "Shallow commits do have parents, but not in the shallow repo, and therefore grafts are introduced "
               "pretending that these commits have no parents.",
    "new-command": "This is how-to documentation for people who want to add extension commands to Git. It should be "
                   "read alongside api-builtin.txt.",
}


def test_a_footer_stamp_whose_date_differs_from_page_to_page_is_the_templates(cli, tmp_path):
    dates = ["2024-05-31 00:35:55 UTC", "2025-10-07 12:22:08 UTC", "2024-05-31 00:35:55 UTC"]
    for (name, text), date in zip(GIT_PAGES.items(), dates):
        (tmp_path / f"{name}.html").write_text(
            f'<div id="content"><div class="paragraph"><p>{text}</p></div></div>\n'
            f'<div id="footer"><div id="footer-text">\nLast updated\n {date}\n</div></div>\n', encoding="utf-8")
    result = cli("check", *sorted(tmp_path.glob("*.html")), "--isolated", "--no-index", "--no-cache", "--select", "CL151", "--output-format",
                 "json")
    found = sorted((Path(f["path"]).stem, f["line"]) for f in json.loads(result.out))
    assert found == [("gitnamespaces", 3), ("new-command", 3), ("shallow", 3)]  # (its source line: `Last updated`)
    for line in ("Last updated 2025-10-07 12:22:08 UTC", "This page was last edited on 3 March 2021, at 10:15."):
        assert template_stamp(line), line
    for line in ("June 8, 2015", "Generated by Sphinx 7.2.6 on Jan 3, 2024", "20ml of water on 3 March 2021"):
        assert not template_stamp(line), line  # (a date alone, a version's or a measure's digits besides)
