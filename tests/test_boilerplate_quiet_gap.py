"""CL140's second stage and the article's own lines between two of its paragraphs (issue 15, the
Mercury Parser fixtures' half A): a line with nothing the first stage flags between it and the
body's paragraphs around it is left to the first stage; a headline among teasers is still judged."""

from __future__ import annotations

from pathlib import Path

import cl140_lines

WEB = Path(__file__).parent / "data" / "boilerplate" / "web"


def flagged(name: str, **options) -> tuple[list[str], set[int]]:
    return cl140_lines.flagged(WEB / name, **options)


def test_the_last_item_of_a_list_between_two_paragraphs_is_left_alone():
    # `Those would be:` / six items / the next paragraph: the first stage flags none of them, the
    # second stage took the last item (a sentence's shape) for furniture
    lines, found = flagged("mercury-sbnation.txt")
    lead_in = lines.index("Those would be:") + 1
    last_item = lines.index("All of the minor leaguers, under control for at least six years") + 1
    assert last_item == lead_in + 7
    assert not found & set(range(lead_in, last_item + 1))
    # the page's furniture is still flagged (its menus and footer)
    assert len(found) > 100


def test_teaser_headlines_between_short_summaries_are_still_flagged():
    # `Around The Web` teasers: their headlines stand between prose lines outside the article's
    # body, so the second stage still judges them by their neighbours
    lines, found = flagged("mercury-tmz.txt")
    headline = lines.index("Food Network to bring back ‘Iron Chef America’ franchise") + 1
    assert headline in found
    _, alone = flagged("mercury-tmz.txt", context=False)
    assert headline not in alone
