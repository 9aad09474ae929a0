"""Text ABOUT markup or keys (qa18a finding 1: every safe CL20x fix read in technical documentation
was wrong). Real lines (tests/data/markup/about: vim help, GNU info, man pages, debian-reference
in de/it), both ways: the documentation keeps its key names, placeholders, tag names, entity
tables and examples; a scraper's residue is still fixed."""

from __future__ import annotations

import pytest

from conftest import DATA
from corpuslint import Document, Linter
from corpuslint.config import Config

ABOUT = DATA / "markup" / "about"
MARKUP = ("CL201", "CL202", "CL203", "CL204")


def _doc(name: str) -> Document:
    path = ABOUT / name
    return Document.from_text(path.read_text(encoding="utf-8"), path=str(path))


def _safe(doc: Document) -> list[str]:
    return [f"{f.code} {f.message}" for f in Linter(Config(select=list(MARKUP))).check([doc])
            if f.fix is not None and f.fix.applicability.value == "safe"]


@pytest.mark.parametrize("name, kept", [
    ("bash_Readline_Killing_Commands.txt", "than 'M-<DEL>' because the word boundaries differ."),  # a key glued to its modifier
    ("man_de_lsipc.txt", "(\\x<code>). Siehe auch"),  # a placeholder inside a token
    ("vim_ft_sql.txt", "move forward to the next 'create <object name>'"),  # two words in brackets
    ("web_it_ifs.txt", "tab\n   e <a capo>."),
    ("vim_version4_del.txt", "<Del>"),  # a text that writes its keys in brackets: <CR>, <Esc>, ...
    ("mdir_ko_ctrl_q.txt", "<Ctrl>-<Q>키를 눌러주면"),  # a key glued to a bracketed modifier (qa20 r11)
    ("vim_syntax_tags.txt", "text is shown: <B> <I> <U> <EM> <STRONG> (<EM> is used as an alias for <I>,"),
    ("vim_syntax_html.txt", "surrounded by <pre>...</pre>\ntags"),
    ("vim_syntax_html.txt", "a series of &nbsp; character\nreferences, and <br> is used"),
    ("web_de_xml_entities.txt", "   &lt;                  < (kleiner-als)\n   &gt;                  > (größer-als)"),
    ("web_de_xml_entities.txt", "wie folgt gekennzeichnet:\n<!-- comment -->\n"),
    # metavariables of command-line notation (qa22 r04): names HTML also has (base, label, data, object)
    ("man_git_config_key.txt", "value, but not e.g.  url.<base>.insteadOf where"),  # a dotted key's part
    ("changelog_git_label.txt", 'use "[<label>...]" for "zero or more"'),  # an optional argument
    ("man_curl_data_ascii.txt", "--data-ascii <data>\n"),  # an option's argument
    ("man_git_identifiers.txt", "       <object>\n           Indicates the object name"),  # a text that writes them so
    ("man_git_identifiers.txt", "accepting any <object> can also"),
    # the syntax a text defines, after its keyword in capitals (qa23 r09)
    ("jargon_come_from.txt", "COME FROM <label>\n   would cause the referenced label"),
])
def test_documentation_keeps_its_keys_placeholders_and_markup(name, kept):
    doc = _doc(name)
    assert kept in doc.text
    assert _safe(doc) == []
    assert kept in Linter(Config(select=["markup"])).fix(doc).document.text


def test_a_text_about_markup_gets_no_safe_fix_where_its_paragraph_names_none():
    doc = _doc("vim_syntax_html.txt")
    text = doc.text + "\nThe vote is on Tuesday.<br><br>Officials later confirmed the figures.\n"
    found = Linter(Config(select=["CL201"])).check([Document.from_text(text)])
    assert [f.code for f in found] == ["CL201", "CL201"]
    assert all(f.fix.applicability.value == "unsafe" for f in found)


@pytest.mark.parametrize("text, expected", [
    ("According to <u>Reuters</u> on Sunday, Russia sent troops.", "According to Reuters on Sunday, Russia sent troops."),
    ("The vote is on Tuesday.<br><br>Officials later confirmed it.", "The vote is on Tuesday.\n\nOfficials later confirmed it."),
    ("Smith &amp; Wesson&#8217;s new model", "Smith & Wesson’s new model"),
    ("Notes &amp; References\n\nThe <b>tag</b> line of the firm, its elements.", "Notes & References\n\nThe tag line of the firm, its elements."),
    ("Tick to agree.<input type=\"checkbox\" checked>", "Tick to agree."),  # a boolean attribute: still a tag
    # a tag ending its line over a line that opens a sentence, and one glued after a word in capitals: residue
    ("The minister said on Tuesday the figures were final. <center>\nOfficials later confirmed it.",
     "The minister said on Tuesday the figures were final. \nOfficials later confirmed it."),
    ("Filed by REUTERS <label>Officials later confirmed it.", "Filed by REUTERS Officials later confirmed it."),
])
def test_scraped_residue_is_still_fixed_safely(text, expected):
    assert Linter(Config(select=list(MARKUP))).fix(Document.from_text(text)).document.text == expected


# review19 (#2, #3, #6): scraped news is not documentation. Its page furniture (a comment form's
# "Allowed HTML tags:", a `Tags:` label) and an article ON HTML5 make no text about markup, a tag
# glued before a sentence's quote or bracket, or `<p>` in a how-to that names `<Enter>`, is no key,
# and a tag with an attribute HTML writes bare (`<html amp>`, `<table border>`) is a tag: their
# residue keeps its safe fixes (main d154972: none of these findings, or all unsafe).
@pytest.mark.parametrize("name, expected", [
    ("news_html5_residue.txt", ["CL202 &#8217;", "CL202 &amp;", "CL201 <br>", "CL201 <span>", "CL202 &quot;",
                                "CL202 &quot;"]),
    ("news_drupal_comment_form.txt", ["CL201 <br>", "CL201 <br>", "CL202 &amp;"]),
    ("news_glued_tags.txt", ["CL203 <p>", "CL203 <div>"]),
    ("howto_keys_and_tags.txt", ["CL203 <p>", "CL203 <div>"]),
    ("news_bare_attributes.txt", ["CL203 <html amp>", "CL203 <table border>"]),
])
def test_scraped_news_keeps_its_safe_markup_fixes(name, expected):
    doc = _doc(name)
    found = Linter(Config(select=list(MARKUP))).check([doc])
    shown = [f"{f.code} <{f.source}>" if f.code == "CL201" else f"{f.code} {doc.text[f.offset:f.end_offset]}"
             for f in found]
    assert shown == expected
    assert all(f.fix is not None and f.fix.applicability.value == "safe" for f in found)


@pytest.mark.parametrize("line", [
    "Allowed HTML tags: <em> <strong> <blockquote> <cite> <p> <br> <ol> <ul> <li>",
    "No HTML tags allowed.",
    "Text format Basic HTML Plain text",
    "Tags: HTML, XML, markup",
])
def test_page_furniture_does_not_make_a_text_about_markup(line):
    from corpuslint.checks.markup.aboutmarkup import about_markup
    body = "The council met on Tuesday.<br><br>It voted 7-2 on the plan &amp; its costs.\n"
    assert not about_markup(body + ("\n" + line + "\n") * 3)


def test_a_key_name_is_notation_but_a_tag_beside_keys_is_not():
    doc = _doc("howto_keys_and_tags.txt")
    found = Linter(Config(select=["CL203"])).check([doc])
    assert "<Enter>" in doc.text and "<Esc>" in doc.text
    assert [doc.text[f.offset:f.end_offset] for f in found] == ["<p>", "<div>"]  # the keys are no finding


def test_a_row_of_tags_a_line_introduces_is_a_list_residue_is_not():
    """qa19c r05: a comment form's hint listing the tags one may use got 11 safe CL203 removals
    (`Du kannst diese HTML Tags nutzen: <a href="" title=""> <abbr title=""> <b> ...` -> blanks)."""
    safe = _safe(_doc("comment_form_tag_list.txt"))
    assert not [s for s in safe if "<abbr" in s or "<strong>" in s or "<b>" in s], safe
    assert sum("<br>" in s for s in safe) == 3, safe  # `Photo: <br> <br> <br>`: no markup named: residue


def test_a_key_after_a_bracketed_modifier_is_notation_a_lone_tag_in_the_same_text_is_not():
    """qa20 r11: the Mdir manual's `<Ctrl>-<Q>키를` lost its `<Q>` (an HTML element's name too) to a
    safe CL203 fix; a scraper's `<p>` glued to a word in the same text is still residue."""
    doc = _doc("mdir_ko_ctrl_q.txt")
    text = doc.text + "\n기사 원문 보기<p>\n"
    found = Linter(Config(select=["CL203"])).check([Document.from_text(text)])
    assert [(text[f.offset:f.end_offset], f.fix.applicability.value) for f in found] == [("<p>", "safe")]


def test_a_text_that_writes_its_arguments_in_brackets_still_has_a_scrapers_block_tag_fixed():
    # git's IDENTIFIER TERMINOLOGY (<blob>, <tree>, <commit>: metavariables) and a lone `<p>` glued before a
    # quote (news_glued_tags.txt): the metavariables are the text's, the `<p>` is still residue
    glued = (ABOUT / "news_glued_tags.txt").read_text(encoding="utf-8").split("\n")[2]
    doc = _doc("man_git_identifiers.txt")
    doc = Document.from_text(doc.text + "\n" + glued + "\n", path="man_git_identifiers.txt")
    assert "cent<p>\"" in doc.text
    assert _safe(doc) == ["CL203 opening tag never closed: `<p>`"]
    assert "<object>" in Linter(Config(select=list(MARKUP))).fix(doc).document.text


def test_a_tag_ending_its_line_inside_a_wrapped_sentence_is_a_mention_fixed_by_a_person():
    text = "The program would then jump to the statement named by <label>\nwhich the compiler had resolved.\n"
    found = Linter(Config(select=["CL203"])).check([Document.from_text(text)])
    assert [f.code for f in found] == ["CL203"] and found[0].fix.applicability.value == "unsafe"
