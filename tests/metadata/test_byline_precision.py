"""A wrong byline is worse than none (issue 16, bylmend26).

The shapes are those of qa21r's wrong bylines as the lead described them (names and outlets invented here): a
menu's last entry over a wire's credit (`* Log In` / `*` / `CBS/AP / June 6, 2013, 10:59 AM`), a related-headlines
list's teaser read as a signed meta line (`* County Court Notes, 7/18/2013`) while the caps byline with its job
title in parentheses (`BY JANE ROE (STAFF WRITER)`) was missed, a shop's label (`Fan Shop`), a text opening with
its byline (`By Jane Roe` read as the title and the author), a picture's alt text naming the story's subject by
the surname the headline gives (`Donald Trump` under `… rejects Trump's request …`: mercury-parser's
chicagotribune.com fixture), a name printed twice (`by Andrea Wong Andrea Wong`, its bloomberg.com fixture), an article's
byline with an honorific and degrees (`Dr. Claire Mott, MD`) missed for a sidebar's author. Each
beside the look-alike that is a byline.
"""

from __future__ import annotations

import pytest

from corpuslint.checks.metadata.bylineline import bare_name, name_line, outlet_before_stamp
from corpuslint.checks.metadata.lines import Line
from corpuslint.checks.metadata.page import page_metadata
from corpuslint.checks.metadata.readers import read_byline

HEADLINE = "Storm knocks out power to thousands across the valley"
LEDE = ("A line of severe storms swept across the valley on Wednesday night, knocking down trees and power lines and "
        "leaving tens of thousands of homes without electricity, the utility said.")
MORE = ("Crews worked through the night to restore service, and officials said most customers should have power back "
        "by the weekend, though some rural lines could take longer to repair.")


def _byline(text: str):
    found = read_byline(Line(0, len(text), text, True))
    return found[0].value if found else None


@pytest.mark.parametrize(("text", "expected"), [
    ("Log In", None), ("Sign Up", None), ("Read More", None),  # a button's call
    ("Fan Shop", None),  # a shop's label
    ("By Jane Roe", None),  # `By` is no name's word
    ("Skip Moss", "Skip Moss"), ("Jane Roe", "Jane Roe"),
])
def test_bare_name_is_a_person(text, expected):
    assert bare_name(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("CBS/AP / June 6, 2013, 10:59 AM", "CBS/AP"),
    ("AP/Reuters / June 6, 2013", "AP/Reuters"),
    ("Sports/Weather / June 6, 2013", None),  # a menu's two sections, no wire
])
def test_wire_pair_before_its_stamp(text, expected):
    assert outlet_before_stamp(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("BY JANE ROE (STAFF WRITER)", "Jane Roe"),
    ("By Jane Roe (Senior Correspondent)", "Jane Roe"),
    ("By Jane Roe (Video)", None),  # a contributor's part, no job title
    ("By Dr. Jane Roe, contributor", "Jane Roe"),
    ("By By SEPT. 15, 2016", None),  # the label twice, the name left out (mercury-parser's nytimes.com fixture)
])
def test_job_title_in_parentheses(text, expected):
    assert _byline(text) == expected


MENU_OVER_WIRE = "\n".join(["* Sports »", "* More", "* Log In", "*", "CBS/AP / June 6, 2013, 10:59 AM"])


def test_menu_entry_over_a_wire_credit():
    text = "\n\n".join([f"{HEADLINE} - Valley News", MENU_OVER_WIRE, HEADLINE, LEDE, MORE])
    assert page_metadata(text).authors == ["CBS/AP"]
    signed = text.replace("CBS/AP / June", "Jane Moss / June")
    assert page_metadata(signed).authors == ["Jane Moss"]


def test_teasers_list_is_no_meta_line():
    teasers = "\n".join(["* Two mosquitoes test positive for West Nile", "* County Court Notes, 7/18/2013",
                         "* County Court Notes 07-19-2013"])
    text = "\n\n".join(["valley-times.com | Local News", "Pedestrian death: driver faces a homicide count",
                        "BY JANE ROE (STAFF WRITER)\nPublished: July 19, 2013", LEDE, MORE, teasers])
    assert page_metadata(text).authors == ["Jane Roe"]
    unsigned = text.replace("BY JANE ROE (STAFF WRITER)\n", "")
    assert page_metadata(unsigned).authors == []


def test_byline_opening_the_text_is_no_title():
    found = page_metadata("By Jane Roe\nJune 7, 2013\n\n" + LEDE + "\n\n" + MORE)
    assert (found.title, found.authors) == (None, ["Jane Roe"])
    titled = page_metadata("Stand By Me\nJune 7, 2013\n\n" + LEDE + "\n\n" + MORE)
    assert titled.title == "Stand By Me" and titled.authors == []


def test_subject_named_by_surname_is_no_author():
    headline = "Energy agency rejects Moss's request to name the climate staff"
    text = "\n\n".join([f"{headline} - Valley Times", headline, "Jane Moss", "(Evan Vale / AP)", LEDE, MORE])
    assert page_metadata(text).authors == []
    signed = text.replace("Jane Moss", "Joe Reed\nJune 7, 2013")
    assert page_metadata(signed).authors == ["Joe Reed"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Dr. Jane Roe, MD", "Jane Roe"), ("Jane Roe, Ph.D.", "Jane Roe"),
    ("Boston, MA", None), ("Lakes, Rivers", None),  # a place and its state, a list: no name before them
])
def test_name_before_degrees(text, expected):
    assert name_line(text)[0] == expected


def test_article_byline_with_degrees_over_a_sidebar_author():
    sidebar = "Where to eat this week\n\nKara Bask\nJune 6, 2013"
    text = "\n\n".join([f"{HEADLINE} | Daily Globe", HEADLINE, "Dr. Claire Mott, MD\nJune 7, 2013", LEDE, MORE, "Related", sidebar])
    assert page_metadata(text).authors == ["Claire Mott"]


def test_name_printed_twice_once():
    text = "\n\n".join([f"{HEADLINE} - Valley Times", HEADLINE, "by Jane Moss Jane Moss\nDecember 7, 2016", LEDE, MORE])
    assert page_metadata(text).authors == ["Jane Moss"]
