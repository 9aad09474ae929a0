"""A wrapped sentence's rest is no byline or dateline, and an acronym spelt out after a dash is no place
(tester34: 12 of 12 safe CL504 values on Debian's package descriptions were wrong). Real descriptions in
tests/data/metadata/continuation; each beside the byline, date or place a news head gives in its place."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.checks.metadata.extract import extract_head
from corpuslint.config import Config
from corpuslint.engine import Linter
from corpuslint.models import Document

DATA = Path(__file__).parents[1] / "data" / "metadata" / "continuation"
LINTER = Linter(Config(select=["CL504"]))


@pytest.mark.parametrize("name, line", [
    ("creddump7", "by Ronnie Flathers."),
    ("wngerman", "2005-08-01."),
    ("screenie", "by Marc O. Gloor"),
    ("libghc-libyaml-dev", "by Kirill Simonov."),
    ("libnbd-dev", "NBD — Network Block Device — is a protocol for accessing Block"),
])
def test_a_sentence_read_on_gives_no_metadata(name, line):
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    assert line in text
    assert LINTER.check_document(Document.from_text(text, path=f"{name}.txt", format="plain")) == []


@pytest.mark.parametrize("text, field, value", [
    # a byline under a short line, a dateline under a byline, a date after a sentence that ended: still read
    ("Council Extends Library Hours\n\nBy Ronnie Flathers\nThe county board voted on Tuesday to extend the hours.",
     "author", "Ronnie Flathers"),
    # (a deck without its full stop over the byline: no sentence running on)
    ("Council Extends Library Hours\n\nThe board acted after residents asked for longer evening hours\nBy Jane Doe\n"
     "The county board voted on Tuesday to extend the hours of the library.", "author", "Jane Doe"),
    ("NBD — The county board voted on Tuesday to extend the library's hours through the winter.", "place", "Nbd"),
    ("DENVER — The county board voted on Tuesday to extend the library's hours through the winter.", "place", "Denver"),
])
def test_a_head_still_gives_its_metadata(text, field, value):
    assert (field, value) in {(f.field, f.value) for f in extract_head(text)}


def test_a_line_that_goes_on_with_the_sentence_above_stops_the_head():
    text = ("A wordlist\n\nThis is a wordlist with the new German orthography (de-DE-1996),\n"
            "which is used since 1998-08-01 and which is obligatory as of\n2005-08-01.\n")
    assert [f.field for f in extract_head(text)] == []
