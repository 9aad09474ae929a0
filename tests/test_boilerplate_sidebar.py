"""CL140 on a boxed sidebar's heading (tester28 bug 17): the Debian Handbook's `HISTORY The Debian menu
system` stands over its box's paragraph, right under it: a heading over its own paragraph, the
article's. Both ways: the page's navigation after it is still flagged."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.boilerplate.classifier import BoilerplateLine
from corpuslint.models import Document

PAGE = Path(__file__).parent / "data" / "boilerplate" / "tester28" / "en-US_sect.customizing-graphical-interface.txt"


def test_a_sidebar_heading_over_its_paragraph_is_the_articles():
    text = PAGE.read_text(encoding="utf-8")
    doc = Document.from_text(text, path=str(PAGE), format="text")
    flagged = {text[v.start:v.end].split("\n")[0].strip() for v in BoilerplateLine().check(doc)}
    assert "HISTORY The Debian menu system" not in flagged
    assert any(line.startswith("* PrevChapter") for line in flagged)  # the footer's navigation
