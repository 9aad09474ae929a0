"""CL151 and a label over the document's own list (qa19a #7): a changelog's `Bug fixes:` over one
release's fixes, a Debian changelog's `[ Debian Janitor ]` over the changes he made, an entry
`* New upstream release.` in its entry; a reST badge's `:alt:` line under its directive. Real documents:
tests/data/boilerplate/labels/README.md."""
from __future__ import annotations

from corpuslint.checks.boilerplate.neighbours import own_items
from corpuslint.checks.boilerplate.skeleton import kept_skeleton
from corpuslint.checks.corpus_units import text_units

from conftest import DATA

LABELS = DATA / "boilerplate" / "labels"


def _read(name: str) -> str:
    return (LABELS / name).read_text(encoding="utf-8")


def _unit(text: str, units, line: str, nth: int = 0) -> int:
    return [i for i, u in enumerate(units) if text[u.start:u.end].strip() == line][nth]


def test_a_changelogs_list_heads_over_its_own_lists_are_structure():
    text = _read("marshmallow-changelog-head.txt")
    units, _ = text_units(text)
    heads = {_unit(text, units, "Bug fixes:"), _unit(text, units, "Features:"), _unit(text, units, "Other changes:")}
    # main dbc0626: "corpus boilerplate: this line `Bug fixes:` occurs in 10 documents"
    assert heads <= kept_skeleton(text, units, heads)
    # the lists under them repeated too (a template's `Follow us:` over its links): the label goes with them
    fixes = text.index("Bug fixes:")
    listed = {i for i, u in enumerate(units) if fixes <= u.start < text.index("Other changes:")}
    assert _unit(text, units, "Bug fixes:") not in kept_skeleton(text, units, listed)


def test_a_label_over_a_paragraph_or_a_template_over_its_links_is_no_list_head():
    text = "Follow us:\n\n- Facebook\n- Twitter\n- Instagram\n\nSome text of the page that goes on here.\n"
    units, _ = text_units(text)
    menu = {i for i, u in enumerate(units) if text[u.start:u.end].strip() in
            ("Follow us:", "- Facebook", "- Twitter", "- Instagram")}
    assert not kept_skeleton(text, units, menu)
    text = "Related:\n\nTen ways to cook an egg for breakfast, and why the fourth is best.\n"
    units, _ = text_units(text)
    assert not kept_skeleton(text, units, {_unit(text, units, "Related:")})


def test_a_debian_changelogs_bracketed_name_heads_the_changes_under_it():
    text = _read("libipc-system-simple-perl-changelog.txt")
    units, _ = text_units(text)
    janitor = _unit(text, units, "[ Debian Janitor ]")
    # in the document's first lines (main: 18 `[ Debian Janitor ]` removed, 6 of them at a head)
    assert janitor in kept_skeleton(text, units, {janitor})
    # the entry is a record (`pkg (1.30-2) unstable; urgency=medium` ... ` -- Name <mail>  date`): its
    # lines stay while one of them is the document's own, whatever repeats under the name
    below = {i for i, u in enumerate(units) if text.index("[ Debian Janitor ]") <= u.start < text.index(" -- Jelmer")}
    assert below <= kept_skeleton(text, units, below)
    # the whole entry repeated (its head too): the record is the repeated thing
    whole = {i for i, u in enumerate(units) if u.start < text.index("\n\n", text.index(" -- Jelmer"))}
    assert not kept_skeleton(text, units, whole) & below
    # outside such a record, a name in brackets over repeated lines goes with them
    plain = text[text.index("  [ Debian Janitor ]"):text.index(" -- Jelmer")]
    units, _ = text_units(plain)
    all_of_it = set(range(len(units)))
    assert not kept_skeleton(plain, units, all_of_it)


def test_a_changelog_entry_beside_another_of_the_entrys_own_is_an_item():
    text = _read("libdrm2-changelog-head.txt")
    units, _ = text_units(text)
    new = _unit(text, units, "* New upstream release.")
    # the document's third line (its head), beside `* symbols: Updated.`, the entry's own
    assert new in own_items(text, units, lambda i: i == new)
    # both lines repeated: a bulleted block that many documents carry, left to the counts
    symbols = _unit(text, units, "* symbols: Updated.")
    assert new not in own_items(text, units, {new, symbols}.__contains__)
    # a menu's short entries at a page's head are no sentences
    menu = "* Home\n* About us\n\nThe first paragraph of the page is its own.\n"
    units, _ = text_units(menu)
    home = _unit(menu, units, "* Home")
    assert home not in own_items(menu, units, lambda i: i == home)


def test_a_rest_directives_option_lines_go_with_it_and_a_badge_with_its_reference():
    text = _read("jsonschema-readme-badges.txt")
    units, _ = text_units(text)
    options = {i for i, u in enumerate(units) if text[u.start:u.end].strip().startswith((":alt:", ":target:"))}
    definitions = {i for i, u in enumerate(units) if text[u.start:u.end].startswith(".. |")}
    # main dbc0626: the `:alt:`/`:target:` lines removed under a `.. |PyPI| image::` that stays
    assert options <= kept_skeleton(text, units, options)
    # the whole definitions repeated, but `|PyPI| |Pythons| |CI| ...` stays: the badges stay
    assert options | definitions <= kept_skeleton(text, units, options | definitions)
    # ... and go with the line that shows them
    shown = _unit(text, units, "|PyPI| |Pythons| |CI| |ReadTheDocs| |Precommit| |Zenodo|")
    assert not kept_skeleton(text, units, options | definitions | {shown}) & (options | definitions)


def test_a_rest_docinfos_fields_are_a_record_of_the_document():
    # qa23/read23: `:Contact: docutils-develop@...` (30 documents) and `:Copyright: ...` went by CL151's unsafe
    # fix from the docinfos without a continued field, stayed in the two with one: the docinfo is the document's
    # metadata, whose `:Date:` and `:Revision:` differ; its fields stay unless the whole record repeats
    for name in ("docutils-publisher-docinfo.txt", "docutils-todo-docinfo.txt"):
        text = _read(name)
        units, _ = text_units(text)
        fields = {_unit(text, units, ":Contact: docutils-develop@lists.sourceforge.net"),
                  _unit(text, units, ":Copyright: This document has been placed in the public domain.")}
        assert fields <= kept_skeleton(text, units, fields)
        every = {i for i, u in enumerate(units) if text[u.start:u.end].lstrip().startswith(":")}
        assert not kept_skeleton(text, units, every) & fields  # the whole docinfo repeated: it goes
