"""CL140 stays silent on two shapes of text that are no web page (tester26): Japanese filled to a width
in columns (a kana takes two), and a LaTeX source. A page of the same script is read as before, and a
page is no LaTeX source."""

from __future__ import annotations

from pathlib import Path

from cl140_lines import flagged

from corpuslint.checks.boilerplate.linefeatures import Line, candidate_lines
from corpuslint.checks.boilerplate.pageshape import hard_wrapped, latex_source, page_shape

DATA = Path(__file__).parent / "data" / "boilerplate"
SHAPES = DATA / "pageshape"


def _lines(path: Path) -> list[Line]:
    return candidate_lines(path.read_text(encoding="utf-8"))


def test_japanese_filled_to_a_width_in_columns_is_hard_wrapped_and_left_alone():
    # the Debian Reference's text: lines of kana and ASCII share no length, a width in columns (64-65 of 72)
    for name in ("debref-ja-graphics.txt", "debref-ja-systemd.txt"):
        path = SHAPES / name
        assert page_shape(_lines(path)) == "hard-wrapped text", name
        lines, found = flagged(path, furnished=True)
        assert not found, name
        _, ungated = flagged(path, furnished=True, pages_only=False)
        assert ungated, name  # main's verdicts: a section's heading, its table, its prose (98% of the graphics one)
    # a CJK page, its paragraphs one a line, is no filled text, by either measure
    for name in ("pixnet.txt", "qq.txt"):
        assert not hard_wrapped(_lines(DATA / "web" / name)), name


def test_a_latex_source_is_no_page_and_left_alone():
    path = SHAPES / "coin-maxtest-vignette.txt"
    lines = _lines(path)
    assert not hard_wrapped(lines)  # two long source lines close a sentence past 100 columns
    assert latex_source(lines) and page_shape(lines) == "LaTeX source"
    text, found = flagged(path, furnished=True)
    assert not found
    # the gate's proof, whatever model: made eager (0.8, no furnished gate) the rule still says nothing
    # here, ungated it takes a formula of the source (the shipped model, ungated at its own threshold, also
    # took the sentence `Here, the dominant model seems to explain the data best.`; retrained ones do not)
    eager = {"furnished": False, "threshold": 0.8}
    assert not flagged(path, **eager)[1]
    _, ungated = flagged(path, pages_only=False, **eager)
    assert r"$\mathbb{\xi} = (\xi_{aa}, \xi_{aA}, \xi_{AA})$" in {text[n - 1].strip() for n in ungated}
    # a page is no LaTeX source: its furniture is flagged as before
    page = DATA / "web" / "wikipedia-2.txt"
    assert not latex_source(_lines(page))
    assert flagged(page, furnished=True)[1]
