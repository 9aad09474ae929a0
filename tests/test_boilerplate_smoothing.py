"""CL140 reads a menu's entries by their neighbours (issue 15, session 24: what the rule misses on pages
not in English): an entry scored just under the threshold between two flagged lines, and the other
entries of a bulleted run of which four or more are flagged, go with them (jusText's context rule).
Real pages of qa20b's half A (inscriptis' text of newspaper4k's `japanese_article2` and trafilatura's
`sueddeutsche.de.flixtrain`, whole: the model's scores read the whole page), and real lines with
scores given, both ways."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.boilerplate.classifier import BoilerplateLine
from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.smoothing import FLOOR, between_flagged, in_flagged_menu, menu_blocks
from corpuslint.models import Document

DATA = Path(__file__).parent / "data" / "boilerplate" / "smoothing"


def flagged_lines(name: str) -> tuple[list[str], set[int]]:
    text = (DATA / name).read_text(encoding="utf-8")
    doc = Document.from_text(text, path=str(DATA / name), format="text")
    covered: set[int] = set()
    for v in BoilerplateLine().check(doc):
        covered |= set(range(text.count("\n", 0, v.start) + 1, text.count("\n", 0, v.end) + 2))
    return text.split("\n"), covered


def test_a_menu_s_entries_just_under_the_threshold_go_with_the_flagged_ones_around_them():
    lines, covered = flagged_lines("qa20b-japanese_article2.txt")
    # on main `+ ヨーロッパ` 0.91, `+ アフリカ` 0.91, `* Area∨` 0.90 ... stood between flagged entries
    for n in (14, 23, 40, 41, 42, 43, 45, 46, 47, 49):
        assert n in covered, lines[n - 1]
    assert lines[40].strip() == "+ ヨーロッパ"
    # the article's text is left alone
    article = [n for n, line in enumerate(lines, 1) if "ボルノ" in line or "ダンボア" in line]
    assert len(article) >= 3 and not covered & set(article)


def test_a_bulleted_menu_with_four_flagged_entries_goes_whole():
    lines, covered = flagged_lines("qa20b-sueddeutsche.txt")
    # the site's second menu: `* Magazin` 0.54, `* Politik` 0.65, `+ Dachau` 0.77 between `+ Alle` 0.96 ...
    for n in (99, 107, 108, 119, 125, 141, 146):
        assert n in covered, lines[n - 1]
    assert lines[118].strip() == "+ Dachau"
    # the article's summary bullets (sentences) and its paragraphs stay
    for n in (173, 174, 184, 186):
        assert n not in covered, lines[n - 1]


MENU = """\
Leben in Stuttgart
* Stadtbezirke
* Bürgerengagement
* Gesundheit & Soziales
* Grüne Großstadt
Im Stadtkessel gibt es zu viel Stau, Stress, Lärm, Feinstaub und Stickoxide, sagt die Stadt.
* Bauen & Wohnen
"""


def test_between_flagged_reads_the_run_between_two_flagged_lines_only():
    lines = candidate_lines(MENU)
    t = 0.95
    # the two middle entries stand between flagged lines: flagged, but not one under the floor
    assert between_flagged(lines, [0.96, 0.97, 0.91, FLOOR - 0.01, 0.96, None, 0.99], t) == [2]
    # a line the guards keep (None: a sentence) stops the walk
    assert between_flagged(lines, [0.96, 0.97, 0.91, 0.92, 0.9, None, 0.99], t) == []
    # a run under the threshold at the document's edge has one flagged neighbour only
    assert between_flagged(lines, [0.91, 0.92, 0.96, 0.97, 0.96, None, 0.99], t) == []


def test_a_bulleted_run_needs_four_flagged_entries():
    lines = candidate_lines(MENU)
    t = 0.95
    five = candidate_lines("* Politik\n* Wirtschaft\n* Meinung\n* Panorama\n* Sport\n* Kultur\n")
    assert in_flagged_menu(five, [0.96, 0.6, 0.97, 0.96, 0.99, 0.4], t) == [1]  # 0.4: under the floor
    assert in_flagged_menu(five, [0.96, 0.6, 0.97, 0.5, 0.99, 0.4], t) == []  # three flagged: a list's
    # the entries of `MENU` are cut by the sentence; a heading is no entry
    assert in_flagged_menu(lines, [0.99, 0.96, 0.97, 0.96, 0.6, None, 0.99], t) == []
    items = candidate_lines("* Erträge aus Veranstaltungen.\n* Mitgliedsbeiträge\n* Spenden\n* Subventionen\n"
                            "* Schenkungen\n* Sammlungen\n")
    assert in_flagged_menu(items, [0.6, 0.96, 0.97, 0.96, 0.6, 0.99], t) == [4]  # the sentence is no entry


def test_an_article_s_data_and_lead_in_between_two_false_flags_are_not_filled():
    """review24 #1: the model's single false flags inside an article, with the first-stage scores main gave
    the real lines between them: mercury's obamawhitehouse.archives.gov page (its own list of accounts),
    trafilatura's laviedesidees.fr table, qa20b's ebrosia.de wine data. A number is data, not a menu's
    entry; a lead-in of four words or more closing with a colon introduces the article's list."""
    t = 0.95
    accounts = candidate_lines(
        "@VP on Twitter will be archived at @VP44\n"
        "\u200bFacebook.com/VicePresidentBiden will be archived at Facebook.com/VicePresidentBiden44\n"
        "\u200bInstagram.com/VP will be archived at Instagram.com/VP44\n"
        "\u200bMedium.com/@VPOTUS44 will be archived at Medium.com/@VPOTUS44\n\n"
        "First Lady Michelle Obama:\n\n"
        "@FLOTUS on Twitter will be archived at @FLOTUS44\n")
    assert between_flagged(accounts, [0.96, 0.92, 0.91, 0.91, 0.91, 0.96], t) == []
    cells = candidate_lines("94\n\n2.9\n\n63\n\n283\n\n3.9\n\n17.3\n\nPhoto (cc) : svenwerk\n")
    assert between_flagged(cells, [0.95, 0.93, 0.98, 0.99, 0.94, 0.92, 0.79], t) == []
    wine = candidate_lines("Geschmack: süß\nRestsäure: 7,1 g/l\nRestsüße:  39,9 g/l\nRegion:              Napa Valley\n")
    assert between_flagged(wine, [0.95, 0.93, 0.92, 0.97], t) == []


def test_a_share_bar_s_short_labels_between_flagged_lines_are_still_filled():
    """The same page's furniture keeps its gain (trafilatura's blog.wordpress.com page, main's scores): a
    widget's label closing with a colon in one or two words, a `Loading...` link."""
    t = 0.95
    bar = candidate_lines("Follow\n\nShare this:\n\nClick to share on Facebook (Opens in new window)\n")
    assert between_flagged(bar, [0.99, 0.93, 0.96], t) == [1]
    likes = candidate_lines("Click to share on Skype (Opens in new window)\n\nLike this:\n\nLike Loading...\n\n"
                            "Related\n")
    assert between_flagged(likes, [0.98, 0.90, 0.85, 0.99], t) == [1, 2]


def test_a_bulleted_run_the_model_reads_as_a_menu_goes_whole_beside_a_flagged_line():
    """The dev pages' half A (inscriptis), with the first-stage scores main gave: stuttgart.de's section menu
    under its flagged heading, none of its entries at the threshold; a craft article's list of materials
    under its lead-in, scored low, is no menu, nor a menu-like run with no flagged line beside it."""
    t = 0.95
    menu = candidate_lines("Leben in Stuttgart\n\n+ Stadtbezirke\n+ Bürgerengagement\n+ Gesundheit & Soziales\n"
                           "+ Sicherheit & Ordnung\n+ Umwelt, Energie & Entsorgung\n+ Grüne Großstadt\n"
                           "+ Bauen & Wohnen\n")
    scores = [0.97, 0.92, 0.93, 0.87, 0.88, 0.89, 0.84, 0.85]
    assert menu_blocks(menu, scores, t) == [1, 2, 3, 4, 5, 6, 7]
    assert menu_blocks(menu, [0.5] + scores[1:], t) == []  # no flagged line beside it
    # an entry under the floor ends the run read whole: the part under the heading goes, it stays
    assert menu_blocks(menu, scores[:6] + [0.45, 0.85], t) == [1, 2, 3, 4, 5]
    materials = candidate_lines("Materials:\n* 1 package plastic spoons\n* X-Acto knife\n* green cardstock\n"
                                "* yellow paint\n* paintbrush\n")
    assert menu_blocks(materials, [0.96, 0.08, 0.21, 0.09, 0.09, 0.2], t) == []
