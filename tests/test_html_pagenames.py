"""The lines a doc site's page holds as its own, however many of the site's pages repeat them (issue 15, html33):
a manual's options in its definition list, an index page's contents list in its main region, a line all inline
code (a command, an API name), a text's title that other pages' lists name. The site's furniture around them (the
sidebar, the relbar, the `Last updated` footer, the `Navigation` line) is still reported.

tests/data/html_docs (SOURCES.md): three of git's manual pages (their `<style>` and `<script>` left out), Flask's
tutorial index page and its `config.html` sidebar, four of Flask's pages as pandoc's plain text after a first fix.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from corpuslint.analysis import guard_edits, structure
from corpuslint.checks.boilerplate.pagenames import in_own_list, names_the_text
from corpuslint.checks.corpus_units import CorpusUnit
from corpuslint.html_markup import html_layout
from corpuslint.models import Document, Origin, TextEdit
from corpuslint.roles import Role

DOCS = Path(__file__).parent / "data" / "html_docs"
TAG = re.compile(r"<!--.*?-->|<[A-Za-z/!?][^>]*>", re.S)
GIT = ("git-imap-send.html", "git-apply.html", "git-notes.html")


def _page(text: str) -> Document:
    return Document(id="p", text=text, origin=Origin(path="index.html", format="html"))


def _corpus(tmp_path: Path, folder: str, names, include: str) -> Path:
    for name in names:
        shutil.copy(DOCS / folder / name, tmp_path / name)
    (tmp_path / "corpuslint.yaml").write_text(f'include: ["{include}"]\n', encoding="utf-8")
    return tmp_path


def _cl151(cli, root: Path) -> list[dict]:
    result = cli("check", root, "--no-index", "--no-cache", "--output-format", "json", "--select", "CL151")
    return json.loads(result.out)


def test_a_manuals_options_are_its_own_its_footer_is_furniture(tmp_path, cli):
    """`-v` / `--verbose` over `Be verbose.`: every git manual's, in its `<dl>`; base removed them (4,922 words of
    git-doc's 241 pages, most of them options and their descriptions)."""
    root = _corpus(tmp_path, "git", GIT, "*.html")
    found = _cl151(cli, root)
    said = [f["text"] or "" for f in found]
    assert not [s for s in said if re.search(r"^\s*(-v|--verbose|-q|--quiet)\s*$", s, re.M)]
    assert {Path(f["path"]).name for f in found if "Last updated" in (f["text"] or "")} == set(GIT)
    before = {name: (root / name).read_text(encoding="utf-8") for name in GIT}
    cli("check", root, "--no-index", "--no-cache", "--fix", "--unsafe-fixes", "--exit-zero")
    for name, text in before.items():
        after = (root / name).read_text(encoding="utf-8")
        assert TAG.findall(after) == TAG.findall(text)
        assert after.count("--verbose") == text.count("--verbose") > 0
        assert "Last updated" not in after


def test_an_index_pages_contents_list_is_its_own_the_sidebars_is_navigation():
    text = (DOCS / "flask_tutorial_index.html").read_text(encoding="utf-8")
    layout = html_layout(text)
    toctree = text.index('<a class="reference internal" href="static.html">Static Files')  # (in `role="main"`)
    sidebar = text.index('title="next chapter">Project Layout')
    relbar = text.index('>Flask Documentation (2.2.x)</a>')
    assert in_own_list(layout.own_lists, toctree)
    assert not in_own_list(layout.own_lists, sidebar) and not in_own_list(layout.own_lists, relbar)
    assert [text[a:a + 30] for a, _b in layout.navigation] == [
        '<div class="related" role="nav', '<div class="sphinxsidebar" rol', '<div class="footer" role="cont']


def _code_line(text: str, code: str) -> tuple[int, int]:
    start = text.index(code)
    return start, start + len(code)


def test_a_line_all_inline_code_is_the_pages_own_as_a_pre_block_is():
    starlette = (DOCS / "starlette_requests.html").read_text(encoding="utf-8")
    doc = _page(starlette)
    s = structure(doc)
    a, b = _code_line(starlette, "request.state.time_started = time.time()")  # (`<p><code>…</code></p>`)
    assert s.line_role[s.line_of(a)] is Role.CODE and not s.view[a:b].strip()
    edits, problem = guard_edits(doc, [TextEdit(start=a, end=b)], [(a, b)])
    assert problem is not None
    # a sentence with code in it is prose: rules read its words
    text = (DOCS / "taggit" / "getting_started.html").read_text(encoding="utf-8")
    s = structure(_page(text))
    a = text.index("TAGGIT_CASE_INSENSITIVE")  # (`you’ll have to set <code>…</code> (in …`)
    assert s.line_role[s.line_of(a)] is Role.PROSE and s.view[a:a + 23] == "TAGGIT_CASE_INSENSITIVE"
    # a setting's name alone over its description, in the page's own list (`<li><p><code>`): the list's entry,
    # which CL151 leaves (`in_own_list`); its code stays a span no edit cuts into
    a = text.index('"pre">TAGGIT_CASE_INSENSITIVE</span></code></p>') + 6
    assert in_own_list(s.layout.own_lists, a) and s.in_code_span(a)


def test_a_code_line_in_the_sidebar_is_a_menus_entry():
    """Flask's configuration page lists its settings (`DEBUG`, `TESTING`) in the sidebar's contents: menu entries."""
    text = (DOCS / "flask_config_sidebar.html").read_text(encoding="utf-8")
    s = structure(_page(text))
    a, b = _code_line(text, "PROPAGATE_EXCEPTIONS</span></code></a></li>")
    assert s.view[a:a + 20] == "PROPAGATE_EXCEPTIONS" and s.line_role[s.line_of(a)] is not Role.CODE


def test_a_texts_title_other_pages_list_is_its_own(tmp_path, cli):
    """`Static Files`, the tutorial step's first line, is a toctree's entry and a section of two other pages."""
    names = ("tutorial_static.txt", "index.txt", "quickstart.txt", "blueprints.txt")
    root = _corpus(tmp_path, "flask_text", names, "*.txt")
    found = {(Path(f["path"]).name, f["line"]): f["text"] for f in _cl151(cli, root)}
    assert ("tutorial_static.txt", 1) not in found
    assert ("blueprints.txt", 19) in found  # (the section's heading inside the page: no title by place)
    # the same first line, its carriers holding it at their head (a template's): still counted
    text = (root / "tutorial_static.txt").read_text(encoding="utf-8")
    unit = CorpusUnit(0, len("Static Files"), "static files", 2, True, False, False, False, False, False)
    assert names_the_text(text, unit, 0.25, lambda start: False)
    assert not names_the_text(text, unit, 0.75, lambda start: False)
    assert not names_the_text(text, unit, 0.25, lambda start: True)  # (over a paragraph other pages carry)


def test_docbooks_navigation_tables_go_whole(tmp_path, cli):
    """DocBook's `Prev | Up | Next` row is in 215 pages; its table's other row names the neighbours (`crop.marks |
    Home | crop.mark.offset`): the table, its `summary` saying navigation, goes whole. Base: no fix (a table cut)."""
    names = ("crop.mark.width.html", "xslt.html", "qandadiv.autolabel.html", "chunk.quietly.html")
    root = _corpus(tmp_path, "docbook", names, "*.html")
    (root / "corpuslint.yaml").write_text('include: ["*.html"]\nencoding: iso-8859-1\n', encoding="utf-8")
    found = [f for f in _cl151(cli, root) if "`Prev Up Next`" in f["message"]]
    assert {Path(f["path"]).name for f in found} == set(names) and all(f["fix"] for f in found)
    before = {name: (root / name).read_text(encoding="latin-1") for name in names}
    cli("check", root, "--no-index", "--no-cache", "--fix", "--unsafe-fixes", "--exit-zero")
    for name, text in before.items():
        after = (root / name).read_text(encoding="latin-1")
        assert TAG.findall(after) == TAG.findall(text)
        footer = re.search(r'<div class="navfooter">(.*?)</div>', after, re.S).group(1)
        assert not TAG.sub("", footer).strip()  # (Prev, Up, Next, Home and the neighbours' names)
    after = (root / "crop.mark.width.html").read_text(encoding="latin-1")
    assert "Width of crop marks. Crop marks are controlled by" in after
