"""Property: fixing generated Markdown never changes code, headings or link definitions.

Documents mix real prose (news paragraphs of tests/data/fix and prose blocks of the real posts in
tests/data/markdown), boilerplate paragraphs, fenced and indented code blocks whose lines look like
boilerplate, markup or JavaScript, headings (some worded like navigation labels), lists and link
definitions. After `--fix --unsafe-fixes` every code, heading and link-definition line is still
there, in order, and the text parses to the same blocks minus the ones removed.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from corpuslint.analysis import PROTECTED, Role, analyse
from corpuslint.config import load_config
from corpuslint.engine import Linter
from corpuslint.models import Document
from corpuslint.textutil import paragraphs

DATA = Path(__file__).parent / "data"
LINTER = Linter(load_config(None))


def _prose() -> list[str]:
    seen: dict[str, None] = {}
    for path in sorted((DATA / "fix").glob("*.txt")):
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        for span in paragraphs(text):
            para = span.of(text)
            if 40 <= len(para) <= 600 and "\n" not in para and not para.lstrip().startswith(("#", "-", "*", ">", "[")):
                seen.setdefault(para, None)
    for path in sorted((DATA / "markdown" / "posts").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        found = analyse(text, markdown=True, front_matter=True)
        for block in found.blocks:
            if block.role is Role.PROSE and block.first == block.last and 40 <= block.end - block.start <= 600:
                seen.setdefault(text[block.start:block.end], None)
    return list(seen)


PROSE = _prose()
BOILERPLATE = [
    "Follow us on Twitter and Facebook for the latest news!",
    "Sign up for our newsletter to get the latest news in your inbox.",
    "Copyright © 2019 Global Research. All rights reserved.",
    "Disclaimer: The contents of this article are of sole responsibility of the author(s).",
    "Please share this article with your friends.",
]
CODE_LINES = BOILERPLATE + [
    "<div class=\"player\">never closed",
    "Map<K, V> index = new HashMap<>();",
    "});",
    "var js = document.createElement('script'); js.src = '//connect.facebook.net/sdk.js';",
    "<script>window.dataLayer.push({'event': 'pageview'});</script>",
    "Tom &amp; Jerry &nbsp;",
    "def main():",
    "}",
    "title: not metadata",
]
HEADINGS = ["## Known issues", "### Related", "## Follow us on Twitter", "# Comments", "### Scala IDE for Eclipse",
            "## Share this article"]
ITEMS = ["Jane Doe", "Follow us on Twitter", "Download a distribution from scala-lang.org", "John Smith"]
LINKS = ["[install]: https://example.com/install", "[Follow us]: https://twitter.com/example",
         "[Scala Contributors]: https://contributors.scala-lang.org"]


@st.composite
def blocks(draw) -> str:
    kind = draw(st.sampled_from(["prose", "prose", "boilerplate", "fence", "indented", "heading", "list", "links"]))
    if kind == "prose":
        return draw(st.sampled_from(PROSE))
    if kind == "boilerplate":
        return draw(st.sampled_from(BOILERPLATE))
    if kind == "fence":
        fence = draw(st.sampled_from(["```", "~~~", "```js", "~~~ scala"]))
        body = draw(st.lists(st.sampled_from(CODE_LINES), min_size=1, max_size=4))
        return "\n".join([fence, *body, fence[:3]])
    if kind == "indented":
        return "\n".join("    " + line for line in draw(st.lists(st.sampled_from(CODE_LINES), min_size=1, max_size=3)))
    if kind == "heading":
        return draw(st.sampled_from(HEADINGS))
    if kind == "list":
        mark = draw(st.sampled_from(["-", "*", "1."]))
        return "\n".join(f"{mark} {item}" for item in draw(st.lists(st.sampled_from(ITEMS), min_size=1, max_size=3)))
    return "\n".join(draw(st.lists(st.sampled_from(LINKS), min_size=1, max_size=2, unique=True)))


@st.composite
def documents(draw) -> str:
    parts = draw(st.lists(blocks(), min_size=2, max_size=12))
    return "\n\n".join(parts) + "\n"


def _shape(text: str) -> tuple[list[tuple[Role, str]], list[Role]]:
    """(protected lines with their roles, the roles of all blocks in order)."""
    found = analyse(text, markdown=True)
    lines = text.split("\n")
    kept = [(role, lines[n]) for n, role in enumerate(found.line_role) if role in PROTECTED]
    return kept, [b.role for b in found.blocks]


def _subsequence(small: list, big: list) -> bool:
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


@settings(max_examples=400, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(documents())
def test_fixing_never_changes_code_headings_or_link_definitions(text):
    doc = Document.from_text(text, path="post.md", format="markdown")
    result = LINTER.fix(doc, unsafe=True)
    assert result.converged
    fixed = result.document.text
    event(f"{sum(result.applied.values()) and 'some' or 'no'} fixes applied")
    before_lines, before_roles = _shape(text)
    after_lines, after_roles = _shape(fixed)
    # every code, heading and link-definition line is still there, unchanged, in order, and no
    # other line became one
    assert after_lines == before_lines
    # the same blocks minus the removed ones (only prose, list items and quotations go)
    assert _subsequence(after_roles, before_roles), (before_roles, after_roles)
    removed = list(before_roles)
    for role in after_roles:
        removed.remove(role)
    assert all(role in (Role.PROSE, Role.LIST_ITEM, Role.QUOTE) for role in removed), removed
