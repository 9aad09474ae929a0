"""benchmarks/metadata_eval.py compares a reader's value with a gold's: the comparisons must not score a
right answer wrong (an accent the gold drops, an affiliation the gold keeps, a UTC day after the printed day)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from metadata_eval import byline_agrees, date_agrees, title_agrees, utc_days  # noqa: E402


def test_a_title_differing_by_an_accent_agrees_and_another_title_does_not():
    assert title_agrees("Céline Dion Announces Her Return", "Celine Dion announces her return")
    assert not title_agrees("Céline Dion Announces Her Return", "Celine Dion announces her retirement")


def test_a_gold_byline_keeps_its_affiliation_after_a_bar():
    assert byline_agrees(["Rajeev Dhir"], "Rajeev Dhir | NJ Advance Media for NJ.com")
    assert not byline_agrees(["NJ Advance Media"], "Rajeev Dhir | NJ Advance Media for NJ.com")


def test_a_utc_instant_before_eight_may_be_printed_the_day_before():
    assert utc_days("2016-12-01T03:20:00.000Z") == ["2016-12-01", "2016-11-30"]
    assert utc_days("2016-12-01T09:13:00.000Z") == ["2016-12-01"]
    assert utc_days("2016-03-01") == ["2016-03-01"]
    assert utc_days(None) is None
    assert date_agrees("2016-11-30", utc_days("2016-12-01T03:20:00.000Z"))
    assert not date_agrees("2016-11-30", utc_days("2016-12-01T09:13:00.000Z"))
    assert date_agrees("2016-12-01T10:00:00", "2016-12-01")


def test_the_heldout_tool_counts_a_folder_of_pages_against_its_meta_file(tmp_path):
    # benchmarks/metadata_heldout.py: any folder with meta.jsonl and txt/ (or <conversion>/txt/); gold in text,
    # agree, wrong (worse than none) and missed, by field
    from metadata_heldout import measure, site_of

    assert site_of("trafilatura-0.9.0__heise.de.lithium") == "heise.de"
    assert site_of("newspaper4k-0.9.6__cnn_002") == "cnn"
    assert site_of("html-text-0.7.1__Tutorial — Webstruct 0.6 documentation") == "Webstruct 0.6 documentation"
    page = (Path(__file__).parent / "data" / "metadata" / "pages" / "mixed-de-vrodo-inscriptis-head.txt").read_text(
        encoding="utf-8")
    (tmp_path / "txt").mkdir()
    (tmp_path / "txt" / "mixed.de.vrodo.txt").write_text(page, encoding="utf-8")
    (tmp_path / "txt" / "other.site.page.txt").write_text(page, encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text(
        '{"id": "mixed.de.vrodo", "byline": "Dennis Ziesecke", "publishedTime": "2018-03-02"}\n'
        '{"id": "other.site.page", "author": "Jane Roe", "date": "2018-03-03"}\n', encoding="utf-8")
    counts = measure(tmp_path, out=lambda *_: None)["txt"]
    assert counts["byline"] == dict(pages=2, in_text=1, agree=1, wrong=0, missed=0, wrong_not_in_text=1, aside=1,
                                    given_none=0)
    assert counts["published"]["agree"] == 1 and counts["published"]["wrong_not_in_text"] == 1
    assert counts["title"]["pages"] == 0
    # `--meta`: a read gold saying the page has no byline counts the one given there
    (tmp_path / "meta_audited.jsonl").write_text(
        '{"id": "other.site.page", "byline": null, "byline_audit": "read"}\n', encoding="utf-8")
    assert measure(tmp_path, out=lambda *_: None, meta="meta_audited.jsonl")["txt"]["byline"]["given_none"] == 1
