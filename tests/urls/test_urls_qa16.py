"""CL301 must not "correct" what is not a typo (qa16a #14/#15, qa16b #6), on the real texts that showed it: redaction
masks of different lengths, a lettered series of stand-in names, two people (or two programs) the text names, a URL
hard-wrapped at a line break, and `http`/`https` in a document whose habit is `http`. Each with the case that is still
a typo beside it. Sources: tests/data/urls/qa16/SOURCES.md."""

from __future__ import annotations

from conftest import DATA
from corpuslint import Document
from corpuslint.checks.urls.base import continues_on_next_line
from corpuslint.checks.urls.handletypos import in_series
from corpuslint.checks.urls.slips import label_typo
from corpuslint.checks.urls.urlsim import find_urls
from corpuslint.checks.urls.variants import UrlVariant

QA16 = DATA / "urls" / "qa16"


def text_of(name: str) -> str:
    return (QA16 / name).read_text(encoding="utf-8")


def findings(text: str):
    return list(UrlVariant().check(Document.from_text(text)))


def apply(text, fix):
    for edit in sorted(fix.edits, key=lambda e: e.start, reverse=True):
        text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text


def test_redaction_masks_of_different_lengths_are_not_misspellings():
    # a bounce for 40 recipients masked `xxxxxx@dot.ca.gov`, `xxxxxxx@…`: 27 "extra x" findings, 26 with a fix that
    # would merge different recipients
    assert findings(text_of("cpython-test_email-msg_43.txt")) == []
    assert label_typo("xxxxxxx", "xxxxxx") is None and label_typo("jxxxxxx", "jxxxxx") is None
    # a doubled letter made a triple is still a slip; so is a dropped letter in a name
    assert label_typo("google", "gooogle") == "extra o" and label_typo("jsuereth", "jsuerth")


def test_a_lettered_series_of_stand_in_names_is_not_one_name_mistyped():
    # `aperson` ... `dperson@dom.ain`: c/d are neighbouring keys, but four names differ in that one place
    assert findings(text_of("cpython-test_email-msg_34.txt")) == []
    assert in_series("cperson", "dperson", ["aperson", "bperson", "cperson", "dperson"])
    assert not in_series("cperson", "dperson", ["cperson", "dperson"])


def test_two_people_named_beside_their_addresses_are_two_addresses():
    text = text_of("lsof-changelog-excerpt.txt")
    # "Edwin Groothuis <edwin@FreeBSD.org>" and "Erwin Lansing <erwin@FreeBSD.org>": the fix wrote Erwin's address
    # for Edwin's
    assert findings(text) == []
    # Erwin's address mistyped once (n/m) is still found and spelled as his other three
    slipped = text.replace("Lansing <erwin@FreeBSD.org>.", "Lansing <erwim@FreeBSD.org>.", 1)
    assert slipped != text
    (v,) = findings(slipped)
    assert slipped[v.start:v.end] == "erwim" and v.data["spelling"] == "erwin" and apply(slipped, v.fix) == text


def test_two_link_targets_the_text_defines_are_two_names():
    text = text_of("docutils-tools-excerpt.txt")
    assert "`LuaTeX`_" in text and ".. _LaTeX:" in text
    assert findings(text) == []  # `LuaTeX` "looks like a misspelling of the handle `LaTeX`"
    # a link whose name the text never uses on its own is still a slip of the other: the URL mistyped
    slipped = text.replace("wiki/LuaTeX", "wiki/LaTeXX")
    (v,) = findings(slipped)
    assert v.data["variant"] == "LaTeXX" and v.data["spelling"] == "LaTeX" and v.fix is not None


def test_a_url_wrapped_at_a_line_break_is_not_a_spelling_of_its_own():
    text = text_of("debian-faq-excerpt.txt")
    # "(https://www.gnu.org" / "/software/hurd)" got a `/` added; "(https://www.debian.org/releases/" /
    # "stable/installmanual)" lost its `/`
    wrapped = [u.text for u in find_urls(text) if continues_on_next_line(text, u)]
    assert {"https://www.gnu.org", "https://www.debian.org", "https://www.debian.org/releases/",
            "https://www.debian.org/doc/", "https://www.debian.org/releases"} <= set(wrapped)
    assert "https://www.gnu.org/" not in wrapped  # "(https://www.gnu.org/)" closes on its own line
    # the one finding left: an apt source written `…/debian` once and `…/debian/` three times, on whole lines
    (v,) = findings(text)
    assert text[v.start:v.end] == "http://ftp.us.debian.org/debian" and v.fix is not None


def test_a_url_at_a_line_end_followed_by_prose_is_whole():
    text = "Read https://www.harbourlight.org/guide/\nfor the details, and https://www.harbourlight.org/guide later.\n"
    assert not any(continues_on_next_line(text, u) for u in find_urls(text))
    assert len(findings(text)) == 1


def test_https_is_no_fix_where_the_document_writes_http():
    text = text_of("apt-transport-mirror-de-excerpt.txt")
    (v,) = findings(text)  # a mirror list: `http://deb.debian.org/debian/` and once `https://…`
    assert v.data["differences"] == ["scheme"] and v.fix is None and v.data["direction"] is None
    # where `https` is the habit, the odd `http` is still rewritten (qa15b #9, test_urls.py)
    https = text.replace("http://", "https://").replace("https://deb.debian.org/debian/\n", "http://deb.debian.org/debian/\n", 1)
    (v,) = findings(https)
    assert https[v.start:v.end] == "http://deb.debian.org/debian/" and v.fix is not None


def wrapped_at(text: str, head: str) -> list[bool]:
    """For each URL `find_urls` reads as exactly `head`: whether it is taken for a piece of a wrapped URL."""
    return [continues_on_next_line(text, u) for u in find_urls(text) if u.text == head]


def test_a_url_ending_in_slash_goes_on_with_a_path_of_its_own():
    # "please see https://www.debian.org/" / "CD/netinst/ (…)": no bracket around it, the next line no `/` first
    text = text_of("debian-faq-netinst-excerpt.txt")
    assert wrapped_at(text, "https://www.debian.org/") == [True]
    assert wrapped_at(text, "https://www.debian.org/CD/netinst/") == [False]  # the bracketed copy on one line
    assert findings(text) == []
    # the same line end before prose is whole: "see https://www.debian.org/" / "for the images"
    prose = text.replace("\n    CD/netinst/ (", "\n    for the images (", 1)
    assert prose != text and wrapped_at(prose, "https://www.debian.org/") == [False]


def test_a_url_closes_the_bracket_it_was_opened_in_on_the_next_line():
    text = text_of("debian-faq-excerpt.txt")
    # "(https://www.debian.org/" / "CD)" and "(https://www.debian.org/releases/stable/" / "installmanual)": the next
    # line holds no `/`, only the bracket closes
    assert "(https://www.debian.org/\n    CD)" in text
    assert True in wrapped_at(text, "https://www.debian.org/")
    assert wrapped_at(text, "https://www.debian.org/releases/stable/") == [True]
    # without the bracket the URL is whole: "CD)" is a word of the sentence
    open_ = text.replace("(https://www.debian.org/\n    CD)", "https://www.debian.org/\n    CD)", 1)
    assert False in wrapped_at(open_, "https://www.debian.org/")


def test_a_list_of_bare_links_ending_in_slash_is_no_wrapped_url():
    # review16d #5: each next line `twitter.com/…/` was taken for the rest of the URL above it, so the handle typo
    # `acmenwes` for `acmenews` was no longer found
    text = ("Follow our reporters on Twitter:\ntwitter.com/acmenews/\ntwitter.com/janedoe_acme/\ntwitter.com/acmenwes/\n\n"
            "For tips, write to the newsroom.\n")
    assert not any(continues_on_next_line(text, u) for u in find_urls(text))
    (v,) = findings(text)
    assert text[v.start:v.end] == "acmenews" and v.data["variant"] in {"acmenews", "acmenwes"}
    # a next line that opens with `www.` or a scheme starts a URL of its own too
    for head in ("www.example.org/b/", "https://example.org/b/", "http:"):
        two = f"See https://example.org/a/\n{head}\n"
        assert wrapped_at(two, "https://example.org/a/") == [False]
