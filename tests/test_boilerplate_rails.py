"""CL140's teaser rails (`checks/boilerplate/rails.py`): a long bulleted list of other stories' headlines
below the article, under a line the model flags, goes with the page's furniture; the article's own list
right below its last paragraph, nothing flagged between, stays. Real lines: telemedicus.info's review of
Härting's Internetrecht as inscriptis renders it (trafilatura 1.0.0's tests/cache)."""

from __future__ import annotations

from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.rails import teaser_rails

ARTICLE = """\
Fazit

Das Warten hat sich gelohnt. Härting präsentiert mit der Neuauflage eine gelungene Überarbeitung und setzt darüber hinaus auch thematisch neue Akzente. Das Buch ist für Praktiker wie für Studenten gleichermaßen zu empfehlen, die sich einen Überblick über das Internetrecht verschaffen wollen.

"""
RAIL = """\
  * BGH zu Eigentum an Kohl-Tagebüchern Dienstag, 10. November 2015
  * GVU stellt Privileg für Host-Provider in Frage Dienstag, 31. Januar 2012
  * LG Köln: BaFin-Lizenz für Online-Payment-Dienste Freitag, 14. Oktober 2011
  * Rezension: Rotsch (Hrsg.) - Criminal Compliance Sonntag, 3. April 2016
  * Rezension: Koreng/Lachenmann, Formularhandbuch Datenschutzrecht Freitag, 15. Mai 2015
  * Rezension: Hilber (Hrsg.) - Handbuch Cloud Computing Samstag, 4. April 2015
  * Rezension: Heckmann (Hrsg.) - juris Praxiskommentar Internetrecht, 4. Aufl. Samstag, 10. Januar 2015
  * Rezension: Sassenberg/Mantz - WLAN und Recht Montag, 29. September 2014
  * Rezension: Soehring/Hoene - Presserecht, 5. Aufl. Freitag, 25. April 2014
  * Was sind "vergleichbare Telemedien"? Mittwoch, 18. Januar 2012
"""


def _index(lines, text):
    return next(i for i, line in enumerate(lines) if line.text == text)


def test_a_rail_of_teasers_under_flagged_furniture_below_the_article_is_found():
    lines = candidate_lines(ARTICLE + "Ähnliche Artikel\n\n" + RAIL)
    heading = _index(lines, "Ähnliche Artikel")
    found = teaser_rails(lines, {heading})  # the model flags the rail's heading
    assert [lines[i].text[:16] for i in found] == [line.strip()[:16] for line in RAIL.splitlines()]


def test_the_articles_own_list_right_below_its_last_paragraph_stays():
    lines = candidate_lines(ARTICLE + RAIL + "\nKommentare\n")
    # nothing flagged between the text and the list: the flagged line is below it, and none above
    assert teaser_rails(lines, {_index(lines, "Kommentare")}) == []
    sentences = candidate_lines(ARTICLE + "Ähnliche Artikel\n\n" + RAIL.replace("\n", ".\n"))
    assert teaser_rails(sentences, {_index(sentences, "Ähnliche Artikel")}) == []  # a list of sentences


CLOSING = """\
With the introduction of smart video platforms, marketers can leverage the format to not only engage customers and drive sales, but also share access with other business functions within the organization, like HR and finance, who can also use it as an employee-facing tool.

Advertisement

Vidyard's most requested features in 2020
  * Recording the screen and the camera at the same time
  * Trimming the start and the end of a recording before sharing it
  * Closed captions generated from the transcript in one tap
  * Password protection for private videos on every paid plan
  * Comments and replies on shared videos with email notifications
  * Custom thumbnails chosen from any frame of the video
  * Resumable uploads on slow mobile connections
  * A dark mode that follows the system setting
  * Viewer analytics broken down by company and by account

spiceworks.

About
Contact
"""


def test_the_articles_closing_list_under_an_ad_slot_or_a_flagged_entry_of_its_own_stays():
    """review26: a lone `Advertisement` under the last paragraph, or one flagged entry of the list, opened a
    rail over the article's own list (its lead-in unflagged), the footer below it."""
    lines = candidate_lines(CLOSING)
    footer = {i for i, line in enumerate(lines) if line.text in ("Advertisement", "spiceworks.", "About", "Contact")}
    assert teaser_rails(lines, footer) == []
    entry = _index(lines, "* Recording the screen and the camera at the same time")
    assert teaser_rails(lines, footer | {entry}) == []
    # the same list under a block of furniture, its heading right above it, the footer below: a rail
    rail = candidate_lines(CLOSING.replace("Vidyard's most requested features in 2020\n", "Share\n"))
    found = teaser_rails(rail, footer | {_index(rail, "Share")})
    assert [rail[i].text[2:12] for i in found] == [line.strip()[2:12] for line in CLOSING.splitlines() if line.startswith("  *")]
