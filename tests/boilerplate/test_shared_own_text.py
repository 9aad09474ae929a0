"""CL151 and text that documents share without it being furniture (qa18a #4, #5): vim help's
`Example: >` over its own example, code and config lines, and the code blocks that the
translations of one page share. Real documents: tests/data/boilerplate/ownlines/README.md and
tests/data/boilerplate/translations/README.md."""
from __future__ import annotations

from pathlib import Path

from corpuslint import Document
from corpuslint.checks.boilerplate.owncode import code_block, lead_in
from corpuslint.checks.stopwords import language_of
from corpuslint.checks.translations import told_only, translated_page, translation_of

from conftest import DATA
from conftest import by
from conftest import corpus_linter as linter

OWN = DATA / "boilerplate" / "ownlines"
TRANSLATIONS = DATA / "boilerplate" / "translations"


def documents(paths: list[Path], names: list[str] | None = None) -> list[Document]:
    names = names or [p.stem for p in paths]
    return [Document.from_text(p.read_text(encoding="utf-8"), id=name, path=str(p.parent / f"{name}.txt"))
            for p, name in zip(paths, names)]


# -- a lead-in over the document's own example ---------------------------------------------

def test_vim_helps_example_lead_in_over_its_own_example():
    text = (OWN / "vim-gui-menus.txt").read_text(encoding="utf-8")
    start = text.index("Examples: >")
    assert lead_in(text, start, start + len("Examples: >"), lambda start: False)
    # the example below repeated too: the lead-in and its lines are a block that many pages carry
    assert not lead_in(text, start, start + len("Examples: >"), lambda start: True)
    # a caption with a colon alone over lines that are no code (a page's `Related:` titles)
    related = "Related:\n   Ten ways to cook an egg for breakfast\n"
    assert not lead_in(related, 0, len("Related:"), lambda start: False)


# -- code and config lines ------------------------------------------------------------------

def test_lines_of_a_code_block_are_code_and_a_scripts_line_alone_is_not():
    for text, line in (("[Network]\nDHCP=yes", "DHCP=yes"), ("[Match]\nName=en*", "[Match]"),
                       ("#!/bin/sh\nENCDN=iso-8859-1\nfor x in *;", "#!/bin/sh"),
                       ("[Socket]\nListenStream=22\nAccept=yes", "Accept=yes")):
        start = text.index(line)
        assert code_block(text, start, start + len(line)), line
    # what a scraper left of a news page's scripts, alone between its paragraphs (fnc1-train-0089,
    # -1222 in the shared corpus), is the site's furniture; nor is a menu or a template code
    script = ("The scorpion-filled weapons have even been credited by some with ending the 20 day siege on "
              "the desert city.\n\nbrightcove.createExperiences();\n\nFACT: If Kim Jong-Un does open a "
              "restaurant in Scotland, we'll be embarrassed.\n")
    start = script.index("brightcove")
    assert not code_block(script, start, start + len("brightcove.createExperiences();"))
    for text in ("Home\nContact us", "Comments (3)\nRead more", "Follow us:\n[ Back to top ]",
                 "{{Authority control}}\n{{reflist|20em}}", "--- Advertisement ---\nAll rights reserved."):
        assert not code_block(text, 0, text.index("\n")), text


# -- the translations of one page -----------------------------------------------------------

def test_translations_of_one_page_share_their_code_blocks():
    paths = sorted(TRANSLATIONS.glob("debref_ch05.*.txt"))
    assert [p.stem for p in paths] == ["debref_ch05.de", "debref_ch05.fr", "debref_ch05.it"]
    # main: 57 findings, `127.0.0.1 localhost`, `iface lo inet loopback`, `--- ping statistics ---`
    # "occurs in 3 documents (3 different articles)"
    assert not by(linter().check(documents(paths)), "CL151")
    # the same three texts under names of three different pages: three articles that share lines
    found = {f.text for f in by(linter().check(documents(paths, ["network", "netzwerk", "rete"])), "CL151")}
    assert {"127.0.0.1 localhost", "iface lo inet loopback", "--- ping statistics ---"} <= found
    # ... but not their code and config lines, which no page's furniture is
    assert not found & {"DHCP=yes", "[Network] DHCP=yes", "Name=en*", "APT::Periodic::Unattended-Upgrade \"0\";"}


def test_a_page_in_another_language_is_named_by_its_language_code():
    assert translated_page("web/debref_ch05.de") & translated_page("web/debref_ch05.fr")
    assert translated_page("https://example.org/de/news/page") & translated_page("https://example.org/fr/news/page")
    assert translated_page("man/de_chown.1.txt") & translated_page("man/fr_chown.1.txt")
    assert translated_page("docs/index.pt_BR.html") & translated_page("docs/index.en.html")
    # no language code, or one that is part of a word or a slug
    assert translated_page("web/debref_ch12.it.txt") & translated_page("web/debref_ch12.de.txt")
    assert told_only("web/debref_ch12.it.txt") == "it" and told_only("web/debref_ch12.de.txt") == ""
    assert told_only("blog/just-do-it") == "it"  # a translation only where its text is told Italian
    assert not translated_page("web/news_page.txt")
    assert not translated_page("man/de_chown.1.txt") & translated_page("man/de_chmod.1.txt")
    assert not translated_page("blog/how-to-be-happy") & translated_page("blog/how-to-do-happy")
    assert not translated_page("fortune/en_perl.u8_173") & translated_page("fortune/en_perl.u8_174")
    # the same structure: a translation is about as long as its original
    page = translated_page("ch05.de.txt")
    assert translation_of(translated_page("ch05.fr.txt"), 1000, [(page, 1200, "de")], "fr")
    assert not translation_of(translated_page("ch05.fr.txt"), 400, [(page, 1200, "de")], "fr")
    # ... and in another language, as told (review19 #5): a regional site's `news/de/` and `news/ca/`
    assert not translation_of(translated_page("ch05.fr.txt"), 1000, [(page, 1200, "en")], "en")
    # a language not told (a page half translated, or mostly code): the names decide
    assert translation_of(translated_page("ch05.fr.txt"), 1000, [(page, 1200, "")], "fr")
    assert translation_of(translated_page("ch05.fr.txt"), 1000, [(page, 1200, "de")], "")


REGIONAL = DATA / "boilerplate" / "regional"
FOOTER = ("Get the day's top stories from our newsroom delivered to your inbox every morning: "
          "sign up for our free newsletter at the link below.")


def test_articles_filed_by_state_codes_are_no_translations():
    """review19 #5: eight different English articles filed `news/<state>/2020-03-01` (the states'
    codes are languages' too) are eight articles: their footer is furniture, as under other names;
    main counted them as one page in eight languages and found nothing."""
    paths = sorted(REGIONAL.glob("article*.txt"))
    texts = [p.read_text(encoding="utf-8") + "\n" + FOOTER + "\n" for p in paths]
    for states in ("ca de ga hi ms mt pa ar", "s01 s02 s03 s04 s05 s06 s07 s08"):
        docs = [Document.from_text(text, id=f"news/{state}/2020-03-01", path=f"news/{state}/2020-03-01.txt")
                for text, state in zip(texts, states.split())]
        found = by(linter().check(docs), "CL151")
        assert len(found) == 8 and all(FOOTER.startswith(f.text.rstrip("…")) for f in found), states


def test_a_texts_language_is_told_by_its_function_words_or_its_script():
    chapter = sorted(TRANSLATIONS.glob("debref_ch05.*.txt"))
    assert [language_of(p.read_text(encoding="utf-8")) for p in chapter] == ["de", "fr", "it"]
    assert language_of((REGIONAL / "article1.txt").read_text(encoding="utf-8")) == "en"
    assert language_of("Все люди рождаются свободными и равными в своем достоинстве и правах.") == "CYRILLIC"
    # too few telling words, or code: not told
    assert language_of("Hello world.") == ""
    assert language_of("iface lo inet loopback\nDHCP=yes\n127.0.0.1 localhost") == ""


SHARE_BAR = ".share-bar{display:inline-block;margin:0 4px;}\n.share-bar a{color:#fff;background:#3b5998;}"


def test_code_a_template_leaves_at_every_articles_tail_is_furniture():
    """review19 #1: a share bar's CSS that a scraper left at the tail of eight different articles
    is their template's (main: no finding, the code exemption took it); amid each article's text,
    between two of its paragraphs, it is code as a manual's example is, left alone."""
    paths = sorted(REGIONAL.glob("article*.txt"))
    tail = [Document.from_text(p.read_text(encoding="utf-8") + "\n" + SHARE_BAR + "\n", id=p.stem, path=str(p))
            for p in paths]
    found = by(linter().check(tail), "CL151")
    assert len(found) == 8 and all(f.text.startswith(".share-bar{") for f in found)
    amid = []
    for p in paths:
        paras = p.read_text(encoding="utf-8").split("\n\n")
        amid.append(Document.from_text("\n\n".join(paras[:4] + [SHARE_BAR] + paras[4:]), id=p.stem, path=str(p)))
    assert not by(linter().check(amid), "CL151")


def test_an_untranslated_heading_of_a_page_and_its_index_in_three_languages_is_theirs():
    # qa18a: `1.3. Midnight Commander (MC)`, left in English in the German, French and Italian
    # chapter 1 and index: two pages; main counted the Italian ones apart (`it` was no code)
    paths = sorted(TRANSLATIONS.glob("debref_ch01.*.txt")) + sorted(TRANSLATIONS.glob("debref_index.*.txt"))
    assert len(paths) == 6
    assert not by(linter().check(documents(paths)), "CL151")
    # the Italian texts under names whose `it` is a word: other articles, which count
    names = ["ch01.de", "ch01.fr", "ch01-do-it", "index.de", "index.fr", "index-do-it"]
    found = {f.text for f in by(linter().check(documents(paths, names)), "CL151")}
    assert "1.3. Midnight Commander (MC)" in found
