"""Markdown structure a fix never takes: tables, block markers, quotations, front matter, MDX.

The shapes of a tester's repros (qa15b: a table after a removed paragraph went with it; CL151
took `///`, `!!! tip` and `> [!NOTE]` lines; `.mdx` was read as plain text) and real documents
(tests/data/markdown/blocks, see its README), both ways: the boilerplate is still found and
fixed, the structure around it is left as it was (`md_kept`, read independently of corpuslint).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from corpuslint.analysis import Role, analyse

from md_kept import kept_lines, lost

BLOCKS = Path(__file__).parent / "data" / "markdown" / "blocks"
# eslint-plugin-import's order.md (`> [!NOTE]` alerts) is the docs corpus's copy (tests/bios/test_docs_repeats.py)
REAL = [BLOCKS / "pymdown-tasklist.md", BLOCKS / "pymdown-caption.md", BLOCKS / "starlette-config.md",
        BLOCKS.parent / "docs" / "eslint-import-order.md"]
MDX = "docusaurus-markdown-features.mdx"
SENTENCE = "Type annotations can as usual be overridden using types in parentheses in the docstring itself."


def _fix(cli, folder: Path, *extra: str):
    return cli("check", folder, "--fix", "--unsafe-fixes", "--isolated", "--no-cache", "--no-index", *extra)


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_table_after_a_removed_paragraph_stays(cli, tmp_path, gap):
    """repro4: the repeated paragraph goes (CL402, safe), the table right after it stays."""
    text = (f"# T\n\nIntro.\n\n{SENTENCE}\n\n|a|b|\n|---|---|\n|1|2|\n\nMid prose.\n\n"
            f"{SENTENCE}{gap}|c|d|\n|---|---|\n|3|4|\n\nEnd.\n")
    (tmp_path / "t.md").write_text(text)
    findings = cli("check", tmp_path, "--output-format", "json", "--exit-zero", "--isolated", "--no-index").json()
    if gap == "\n\n":
        assert [f["code"] for f in findings] == ["CL402"]  # found
    cli("check", tmp_path, "--fix", "--isolated", "--no-cache", "--no-index")
    fixed = (tmp_path / "t.md").read_text()
    assert "|c|d|\n|---|---|\n|3|4|\n\nEnd.\n" in fixed and not lost(text, fixed)
    if gap == "\n\n":
        assert fixed.count(SENTENCE) == 1  # fixed
        assert fixed == text.replace(f"Mid prose.\n\n{SENTENCE}\n\n", "Mid prose.\n\n")


def test_a_copyright_line_before_a_table_goes_alone(cli, tmp_path):
    """repro2: a CL120 line (safe) between a paragraph and a table; the table stays."""
    text = ("# Licence\n\nSome intro prose about the project and its aims.\n\nCopyright (c) 2020 Foo Bar\n\n"
            "| Col | Desc |\n| --- | --- |\n| a | b |\n\nClosing words.\n")
    (tmp_path / "a.md").write_text(text)
    cli("check", tmp_path, "--fix", "--isolated", "--no-cache", "--no-index")
    fixed = (tmp_path / "a.md").read_text()
    assert fixed == text.replace("Copyright (c) 2020 Foo Bar\n\n", "")


@pytest.mark.parametrize("line", [
    "///", "/// note | Title", "/// html | div.result", "////", "//// collapse-code", "///// html | div.result",
    "!!! note", "!!! tip \"A title\"", "??? tip", "???+ note inline end", "> [!NOTE]", "> [!WARNING]",
    "> [!new]", ":::tip", ":::", "::::", ":::note[Title]", "::: {.warning}", "=== \"Tab 1\"", "===+ \"Tab\"",
])
def test_block_markers_are_a_protected_role(line):
    s = analyse(f"Intro prose.\n\n{line}\n\nBody text.\n", markdown=True)
    assert s.line_role[2] is Role.MARKER
    assert not s.view.split("\n")[2].strip()  # rules do not see it
    assert s.edit_problem(s.line_starts[2], s.line_starts[3]) is not None  # no fix takes it


@pytest.mark.parametrize("line", [
    "A path like /// in prose stays prose.", "!!!Wow!!! said the reader.", "Really??? he asked.",
    "[!NOTE] written in a paragraph is text.", "Ratio 3:::4 is odd.", "=== not a tab",
])
def test_prose_that_looks_like_a_marker_is_prose(line):
    s = analyse(f"Intro prose.\n\n{line}\n", markdown=True)
    assert s.line_role[2] is Role.PROSE


def test_a_quotation_is_taken_whole_or_not_at_all(cli, tmp_path):
    """A copyright line inside a quotation (prettier's quoted notices): found, its fix withheld. (A whole
    licence text has no CL120 finding at all since docfix15, so the quotation here carries none.)"""
    text = ("# Notices\n\nThe bundled packages.\n\n## left-pad\n\n> MIT License\n>\n> Copyright (c) 2014 Alex Bell\n"
            ">\n> Permission to reprint was given by the author for this bundle.\n\nEnd.\n")
    (tmp_path / "n.md").write_text(text)
    findings = cli("check", tmp_path, "--output-format", "json", "--exit-zero", "--isolated", "--no-index").json()
    assert [f["code"] for f in findings] == ["CL120"] and findings[0]["fix"] is None
    _fix(cli, tmp_path)
    assert (tmp_path / "n.md").read_text() == text
    s = analyse(text, markdown=True)
    start = text.index("> Copyright")
    assert "part of a quote" in s.edit_problem(start, text.index("> Permission to"))
    assert s.edit_problem(text.index("> MIT"), text.index("\n\nEnd")) is None  # the whole quotation may go


TOPICS = ["caching", "routing", "logging", "templates", "sessions", "uploads", "testing", "metrics",
          "plugins", "security", "theming", "search"]
ASPECTS = ["speed of a cold start", "rules for nested folders", "format of the output", "names of the hooks",
           "size of each request", "order of the middleware", "way errors are shown", "choice of backend",
           "scope of a token", "colours of the sidebar", "ranking of the results", "lifetime of a worker"]


def _companion(n: int) -> str:
    """A docs page of a site built with pymdown, MkDocs, GitHub and Docusaurus syntax, whose
    footer line is boilerplate repeated on every page (its own words otherwise)."""
    topic, aspect = TOPICS[n], ASPECTS[n]
    return (f"# {topic.title()}\n\nThis page explains {topic} and the {aspect} in plain words.\n\n"
            f"/// note | Tip\nRemember that {topic} depends on the {aspect}.\n///\n\n!!! tip\n\n"
            f"    The {aspect} matters for {topic}.\n\n> [!NOTE]\n> Set up {topic} before the {aspect}.\n\n"
            f":::tip\nA tip about {topic}.\n:::\n\n=== \"Tab\"\n\n    Tab body about {aspect}.\n\n"
            f"//// html | div.result\n\n|{topic}|b|\n|---|---|\n|1|{aspect}|\n\n////\n\n"
            "Edit this page on GitHub\n")


def test_real_docs_keep_their_blocks_and_lose_their_boilerplate(cli, tmp_path):
    """CL151 (unsafe) on pages that repeat block syntax and a footer: the footer is found and
    removed, no block marker is a candidate, and no table, marker or quotation line is lost."""
    corpus = tmp_path / "docs"
    corpus.mkdir()
    for path in REAL:
        shutil.copy(path, corpus / path.name)
    for n in range(12):
        (corpus / f"page{n:02}.md").write_text(_companion(n))
    before = {p.name: p.read_text() for p in corpus.iterdir()}
    findings = cli("check", corpus, "--output-format", "json", "--exit-zero", "--isolated", "--no-index").json()
    cl151 = [f["text"].strip() for f in findings if f["code"] == "CL151"]
    assert cl151.count("Edit this page on GitHub") == 12  # found
    assert not [t for t in cl151 if t.startswith(("/", "!!!", "???", ">", ":::", "==="))]
    _fix(cli, corpus)
    for name, text in before.items():
        after = (corpus / name).read_text()
        assert not lost(text, after), name
    assert all("Edit this page" not in (corpus / f"page{n:02}.md").read_text() for n in range(12))  # fixed
    kinds = {kind for path in REAL for kind, _line in kept_lines(before[path.name])}
    assert {"table", "pymdown block", "admonition", "alert", "quote"} <= kinds


def test_mdx_named_is_read_as_markdown(cli, tmp_path):
    """qa15b finding 4: JSX in a fence and an `export` were rewritten as stray HTML (CL201, CL203)."""
    shutil.copy(BLOCKS / MDX, tmp_path / MDX)
    text = (tmp_path / MDX).read_text()
    findings = cli("check", tmp_path / MDX, "--output-format", "json", "--exit-zero", "--isolated",
                   "--no-index").json()
    assert not [f for f in findings if f["code"] in ("CL201", "CL203")]
    _fix(cli, tmp_path / MDX)
    assert (tmp_path / MDX).read_text() == text


def test_mdx_included_keeps_front_matter_imports_and_jsx(cli, tmp_path):
    """With `*.mdx` included, nine pages that share their front matter, imports and JSX: none of
    it is a repeated paragraph; the repeated prose footer still is."""
    (tmp_path / "corpuslint.yaml").write_text('include: ["*.md", "*.mdx"]\n')
    pages = {}
    for n in range(9):
        pages[n] = (f"---\nsidebar_position: 2\n---\n\nimport Tabs from '@theme/Tabs';\nimport TabItem from "
                    f"'@theme/TabItem';\n\n# {TOPICS[n]}\n\nThis page explains {TOPICS[n]} and the {ASPECTS[n]}.\n\n"
                    f"<Tabs>\n  <TabItem value=\"a\" label=\"A\">{ASPECTS[n]}</TabItem>\n</Tabs>\n\n"
                    "export const Highlight = ({children}) => (\n  <span style={{color: 'red'}}>{children}</span>\n);\n\n"
                    "Edit this page on GitHub\n")
        (tmp_path / f"p{n}.mdx").write_text(pages[n])
    findings = cli("check", tmp_path, "--output-format", "json", "--exit-zero", "--no-index").json()
    assert {f["text"].strip() for f in findings if f["code"] == "CL151"} == {"Edit this page on GitHub"}
    cli("check", tmp_path, "--fix", "--unsafe-fixes", "--no-cache", "--no-index")
    for n, text in pages.items():
        after = (tmp_path / f"p{n}.mdx").read_text()
        assert not lost(text, after, mdx=True) and after.startswith("---\nsidebar_position: 2\n---\n")
        assert "Edit this page" not in after


def test_a_folder_walk_says_what_markup_it_skipped(cli, tmp_path):
    (tmp_path / "a.md").write_text("# A\n\nSome text here.\n")
    (tmp_path / "b.mdx").write_text("# B\n\nSome text here.\n")
    (tmp_path / "c.rst").write_text("C\n=\n\nSome text here.\n")
    (tmp_path / "d.png").write_bytes(b"\x89PNG")
    result = cli("check", tmp_path, "--isolated", "--no-index")
    assert "1 .mdx and 1 .rst file(s) in the folders walked were not checked" in result.err
    assert '"*.mdx" to `extend-include`' in result.err
    named = cli("check", tmp_path / "c.rst", "--isolated", "--no-index")
    assert "1 .rst file(s) read as plain text" in named.err
    quiet = cli("check", tmp_path / "a.md", tmp_path / "b.mdx", "--isolated", "--no-index")
    assert "not checked" not in quiet.err and "plain text" not in quiet.err


def test_pod_texinfo_and_wikitext_named_say_they_are_read_as_plain_text(cli, tmp_path):
    # /usr/share/perl/5.36.0/ExtUtils/MakeMaker/FAQ.pod's head; the other two as a user names them
    pod = "=head1 NAME\n\nExtUtils::MakeMaker::FAQ - Frequently Asked Questions About MakeMaker\n"
    (tmp_path / "FAQ.pod").write_text(pod)
    info = Path(__file__).parent / "data" / "markup" / "texinfo" / "coreutils_comm_invocation.txt"
    (tmp_path / "comm.texi").write_text(info.read_text())
    (tmp_path / "page.wikitext").write_text("== History ==\n\nSome text here.\n")
    named = cli("check", tmp_path / "FAQ.pod", tmp_path / "comm.texi", tmp_path / "page.wikitext",
                "--isolated", "--no-index")
    assert "1 .pod and 1 .texi and 1 .wikitext file(s) read as plain text" in named.err
    assert "no MediaWiki, POD, Texinfo reader" in named.err
    plain = tmp_path / "notes.txt"
    plain.write_text(pod)
    assert "plain text" not in cli("check", plain, "--isolated", "--no-index").err
