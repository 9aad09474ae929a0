"""benchmarks/gne_set.py takes the gold from what a page declares in its head: the day of a date meta in
its several spellings, the author unless a URL, og:title before <title>. Checked on hand-written heads (no page,
no network); lxml (html-text's dependency, an evaluation tool) only where it is installed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from gne_set import day_of, gne_results  # noqa: E402


@pytest.mark.parametrize(("value", "day"), [
    ("2019-09-05T11:10:00+08:00", "2019-09-05"),
    ("2019/9/5 11:10", "2019-09-05"),
    ("2019年09月05日 11:10", "2019-09-05"),
    ("2019-13-05", None),
    ("11:10", None),
    (None, None),
])
def test_day_of(value, day):
    assert day_of(value) == day


def test_gne_results_by_path():
    text = ('>>>>>>>>>>>>>tests/a/1.html>>>>>>>>>>>>>\n{\n  "title": "T",\n  "author": "未知"\n}\n'
            '<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n')
    assert gne_results(text) == {"tests/a/1.html": {"title": "T", "author": "未知"}}


def test_declared_head():
    pytest.importorskip("lxml")
    from gne_set import declared

    html = ('<html><head><meta charset="utf-8"><title>标题_网易新闻</title><meta property="og:title" content="标题">'
            '<meta name="author" content="https://example.org/me"><meta name="publishdate" content="2019年09月05日">'
            '<script type="application/ld+json">{"author": {"name": "张三"}}</script></head><body>x</body></html>')
    assert declared(html) == {"title": "标题", "title_from": "og:title", "byline": "张三",
                              "published": "2019-09-05", "published_raw": "2019年09月05日"}
