"""CL504 on text that is no news story (qa18a #7, #8): rendered man pages, Vim help, lynx dumps of DocBook pages,
fortunes. A title is no text browser's link line, no manual's running header, no help file's tagged heading; a
list's entry (a bibliography's, a change log's) is no headline over a stamp; a language list is no wire dateline;
a name set off under a quotation attributes the quotation, and its line stays the quotation's own. Real text, a
few lines of each, in tests/data/metadata/evidence (debref-*: debian-reference's appendix rendered by lynx;
vim-*: Vim 9.0's help; man-de-cat: manpages-l10n's cat(1); fortune-*: the fortune files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.checks.metadata.body import MetadataInBody, MetadataLineInBody
from corpuslint.checks.metadata.notitle import not_a_title
from corpuslint.models import Applicability, Document

DATA = Path(__file__).parents[1] / "data" / "metadata" / "evidence"
FLAGS = ("--isolated", "--no-index", "--no-cache", "--select", "CL504,CL505")


def text_of(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def found(text: str) -> dict[str, object]:
    return {v.data["field"]: v.data["value"] for v in MetadataInBody().check(Document.from_text(text))}


@pytest.mark.parametrize(("name", "wrong"), [
    # main: `title: CAT(1) Dienstprogramme für Benutzer CAT(1)`, the header man prints over every page
    ("man-de-cat.txt", {"title"}),
    # main: `title: #Debian Reference Debian Reference Capitolo 12. Programmazione` (lynx's `<link rel>` line: the
    # book, the previous chapter) and `date: 1998-12-11`, a cited book's (`* "Debian Tutorial" di Havoc Pennington.
    # (11 dicembre, 1998)`)
    ("debref-apa-it.txt", {"title", "date"}),
    # main: `title: *pi_zip.txt* For Vim version 9.0. Last change: …` and `date: 2010-06-21` from the change log's
    # `v24 Jun 21, 2010 * (Cédric Bosdonnat) …`
    ("vim-pi-zip.txt", {"title", "date"}),
    # main: `title: FORMAT OF STRAIGHT WORD LIST *spell-wordlist-format*`, a section's heading with its help tag
    ("vim-spell-heading.txt", {"title"}),
    # main: `source: British`, from the page's language list `Dolnoserbšćina English (British) English …`
    ("web-language-list.txt", {"source"}),
])
def test_no_value_from_a_rendered_pages_furniture(name, wrong):
    assert not wrong & found(text_of(name)).keys()


def test_the_furniture_lines_are_no_titles_and_real_titles_still_are():
    assert not_a_title("CAT(1)                   Dienstprogramme für Benutzer                   CAT(1)") == "header"
    assert not_a_title("#Debian-Referenz Debian-Referenz Kapitel 12. Programmierung") == "links"
    assert not_a_title("*pi_zip.txt*\tFor Vim version 9.0.  Last change: 2022 Oct 17") == "help-tag"
    assert not_a_title("FORMAT OF STRAIGHT WORD LIST\t\t\t\t*spell-wordlist-format*") == "help-tag"
    # left alone: a headline naming a section of a manual, a number after `#`, an emphasised word inside
    for title in ("How to Read the cat(1) Manual Page", "Friday Facts #282 - 0.17 in sight",
                  "Why I *Still* Write Man Pages", "Herman Melville - Moby-Dick"):
        assert not_a_title(title) is None


def test_a_lists_entry_is_no_headline_over_a_stamp():
    # the page's first line replaced by a plain title, so that only the list is left to read the date from: main
    # took the change log's `v29 Apr 02, 2017 * (Klartext) …` and the bibliography's `(11 dicembre, 1998)`
    zip_help = "Zip File Interface Plugin Notes\n" + text_of("vim-pi-zip.txt").split("\n", 1)[1]
    assert found(zip_help) == {"title": "Zip File Interface Plugin Notes"}
    appendix = "   Debian Reference Capitolo Dodici\n" + text_of("debref-apa-it.txt").split("\n", 1)[1]
    assert found(appendix) == {"title": "Debian Reference Capitolo Dodici"}


def test_a_wire_dateline_is_still_read():
    # left alone: the wire's credit over the lede, with or without its dash
    text = "WASHINGTON (Reuters) The U.S. Senate on Tuesday passed a bill that would fund the government.\n"
    assert found(text) == {"source": "Reuters"}
    text = "LONDON (AP) — Britain's prime minister said on Monday that the talks would go on.\n"
    assert found(text) == {"source": "AP"}


def test_a_name_set_off_under_a_quotation_is_found_but_not_safely():
    doc = Document.from_text(text_of("fortune-wilde.txt"))  # `Why was I born …?` / `\t\t-- Oscar Wilde`
    (v,) = MetadataInBody().check(doc)
    assert v.data["value"] == "Oscar Wilde" and v.fix.applicability is Applicability.UNSAFE


# tester25 #6: main took the last quotation's attribution for the file's author, safely where it stands at the
# margin of the text above (`\t\t-- Christoph Lameter` under lines indented as deep: the line removed)
KIDS_RECORDS = """Never trust a child farther than you can throw it.
%
No house is childproofed unless the little darlings are in straitjackets.
%
No matter how old a mother is, she watches her middle-aged children for
signs of improvement.
\t\t-- Florida Scott-Maxwell
%
Nobody suffers the pain of birth or the anguish of loving a child in order
for presidents to make wars, for governments to feed on the substance of
their people, for insurance companies to cheat the young and rob the old.
\t\t-- Lewis Lapham
"""


@pytest.mark.parametrize("text", [
    text_of("fortune-orben.txt"),  # three quotations, each with its own attribution (`-- graffito in Los Angeles`)
    text_of("fortune-linux-lameter.txt"),  # the same, the last at the margin of its quotation
    KIDS_RECORDS,  # a file of records (fortune's `%` lines)
])
def test_the_last_of_several_quotations_attributes_its_quotation_not_the_text(text):
    assert found(text) == {}
    last = text.replace("%\n", "\n\n").split("\n\n")[-1]
    assert list(found(last)) == ["author"]  # the quotation alone: its attribution is found (as Wilde's)


def test_a_credit_under_a_quotations_attribution_is_no_byline():
    # `-- Scheda di C. Pravettoni, "Mai Dire Gol",` / `by Walter Fontana`: main read the byline as the author (safe)
    assert found(text_of("fortune-fontana.txt")) == {}


def test_a_quotations_attribution_stays_after_every_fix(cli, tmp_path):
    # qa18a #8: main's safe --fix wrote `author: Oscar Wilde`, and the next --fix --unsafe-fixes removed
    # `-- Oscar Wilde` from the quotation (CL505); now the safe run leaves the file alone, the unsafe run may take
    # the author into the metadata, and the line stays
    path = tmp_path / "oscar.txt"
    path.write_text(text_of("fortune-wilde.txt"), encoding="utf-8")
    cli("check", path, *FLAGS, "--fix")
    assert not path.with_name("oscar.meta.yaml").exists()
    cli("check", path, *FLAGS, "--fix", "--unsafe-fixes")
    assert "Oscar Wilde" in path.with_name("oscar.meta.yaml").read_text(encoding="utf-8")
    cli("check", path, *FLAGS, "--fix", "--unsafe-fixes")
    assert path.read_text(encoding="utf-8") == text_of("fortune-wilde.txt")
    # CL505 offers no removal of the line whose value the metadata holds
    doc = Document.from_text(text_of("fortune-wilde.txt"), metadata={"author": "Oscar Wilde"})
    assert list(MetadataLineInBody().check(doc)) == []


def test_a_writers_sign_off_at_the_margin_is_still_safe_and_removable():
    # left alone: The Week's `- - Jon Terbush` under the story, at the margin as the prose is
    text = ("Amazon did not immediately say how long the experimental store would remain open, nor whether it "
            "was preparing to open similar physical locations elsewhere in the country.\n\n- - Jon Terbush\n")
    (v,) = MetadataInBody().check(Document.from_text(text))
    assert v.data["value"] == "Jon Terbush" and v.fix.applicability is Applicability.SAFE
    (v,) = MetadataLineInBody().check(Document.from_text(text, metadata={"author": "Jon Terbush"}))
    assert text[v.start:v.end] == "- - Jon Terbush"



# qa19c (web pages rendered by lynx and inscriptis): a form's button, a weekday, a skip link give no value.
# Real lines in tests/data/metadata/evidence: lynx-button-menu (correctiv.org's head), lynx-weekday-dateline
# (erp-news.info's head), inscriptis-skip-link (lemire.me's head and one of its comments).
@pytest.mark.parametrize(("name", "wrong", "kept"), [
    # main: `source: BUTTON`, from lynx's `(BUTTON) Menü` read as a wire's `(AP)`
    ("lynx-button-menu.txt", {"source"}, set()),
    # main: `source: Freitag` from `Freitag, November 22, 2019`; the day stays a date
    ("lynx-weekday-dateline.txt", {"source"}, {"date"}),
    # main: `title: Skip to content`, the page's accessibility link on line 1
    ("inscriptis-skip-link.txt", {"title"}, set()),
])
def test_no_value_from_a_form_button_a_weekday_or_a_skip_link(name, wrong, kept):
    values = found(text_of(name))
    assert not wrong & values.keys()
    assert kept <= values.keys()


def test_a_skip_link_is_no_title_and_a_weekday_no_source():
    from corpuslint.checks.metadata.lines import Line
    from corpuslint.checks.metadata.readers import read_dateline, read_wire

    for link in ("Skip to content", "Skip to main content", "Zum Inhalt springen", "Aller au contenu"):
        assert not_a_title(link) == "skip-link"
    # left alone: a headline that speaks of skipping
    assert not_a_title("Skip to the End: Why Viewers Fast-Forward Through Content") is None
    for text in ("Freitag, November 22, 2019", "Samstag, 2016-10-08"):
        items = read_dateline(Line(0, len(text), text, True)) or []
        assert [item.field for item in items] == ["date"]
    # left alone: a source's name before the date, a wire's agency in capitals
    text = "Global Research, March 25, 2019"
    assert [item.field for item in read_dateline(Line(0, len(text), text, True))] == ["date", "source"]
    text = "WASHINGTON (AP) — The Senate voted on Tuesday to approve the bill."
    assert read_wire(Line(0, len(text), text, True)).value == "AP"
    text = "(BUTTON) Menü"
    assert read_wire(Line(0, len(text), text, True)) is None
