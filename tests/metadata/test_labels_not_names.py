"""Labels read as names, numbered teasers read as the article, job titles and link lines (session 31, issue 16).

Short excerpts of real whole-page texts (sb26's rendered pages: medef.fr, newyorker.com, medium.com) and the shapes
tester30 wrote (H6), each both ways: what is not a byline or a title left alone, the person or headline still read.
"""

from corpuslint.checks.metadata.bylineline import bare_name
from corpuslint.checks.metadata.page import page_metadata

MEDEF = """      FR En ES DE ZH
    * Main topics
        + Business Law
        + Economy
        + Education-Training
    * Publications

      Business Law
      Posted the September 1, 2017 at 0h00
    Alternative dispute resolution for antitrust damages
        Business Law
      Alternative dispute resolution for antitrust damages
      01 September 2017
      Litigation is in most cases very costly, long and time-consuming and damaging to a company's image. Alternative dispute resolution offers another way.
      Read Also
            Making Sense of Competition Law Compliance
            July 13, 2017
              Business Law
            Protecting sensible businesses information (FR)
            July 12, 2017
              Business Law
"""


def test_a_section_the_menu_lists_is_no_byline():
    assert page_metadata(MEDEF).authors == []


def test_a_name_an_authors_menu_lists_is_still_the_byline():
    text = MEDEF.replace("Business Law", "Ina Fried").replace("+ Economy", "+ April Glaser").replace(
        "+ Education-Training", "+ Eric Johnson")
    assert page_metadata(text).authors == ["Ina Fried"]


NEWYORKER = """    * Sections
    * Latest
      *
             1. Morning Cartoon: Friday, September 30th
                by David Sipress
             2. David Bowie, Celebrated by His Friends
                by Sarah Larson
             3. The Hidden Benefits of Not Taking a Compliment
                by Haley Mlotek
  * Election
  * News
  Elements
Hacking, Cryptography, and the Countdown to Quantum Computing

By Alex Hutchinson

, September 26, 2016

   In the last days of August, a group of mathematicians and cryptographers met in a hotel to talk about how the
   internet would keep its secrets once computers of a new kind could break the codes that guard it today.
"""


def test_a_numbered_most_read_box_gives_way_to_the_article_under_it():
    found = page_metadata(NEWYORKER)
    assert found.title == "Hacking, Cryptography, and the Countdown to Quantum Computing"
    assert found.authors == ["Alex Hutchinson"]


def test_a_numbered_headline_alone_is_still_the_headline():
    text = "  Elements\n" + NEWYORKER.split("  Elements\n")[1].replace("Hacking, Cryptography", "1. Hacking, Cryptography")
    assert page_metadata(text).authors == ["Alex Hutchinson"]


RHINE = """Why the Rhine Floods Every Spring | River News

{byline}

The Rhine floods most springs because snowmelt in the Alps coincides with heavy rain in the middle basin, and the river's channel was narrowed in the nineteenth century.
Engineers have since given it room again in several places.
"""


def test_a_job_title_with_its_field_and_employer_after_the_name():
    for byline in ("by Karl Weber, Professor of Hydrology at Bonn University",
                   "by Dr. Karl Weber, Professor of Hydrology at Bonn University"):
        assert page_metadata(RHINE.format(byline=byline)).authors == ["Karl Weber"]
    assert page_metadata(RHINE.format(byline="By Karl Weber, Jane Roe and Lee Park")).authors == [
        "Karl Weber", "Jane Roe", "Lee Park"]


def test_a_buttons_or_a_guides_words_are_no_name():
    for label in ("View Images", "Watch Video", "Getting Started", "Los Angeles"):
        assert bare_name(label) is None, label
    for name in ("Dana Reyes", "Channing Tatum", "Will Leitch", "Grant Brisbee"):
        assert bare_name(name) == name


PIE = """Grandma's Apple Pie Recipe : The Kitchen Blog

   By Jane Smith, Senior Food Editor

   Published March 3, 2021

   This apple pie has been in our family for three generations. It's simple, honest food, and it's the pie I bake every autumn when the first apples come in.
"""


def test_lynx_link_line_over_the_text_is_no_title_and_bears_out_the_site():
    found = page_metadata("   #The Kitchen Blog\n\n" + PIE)
    assert found.title == "Grandma's Apple Pie Recipe" and found.authors == ["Jane Smith"]
    assert page_metadata(PIE).title == "Grandma's Apple Pie Recipe : The Kitchen Blog"  # nothing bears the part out


MEDIUM = """            Homepage
              Sign in / Sign up
              Jakob Ulbrich Blocked Unblock Follow Following
                Aug 8, 2016

            Flag Attributes in Android — How to Use Them

            I was recently working on an app where I had to use flags on an intent, and I wanted to know what each
            of them does before I used them, so I wrote down what I learned about the most useful ones here.
"""


def test_a_menus_first_word_is_no_title_a_lone_title_word_is():
    assert page_metadata(MEDIUM).title != "Homepage"
    assert page_metadata("Document\n\n" + MEDIUM.split("\n\n", 1)[1]).title == "Document"
    assert page_metadata("http://example.com/2015/08/gender-bias.html\n\n" + PIE.split("\n\n", 1)[1]).title is None


RUNOFF = """Jane Roe Wins Seat In Runoff : Example

   * Home
   * Politics

In A Close Runoff, Roe Takes The Seat

Jane Roe won the council seat on Tuesday after a runoff that was decided by fewer than two hundred votes, officials said.

She will be sworn in next month and has promised to hold weekly meetings with residents of the district.
"""


def test_the_printed_headline_the_title_words_otherwise_heads_the_story():
    assert page_metadata(RUNOFF).title == "In A Close Runoff, Roe Takes The Seat"
    # under the story's prose, a line sharing the <title>'s words is a related story's: the <title> stays
    moved = RUNOFF.replace("In A Close Runoff, Roe Takes The Seat\n\n", "").replace(
        "residents of the district.\n", "residents of the district.\n\nIn A Close Runoff, Roe Takes The Seat\n\nMore.\n")
    assert page_metadata(moved).title == "Jane Roe Wins Seat In Runoff : Example"
