"""The cheap tests CL504's readers run before their patterns must never reject what a pattern takes."""

from __future__ import annotations

from corpuslint.checks.metadata.lines import Line, iter_lines
from corpuslint.checks.metadata.attribution import (
    ATTRIBUTION, ATTRIBUTION_CUE, AUTHOR_BOX, REPUBLISHED, SOURCE_LEAD, SOURCE_URL_LEAD, WRITTEN_FOR,
    read_attribution,
)
from corpuslint.textutil import lines as spans

LEADS = (AUTHOR_BOX, WRITTEN_FOR, SOURCE_URL_LEAD, SOURCE_LEAD, ATTRIBUTION, REPUBLISHED)
TAIL_LINES = [
    "This article originally appeared on TomDispatch.",
    "THIS PIECE FIRST APPEARED ON THE NATION AND IS REPUBLISHED WITH PERMISSION.",
    "Originally published at The Conversation",
    "Written by Jane Doe for Truthout",
    "Source: https://example.org/a/story",
    "via www.example.org/story",
    "Republished with permission from Common Dreams",
    "—— >> Follow Evan McMurry (@evanmcmurry) on Twitter",
    "More posts by Jane Doe",
    "Subscribe to Jane Doe's feed",
    "The minister said this article was written by staff.",  # prose: no lead
    "Follow the money.",
    "sourced from the archive",
]


def test_the_union_matches_exactly_where_a_lead_does():
    for text in TAIL_LINES:
        assert (ATTRIBUTION_CUE.match(text) is not None) == any(p.match(text) for p in LEADS), text


def test_a_bare_url_last_line_is_still_read_past_the_union():
    url = "https://example.org/2019/03/story.html"
    line = Line(0, len(url), url, True)
    assert ATTRIBUTION_CUE.match(url) is None
    assert [f.value for f in read_attribution(line, last=True, alone=True)] == [url]
    assert read_attribution(line, last=False, alone=True) == []


def _lines_from_spans(text: str) -> list[tuple[int, int, str, bool]]:
    out = [(s.start, s.end, text[s.start:min(s.end, s.start + 240)]) for s in spans(text)]
    return [(a, b, t, i == len(out) - 1 or text.count("\n", b, out[i + 1][0]) >= 2) for i, (a, b, t) in enumerate(out)]


def test_iter_lines_strips_as_textutil_lines_does():
    for text in ["", "\n", " \n\t\n", "a", "\x1c a \x1c\n\n b\r\n\u2028c\u00a0\n", "x\n\n\n", "\n\n y \n z",
                 "Title\n\nBy Jane Doe\n  \nFirst line " + "w" * 300 + "\nlast"]:
        assert [(li.start, li.end, li.text, li.blank_after) for li in iter_lines(text)] == _lines_from_spans(text)
