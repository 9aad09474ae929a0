"""CL140 on a page that IS the thread (issue 15, forum26): with no article above, whatever a person wrote
inside the posts' frame is the page's text, in the third person or without a sentence's shape too; the
same lines under an article must still read as a person's (`writes_as_sentence`), and the frame goes."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.boilerplate.commentthread import comment_thread
from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.postframe import posts_own

WEB = Path(__file__).parent / "data" / "boilerplate" / "web"
# a Something Awful thread's posts (Awful.app's test fixture showthread2.html, as lynx dumps them)
THREAD = (WEB / "somethingawful-thread-excerpt.txt").read_text(encoding="utf-8")
THIRD_PERSON = {"They won a Logie that year too, shows how much people actually care about mocking them.",
                "Guy Pearce (dude rocks), bunch of the Chaser boys, COSTA and Tony Robinson.",
                "My vote has been cast."}
FRAME = {"* Profile", "* Post History", "# ? Jan 18, 2013 20:15", "Stanfield", "deep square leg", "Sep 16, 2003",
         "friendship is magic", "deep square leg posted:"}


def kept(text: str) -> set[str]:
    lines = candidate_lines(text, gate=True)
    return {lines[i].text for i in posts_own(lines, range(len(lines)))}


def test_on_a_thread_page_the_posts_in_the_third_person_are_kept_and_the_frame_is_not():
    own = kept(THREAD)
    assert THIRD_PERSON <= own
    assert not own & FRAME


def test_under_an_article_the_same_posts_must_read_as_a_persons():
    # a blog post's article above the same thread (the first paragraphs of the web corpus' 002.txt)
    prose = [line for line in (WEB / "002.txt").read_text(encoding="utf-8").split("\n") if len(line) > 200]
    article = "\n\n".join(prose[:3])
    own = kept(article + "\n\n" + THREAD)
    assert "They won a Logie that year too, shows how much people actually care about mocking them." not in own
    assert "Guy Pearce (dude rocks), bunch of the Chaser boys, COSTA and Tony Robinson." not in own
    assert "If you win please thank David Koch for being an inspiration." in own  # a person speaks: kept as before


def test_a_thread_page_is_no_comment_thread_under_an_article():
    # a scattered sentence above the posts (the site's notice) is no article: the thread is not taken whole
    text = "Please read the forum rules before you post in this thread.\n\n3 Comments\n\n" + THREAD
    assert comment_thread(candidate_lines(text, gate=True)) is None


def test_teasers_over_an_article_are_no_thread_pages_posts():
    # Kinja's page (web corpus, lifehacker): headline teasers with their counts and times above the
    # article, its comments below; no article above the teasers, but one below them
    text = (WEB / "lifehacker-post-comment-load.txt").read_text(encoding="utf-8")
    assert "Aaron Hernandez Is An Idiot, But He Still Might Get Away With Murder" not in kept(text)
