"""Helpers the byline tests share: a saved page read whole, a byline line read alone."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.metadata.bylineline import byline_names
from corpuslint.checks.metadata.lines import Line
from corpuslint.checks.metadata.page import page_metadata

PAGES = Path(__file__).parents[1] / "data" / "metadata" / "pages"


def read(name: str):
    """`page_metadata` of the saved page `tests/data/metadata/pages/<name>.txt`."""
    return page_metadata((PAGES / f"{name}.txt").read_text(encoding="utf-8"))


def names(text: str) -> list[str]:
    """The names `byline_names` reads from `text` as one line."""
    return byline_names(Line(0, len(text), text, True))
