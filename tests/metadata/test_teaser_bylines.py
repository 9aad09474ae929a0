"""A teaser's author is no byline (issue 16, bylwrong30).

Real lines (cut short) of mercury-parser's fixtures as inscriptis and lynx print them: newrepublic.com's live stream
(the story, then `November 29, 2016` / `Jeet Heer` / `an hour ago` over the next post, taken for the story's), a
related-posts rail of cards each a title, a name and a date (sciencefly.com: `Hollie Banks`, twice in the rail, taken
where the story's own byline is the one word `Paul`), and lynx's avatar alt text printing the byline twice under the
standfirst (buzzfeed.com: `Ikran Dahir` / `Ikran Dahir`, missed for a promoted card's `by Aisha Gani` far below:
the name twice was read as a list of names; with no headline found, that card's byline alone, its story's text not under
it), and the last words of a masthead's motto lynx wrapped under the site's
name (thefederalistpapers.org: `… With The Power Which` / `Knowledge Gives`). Each
beside the look-alike that is the story's byline.
"""

from __future__ import annotations

from corpuslint.checks.metadata.lines import iter_lines
from corpuslint.checks.metadata.page import page_metadata
from corpuslint.checks.metadata.teasercards import in_signed_records

TITLE = "Maybe Donald Trump’s Twitter account is more than just a smoke screen."
PARAGRAPHS = [
    "It’s been one of the most persistent narratives of the last year: Whenever a damaging Trump story comes out, he "
    "takes to Twitter and says something heinous, absurd, or both.",
    "Some of Trump’s detractors reverse-engineer his personality to fit the news. Depending on what’s most damaging, "
    "he can either be an ignoramus with a non-existent attention span or a genius who manipulates the media.",
    "But if there is a calculation behind Trump’s signal-boosting of seemingly negative news, I don’t think it’s a "
    "ploy to distract the public from damaging stories.",
    "One of the biggest lessons of the election was that many in the media didn’t understand what animated Trump’s "
    "supporters. Trump does, and overlooking that fact suggests that people still aren’t learning.",
]
NEXT_POST = ["November 29, 2016", "Jeet Heer", "an hour ago", "Mandell Ngan/Getty Images", "Do millennials hate democracy?",
             "In a forthcoming article for The Journal of Democracy, political scientists Yascha Mounk and Roberto Stefan "
             "Foa describe a disturbing global trend."]


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def test_the_next_posts_name_after_the_story_is_not_its_byline():
    text = _page(TITLE, "Menu", "Alex Shephard", "a day ago\nSpencer Platt/Getty", TITLE, *PARAGRAPHS, *NEXT_POST)
    assert page_metadata(text).authors == []  # (the page names its writer again in its cards: taken there)


def test_a_name_over_its_stamp_under_a_standfirst_and_a_caption_is_the_byline():
    text = _page(TITLE, "Menu", TITLE, PARAGRAPHS[0], "Photograph by Spencer Platt/Getty Images.", "Jeet Heer",
                 "November 29, 2016", *PARAGRAPHS[1:])
    assert page_metadata(text).authors == ["Jeet Heer"]


RAIL = """Related Posts
     * As-video-shows-mob-mentality-a-boon-to-hungry-hyenas.jpg
As video shows, mob mentality a boon to hungry hyenas
       Paul
       November 16, 2016
     * sciencefly.com | glow in the dark ice cream
Can’t See? Pass The Ice Cream!
       Hollie Banks
       October 17, 2014
     * sciencefly.com-Teyujagua-fossil-discovered
Very,Very Old New Species Discovered!
       Mary McKee
       March 27, 2016

Popular

     * sciencefly.com
The Venus Flytrap of the Sea
       Hollie Banks
       September 1, 2014
       7
       Nudibranchs, or sea slugs, are already pretty strange creatures; most species of
       nudibranchs eat only one type of food and have bodies that are specially designed to
       the food they eat and the habitat they live in.
     * sciencefly.com_artificisl_weather
Scientists Move A Step Closer To Creating Artificial Weather
       Liam Allen
       May 27, 2014"""
WHALE = "Video shows false killer whale snagging tuna bait"
WHALE_STORY = ("A false killer whale was filmed taking a tuna off a fishing line near Hawaii, the first time "
               "researchers have seen the animals steal bait from a longline.")


def test_a_name_in_a_rail_of_cards_is_no_byline_though_printed_twice():
    text = _page(WHALE, WHALE, "Paul\nDecember 23, 2016\nScifly", WHALE_STORY, "About The Author\n   Paul", RAIL)
    assert page_metadata(text).authors == []


def test_signed_records_tell_a_card_from_the_story_byline():
    lines = list(iter_lines(_page(WHALE, "Liam Allen\nDecember 23, 2016\nScifly", WHALE_STORY, RAIL)))
    at = {line.text.strip(): index for index, line in enumerate(lines)}
    assert in_signed_records(lines, at["Mary McKee"])
    assert not in_signed_records(lines, 1)  # the story's own, its card's neighbours far below


DEMI = "People Are Calling Out This Edited Picture Of Demi Lovato For Body-Shaming Her"
DEMI_STORY = ("1. A few months ago, Vladimir Serbanescu, a 17-year-old artist from Romania, drew this image of Demi "
              "Lovato as a mermaid and shared it on Instagram.")


def test_the_name_twice_under_the_standfirst_is_lynx_s_avatar_and_the_byline():
    text = _page(DEMI, "   Entertainment", DEMI, "   Lovato said: “Is that how my boobs should look?”\n   Ikran Dahir\n"
                 "   Ikran Dahir\n   BuzzFeed UK News Fellow", DEMI_STORY)
    assert page_metadata(text).authors == ["Ikran Dahir"]


def test_two_names_under_the_standfirst_are_a_list_not_a_byline():
    text = _page(DEMI, "   Entertainment", DEMI, "   Lovato said: “Is that how my boobs should look?”\n   Ikran Dahir\n"
                 "   Aisha Gani\n   BuzzFeed UK News Fellow", DEMI_STORY)
    assert page_metadata(text).authors == []


SLOGAN = ("   The People Who Mean To Be Their Governors Must Arm Themselves With The Power Which\n"
          "   Knowledge Gives")


def test_a_wrapped_slogans_last_words_are_no_name():
    # thefederalistpapers.org as lynx prints it: the masthead's motto wrapped under the site's name
    text = _page("The Federalist Papers", "   Quantcast", "   The Federalist Papers", SLOGAN,
                 "   Google+ RSS Twitter Facebook", *PARAGRAPHS)
    assert page_metadata(text).authors == []


def test_a_name_under_a_standfirst_that_ends_its_sentence_is_the_byline():
    text = _page("The Federalist Papers", "   Quantcast", "   The Federalist Papers",
                 "   The people who mean to be their governors must arm themselves with the power knowledge gives.\n"
                 "   Robert Gehl", *PARAGRAPHS)
    assert page_metadata(text).authors == ["Robert Gehl"]


CARD = ("          Meet The Scottish Muslim Student Shaking Up Islamic Societies In Britain\n\n          by Aisha Gani\n\n"
        "        Connect With UKCelebrity\n\n        Like Us On Facebook Follow Us On Pinterest Follow Us On Twitter\n\n"
        "          Now Buzzing\n\n              * How Normal Are Your Cake Opinions?\n\n"
        "              * 21 Tweets That Sum Up Dating In 2016")


def test_a_lone_cards_byline_far_under_the_story_is_no_byline():
    # buzzfeed.com as inscriptis prints it with no <title> over it: no headline found, the page's one `by` line
    text = _page("  Have you seen BuzzFeed English? Check it out", "      * News\n      * Videos", DEMI,
                 "            Lovato said: “Is that how my boobs should look?”", DEMI_STORY,
                 "      Tagged: demi lovato , body shaming , trending", CARD)
    assert page_metadata(text).authors == []


def test_a_byline_over_its_story_is_taken_though_no_headline_is_found():
    text = _page("  Have you seen BuzzFeed English? Check it out", "      * News\n      * Videos",
                 CARD.split("\n\n        Connect")[0], "          December 1, 2016", DEMI_STORY)
    assert page_metadata(text).authors == ["Aisha Gani"]
