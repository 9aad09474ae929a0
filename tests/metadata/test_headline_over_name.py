"""The headline of a page whose text has no `<title>` line, found by the author's name alone under it (issue 16,
headline23).

The pages are excerpts of qa20b's texts of trafilatura 0.9.0's test pages (inscriptis and lynx keep no `<title>`
line): reuters.com (`January 19, 2020 / 12:25 PM` / headline / `Jill Serjeant` / `4 Min Read`), theguardian.com
(headline / standfirst wrapped by lynx / `Richard Adams Education editor` / `Mon 20 Jan 2020 06.05 GMT …`), nature.com
(its skip link printed twice, `24 September 2019` / headline / standfirst / `Elizabeth Gibney`). Beside them the
look-alikes left alone: a list of names, a list of signed and dated teasers, a tag line and a pager under the story
(piratenpartei-mv.de), a stamp's second line over a `By` line (fox13now.com).
"""

from __future__ import annotations

from corpuslint.checks.metadata.headline import headline_over_name
from corpuslint.checks.metadata.lines import Line
from corpuslint.checks.metadata.page import page_metadata
from pagereading import PAGES, read  # tests/metadata/pagereading.py


def _lines(*texts: str) -> list[Line]:
    return [Line(0, len(text), text, True) for text in texts]


def test_a_name_and_a_reading_time_under_a_dated_headline():
    found = read("reuters-parasite-inscriptis-head")
    assert found.title == "'Parasite' scores historic upset at SAG awards, boosting Oscar chances"
    assert (found.authors, found.date) == (["Jill Serjeant"], "2020-01-19")  # the day the page prints (Pacific time)


def test_a_name_with_its_job_over_a_stamp_past_a_wrapped_standfirst():
    found = read("guardian-academics-lynx-head")
    assert found.title == "Thousands of UK academics 'treated as second-class citizens'"
    assert (found.authors, found.date) == (["Richard Adams"], "2020-01-20")


def test_a_skip_link_printed_twice_is_no_headline_and_the_name_under_the_standfirst_signs():
    found = read("nature-telescope-inscriptis-head")
    assert found.title == "Gigantic Chinese telescope opens to astronomers worldwide"
    assert (found.authors, found.date) == (["Elizabeth Gibney"], "2019-09-24")


REUTERS = ("January 19, 2020 / 12:25 PM / Updated 8 hours ago",
           "'Parasite' scores historic upset at SAG awards, boosting Oscar chances", "Jill Serjeant", "4 Min Read",
           "LOS ANGELES (Reuters) - South Korean thriller “Parasite” was the upset winner at the Screen Actors Guild "
           "(SAG) awards on Sunday, while Joaquin Phoenix and Renee Zellweger were named best actors.")


def test_the_block_alone_is_found_and_a_list_of_names_is_not():
    assert headline_over_name(_lines("Entertainment News", *REUTERS)) == 2
    listed = _lines("Entertainment News", *REUTERS[:3], "Mark Frauenfelder", *REUTERS[3:])
    assert headline_over_name(listed) is None


def test_signed_and_dated_teasers_one_after_the_other_are_a_list():
    teaser = ("Thousands of UK academics 'treated as second-class citizens'", "Richard Adams Education editor",
              "Mon 20 Jan 2020 06.05 GMT", "Thousands of academic staff at British universities are being treated as "
              "second-class citizens on precarious contracts, says a report.")
    assert headline_over_name(_lines("Higher education", *teaser)) == 1
    assert headline_over_name(_lines("Higher education", *teaser, *teaser)) is None


def test_a_tag_line_under_the_story_and_a_stamps_second_line_are_no_headline():
    # piratenpartei-mv.de (lynx): the post's prose, its day, its tags, the pager (`Nächste Vorherige` read as a name)
    story = ["Alle weiteren Informationen zur Demonstration findet ihr hier."] * 4
    tags = ("12. September 2013", "getaggt mit:Bedingungsloses GrundeinkommenBerlinDemonstrationSusanne Wiest",
            "Nächste Vorherige", "Was denkst du?", "Hier klicken, um das Antworten abzubrechen.")
    assert headline_over_name(_lines("Navigation", *story, *tags)) is None
    assert headline_over_name(_lines("Navigation", *story, tags[0], "Bedingungsloses Grundeinkommen in Berlin",
                                     *tags[2:])) is None  # the story has begun above it
    # fox13now.com (lynx): `Posted at …` / `and last updated …` / `By Leigh Ann Caldwell`, the byline's finders' own
    assert headline_over_name(_lines("New Year, new laws: Obamacare, pot, guns and drones", "Prev Next",
                                     "By: CNN Wire", "Posted at 2013-12-30T14:42:01-0700",
                                     "and last updated 2013-12-30 16:42:01-05", "By Leigh Ann Caldwell", "CNN",
                                     "WASHINGTON (CNN) — Not everyone subscribes to a New Year’s resolution, but "
                                     "Americans will be required to follow new laws in 2014.")) is None


def test_a_drupal_post_line_in_german_signs_a_page_without_title_line():
    # creativecommons.at (qa20b): `Gespeichert von rasos am 24. Juli 2017 - 18:55` under the story, no headline found
    page = (PAGES / "creativecommons-at-lynx-head.txt").read_text(encoding="utf-8")
    untitled = page.split("\n", 1)[1]  # the `<title>` line off, as inscriptis and lynx write the page
    found = page_metadata(untitled)
    assert (found.authors, found.date) == (["rasos"], "2017-07-24")
