"""CL120 on documents whose copyright lines are content, or stand among other information (qa16a
#1/#6/#13, qa16b #3): a licence text or a Debian copyright file keeps its notices, a field of a
record goes alone (its other fields stay), a wrapped sentence's "copyright law." is prose, code
and a section's title are no notice, and the fix settles in one pass. Real files: tests/data/legal
(README there: sources)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from corpuslint.config import load_config
from corpuslint.engine import Linter
from corpuslint.fixer import apply_fixes, fix_document
from corpuslint.models import Document
from corpuslint.packs.documents import copyright_file_at, licence_terms_near
from corpuslint.packs.edges import Candidate, settle

ROOT = Path(__file__).parents[2]
LEGAL = ROOT / "tests" / "data" / "legal"
LINTER = Linter(load_config(None))


def doc_of(name: str) -> Document:
    path = LEGAL / name
    return Document.from_text(path.read_text(encoding="utf-8"), path=str(path))


def cl120(doc: Document):
    return [f for f in LINTER.check_document(doc) if f.code == "CL120"]


@pytest.mark.parametrize("name, kept", [
    ("tzdata-copyright.txt", "License: public-domain\n This database is in the public domain."),
    ("libatk-wrapper-java-copyright.txt", "Copyright: Copyright 2009 Sun Microsystems Inc.\nLicense: LGPL-2.1+"),
    ("libtirpc3-copyright.txt", "Files: *\nCopyright: 2005 Bull S.A\nLicense: BSD-3-Clause"),
])
def test_a_debian_copyright_file_keeps_its_stanzas(name, kept):
    doc = doc_of(name)
    assert cl120(doc) == []
    result = fix_document(LINTER, doc, unsafe=True, only={"CL120"})
    assert result.converged and kept in result.document.text


def test_libtirpc3s_copyright_file_settles():
    # it did not settle in 10 passes: each removed stanza brought the next within the tail
    result = fix_document(LINTER, doc_of("libtirpc3-copyright.txt"))
    assert result.converged
    assert "Copyright: 1984-2009 Sun Microsystems, Inc." in result.document.text


def test_a_stanza_without_the_header_is_still_a_copyright_files():
    text = doc_of("tzdata-copyright.txt").text.split("\n\n", 1)[1]  # the `Format:` header gone
    at = text.index("Copyright:")
    assert copyright_file_at(text, at, at + 10)
    assert cl120(Document.from_text(text, path="copyright")) == []


@pytest.mark.parametrize("name, line", [
    ("spdx-fwlw.txt", "Copyright (C) 1993,1995 by Donald Arseneau\nVancouver, Canada, email asnd@triumf.ca"),
    ("spdx-Caldera-no-preamble.txt", "must retain the above\ncopyright notice, this list of conditions"),
    ("spdx-APAFML.txt", "Copyright (c) 1985, 1987, 1989, 1990, 1991, 1992, 1993, 1997 Adobe Systems"),
    ("spdx-OLDAP-2.8.txt", "All Rights Reserved. Permission to copy and distribute verbatim copies"),
    ("r-session.txt", "Copyright (C) 2009 The R Foundation for Statistical Computing\nISBN 3-900051-07-0"),  # a banner
])
def test_a_licence_text_keeps_its_notice(name, line):
    # none holds a standard sentence near its copyright line; each is worded as licences are
    doc = doc_of(name)
    assert cl120(doc) == []
    assert line in fix_document(LINTER, doc, unsafe=True, only={"CL120"}).document.text


def test_a_wrapped_sentence_about_copyright_law_is_prose():
    doc = doc_of("email-effector-hard-ham-1-00239.txt")
    assert cl120(doc) == []
    assert "amendment to US\ncopyright law.\nhttp://www.ala.org" in fix_document(LINTER, doc).document.text


def test_a_title_pages_copyright_field_goes_alone():
    doc = doc_of("fountain-printing_trouble.txt")
    (finding,) = cl120(doc)
    assert finding.text == "Copyright: (c) Copyright Dan Rahmel 2006"
    assert finding.fix.applicability == "safe" and finding.data["unit"] == "line"
    fixed = fix_document(LINTER, doc, only={"CL120"}).document.text
    assert fixed.startswith("Title: Printing Trouble\nCredit: written by\nAuthor: Dan Rahmel\n\nFADE IN:")


def test_a_docinfo_keeps_its_author_and_organization():
    doc = doc_of("docutils-enthought-rfp.txt")
    (finding,) = cl120(doc)
    assert finding.text == ":Copyright: 2004 by Enthought, Inc."
    # (qa23/read23) a reST field list's field is the document's own metadata: no safe fix (main: safe in 35
    # docinfos at their head, unsafe in 8 others that stand a little further down)
    assert finding.fix.applicability == "unsafe" and "docinfo" in finding.message
    assert fix_document(LINTER, doc, only={"CL120"}).document.text == doc.text
    fixed = fix_document(LINTER, doc, unsafe=True, only={"CL120"}).document.text
    assert ":Copyright:" not in fixed
    assert (":Author: Janet Swisher, Senior Technical Writer\n:Organization: `Enthought, Inc. "
            "<http://www.enthought.com>`_\n:License: `Enthought License`_ (BSD Style)\n") in fixed


def test_code_and_a_sections_title_are_no_notice():
    assert cl120(doc_of("sphinx-conf-py-block.txt")) == []  # `copyright = '2000-2042, ...'`
    doc = doc_of("docutils-pep-0287.txt")  # "Copyright\n=========" over its section
    assert cl120(doc) == []


# a site's footer is still one (the article's lines: seeds/000_8649d156db22d76a.txt)
ARTICLE = ("Is a token Russian force in Venezuela prelude to sending greater numbers?\n\n"
           "Maduro exposed a US paramilitary plot against him and his government, arrests made, indicating "
           "more to come.\n\n")


@pytest.mark.parametrize("footer", [
    "Copyright 2014 The Associated Press. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed.",
    "Photo: Reuters\nCopyright © 2017 ABC News Internet Ventures.",
])
def test_a_news_footer_still_goes_safely(footer):
    doc = Document.from_text(ARTICLE + footer + "\n", path="a.txt")
    (finding,) = cl120(doc)
    assert finding.fix.applicability == "safe"
    assert fix_document(LINTER, doc).document.text.rstrip() == ARTICLE.rstrip()


def test_a_news_story_on_licences_has_too_few_of_their_terms():
    story = ("The developer released the app under the GNU General Public License, and its README says it "
             "comes without warranty.")
    assert licence_terms_near(story, 0, len(story)) == 2


def test_a_run_of_notices_is_safe_in_one_pass():
    # 12 paragraphs of an article and 10 notices after it: the edge (8 paragraphs) reached the last
    # 8 only, and each pass's removals brought the next within it
    prose = "".join(f"Paragraph {i} of the story tells what the council decided on the budget today.\n\n"
                    for i in range(12))
    notices = "".join(f"Copyright {2000 + i} Example Wire Service.\n\n" for i in range(10))
    doc = Document.from_text(prose + notices, path="a.txt")
    found = cl120(doc)
    assert len(found) == 10 and all(f.fix.applicability == "safe" for f in found)
    once, _ = apply_fixes(doc, found)
    # what a second pass finds was found by the first (edits that touch wait for it): nothing new
    assert {f.text for f in cl120(once)} <= {f.text for f in found}
    result = fix_document(LINTER, doc)
    assert result.converged and result.document.text.rstrip() == prose.rstrip()


def test_settle_adds_only_what_the_removals_bring_within_the_edge():
    opts = SimpleNamespace(edge_paragraphs=1, edge_percent=1.0)
    text = "aaaa\n\nbbbb\n\ncccc\n\ndddd"
    starts, ends = [0, 6, 12, 18], [4, 10, 16, 22]
    found = [Candidate(3, True, True, True), Candidate(2, False, True, True), Candidate(1, False, False, True)]
    assert settle(text, starts, ends, found, opts) == [True, True, False]  # an ineligible one stays


def test_a_list_item_on_what_to_do_about_copyright_is_no_safe_removal():
    # docutils' policies: "Any new files ... should clearly state their intentions regarding
    # copyright, in one of the following ways:" and this item, whose sentence runs on
    doc = Document.from_text((LEGAL / "docutils-policies.txt").read_text(encoding="utf-8"), path="policies.txt")
    (finding,) = [f for f in cl120(doc) if "open source license" in f.text]
    assert finding.fix.applicability == "unsafe"
    assert "* Copyright & open source license: include a copyright notice, along\n" in fix_document(
        LINTER, doc, only={"CL120"}).document.text


def test_a_news_story_about_a_warranty_is_no_licence_and_keeps_its_footer_found():
    # review16c: "warranty", "liability", "provided that", "free of charge" made a news story a
    # licence text (3 kinds of terms), so its AP copyright footer was no longer found
    from corpuslint import Document, Linter
    from corpuslint.config import Config

    text = (LEGAL / "review16" / "news-warranty-ap-footer.txt").read_text(encoding="utf-8")
    found = Linter(Config(select=["CL120"])).check([Document.from_text(text)])
    assert [f.code for f in found] == ["CL120"]


def test_a_story_quoting_a_notice_is_not_a_notice():
    from corpuslint import Document, Linter
    from corpuslint.config import Config

    text = (LEGAL / "review16" / "news-memo-footer-quoted.txt").read_text(encoding="utf-8")
    assert Linter(Config(select=["CL125"])).check([Document.from_text(text)]) == []


def test_copyright_files_and_licences_share_their_clauses_and_fields_without_cl151(tmp_path):
    # qa16c N7: once CL120 kept the stanzas, CL151 took `License:`/`Files:` lines and licence
    # clauses that several copyright files carry (1,655 findings on 60 Debian copyright files)
    from corpuslint import Document
    from conftest import corpus_linter

    names = ["libatk-wrapper-java-copyright.txt", "libtirpc3-copyright.txt", "tzdata-copyright.txt",
             "spdx-APAFML.txt", "spdx-OLDAP-2.8.txt", "spdx-fwlw.txt"]
    docs = [Document.from_text((LEGAL / name).read_text(encoding="utf-8"), id=name, path=name) for name in names]
    docs += [Document.from_text((LEGAL / name).read_text(encoding="utf-8"), id="copy-" + name, path="copy-" + name)
             for name in names[:3]]  # a second package shipping the same file
    assert [f for f in corpus_linter().check(docs) if f.code == "CL151"] == []
