"""CL151 on real documents: site furniture across a corpus, shared wire quotes left alone, and
`corpuslint learn`, which turns the repeated paragraphs into a pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint import Document
from corpuslint.models import Applicability

from conftest import CORPUS_DATA as DATA
from conftest import SHARED_WIRE
from conftest import by
from conftest import corpus_docs as docs
from conftest import corpus_linter as linter


def test_site_furniture_is_reported_in_every_article_with_count_and_another_place(corpus_findings):
    politico = ["fakenewsnet-BuzzFeed_Real_12", "fakenewsnet-BuzzFeed_Real_18", "fakenewsnet-BuzzFeed_Real_19",
                "fakenewsnet-BuzzFeed_Real_20", "fakenewsnet-PolitiFact_Real_115"]
    for name in politico:
        [finding] = [f for f in by(corpus_findings, "CL151", name) if f.text == "Story Continued Below"]
        assert "occurs in 5 documents" in finding.message
        assert finding.related and Path(finding.related[0].path).stem != name
        assert finding.fix.applicability == Applicability.UNSAFE


def test_short_lines_repeated_across_unrelated_stories_are_boilerplate(corpus_findings):
    for name in ["fnc1-train-0059", "fnc1-train-0077", "fnc1-train-0156", "fnc1-train-0229"]:
        assert [f.text for f in by(corpus_findings, "CL151", name)] == ["Scroll down for video"]


def test_shared_wire_quotations_are_not_boilerplate(corpus_findings):
    for name in SHARED_WIRE:
        assert by(corpus_findings, "CL151", name) == [], name


def test_a_quote_shared_by_two_stories_is_not_flagged_even_at_a_low_threshold():
    findings = linter(CL151={"min-documents": 2}).check(docs(SHARED_WIRE))
    assert by(findings, "CL151") == []


def test_fix_removes_the_line_with_its_blank_lines():
    lint = linter()
    corpus = docs()
    lint.build_index(corpus)
    doc = next(d for d in corpus if d.id == "fakenewsnet-BuzzFeed_Real_12")
    result = lint.fix(doc, unsafe=True, only={"CL151"})
    assert "Story Continued Below" not in result.document.text
    assert "\n\n\n" not in result.document.text
    assert result.document.text.count("\n\n") == doc.text.count("\n\n") - 1


def test_learn_on_a_folder_with_no_files_fails_and_writes_nothing(tmp_path, cli):
    """As `report` does: "no repeated boilerplate found" would hide a wrong path or an `exclude`."""
    (tmp_path / "empty").mkdir()
    out = tmp_path / "x.yaml"
    result = cli("learn", tmp_path / "empty", "-o", out, "--isolated", "--no-index")
    assert result.code == 2, result
    assert "nothing to learn from: no files to check under" in result.err
    assert not out.exists()


def test_learn_writes_a_pack_that_loads_and_finds_the_boilerplate(tmp_path, cli):
    from corpuslint.packs import load_pack

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in DATA.glob("*.txt"):
        (corpus / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "rules" / "learned.yaml"
    refused = cli("learn", corpus, "-o", out, "--isolated", "--no-index")  # no folder is created for an output
    assert refused.code == 2 and "the folder" in refused.err and not out.parent.exists(), refused
    out.parent.mkdir()
    result = cli("learn", corpus, "-o", out, "--isolated", "--no-index")
    assert result.code == 0, result
    text = out.read_text(encoding="utf-8")
    assert "# 5 documents, 5 different articles" in text and '"Story Continued Below"' in text
    assert "Josh Gerstein" not in text  # bios are CL410's, not boilerplate
    rules = load_pack(out)
    assert rules and all(r.family == "boilerplate" for r in rules)
    doc = Document.from_text((DATA / "fnc1-train-0077.txt").read_text(encoding="utf-8"), path="x.txt")
    hits = [v for r in rules for v in r().check(doc)]
    assert any("Scroll down for video" in doc.text[v.start:v.end] for v in hits)
    prose = Document.from_text("He said the paper was full of lines like Scroll down for video and more.", path="y.txt")
    assert not [v for r in rules for v in r().check(prose)]


def test_a_repeated_line_that_a_pack_rule_names_is_reported_once(tmp_path, cli):
    # "Story Continued Below" on many politico pages: the pack rule CL132 says what it is, so the
    # catch-all CL151 (repeated across documents) does not report the same line again
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    leads = [
        ("The Senate passed the budget late on Friday after a long debate over defence spending.",
         "Three senators voted against it, citing the deficit and the cost of new ships."),
        ("A storm knocked out power to thousands of homes along the coast on Tuesday night.",
         "Crews expect to restore most lines by the weekend, the utility said in a statement."),
        ("The museum reopened its east wing with a show of early photographs from the city.",
         "Curators spent two years restoring the glass plates, some of them badly cracked."),
        ("Local farmers say the dry spring has cut their wheat yields by nearly a third.",
         "Some are switching to crops that need less water, such as sorghum and millet."),
    ]
    for i, (lead, end) in enumerate(leads):
        (corpus / f"p{i}.txt").write_text(f"{lead}\n\nStory Continued Below\n\n{end}\n", encoding="utf-8")
    findings = cli("check", corpus, "--isolated", "--no-cache", "--select", "CL132,CL151",
                   "--output-format", "json").json()
    assert sorted({f["code"] for f in findings}) == ["CL132"]
    alone = cli("check", corpus, "--isolated", "--no-cache", "--select", "CL151", "--output-format", "json").json()
    assert {f["code"] for f in alone} == {"CL151"}  # with the pack rule off, the catch-all reports


# -- issue 16: a site's templates; quotations and embedded posts that outlets share ---------------

SITE = DATA / "site"


def site_docs(*sites):
    paths = sorted(SITE.glob("*.txt"))
    return [Document.from_text(p.read_text(encoding="utf-8"), id=p.stem, path=str(p), metadata={"source": site})
            for p, site in zip(paths, sites)]


def test_a_line_a_site_stamps_on_two_of_its_articles_is_its_template():
    findings = linter().check(site_docs("http://winningdemocrats.com", "http://winningdemocrats.com"))
    found = by(findings, "CL151")
    assert [f.text for f in found] == ["Featured image from file"] * 2
    assert all("2 of them from winningdemocrats.com" in f.message for f in found)


def test_the_same_line_in_two_articles_of_two_sites_is_not_a_template():
    findings = linter().check(site_docs("http://winningdemocrats.com", "http://addictinginfo.org"))
    assert by(findings, "CL151") == []


@pytest.mark.parametrize("block, is_quoted", [
    ("— Brown Moses (@Brown_Moses) September 13, 2014", True),  # fnc1-train-0269: an embedded tweet
    ("“We are aware of the reports and are looking into them,” a spokesman said.", True),
    ("pic.twitter.com/AbC123 — NBC News (@NBCNews) May 5, 2017", True),
    ("Featured image from file", False),
    ("Have something to add to this story? Share it in the comments.", False),
])
def test_quotations_and_embedded_posts_are_the_news_not_boilerplate(block, is_quoted):
    from corpuslint.checks.boilerplate.repeated import quoted

    assert quoted(block) is is_quoted


# -- issue 16: a site's template on whole pages (two webmd.com articles, menus and footers) --------

PAGES = DATA / "site-pages"
WEBMD_LAST = {"webmd-1": "Nuts are the main reason people get a life-threatening problem called anaphylaxis.",
              "webmd-2": "Here are some of the growing superbug threats identified in the 2015 White House report."}


def webmd_pages(after_article: str = "", site: str | None = "https://www.webmd.com/a"):
    """The two pages, each with `after_article` written after its article's last paragraph."""
    out = []
    for name, last in WEBMD_LAST.items():
        text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
        if after_article:
            text = text.replace(last + "\n", f"{last}\n\n{after_article}\n", 1)
        out.append(Document.from_text(text, id=name, path=str(PAGES / f"{name}.txt"),
                                      metadata={"source": site} if site else {}))
    return out


# the lines web/labels.jsonl labels `content` (the article) lie between these
WEBMD_ARTICLE = {"webmd-1": (259, 279), "webmd-2": (242, 264)}


def test_the_menus_two_whole_pages_of_a_site_share_are_its_template():
    findings = by(linter().check(webmd_pages()), "CL151")
    found = {(Path(f.path).stem, f.text) for f in findings}
    for line in ("Skip to content", "Health A-Z", "Common Conditions", "Arthritis", "Next Page >",
                 "Reviewed by Hansa D. Bhargava, MD"):
        assert ("webmd-1", line) in found and ("webmd-2", line) in found, line
    # the articles are left alone: none of their lines is reported
    for f in findings:
        first, last = WEBMD_ARTICLE[Path(f.path).stem]
        assert not first <= f.line <= last, (f.path, f.line, f.text)


def test_without_a_site_two_pages_are_not_enough():
    assert by(linter().check(webmd_pages(site=None)), "CL151") == []


def test_a_stamp_after_the_article_on_two_pages_of_a_site():
    stamp = "*Reprinted with permission"  # fnc1-train-1941's last line
    found = [f for f in by(linter().check(webmd_pages(stamp)), "CL151") if f.text == stamp]
    assert len(found) == 2 and all("2 of them from webmd.com" in f.message for f in found)
    # a quotation written in the same place is the news, not the site's
    quote = "“We are aware of the reports and are looking into them,” a spokesman said."
    assert [f for f in by(linter().check(webmd_pages(quote)), "CL151") if f.text == quote] == []
    # nor is a time stamp, whose digits fold to one key (cnn.com's, newspaper4k's test pages): metadata
    stamp = "Updated 9:22 PM EST, Mon November 6, 2023"
    assert [f for f in by(linter().check(webmd_pages(stamp)), "CL151") if f.text == stamp] == []


def test_a_bio_stamped_on_two_whole_pages_of_a_site_is_reported():
    bio = "Michael Grunwald is a senior staff writer for Politico Magazine."  # news.jsonl's
    found = [f for f in by(linter().check(webmd_pages(bio)), "CL410")]
    assert [f.text for f in found] == [bio, bio]
    # with no site known, the two pages read as one story (Jaccard 0.36): a copy, not a stamp
    assert by(linter().check(webmd_pages(bio, site=None)), "CL410") == []


def test_an_exchange_two_articles_of_a_site_quote_is_not_its_template():
    # two politico articles on one debate ended with the same exchange above the site's furniture
    # (news.jsonl's PolitiFact_Real_11 and _60): its lines are the news, a stamp there is not
    exchange = ("And what exactly, a reporter asked, was that going to be?\n\n"
                "“I’ll tell you maybe at the next debate, we’ll see,” he responded.")
    findings = by(linter().check(webmd_pages(exchange)), "CL151")
    assert not [f for f in findings if "reporter asked" in f.text or "next debate" in f.text]
    stamp = "Follow us on Twitter to get the latest on the world's hidden wonders."
    findings = by(linter().check(webmd_pages(f"{exchange}\n\n{stamp}")), "CL151")
    assert [f.text for f in findings if "reporter asked" in f.text or "next debate" in f.text] == []
    assert [f.text for f in findings if f.text == stamp] == [stamp, stamp]


def test_learn_writes_every_form_it_counted_so_the_pack_finds_as_many(tmp_path, cli):
    """CL151 counts "Story Continued Below" with its case and punctuation folded; the learned
    pack must find it in as many documents as its comment says, not only the commonest form."""
    from corpuslint.packs import load_pack

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    politico = ["fakenewsnet-BuzzFeed_Real_12", "fakenewsnet-BuzzFeed_Real_18", "fakenewsnet-BuzzFeed_Real_19",
                "fakenewsnet-BuzzFeed_Real_20", "fakenewsnet-PolitiFact_Real_115"]
    forms = ["Story Continued Below", "Story Continued Below", "Story Continued Below", "story continued below.",
             "STORY CONTINUED BELOW!"]
    for name, form in zip(politico, forms):
        text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
        assert "\nStory Continued Below\n" in text
        (corpus / f"{name}.txt").write_text(text.replace("\nStory Continued Below\n", f"\n{form}\n"), encoding="utf-8")
    out = tmp_path / "learned.yaml"
    assert cli("learn", corpus, "-o", out, "--isolated", "--no-index").code == 0
    text = out.read_text(encoding="utf-8")
    assert "# 5 documents" in text
    assert '"story continued below."' in text and '"STORY CONTINUED BELOW!"' in text
    rules = load_pack(out)
    found = set()
    for path in corpus.iterdir():
        doc = Document.from_text(path.read_text(encoding="utf-8"), path=str(path))
        if any("ontinued" in doc.text[v.start:v.end].lower() for r in rules for v in r().check(doc)):
            found.add(path.stem)
    assert found == set(politico)  # as many as counted
    prose = Document.from_text("The editor hated the words story continued below, she said in a memo.", path="y.txt")
    assert not [v for r in rules for v in r().check(prose)]


@pytest.mark.parametrize("option, message", [
    (["--pack", "Bad Name"], "a pack's name is kebab-case"),
    (["--prefix", "CL"], "CL is corpuslint's own prefix"),
    (["--prefix", "lrn"], "a code prefix is capital letters"),
])
def test_learn_refuses_a_pack_name_or_prefix_the_pack_could_not_use(tmp_path, cli, option, message):
    out = tmp_path / "x.yaml"
    result = cli("learn", DATA, "-o", out, "--isolated", "--no-index", *option)
    assert result.code == 2 and message in result.err
    assert not out.exists()


def test_learn_takes_a_kebab_case_pack_name_and_its_own_prefix(tmp_path, cli):
    from corpuslint.packs import load_pack

    out = tmp_path / "x.yaml"
    assert cli("learn", DATA, "-o", out, "--isolated", "--no-index", "--pack", "my-site", "--prefix", "ACME").code == 0
    rules = load_pack(out)
    assert rules and all(r.code.startswith("ACME") and r.name.startswith("my-site") for r in rules)


# -- qa15 finding 4: a document's own numbered series is not a site's template ---------------------

UDHR = DATA / "udhr"  # the Declaration in Danish, Swedish, German, Dutch (README there)


def udhr_docs(tail: dict[str, str] | None = None):
    """The four Declarations, each with `tail[name]` written after its last line."""
    out = []
    for p in sorted(UDHR.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        if tail:
            text = text.rstrip("\n") + f"\n\n{tail[p.stem]}\n"
        out.append(Document.from_text(text, id=p.stem, path=str(p)))
    return out


def test_the_article_headings_of_four_declarations_are_their_own_series_not_boilerplate():
    docs_ = udhr_docs()
    for doc in docs_:  # each carries the 30 headings, which digits fold to one key
        assert "\nArtikel 1" in doc.text and "\nArtikel 30" in doc.text
    assert by(linter().check(docs_), "CL151") == []
    assert by(linter(CL151={"min-documents": 2}).check(udhr_docs()), "CL151") == []


def test_a_template_line_with_a_number_is_still_found_across_the_documents():
    # a comment counter under each page, its number the page's own; one page has it twice, the same
    counters = {"dan-dan": "Comments (3)", "deu-deu_1901": "Comments (12)", "nld-nld": "Comments (0)",
                "swe-swe": "Comments (7)\n\nShare\n\nComments (7)"}
    found = by(linter().check(udhr_docs(counters)), "CL151")
    assert sorted((Path(f.path).stem, f.text) for f in found) == [
        ("dan-dan", "Comments (3)"), ("deu-deu_1901", "Comments (12)"), ("nld-nld", "Comments (0)"),
        ("swe-swe", "Comments (7)"), ("swe-swe", "Comments (7)")]
    pages = {name: f"Page {n} of 5" for name, n in zip(sorted(counters), (2, 3, 4, 5))}
    found = by(linter().check(udhr_docs(pages)), "CL151")
    assert sorted(f.text for f in found) == ["Page 2 of 5", "Page 3 of 5", "Page 4 of 5", "Page 5 of 5"]


@pytest.mark.parametrize("lines, is_series", [
    (["Artikel 1.", "Artikel 2", "Artikel 3"], True),  # the Declaration (da, de)
    (["第１条", "第２条"], True),  # full-width digits (ja)
    (["Step 4 of 9", "Step 5 of 9"], True),
    (["Section 2.1", "Section 2.2"], True),
    (["02:12 - Source: CNN", "01:22 - Source: CNN"], False),  # newspaper4k cnn_002: two videos' lengths
    (["Comments (7)", "Comments (7)"], False),  # one counter above and below
    (["Share 12", "Share 40"], False),
    (["Artikel 1."], False),
    (["ACT I", "ACT II", "ACT III", "ACT IV", "ACT V"], True),  # a play's acts (qa23b: `ACT I` in 10 plays)
    (["Chapter IX.", "Chapter X."], True),
    (["ACT II", "ACT II"], False),
    (["ACT III", "ACT I"], False),
])
def test_a_numbered_series_counts_up_within_the_document(lines, is_series):
    from corpuslint.checks.boilerplate.series import series_keys
    from corpuslint.checks.corpus_units import text_units

    between = "\n\nThe document's own text stands under each of them.\n\n"
    text = "A paragraph of the document's own prose before the lines.\n\n" + between.join(lines)
    units = text_units(text)[0]
    keys = series_keys(text, units)
    marked = [text[u.start:u.end] for u in units if u.key in keys]
    assert marked == (lines if is_series else [])


@pytest.mark.parametrize("text", [
    "ACT I\nprose", "Intro.\n  Chapter IX. \t", "PART II", "Act II\r\nprose", "ACT II\u2028prose", "I went.\nIV",
    "The end of Act V of it", "Book XII.\n", "ACT ii\n", "",
])
def test_the_roman_lines_prefilter_answers_as_the_whole_pattern(text):
    # (speed25: the numeral's last letter at a line's end is looked for first, by `re`; speed33: the line by the
    # newline before it, `linestart.RegexAtLineStart`)
    import regex

    from corpuslint.checks.boilerplate.series import _roman_lines

    whole = regex.compile(r"(?m)^[ \t]*\p{L}+(?:[ \t]+\p{L}+)?[ \t]+[IVXLC]{1,7}\.?[ \t]*$")
    assert _roman_lines(text) == (whole.search(text) is not None)


def test_a_blogs_archive_menu_is_not_a_series():
    # blog.python.org's archive (its whole page in qa15's index, lines 75-139): months of several
    # years, a run of short lines whose numbers sometimes count up ("► November (1)" … "(2)")
    from corpuslint.checks.boilerplate.series import series_keys
    from corpuslint.checks.corpus_units import text_units

    text = "\n\n".join(["► 2017 (9)", "► August (1)", "► July (3)", "► June (1)", "► March (2)", "► January (2)",
                        "▼ 2016 (18)", "► November (1)", "► October (2)", "► September (2)", "► August (1)",
                        "► July (1)", "► June (5)", "► May (1)", "► 2015 (14)", "► December (2)", "► November (1)",
                        "► September (3)", "► August (1)", "► July (1)", "► June (1)", "► May (2)", "► March (2)"])
    assert series_keys(text, text_units(text)[0]) == set()



def test_a_programs_output_in_a_code_sample_is_not_another_sites_template():
    # qa15: bloomberg.com's pages carry a `Hello World` line (their template); the v8 blog's sample
    # prints `hello, world!` under three commands; three Declarations here carry bloomberg's line
    sample = (DATA / "code" / "v8-blog-excerpt.txt").read_text(encoding="utf-8")
    docs_ = udhr_docs({"dan-dan": "Hello World", "deu-deu_1901": "Hello World", "nld-nld": "Hello World",
                       "swe-swe": "Hello World"})[:3]
    docs_.append(Document.from_text(sample, id="v8-blog", path=str(DATA / "code" / "v8-blog-excerpt.txt")))
    found = by(linter().check(docs_), "CL151")
    assert sorted(Path(f.path).stem for f in found) == ["dan-dan", "deu-deu_1901", "nld-nld"]


@pytest.mark.parametrize("text, inside", [
    ("$ wasmer run hello.wasm\n\nhello, world!", True),
    (">>> print('hello')\nhello", True),
    ("Prices start at\n\n$ 19.99\n\nAdd to cart", False),  # a price, not a prompt
    ("Read more\n\nShare this article", False),
])
def test_a_line_under_a_prompt_is_in_a_code_sample(text, inside):
    from corpuslint.checks.boilerplate.owncode import in_code_sample

    last = text.rfind("\n") + 1
    assert in_code_sample(text, last) is inside


# -- closing15: a line that only ANOTHER site stamps is not this page's boilerplate ------------------

CAKTUS = DATA.parent / "boilerplate" / "fresh-trafilatura.caktusgroup.com.django.txt"
NYT_WIDGET = "View More Trending Stories »\n\nWhat's Next\n\nLoading...\nClose this overlay\n"


def nytimes_and_caktus():
    """caktusgroup's post (no site known) beside three nytimes.com pages that carry the site's `What's
    Next` widget (the third has it written at its end) and two webmd.com pages."""
    def page(path, site=None, add=""):
        return Document.from_text(path.read_text(encoding="utf-8") + add, id=path.stem, path=str(path),
                                  metadata={"source": site} if site else {})
    return [page(CAKTUS),
            page(PAGES / "nytimes-1.txt", "https://www.nytimes.com/a"),
            page(PAGES / "nytimes-2.txt", "https://www.nytimes.com/b"),
            page(PAGES / "nytimes-3.txt", "https://www.nytimes.com/c", "\n" + NYT_WIDGET),
            *webmd_pages()]


def test_another_sites_template_in_a_posts_own_text_is_not_its_boilerplate():
    found = by(linter().check(nytimes_and_caktus()), "CL151")
    caktus = {f.text for f in found if Path(f.path).stem == CAKTUS.stem}
    # the post's heading between two of its paragraphs: only nytimes.com's pages carry it (one source)
    assert "What’s Next" not in caktus
    # a menu entry that pages of three sites carry is boilerplate everywhere
    assert "Contact us" in caktus
    # the widget is nytimes.com's template on each of its pages
    widget = [f for f in found if f.text == "What's Next"]
    assert sorted(Path(f.path).stem for f in widget) == ["nytimes-1", "nytimes-2", "nytimes-3"]
    assert all("3 of them from nytimes.com" in f.message for f in widget)


def test_the_carriers_site_is_in_a_units_value():
    from corpuslint.checks.corpus_carriers import K_UNIT, carrier, carrier_site, site_tag, unit_value
    from corpuslint.checks.corpus_units import text_units

    u = text_units("What's Next\n\nLoading...")[0][0]
    value = unit_value(u, "0123456789abcdef", "nytimes.com")
    assert carrier(K_UNIT, value) == (True, "0123456789abcdef")
    assert carrier_site(K_UNIT, value) == site_tag("nytimes.com") != site_tag("caktusgroup.com")
    assert carrier_site(K_UNIT, unit_value(u, "0123456789abcdef")) == ""  # no site known


def test_a_line_stands_in_a_pages_own_text_between_its_own_lines():
    from corpuslint.checks.boilerplate.unitlines import lines_around
    from corpuslint.checks.corpus_units import text_units

    text = CAKTUS.read_text(encoding="utf-8")
    units = text_units(text)[0]
    at = {text[u.start:u.end]: i for i, u in enumerate(units)}
    before, after = lines_around(units, at["What’s Next"])
    assert text[before.start:before.end].startswith("Digging into this problem")
    assert text[after.start:after.end].startswith("Having a test which passes alone")
    menu = [text[u.start:u.end] for u in lines_around(units, at["Contact us"])]
    assert all(len(line.split()) < 5 for line in menu), menu  # the footer's other entries
