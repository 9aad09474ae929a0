"""Shop and listing pages (shops27): a catalogue's records kept, a menu's empty entries, inscriptis' nested
bullets read as no verse, lynx's nested menu read as a dump's sign; a directory's records closed by one line
and a product's spec sheet kept (losses28); lines copied from real pages (tests/data/boilerplate/shops/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.boilerplate.catalogue import catalogue_lines, closers, priced, scheduled
from corpuslint.checks.boilerplate.dumps import page_lines, text_browser_dump
from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.smoothing import empty_entries
from corpuslint.checks.boilerplate.specsheet import spec_lines
from corpuslint.checks.boilerplate.uniform import verse

from test_boilerplate_recordlists import ARTICLE  # an article's body (Mercury Parser's yahoo.com fixture)

DATA = Path(__file__).parent / "data" / "boilerplate" / "shops"


def texts(lines, at):
    return [lines[i].text for i in sorted(at)]


def test_prices_and_event_times_are_read_by_their_shape():
    got = [(priced(line), scheduled(line)) for line in candidate_lines("\n".join([
        "2 000 Ft", "729,00 €*", "RadioShack® Mini Audio Amplifier $14.99", "2 in stock £21.71",
        "Wednesday 09 December 2015 7:00 PM - 09 December 2015 9:00 PM",
        "He stands 6 ft tall", "Page 1 of 120", "Updated 10:30 - Reuters", "$ pip freeze > requirements.txt"]))]
    assert got == [(True, False)] * 4 + [(False, True)] + [(False, False)] * 4


def test_a_listing_s_records_are_its_content_and_its_filters_and_pages_are_not():
    lines = candidate_lines((DATA / "radioshack-listing.txt").read_text(encoding="utf-8"))
    got = texts(lines, catalogue_lines(lines))
    assert 'RadioShack® Project Enclosure (3x2x1") $3.49' in got and "RadioShack® 3VDC Micro-Vibration Motor $3.99" in got
    assert "This battery holder holds 8 “AA” batteries and has a snap connector design for easy installation." in got
    assert not {"* Black", "Color", "* 1 2 3 … 33", "* NEXT"} & set(got)


def test_products_under_an_article_and_a_few_products_alone_are_no_catalogue():
    records = [row for row in (DATA / "radioshack-listing.txt").read_text(encoding="utf-8").splitlines() if "$" in row]
    under = candidate_lines("\n".join(ARTICLE * 2 + [f"{row}\nAdd to Cart" for row in records]))  # eight paragraphs
    assert catalogue_lines(under) == set()  # the article outweighs them: a rail, left to the model
    few = candidate_lines("\n".join(f"{row}\nAdd to Cart" for row in records[:4]))
    assert catalogue_lines(few) == set()


def test_a_listing_s_last_records_past_the_prices_found_go_with_it_and_the_dialog_after_does_not():
    lines = candidate_lines((DATA / "juno-listing-tail.txt").read_text(encoding="utf-8"))
    got = texts(lines, catalogue_lines(lines))
    assert any(text.startswith("Notes: UDG is pleased to present its first laptop stand") for text in got)
    assert "Height adjustable" in got and "Sheer genius and totally cool. It's Zomo." in got  # the last record's end
    assert not any(text.startswith(("Finance option", "Only available to UK residents", "Welcome to our site")) for text in got)


def test_an_event_listing_s_records_are_its_content():
    lines = candidate_lines((DATA / "brownpapertickets-lynx-events.txt").read_text(encoding="utf-8"))
    assert catalogue_lines(lines) == set()  # five events: fewer than a listing's page
    lines = candidate_lines((DATA / "brownpapertickets-lynx-events.txt").read_text(encoding="utf-8") * 2)
    got = texts(lines, catalogue_lines(lines))
    assert "Monti Walking Tour in Rome" in got and "St George's Church" in got and "[View This Event!]" in got


def test_a_menu_s_empty_entries_go_with_the_flagged_lines_around_them():
    lines = candidate_lines((DATA / "origami-menu.txt").read_text(encoding="utf-8"))
    at = {line.text: i for i, line in enumerate(lines)}
    flagged = {i for i, line in enumerate(lines) if line.text not in "*+"}  # all the menu's entries
    assert texts(lines, empty_entries(lines, flagged)) == ["*"] + ["+"] * 6
    flagged.discard(at["+ Livres origami pour les enfants"])  # one side kept: the empty entries above it stay
    got = empty_entries(lines, flagged)
    assert at["+ Livres origami pour les enfants"] - 1 not in got and len(got) == 5


def test_inscriptis_nested_bullets_are_no_verse_and_lynx_s_nested_menu_is_a_dump_s_sign():
    menu = (DATA / "origami-menu.txt").read_text(encoding="utf-8")
    assert not verse(candidate_lines(menu))
    assert verse(candidate_lines((DATA.parent / "verse" / "yeats-later-poems-00.txt").read_text(encoding="utf-8")))
    head = (DATA / "letstalkbitcoin-lynx-head.txt").read_text(encoding="utf-8")
    assert text_browser_dump(head)
    assert not text_browser_dump(head.replace("          + ", "            "))  # a menu alone: one sign


def test_a_directory_s_records_closed_by_one_line_are_its_content_and_dialogs_or_a_rail_are_not():
    text = (DATA / "isos-lynx-records.txt").read_text(encoding="utf-8")
    lines = candidate_lines(text)
    assert {lines[i].text for i in closers(lines)} == {"Frascos"}
    got = texts(lines, catalogue_lines(lines))
    assert "F 10 - Frasco 240/250 mL - Rosca 28 (PVC)" in got and "Gargalo. Rosca 28" in got
    under = candidate_lines("\n".join(ARTICLE * 4) + "\n" + text)  # under an article: a rail, left to the model
    assert closers(under) and catalogue_lines(under) == set()
    # a page's dialogs, each closed by `Close`: of one to five lines each, no records cut to one template
    dialogs = candidate_lines((DATA / "twitter-dialogs.txt").read_text(encoding="utf-8"))
    assert sum(line.text == "Close" for line in dialogs) >= 10 and closers(dialogs) == set()


def test_a_product_s_spec_sheet_under_its_description_is_its_content():
    text = (DATA / "spinkat-lynx-sheet.txt").read_text(encoding="utf-8")
    lines, _, _ = page_lines(text, candidate_lines(text))
    got = texts(lines, spec_lines(lines))
    assert {"Основные характеристики:", 'Диагональ экрана:5"', "Тип экрана:TFT", "Возможности управления:",
            "усилитель сонара: да"} <= set(got)
    assert not {"Комплект поставки:", "Защитная крышка на экран"} & set(got)  # items, no labels: left to the model
    # without the description above it, the same lines are no product's sheet
    bare = text.split("Основные характеристики:", 1)[1]
    lines, _, _ = page_lines(bare, candidate_lines(bare))
    assert spec_lines(lines) == set()
    # under the product's price and its button (micromania's console, its description a screen below)
    text = (DATA / "micromania-buybox-sheet.txt").read_text(encoding="utf-8")
    got = texts(candidate_lines(text), spec_lines(candidate_lines(text)))
    assert {"* Fabricant : Sony", "* Capacité disque dur : 500 Go", "* Date de sortie : 18 nov. 2014"} <= set(got)
    unpriced = "\n".join(row for row in text.splitlines() if "€" not in row)
    assert spec_lines(candidate_lines(unpriced)) == set()
    # a forum's author boxes under the post before: their labels come again with other values
    posts = (DATA / "mazdaworld-lynx-posts.txt").read_text(encoding="utf-8")
    lines, _, _ = page_lines(posts, candidate_lines(posts))
    assert sum(line.text.startswith("Join Date:") for line in lines) == 3 and spec_lines(lines) == set()


def test_a_sheet_in_a_tab_under_the_description_is_the_product_s_content():
    # ebrosia's wine (sb26 B): the sheet in the `Details` tab, a few lines under the description, in parts (a
    # title without a colon, `Details zum Artikel`; the maker's address, a value longer than a sheet's)
    text = (DATA / "ebrosia-tabbed-sheet.txt").read_text(encoding="utf-8")
    lines, _, _ = page_lines(text, candidate_lines(text))
    got = texts(lines, spec_lines(lines))
    assert {"Alkoholgehalt:                                   10 % vol.", "Details zum Artikel",
            "Region:               Napa Valley", "Weinart:              Roséwein"} <= {line.strip() for line in got}
    assert not {"Details", "Menü schließen", "Allergene", "* Weitere Artikel von Beringer"} & set(got)  # the tab's frame
    # lynx's whole page: two cells of the address joined by the dump's unwrapping, the sheet all the same
    text = (DATA / "ebrosia-lynx-page.txt").read_text(encoding="utf-8")
    lines, _, _ = page_lines(text, candidate_lines(text))
    got = texts(lines, spec_lines(lines))
    assert "Dekantierempfehlung: Dekantieren nicht notwendig" in got and "Geschmack: süß" in got
    assert len(got) == 16 and "Menü schließen" not in got
    # the same sheet with no description above it (the page's prose cut away) is no product's
    bare = text.split("Der Stone Cellars Zinfandel Rosé von Beringer ist ein sehr")[1].split("\n", 3)[3]
    lines, _, _ = page_lines(bare, candidate_lines(bare))
    assert spec_lines(lines) == set()


def test_a_masthead_at_the_page_s_foot_is_no_sheet():
    # prospectmagazine.co.uk (sb26 A): `Editor: Tom Clark` ... `Events Manager: Keith Leon`, 19 lines of
    # distinct labels and short values, a screen under the article: the site's furniture, left to the model
    text = (DATA / "prospect-masthead-page.txt").read_text(encoding="utf-8")
    lines, _, _ = page_lines(text, candidate_lines(text))
    assert sum(": " in line.text and line.words <= 8 for line in lines) >= 19
    assert spec_lines(lines) == set()
