"""What others posted on a page (a comment thread, an embedded tweet) gives no page metadata; a byline with the
writer's handle glued to the name; a skip link first, the headline named by the share bar (qa19c r03, r04).

The pages are excerpts of two of qa19c's held-out pages as inscriptis renders them (lemire.me, The Verge)."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.metadata.comments import before_comments, comments_start
from corpuslint.checks.metadata.lines import Line, iter_lines
from corpuslint.checks.metadata.page import page_found, page_metadata
from corpuslint.checks.metadata.readers import read_byline

PAGES = Path(__file__).parents[1] / "data" / "metadata" / "pages"
VERGE = (PAGES / "theverge-ios13-inscriptis.txt").read_text(encoding="utf-8")
LEMIRE = (PAGES / "lemire-simdjson-comments-inscriptis.txt").read_text(encoding="utf-8")


def values(text: str) -> dict:
    return {found.field: found.value for found in page_found(text)}


def test_a_reader_s_comment_gives_neither_author_nor_date():
    # `3. wmu says:` / `August 5, 2019 at 4:43 pm`, `1. Daniel Lemire says:`: comments' headers, read as the page's
    # author and date at main; the post's own `Posted on August 2, 2019` is not where the reader looks for it
    found = page_metadata(LEMIRE)
    assert found.date is None
    assert values(LEMIRE) == {}


def test_the_thread_starts_at_its_heading():
    lines = list(iter_lines(LEMIRE))
    start = comments_start(lines)
    assert lines[start].text.startswith("5 thoughts on")
    assert lines[start + 1].text == "1. degski says:"
    assert all("says:" not in line.text for line in before_comments(lines))


def test_a_sentence_that_says_something_is_no_comment_header():
    text = ("Headline of the story\n\nBy Ann Lee\nMarch 3, 2019\n\nThe minister says:\n"
            "March 3, 2019 will be remembered as the day the bridge opened.\n")
    lines = list(iter_lines(text))
    assert comments_start(lines) is None  # five words at most, and a sentence's subject (`The minister`) is four
    prose = "He says: the figures are wrong.\nMarch 3, 2019\n"
    assert comments_start(list(iter_lines(prose))) is None  # the verb must close the line


def test_the_headline_byline_and_date_of_a_page_opening_with_a_skip_link():
    # at main: author "Dave Schukin" and the date from the embedded tweet's `— Dave Schukin (@schukin) July 3, 2019`
    assert values(VERGE) == {"title": "iOS 13 will fix the FaceTime eye contact problem", "author": "Jon Porter",
                             "date": "2019-07-03"}


def test_an_embedded_tweet_s_signature_is_no_byline():
    unsigned = VERGE.replace("By Jon Porter@JonPorty Jul 3, 2019, 4:22am EDT", "")
    found = page_metadata(unsigned)
    assert "Dave Schukin" not in found.authors
    assert all("Schukin" not in str(f.value) for f in page_found(unsigned))


def test_a_handle_glued_to_the_name_ends_it():
    def read(text: str) -> dict:
        return {f.field: f.value for f in read_byline(Line(0, len(text), text, True)) or []}

    assert read("By Jon Porter@JonPorty Jul 3, 2019, 4:22am EDT") == {"author": "Jon Porter", "date": "2019-07-03"}
    assert read("By Jon Porter @JonPorty Jul 3, 2019") == {"author": "Jon Porter", "date": "2019-07-03"}
    assert read("By Jon Porter jon.porter@theverge.com") == {}  # an address is no handle


def test_a_counted_thread_of_numbered_entries_gives_no_date():
    # `10 Kommentare` / `1. Beate` / `19. Juni 2019 / 6:16`, the blogger answering as `+ Martina Berg` / `Autor` /
    # `19. Juni 2019 / 13:20`: at main the answer's day was the page's date and `+ Martina Berg` its headline
    text = (PAGES / "lady50plus-sekre-comments-inscriptis.txt").read_text(encoding="utf-8")
    lines = list(iter_lines(text))
    assert lines[comments_start(lines)].text == "10 Kommentare"
    found = page_metadata(text)
    assert found.date is None and found.headline_line is None
    assert values(text) == {}


def test_a_post_s_comment_count_beside_its_byline_is_no_thread():
    text = ("A headline of the story\n\nBy Ann Lee\n12 Comments\n1. Introduction\nMarch 3, 2019\n\n"
            "The story begins here and it goes on for a while, as stories do.\n")
    assert comments_start(list(iter_lines(text))) is None  # one numbered line over a stamp is no thread:
    # a thread has a second entry (`2. ...` over its own stamp)
