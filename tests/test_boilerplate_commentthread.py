"""CL140 and the readers' comment thread under an article (issue 15, ugc26): the thread goes whole,
its posts' sentences too; the same posts with no article above them are the page's text."""

from __future__ import annotations

from pathlib import Path

import cl140_lines

from corpuslint.checks.boilerplate.commentthread import comment_thread
from corpuslint.checks.boilerplate.linefeatures import candidate_lines

WEB = Path(__file__).parent / "data" / "boilerplate" / "web"
POSTS = "how do you abort a fetch?"
ANSWER = "At this point there is no way to do so."


def _thread(text: str) -> list[str]:
    lines = candidate_lines(text, gate=True)
    found = comment_thread(lines)
    return [] if found is None else [lines[i].text for i in found]


def test_the_comments_under_an_article_are_flagged_with_their_frame():
    # Mozilla Hacks (web corpus 002): `2 comments` / `Post a comment` / `Alexander Petrov wrote on
    # March 11th, 2015 at 02:57:` / the question / `Reply` / the author's answer / `Reply`
    lines, found = cl140_lines.flagged(WEB / "002.txt", furnished=True)
    answer = next(n for n, line in enumerate(lines, 1) if line.startswith(ANSWER))
    assert {lines.index("2 comments") + 1, lines.index(POSTS) + 1, answer} <= found
    last_paragraph = next(n for n, line in enumerate(lines, 1) if line.startswith("Along with the transition"))
    assert last_paragraph not in found  # the article's text stays


def test_the_same_posts_with_no_article_above_are_the_pages_text():
    text = (WEB / "002.txt").read_text(encoding="utf-8")
    thread = text[text.rindex("\n2 comments\n"):]  # (the count beside the byline above it: no heading)
    assert POSTS in _thread(text)
    assert _thread(thread) == []  # a thread that is the page: its first post is its text
    assert _thread(text.replace("2 comments", "No comments yet")) == []  # a count of none opens no thread
