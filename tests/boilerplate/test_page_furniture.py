"""CL141 page-furniture on real pdftotext output: the first pages of R vignettes (Debian's
r-cran-sandwich, r-cran-zoo, r-cran-lmtest), as `pdftotext` and `pdftotext -layout` give them,
and with their form feeds stripped; and texts with no pages (news, a site's pages) left alone."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.boilerplate.pages import PageFurniture, page_number
from corpuslint.models import Applicability, Document

DATA = Path(__file__).parents[1] / "data"
PAGES = DATA / "boilerplate" / "pages"


def findings(text: str, name: str = "doc.txt"):
    doc = Document.from_text(text, path=name)
    return [(doc.position(v.start)[0], text[v.start:v.end], v) for v in PageFurniture().check(doc)]


def fixed(text: str, *, unsafe: bool = False) -> str:
    edits = [e for _, _, v in findings(text) for e in v.fix.edits
             if unsafe or v.fix.applicability is Applicability.SAFE]
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text


def test_page_number_shapes():
    assert page_number("12") == ("arabic", 12)
    assert page_number("  - 12 -  ") == ("arabic", 12)
    assert page_number("Page 12 of 40") == ("arabic", 12)
    assert page_number("xii") == ("roman", 12)
    assert page_number("12\r") == ("arabic", 12)  # a line of a CRLF text
    assert page_number("(3)") is None  # an equation's number
    assert page_number("3.") is None  # a list's item
    assert page_number("iiii") is None  # not a roman numeral
    assert page_number("2.8") is None  # a figure's axis label


def test_numbers_and_running_heads_next_to_form_feeds():
    text = (PAGES / "sandwich-pages.txt").read_text(encoding="utf-8")
    found = findings(text)
    numbers = [(line, t) for line, t, v in found if v.source == "number"]
    heads = [(line, t) for line, t, v in found if v.source == "head"]
    assert [t for _, t in numbers] == ["2", "3", "4", "5", "6"]
    assert {t for _, t in heads} == {"Econometric Computing with HC and HAC Covariance Matrix Estimators"}
    assert len(heads) == 3  # on pages 2, 4, 6 (page 1's title, over two lines, is the document's own)
    assert text.count("Econometric Computing with HC and HAC Covariance Matrix Estimators") == 3
    # a number right after its form feed is removed by --fix; page 5's stands below a line
    # that is not found as furniture (its author head, on two pages of six only): unsafe
    safe = {t for _, t, v in found if v.fix.applicability is Applicability.SAFE}
    assert safe == {"2", "3", "4", "6"}
    after = fixed(text)
    assert after.count("\f") == text.count("\f")
    assert "\f2\n" not in after and "\f3\n" not in after
    assert after.count("Econometric Computing with HC and HAC Covariance Matrix Estimators") == 3  # heads: unsafe
    assert "Econometric Computing with HC and HAC" not in fixed(text, unsafe=True).split("\f", 1)[1]
    assert fixed(text, unsafe=True).startswith("Econometric Computing with HC and HAC\nCovariance")
    assert len(after) == len(text) - sum(len(n) + 1 for n in ("2", "3", "4", "6"))


def test_the_pages_own_headings_are_not_running_heads():
    # zoo's "Reading Data in zoo": each example opens a page ("Example 1" ... "Example 13"): the
    # headings differ by a number that does not count with the pages, and stay
    text = (PAGES / "zoo-read-pages.txt").read_text(encoding="utf-8")
    found = findings(text)
    assert not [t for _, t, _ in found if t.startswith("Example")]
    assert [t for _, t, v in found if v.source == "number"] == ["2", "3", "4", "5", "6", "7", "8"]
    assert {t for _, t, v in found if v.source == "head"} == {
        "Reading Data in zoo", "Gabor Grothendieck, Achim Zeileis"}


def test_page_feet_and_a_figures_labels():
    # lmtest's numbers stand at the foot; a figure's axis labels (`2.8`, `3.0`) open page 4
    text = (PAGES / "lmtest-pages.txt").read_text(encoding="utf-8")
    found = findings(text)
    assert [(t, v.data["edge"]) for _, t, v in found] == [(str(n), "foot") for n in range(1, 6)]
    assert all(v.fix.applicability is Applicability.SAFE for _, _, v in found)


def test_layout_heads_carry_the_number():
    # `pdftotext -layout` puts the page's number on its head's line: the head is found (unsafe)
    text = (PAGES / "sandwich-pages.layout.txt").read_text(encoding="utf-8")
    found = findings(text)
    assert [t.split()[0] for _, t, _ in found] == ["2", "4", "6"]
    assert all(v.source == "head" and v.fix.applicability is Applicability.UNSAFE for _, _, v in found)


def test_without_form_feeds_unsafe():
    text = (PAGES / "zoo-read-pages.txt").read_text(encoding="utf-8").replace("\f", "")
    found = findings(text)
    assert [t for _, t, v in found if v.source == "number"] == ["2", "3", "4", "5", "6", "7", "8"]
    assert all(v.fix.applicability is Applicability.UNSAFE for _, _, v in found)
    assert not [t for _, t, _ in found if t.startswith("Example")]
    # five pages and a run of four numbers: too few to tell from a text's own numbering
    short = "".join((PAGES / "zoo-read-pages.txt").read_text(encoding="utf-8").split("\f")[:5])
    assert findings(short) == []


def test_lmtest_without_form_feeds_is_left_alone():
    # page feet with no running head and page ends at sentence ends: not known as pages
    text = (PAGES / "lmtest-pages.txt").read_text(encoding="utf-8").replace("\f", "")
    assert findings(text) == []


def test_texts_without_pages():
    # a site's pagination ("1 2 3 4 5 6 7" one per line) and the news pages of the test data
    for path in [DATA / "metadata" / "pages" / "liberation-1.txt", DATA / "corpus" / "site-pages" / "webmd-1.txt",
                 *sorted((DATA / "boilerplate").glob("fnc1-train-0*.txt"))]:
        assert findings(path.read_text(encoding="utf-8"), path.name) == [], path


def test_form_feeds_without_furniture():
    # a PEP's plain text with form feeds between its pages, and no page numbers or heads
    for name in ("docutils-pep-0287.txt", "docutils-policies.txt"):
        text = (DATA / "legal" / name).read_text(encoding="utf-8")
        assert "\f" in text and findings(text) == []


def test_a_man_pages_running_heads_carry_their_fix():
    # qa24 r07: find(1) as groff pages it (`zcat find.1.gz | groff -man -Tutf8 -rcR=0 -P-c | col -bx`, Debian
    # 12's findutils, GPL-3+; its first 400 lines): 66-line pages, a number at each foot and the head `FIND(1)
    # General Commands Manual  FIND(1)` over the next page, no form feeds. The heads were found without
    # their fix: the structure read the head as a call (`FIND(1 ... FIND(1)`), code, which no fix changes
    from corpuslint.config import load_config
    from corpuslint.engine import Linter
    from corpuslint.plain_code import code_line

    text = (PAGES / "find.1-paged-head.txt").read_text(encoding="utf-8")
    found = [f for f in Linter(load_config(None)).check([Document.from_text(text, path="find.1.txt")]) if f.code == "CL141"]
    heads = [f for f in found if f.data["kind"] == "head"]
    numbers = [f for f in found if f.data["kind"] == "number"]
    assert [f.line for f in heads] == [70, 136, 202, 268, 334, 400] and [f.line for f in numbers][:5] == [64, 130, 196, 262, 328]
    assert all(f.fix is not None and f.fix.applicability == "unsafe" for f in heads + numbers)
    # ... a head is no code; a call, a man page's reference alone, and two names are
    assert not code_line("FIND(1)                     General Commands Manual                    FIND(1)")
    assert code_line("printf(3)") and code_line("f(1)  g  f(2)") and code_line("print(x)")


def test_a_man_pages_head_and_foot_with_its_name_at_both_ends_go_and_without_it_stay():
    # tester29: manpages-de's du(1) as `man | col -b` renders it (Debian 12, GPL-3+; its first 8 lines and its
    # last 8): the head and the foot name `DU(1)` at both ends of the text
    text = (PAGES / "manpages-de-du.1-excerpt.txt").read_text(encoding="utf-8")
    assert [(line, v.fix.applicability) for line, _, v in findings(text)] == [(1, Applicability.SAFE),
                                                                               (17, Applicability.SAFE)]
    assert fixed(text).startswith("BEZEICHNUNG\n") and fixed(text).endswith("debian.org⟩.\n")
    # another page's foot, or the foot alone: no running head and foot of this page
    assert findings(text.replace("September 2022                           DU(1)", "September 2022   LS(1)")) == []
    assert findings(text.split("\n", 2)[2]) == []
    from corpuslint.plain_code import code_line  # a head whose long title leaves one space: no call either
    assert not code_line("SYSTEMD-INITCTL.SERVICE(8)  systemd-initctl.service SYSTEMD-INITCTL.SERVICE(8)")
