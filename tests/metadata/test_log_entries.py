"""Buried metadata is a head's, in a metadata shape: not a log's entries, a console session's output or a
configuration's keys (tester32 item 2, real excerpts in tests/data/metadata/logs). Main's SAFE CL504 wrote a
Debian changelog entry's header as the title, a bullet's day and a git commit's `Date:` as the date,
"British Columbia’s" as the author, the day `$ date -R` printed, and `[Script Info]`'s keys; CL505 then
removed `Release 2026f - …`. Both ways: a page's byline and dateline, an ASS script's `Title:`, and a
plain dateline repeating the metadata are still read and removed."""

from __future__ import annotations

import json

import pytest

from conftest import DATA
from corpuslint import Document, Linter
from corpuslint.config import Config

LOGS = DATA / "metadata" / "logs"
CL504 = Linter(Config(select=["CL504"]))
CL505 = Linter(Config(select=["CL505"]))


def _doc(name: str, metadata: dict | None = None) -> Document:
    path = LOGS / name
    return Document.from_text(path.read_text(encoding="utf-8"), path=str(path), metadata=metadata)


def _read(doc: Document) -> list[tuple[str, object]]:
    return [(f.data["field"], f.data["value"]) for f in CL504.check([doc])]


@pytest.mark.parametrize("name", ["tzdata_changelog_Debian_head.txt", "tzdata_NEWS_two_releases.txt",
                                  "openssh_git_log_head.txt"])
def test_a_logs_entries_give_no_metadata(name):
    assert _read(_doc(name)) == []


def test_the_output_of_a_console_session_is_no_dateline():
    record = json.loads((LOGS / "fortunes_zh_date_R.jsonl").read_text(encoding="utf-8"))
    text = record["text"]
    assert "$ date -R" in text and "Mon, 27 Oct 2003 23:02:40 +0100" in text
    assert _read(Document.from_text(text)) == []


def test_a_configurations_keys_are_no_labels_but_its_title_is_read():
    assert _read(_doc("pysubs2_script_info.ass")) == [("title", "pysubs2 test file")]


def test_a_release_line_repeating_the_date_keeps_its_version():
    doc = _doc("tzdata_NEWS_two_releases.txt", metadata={"date": "2026-10-27"})
    assert "Release 2026f - 2026-10-27" in doc.text
    assert CL505.check([doc]) == []
    assert "Release 2026f - 2026-10-27" in CL505.fix(doc, unsafe=True).document.text


def test_a_pages_head_is_still_read_and_its_dateline_removed():
    path = DATA / "metadata" / "000_8649d156db22d76a.txt"
    doc = Document.from_text(path.read_text(encoding="utf-8"), path=str(path))
    assert {"author": "Stephen Lendman", "date": "2019-03-25", "source": "Global Research"}.items() <= dict(_read(doc)).items()
    dated = Document.from_text(doc.text, path=str(path), metadata={"date": "2019-03-25", "source": "Global Research"})
    assert "Global Research, March 25, 2019" not in CL505.fix(dated, unsafe=True).document.text


@pytest.mark.parametrize("value, broken", [
    ("This document details the changes between this version, bash-5.2-release, and", True),  # bash's CHANGES, line 1
    ("Russia Sends \"Peacekeeping\" Troops to Venezuela. Joint Military Exercises.", False),
    ("News for the tz database", False),
    ("Plan A", False),
])
def test_a_line_that_breaks_off_a_sentence_is_no_title(value, broken):
    from corpuslint.checks.metadata.body import BROKEN_OFF
    assert (BROKEN_OFF.search(value) is not None) is broken
