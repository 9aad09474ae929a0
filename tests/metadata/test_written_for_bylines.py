"""Bylines naming the outlet they were written for, and the attribution lines closing a republished story
(issue 16, bylines25).

`By Zoe Griffin For Dailymail.com` (a Daily Mail page) was no byline: `for` joined the outlet to the name as it
joins a body's name (`Press Trust of India`), and what followed was no affiliation. `Written by Jane Doe for
Truthout` read `Jane Doe for Truthout` as the author. `This article is republished from The Conversation under a
Creative Commons license.` (the Conversation's own credit) gave no source; `This article was written by Dr. A.
Patel, MD (Internal Medicine), …` gave `Dr. A. Patel` as the source. A blog theme's tag line without a colon under its post (`Posted in News`,
`Tagged jobs, stack overflow`) gave no tags. Lines: a public scraper's test of a Daily Mail
page, mercury-parser's Daily Mail gold, an NYT picture credit in ../shared/corpora/news.jsonl, the Conversation's
and MetaQuotes' closing lines and a health page's author note as public repositories keep them, a WordPress post's
and a pagesix.com page's tag lines (../shared/corpora/web, mercury-parser's fixtures).
"""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.metadata.extract import extract_head, extract_tail

from tests.metadata.pagereading import names

FORMS = Path(__file__).parents[1] / "data" / "metadata" / "forms"
LEDE = ("Normally a dress that receives lots of compliments comes at a great expense, but thousands of Amazon shoppers "
        "are saying the ECOWISH spaghetti strap swing skater dress gets positive attention with each wear.")


def test_a_byline_names_the_person_not_the_outlet_written_for():
    assert names("By Zoe Griffin For Dailymail.com") == ["Zoe Griffin"]
    assert names("By Carly Stern For Dailymail.com") == ["Carly Stern"]
    assert names("By JOHN SMITH FOR DAILYMAIL.COM") == ["John Smith"]
    assert names("Written by Jane Doe for Truthout") == ["Jane Doe"]  # (issue 16's form; was `Jane Doe for Truthout`)
    # degrees after the name without a comma (Grey Faulkenberry's `Grey Faulkenberry, MD MPH`, the comma dropped)
    assert names("By Grey Faulkenberry MD MPH") == ["Grey Faulkenberry"]
    # left alone: a picture's credit; a body's name that holds `of` or `for`
    assert names("Photo by Bryan Anselm for The New York Times") == []
    assert names("By Press Trust of India") == ["Press Trust of India"]
    head = extract_head((FORMS / "byline-for-outlet-dailymail.txt").read_text(encoding="utf-8"))
    assert [(f.field, f.value, f.whole_line) for f in head] == [("author", "Zoe Griffin", True)]


def test_attribution_lines_closing_a_republished_story():
    def tail(line: str) -> list[tuple[str, object]]:
        return [(f.field, f.value) for f in extract_tail(f"{LEDE}\n\n{line}")]

    assert tail("This article is republished from The Conversation under a Creative Commons license. "
                "Read the original article.") == [("source", "The Conversation")]
    assert tail("This article was written by Dr. A. Patel, MD (Internal Medicine), Senior Consultant at Nilachal "
                "Hospital & Research Centre, Kokrajhar.") == [("author", "A. Patel")]
    assert tail("This piece was written by Jane Doe for Truthout.") == [("author", "Jane Doe"), ("source", "Truthout")]
    # left alone: a line that names no one, a credit in a sentence of prose
    assert tail("This article was written by a user of the site and reflects their personal views. MetaQuotes Ltd "
                "is not responsible for the accuracy of the information presented.") == []
    assert tail("Photo by Bryan Anselm for The New York Times. Watch in Times Video »") == []


def test_a_themes_tag_line_without_a_colon_under_a_post():
    def tail(line: str) -> list[tuple[str, object]]:
        return [(f.field, f.value) for f in extract_tail(f"{LEDE}\n\n{line}")]

    # ../shared/corpora/web/txt/wordpress.txt (the Stack Overflow post's meta lines), mercury's pagesix.com page
    assert tail("Posted in News\nTagged jobs, stack overflow") == [("tags", ["News"]), ("tags", ["jobs", "stack overflow"])]
    assert tail("Filed under celebrity breakups, celebrity exes, celebrity lawsuits, nick loeb, sofia vergara") == [
        ("tags", ["celebrity breakups", "celebrity exes", "celebrity lawsuits", "nick loeb", "sofia vergara"])]
    # WordPress's default themes' sentence (Twenty Ten's `This entry was posted in … Bookmark the permalink.`)
    assert tail("This entry was posted in Uncategorized. Bookmark the permalink.") == [("tags", ["Uncategorized"])]
    # left alone: sentences that open alike
    assert tail("Posted in reply to a question from a reader.") == []
    assert tail("Filed under seal, the documents show the plan.") == []
    assert tail("Tagged Smith, who was out at second.") == []
