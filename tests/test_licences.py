"""The licence test's prefilter (each kind's pattern searched alone before the whole scan) says
"no licence" only where the whole scan says so too: on licences, copyright files and their
paragraphs, and on prose that names a licence, a warranty or a permission (news, e-mail)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint import licences

DATA = Path(__file__).parent / "data"
TEXTS = sorted([*DATA.glob("legal/*.txt"), *DATA.glob("markdown/docs/*LICENSE*.md"),
                DATA / "markdown/docs/prettier-notices-excerpt.md", *DATA.glob("email/*")])


def _pieces(text: str) -> list[str]:
    paras = text.split("\n\n")
    return [text] + ["\n\n".join(paras[i:i + 4]) for i in range(0, len(paras), 2)]


def _unfiltered(text: str) -> bool:
    return licences.DEP5.match(text) is not None or licences.is_licence_text(text)


@pytest.mark.parametrize("path", [p for p in TEXTS if p.is_file()], ids=lambda p: p.name)
def test_prefilter_agrees_with_the_scan(path):
    for piece in _pieces(path.read_text(encoding="utf-8", errors="replace")):
        assert licences.is_licence_document(piece) == _unfiltered(piece)
        scanned = {kind for _, kind in licences._terms(piece)}
        alone = {kind for kind in range(1, 9) if licences._KIND_TERM[kind - 1].search(piece)}
        assert scanned <= alone


def test_licences_found_and_prose_left_alone():
    assert licences.is_licence_document((DATA / "legal/spdx-OLDAP-2.8.txt").read_text(encoding="utf-8"))
    assert licences.is_licence_document((DATA / "legal/tzdata-copyright.txt").read_text(encoding="utf-8"))
    for name in ("docutils-policies.txt", "email-effector-hard-ham-1-00239.txt", "docutils-enthought-rfp.txt"):
        assert not licences.is_licence_document((DATA / "legal" / name).read_text(encoding="utf-8"))


def test_the_bsd_licence_is_a_licences_text():
    # qa19a #8: main read no grant (`are permitted provided that`) nor rights (`Redistribution and
    # use`) in it, so CL151 removed 9 of its 26 lines that DEP-5 files quote wrapped otherwise
    assert licences.is_licence_document((DATA / "legal/debian-common-licenses-BSD.txt").read_text(encoding="utf-8"))
    # a story that says what is permitted provided that ... is no licence
    assert not licences.is_licence_document(
        "Uses of the app are permitted provided that the user is over 13, the company said on Tuesday.\n\n"
        "The ruling was welcomed by parents, who said the redistribution and use of photos worried them.\n")


@pytest.mark.parametrize("path", [p for p in TEXTS if p.is_file()], ids=lambda p: p.name)
def test_the_kinds_named_in_one_pass_are_those_each_word_names(path, monkeypatch):
    # session 23: the words of each kind found by one Aho-Corasick pass, or word by word in a long text
    for piece in _pieces(path.read_text(encoding="utf-8", errors="replace")):
        low = piece.lower()
        each = {i + 1 for i, words in enumerate(licences._KIND_WORDS) if any(word in low for word in words)}
        assert licences._kinds_named(low) == each
        monkeypatch.setattr(licences, "_ONE_PASS_UP_TO", 0)
        assert licences._kinds_named(low) == each
        monkeypatch.undo()


def test_a_text_with_a_lone_surrogate_is_asked_too():
    # a JSON string may hold one (`"\udcff"`); the one-pass search reads the text's UTF-8 with surrogatepass
    text = "Permission is hereby granted, free of charge, to copy and modify \udcff this software."
    assert licences._kinds_named(text.lower()) == {1, 2, 8}
    assert licences.is_licence_document(text) == _unfiltered(text)  # (a grant, rights and a fee: a licence)
