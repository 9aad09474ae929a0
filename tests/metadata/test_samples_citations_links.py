"""No page metadata from a code sample, a quotation's citation, a forum's topic list, or a link a post closes
with; a story's address closing it is still its source (qa20 r06, r07).

The texts are excerpts of qa20's held-out feeds (chardet 5.2.0's test feeds as the tester rendered them):
a Template Toolkit forum's news, a Korean blog quoting a newsletter, a Yiddish forum's topic list, and five
feed entries as JSONL records."""

from __future__ import annotations

import json
from pathlib import Path

from corpuslint.checks.metadata.lines import code_line
from corpuslint.checks.metadata.page import page_metadata
from corpuslint.models import Document
from corpuslint.checks.metadata.body import MetadataInBody

DATA = Path(__file__).parents[1] / "data" / "metadata"
PAGES = DATA / "pages"


def found(text: str) -> dict:
    return {v.data["field"]: v.data["value"] for v in MetadataInBody().check(Document.from_text(text))}


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


PROSE = ("The horse, whose carriage had no passengers, smashed into the station wagon at 50th Street and Ninth "
         "Avenue around 9:30 p.m., witnesses said.\n\n")


def test_a_date_in_a_code_sample_is_no_stamp():
    # `Template::Plugin::String::Compare - сравнение строк` over `[% IF '2005-03-01' < '2005-04-01' %]`: read at main
    # as a headline over its stamp (date 2005-03-01)
    text = page("qa20-tt-forum-news-template-sample.txt")
    assert page_metadata(text).date is None
    assert "date" not in found(text)
    assert code_line("  [% IF '2005-03-01' < '2005-04-01' %]") and code_line("[% USE String.Compare %]")
    # left alone: a stamp, a date in typographic quotes, a time in a stamp
    for stamp in ("January 2, 2006, 11:50 PM EST", "Published ‘2005-03-01’", "2005-03-01 19:56", "(2004-11-01)"):
        assert not code_line(stamp)


def test_a_quotations_citation_under_its_paragraph_is_no_stamp():
    # `머리가 지치지 않은 상태` / a quoted paragraph ending `(후략)` / `예병일의 경제노트 (2004-11-01)`: the quoted
    # newsletter's issue, read at main as the post's date
    text = page("qa20-jely-blog-quoted-newsletter.txt")
    assert page_metadata(text).date is None
    assert "date" not in found(text)


def test_a_forums_topic_list_gives_no_topics_headline_or_stamp():
    # topics each over their hour (`Who places stickers on cars 19:45`); under one, a pasted AP story's headline and
    # byline, above it another topic's edit stamp `… - 03/01/2006 7:21:07` (day first): both read at main
    text = page("qa20-hevre-forum-topic-list.txt")
    read = page_metadata(text)
    assert (read.headline_line, read.date, read.authors) == (None, None, [])
    assert not {"title", "date", "author"} & set(found(text))
    # found: the same pasted story on a page of its own, under a topic's line (one timed line is no list)
    lines = text.splitlines()
    story = "\n".join(lines[25:]) + "\n"
    alone = page_metadata(story)
    assert (alone.authors, alone.date) == (["Elizabeth Lesure"], "2006-01-02")


def test_a_link_closing_a_post_is_its_source_only_if_it_addresses_a_story():
    # a restaurant's home page under its review, a contact form under `… お問い合わせはこちらまで。`, a trailer's
    # download under the line saying so, a photo gallery under `לינק פאר בילדער`, a program's home page under
    # `Домашняя страница:`: each read at main as the record's `source`
    for line in (DATA / "qa20-feed-posts-closing-links.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert "source" not in found(record["text"]), record["id"]
    # found: a story's address (a dated path, a slug of words) alone under the story's prose
    url = "http://www.nynewsday.com/news/local/wire/nyc-horsecrash-pg,0,7830132.story"
    assert found(PROSE + url + "\n") == {"source": url}
    assert found(PROSE + "https://example.org/2019/03/story.html\n") == {"source": "https://example.org/2019/03/story.html"}
    # left alone: the same address under a line that introduces it, or under a label
    assert "source" not in found(PROSE + "Link to the pictures\n\n" + url + "\n")
    assert "source" not in found(PROSE + "Homepage:\n" + url + "\n")
    # found: any address under a line saying the text is published there (Debian's mailing-lists document, qa20)
    told = "-- \nOnline HTML version of this document is available at\n\thttps://www.debian.org/MailingLists/subscribe\n"
    assert found(PROSE + told) == {"source": "https://www.debian.org/MailingLists/subscribe"}
    # and a site's home page, a download
    assert "source" not in found(PROSE + "http://www.example.co.jp/\n")
    assert "source" not in found(PROSE + "http://www.example.com/files/2019/03/setup-file-v2.exe\n")


def test_a_first_line_that_is_the_sites_name_is_no_title():
    # qa19c (inscriptis): `The Sound Of Science` over `Copyright © 2020 The Sound Of Science .`, `DenkanStoos Hamburg
    # (Stoos-Satellite)` repeated in the blog's follow box `Folge “…”` (read at main as the page's headline again)
    for name in ("qa19c-soundofscience-site-name-first-inscriptis.txt", "qa19c-denkanstoos-site-name-first-inscriptis.txt"):
        text = page(name)
        assert "title" not in found(text), name
        assert page_metadata(text).title is None
    # found: a headline over its story, the copyright line naming another (the site), the headline printed again
    headline = "Horse Pulling Carriage Goes Wild in Manhattan"
    text = (headline + "\n\n" + PROSE + "Copyright © 2006 Newsday . All rights reserved.\n")
    assert found(text)["title"] == headline
    text = (headline + " - Newsday\n\n" + headline + "\n\n" + PROSE + PROSE
            + "Copyright © 2006 Newsday . All rights reserved.\n")
    assert found(text)["title"] == headline


def test_a_date_in_a_data_row_is_no_stamp():
    # tester33 C: r-cran-zoo 1.8-11's vignette `zoo-quickref` as pandoc's plain text (its first 21 lines, GPL-2): a
    # CSV sample `Daily,24 Feb 2005,2055.30,4337.00` under its lead-in was read as the document's date 2005-02-24
    text = page("zoo-quickref-csv-sample.txt")
    assert page_metadata(text).date is None
    assert "date" not in found(text)
    for row in ("Daily,24 Feb 2005,2055.30,4337.00", "       23 Feb 2005|43.72", "2019-03-05\t12.5",
                "| 2005-02-24 | 43.72 |", "2019-03-05,120,340"):
        assert code_line(row), row
    # left alone: a dateline's commas, a stamp beside a count or its reading time
    for stamp in ("WASHINGTON, March 5, 2019", "Monday, 24 Feb 2005, 10:30", "By John | March 5, 2019 | 12:30",
                  "Tech | 23 Feb 2005 | 4 min read", "Friday 5 March 2019 | 1", "Posted on 2019-03-05; 12 comments"):
        assert not code_line(stamp), stamp
