"""Markup-shaped notation (qa17a): exponents, noweb chunks, placeholders, a template's escaped pipe,
LaTeX groups. Real lines (tests/data/markup/notation: enwiki wikitext, R vignettes' LaTeX/Sweave
sources), both ways: the notation is left alone or written faithfully, residue is still fixed."""

from __future__ import annotations

import pytest

from conftest import DATA
from corpuslint import Document, Linter
from corpuslint.config import Config

NOTATION = DATA / "markup" / "notation"


def _doc(name: str) -> Document:
    path = NOTATION / name
    return Document.from_text(path.read_text(encoding="utf-8"), path=str(path))


def _fixed(text: str, select=("markup",)) -> str:
    return Linter(Config(select=list(select))).fix(Document.from_text(text)).document.text


def _codes(doc: Document, select=("markup",)) -> list[str]:
    return [f.code for f in Linter(Config(select=list(select))).check([doc])]


def test_an_exponent_is_written_with_a_caret_never_glued_to_its_base():
    fixed = Linter(Config(select=["markup"])).fix(_doc("sup_exponent.txt")).document.text
    assert "a few parts in 10^7, and" in fixed and "does not exceed 10^6." in fixed
    assert "(1000, 1000^2 and 1000^3)" in fixed and "(1024, 1024^2 and 1024^3)" in fixed
    assert "107" not in fixed and "10002" not in fixed
    # after a letter: the characters the page showed (NFKC makes them the usual H2O, H+)
    assert "hydrogen ions (H⁺)" in fixed and "(H₃O⁺), when dissolved" in fixed
    assert "<sup>" not in fixed and "<sub>" not in fixed


@pytest.mark.parametrize("text, expected", [
    ("2&nbsp;&times;&nbsp;10<sup>−7</sup> newton", "2 × 10^−7 newton"),  # enwiki Ampere
    ("1.09&nbsp;×&nbsp;10<sup>&minus;10</sup>&nbsp;m", "1.09 × 10^−10 m"),
    ("an area of 1,717,856&nbsp;km<sup>2</sup> and", "an area of 1,717,856 km² and"),
    ("the ion SO<sub>4</sub><sup>2−</sup> and CO<sub>2</sub>", "the ion SO₄²⁻ and CO₂"),
    ("grows as 2<sup>n</sup> and 10<sup>n + 1</sup>", "grows as 2^n and 10^(n + 1)"),
    # authors' affiliation marks (a paper's first page, converted to Markdown-ish text)
    ("Lyuke Wang<sup>1,2,3</sup> , Zhuo Li<sup>2,3</sup> and", "Lyuke Wang¹,²,³ , Zhuo Li²,³ and"),
    ("the albedo at ''θ''<sub>''i''</sub> can", "the albedo at ''θ''_''i'' can"),
])
def test_glued_scripts_are_written_as_they_read(text, expected):
    assert _fixed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In the 19<sup>th</sup> century, 1<sup>st</sup> place; le 2<sup>e</sup> siècle", "In the 19th century, "
     "1st place; le 2e siècle"),  # ordinal indicators belong to their number
    ("He won 6–7<sup>(8–10)</sup>, 7–6<sup>(7–5)</sup>.", "He won 6–7(8–10), 7–6(7–5)."),  # tie-breaks
    # a sign after a number is no exponent (a datasheet's page; a table's footnote mark)
    ("are rated for at least 140<sup>°</sup>C to allow drying", "are rated for at least 140°C to allow drying"),
    ("26.9 and 0.030 <sup>†</sup> and 0.030<sup>†</sup>", "26.9 and 0.030 † and 0.030†"),
    ("as the report says: <sup>1</sup> and", "as the report says: 1 and"),  # glued to nothing
    ("According to <u>Reuters</u> on <b>Sunday</b>, Russia", "According to Reuters on Sunday, Russia"),
])
def test_other_tags_are_still_removed(text, expected):
    assert _fixed(text) == expected


def test_a_balanced_sub_around_wikitext_italics_is_no_stray_closing_tag():
    codes = _codes(_doc("sub_italic.txt"))
    assert "CL203" not in codes and codes == ["CL201"]


def test_noweb_chunk_heads_and_placeholders_are_left_alone():
    # (the Sweave source's LaTeX commands are CL216's, session 34: TeX markup in a plain text; the tags are none)
    doc = _doc("sweave_chunks.txt")
    assert [code for code in _codes(doc) if code != "CL216"] == []
    assert Linter(Config(select=["markup"], ignore=["CL216"])).fix(doc).document.text == doc.text
    assert "CL216" in _codes(doc)


@pytest.mark.parametrize("text", [
    "Read the <a href=\"http://example.com/report\">full report here.",  # a link cut in half
    "The minister said.</p> Officials later confirmed the figures.",
    "<p>The vote is on Tuesday, officials said.",
])
def test_lone_tags_in_scraped_prose_are_still_found(text):
    assert _codes(Document.from_text(text)) == ["CL203"]


def test_a_placeholder_needs_a_word_no_html_has_and_that_is_never_closed():
    # wikitext: `<ref>…</ref>` is markup, so a lone `<cite>` beside it is still reported
    text = "corpses from their coffins.<ref name=x><cite>{{cite book |author=Sappol}}</ref> <ref>a</ref>"
    assert "CL203" in _codes(Document.from_text(text))


def test_an_escaped_pipe_inside_a_template_is_left_alone():
    doc = _doc("wikitext_pipe_escape.txt")
    assert _codes(doc) == []
    # outside a template it is an entity like any other
    assert _fixed("Home &#124; News &#124; Sport") == "Home | News | Sport"
    assert _fixed("{{cite web |title=A &#124; B}} and C &amp; D") == "{{cite web |title=A &#124; B}} and C & D"


@pytest.mark.parametrize("name", ["latex_moran.txt", "latex_ref_paren.txt", "latex_code_paren.txt",
                                  "latex_subscript_paren.txt", "sweave_r_hooks.txt"])
def test_latex_math_and_r_code_are_not_javascript(name):
    assert "CL205" not in _codes(_doc(name), select=("CL205",))


def test_javascript_closing_a_function_is_still_found():
    text = ("The vote is on Tuesday, officials said in a statement.\n\n"
            "(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0];\n"
            "if (d.getElementById(id)) return; js = d.createElement(s); js.id = id;\n"
            "}(document, 'script', 'facebook-jssdk'));\n\n"
            "Officials later confirmed the figures in a second statement.\n")
    assert "CL205" in _codes(Document.from_text(text), select=("CL205",))


def test_r_markdown_chunks_are_the_documents_own_code():
    # spdep's CO69 vignette: R functions in ```{r} chunks, LaTeX between them (qa17 held-out read)
    doc = _doc("rmarkdown_r_chunks.txt")
    assert "CL205" not in _codes(doc, select=("CL205",))
    assert Linter(Config(select=["CL205"])).fix(doc).document.text == doc.text
    # knitr's knit_print vignette: an <iframe> split across an R string in a chunk is no broken HTML
    assert "CL203" not in _codes(_doc("rmarkdown_html_in_r.txt"))


def test_a_script_outside_a_chunk_is_still_found():
    text = ("```{r echo=TRUE}\nsummary(cars)\n```\n\nThe vote is on Tuesday, officials said in a statement.\n\n"
            "(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0];\n"
            "if (d.getElementById(id)) return; js = d.createElement(s); js.id = id;\n"
            "}(document, 'script', 'facebook-jssdk'));\n\n"
            "Officials later confirmed the figures in a second statement.\n")
    assert "CL205" in _codes(Document.from_text(text), select=("CL205",))


def test_a_footnote_mark_after_a_number_is_no_exponent():
    # review18 #5 (its repro r7): `in 2010<sup>3</sup>` was written `2010^3`, `2011.<sup>4</sup>` `2011.4`
    doc = _doc("sup_footnote.txt")
    fixed = Linter(Config(select=["CL201"])).fix(doc).document.text
    assert "in 2011.[4]" in fixed and "2011.4" not in fixed  # after a full stop: a mark, kept apart (safe)
    assert "2010<sup>3</sup>" in fixed  # after a year: a footnote or a power, a person decides
    assert "3 x 10^8 metres" in fixed  # 10 is an exponent's base
    unsafe = Linter(Config(select=["CL201"])).fix(doc, unsafe=True).document.text
    assert "between 1990 and 2010[3] and" in unsafe  # the text marks its footnotes so: [3], not ^3


@pytest.mark.parametrize("text, expected", [
    ("the powers of 1000 (1000, 1000<sup>2</sup> and 1000<sup>3</sup>)", "the powers of 1000 (1000, 1000^2 and 1000^3)"),
    ("a field of 2<sup>16</sup> values and 3&nbsp;×&nbsp;25<sup>2</sup>", "a field of 2^16 values and 3 × 25^2"),
    ("as shown by Smith,<sup>2</sup> and", "as shown by Smith,[2] and"),
])
def test_exponents_keep_their_caret_and_marks_after_a_comma_their_brackets(text, expected):
    assert Linter(Config(select=["CL201", "CL202"])).fix(Document.from_text(text)).document.text == expected


# tester25 #4: zutty's USAGE.org (Org-mode) lost `<option>` from `=Zutty.<option>=` to a safe fix
@pytest.mark.parametrize("text", [
    "As you can see, the general pattern is simple: one setting per line,\n"
    "starting with a key that looks like =Zutty.<option>=, a colon, and the\ndesired value in a second column.",
    "starting with a key that looks like ~Zutty.<option>~ or `Zutty.<option>`, a colon",  # code marks
    "each line of the file reads Zutty.<option>: value, one setting per line",  # a dotted key's last part
])
def test_a_placeholder_in_verbatim_marks_or_ending_a_dotted_key_is_left_alone(text):
    assert _codes(Document.from_text(text)) == [] and _fixed(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("As you can see, the general pattern is simple.<p>One setting per line", "As you can see, the general pattern "
     "is simple.\nOne setting per line"),  # a block element glued after a full stop: residue
    ("the key = <b>Zutty</b> and =<b>x</b> or", "the key = Zutty and =x or"),  # marks apart from their word
])
def test_residue_beside_verbatim_marks_is_still_removed(text, expected):
    assert _fixed(text) == expected


# tester25 #11: zutty's *.org (Org-mode) lost its style sheet, `#+HTML_HEAD: <link …/>` -> `#+HTML_HEAD: `
ORG_HEAD = ("#+TITLE: Zutty user guide\n#+OPTIONS: author:nil timestamp:nil num:nil val:nil html-style:nil H:3 ^:{}\n"
            "#+HTML_HEAD: <link rel=\"stylesheet\" type=\"text/css\" href=\"org.css\"/>\n\n* Installation\n\n"
            "You will probably need to install Zutty from source.\n")


@pytest.mark.parametrize("text", [
    ORG_HEAD,
    "#+BEGIN_EXPORT html\n<p>Exported <b>as is</b></p>\n#+END_EXPORT\n",  # an export block: the exporter's
])
def test_an_org_directives_value_is_the_documents_markup(text):
    assert _codes(Document.from_text(text)) == [] and _fixed(text) == text


def test_residue_in_an_org_documents_prose_is_still_removed():
    text = ORG_HEAD.replace("install Zutty", "install <b>Zutty</b>")
    assert _fixed(text) == ORG_HEAD
