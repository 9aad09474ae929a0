"""`linestart.AtLineStart` answers as the pattern behind `^` in multi-line mode does (issue 17, speed32:
CL141's and CL146's whole-text tests searched for by the newline before each line): on every test
document, on made edge cases, both ways; and the rules that ask it find what they found."""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path

import regex

from corpuslint.checks.boilerplate import mailsignature, pages
from corpuslint.checks.metadata import logentries
from corpuslint.linestart import AtLineStart, RegexAtLineStart

DATA = Path(__file__).parent / "data"
BODIES = [  # (body, flags): the rules' own, and a few that end or start anywhere on a line
    (mailsignature._DELIMITER_LINE, 0),
    (mailsignature._MOBILE_LINE, re.I),
    (pages._WIDE_LINE, re.I),
    (r"[ \t]*[-*•][ \t]+\w", 0),
    (r"(?:#{1,6}|\d+\.)[ \t]", 0),
    (r"", 0),
]
EDGES = ["", "\n", "\n\n", "-- \n", "x\n-- ", "x\r\n--\r\n", "12\n13\n14\n15\n16", "\n12\n\n13\n14\n15\n16\n",
         "Sent from my iPhone", "text\nsent with Sparrow.\n", "page 4 of 9\r\n", "a-- \n--x\n"]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(DATA.rglob("*.txt"))[:600]]
    assert len(texts) > 300
    return texts + [t.replace("\f", "\n") for t in texts if "\f" in t] + EDGES


def test_at_line_start_finds_and_counts_as_the_anchored_pattern():
    texts = _texts()
    for body, flags in BODIES:
        anchored = re.compile("^" + body, flags | re.M)
        at = AtLineStart(body, flags)
        ways = set()
        for text in texts:
            found = anchored.search(text) is not None
            assert at.found_in(text) == found, (body, text[:80])
            ways.add(found)
            if "\n" not in body:
                for enough in (1, 5):
                    assert at.lines_in(text, enough) == len(list(islice(anchored.finditer(text), enough))), (body, text[:80])
        assert ways == ({True} if body == "" else {True, False}), body  # (an empty body matches every text)


def test_the_rules_patterns_are_the_ones_they_were():
    assert mailsignature._DELIMITER.flags == re.compile(r"(?m)^--(?P<space> ?)\r?$").flags
    assert mailsignature._DELIMITER.match("-- \n").group("space") == " "
    assert mailsignature.signatures("See you.\n\n-- \nJane Roe\n+1 555 0100\n")
    assert mailsignature.signatures("See you.\nSent from my iPhone\n") == [(9, 28, "mobile")]
    assert not mailsignature.signatures("See you.\nSent from my iPhone\nAnd the rest of the message goes on.\n")
    assert pages._WIDE_LINES.lines_in("12\n\n- 13 -\n\nPage 14 of 40\n\n15\r\n\n16 \n", pages.RUN) == pages.RUN


LOG_EDGES = ["commit 0123abcd\ncommit 4567abcd", "\ncommit 0123abcd\r\ncommit 4567abcd\n", " commit 0123abcd\ncommit 4567abcd",
             "Release 2.1 - 2026-10-27\n\nVersion 2.0 (2019-01-02)", "xcommit 0123abcd\ncommit 4567abcd\ncommit 89abcdef"]


def test_regex_at_line_start_gives_the_anchored_patterns_starts():
    """CL504's log-entry headers (`logentries`, speed33): the same starts as `finditer` of `(?m)^body`, the
    end given or not, on the test documents (the logs among them) and edge cases."""
    texts = _texts() + LOG_EDGES
    body = logentries.ENTRY_HEADER._first.source  # (the body without its `^`)
    anchored = regex.compile("^(?:" + body + ")", regex.M)
    at = RegexAtLineStart(body)
    logs = 0
    for text in texts:
        for end in (len(text), len(text) // 2):
            for enough in (1, 2, 5):
                assert at.starts(text, end, enough) == [m.start() for m in islice(anchored.finditer(text, 0, end), enough)]
        logs += logentries.first_entry(text) is not None
    assert logs >= 5
    assert logentries.first_entry("News\n\ncommit 0123abcd\nAuthor: A\n\ncommit 4567abcd\n") == 6
    assert logentries.first_entry("News\n\ncommit 0123abcd\nAuthor: A\n\nWe commit 4567abcd\n") is None
