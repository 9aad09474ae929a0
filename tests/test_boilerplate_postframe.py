"""CL140 and what users wrote inside a thread's frame (issue 15, ugc25): a reader's one-line comment
between its `Reply` / name-and-date lines is kept, the frame around it and a page's teasers are not."""

from __future__ import annotations

from pathlib import Path

import cl140_lines

from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.postframe import posts_own

WEB = Path(__file__).parent / "data" / "boilerplate" / "web"


def test_a_readers_one_line_comment_is_kept_and_its_frame_flagged():
    # Kinja's comments (web corpus, lifehacker): each between `6 Reply` / `Flagged` / the poster's
    # name / `3/09/15 9:00am` / `Edit` `Delete` ... lines, flagged with them before
    lines, found = cl140_lines.flagged(WEB / "lifehacker-post-comment-load.txt", furnished=True)
    for said in ("Ugh I feel like I need to read this article everyday.", "As long as you're saving for it now ;)"):
        assert lines.index(said) + 1 not in found
    for frame in ("6 Reply", "Profile Follow Unfollow", "Go to permalink"):
        assert lines.index(frame) + 1 in found


def test_the_sentences_of_comments_are_a_posts_own_and_the_frame_is_not():
    # a blog's comments (trafilatura's test page luxuryhaven.co): `Reply Delete` / `Replies` / `Reply`
    # / name and date / the comment, again and again
    text = (WEB / "luxuryhaven-comments-excerpt.txt").read_text(encoding="utf-8")
    lines = candidate_lines(text, gate=True)
    kept = {lines[i].text for i in posts_own(lines, range(len(lines)))}
    assert {"Fantastic and luxury situation !!!", "This place sounds wonderful for a getaway!",
            "Hyatt Hotels are among the bests!"} <= kept
    assert not kept & {"Reply Delete", "Reply", "BABALUCCIA May 31, 2019 at 7:22 PM", "Great", "so nice place"}


def test_without_a_posts_stamp_the_frame_keeps_nothing():
    # the same comments without their dates: a run of sentences among repeated short lines is also a
    # teaser list's shape; a thread shows a date, a time or a count by each post
    text = (WEB / "luxuryhaven-comments-excerpt.txt").read_text(encoding="utf-8")
    undated = "\n".join(line for line in text.split("\n") if " 2019 at " not in line)
    lines = candidate_lines(undated, gate=True)
    assert not posts_own(lines, range(len(lines)))


def test_a_pages_teasers_and_promotions_are_still_flagged():
    # WebMD's promotions between its menus: sentences, but in no thread
    lines, found = cl140_lines.flagged(WEB / "webmd-2.txt", furnished=True)
    assert lines.index("Fight allergies with daily forecasts, local alerts, and personalized tips.") + 1 in found
