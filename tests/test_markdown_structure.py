"""Documents with structure: Markdown parsed, code never touched, fixes that remove only what was flagged.

On real posts of a Jekyll blog (tests/data/markdown/posts, kramdown with fenced code in lists, a
Liquid highlight block, link definitions and headings shared by a series of release notes) and
on real web pages, both ways: what is found, and what is left alone.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from corpuslint.analysis import Role, analyse, structure
from corpuslint.models import Document

DATA = Path(__file__).parent / "data"
POSTS = DATA / "markdown" / "posts"
WEB = DATA / "web"

# The protected lines as a reader of CommonMark/kramdown sees them, written independently of
# corpuslint.analysis (the same reading as ../shared/corpora/markdown/check_safety.py).
FENCE = re.compile(r"^\s*(?:>\s*)*(`{3,}|~{3,})(.*)$")
HEADING = re.compile(r"^ {0,3}#{1,6}(?:\s|$)")
REFDEF = re.compile(r"^ {0,3}\[[^\]^][^\]]*\]:\s*\S")
LIQUID_OPEN = re.compile(r"^\s*\{%-?\s*highlight\b")
LIQUID_CLOSE = re.compile(r"\{%-?\s*endhighlight\b")


def protected(lines: list[str]) -> dict[int, str]:
    """{1-based line: kind} of front matter, fenced/Liquid code, ATX headings, link definitions."""
    kinds: dict[int, str] = {}
    start = 0
    if lines and lines[0].rstrip() == "---":
        for n in range(1, len(lines)):
            if lines[n].rstrip() in ("---", "..."):
                kinds.update({k + 1: "front matter" for k in range(n + 1)})
                start = n + 1
                break
    fence, liquid = None, False
    for n in range(start, len(lines)):
        line = lines[n]
        if fence:
            kinds[n + 1] = "code"
            m = FENCE.match(line)
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= fence[1] and not m.group(2).strip():
                fence = None
            continue
        if liquid:
            kinds[n + 1] = "code"
            liquid = not LIQUID_CLOSE.search(line)
            continue
        m = FENCE.match(line)
        if m and not (m.group(1)[0] == "`" and "`" in m.group(2)):
            fence = (m.group(1)[0], len(m.group(1)))
            kinds[n + 1] = "code"
        elif LIQUID_OPEN.match(line):
            liquid = not LIQUID_CLOSE.search(line)
            kinds[n + 1] = "code"
        elif HEADING.match(line):
            kinds[n + 1] = "heading"
        elif REFDEF.match(line):
            kinds[n + 1] = "link ref"
    return kinds


def _in_order(needles: list[str], haystack: list[str]) -> str | None:
    pos = 0
    for needle in needles:
        try:
            pos = haystack.index(needle, pos) + 1
        except ValueError:
            return needle
    return None


@pytest.fixture
def posts(tmp_path) -> Path:
    target = tmp_path / "posts"
    shutil.copytree(POSTS, target)
    return target


# -- the analysis -------------------------------------------------------------------------------


def test_a_real_post_is_read_into_blocks_with_roles():
    path = POSTS / "2017-05-26-whats-new-scala-native.md"
    text = path.read_text(encoding="utf-8")
    body = text[text.index("---", 3) + 4:]
    found = analyse(body, markdown=True)
    lines = body.split("\n")
    roles = {n + 1: found.line_role[n] for n in range(len(lines))}
    expected = protected(lines)
    # every link definition (40 here), fence line and heading is read as one
    kind_of = {"code": Role.CODE, "heading": Role.HEADING, "link ref": Role.LINK_DEFINITION}
    assert sum(1 for k in expected.values() if k == "link ref") == 40
    for line, kind in expected.items():
        assert roles[line] is kind_of[kind], (line, lines[line - 1], roles[line])
    # and the fences inside list items are code, the items around them list items
    assert any(b.role is Role.LIST_ITEM for b in found.blocks)
    assert any(line.startswith("  ```") and roles[n + 1] is Role.CODE for n, line in enumerate(lines))


def test_liquid_highlight_blocks_and_inline_code_are_code():
    text = (POSTS / "2020-11-19-scala-3-forward-compat.md").read_text(encoding="utf-8")
    doc = Document.from_text(text, format="markdown")
    found = structure(doc)
    start = text.index("{% highlight")
    inside = text.index("\n", start) + 1
    assert found.role_at(start) is Role.CODE and found.role_at(inside) is Role.CODE
    span = text.index("`scalaVersion`")
    assert found.role_at(span + 2) is Role.CODE
    # the view rules see: code blanked, offsets kept
    assert len(found.view) == len(text) and "{% highlight" not in found.view
    assert found.view.count("\n") == text.count("\n")


def test_plain_text_keeps_its_model_with_the_roles_it_shows():
    text = "Intro paragraph of the story.\n1. first point\n2. second point\n> quoted line\n> more\nProse again."
    found = analyse(text, markdown=False)
    assert [b.role for b in found.blocks] == [Role.PROSE, Role.LIST_ITEM, Role.LIST_ITEM, Role.QUOTE, Role.PROSE]
    # a line of code-like text inside prose is prose, and plain text is never blanked
    code_like = analyse("He wrote `});` and left.\nfunction f() { return 1; }", markdown=False)
    assert code_like.view == "He wrote `});` and left.\nfunction f() { return 1; }"


# -- checking real posts --------------------------------------------------------------------------


def test_no_finding_on_code_headings_or_link_definitions_of_real_posts(cli, posts):
    result = cli("check", posts, "--output-format", "json", "--exit-zero", "--isolated", "--no-cache")
    findings = result.json()
    on_protected = []
    for f in findings:
        lines = (posts / Path(f["path"]).name).read_text(encoding="utf-8").split("\n")
        kinds = protected(lines)
        last = f["end_line"] - (1 if f["end_line"] > f["line"] and f["end_column"] == 1 else 0)
        hit = {kinds[n] for n in range(f["line"], last + 1) if n in kinds}
        if hit:
            on_protected.append((f["code"], Path(f["path"]).name, f["line"], hit))
    assert not on_protected, on_protected[:10]
    assert len(findings) < 0.5 * len(list(posts.glob("*.md"))) + 2, [(f["code"], f["line"]) for f in findings]


def test_fixing_real_posts_loses_no_protected_line(cli, posts):
    before = {p.name: p.read_text(encoding="utf-8").split("\n") for p in posts.glob("*.md")}
    result = cli("check", posts, "--fix", "--unsafe-fixes", "--isolated", "--no-cache")
    assert result.code in (0, 1), result
    for name, lines in before.items():
        after = (posts / name).read_text(encoding="utf-8").split("\n")
        kept = [lines[n - 1] for n in sorted(protected(lines))]
        assert _in_order(kept, after) is None, (name, _in_order(kept, after))


BOILERPLATE = "Follow us on Twitter and Facebook for the latest news!"


def test_boilerplate_in_a_post_is_found_and_removed_but_not_inside_code(cli, posts):
    post = posts / "2016-10-19-scalajs-bundler.md"
    text = post.read_text(encoding="utf-8")
    fence = text.index("~~~" if "~~~" in text else "```")
    body_line = text.index("\n", fence) + 1
    text = text[:body_line] + BOILERPLATE + "\n" + text[body_line:] + "\n" + BOILERPLATE + "\n"
    post.write_text(text, encoding="utf-8")
    findings = cli("check", post, "--output-format", "json", "--exit-zero", "--isolated", "--no-cache").json()
    lines = [f["line"] for f in findings if f["code"] == "CL104"]
    assert lines == [text.count("\n", 0, text.rindex(BOILERPLATE)) + 1]  # the prose copy only
    cli("check", post, "--fix", "--isolated", "--no-cache")
    after = post.read_text(encoding="utf-8")
    assert after.count(BOILERPLATE) == 1 and after.index(BOILERPLATE) == body_line  # the code's copy stays


def test_headings_and_link_definitions_shared_by_a_series_are_not_repeated_paragraphs(cli, posts):
    findings = cli("check", posts, "--select", "CL151,CL402,CL131", "--output-format", "json",
                   "--exit-zero", "--isolated", "--no-cache").json()
    texts = [f.get("text") or "" for f in findings]
    assert not [t for t in texts if t.startswith(("#", "[", "~~~", "```"))], texts


# -- Markdown code and HTML that look like defects ---------------------------------------------------

CODE_POST = """---
title: Generics
---

A map from keys to values, and a callback:

```java
Map<K, V> index = new HashMap<>();
<div class="x">
});
```

    <span>indented code</span>
    function f() { return document.getElementById('x'); });

Use `<b>` for bold and `&amp;` for an ampersand.

<details>
<summary>Show the embed</summary>
<script>window.player.load('intro');</script>
</details>
"""


def test_code_and_legal_html_in_markdown_are_not_markup_left_in_text(cli, tmp_path):
    post = tmp_path / "post.md"
    post.write_text(CODE_POST, encoding="utf-8")
    findings = cli("check", post, "--select", "CL2", "--output-format", "json", "--isolated").json()
    assert findings == []
    # the same lines in plain text are markup left in text
    plain = tmp_path / "page.txt"
    plain.write_text(CODE_POST.split("---\n", 2)[2].replace("```java\n", "").replace("```\n", ""), encoding="utf-8")
    codes = {f["code"] for f in cli("check", plain, "--select", "CL2", "--output-format", "json",
                                     "--isolated").json()}
    assert {"CL201", "CL205"} <= codes


def test_repeated_code_lines_are_not_duplicate_paragraphs(cli, tmp_path):
    post = tmp_path / "post.md"
    trace = "    at scala.tools.nsc.Global$Run.compileUnits(Global.scala:1547)\n"
    said = "The first run failed with the same stack trace as the one two users reported last week."
    post.write_text(f"# Crash\n\n{said}\n\n```\n{trace}```\n\nThe second run failed the same way:\n\n"
                    f"```\n{trace}```\n\n{said}\n", encoding="utf-8")
    findings = cli("check", post, "--select", "CL402", "--output-format", "json", "--isolated").json()
    assert [f["line"] for f in findings] == [15]  # the prose paragraph, not the code


# -- front matter -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name, content, expect", [
    ("2020-01-02-unopened.md", 'title: "A post"\nauthor: Jane Roe\n---\n\nBody text here.\n', "without its opening `---`"),
    ("late.md", "\n---\ntitle: A post\n---\n\nBody text.\n", "on line 2, after a blank line"),
    ("bom.md", "\ufeff---\ntitle: A post\n---\n\nBody text.\n", "byte-order mark"),
])
def test_misplaced_front_matter_is_reported_by_name(cli, tmp_path, name, content, expect):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    findings = cli("check", path, "--output-format", "json", "--isolated").json()
    problems = [f for f in findings if f["code"] == "CL905"]
    assert len(problems) == 1 and expect in problems[0]["message"], findings


def test_toml_front_matter_is_read_and_good_front_matter_left_alone(cli, tmp_path):
    toml = tmp_path / "toml.md"
    toml.write_text('+++\ntitle = "A post"\ndate = 2020-01-02\n+++\n\nBody text.\n', encoding="utf-8")
    good = tmp_path / "good.md"
    good.write_text("---\ntitle: A post\n---\n\nBody text.\n", encoding="utf-8")
    findings = cli("check", tmp_path, "--output-format", "json", "--isolated", "--no-index").json()
    assert [f for f in findings if f["code"] == "CL905"] == []
    from corpuslint.formats.markdown import MarkdownFormat
    from corpuslint.formats.base import ReadSettings

    source = MarkdownFormat().read(str(toml), toml.read_bytes(), ReadSettings())
    assert source.documents[0].metadata["title"] == "A post"
    assert source.documents[0].text == "\nBody text.\n"


# -- fix granularity in plain text (real web pages) ----------------------------------------------------


def test_the_articles_own_disclaimer_remark_under_a_table_stays(cli, tmp_path):
    # "Disclaimer: if you see different patch sizes ... that is because we are not currently
    # using File-by-file ..." explains the table: the label alone is not a site's notice (qa15)
    page = tmp_path / "links-in-tables.txt"
    shutil.copy(WEB / "links-in-tables.txt", page)
    before = page.read_text(encoding="utf-8")
    assert cli("check", page, "--select", "CL122", "--output-format", "json", "--isolated").json() == []
    cli("check", page, "--fix", "--isolated")
    assert "Disclaimer: if you see different patch sizes" in page.read_text(encoding="utf-8")
    assert "Disclaimer: if you see different patch sizes" in before


def test_a_note_under_a_table_is_removed_without_the_table(cli, tmp_path):
    # the real page, its note made a site's notice (views, liability): the note goes, the table stays
    page = tmp_path / "links-in-tables.txt"
    real = (WEB / "links-in-tables.txt").read_text(encoding="utf-8")
    page.write_text(real.replace("Disclaimer: if you see", "Disclaimer: Google is not liable for any errors; if you see"),
                    encoding="utf-8")
    before = page.read_text(encoding="utf-8")
    findings = cli("check", page, "--select", "CL122", "--output-format", "json", "--isolated").json()
    assert [(f["line"], f["end_line"]) for f in findings] == [(73, 73)]
    cli("check", page, "--select", "CL122", "--fix", "--unsafe-fixes", "--isolated")
    after = page.read_text(encoding="utf-8")
    assert "Disclaimer:" not in after
    assert "Netflix\n16.2 MB\n7.7 MB (-52%)\n1.2 MB (-92%)\n" in after
    assert len(before.splitlines()) - len(after.splitlines()) == 1


def test_code_samples_of_an_article_about_code_are_content(cli, tmp_path):
    page = tmp_path / "001.txt"
    shutil.copy(WEB / "001.txt", page)
    before = page.read_text(encoding="utf-8")
    assert cli("check", page, "--select", "CL205", "--output-format", "json", "--isolated").json() == []
    cli("check", page, "--fix", "--unsafe-fixes", "--isolated")
    assert "var expect = chai.expect;" in page.read_text(encoding="utf-8") and "cow.js" in before


def test_a_widget_script_in_a_news_page_is_still_removed(cli, tmp_path):
    page = tmp_path / "story.txt"
    page.write_text("The council voted on Tuesday to close the bridge for repairs.\n\n"
                    "<script>window.dataLayer.push({'event': 'pageview'});</script>\n\n"
                    "Repairs should take three weeks, officials said.\n", encoding="utf-8")
    findings = cli("check", page, "--select", "CL205", "--output-format", "json", "--isolated").json()
    assert [f["line"] for f in findings] == [3]


def test_a_widget_sharing_a_paragraph_with_a_list_item_leaves_the_item(cli, tmp_path):
    page = tmp_path / "story.txt"
    page.write_text("The plan has three parts.\n\n1. Close the bridge for three weeks of repairs.\n"
                    "Sign up for our newsletter to get the latest news in your inbox.\n\n"
                    "Officials said the work would start on Monday.\n", encoding="utf-8")
    findings = cli("check", page, "--output-format", "json", "--isolated").json()
    assert any(f["code"] == "CL111" and f["line"] == 4 for f in findings), findings
    cli("check", page, "--fix", "--unsafe-fixes", "--isolated")
    after = page.read_text(encoding="utf-8")
    assert "1. Close the bridge for three weeks of repairs.\n" in after and "newsletter" not in after


def test_part_of_a_quotation_is_never_removed():
    text = "> First line of the quote.\n> Second line of the quote.\n\nProse."
    found = analyse(text, markdown=False)
    first_line_end = text.index("\n") + 1
    assert "part of a quote" in found.edit_problem(0, first_line_end)
    assert found.edit_problem(0, text.index("\n\n") + 2) is None  # the whole quotation may go


def test_a_line_of_a_markdown_paragraph_is_not_a_unit(cli, tmp_path):
    # a donation plea soft-wrapped over the end of a paragraph (the Pallets READMEs): the unit is
    # the paragraph's sentences, never a line (half a sentence, half a link); the plea's sentence
    # closes the paragraph, so the finding is that sentence, and the one before it stays
    post = tmp_path / "README.md"
    plea = ("The Pallets organization develops and supports Click and other popular\n"
            "packages. To allow the maintainers to devote more time to the projects, [please\n"
            "donate today][].\n")
    post.write_text(f"## Donate\n\n{plea}\n[please donate today]: https://palletsprojects.com/donate\n",
                    encoding="utf-8")
    findings = cli("check", post, "--select", "CL110", "--output-format", "json", "--isolated").json()
    assert [(f["line"], f["column"], f["end_line"]) for f in findings] == [(4, 11, 5)]
    cli("check", post, "--select", "CL110", "--fix", "--isolated")
    assert post.read_text(encoding="utf-8").startswith(
        "## Donate\n\nThe Pallets organization develops and supports Click and other popular\npackages.\n\n")
    # and a line that starts mid-sentence is no navigation label or notice
    wrapped = tmp_path / "wrapped.md"
    wrapped.write_text("The `VolatileLazyVal` rewrite adds Dotty's `@volatile` annotation to lazy vals,\n"
                       "like this:\n", encoding="utf-8")
    assert cli("check", wrapped, "--select", "CL1", "--output-format", "json", "--isolated").json() == []


def test_a_removal_that_took_a_heading_for_a_blank_line_is_narrowed(cli, tmp_path):
    post = tmp_path / "post.md"
    post.write_text("Intro paragraph of a post about a release of the library.\n\n## Support\n\n"
                    "Become a Member of Global Research today.\n", encoding="utf-8")
    cli("check", post, "--select", "CL110", "--fix", "--isolated")
    assert post.read_text(encoding="utf-8") == "Intro paragraph of a post about a release of the library.\n\n## Support\n"
