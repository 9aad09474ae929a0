"""Records (and `.html` files) that hold HTML are read as HTML (`jsonl.text-format`): their tags,
comments and scripts are markup, not findings, and no fix changes them; the text between is checked.

tests/data/html_records/touchnokia_entries.jsonl: two entries of an Atom feed (touchnokia.ru, 2009, as
feedparser's test fixture `large_atom_feed_that_needs_css_sanitisation.xml` holds them; tester29's
feeds corpus), `content_type: text/html`: an advert and a program's spec sheet, inline styles and all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpuslint.analysis import guard_edits, protected_lines, view
from corpuslint.formats.recordformat import declared, declared_markup, text_markup
from corpuslint.html_markup import html_spans, markup_spans
from corpuslint.models import Document, Origin, TextEdit

ENTRIES = Path(__file__).parent / "data" / "html_records" / "touchnokia_entries.jsonl"
LINES = ENTRIES.read_text(encoding="utf-8").splitlines()
RECORDS = [json.loads(line) for line in LINES]


def _html_doc(text: str) -> Document:
    return Document(id="e", text=text, origin=Origin(path="f.jsonl", format="html", record=1, line=1,
                                                     text_is_inline=True))


def _codes(cli, path, *extra):
    result = cli("check", path, "--isolated", "--no-index", "--no-cache", "--output-format", "json", *extra)
    return [(f["code"], f["offset"]) for f in json.loads(result.out)]


@pytest.mark.parametrize(("fields", "expected"), [
    ({"content_type": "text/html"}, "html"),  # a feed entry's content
    ({"meta": {"mime_type": "application/xhtml+xml; charset=utf-8"}}, "html"),
    ({"path": "site/docs/index.html"}, "html"),  # a crawled file's path
    ({"url": "https://touchnokia.ru/2009/09/nevidimaja-bronja.html"}, None),  # a page's address says nothing
    ({"content_type": "text/plain", "path": "page.htm"}, "other"),  # a media type wins over a path
])
def test_what_a_record_says_of_html(fields, expected):
    assert declared_markup(fields) == expected
    assert declared(fields) is (None if expected is None else False)  # (what it says of Markdown, as before)
    assert text_markup("auto", fields) == (expected if expected == "html" else None)
    assert text_markup("html", {}) == "html" and text_markup("plain", fields) is None


def test_rules_see_the_words_between_the_tags_at_their_own_offsets():
    text = RECORDS[1]["text"]
    doc = _html_doc(text)
    seen = view(doc).text
    assert len(seen) == len(text) and text.count("\n") == 4  # same offsets; its lines are the page's (`<br />`)
    lines = [" ".join(line.split()) for line in seen.split("\n")]
    assert "Язык: Русский" in lines and "360 x 640 (45,85 килобайт)" in lines
    assert "<" not in seen and "style" not in seen and "ipb-attach-table" not in seen  # tags, attributes
    at = text.index("Разработчик:</b>&nbsp;mail.ru")
    assert seen[at:at + 29] == "Разработчик:" + " " * 10 + "mail.ru"  # the words in place; `&nbsp;` a space
    script = "<p>Hi</p><script>var s = '<b>';</script><!-- ad --><style>p {}</style>"
    assert [script[a:b] for a, b in markup_spans(script)] == ["<p>", "</p><script>var s = '<b>';</script>"
                                                              "<!-- ad --><style>p {}</style>"]
    # code as in Markdown: a <pre> block kept whole (a fence), <code> inline (its words seen, not its marks)
    code = "<h2>Usage</h2><p>Run <code>pip install x</code>:</p><pre>for i in x:\n    print(i)</pre>"
    markup, inline = html_spans(code)
    assert [code[a:b] for a, b in markup] == ["<h2>Usage</h2><p>", "<code>", "</code>",
                                              "</p><pre>for i in x:\n    print(i)</pre>"]
    assert [code[a:b] for a, b in inline] == ["pip install x"]


def test_an_html_record_is_not_reported_for_its_tags_but_the_same_text_as_plain_is(cli, tmp_path):
    html = tmp_path / "feed.jsonl"
    html.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    assert _codes(cli, html) == []  # was 1,071 CL201/CL202 findings on the 15 entries
    plain = tmp_path / "plain.jsonl"
    plain.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "content_type"}, ensure_ascii=False)
                             + "\n" for r in RECORDS[:1]), encoding="utf-8")
    codes = {code for code, _offset in _codes(cli, plain)}
    assert "CL201" in codes  # its `<div>`, `<h2>`, `<p>`, `<a>`: tags in a text that says it is plain
    page = tmp_path / "entry.html"  # an .html file named on the command line is read as HTML too
    page.write_text(RECORDS[0]["text"], encoding="utf-8")
    assert _codes(cli, page) == []


def test_a_double_escaped_entity_in_the_text_is_found_and_fixed_but_not_in_an_attribute(cli, tmp_path):
    record = dict(RECORDS[1])
    text = record["text"]
    broken = text.replace("</b>&nbsp;mail.ru", "</b>&amp;nbsp;mail.ru", 1)
    broken = broken.replace('style="font-size: 14pt;', 'style="font-family: &amp;amp;quot;x&amp;amp;quot;; font-size: 14pt;', 1)
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({**record, "text": broken}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert _codes(cli, path) == [("CL202", broken.index("&amp;nbsp;mail"))]  # the attribute's is markup
    cli("check", path, "--isolated", "--no-index", "--no-cache", "--fix")
    fixed = json.loads(path.read_text(encoding="utf-8"))["text"]
    assert fixed == broken.replace("&amp;nbsp;mail", "&nbsp;mail")  # the text's entity; the tags as they were


def test_a_removal_that_takes_tags_keeps_them_and_no_edit_changes_a_tag():
    text = "<p><b>Язык:</b>&nbsp;Русский</p>\n<p><b>Состояние:</b>&nbsp;Free</p>\n<p>Обсуждение ведем здесь</p>\n"
    doc = _html_doc(text)
    line = text.index("<p><b>Сост"), text.index("\n<p>Обс") + 1
    edits, problem = guard_edits(doc, [TextEdit(start=line[0], end=line[1])], [line])
    assert problem is None  # narrowed to the line's text, its tags kept
    assert [text[e.start:e.end] for e in edits] == ["Состояние:", "&nbsp;Free"]
    kept = text[:edits[0].start] + text[edits[0].end:edits[1].start] + text[edits[1].end:]
    assert kept.splitlines()[1] == "<p><b></b></p>"
    assert protected_lines(doc) == protected_lines(_html_doc(kept))  # what the fixer checks after a pass
    assert protected_lines(doc) != protected_lines(_html_doc(text.replace("<b>", "", 1)))
    tag = text.index("<b>Язык")
    assert guard_edits(doc, [TextEdit(start=tag, end=tag + 3, replacement="")], [(tag, tag + 3)])[1] \
        == "it would change the HTML markup (a tag, a comment or a script)"
