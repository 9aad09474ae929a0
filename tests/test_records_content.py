"""Record-shaped text is the document, not boilerplate (tester25 #1, #2).

Release notes (tests/data/boilerplate/releases: libgdk-pixbuf's NEWS, LGPL, an excerpt): versions'
headings over bulleted lists of changes, no prose; CL140's model read the entries as furniture in a
document without prose and its fix removed 87% of the file. A chatbot corpus (tests/data/chat:
chatterbot-corpus' Korean humor records, BSD, `A: 심심해` / `B: <joke>`): CL151 removed the turns
that conversations share as corpus boilerplate. A page's teaser list under dates and a footer line
glued under the conversations (a real web page's `Get Our Email Newsletter`) are still what they were.
"""

from __future__ import annotations

import json
from pathlib import Path

from cl140_lines import flagged

from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.pageshape import page_shape
from corpuslint.checks.boilerplate.releases import release_notes
from corpuslint.turns import labelled_turns

DATA = Path(__file__).parent / "data"
NEWS = DATA / "boilerplate" / "releases" / "libgdk-pixbuf-NEWS-excerpt.txt"
KOREAN = [json.loads(line) for line in (DATA / "chat" / "chatterbot-korean-humor-excerpt.jsonl").read_text(
    encoding="utf-8").splitlines()]
FOOTER = "Get Our Email Newsletter"  # a web page's furniture (shared/corpora/web)


def test_release_notes_are_no_page_and_cl140_leaves_them():
    assert page_shape(candidate_lines(NEWS.read_text(encoding="utf-8"))) == "release notes"
    _, found = flagged(NEWS, furnished=True)
    assert not found
    _, ungated = flagged(NEWS, pages_only=False)  # the model alone still reads the entries as furniture
    assert ungated


def test_dated_headlines_and_prose_with_versions_are_no_release_notes():
    teasers = "\n".join(f"{day}.04.2016\n- Stadtrat beschließt neue Brücke\n- Wetter: Sonne und Wolken"
                        for day in (10, 11, 12, 13))
    assert not release_notes(candidate_lines(teasers))  # a date is no version: a page's teaser list
    # releases that hold a small share of a page (menus, prose around them) leave the page a page
    news = NEWS.read_text(encoding="utf-8").split("\n")[:20]
    menu = ["Home", "Download", "Documentation", "Community", "Blog", "About", "Contact"] * 3
    assert not release_notes(candidate_lines("\n".join(menu + news + menu)))


def test_labelled_turns_read_as_a_dialog_and_fields_do_not():
    text = KOREAN[0]["text"]  # "A: 심심해\nB: 노인 ..."
    turns = [(0, text.index("\n")), (text.index("\n") + 1, len(text))]
    assert labelled_turns(text) == turns
    assert labelled_turns(text + "\n" + FOOTER) == turns  # the footer glued under it is no turn
    headers = "From: jane@example.org\nTo: joe@example.org\nSubject: Re: lunch\nDate: Mon, 3 May 2021"
    assert not labelled_turns(headers)  # each field said once: no speakers answering each other
    assert not labelled_turns("Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nSGVsbG8=")


def test_cl151_keeps_a_dialogs_turns_and_finds_a_footer(cli, tmp_path):
    records = [{**r, "text": r["text"] + "\n" + FOOTER} for r in KOREAN]
    path = tmp_path / "chat.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    found = cli("check", path, "--isolated", "--no-index", "--no-cache", "--select", "CL151",
                "--output-format", "json").json()
    assert found and all(FOOTER in f["message"] for f in found)
    assert not [f for f in found if "심심해" in f["message"]]
