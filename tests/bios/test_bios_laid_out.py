"""CL402 on text laid out by line (real text): a line of a wrapped licence notice, of a record, of a
stanza or of code is no paragraph, and its safe fix never takes it out of its block (qa16a #2/#4,
qa16b #2); a scraped page's one-line paragraphs stay units with their safe fixes."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.bios.rules import DuplicateParagraph
from corpuslint.checks.bios.units import units_of
from corpuslint.models import Applicability, Document, Origin

DATA = Path(__file__).parents[1] / "data" / "bios"


def load(name: str) -> Document:
    path = DATA / f"{name}.txt"
    return Document.from_text(path.read_text(encoding="utf-8"), path=str(path))


def copies(doc: Document):
    return list(DuplicateParagraph().check(doc))


def line(doc: Document, offset: int) -> int:
    return doc.position(offset)[0]


def test_a_line_of_a_wrapped_licence_notice_is_no_paragraph():
    # a Debian copyright file (DEP-5): two GPL notices whose second lines are the same; the second
    # notice lost " it under the terms of the GNU General Public License as published by"
    doc = load("laid_out/deb-copyright-notices")
    assert copies(doc) == []
    # each `License:` stanza is one unit (a field with its indented text), never compared
    units = units_of(doc.text)
    assert len(units) == 2 and all(u.listy for u in units)


def test_a_warning_wrapped_over_a_short_line_keeps_its_first_line():
    # apt's NEWS.Debian: "It is possible (but STRONGLY ADVISED AGAINST) to revert to the previous /
    # behaviour by setting the options ..." lost its first line (the warning), the recipe stayed
    doc = load("laid_out/apt-NEWS.Debian")
    assert [v for v in copies(doc) if "STRONGLY ADVISED" in doc.text[v.start:v.end]] == []
    assert "STRONGLY ADVISED AGAINST" in doc.text


def test_a_delivery_report_keeps_each_recipients_diagnostic():
    # CPython's test_email msg_43: 8 recipients' `Final-Recipient: / Action: / Status: /
    # Diagnostic-Code:` records; 7 lost their Diagnostic-Code line
    doc = load("laid_out/cpython-email-msg_43")
    assert [v for v in copies(doc) if "Diagnostic-Code" in doc.text[v.start:v.end]] == []


def test_a_licences_lettered_option_is_a_list_item():
    # the Clarified Artistic License: option "d) make other distribution arrangements with the
    # Copyright Holder." of section 4's list is also option d of section 3's
    doc = load("laid_out/clarified-artistic")
    assert copies(doc) == []


def test_a_clause_that_opens_over_a_list_gets_no_safe_fix():
    # CC-BY-SA-2.0-UK: "Each time You publish, distribute, perform or otherwise disseminate" opens
    # clauses 2.2 and 2.3, each over its own list and its own "the Licensor agrees ..."
    doc = load("laid_out/cc-by-sa-2.0-uk")
    found = copies(doc)
    assert [line(doc, v.start) for v in found] == [91]
    assert found[0].fix.applicability is Applicability.UNSAFE
    assert "leaves its sentence open" in found[0].message


def test_a_refrain_line_of_a_song_gets_no_safe_fix():
    # a traditional sea shanty (public domain): a verse sings its first line three times, over
    # its chorus in the same stanza (the second stanza is wrapped-looking, and one unit)
    doc = load("laid_out/drunken-sailor")
    found = copies(doc)
    assert [line(doc, v.start) for v in found] == [4, 5]
    assert all(v.fix.applicability is Applicability.UNSAFE for v in found)
    assert "block of short lines" in found[0].message


def test_a_statement_given_again_in_queries_gets_no_safe_fix():
    # pygments' Cypher example: each query opens with the same START clause
    doc = load("laid_out/cypher-queries")
    assert all(v.fix.applicability is Applicability.UNSAFE for v in copies(doc))


def test_code_in_a_rest_literal_block_is_not_compared():
    # pytest's fixtures how-to: the same test function in two examples, each under a "::"
    doc = load("laid_out/pytest-fixtures-literal")
    assert copies(doc) == []


def test_an_indented_paragraph_given_again_goes_whole_and_unsafely():
    # Sphinx's configuration reference: `version` and `release` each say "If your project does not
    # draw a meaningful distinction between / between a 'full' and 'major' version, / set both
    # ..."; the fix took its 1st and 3rd lines and left the middle one
    doc = load("laid_out/sphinx-configuration-version")
    found = copies(doc)
    assert len(found) == 1
    v = found[0]
    assert (line(doc, v.start), line(doc, v.end)) == (13, 15)
    assert v.fix.applicability is Applicability.UNSAFE


def test_one_line_paragraphs_of_a_scraped_page_keep_their_safe_fixes():
    # a caption given twice right under itself, in a block of one-line paragraphs
    doc = load("fnc1-train-2052")
    found = [v for v in copies(doc) if line(doc, v.start) == 103]
    assert len(found) == 1 and found[0].fix.applicability is Applicability.SAFE
    # a picture's caption given three times (once over "Advertisement")
    doc = load("fnc1-train-1362")
    found = [v for v in copies(doc) if "New 12in MacBook Air design mockups" in doc.text[v.start:v.end]]
    assert [line(doc, v.start) for v in found] == [56, 64]
    assert all(v.fix.applicability is Applicability.SAFE for v in found)


def test_a_jsonl_records_message_names_the_line_of_its_text():
    # qa16a #14: "repeats line 78" named the record's line in the file, not a line of the text
    text = ("First paragraph of the speech, which says what it says at some length.\n\n"
            "And I will propose these measures to the 90th Congress.\n\n"
            "Another paragraph of the speech, about something else entirely, also long.\n\n"
            "And I will propose these measures to the 90th Congress.\n")
    doc = Document(id="r", text=text, origin=Origin(path="s.jsonl", format="jsonl", record=4, line=78,
                                                     text_is_inline=True))
    found = copies(doc)
    assert len(found) == 1
    assert "repeats line 3 of the record's text exactly" in found[0].message
    assert found[0].data["earlier_line"] == 78  # the JSON fields keep the file's line


def test_a_comment_given_again_in_code_is_not_compared():
    # Mathlib's Zorn lemmas (pygments' Lean 4 example): two proofs open with the same "-- Porting
    # note" comment; the block has long lines, and its lines are statements, not paragraphs
    doc = load("laid_out/lean-mathlib-zorn")
    assert copies(doc) == []
