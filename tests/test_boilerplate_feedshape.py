"""CL140 with `furnished` leaves a feed's items alone (issue 15, session 22): a feed exported as text
(qa20: RSS/Atom, each entry's title over its text) is a series of items, each title over its own
text; the feed's own furniture (a `[Подробнее...]` under every item, a `(浏览全文 引用此文)` link)
is still flagged, and a whole page with its menu above the article is no series."""

from __future__ import annotations

from pathlib import Path

from cl140_lines import flagged

from corpuslint.checks.boilerplate.feedshape import feed_furniture, item_lines
from corpuslint.checks.boilerplate.linefeatures import candidate_lines

DATA = Path(__file__).parent / "data" / "boilerplate"
FEEDS = DATA / "feeds"


def test_a_blog_feed_s_posts_and_titles_are_left_alone():
    # a Chinese blog's RSS as text, its first 150 lines: 50 lines flagged on main with `furnished`
    # (the posts' titles `11。7`, `开学了` and their text, written a phrase a line)
    lines, found = flagged(FEEDS / "xy15400.blogcn.com-feed.txt", furnished=True)
    at = {line: n for n, line in enumerate(lines, 1)}
    own = {at["11。7"], at["开学了"], at["8.1开学,暑假作业都没有做完"], at["XH怀疑我是同性恋~无语"], at["我什么都不懂"]}
    assert not own & found
    assert len(found) <= 5
    assert 118 in found and lines[117] == "(浏览全文 引用此文)"  # the feed's own link to the full post


def test_a_news_feed_s_read_more_is_still_flagged():
    # a Russian children's news feed: each item a title over its text and `[Подробнее...]`
    path = FEEDS / "koi.kinder.ru-feed.txt"
    lines, found = flagged(path, furnished=True)
    more = {n for n, line in enumerate(lines, 1) if line == "[Подробнее...]"}
    assert len(more) == 34 and len(more & found) == 33  # as on main (one stands among the text the model reads)
    titles = {n for n, line in enumerate(lines, 1) if line in ("Детский дом 18 г.Москвы", "Московский детский театр теней")}
    assert len(titles) == 2 and not titles & found
    doc = candidate_lines(path.read_text(encoding="utf-8"))
    heads, items = item_lines(doc)
    assert len(heads) == 27
    assert {doc[i].text for i in feed_furniture(doc, heads, items)} == {"[Подробнее...]"}


def test_a_whole_page_with_its_menu_is_no_series():
    # Wikipedia's t-SNE page as text (inscriptis): its title over a short paragraph, then the menus
    path = DATA / "fresh-trafilatura.en.wikipedia.org.tsne.txt"
    assert item_lines(candidate_lines(path.read_text(encoding="utf-8"))) == (frozenset(), frozenset())
    assert flagged(path, furnished=True)[1]
