"""CL401-CL403 on one long document: the work per copy or per unit does not read the whole text
again (qa19a #11: a 2 MB DEP-5 file, Boost's, stopped all three at their CPU `timeout`, CL909,
so their findings there went missing and a loaded machine could end a run elsewhere)."""

from __future__ import annotations

import json
from bisect import bisect_right
from itertools import accumulate, compress, islice
from operator import eq
from pathlib import Path

from corpuslint.checks.bios import prefilter
from corpuslint.checks.bios.prefilter import candidate_lines
from corpuslint.textutil import blank_before

DATA = Path(__file__).parents[1] / "data"


def long_text(size: int) -> str:
    """The test data's real texts one after another, `size` characters: news, licences, logs, a
    form feed, a code fence, and paragraphs that several of them share."""
    text = ""
    for path in sorted(DATA.rglob("*.txt")):
        text += path.read_text(encoding="utf-8", errors="replace") + "\n\n"
        if len(text) > size:
            break
    return text[:size]


def _lines_by_find(text: str) -> set[int] | None:
    """`candidate_lines` as it was: one `bytes.find` loop per repeated key over the whole text."""
    raw = text.encode("utf-8", "surrogatepass")
    if b"\xe2\x80" in raw:
        raw = prefilter._UNICODE_MARK.sub(b"-", raw)
    lined = raw.translate(prefilter._LINE_TABLE, prefilter._KEY_DROP)
    pieces = list(filter(prefilter._AT_LEAST_MIN, lined.replace(b"\n", b"\1").split(b"\1")))
    ordered = sorted(list(map(prefilter._HEAD, pieces))
                     + list(map(prefilter._TAIL, filter(prefilter._LONGER_THAN_EDGE, pieces))))
    repeated = set(compress(ordered, map(eq, ordered, islice(ordered, 1, None))))
    ends = list(accumulate(len(row) + 1 for row in lined.split(b"\n")))
    lines: set[int] = set()
    for key in repeated:
        found, pos = set(), lined.find(key)
        while pos >= 0:
            found.add(bisect_right(ends, pos))
            pos = lined.find(key, pos + 1)
        if len(found) > 1:
            lines |= found
    return lines or None


def test_one_pass_over_the_keys_finds_the_lines_the_find_loop_found():
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in sorted((DATA / "bios").glob("*.txt"))]
    texts.append(long_text(300_000))
    texts.append("Posted by Jane Doe on Monday, the 5th.\nIt rained.\nPosted by Jane Doe on Monday, the 5th.\n")
    for text in texts:
        assert candidate_lines(text) == _lines_by_find(text)


def test_blank_before_is_strip_of_the_text_before():
    for text in ("", "  \n\t x", "\u00a0\u2003\x1c\nword", "word", " \f\n"):
        for at in range(len(text) + 2):
            assert blank_before(text, at) == (not text[:at].strip()), (text, at)


def test_a_long_document_is_checked_whole_within_the_time_budget(cli, tmp_path):
    # 1 MB of the test data's texts in one file (1,000 kB, a code fence, form feeds, 230 copies):
    # before, the three rules read the text again per key, unit or copy and stopped at their
    # `timeout` (CL909); now ~1.5 s of CPU for CL402 on an idle core (session 28), which two busy
    # xdist workers on 2 cores pushed past the default 2 s once: the budget here is 4 s, still far
    # under what a rule reading the text again per key takes
    path = tmp_path / "long.txt"
    path.write_text(long_text(1_000_000), encoding="utf-8")
    config = tmp_path / "corpuslint.yaml"
    config.write_text("timeout: 4.0\n", encoding="utf-8")
    result = cli("check", path, "--config", config, "--no-index", "--no-cache", "--select", "CL401,CL402,CL403",
                 "--output-format", "json", "-j", "1")
    found = json.loads(result.out)
    assert [f["message"] for f in found if f["code"] == "CL909"] == []
    assert any(f["code"] == "CL402" for f in found)
