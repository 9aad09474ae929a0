"""Bylines without `By` or a stamp, in shapes of unseen news sites (issue 16, meta29; the lead's held-out misses, as
shapes: names and outlets invented).

A name alone (or with its outlet) set among the article's tools under the headline or under the story's last
paragraph (toolsbyline), a name over its job title, names with the outlet they write `for`, a community site's user
and role (creditline), a wire credited by its whole name under the story (pagecredits.wire_closing_story), the
outlet's host over the stamp (outlets); a `by` inside a sentence wrapped around it (lines.goes_on_below); the site's
name and its section after a colon closing the <title> (titlesite). Each beside a look-alike left alone.
"""

from __future__ import annotations

from corpuslint.checks.metadata.page import page_metadata

MENU = "Home\nNews\nSports\nBusiness\nOpinion\nContact Us\nSubscribe"
HEADLINE = "County Extends Library Hours Through Winter"
PROSE = ("The county board voted on Tuesday to extend the library's opening hours through the winter, a change that "
         "residents had requested for more than two years.\nOfficials said the cost would be covered by a state grant "
         "and by savings from a new heating system installed last spring.")
FOOT = "About Us\nAdvertise\nPrivacy Policy\n© 2019 Example Times"


def _read(body: str, title: str = f"{HEADLINE} | Example Times"):
    return page_metadata(f"{title}\n\n{MENU}\n{HEADLINE}\n{body}\n{FOOT}")


def _authors(body: str, title: str = f"{HEADLINE} | Example Times") -> list[str]:
    return _read(body, title).authors


def test_a_name_alone_among_the_articles_tools_is_the_byline():
    assert _authors(f"\nDana Reyes\n\n* Facebook\n* Twitter\n* Email\n{PROSE}") == ["Dana Reyes"]
    assert _authors(f"TEXT SIZE - +\n\nDana Reyes\n\n{PROSE}") == ["Dana Reyes"]
    assert _authors(f"Dana Reyes Example Courier\n* Facebook Share on Facebook\n{PROSE}") == ["Dana Reyes"]
    # the outlet after the name, over the author's follow row, the stamp above
    assert _authors(f"Published Wednesday, March 15, 2019 at 1:05 pm EDT\nDana Reyes Example Sports\n"
                    f"Follow on Twitter Archive Email\n{PROSE}") == ["Dana Reyes"]
    # under the story's last paragraph, the outlet first, over the share row
    assert _authors(f"{PROSE}\nEXAMPLE Sports Dana Reyes\nShare This Story") == ["Dana Reyes"]


def test_a_name_beside_the_tools_that_is_no_byline_is_left():
    assert _authors(f"\nDana Reyes\n\n{PROSE}") == []  # a name alone, nothing beside it (a caption's, a kicker's)
    # the story's subject, named by the headline
    assert _authors(f"Dana Reyes\n* Facebook\n{PROSE}", "Dana Reyes Extends Library Hours | Example Times") == []
    # a related story's author over a share button: no paragraph of the story above it
    assert _authors(f"{PROSE}\nShare This Story\nRelated Stories\nPark Board Approves New Playground\nLee Park\n"
                    "Share This Story") == []
    # two stories' signatures over their share rows: a list, no one's byline
    assert _authors(f"{PROSE}\n{PROSE}\nLee Park\nShare\n{PROSE}\nKim Lowe\nShare") == []


def test_credits_without_by_under_the_headline():
    assert _authors(f"Dana Reyes\nAssociate Editor, Example.com\n{PROSE}") == ["Dana Reyes"]
    assert _authors(f"Dana Reyes and Lee Park , Special for EXAMPLE TODAY 5:27 p.m. EDT March 17, 2019\n{PROSE}") \
        == ["Dana Reyes", "Lee Park"]
    assert _authors(f"By exampleuser, Community Contributor\n{PROSE}") == ["exampleuser"]
    assert _authors(f"ExampleSports.com\nMarch 15, 2019 3:30 PM ET\n{PROSE}") == ["ExampleSports.com"]
    # look-alikes: a name over a sentence, a phrase with `for` in it, a host with no stamp beside it
    assert _authors(f"Dana Reyes\nAssociate editors said the change was overdue.\n{PROSE}") == []
    assert _authors(f"Thanks, for Example Times\n{PROSE}") == []
    assert _authors(f"ExampleSports.com\n{PROSE}") == []


def test_a_wire_credited_under_the_story():
    assert _authors(f"{PROSE}\nThe Associated Press\nShare This Story") == ["The Associated Press"]
    assert _authors(f"{PROSE}\nStaff, news services") == ["Staff, news services"]
    # a picture's credit: an acronym alone, or the wire's name with the story going on under it
    assert _authors(f"{PROSE}\nAP\nShare") == []
    assert _authors(f"{PROSE}\nThe Associated Press\n{PROSE}") == []


def test_a_by_inside_a_wrapped_sentence_is_no_byline():
    body = (f"{PROSE}\nthe stone tools were made\nby Homo\nerectus.\n{PROSE}\nWritten by\nDana Reyes")
    assert _authors(body) == ["Dana Reyes"]
    assert _authors(f"{PROSE}\nBy Lee Park\nlibrary.\n{PROSE}") == ["Lee Park"]  # a two-word name is kept


def test_the_sites_name_and_section_after_a_colon_close_the_title():
    # the headline not printed again: the <title> cut where the page bears out the site's name (its copyright line)
    page = f"{HEADLINE} | Example Times: News\n\n{MENU}\n{PROSE}\n{FOOT}"
    assert page_metadata(page).title == HEADLINE
    other = page.replace("Example Times: News", "Other Paper: News")
    assert page_metadata(other).title == f"{HEADLINE} | Other Paper: News"  # no site borne out: kept whole
