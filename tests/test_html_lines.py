"""Rules read an HTML text's rendered lines (`html_lines`), as a browser or lynx breaks the page, not
its source lines: DocBook puts a page's navigation header on one physical line with its head, and
wraps a paragraph over several (tester30: the navheader and navfooter of every aptfr page missed).
Positions stay the source's, and a removal of a rendered line takes its text between the tags.

The page is an excerpt of aptitude's French manual (aptitude-doc-fr, ch02s02.html, DocBook XSL;
GPL-2+, (c) 1999-2011 Daniel Burrows).
"""

from __future__ import annotations

import re

from corpuslint.analysis import guard_edits, view
from corpuslint.models import Document, Origin, TextEdit

PAGE = (
    '<html><head><title>Gérer les paquets</title></head><body><div class="navheader"><table width="100%" '
    'summary="Navigation header"><tr><th colspan="3" align="center">Gérer les paquets</th></tr><tr><td '
    'width="20%" align="left"><a accesskey="p" href="ch02s01s04.html"><img src="images/prev.gif" alt="Précédent" '
    '/></a> </td><th width="60%" align="center">Chapitre 2. Guide de référence d\'<span class="command"><strong>'
    'aptitude</strong></span></th></tr></table><hr /></div><div class="section"><div class="titlepage"><div><div>'
    '<h2 class="title" style="clear: both"><a id="idm1456"></a>Gérer les paquets</h2></div></div></div><p>\n'
    '\tCette section décrit comment manipuler la liste des paquets, comment\n'
    'installer de nouveaux paquets sur votre système et comment supprimer de\n'
    'vieux paquets.\n'
    '</p></div><div class="navfooter"><hr /><table width="100%" summary="Navigation footer"><tr><td width="40%" '
    'align="left" valign="top">Devenir administrateur (<span class="quote">« root »</span>) </td><td width="40%" '
    'align="right" valign="top"> Gérer la liste des paquets</td></tr></table></div></body></html>\n')


def _page(text: str) -> Document:
    return Document(id="p", text=text, origin=Origin(path="ch02s02.html", format="html"))


def _lines(seen: str) -> list[str]:
    return [" ".join(line.split()) for line in seen.split("\n")]


def test_the_view_breaks_where_the_page_does_and_keeps_source_positions():
    doc = _page(PAGE)
    seen = view(doc)
    assert len(seen.text) == len(PAGE) and PAGE.count("\n") == 5
    lines = _lines(seen.text)
    assert "Gérer les paquets" in lines  # the navheader's first row: a line of its own, not the page's head
    assert "Chapitre 2. Guide de référence d' aptitude" in lines
    assert ("Cette section décrit comment manipuler la liste des paquets, comment installer de nouveaux paquets "
            "sur votre système et comment supprimer de vieux paquets.") in lines  # one paragraph, one line
    assert "Devenir administrateur ( « root » ) Gérer la liste des paquets" in lines  # a table row is a line
    at = PAGE.index("vieux paquets")
    assert seen.position(at) == doc.position(at) == (4, 1)  # reported where the file has it
    a, b = seen.line_span(at)
    assert seen.text[a:b].split()[0] == "Cette"  # the rule's line is the paragraph's


def test_a_removal_of_rendered_lines_takes_their_text_between_the_tags():
    doc = _page(PAGE)
    seen = view(doc)
    at, last = PAGE.index("Gérer les paquets</th>"), PAGE.index("aptitude</strong>")
    start, end = seen.line_span(at)
    _edits, problem = guard_edits(doc, [TextEdit(start=start, end=end + 1)], [(at, end)])
    assert problem == "it would remove part of a table (an HTML block, lines 1-1)"  # one row of two
    end = seen.line_span(last)[1]
    edits, problem = guard_edits(doc, [TextEdit(start=start, end=end + 1)], [(at, end)])
    assert problem is None
    assert [PAGE[e.start:e.end] for e in edits] == ["Gérer les paquets", "Chapitre 2. Guide de référence d'", "aptitude"]
    fixed = PAGE
    for e in reversed(edits):
        fixed = fixed[:e.start] + fixed[e.end:]
    assert re.findall(r"<[^>]+>", fixed) == re.findall(r"<[^>]+>", PAGE)


def test_a_text_without_a_block_tag_keeps_its_own_lines():
    text = "Язык: <b>English</b>\nСостояние: Free\n"
    assert view(_page(text)).text.split("\n") == ["Язык:    English    ", "Состояние: Free", ""]


THEMES = """<h3 id="mkdocs">mkdocs</h3>
<p>The default theme, which was built as a custom Bootstrap theme, supports almost every feature of MkDocs.</p>
<ul>
<li>
<p><strong id="mkdocs-locale"><code>locale</code></strong>: The locale (language/location) used to
    build the theme. If your locale is not yet supported, it will fallback
    to the default.</p>
</li>
</ul>
<h3 id="readthedocs">readthedocs</h3>
<p>A clone of the default theme used by the Read the Docs service, which offers the same restricted feature-set.</p>
<ul>
<li>
<p><strong id="readthedocs-locale"><code>locale</code></strong>: The locale (language/location) used to
    build the theme. If your locale is not yet supported, it will fallback
    to the default.</p>
</li>
</ul>
"""


def test_copies_with_an_html_heading_between_them_are_each_sections_own():
    # MkDocs 1.4.2's user-guide/choosing-your-theme.html (BSD-2-Clause, (c) Tom Christie and contributors):
    # each theme's `locale` option, the same words under two headings, which the view blanks (CL402 gave
    # the second a safe removal on the whole page)
    from corpuslint.checks.bios.authored import heading_between

    def copies(text):
        first = text.index("The locale")
        return (first, first + 40), (text.index("The locale", first + 1), text.index("The locale", first + 1) + 40)
    assert heading_between(view(_page(THEMES)), *copies(THEMES))
    alone = THEMES.replace('<h3 id="readthedocs">readthedocs</h3>\n', "")
    assert not heading_between(view(_page(alone)), *copies(alone))


RELEASES = """<html><head><title>Release Notes - MkDocs</title></head><body>
<div class="navbar"><a class="navbar-brand" href="/index.html">MkDocs</a></div>
<h1 id="release-notes">Release Notes</h1>
<h2 id="version-131-2022-07-19">Version 1.3.1 (2022-07-19)</h2>
<p>Built-in themes now also support these languages:</p>
<ul>
<li>Norwegian (<code>nb</code>) (#2767)</li>
</ul>
<h2 id="version-130-2022-03-26">Version 1.3.0 (2022-03-26)</h2>
<p>Built-in themes now also support these languages:</p>
<ul>
<li>Chinese (Taiwan) (<code>zh_TW</code>) (#2727)</li>
</ul>
<pre><code>pip install -U mkdocs
mkdocs --version
</code></pre>
</body></html>
"""


def test_headings_and_pre_blocks_stand_on_lines_of_their_own_with_their_roles():
    # MkDocs 1.4.2's about/release-notes.html, shortened (BSD-2-Clause, (c) Tom Christie and contributors): the
    # view blanks the headings and the code, but each has its own lines, a heading's and code's, and the <title>
    # stands apart from the page's first line (the head reader takes it for the title: CL504, lost in session 31)
    from corpuslint.analysis import Role, structure

    seen = view(_page(RELEASES))
    s = structure(seen)
    roles = {" ".join(re.sub(r"<[^>]*(?:>|$)", " ", RELEASES[a:b]).split()): s.line_role[n]  # (a line ends in a tag)
             for n, (a, b) in enumerate(map(s.line_bounds, range(len(s.line_starts)))) if RELEASES[a:b].strip()}
    assert roles["Version 1.3.1 (2022-07-19)"] is roles["Release Notes"] is Role.HEADING
    assert roles["pip install -U mkdocs"] is roles["mkdocs --version"] is Role.CODE  # (its own source lines)
    assert roles["Built-in themes now also support these languages:"] is Role.PROSE
    assert "Version 1.3.1" not in seen.text and "pip install" not in seen.text  # (rules do not see them)
    assert _lines(seen.text)[:3] == ["Release Notes - MkDocs", "", "MkDocs"]
    from corpuslint.checks.metadata.body import MetadataInBody
    assert [(v.data["field"], v.data["value"]) for v in MetadataInBody().check(seen)] == [
        ("title", "Release Notes")]  # (the <h1> the <title> gives with the site's part: `htmlhead.heading_title`)
    untitled = RELEASES.replace("<title>Release Notes - MkDocs</title>", "")
    assert [v.data["field"] for v in MetadataInBody().check(view(_page(untitled)))] == []


def test_copies_under_two_headings_of_an_html_documentation_page_are_not_reported():
    # each release's lead-in, and each theme's `locale` option: in a page with code (a <pre>), the section's own
    # text, as in a Markdown documentation page (`authored_repeat`); without code, the copy across a heading keeps
    # its finding with an unsafe fix only (a scraped story's lede under a teaser heading)
    from corpuslint.checks.bios.rules import DuplicateParagraph

    def found(text):
        return [(v.fix.applicability.value if v.fix else None) for v in DuplicateParagraph().check(view(_page(text)))]
    assert found(RELEASES) == []
    code = "<pre><code>theme:\n  name: mkdocs\n  locale: fr\n</code></pre>\n"
    assert found(THEMES + code) == []
    assert found(RELEASES.replace("<pre>", "<p>").replace("</pre>", "</p>")) == ["unsafe"]  # (no code: no docs page)
