"""CL402 on copies a documentation page shows on purpose (tester30): DokuWiki's syntax page gives each
example rendered, then indented as its source; MkDocs' front-matter examples each end with the same
first paragraph (lynx: `<pre>` at the margin under indented prose); `mkdocs build`'s options table and
`mkdocs gh-deploy`'s fuller one stand each under its command's heading; an AsciiDoc line that is half of
a sentence (blocks between `--` lines, no blank line) equals another's first half. No fix removes any
of them; both ways: the same text given again without that shape is still a copy with its fix."""

from __future__ import annotations

from copyfound import data_text as _text, found as _found  # tests/bios/copyfound.py

_MAILMAP_SENTENCE = ("which allows mailmap to replace both the name and the email of a\n"
                     "commit matching both the specified commit name and email address.")


def test_an_example_and_its_source_under_it_keep_both():
    assert _found(_text("tester30/dokuwiki_syntax.txt")) == [(9, None), (14, None), (18, None)]


def test_the_example_given_again_at_the_margin_is_a_copy():
    text = _text("tester30/dokuwiki_syntax.txt").replace("  You can use <sub>", "You can use <sub>")
    assert (14, "safe") in _found(text)


def test_a_line_of_two_preformatted_examples_keeps_both():
    assert _found(_text("tester30/mkdocs_front_matter.txt")) == [(48, None)]


def test_two_commands_options_keep_both_and_without_a_heading_between_are_a_copy():
    text = _text("tester30/mkdocs_cli.txt")
    assert _found(text) == [(54, None)]
    assert _found(text.replace("\nmkdocs gh-deploy\uf0c1\n", "\n")) == [(53, "unsafe")]


def test_half_a_sentence_is_no_copy_and_the_whole_sentence_is():
    assert _found(_text("tester30/gitmailmap.txt")) == []
    assert _found(_MAILMAP_SENTENCE + "\n\n" + _MAILMAP_SENTENCE + "\n") == [(4, "safe")]


def test_a_source_a_sentence_under_its_example_and_html_in_a_code_block_keep_both():
    """DokuWiki's table shown, a sentence, then its source indented; an `<html>` example's source in a
    `<code>` block, then the same lines rendered (tester30, page_syntax.txt :313, :457)."""
    text = _text("tester30/dokuwiki_tables_html.txt")
    assert _found(text) == [(12, None), (35, None), (38, None)]
    at_margin = text.replace("\n  ^ Heading 1", "\n^ Heading 1").replace("\n  |", "\n|")
    assert (12, "safe") in _found(at_margin)
    assert (32, "unsafe") in _found(text.replace("<code>\n", "").replace("</code>\n", ""))
