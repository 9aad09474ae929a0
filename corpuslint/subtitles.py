"""A subtitle file's shape: SubRip's (`.srt`) and WebVTT's (`.vtt`) header, cue number and timing.

Two readers ask it: the plain-text reader (`plain_code`) leaves a subtitle file's lines to the markup rules
(a WebVTT style sheet is no code: qa22 r07), and CL209 (`checks/markup/payloads.py`) finds the cues'
machinery to take out. Both spell a cue's parts from here; each reads them its own way (the reader asks
the text's head only, CL209 every line).
"""

from __future__ import annotations

import re

__all__ = ["CUE_NUMBER", "CUE_TIME", "WEBVTT", "subtitle_head"]

WEBVTT = r"WEBVTT(?:[ \t][^\n]*)?"  # a WebVTT file's header line (`WEBVTT`, `WEBVTT - Kind: captions`), a BOM before it aside
CUE_NUMBER = r"\d{1,6}"  # a SubRip cue's number, on its own line over the timing
# a cue's start or end as players read it: hours optional, unpadded (`0:0:3.540`, Teams' transcripts), `,` or `.`
CUE_TIME = r"(?:\d+:)?\d{1,2}:\d{1,2}[,.]\d{1,3}"
# a subtitle file's head: `WEBVTT`, or a cue (its number over its timing line)
_HEAD = re.compile(rf"[ \t\r\n]*\ufeff?(?:{WEBVTT}\r?\n|{CUE_NUMBER}[ \t]*\r?\n[ \t]*{CUE_TIME}[ \t]+-->)")


def subtitle_head(text: str) -> bool:
    """The text opens as a subtitle file: a `WEBVTT` header line, or a cue's number over its timing."""
    return _HEAD.match(text) is not None
