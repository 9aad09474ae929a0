"""Markup and mojibake a text shows on purpose, where main's safe fixes changed what it says (tester28):
the Debian Handbook's examples of mojibake (”Ã©“ in Arabic, 「Ã©」 in Japanese), ftfy's README feeding
mojibake to its fixer at the prompt (CL206); loguru's README striking a withdrawn claim with `<s>`, a
`<br>` in a cell of charset-normalizer's Markdown table (CL201); libgtk2.0's README naming the
`<object>` element (CL203). Both ways: mojibake in prose, a text garbled through and through, a tag
glued to its words are still found and fixed."""

from __future__ import annotations

from corpuslint.config import Config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.models import Document

LINTER = Linter(Config(select=["CL201", "CL203", "CL206"]))

HANDBOOK_AR = ("   بالتالي، إذا ظهر النص الفرنسي بشكل طبيعي عدا بعض الحروف ذات الحركات\n"
               "   وبعض الرموز التي يبدو أنها استبدلت بسلسلة من المحارف مثل ”Ã©“ أو ”Ã¨“\n"
               "   أو ”Ã§“ فهذا الملف مشفر غالباً بالترميز UTF-8 لكنه يُفسّر على أنه\n")
HANDBOOK_JA = ("   そんなわけで、フランス語テキストが「Ã©」、「Ã¨」、「Ã§」などの文字列で置き換えらたアクセント付き文字と"
               "若干の記号を除いて正常に表示された\n")
FTFY = ("ftfy can fix multiple layers of mojibake simultaneously:\n\n"
        "    >>> ftfy.fix_text('The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows.')\n"
        "    \"The Mona Lisa doesn't have eyebrows.\"\n\n"
        "It can fix mojibake that has had \"curly quotes\" applied on top of it:\n\n"
        "    >>> ftfy.fix_text(\"l’humanitÃ©\")\n"
        "    \"l'humanité\"\n")
LOGURU = ("- [Exhaustive notifier](#exhaustive-notifier)\n"
          "- <s>[10x faster than built-in logging](#10x-faster-than-built-in-logging)</s>\n")
CHARSET_ROW = ("| `License`                                        | _0BSD_<br>[_disputed_](https://github.com/chardet/chardet/"
               "issues/327) |                                               MIT                                               |\n")
GTK = ("* GtkBuilder no longer sets the \"name\" property of widgets to the ID\n"
       "  attribute of the <object>. Use gtk_buildable_get_name() instead of\n"
       "  gtk_widget_get_name() to obtain the ID.\n")


def run(text: str):
    doc = Document.from_text(text, path="t.txt", format="plain")
    return LINTER.check_document(doc), fix_document(LINTER, doc).document.text


def codes(found, code: str):
    return [f for f in found if f.code == code]


def test_mojibake_shown_as_an_example_is_content():
    for text in (HANDBOOK_AR, HANDBOOK_JA, FTFY):
        found, fixed = run(text)
        assert codes(found, "CL206") == [] and fixed == text


def test_mojibake_in_prose_is_still_repaired_with_the_examples():
    text = HANDBOOK_AR.replace("”Ã¨“", "Ã¨")  # one run in the sentence itself: the text was misread
    found, fixed = run(text)
    assert len(codes(found, "CL206")) == 3 and "Ã" not in fixed


def test_a_text_garbled_through_and_through_is_still_repaired():
    found, fixed = run("    >>> print('cafÃ© au lait')\n")  # no character of it read right
    assert len(codes(found, "CL206")) == 1 and "café" in fixed


def test_struck_words_keep_their_strike_under_the_safe_fix():
    found, fixed = run(LOGURU)
    struck = codes(found, "CL201")
    assert len(struck) == 1 and struck[0].fix.applicability == "unsafe" and fixed == LOGURU
    assert struck[0].fix.edits[0].end - struck[0].fix.edits[0].start == len(LOGURU.split("\n")[1]) - 2


def test_a_break_in_a_table_cell_becomes_a_space():
    found, fixed = run(CHARSET_ROW)
    assert codes(found, "CL201") and fixed == CHARSET_ROW.replace("<br>", " ")


def test_a_break_between_words_outside_a_table_is_still_a_newline():
    found, fixed = run("Ann Smith <br /> Bob Jones\n")
    assert fixed == "Ann Smith\nBob Jones\n"


def test_an_element_named_as_a_noun_is_no_lone_tag():
    found, fixed = run(GTK)
    assert codes(found, "CL203") == [] and fixed == GTK


def test_a_lone_tag_without_a_determiner_is_still_reported():
    found, _ = run(GTK.replace("of the <object>.", "of <object>."))
    assert len(codes(found, "CL203")) == 1
