"""CL402's safe fix removes a copy only when the copy is whole at both ends and is not the text's own
words said again (real text, qa16c N1/N2/N6, qa16a #3, qa16b #2): a line whose sentence the next
line finishes, a paragraph that finishes a sentence the text above leaves open, a speaker's refrain,
each release's sentence in a NEWS file get unsafe fixes; a configuration file's blocks are code; a
stamped copy (a bio, a paragraph given twice in a row, a page scraped twice) keeps its safe fix."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.bios.rules import DuplicateParagraph
from corpuslint.models import Applicability, Document

DATA = Path(__file__).parents[1] / "data" / "bios"


def load(name: str) -> Document:
    path = DATA / f"{name}.txt"
    return Document.from_text(path.read_text(encoding="utf-8"), path=str(path))


def text_doc(text: str) -> Document:
    return Document.from_text(text, path="t.txt")


def copies(doc: Document):
    return list(DuplicateParagraph().check(doc))


def line(doc: Document, offset: int) -> int:
    return doc.position(offset)[0]


def only_unsafe(doc: Document, reason: str) -> list[int]:
    found = copies(doc)
    assert found and all(v.fix is not None and v.fix.applicability is Applicability.UNSAFE for v in found)
    assert all(reason in v.message for v in found)
    return [line(doc, v.start) for v in found]


def test_a_line_whose_sentence_the_next_line_finishes_gets_no_safe_fix():
    # docutils' mailing-lists page (qa16c N1): "… visit the / `Docutils-develop Archives`__." lost
    # its first line, the link stayed alone
    doc = load("whole/docutils-mailing-lists")
    assert only_unsafe(doc, "unsafe fix") == [14]  # (a reST title stands between the copies too)
    untitled = text_doc("\n".join(row for row in doc.text.split("\n") if not row.startswith("---")))
    assert only_unsafe(untitled, "opens a sentence the next line finishes") == [12]


def test_a_paragraph_finishing_a_sentence_open_above_gets_no_safe_fix():
    # tar's NEWS (qa16c N2): "This can be overridden by the / --pax-option=… / command line option."
    doc = load("whole/tar-NEWS-pax-option")
    assert only_unsafe(doc, "finishes a sentence the text above leaves open") == [16]


def test_a_speakers_refrain_gets_no_safe_fix():
    # Johnson's 1967 State of the Union closes two passages with the same sentence (qa16a #3): a refrain
    # of one line between other paragraphs gets no fix at all since verse24 (qa23b #5: a psalm's refrain)
    doc = load("whole/johnson-1967-refrain")
    found = copies(doc)
    assert [line(doc, v.start) for v in found] == [19]
    assert found[0].fix is None and "a refrain" in found[0].message and found[0].data["keeps"] == "neither"
    # Grant's 1872 message: "The source of this reduction is as follows:" over each of two tables
    doc = load("whole/grant-1872-treasury")
    found = copies(doc)
    assert [line(doc, v.start) for v in found] == [15] and found[0].fix is None and "a refrain" in found[0].message


def test_each_releases_sentence_in_a_news_file_gets_no_safe_fix():
    # libidn2's NEWS ends each release's notes with "** API and ABI is backwards compatible …": since
    # qa22 r11 (formulas.section_formula) the last paragraph under each `* Noteworthy changes in release
    # N` heading is a formula of the log, no finding (it was an unsafe fix, "two entries of a release log")
    assert copies(load("whole/libidn2-NEWS")) == []


def test_a_configuration_files_blocks_are_code_not_copies():
    # /etc/sensors3.conf (qa16c N6): the `label in1 "Vcore"` blocks of two chips were "100% similar"
    assert copies(load("whole/sensors3-conf")) == []


def test_a_paragraph_given_twice_in_a_row_keeps_its_safe_fix():
    # the refrain's sentence pasted twice in a row is a copy, not a refrain
    text = load("whole/johnson-1967-refrain").text
    sentence = "We must eliminate by law unjust discrimination in employment because of age.\n"
    doc = text_doc(text.replace(sentence, sentence + "\n" + sentence, 1))
    found = [v for v in copies(doc) if "discrimination" in doc.text[v.start:v.end]]
    assert len(found) == 1 and found[0].fix.applicability is Applicability.SAFE


def test_a_passage_given_twice_keeps_its_safe_fixes():
    # a page scraped twice: the short sentence comes back with its neighbours, a copied block
    passage = load("whole/johnson-1967-refrain").text.split("And I will propose")[0]
    doc = text_doc(passage + "\n" + passage + "\nThe end of the message, which closes it.\n")
    found = [v for v in copies(doc) if "Head Start" not in doc.text[v.start:v.end]]
    assert found and all(v.fix.applicability is Applicability.SAFE for v in found)


def test_a_stamped_line_at_the_edge_keeps_its_safe_fix():
    # a notice stamped at the top and at the bottom: at an edge, not among the text's paragraphs
    body = load("whole/johnson-1967-refrain").text
    notice = "This message was transcribed from the printed record of the joint session.\n"
    doc = text_doc(notice + "\n" + body + "\n" + notice)
    found = [v for v in copies(doc) if "transcribed" in doc.text[v.start:v.end]]
    assert len(found) == 1 and found[0].fix.applicability is Applicability.SAFE


def test_a_related_links_teaser_among_prose_keeps_its_safe_fix():
    # fnc1-train-0689 (CNN): "Opinion: Why Kim is probably still in charge" stamped twice among the
    # story's paragraphs: a link's line closes no sentence and has a label, no refrain
    doc = load("whole/fnc1-train-0689-teaser")
    found = copies(doc)
    assert [line(doc, v.start) for v in found] == [17]
    assert found[0].fix.applicability is Applicability.SAFE


def test_a_sections_own_sentence_under_a_rest_title_gets_no_safe_fix():
    # Sphinx's installation page: each distribution's section ends "If it not already present,
    # this will install Python for you." (and "For more information, refer to the `package
    # overview`__.", whose anonymous link is the section's own)
    doc = load("whole/sphinx-installation")
    assert only_unsafe(doc, "a heading stands between the copies") == [19]


def test_an_options_description_given_again_under_another_gets_no_safe_fix():
    # gcloud's man page: "ID of the key or fully qualified identifier for the key." under each of
    # two `--…-encryption-key=KEY` options
    doc = load("whole/gcloud-encryption-keys")
    assert only_unsafe(doc, "indented under what they describe") == [25]
