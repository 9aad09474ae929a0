"""A licence's own sentences are no site's furniture (tester33 A1, A2): SPDX's Borceux opens with its
holder line over its only grant (`You may freely use, modify, and/or distribute …`), and CL120's safe fix
took the grant with the notice; Hippocratic-2.1's `* Disclaimer.` clause among its numbered clauses and
ASWF-Digital-Assets' closing `DISCLAIMER: THESE DIGITAL ASSETS ARE PROVIDED … "AS IS"` were removed by
CL122 as site disclaimers. Real texts: tests/data/legal (README there: sources). Both ways: a news
footer's notice over a sentence that withholds rights, and a site's disclaimer, keep their safe fixes."""

from __future__ import annotations

from pathlib import Path

from corpuslint.config import load_config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.licences import grants_rights
from corpuslint.models import Applicability, Document

LEGAL = Path(__file__).parents[1] / "data" / "legal"
LINTER = Linter(load_config(None))


def _doc(name: str) -> Document:
    path = LEGAL / name
    return Document.from_text(path.read_text(encoding="utf-8"), path=str(path))


def _found(doc: Document, code: str):
    return [f for f in LINTER.check_document(doc) if f.code == code]


def test_a_notice_over_a_licences_grant_never_takes_the_grant():
    doc = _doc("spdx-Borceux.txt")
    [notice] = _found(doc, "CL120")
    assert notice.fix.applicability is Applicability.UNSAFE and "goes on after it" in notice.message
    assert fix_document(LINTER, doc, only={"CL120"}).document.text == doc.text  # no safe fix
    fixed = fix_document(LINTER, doc, unsafe=True, only={"CL120"}).document.text
    assert fixed.startswith("You may freely use, modify, and/or distribute each of the files in this package")
    assert "Copyright 1993" not in fixed  # the unsafe fix takes the notice's line only


def test_a_footers_notice_over_what_it_withholds_goes_whole():
    # AP's footer (CL120's own example): the sentence after the notice withholds rights, it is the notice's
    text = ("Police said the investigation was continuing.\n\nCopyright 2014 The Associated Press.\nYou may not "
            "publish, broadcast, rewrite or redistribute this material without permission.")
    [notice] = _found(Document.from_text(text), "CL120")
    assert notice.fix.applicability is Applicability.SAFE
    assert fix_document(LINTER, Document.from_text(text)).document.text == "Police said the investigation was continuing."


def test_grants_rights_tells_a_grant_from_a_prohibition():
    assert grants_rights("You may freely use, modify, and/or distribute each of the files in this package.")
    assert grants_rights("Permission is hereby granted to copy this article.")
    assert not grants_rights("You may not reproduce, distribute or transmit this content.")
    assert not grants_rights("No part may be copied or distributed without prior written permission.")


def test_a_licences_warranty_clause_is_no_site_disclaimer():
    for name in ("spdx-Hippocratic-2.1.txt", "spdx-ASWF-Digital-Assets-1.0.txt"):
        doc = _doc(name)
        assert _found(doc, "CL122") == [], name
        assert "THIS SOFTWARE COMES" in doc.text or "THESE DIGITAL ASSETS ARE PROVIDED" in doc.text
        assert fix_document(LINTER, doc, unsafe=True, only={"CL122"}).document.text == doc.text


def test_a_sites_disclaimer_is_still_one():
    # CL122's own example (Global Research's footer) under a story
    text = ("The ministry said the talks would resume in March.\n\nDisclaimer: The contents of this article are of "
            "sole responsibility of the author(s). The Centre for Research on Globalization will not be responsible "
            "for any inaccurate or incorrect statement in this article.")
    [found] = _found(Document.from_text(text), "CL122")
    assert found.fix.applicability is Applicability.SAFE
