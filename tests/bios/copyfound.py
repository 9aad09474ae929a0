"""What CL402 reports in a text, as (line, fix applicability) pairs: the reading the bios tests of a
document's own repeated lines share (test_bios_sections.py, test_own_entries.py)."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.bios.rules import DuplicateParagraph
from corpuslint.models import Document

DATA = Path(__file__).parents[1] / "data" / "bios"


def found(text: str) -> list[tuple[int, str | None]]:
    """CL402's findings in `text`: each one's line (1-based) and its fix's applicability (None: no fix)."""
    doc = Document.from_text(text)
    return [(doc.position(v.start)[0], v.fix.applicability.value if v.fix else None)
            for v in DuplicateParagraph().check(doc)]


def data_text(name: str) -> str:
    """A real document of tests/data/bios (`name`: its path there)."""
    return (DATA / name).read_text(encoding="utf-8")
