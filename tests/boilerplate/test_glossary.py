"""CL151 and a dictionary's entries (qa23 r07): FOLDOC's headwords (the TCSEC entry under seven), the
Jargon File's `:term:` lines, their definitions and the contents list naming them are the entries'
own, however many other dictionaries of the corpus carry them; a bill's printed lines or a changelog's
entries are no glossary. Real texts: tests/data/boilerplate/glossary/README.md."""
from __future__ import annotations

from corpuslint.checks.boilerplate.glossary import glossary_entries, headwords
from corpuslint.checks.corpus_units import text_units

from conftest import DATA

GLOSSARY = DATA / "boilerplate" / "glossary"


def _read(name: str) -> str:
    return (GLOSSARY / name).read_text(encoding="utf-8")


def _units_of(text: str, lines: list[str]) -> set[int]:
    units, _ = text_units(text)
    return {i for i, u in enumerate(units) if text[u.start:u.end].strip() in lines}


def test_foldocs_headwords_and_their_definition_are_the_entrys_own():
    text = _read("foldoc-A-head.txt")
    units, _ = text_units(text)
    heads = ["Orange Book", "A1 security", "B1 security", "B2 security", "B3 security", "C1 security", "C2 security"]
    repeated = _units_of(text, heads + ["B1 requires DOD clearance levels.", "(1994-11-08)"])
    assert len(repeated) == 9
    # main 5ef21cc: "corpus boilerplate: this line `Orange Book` occurs in 6 documents", the unsafe fix
    # took the seven headwords and left the definition under the entry before
    assert glossary_entries(text, units, repeated) == repeated


def test_the_jargon_files_terms_cross_references_and_contents_are_its_own():
    text = _read("jargon-X.txt")
    units, _ = text_units(text)
    repeated = _units_of(text, ["XEROX PARC", ":XEROX PARC: /zee'roks park´/, n.", "XOFF"])
    assert len(repeated) == 3  # the contents' lines and the entry's term
    assert glossary_entries(text, units, repeated) == repeated
    assert len(headwords(text.split("\n"))) == 7


def test_a_bills_printed_lines_and_a_changelogs_entries_are_no_glossary():
    for name in ("bill-1809896-head.txt", "apt-changelog-head.txt"):
        text = _read(name)
        units, _ = text_units(text)
        assert headwords(text.split("\n")) == []
        assert glossary_entries(text, units, set(range(len(units)))) == set()


def test_a_staff_pages_names_over_their_job_titles_are_no_glossary():
    # main 5ef21cc: 38 headwords (`Markus`, `Matthias`, ... and the footer's `Firma`, `Inhalt`), the footer an entry's
    # own: CL151 lost it (review24 #3); the titles (`Dipl. Kulturingenieur ETH`) say no sentence
    assert headwords(_read("rswag-mitarbeiter.txt").split("\n")) == []
    assert len(headwords(_read("foldoc-A-head.txt").split("\n"))) >= 20
