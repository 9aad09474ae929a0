"""A subtitle file's shape (`corpuslint.subtitles`), spelt once for the plain-text reader (`plain_code`: a subtitle
file is no code) and CL209 (`checks/markup/payloads.py`: its cues' machinery). Real files of
tests/data/markup (their SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.subtitles import subtitle_head

DATA = Path(__file__).parent / "data" / "markup"


@pytest.mark.parametrize(("name", "head"), [
    ("payloads/anchorman_fr.srt.txt", True),  # SubRip: a cue's number over its timing
    ("payloads/non_padded_timestamps.vtt.txt", True),  # WebVTT, unpadded times
    ("transport/webvtt-styles.txt", True),  # a WebVTT style sheet (qa22 r07)
    ("payloads/srt_explained.txt", False),  # a text about the format, its examples below its prose
    ("payloads/debian_releases.csv.txt", False),
])
def test_a_subtitle_file_by_its_head(name, head):
    assert subtitle_head((DATA / name).read_text(encoding="utf-8")) is head
