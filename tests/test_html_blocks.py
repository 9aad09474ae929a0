"""In HTML a source line is not the unit: a `<p>` wraps over many lines, a table row's cells stand one
a line. A removal takes whole rendered blocks (and a data table whole) or its fix is withheld, and
CL151 counts no line that continues a paragraph (tester30: an options table emptied cell by cell,
`"Release Notes."</p>` removed as the nav's `Release Notes` entry).

The lines are MkDocs 1.4.2's documentation site (BSD-2-Clause, (c) Tom Christie and contributors):
user-guide/cli.html, user-guide/customizing-your-theme.html and its theme's navigation bar.
"""

from __future__ import annotations

from corpuslint.analysis import guard_edits, structure
from corpuslint.checks.boilerplate.tables import html_table_part
from corpuslint.html_markup import continues_block
from corpuslint.models import Document, Origin, TextEdit

NAV = """<ul class="nav navbar-nav">
<li class="dropdown">
<a href="#" class="nav-link dropdown-toggle" data-toggle="dropdown">Developer Guide <b class="caret"></b></a>
<ul class="dropdown-menu">
<li><a href="../dev-guide/themes.html" class="dropdown-item">Themes</a></li>
</ul>
</li>
</ul>
"""
PROSE = """<p>To override the 404 error page ("file not found"), add a new template file named
<code>404.html</code> to the <code>custom_theme</code> directory. For information on what can be
included in a template, review the <a href="../dev-guide/themes.html">Theme
Developer Guide</a>.</p>
"""
TABLE = """<p><strong>Options:</strong></p>
<table>
<tr>
<td><code>--force</code></td>
<td>boolean</td>
<td>Force the push to the repository.</td>
<td><code>False</code></td>
</tr>
<tr>
<td><code>-q</code>, <code>--quiet</code></td>
<td>boolean</td>
<td>Silence warnings</td>
<td>None</td>
</tr>
</table>
"""


def _html_doc(text: str) -> Document:
    return Document(id="e", text=text, origin=Origin(path="f.jsonl", format="html", record=1, line=1,
                                                     text_is_inline=True))


def _lines(text: str, first: str, last: str) -> tuple[int, int]:
    """The span of the whole source lines from the one that starts with `first` to the one with `last`."""
    start = text.index(first)
    end = text.index("\n", text.index(last, start)) + 1
    return start, end


def _guard(text: str, span: tuple[int, int]) -> str | None:
    return guard_edits(_html_doc(text), [TextEdit(start=span[0], end=span[1])], [span])[1]


def test_a_removal_takes_a_paragraph_or_a_table_whole_or_its_fix_is_withheld():
    text = NAV + PROSE + TABLE
    assert _guard(text, _lines(text, "Developer Guide</a>.</p>", "</p>")).startswith(
        "it would remove part of a paragraph (an HTML block, lines 9-12)")  # the end of a wrapped sentence
    assert _guard(text, _lines(text, "<p>To override", "Developer Guide</a>.</p>")) is None  # the whole <p>
    assert _guard(text, _lines(text, '<li><a href="../dev', "</li>")) is None  # a nav entry: its own block
    assert _guard(text, _lines(text, "<td>boolean", "Force the push")).startswith(
        "it would remove part of a paragraph")  # two cells of a row: the row is one line of the page
    assert _guard(text, _lines(text, "<tr>\n<td><code>-q", "<td>None")).startswith(
        "it would remove part of a table")  # a whole row, but the options table goes whole or not at all
    assert not (_guard(text, _lines(text, "<table>", "</table>")) or "").startswith("it would remove part of")


def test_cl151_reads_a_nav_entry_as_a_line_but_not_a_line_that_continues_a_paragraph():
    text = NAV + PROSE + TABLE
    seen, breaks = structure(_html_doc(text)).words, structure(_html_doc(text)).breaks
    assert not continues_block(seen, breaks, text.index('<a href="#"'))  # `Developer Guide`: the nav's entry
    assert not continues_block(seen, breaks, text.index("<p>To override"))  # a paragraph's first line
    assert continues_block(seen, breaks, text.index("Developer Guide</a>.</p>"))  # ... its last: half a sentence


def test_cl140_flags_a_data_tables_lines_only_with_the_whole_table():
    text = NAV + PROSE + TABLE
    doc = _html_doc(text)
    cells = [_lines(text, "<td>boolean", "<td>boolean"), _lines(text, "<td>None", "<td>None")]
    nav = _lines(text, '<li><a href="../dev', "</li>")
    assert html_table_part(doc, sorted([nav] + cells)) == {1, 2}  # two cells of the options table: its data
    at, whole = text.index("<table>"), []
    for line in text[at:].splitlines(keepends=True):
        whole.append((at, at + len(line)))
        at += len(line)
    assert html_table_part(doc, whole) == set()  # every line of it: the table goes whole (a dialog's keys)
