"""benchmarks/byline_transplant.py: a page whose byline the reader gets right hosts byline shapes; the counts must say
what the reader gave for each shape and place, and a look-alike's name must count as wrong."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from byline_transplant import Shape, hosts, joined, measure, place  # noqa: E402

PAGE = (Path(__file__).parent / "data" / "metadata" / "pages" / "guardian-standing-rock-inscriptis-head.txt").read_text(
    encoding="utf-8")


def test_a_page_read_right_hosts_shapes_with_its_writers_lines_taken_out():
    host, = hosts(iter([("guardian", PAGE, "Julia Carrie Wong and Sam Levin")]))
    assert not any("Levin" in text or "Wong" in text for text in host.texts)
    assert host.texts[host.headline].startswith("Standing Rock protesters")
    assert host.outlet == "The Guardian"  # the <title> line's last part, one to four words
    # a wrong gold: the page is no host
    assert list(hosts(iter([("guardian", PAGE, "Jane Roe")]))) == []

    texts, blank_after = place(host, "under", ["Dana Reyes", "March 15, 2019"])
    text = joined(texts, blank_after)
    assert "Violence\n\nDana Reyes\nMarch 15, 2019\n\n" in text.replace("violence", "Violence")
    caption = joined(*place(host, "caption", ["By Dana Reyes"]))
    assert "Photograph: Alex Moore/AP\n\nShare\nTweet\nEmail\n\nBy Dana Reyes\n\n" in caption


def test_the_counts_by_shape_and_place():
    host, = hosts(iter([("guardian", PAGE, "Julia Carrie Wong and Sam Levin")]))
    shapes = (Shape("by", "By Dana Reyes", ["Dana Reyes"]), Shape("photo", "Photo: Dana Reyes", []))
    counts = measure([host], shapes=shapes, places=("under",), read=lambda text: ["Dana Reyes"])
    assert counts[("by", "under")] == dict(placed=1, right=1, wrong=0, missed=0)
    assert counts[("photo", "under")] == dict(placed=1, right=0, wrong=1, missed=0)  # a look-alike's name is wrong
    counts = measure([host], shapes=shapes, places=("under",), read=lambda text: [])
    assert counts[("by", "under")]["missed"] == 1 and counts[("photo", "under")]["right"] == 1
