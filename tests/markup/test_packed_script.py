"""A page's minified script bundle as lynx wraps it (CL205): the wrap cuts its tokens (`a.parentElemen` /
`t&&e.body`), so the paragraph is read whole, by how packed and bracketed it is (`codeshape.packed_blocks`).
Real lines: faz.net's `<noscript>` bundle and article in a `lynx -dump` (the dev pages' half A)."""

from __future__ import annotations

from conftest import DATA
from corpuslint import Document, Linter
from corpuslint.checks.markup.codeshape import packed_blocks
from corpuslint.config import Config

PAGE = (DATA / "markup" / "packed" / "faz_lynx_noscript.txt").read_text(encoding="utf-8")


def test_a_wrapped_minified_bundle_is_one_finding_and_its_removal_leaves_the_page_text():
    found = [f for f in Linter(Config(select=["CL205"])).check([Document.from_text(PAGE)])]
    assert [(f.line, f.end_line) for f in found] == [(6, 28)]
    fixed = Linter(Config(select=["CL205"])).fix(Document.from_text(PAGE), unsafe=True).document.text
    assert "parentElemen" not in fixed and "XMLHttpRequest" not in fixed
    assert "Warum sehe ich FAZ.NET nicht?" in fixed and "Verteilungsstreit im boomenden Geschäft" in fixed


def test_a_laid_out_script_and_the_prose_naming_it_are_no_packed_block():
    loader = ("Paste the loader into the page:\n"
              "(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0];\n"
              "if (d.getElementById(id)) return; js = d.createElement(s); js.id = id;\n"
              "}(document, 'script', 'facebook-jssdk'));\n")
    assert packed_blocks(loader) == []
    article = PAGE.split("\n\n")[-1]  # the article's wrapped paragraph
    assert packed_blocks(article) == []


def test_a_packed_bundle_makes_no_page_code_documentation():
    # CL140's page shape: the bundle's 23 lines of 34 carry code tokens, yet the page is no API reference
    from corpuslint.checks.boilerplate.linefeatures import candidate_lines
    from corpuslint.checks.boilerplate.pageshape import _code_share, code_documentation
    lines = candidate_lines(PAGE)
    assert _code_share(lines) and not code_documentation(lines)
