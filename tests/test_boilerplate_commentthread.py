"""CL140 and the readers' comment thread under an article (issue 15, ugc26): the thread goes whole,
its posts' sentences too; the same posts with no article above them are the page's text."""

from __future__ import annotations

from pathlib import Path

import cl140_lines

from corpuslint.checks.boilerplate.commentthread import comment_thread
from corpuslint.checks.boilerplate.linefeatures import candidate_lines

WEB = Path(__file__).parent / "data" / "boilerplate" / "web"
POSTS = "how do you abort a fetch?"
ANSWER = "At this point there is no way to do so."


def _thread(text: str) -> list[str]:
    lines = candidate_lines(text, gate=True)
    found = comment_thread(lines)
    return [] if found is None else [lines[i].text for i in found]


def test_the_comments_under_an_article_are_flagged_with_their_frame():
    # Mozilla Hacks (web corpus 002): `2 comments` / `Post a comment` / `Alexander Petrov wrote on
    # March 11th, 2015 at 02:57:` / the question / `Reply` / the author's answer / `Reply`
    lines, found = cl140_lines.flagged(WEB / "002.txt", furnished=True)
    answer = next(n for n, line in enumerate(lines, 1) if line.startswith(ANSWER))
    assert {lines.index("2 comments") + 1, lines.index(POSTS) + 1, answer} <= found
    last_paragraph = next(n for n, line in enumerate(lines, 1) if line.startswith("Along with the transition"))
    assert last_paragraph not in found  # the article's text stays


def test_the_same_posts_with_no_article_above_are_the_pages_text():
    text = (WEB / "002.txt").read_text(encoding="utf-8")
    thread = text[text.rindex("\n2 comments\n"):]  # (the count beside the byline above it: no heading)
    assert POSTS in _thread(text)
    assert _thread(thread) == []  # a thread that is the page: its first post is its text
    assert _thread(text.replace("2 comments", "No comments yet")) == []  # a count of none opens no thread


def test_a_forums_first_post_over_its_replies_is_no_article():
    # review26: a forum's thread whose first post is long (150 words of prose) over its `2 comments`:
    # the post opens under a header of its replies' kind (a poster's name and the hour), so the
    # replies are the page's text too (002's paragraphs and posts, the first set under a poster's header)
    text = (WEB / "002.txt").read_text(encoding="utf-8")
    body = text[text.index("\nStreams and cloning\n"):text.index("\nPosted by Nikhil Marathe")]
    thread = text[text.rindex("\n2 comments\n"):]
    first = "Alexander Petrov wrote on March 10th, 2015 at 08:05:\n\n"
    assert _thread("Introducing fetch()\n\n" + body + thread)  # under an article's heading: a thread
    assert _thread(first + body + thread) == []  # under a post's header: the forum's first post


def test_a_long_run_of_marks_in_a_comment_is_read_in_linear_time():
    # review26: `_SPOKEN` (`...\\W*$`, unanchored) read a 20 KB line of a comment in 13 s; only its end counts
    from corpuslint.checks.boilerplate.commentthread import _said

    assert _said(candidate_lines("Thanks Both It works " + "!" * 50_000 + "\n")[0])  # as a person speaks
    assert not _said(candidate_lines("Thanks Both It works " + "!" * 50_000 + " Ok\n")[0])  # (the marks inside)


def test_a_threads_finding_says_it_is_the_comment_thread():
    # review26: the thread's block took the reason of its highest-scored line (`short line, no sentence, 'Reply'`)
    from corpuslint.checks.boilerplate.classifier import BoilerplateLine
    from corpuslint.models import Document

    text = (WEB / "002.txt").read_text(encoding="utf-8")
    doc = Document.from_text(text, path="002.txt", format="text")
    at = text.rindex("\n2 comments\n") + 1
    found = [v for v in BoilerplateLine(BoilerplateLine.Options()).check(doc) if v.start <= at < v.end]
    assert len(found) == 1 and "comment thread" in found[0].message


def test_a_comment_form_s_fields_between_the_heading_and_the_posts_count_for_no_line():
    # modepilot.de as lynx prints it (sb26 A, session 29): `Kommentare`, the form's nine lines of fields and
    # its button, then the posts; inscriptis prints the form's labels only, and the thread was found there
    text = (Path(__file__).parent / "data" / "boilerplate" / "dumps" / "modepilot-comments.txt").read_text(encoding="utf-8")
    found = _thread(text)
    assert found[0] == "Kommentare" and "So lustig!!! Danke dafür und gerne mehr davon!" in found
    assert not any(line.startswith("Man hätte sich ärgern können") for line in found)  # the article stays
    # ... but nine lines that are no form's (a menu's entries) still stand between a heading and no thread
    menu = "\n".join(f"   * Rubrik {k}" for k in range(9))
    assert _thread(text.replace("   Dein Kommentar\n", menu + "\n", 1).replace("(BUTTON) Senden", "Senden", 1)) == []


THREADS = Path(__file__).parent / "data" / "boilerplate" / "threads"


def test_an_articles_byline_of_another_template_is_no_post_above():
    # comments29 (sb26 A, jovelstefan): the post's byline `11.05.2012, 10:22 von jovelstefan` is a clock
    # stamp as the comments' `1. Jutta | 11.05.2012 11:38` are, but set otherwise: an article, not a post
    text = (THREADS / "jovelstefan_parken.txt").read_text(encoding="utf-8")
    found = _thread(text)
    assert found[0] == "4 Kommentare" and "Vielleicht sollte ich die einfach mal rausnehmen." in " ".join(found)
    assert not any(line.startswith("Also, liebes Internet") for line in found)  # the post stays
    byline = "11.05.2012, 10:22 von jovelstefan"
    assert _thread(text.replace(byline, "0. jovelstefan | 11.05.2012 10:22")) == []  # a post's header: a forum


def test_a_short_post_under_a_heading_naming_it_keeps_no_thread():
    # comments29 (sb26 A, lemire.me): 142 words of the post's prose in one run above `5 thoughts on “…”`,
    # the heading quoting the post's headline; the same thread under a count alone needs 150 words
    text = (THREADS / "lemire_json.txt").read_text(encoding="utf-8")
    found = _thread(text)
    assert found[0].startswith("5 thoughts on") and "Please try it out!" in found
    assert not any(line.startswith("Thus, roughly speaking") for line in found)
    assert _thread(text.replace("JSON parsing: simdjson vs. JSON for Modern C++\n", "Parsing JSON\n", 1)) == []
    assert _thread(text.replace("5 thoughts on “JSON parsing: simdjson vs. JSON for Modern C++”", "5 Replies")) == []


def test_a_teasers_stamp_counting_comments_is_no_comments():
    # comments29 (shops_dev, miravalencia): `Comentarios:` over the form, then teasers stamped
    # `03/12/2015   0 comentarios`
    text = (THREADS / "lemire_json.txt").read_text(encoding="utf-8")
    teasers = "".join(f"\nEl Valencia CF remonta con casta y gana en Lasesarre al Barakaldo número {n}\n"
                      f"0{n}/12/2015   0 comentarios\n" for n in range(1, 6))
    assert _thread(text.split("5 thoughts on")[0] + "3 Comments\n" + teasers) == []


def test_a_heading_counting_one_comment_over_one_post_is_a_thread():
    # comments29 (sb26 A, iloveponysmag): `1 Kommentar` / `* Ameise` / `Do 24. Mai 2018, 10:58 | Antworten` /
    # the comment
    article = (THREADS / "jovelstefan_parken.txt").read_text(encoding="utf-8").split("4 Kommentare")[0]
    one = "1 Kommentar\n\n* Ameise\nDo 24. Mai 2018, 10:58 | Antworten\n\nBitte (noch) mehr Bilder von Helle….:)\n\n"
    form = "Hinterlasse einen Kommentar\n\nDeine E-Mail-Adresse wird nicht veröffentlicht.\n"
    assert _thread(article + one + form)[-1] == "Bitte (noch) mehr Bilder von Helle….:)"
    assert _thread(article + one.replace("Bitte (noch) mehr Bilder von Helle….:)", "Antworten") + form) == []


def test_a_thread_of_wrapped_sentences_keeps_its_fix_and_the_article_stays():
    # lynx wraps each post's sentences over lines (`La Corée du Sud est un pays capitaliste autoritaire,...` /
    # `celle avancée par ...`): the fix guard's "a sentence runs on over its lines" is true of every post, and
    # kept the whole thread's fix back; inside a thread only a sentence across its edges does (fixguard)
    from corpuslint.config import load_config
    from corpuslint.engine import Linter
    from corpuslint.fixer import fix_document
    from corpuslint.models import Document

    path = Path(__file__).parent / "data" / "boilerplate" / "threads32" / "mondediplo-turpitude.lynx.txt"
    text = path.read_text(encoding="utf-8")
    linter = Linter(load_config(None))
    doc = Document.from_text(text, path="turpitude.txt")
    thread = next(f for f in linter.check([doc]) if f.code == "CL140" and "comment thread" in f.message)
    assert thread.fix is not None and "no_fix" not in thread.data
    fixed = fix_document(linter, Document.from_text(text, path="turpitude.txt"), unsafe=True).document.text
    assert "27 commentaires" not in fixed and "même argument" not in fixed
    assert "Corée du Sud" in text.split("27 commentaires")[0]  # (the article names it too)
    article = [line.strip() for line in text.split("27 commentaires")[0].split("\n") if len(line.split()) > 12]
    assert article and all(line in fixed for line in article[:5])  # the article's own long lines stay
