"""Bylines and titles in shapes of unseen news sites (issue 16, meta27; the lead's held-out misses, as shapes).

Invented lines (names and outlets made up) in the shapes the held-out pages print: a name confirmed by the page's
author box (bornebyline, bios.boxes.author_boxes), a name with its job title, a label other than `By`, a contact
button after the byline, a column's tagline, a name over the author's follow links (creditline); a <title> that is
the printed headline with a section's label, a glued site name or the headline again after it (printedtitle).
Each beside its look-alike left alone.
"""

from __future__ import annotations

from corpuslint.checks.metadata.page import page_metadata

MENU = "Home\nNews\nSports\nBusiness\nOpinion\nContact Us\nSubscribe"
HEADLINE = "County Extends Library Hours Through Winter"
PROSE = ("The county board voted on Tuesday to extend the library's opening hours through the winter, a change that "
         "residents had requested for more than two years.\nOfficials said the cost would be covered by a state grant "
         "and by savings from a new heating system installed last spring.")
BOX = "Share this\nAbout Dana Reyes\nDana Reyes is a contributing writer for Example News. She covers the county.\nMore"
CAREER = "Share this\nDana Reyes has over 10 years of experience covering local government in the Southeast.\nMore"


def _page(title: str, body: str) -> str:
    return f"{title}\n\n{MENU}\n{body}"


def _authors(body: str, title: str = f"{HEADLINE} | Example News") -> list[str]:
    return page_metadata(_page(title, body)).authors


def test_a_name_in_the_head_is_the_byline_when_the_author_box_names_it():
    # the <title> words the story otherwise: no headline found, the name alone over its job title in the page's head
    title = "Library hours to grow | Example News"
    assert _authors(f"{HEADLINE}\nDana Reyes\nSenior Golf Columnist\n{PROSE}\n{BOX}", title) == ["Dana Reyes"]
    assert _authors(f"{HEADLINE}\nDana Reyes\nSenior Golf Columnist\n{PROSE}\n{CAREER}", title) == ["Dana Reyes"]
    assert _authors(f"Dana Reyes\nAssociate Editor, Example.com\n{HEADLINE}\n{PROSE}\n{BOX}") == ["Dana Reyes"]


def test_a_name_no_box_bears_out_is_left():
    title = "Library hours to grow | Example News"
    assert _authors(f"{HEADLINE}\nDana Reyes\nSenior Golf Columnist\n{PROSE}\nShare this", title) == []
    # someone the story is about, named under the headline (a caption) and in the story
    story = "Dana Reyes has worked at the library for 20 years and asked for the change."
    assert _authors(f"{HEADLINE}\nDana Reyes\n{PROSE}\n{story}\nShare this", title) == []
    # two names in the head, each with its box: a list of columnists, no one's byline
    boxes = f"{BOX}\nAbout Lee Park\nLee Park is a staff writer for Example News. He covers schools.\nMore"
    assert _authors(f"Dana Reyes\nLee Park\n{HEADLINE}\n{PROSE}\n{boxes}", title) == []


def test_the_sites_credit_gives_way_to_the_writer_its_author_box_names():
    assert _authors(f"{HEADLINE}\nBy Example News\nMay 15, 2013\n{PROSE}\n{BOX}") == ["Dana Reyes"]
    assert _authors(f"{HEADLINE}\nBy Example News\nMay 15, 2013\n{PROSE}") == ["Example News"]
    assert _authors(f"{HEADLINE}\nBy Lee Park\nMay 15, 2013\n{PROSE}\n{BOX}") == ["Lee Park"]  # a person's byline stays


def test_credited_lines_under_the_headline():
    for line in ("DANA REYES, Daily Star Staff Writer dreyes@example.com",
                 "DANA REYES AP Sports Writer Published: June 7, 2013 2:15AM",
                 "* Article by: DANA REYES",
                 "* Article by: DANA REYES ASSOCIATED PRESS",
                 "By DANA REYES ASSOCIATED PRESS",
                 "DANA REYES\nASSOCIATED PRESS",
                 "Practical IT insight from Dana Reyes",
                 "Dana Reyes Example News\n* Twitter",
                 "Dana Reyes\nDana Reyes\n* Twitter",
                 "News » Science » Biology\n* Dana Reyes",
                 # (titles30) the job title set off by a comma or a dash, or the outlet after it (huffingtonpost)
                 "Dana Reyes, Senior News Editor", "Dana Reyes - Senior News Editor",
                 "Dana Reyes Senior Politics Editor, Example News"):
        assert _authors(f"{HEADLINE}\n{line}\n{PROSE}") == ["Dana Reyes"], line
    assert _authors(f"{HEADLINE}\nBy Dana Reyes and Lee Park, E-mail the writers\n{PROSE}") == ["Dana Reyes", "Lee Park"]


def test_credit_look_alikes_are_left():
    for line in ("Senior Golf Columnist",  # a job title alone
                 # (`Dana Reyes Example News` / `* Share` was one until meta29: a name and its outlet over the article's
                 # tools is a byline, as a held-out page's `… Example News` / `* Facebook Share on Facebook` is)
                 "Icon Facebook\nFacebook",  # a share bar's button and its alt text
                 "Web Audio Editor",  # a tool's name, no one's job title
                 "Practical insight from the county board",  # no name after `from`
                 "May 15, 2013\nThe stone tools were probably made\nby Homo",  # a wrapped sentence's `by`, a genus
                 "News\n* Dana Reyes"):  # a menu's entry, no breadcrumb over it
        assert _authors(f"{HEADLINE}\n{line}\n{PROSE}") == [], line


def test_a_label_after_the_printed_headline_is_left_off_the_title():
    for title in (f"{HEADLINE} Mobile", f"{HEADLINE}- The Site", f"{HEADLINE} {HEADLINE}"):
        assert page_metadata(_page(title, f"{HEADLINE}\nBy Dana Reyes\n{PROSE}")).title == HEADLINE, title


def test_a_title_that_goes_on_past_the_printed_line_is_kept():
    for title in ("Apple Unveils Its New Phone 5", "Apple Unveils Its New Phone and a watch"):
        found = page_metadata(_page(title, f"Apple Unveils Its New Phone\nBy Dana Reyes\n{PROSE}")).title
        assert found == title, title


def test_a_bullet_or_a_dateline_printed_before_the_headline_is_left_off_the_title():
    for title, printed in ((f"{HEADLINE} | Example News", f"* {HEADLINE}"), (f"{HEADLINE} | Example News", f"+ • {HEADLINE}"),
                           (f"{HEADLINE} | Example News", f"MIAMI: {HEADLINE}"), (f"{HEADLINE} Mobile", f"* {HEADLINE}")):
        assert page_metadata(_page(title, f"{printed}\nBy Dana Reyes\n{PROSE}")).title == HEADLINE, (title, printed)
    # the <title> gives the kicker too: the headline's own words
    title = f"WATCH: {HEADLINE}"
    assert page_metadata(_page(title, f"{title}\nBy Dana Reyes\n{PROSE}")).title == title


def test_the_sites_name_beside_the_writers_is_left_off():
    title = f"{HEADLINE} | Example Sports"
    assert _authors(f"{HEADLINE}\nExample Sports | Dana Reyes | Thursday, June 06, 2013\n{PROSE}", title) == ["Dana Reyes"]
    assert _authors(f"{HEADLINE}\nExample Sports Dana Reyes\nMay 15, 2013\n{PROSE}", title) == ["Dana Reyes"]
    # a site the <title> does not name: two names on the meta line, neither taken
    assert _authors(f"{HEADLINE}\nExample Daily | Dana Reyes | Thursday, June 06, 2013\n{PROSE}", title) == []



MENUS = "\n".join(f"* Section {word}" for word in "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa".split() * 6)


def test_the_byline_over_the_story_far_under_the_headline():
    title = f"{HEADLINE} | Example Daily"
    for line, day in (("Dana Reyes | May 15, 2013 11:55 AM", "2013-05-15"), ("July 18, 2013 9:05 AM\nDana Reyes", "2013-07-18"),
                      ("Dana Reyes (Blog) - May 15, 2013 1:42 PM", "2013-05-15")):
        found = page_metadata(f"{title}\n\n{HEADLINE}\n{MENUS}\n{line}\n{PROSE}")
        assert (found.authors, found.date) == (["Dana Reyes"], day), line
    # other stories under a teasers' heading: the first one's byline is not the page's
    found = page_metadata(f"{title}\n\n{HEADLINE}\n{MENUS}\nMore Stories\nDana Reyes | May 15, 2013 11:55 AM\n{PROSE}")
    assert (found.authors, found.date) == ([], None)
