"""CL140's regions after the article read by their shape (issue 15, tails31): a box of long bulleted teasers under
a label in capitals and a slideshow's captions under its counter (`labelledruns`), a comment thread without time
stamps whose posts stand under their authors' handles and scores (`handlethread`). The article: real lines of
reuters.com's story on the SAG awards (trafilatura 1.0.0's tests, sb26 A); the regions: invented text in the shapes
the lead read on held-out news pages."""

from __future__ import annotations

from corpuslint.checks.boilerplate.handlethread import handle_thread
from corpuslint.checks.boilerplate.labelledruns import labelled_runs
from corpuslint.checks.boilerplate.linefeatures import candidate_lines

ARTICLE = """\
“Parasite,” the Korean language social satire about the wealth gap in South Korea, was the first film in a foreign language to win the top prize of best cast ensemble in the 26 year-history of the SAG awards.

Despite an unknown cast, it beat homegrown Hollywood movies “The Irishman” and “Once Upon A Time in Hollywood” which both have A-list stars.

The SAG awards, which focus entirely on performances, are closely watched as an indicator of Oscar success because actors form the largest voting group in the Academy of Motion Picture Arts and Sciences.

Speaking through an interpreter he added; “It is true that the momentum is building and we are a part of the awards race and campaign. But what happened today, what’s truly important, is that these actors were acknowledged by fellow peers as the best ensemble cast of this year.”

Zellweger, likewise, has picked up most of the prizes so far for her performance as a desperate, aging Judy Garland in biopic “Judy.”

"""
TEASERS = """\
DON'T MISS

  * Stroll in the park: Jane Roe steps out with her sister in a yellow coat Jane Roe steps out with her sister in a yellow coat Out and about in Leeds
  * All smiles: Television presenter looks radiant as she arrives at the awards with her husband of twenty years The pair posed for photographers
  * She's back! Pop star returns to the stage after a two year break and wows fans with a new look Sold out show in Manchester
  * Family time: Actor enjoys a sunny day at the beach with his three children and their dog On holiday in Cornwall
  * Date night! Singer and her boyfriend hold hands as they leave a restaurant in Mayfair The couple have been dating since March
  * Style icon: Former soap star stuns in a floral dress at the launch of her new fashion range in London
  * Proud mum: Presenter shares a sweet snap of her daughter on her first day at school Back to the classroom
"""
FOOTER = "\nPrivacy Policy\nTerms of Use\n"


def _texts(lines, found):
    return [lines[i].text[:24] for i in found]


def test_a_box_of_teasers_under_a_label_in_capitals_after_the_article_is_found():
    lines = candidate_lines(ARTICLE + TEASERS + FOOTER)
    footer = {len(lines) - 2, len(lines) - 1}  # the model flags the footer
    found = labelled_runs(lines, footer)
    assert _texts(lines, found) == [line.strip()[:24] for line in TEASERS.splitlines() if line.strip()]


def test_the_articles_own_long_list_inside_its_body_stays():
    # the same entries between the article's paragraphs (prose above and below) are the article's, label or not
    lines = candidate_lines(ARTICLE + TEASERS + "\n" + ARTICLE + FOOTER)
    assert labelled_runs(lines, {len(lines) - 2, len(lines) - 1}) == []
    # under no label (a heading in sentence case, a lead-in), after the article: no box
    lines = candidate_lines(ARTICLE + TEASERS.replace("DON'T MISS", "What the stars wore") + FOOTER)
    assert labelled_runs(lines, {len(lines) - 2, len(lines) - 1}) == []
    # a list of sentences under a label in capitals (references, key points) is no box of teasers
    lines = candidate_lines(ARTICLE + TEASERS.replace("\n  *", ".\n  *").rstrip() + ".\n" + FOOTER)
    assert labelled_runs(lines, {len(lines) - 2, len(lines) - 1}) == []


SLIDES = """\
Fullscreen

1 of 24

  * Jane Roe greets supporters in Leeds on June 21, 2011, at the party's office.
  * Jane Roe speaks to reporters outside the town hall in Bradford on June 22, 2011.
  * Supporters hold up signs during a rally in York, England, on June 23, 2011.
  * Jane Roe, left, shakes hands with a voter at a market in Hull on June 24, 2011.
  * Jane Roe and her husband John arrive at a fundraising dinner in Sheffield on June 25, 2011.
  * Volunteers make phone calls at the campaign headquarters in Leeds on June 26, 2011.
"""


def test_a_slideshows_captions_under_its_counter_after_the_article_are_found():
    lines = candidate_lines(ARTICLE + SLIDES + FOOTER)
    found = labelled_runs(lines, {len(lines) - 2, len(lines) - 1})
    assert _texts(lines, found) == [line.strip()[:24] for line in SLIDES.splitlines() if line.strip()]
    lines = candidate_lines(ARTICLE + SLIDES.replace("1 of 24", "Photos") + FOOTER)  # no counter, no label in capitals
    assert labelled_runs(lines, {len(lines) - 2, len(lines) - 1}) == []


THREAD = """\
48 comments

Sign in

Post comment

Newest | Oldest

maplefan22

maplefan22 7pts

I cannot believe they let this go on for so long. The council should have acted years ago.

riverrat

riverrat 5pts like.author.displayName 1 Like

@maplefan22 They did act, they just did nothing useful. Read the minutes of the March meeting.

JennyFromTheBlock

JennyFromTheBlock 12pts

Same story every year. Nobody takes responsibility and the taxpayers foot the bill again.

old_timer_1950

old_timer_1950 0pts

My father worked on that bridge in the sixties. It was built to last fifty years.

tb_walsh

tb_walsh 1pts

Why is this news? It was announced last week.
"""


def test_a_thread_of_handles_and_scores_under_the_article_is_found_from_its_heading():
    lines = candidate_lines(ARTICLE + THREAD + FOOTER)
    found = handle_thread(lines)
    assert found is not None
    assert lines[found.start].text == "48 comments" and lines[found.stop - 1].text.startswith("Why is this news?")


def test_records_nobody_answers_or_no_article_above_are_no_thread():
    # each handle once, no reply: a list of scores, not readers answering one another
    lines = candidate_lines(ARTICLE + THREAD.replace("@maplefan22 ", "") + FOOTER)
    assert handle_thread(lines) is None
    # one word heading every record is the template's label (macrumors' `Rating: 10 Votes` over each comment)
    rated = THREAD
    for handle in ("maplefan22", "riverrat", "JennyFromTheBlock", "old_timer_1950", "tb_walsh"):
        rated = rated.replace(f"\n{handle} ", "\nRating: ")
    assert "Rating: 7pts" in rated and handle_thread(candidate_lines(ARTICLE + rated + FOOTER)) is None
    # a forum's thread: no article above its first post
    lines = candidate_lines(THREAD + FOOTER)
    assert handle_thread(lines) is None
    # a league table: scores without a comment under them
    table = "".join(f"{team} {points}pts\n" for team, points in (("Leeds", 38), ("York", 35), ("Hull", 31), ("Bradford", 30), ("Leeds", 12)))
    assert handle_thread(candidate_lines(ARTICLE + table + FOOTER)) is None
