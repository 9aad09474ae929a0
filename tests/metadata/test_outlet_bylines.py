"""Bylines with their outlet, their section, a separator or a converter's residue, and names the page bears out
(issue 16, bylines26).

The shapes are those of qa21r's missed bylines as the lead described them (names and outlets invented there and
here): `By Jane Roe BBC News`, `News By Ann Lee Jun. 6, 2013 5:16 pm`, `By Jon Mayer | Archive 6/6/2013 10:00 A.M.
ET` (was `By Jon Mayer`; `By Jon Mayer 6/6/2013` was `Jon`: `Mayer 6` read as a month's day), `Jun 6, 2013 08:59 AM
ET // by Tim Hall`, `Andy Green , Forbes Staff`, `HT Correspondents , Hindustan Times Srinagar, July 19, 2013`, a
name printed twice before its stamp, `* Associated Press in Miami`; a name by the headline with a share bar's or a
list's mark (`* Rich Johns`) or its outlet (`Devin Cole NBC News`) that a bio sentence further down names as a
writer; an author box (`About Robert Gehl` over his bio: mercury-parser's thefederalistpapers.org fixture). Each
beside the look-alike left alone.
"""

from __future__ import annotations

import pytest

from corpuslint.checks.metadata.bylineline import is_stamp, name_line
from corpuslint.checks.metadata.outlets import agency_in_place
from corpuslint.checks.metadata.page import page_metadata
from pagereading import names  # tests/metadata/pagereading.py

HEADLINE = "Storm floods the old harbour district overnight"
LEDE = ("Residents of the old harbour district woke to knee-deep water on Tuesday after a storm pushed the tide over "
        "the sea wall, officials said. The council opened two shelters and closed the coastal road.")
MORE = ("Engineers had warned for years that the wall was too low for the storms the coast now sees, and the repairs "
        "promised in the last budget have not started, according to the minutes of the council's meetings.")
MENU = ["Home", "World", "Business", "Sport", "Culture", "Science", "Weather", "Opinion"]


def page(*under: str, after: tuple[str, ...] = (), title: str = f"{HEADLINE} | Daily Recorder") -> str:
    return "\n\n".join([title, *MENU, HEADLINE, *under, LEDE, MORE, *after])


@pytest.mark.parametrize(("text", "expected"), [
    ("By Jane Roe BBC News", ["Jane Roe"]),
    ("News By Ann Lee Jun. 6, 2013 5:16 pm", ["Ann Lee"]),
    ("By Jon Mayer 6/6/2013 10:00 A.M. ET", ["Jon Mayer"]),
    ("Jun 6, 2013 08:59 AM ET // by Tim Hall", ["Tim Hall"]),
    # the stamp's label after the names (mercury-parser's dmagazine.com fixture: was `Kathy Wise Published`)
    ("By Kathy Wise Published in FrontBurner December 14, 2016 2:24 pm", ["Kathy Wise"]),
    ("By John Doe Last updated at 10:00 AM on 6th June 2013", ["John Doe"]),
    ("By John Doe | Published on: 6/6/13", ["John Doe"]),
    ("By John Doe 2013/06/06", ["John Doe"]),
    # left alone: a phrase's `By` after a capitalised word, stamped or not; one word before a numeric day
    ("Stand By Me June 6, 2013", []),
    ("Day By Day", []),
    ("By Version 2.10.2013", []),
])
def test_a_by_line_with_its_outlet_its_section_or_a_stamp_before_it(text, expected):
    assert names(text) == expected


def test_a_name_line_with_a_staff_credit_a_newsroom_or_printed_twice():
    assert name_line("By Jon Mayer | Archive 6/6/2013 10:00 A.M. ET") == ("Jon Mayer", True)
    assert name_line("Andy Green , Forbes Staff") == ("Andy Green", True)
    assert name_line("Andy Green Forbes Staff") == ("Andy Green", True)
    assert name_line("HT Correspondents , Hindustan Times Srinagar, July 19, 2013") == ("HT Correspondents", True)
    assert name_line("The writer has posted comments on this article Indu Nand Indu Nand , ET Bureau | Jul 17, 2013, "
                     "10.13 AM IST") == ("Indu Nand", True)
    assert agency_in_place("* Associated Press in Miami") == "Associated Press"
    # left alone: a topic before an outlet's name, a place after a word that is no agency, a surname and a number
    assert name_line("World Cup Sky News")[0] is None
    assert agency_in_place("Protests in Miami") is None
    assert not is_stamp("Mark Mayer 6")


def test_a_name_by_the_headline_that_a_bio_bears_out():
    bio = ("Devin Cole is a contributing writer for NBC News Digital.",)
    assert page_metadata(page("Devin Cole NBC News", after=bio)).authors == ["Devin Cole"]
    assert page_metadata(page("* Rich Johns", after=("Rich Johns is a Media Fellow at Nature News and a freelance "
                                                     "writer.",))).authors == ["Rich Johns"]
    # left alone: the same line with no bio; a section's name and its box (refinery29.com); a bio of someone the
    # headline names (the story's subject)
    assert page_metadata(page("Devin Cole NBC News")).authors == []
    assert page_metadata(page("Styling Tips", after=("More from Styling Tips",))).authors == []
    subject = page("Devin Cole",
                   after=("Devin Cole is a former reporter who has led the council since 2010.",))
    assert page_metadata(subject.replace(HEADLINE, f"{HEADLINE}, Cole says", 2)).authors == []


def test_an_author_box_names_the_writer():
    box = ("About Robert Gehl", "Robert Gehl is a college professor in Phoenix, Arizona. He has over 15 years journalism "
           "experience, including two Associated Press awards.", "More Posts (3227)")
    assert page_metadata(page(after=box)).authors == ["Robert Gehl"]
    # left alone: a blog's box about itself (cnet's `About Signal Strength` over its writer's bio), a site's box
    blog = ("About Signal Strength", "Marguerite Reardon has been covering the telecom beat for more than a decade.")
    assert page_metadata(page(after=blog)).authors == []
    site = ("About Android Central", "Android Central is the place for news and reviews of phones.")
    assert page_metadata(page(after=site)).authors == []


def test_a_list_of_signed_stories_over_the_byline_is_not_the_pages():
    teasers = ["Council votes on new bus lanes", "By Peter Grey", "Harbour festival returns in July", "By Sara Blue"]
    text = "\n\n".join(["The Daily Recorder", *MENU, *teasers, *MENU, HEADLINE, "By John Doe", LEDE, MORE])
    assert page_metadata(text).authors == ["John Doe"]
