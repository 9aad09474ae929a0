"""An HTML page's `<title>` is its metadata (its name): no fix takes its text, CL505 never offers to remove it as
a line repeating the metadata's title, CL151 never reports it however many pages share it (issue 15); a doc
site's sidebar, one `<li>` a rendered line, is one CL151 finding per run of lines (issue 16).

tests/data/html_docs (SOURCES.md): Beautiful Soup's Sphinx manual (its head and first section) and five pages
of django-taggit's Sphinx docs.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from corpuslint.analysis import guard_edits, structure
from corpuslint.checks.boilerplate.owncode import lead_in_over_code
from corpuslint.checks.metadata.htmlhead import heading_title
from corpuslint.checks.metadata.page import page_found
from corpuslint.models import Document, Origin, TextEdit

DOCS = Path(__file__).parent / "data" / "html_docs"
TITLE = re.compile(r"<title>(.*?)</title>")
TAG = re.compile(r"<!--.*?-->|<[A-Za-z/!?][^>]*>", re.S)


def _page(text: str) -> Document:
    return Document(id="p", text=text, origin=Origin(path="index.html", format="html"))


def _corpus(tmp_path: Path, *names: str) -> Path:
    for name in names:
        shutil.copy(DOCS / name, tmp_path / Path(name).name)
    (tmp_path / "corpuslint.yaml").write_text('include: ["*.html"]\n', encoding="utf-8")
    return tmp_path


def test_no_fix_takes_the_text_of_the_title():
    text = (DOCS / "bs4_index.html").read_text(encoding="utf-8")
    doc = _page(text)
    a = text.index("Beautiful Soup Documentation &#8212;")
    b = text.index("</title>")
    assert structure(doc).titles == [(a, b)]
    for start, end in ((a, b), (a, a + 12), (text.index("documentation</title>"), b)):  # all of it, its parts
        edits, problem = guard_edits(doc, [TextEdit(start=start, end=end)], [(start, end)])
        assert problem is not None and "<title>" in problem
    # (the body's text still goes: a line of the page's own breadcrumb)
    at = text.index("Beautiful Soup Documentation</a></li>")
    edits, problem = guard_edits(doc, [TextEdit(start=at, end=at + 28)], [(at, at + 28)])
    assert problem is None
    # a block a rule took from the <title> down through the relbar (CL140 on jinja's index): its body's text only,
    # with the relbar's heading `Navigation`, which would stand over nothing (html34: a section goes whole)
    edits, problem = guard_edits(doc, [TextEdit(start=a, end=at + 28)], [(a, at + 28)])
    assert problem is None and [text[e.start:e.end] for e in edits] == [
        "Navigation", "index", "Beautiful Soup 4.9.0 documentation", "&#187;", "Beautiful Soup Documentation"]


def test_a_second_fix_run_keeps_the_title_cl504_filled_the_metadata_with(tmp_path, cli):
    """Run 1: CL504 writes the title to the sidecar. Run 2: CL505 found the `<title>` "repeating" it and removed
    its text (and the breadcrumb's link text): the page lost its name."""
    root = _corpus(tmp_path, "bs4_index.html")
    page = root / "bs4_index.html"
    before = page.read_text(encoding="utf-8")
    for _ in range(2):
        cli("check", root, "--no-index", "--no-cache", "--fix", "--unsafe-fixes", "--exit-zero")
    assert (root / "bs4_index.meta.yaml").exists()  # the metadata was filled
    after = page.read_text(encoding="utf-8")
    assert TITLE.findall(after) == TITLE.findall(before) != [""]
    assert TAG.findall(after) == TAG.findall(before)
    result = cli("check", root, "--no-index", "--no-cache", "--output-format", "json", "--select", "CL505")
    assert json.loads(result.out) == []


def test_a_sidebar_is_one_finding_per_run_of_its_lines(tmp_path, cli):
    root = _corpus(tmp_path, *(f"taggit/{name}.html" for name in
                               ("faq", "admin", "getting_started", "serializers", "external_apps")))
    result = cli("check", root, "--no-index", "--no-cache", "--output-format", "json", "--select", "CL151")
    findings = [f for f in json.loads(result.out) if f["path"].endswith("faq.html")]
    text = (root / "faq.html").read_text(encoding="utf-8")
    toc = [f for f in findings if "Getting Started" in f["text"]]
    assert len(toc) == 1 and toc[0]["data"]["lines"] >= 5 and "run of" in toc[0]["message"]
    assert toc[0]["end_line"] > toc[0]["line"]
    # not its <title>, which every page's ends like (`&#8212; django-taggit 1.3.0 documentation`)
    assert all(f["line"] > 10 for f in findings)
    cli("check", root, "--no-index", "--no-cache", "--fix", "--unsafe-fixes", "--exit-zero")
    after = (root / "faq.html").read_text(encoding="utf-8")
    assert TAG.findall(after) == TAG.findall(text) and TITLE.findall(after) == TITLE.findall(text)
    assert "Tags in forms" not in after and "How can I get all my tags?" in after
    assert after.count("Frequently Asked Questions") == text.count("Frequently Asked Questions") - 1  # (the sidebar's)


def _title_found(cli, root: Path) -> dict[str, str]:
    result = cli("check", root, "--no-index", "--no-cache", "--output-format", "json", "--select", "CL504")
    return {Path(f["path"]).name: f["data"]["value"] for f in json.loads(result.out) if f["data"]["field"] == "title"}


def test_the_title_is_the_h1_the_title_element_gives_with_the_sites_part(tmp_path, cli):
    root = _corpus(tmp_path, "bs4_index.html", "taggit/faq.html", "taggit/admin.html", "git-stage.html")
    titles = _title_found(cli, root)
    assert titles["bs4_index.html"] == "Beautiful Soup Documentation"  # not `… &#8212; Beautiful Soup 4.9.0 documentation`
    assert titles["faq.html"] == "Frequently Asked Questions"  # its <h1> without the permalink's `¶`
    assert titles["admin.html"] == "Using tags in the admin"
    # `git-stage(1)` and `git-stage(1) Manual Page`: no site's part between them, the <title> is read as before
    page = (root / "git-stage.html").read_text(encoding="utf-8")
    assert heading_title(_page(page)) is None
    assert titles.get("git-stage.html") in (None, "git-stage(1)")


STARLETTE = (DOCS / "starlette_requests.html").read_text(encoding="utf-8")


def _word(text: str, word: str, *after: str) -> tuple[int, int]:
    at = 0
    for mark in after:  # (past each of these in turn: past an attribute's words too)
        at = text.index(mark, at)
    at = text.index(word, at)
    return at, at + len(word)


def test_a_footer_link_over_two_lines_goes_whole_or_not_at_all():
    """MkDocs' footer link holds its label and the page it leads to in two `<div>`s: two lines of the page. A fix
    taking `Next` alone left `Responses` standing as a line of its own (issue 16); the link's text goes whole."""
    doc = _page(STARLETTE)
    label = _word(STARLETTE, "Next", "md-footer__link--next", "md-footer__direction")
    target = _word(STARLETTE, "Responses", "md-footer__link--next", "md-ellipsis")
    for taken in ([label], [target]):
        edits, problem = guard_edits(doc, [TextEdit(start=a, end=b) for a, b in taken], taken)
        assert problem is not None and "part of a link" in problem
    edits, problem = guard_edits(doc, [TextEdit(start=a, end=b) for a, b in (label, target)], [label, target])
    assert problem is None  # the label and its page's title: the link's text, whole; its tags stay
    # (a link inside a line, `Made with` `<a>Material for MkDocs</a>`, goes with its line)
    line = [_word(STARLETTE, "Made with"), _word(STARLETTE, "Material for MkDocs")]
    edits, problem = guard_edits(doc, [TextEdit(start=a, end=b) for a, b in line], line)
    assert problem is None


def test_a_lead_in_over_the_pages_own_code_and_the_pages_title():
    doc = _page(STARLETTE)
    s = structure(doc)
    assert lead_in_over_code(s, *_word(STARLETTE, "For example:"))  # over `<p><code>request.state…</code></p>`
    assert not lead_in_over_code(s, *_word(STARLETTE, "using"))  # (a sentence's end)
    assert not lead_in_over_code(s, *_word(STARLETTE, "Made with"))
    assert heading_title(doc)[0] == "Requests"  # `Requests - Starlette` over `<h1>Requests</h1>`


def test_a_sentences_last_line_is_not_the_title_printed_again():
    """Flask's docs through pandoc, once a first fix run took the relbar and the `¶` off: the page reader read
    `class-based views.`, the end of the first sentence, as the title printed again under `Class-based Views`,
    CL504 wrote it to the sidecar and a second run's CL505 removed the page's title line (issue 16)."""
    text = (DOCS / "flask_views_pandoc.txt").read_text(encoding="utf-8")
    assert text.startswith("Class-based Views\n\nThis page introduces") and "\nclass-based views.\n" in text
    assert all(item.value != "class-based views." for item in page_found(text))
