"""A lone mojibake-looking character with no other evidence gets no safe fix (tester31): pdftotext of
sandwich's vignette (R package sandwich, GPL-2 | GPL-3) maps the maths font's σ to `Ã`, which main
"repaired" safely into `à`. Both ways: the same `Ã` in a text whose `é` is garbled too is repaired safely."""

from __future__ import annotations

import pytest

from corpuslint.checks.markup.mojibake import Mojibake
from corpuslint.models import Document

SANDWICH = "classical linear model independent and homoskedastic errors with variance Ã 2 are assumed\n"


@pytest.mark.parametrize("text, applicability", [
    (SANDWICH, ["unsafe"]),
    ("Il est allÃ© Ã Paris hier.\n", ["safe", "safe"]),
    ("requirements and penalties of the U.S. Copyright Act, 17 U.S.C. Â§ 101\n", ["safe"]),  # dbus' copyright file
])
def test_a_lone_character_needs_a_second_misdecoded_sequence_for_a_safe_fix(text, applicability):
    found = list(Mojibake().check(Document.from_text(text)))
    assert [v.fix.applicability.value for v in found] == applicability
    assert found[-1].fix.edits[0].replacement in ("à", "")
