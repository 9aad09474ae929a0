"""Session 34 (issue 16): the page's own print of its headline, not a sidebar's link to it. A whole page's text may
print the headline twice, once over the story and once as an entry of a `Recent stories` / `en continu` list the
page sets beside (or inside) the story; the list entry's bullet made its line the longer, so it won, and the byline
and date were looked for under a list of links (a Canadian broadcaster's page from Mercury Parser's fixtures, the
sidebar as a whole page's text puts it between the story's paragraphs: tests/data/metadata/pages/)."""

from pathlib import Path

from corpuslint.checks.metadata.lines import iter_lines
from corpuslint.checks.metadata.page import page_metadata
from corpuslint.checks.metadata.repeatedheadline import repeated_headline

PAGE = Path(__file__).parents[1] / "data" / "metadata" / "pages" / "mercury-radiocanada-sidebar.txt"


def test_the_headline_printed_over_the_story_wins_over_the_same_words_in_a_bulleted_list():
    found = page_metadata(PAGE.read_text(encoding="utf-8"))
    assert found.title == "Affaire KPMG: un juge se récuse"
    lines = list(iter_lines(PAGE.read_text(encoding="utf-8")))
    assert lines[found.headline_line].text == "Affaire KPMG: un juge se récuse"  # not `• Affaire KPMG: …`


def test_a_list_entry_is_still_the_headline_when_the_page_prints_it_nowhere_else():
    text = PAGE.read_text(encoding="utf-8").replace("Affaire KPMG: un juge se récuse\n\n", "", 1)
    lines = list(iter_lines(text))
    at = repeated_headline(lines, lines[0].text)
    assert at is not None and lines[at].text == "• Affaire KPMG: un juge se récuse"


def test_a_carousel_title_between_bulleted_entries_is_not_the_headline_the_story_prints_later():
    # the same page with its `en continu` strip above the story, the current story's title unbulleted between two
    # bulleted entries (as a carousel marks the story one is reading)
    lines = PAGE.read_text(encoding="utf-8").split("\n\n")
    strip = "\n".join(["• Le record du plus long match de l'histoire du hockey battu en Norvège",
                       "Affaire KPMG: un juge se récuse",
                       "• Bertrand Charest aurait touché la poitrine d'une skieuse pour l'humilier"])
    text = "\n\n".join([lines[0], "Justice et faits divers en continu", strip, *lines[1:7]])
    found = page_metadata(text)
    at = [line.text for line in iter_lines(text)].index("Accueil") + 2
    assert found.headline_line == at and found.title == "Affaire KPMG: un juge se récuse"
