"""CL140's record lists (a teaser list's, a comment thread's records stamped with a time) and the single
entry between two flagged lines (`smoothing.sandwiched`), on lines copied from real pages."""

from __future__ import annotations

from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.recordlists import record_lists, stamp_kind
from corpuslint.checks.boilerplate.smoothing import sandwiched

ARTICLE = [  # an article's body (Mercury Parser's yahoo.com fixture), its main run of prose
    "SAN FRANCISCO (AP) — Steve Jobs, the mind behind the iPhone, iPad and other devices that "
    "revolutionized the way people consume information, resigned Wednesday as CEO of Apple.",
    "The move appears to be the result of an unspecified medical condition for which Jobs took a "
    "leave of absence in January, his third since 2004.",
    "In a letter addressed to Apple's board and the Apple community, Jobs said he always said that "
    "if there ever came a day when he could no longer meet his duties, he would be the first to say so.",
    "The company said Jobs gave the board his resignation Wednesday and suggested Cook be named his "
    "successor, and the board did that.",
]
THREAD = [  # ... and its readers' comments, below the article
    "All Comments", "Shared On Facebook", "Leave a comment... Comment Guidelines", "Post", "102 comments",
    "Popular Now", "Newest", "Oldest",
    "Isaac 16 minutes ago", "He was a brilliant icon for Apple I'm going to miss him.",
    "samsara 19 minutes ago", "wise people know where to stop...",
    "john 34 seconds ago", "hmmm maybe his medical condition is from all the drugs he used to do",
    "cromcafefan 26 seconds ago", "Steve, praying all the best for you!",
    "wizarddrummer 47 seconds ago", "He's an inspiration.",
]


def lines_of(rows):
    return candidate_lines("\n\n".join(rows) + "\n")


def numbers(lines, at):
    return [lines[i].text for i in at]


def test_a_stamp_is_a_time_in_digits_or_a_relative_time_and_not_any_number():
    assert [stamp_kind(line) for line in lines_of([
        "samsara 19 minutes ago", "10/04/16 05:29 PM EDT", "Posted by: Florida CPA, 27 Sep 2011 | 15:22",
        "Soumis par Roger-Wielgus, le lundi 29 octobre 2012 à 16h01", "Step 3: add 200 g of flour",
        "Gardening (12)", "2016 Elections"])] == ["relative", "clock", "clock", "clock", None, None, None]


def test_a_comment_thread_s_frame_below_the_article_is_flagged_and_its_sentences_are_not():
    lines = lines_of(ARTICLE + THREAD)
    flagged = {*range(4, 12), 14, 16}  # what the line model flags: the thread's header, two of its stamps
    got = numbers(lines, record_lists(lines, flagged))
    assert "Isaac 16 minutes ago" in got and "wizarddrummer 47 seconds ago" in got  # the records' stamps
    assert "hmmm maybe his medical condition is from all the drugs he used to do" in got  # no sentence's shape
    # what a reader wrote, read as a sentence, is the record's text (a review, a comment): never the frame
    assert "He was a brilliant icon for Apple I'm going to miss him." not in got
    assert "Steve, praying all the best for you!" not in got and not set(got) & set(ARTICLE)


def test_a_liveblog_s_dated_entries_and_an_unflagged_list_are_left_alone():
    entries = []
    for stamp, text in (("10:42 AM", ARTICLE[0]), ("10:35 AM", ARTICLE[1]), ("10:21 AM", ARTICLE[2]),
                        ("10:06 AM", ARTICLE[3]), ("9:58 AM", ARTICLE[0])):
        entries += [stamp, text]
    lines = lines_of(entries)
    assert record_lists(lines, {0, 2, 4, 6}) == []  # the article's own entries: its main run of prose
    lines = lines_of(ARTICLE + THREAD)
    assert record_lists(lines, {*range(4, 12)}) == []  # no record holds a flagged line: no furniture to read it by


def test_an_entry_between_two_flagged_lines_goes_with_them_but_not_a_headline():
    lines = lines_of(["U.K.", "AU", "DE", "Tweet", "Clinton Cancels Joint Events with Sanders", "More",
                      "Log In Log Out", "Hundreds of workers go on strike", "by Julia Horowitz November 29, 2016: 8:18 AM ET"])
    first = [0.99, 0.7, 0.99, 0.99, 0.9, 0.99, 0.99, 0.94, 0.96]
    flagged = {0, 2, 3, 5, 6, 8}
    assert numbers(lines, sandwiched(lines, first, flagged)) == ["AU"]


# a reading plan's verses and a downloads page's releases: numbers that look like times and dates
VERSES = ["Day 1", "John 3:16", "Day 2", "Romans 8:28", "Day 3", "John 10:10", "Day 4", "Matthew 11:28-30",
          "Day 5", "Proverbs 3:5-6", "Day 6", "Jeremiah 29:11"]
RELEASES = ["Python 3.10.12", "Download", "Python 3.11.4", "Download", "Python 3.9.17", "Download",
            "Python 3.8.17", "Download", "Python 3.7.17", "Download", "Python 2.7.18", "Download"]


def test_a_verse_or_a_release_number_is_no_stamp_but_a_time_or_a_date_is():
    assert {stamp_kind(line) for line in lines_of(VERSES + RELEASES)} == {None}
    assert [stamp_kind(line) for line in lines_of([
        "14:32", "Updated 09:15 GMT", "3:16 pm", "10.04.16", "09.28.15", "2016-10-04", "4.10.2016", "10/04/2016"])] == [
        "clock", "clock", "clock", "date", "date", "date", "date", "date"]


def test_a_list_of_verses_or_of_releases_below_the_article_is_left_alone():
    for rows in (VERSES, RELEASES):
        lines = lines_of(ARTICLE + rows)
        flagged = set(range(len(ARTICLE), len(lines), 2))  # the line model flags every other line of the list
        assert record_lists(lines, flagged) == []
    # the same list's records stamped with times (a teaser list) is still read whole
    teasers = [row if i % 2 else f"{9 + i // 2}:0{i // 2} AM" for i, row in enumerate(VERSES)]
    lines = lines_of(ARTICLE + teasers)
    assert record_lists(lines, set(range(len(ARTICLE) + 1, len(lines), 2)))
