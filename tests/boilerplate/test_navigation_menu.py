"""CL142 navigation-menu on real whole-page text (../shared/corpora/web pages, a news text with a
blog's menu): menus before the first sentence and after the last are found, in English and in
Czech; lists between the text's sentences, verse, a text with no sentence and Markdown are left
alone. The files and where they come from: tests/data/boilerplate/menus/README.md."""

from __future__ import annotations

from pathlib import Path

from corpuslint import Linter
from corpuslint.checks.boilerplate.menus import NavigationMenu, may_hold_menu, menu_runs
from corpuslint.models import Applicability, Document

MENUS = Path(__file__).parents[1] / "data" / "boilerplate" / "menus"


def read(name: str) -> str:
    return (MENUS / name).read_text(encoding="utf-8")


def found(text: str, name: str = "page.txt") -> list[list[str]]:
    """The lines of each finding."""
    doc = Document.from_text(text, path=name)
    return [text[v.start:v.end].split("\n") for v in NavigationMenu().check(doc)]


def without(text: str) -> str:
    doc = Document.from_text(text, path="page.txt")
    for v in sorted(NavigationMenu().check(doc), key=lambda v: v.start, reverse=True):
        assert v.fix.applicability is Applicability.UNSAFE
        for edit in v.fix.edits:
            text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text


def test_menus_above_the_first_sentence():
    text = read("bbc-1-head.txt")
    runs = [[line for line in run if line] for run in found(text)]
    # the page's skip links and its menus, one run across the blank lines between their groups
    # (`Accessibility links`, alone over them, is their heading: left)
    assert runs[0][:3] == ["Skip to content", "Accessibility Help", "Sign in"]
    assert "News" in runs[0] and runs[0][-1] == "Food"  # `iWonder` (lower case) ends it
    assert runs[3][:3] == ["UK", "Business", "Tech"]  # `US & Canada selected` (four words) stands above it
    assert len(runs) == 6
    flagged = {line for run in runs for line in run}
    assert "World Home" in flagged and "Market Data" in flagged
    assert not any(len(line.split()) > 3 for line in flagged)
    after = without(text)
    assert 'President Barack Obama has admitted that his failure to pass "common sense gun safety laws"' in after
    assert after.count("\n") < text.count("\n")


def test_a_menu_in_czech_and_after_the_last_sentence():
    assert found(read("aktualne-head.txt")) == [["Domácí", "Zahraničí", "Sport", "Video", "Ekonomika", "Klima", "Názory",
                                                  "Kultura", "Magazín", "Žena", "Auto", "Pracovna", "Bydlení", "Speciály",
                                                  "Spolupráce"]]
    tail = read("001-tail.txt")
    assert found(tail) == [["Home", "Code", "Photography", "Talks", "Carnet fr", "Contact"]]
    after = without(tail)
    assert after.endswith("Happy testing!\n\nNicolas Perriault — 2013-09-29 — in Code — Permalink — License — flattr this\n\n"
                          "Functional JavaScript for crawling the Web | Testing your frontend JavaScript code using mocha, "
                          "chai, and sinon\n\n© 2012 Nicolas Perriault — Tweet at me — Get my code — Enjoy my pics — Contact me\n")


def test_menus_above_a_copyright_line_are_after_the_last_sentence():
    # `Copyright © 2015 BBC. The BBC is not responsible ...` is the footer's, not the text's last sentence
    tail = read("bbc-1-tail.txt")
    runs = [[line for line in run if line] for run in found(tail)]
    assert runs[-1][-7:] == ["Terms of Use", "About the BBC", "Privacy Policy", "Cookies", "Accessibility Help",
                        "Parental Guidance", "Contact the BBC"]
    assert ["News", "Sport", "Weather"] == runs[-2][3:6]
    after = without(tail)
    assert "True Investor Returns with no Risk. Find out how with our Free Report." in after
    assert "Copyright © 2015 BBC." in after and "Parental Guidance" not in after


def test_a_blogs_menu_in_a_news_text():
    text = read("fnc1-train-1521.txt")
    assert found(text) == [["HOME", "ASK RICHARD", "PODCASTS", "SPEAKING", "CONTRIBUTORS", "MEDIA", "CONTACT/SUBMISSIONS",
                            "BOOKS"]]
    assert "A Catholic priest from Massachussetts was officially dead" in without(text)


def test_lists_between_sentences_are_left_and_runs_go_on_across_a_blank_line():
    # Daring Fireball's list of apps stands between the site's sentences: the text's own list;
    # its menu above the first sentence goes
    assert found(read("daringfireball-1-head.txt")) == [["Projects", "Contact", "Colophon", "RSS Feed", "Twitter",
                                                         "Sponsorship"]]
    # the BBC's menus with a blank line after every third entry (an extractor's layout of
    # a menu's groups): the same menus; with two blank lines, parts of three, no menu
    lines = read("bbc-1-head.txt").split("\n")
    spaced = "\n".join(line + ("\n" if k % 3 == 2 and line.strip() else "") for k, line in enumerate(lines))
    menus = {line for run in found(read("bbc-1-head.txt")) for line in run} - {""}
    spaced_menus = {line for run in found(spaced) for line in run} - {""}
    assert {"News", "Sport", "Weather", "World Home", "Market Data"} <= spaced_menus <= menus
    assert len(spaced_menus) >= 0.8 * len(menus)
    apart = "\n".join(line + ("\n\n" if k % 3 == 2 and line.strip() else "") for k, line in enumerate(lines))
    assert found(apart) == []


def test_a_list_the_text_introduces_and_a_table_of_contents_are_left():
    # lynx dumps of Debian's HTML documentation
    credits = read("valgrind-freebsd-credits.txt")  # `... many others have also contributed.` over 25 names
    assert "Prior to 2018 many others have also contributed.\n   Dimitry Andric" in credits
    assert found(credits) == []
    contents = read("libxslt-pipes-contents.txt")  # `Introduction`, `Setting the Scene` ... are its headings
    assert "\n   Introduction\n   Setting the Scene\n   Program Start\n" in contents
    assert found(contents) == []
    # the same page with its headings taken out: the list no longer names them, flagged
    headings = ("Introduction", "Setting the Scene", "Program Start", "Arguments Collection", "Parsing", "File Processing")
    alone = "\n".join(line for line in contents.split("\n") if line not in headings)
    assert [[line.strip() for line in run] for run in found(alone)] == [["Introduction", "Setting the Scene", "Program Start", "Arguments Collection", "Parsing",
                             "File Processing"]]


def test_no_sentence_no_menu():
    # the menu alone (a list is then the document itself)
    text = read("aktualne-head.txt").split("\n\nPolicisté")[0] + "\n"
    assert menu_runs(text) == []


def test_verse_and_numbered_contents_are_left():
    poem = read("wheelbarrow.txt")
    assert found(poem) == []
    # with its stanzas run together (a scraper that drops blank lines): lower-case lines, no menu
    assert found(poem.replace("\n\n", "\n").replace("story.\nSo", "story.\n\nSo")) == []
    # a book's contents (`Chapter 1` ...) after a sentence: numbered headings, no menu
    prose = poem.split("\n\nso much")[0]
    contents = "\n".join(f"Chapter {n}" for n in range(1, 9))
    assert found(prose + "\n\n" + contents + "\n") == []
    # Title Case lines with a refrain: entries repeated, no menu
    refrain = "\n".join(["Let It Be", "Let It Be", "Let It Be", "Let It Be", "Whisper Words", "Of Wisdom"])
    assert found(prose + "\n\n" + refrain + "\n") == []


def test_markdown_is_not_checked_and_the_rule_is_on_by_default():
    text = read("fnc1-train-1521.txt")
    linter = Linter()
    page = Document.from_text(text, id="page", path="page.txt")
    post = Document.from_text(text, id="post", path="post.md", format="markdown")
    assert [f.code for f in linter.check([page]) if f.code == "CL142"] == ["CL142"]
    assert [f.code for f in linter.check([post]) if f.code == "CL142"] == []


# Lists of names and languages in technical text (qa19a: Debian's DEP-5 copyright files and
# NEWS files paged with `pr`), each after a blog's last paragraphs (wheelbarrow.txt's prose), so
# that the list stands after the text's last sentence, where a site's menu would stand.
def prose() -> str:
    return read("wheelbarrow.txt").split("\n\nso much")[0]


def after_prose(name: str) -> str:
    return prose() + "\n\n" + read(name)


def dedent(text: str) -> str:
    return "\n".join(line.lstrip(" ") for line in text.split("\n"))  # the form feeds stay


def test_lists_hung_under_a_line_of_the_text_are_left():
    # `Copyright:` / ` Andrey Semashev` ...; `OpenJDK:` / `      Oracle and/or its affiliates` /
    # `      Sun Microsystems, Inc` ...; `* Translation updates` / ` Abkhazian` ...: indented under the line above
    for name in ("boost-copyright-holders.txt", "openjdk-upstream-authors.txt", "gtk3-news-translations.txt",
                 "avahi-news-thanks.txt"):
        assert found(after_prose(name)) == [], name
    # the languages flush left right under their list item: the item's list
    assert found(prose() + "\n\n" + dedent(read("gtk3-news-translations.txt"))) == []
    # the names flush left under `We would like to thank the following people for their` /
    # `contribution to Avahi 0.1.`: a sentence wrapped over two lines introduces them
    assert found(prose() + "\n\n" + dedent(read("avahi-news-thanks.txt"))) == []


def test_a_list_under_a_lead_in_and_across_a_page_break_is_left():
    # `Contributors:`, a blank line, then the names indented under it, cut by `pr`'s page break
    # (form feed, running head `2026-12-05 06:19   libpulse0 NEWS   Page 18`): both parts left
    # (` Luiz Augusto von Dentz`, four words, breaks the run of names: ` Magnus Ekhall` ... still left)
    text = after_prose("pulse-news-contributors.txt")
    assert "Contributors:\n\n  Alexander Couzens" in text and "Page 21\n\n\n  Kenneth Perry" in text and "\f" in text
    assert found(text) == []
    # the languages of `- Translation updates:` go on after a page break (` Hungarian` ...),
    # indented under the item or flush left right under it
    text = after_prose("gtk3-news-page-break.txt")
    assert "Page 4\n\n\n Hungarian" in text
    assert found(text) == []
    assert found(prose() + "\n\n" + dedent(read("gtk3-news-page-break.txt"))) == []


def test_a_list_after_a_clause_ending_with_a_colon_is_left():
    # html-text of SQLite's lang_keywords.html: `... is not on the following 147-element list is
    # not a keyword to the SQL parser in SQLite:`, a blank line, then ABORT, ACTION, ADD ...
    text = read("sqlite-keywords.txt")
    assert "in SQLite:\n\nABORT\nACTION\n" in text
    assert found(text) == []
    assert found(text.replace("in SQLite:\n\nABORT", "in SQLite:\nABORT")) == []  # right under it
    # a menu under its short label is still found (`Official links:` on a page is a menu's heading)
    menu = "Official links:\n\nMinecraft.net\nMinecraft Realms\nMinecraft on Facebook\nMerchandise\nBug tracker\nAccount Support"
    assert found(prose() + "\n\n" + menu + "\n") == [menu.split("\n")[2:]]


def test_lists_deep_in_a_text_with_little_prose_are_left():
    # html-text of the Python docs' library/internet.html: 200 lines of module and function
    # names, then the footer's few sentences: the head is no frame around an article
    text = read("python-internet-contents.txt")
    assert found(text) == []
    # the same lists above a body of prose twice their words or more: a frame again, but a
    # program's names (`BaseHandler.run()`, `HTTPRedirectHandler`), no site's menu
    lists = text.split("\n\n© Copyright")[0]
    body = "\n\n".join([prose()] * 12)
    assert found(lists + "\n\n" + body + "\n") == []


def test_a_menu_indented_like_the_pages_paragraphs_is_found():
    # a lynx dump indents every paragraph by three and sets a heading flush left, one blank line
    # above: the menu under it, indented like the text, is no sublist of the heading
    lines = read("aktualne-head.txt").split("\n")
    lynx = "\n".join(line if k == 0 or not line else "   " + line for k, line in enumerate(lines))
    assert lynx.split("\n")[:3] == [lines[0], "", "   Domácí"]
    assert [[line.strip() for line in run] for run in found(lynx)] == [["Domácí", "Zahraničí", "Sport", "Video", "Ekonomika", "Klima", "Názory",
                                                                      "Kultura", "Magazín", "Žena", "Auto", "Pracovna", "Bydlení", "Speciály",
                                                                      "Spolupráce"]]


def test_a_lynx_dumps_bulleted_menu_and_its_menus_on_one_line():
    # lynx sets a menu's entries behind bullets (`* Our Work`) and runs a footer's links onto
    # lines between bars (`Home | Video | World | U.S. | ...`)
    head = read("wikimedia-lynx-head.txt")
    assert [[line.strip() for line in run] for run in found(head)] == [
        ["* Our Work", "* Support Wikipedia", "* Research", "* Advocacy", "* Technology", "* News", "* Participate",
         "* About"]]
    assert "Today, on Wikipedia’s 19th birthday" in without(head)
    tail = read("cnn-lynx-tail.txt")
    runs = [[line.strip() for line in run] for run in found(tail)]
    # `U.S.` closes no sentence: the bar's first line is a menu's too
    assert runs == [["Home | Video | World | U.S. | Africa | Asia | Europe | Latin America | Middle East |",
                     "Business | World Sport | Entertainment | Tech | Travel | iReport",
                     "Tools & Widgets | RSS | Podcasts | Blogs | CNN Mobile | My Profile | E-mail Alerts | CNN"],
                    ["CNN en ESPAÑOL | CNN Chile | CNN México | العربية | 日本語 | Türkçe"]]
    after = without(tail)
    assert "the dozens of drivers in Northwest Arkansas" in after and "© 2014 Cable News Network." in after


def test_a_menu_in_a_script_without_capitals():
    # a Chinese news page (../shared/corpora/web qq): its menus of two- and four-character
    # entries above the article; the article's sentences are counted by their characters
    runs = [[line for line in run if line] for run in found(read("qq-head.txt"))]
    assert runs[0][:4] == ["首页", "新闻", "体育", "娱乐"] and runs[0][-1] == "更多"
    assert runs[1][:3] == ["首页", "企鹅智酷", "腾讯创业"]
    assert not any(len(line) > 30 for run in runs for line in run)


def test_a_blogs_sidebar_between_the_sentences():
    # a blog's archive (`► 2014 (8)`, `► March (3)`: entries with their counts) and its sixteen
    # categories, between the post's last paragraphs and its popular posts' teasers
    text = read("blogger-sidebar.txt")
    runs = [[line for line in run if line] for run in found(text)]
    assert runs[0][0] == "► October (1)" and "► 2014 (8)" in runs[0] and runs[0][-1] == "► March (3)"
    assert runs[1] == ["Atmel", "Board Fab", "Current Events", "Debugging", "FPGA", "Infosec", "MEMS", "Meta-posts",
                       "Microchip", "My Lab", "Personal", "Teardowns", "Thesis", "Tools", "Wet Lab Work", "Xilinx"]
    after = without(text)
    assert "My thanks go out to Clifford Wolf" in after and "Threat modeling for FPGA software backdoors" in after
    # the categories alone among lists of the same size: more list than prose, no sidebar
    lists = text.replace("\n\nPopular Posts", "\n\n" + "\n".join(runs[1]).upper() + "\n\nPopular Posts")
    assert [run for run in found(lists) if "Atmel" in run] == []


def test_a_manuals_lists_are_left():
    # scp(1) in German: the options of ssh_config(5) under the sentence that names them,
    # indented deeper; a program's names (`AddressFamily`, `NumberOfPasswordPrompts`)
    options = read("scp-de-options.txt")
    assert "ssh_config(5).\n\n                   AddressFamily\n" in options
    assert found(options) == []
    # the Python FAQ's contents list: its entries are the page's headings, marked by Sphinx's
    # pilcrow (`General Questions¶`) over questions, not paragraphs
    contents = read("sphinx-faq-contents.txt")
    assert "\nGeneral Questions¶\n" in contents
    assert [run for run in found(contents) if "General Questions" in run] == []


def test_a_short_lynx_article_of_wrapped_sentences_is_framed_by_its_menu():
    # lynx wraps each paragraph at its width: the article holds one sentence on one line
    # (`wir unsere Firma, die naturgrün gmbh in Gossau gründeten.`), the rest is wrapped; read
    # as sentences, its paragraphs make the article larger than its head, which is its frame
    text = read("naturgruen-lynx.txt")
    assert [[line.strip() for line in run] for run in found(text)] == [
        ["* Gartenplanung", "* Gartengestaltung", "* Gartenpflege", "* Über Uns", "* Gartenbilder", "* Unser Beitrag",
         "* Kontakt"]]
    assert "Unser Ziel ist es, Ihnen die unendlichen Seiten" in without(text)
    # the team's names and roles under the article are after the last sentence but no menu
    assert "Marco Wolf" in without(text)


def test_a_wrapped_cookie_notice_is_no_first_sentence():
    # a cookie notice wrapped over two lines above the menus does not open the text when a
    # sentence stands on one line further on: the languages' lists stay before the first sentence
    text = read("dw-lynx-cookie-head.txt")
    runs = [[line.strip() for line in run] for run in found(text)]
    assert runs[0][:2] == ["* Albanian Shqip", "* Amharic አማርኛ"] and len(runs) == 2
    after = without(text)
    assert "We use cookies to improve our service for you." in after and "Bruce\n   Gilley" in after


def test_lynx_third_level_bullets_and_initials():
    # lynx bullets a menu's third level with `o` (`o All Opinion` under `+ Opinion`), and a
    # menu names places by their initials (`U.S.`, `N.Y.`): one menu
    text = read("vancouversun-lynx-head.txt")
    runs = [[line.strip() for line in run] for run in found(text)]
    assert runs[0] == ["* News", "+ All News", "+ Local News", "+ Opinion", "o All Opinion", "o Columnists",
                       "o Editorials", "o Letters", "o Op-Ed", "+ Politics"]  # `o Election 2019`: a number ends it
    assert runs[1][:2] == ["+ National", "+ Crime"] and "o Vancouver Canucks" in runs[1]
    assert "Microsoft" in without(text)
    # a sentence ending in initials is still a sentence, a run of six names ending so a menu
    nyt = "\n".join(["World", "U.S.", "Politics", "N.Y.", "Business", "Opinion", "",
                     "The mayor of the city said on Tuesday that the bridge would close for repairs in the U.S.", ""])
    assert found(nyt) == [["World", "U.S.", "Politics", "N.Y.", "Business", "Opinion"]]


def test_a_long_menu_naming_its_top_entries_again_and_a_refrain_without_capitals():
    # Ars Technica's head: the site's menu, its `Navigate` panel and `Filter by topic` name the
    # sections again (`Biz & IT`, `Tech`, `Science` ...): one long run, three in four distinct
    runs = [[line for line in run if line] for run in found(read("ars-1-head.txt"))]
    assert len(runs) == 1 and runs[0][:3] == ["Biz & IT", "Tech", "Science"] and runs[0][-1] == "Sign in"
    assert runs[0].count("Tech") == 2
    assert "Just-released Minecraft exploit makes it easy to crash game servers" in without(read("ars-1-head.txt"))
    # a song in a script without capitals repeats its refrain: the Book of Songs' `Guanju`
    # (public domain), after the last sentence, is left
    guanju = ("关关雎鸠 在河之洲 窈窕淑女 君子好逑 参差荇菜 左右流之 窈窕淑女 寤寐求之 求之不得 寤寐思服 "
              "悠哉悠哉 辗转反侧 参差荇菜 左右采之 窈窕淑女 琴瑟友之 参差荇菜 左右芼之 窈窕淑女 钟鼓乐之").split()
    text = ("The first poem of the Book of Songs, the oldest collection of Chinese poetry, is sung at "
            "weddings to this day, and every schoolchild in China can recite its opening lines.\n\n"
            + "\n".join(guanju) + "\n")
    assert len(guanju) == 20 and found(text) == []


def test_a_staff_list_of_names_and_roles_is_left():
    # a team page's cards, each name and each role its own paragraph (the shape of fairkom.eu's
    # `Unser Team` as inscriptis lays it out; the names and roles here are made up): a name
    # alternating with a role is the page's list of people, not a sidebar
    assert found(read("team-cards.txt")) == []
    # the same entries one under the other, no blank lines: a sidebar's shape, still found
    text = read("team-cards.txt")
    head, cards, tail = text.split("\n\n                  Our Team\n\n")[0], text.split("Our Team\n\n")[1].split("\n\n\n")[0], text.split("\n\n\n")[1]
    dense = head + "\n\n" + cards.replace("\n\n", "\n") + "\n\n\n" + tail
    assert len(found(dense)) == 1


def test_lyrics_poems_and_captions_without_capitals_are_left():
    # review20 #1: blog posts quoting song lyrics (stanzas a blank line apart, lines of six to
    # ten characters), a translated song's quatrains, a post's poster captions (each its own
    # paragraph) and a poem under a lead-in ending with `：` — no menus, though their lines are
    # short names in a script without capitals
    for name in ("lyrics-upsaid-big5.txt", "lyrics-siesta-eucjp.txt", "lyrics-xy15400-gb2312.txt",
                 "lyrics-ke207-big5.txt", "captions-lily-gb2312.txt", "poem-gucheng.txt"):
        assert found(read(name)) == [], name
    # the poem without its lead-in is judged by its shape alone: six lines, one under the other,
    # the middle one four characters long, a menu's shape (the known limit); the lead-in alone
    # protects it, `下面是全诗：` counted in words as Chinese is (some three)
    poem = read("poem-gucheng.txt")
    assert len(found(poem.replace("下面是全诗：\n\n", ""))) == 1
    # a menu of two- to four-character entries one under the other is still found
    assert found(read("qq-head.txt"))


def test_a_list_introduced_between_the_sentences_is_left_and_messages_say_where_and_how():
    # review20 #3: a Title Case list of ten names between an article's paragraphs under a short
    # lead-in ending with `:` (one blank line above) is the article's own
    text = read("introduced-list-news.txt")
    assert found(text) == []
    # without its lead-in the list reads as a sidebar, and the message says it stands between
    # the text's sentences
    bare = text.replace("The groups named in the citation are:\n\n", "")
    messages = [v.message for v in NavigationMenu().check(Document.from_text(bare, path="page.txt"))]
    assert len(messages) == 1 and "between the text's sentences (a sidebar)" in messages[0]
    assert "one to a line" in messages[0]
    # a menu on lines between bars is said to be so
    tail = read("cnn-lynx-tail.txt")
    messages = [v.message for v in NavigationMenu().check(Document.from_text(tail, path="page.txt"))]
    assert messages and all("between bars, after the last sentence" in m for m in messages)


def test_a_menu_without_capitals_under_its_label_or_of_long_entries_is_found_beside_another():
    # Yahoo! Japan's tail (../shared/corpora/web yahoo-4): its sections' menu, then `ニュースカテゴリ：`
    # over the news categories and `その他：` over longer entries (`新聞記事横断検索`): a label
    # reads like a lead-in and long entries like verse, but beside the sections' menu they are menus
    text = read("yahoo-4-tail.txt")
    assert [run[0] for run in found(text)] == ["トップ", "国内", "テーマを探す"]
    # alone (under a sentence written for the test), the category list under its label is left:
    # a poem under `下面是全诗：` reads the same
    alone = text[text.index("ニュースカテゴリ："):]
    alone = "スタッフブログ Yahoo!ニュースの裏側をご紹介します。今日もたくさんのニュースを集めて配信しています。\n\n" + alone
    assert [run for run in found(alone) if "国内" in run] == []


def test_fewer_lines_of_an_entrys_size_than_a_menu_has_and_no_bar_are_proved_menuless_first(monkeypatch):
    # `may_hold_menu`, asked before the sentences are looked for: a line holds one entry at most but a line
    # of bars, so a page with five bulleted entries holds no menu of six; the proof says only what the
    # full reading says (wikimedia-lynx-head.txt's menu and story, cnn-lynx-tail.txt's line of bars)
    lines = read("wikimedia-lynx-head.txt").split("\n")
    bullets = lines[7:15]
    story = "\n\n".join(" ".join(line.strip() for line in lines[k:k + n]) for k, n in ((31, 6), (38, 3)))
    six, five = "\n".join(bullets[:6]) + "\n\n" + story, "\n".join(bullets[:5]) + "\n\n" + story
    for page, menu in ((six, True), (five, False)):
        assert may_hold_menu([line.strip() for line in page.split("\n")]) is menu
        assert bool(menu_runs(page)) is menu
    monkeypatch.setattr("corpuslint.checks.boilerplate.menus.may_hold_menu", lambda stripped: True)
    assert menu_runs(five) == []  # (read in full)
    # one line of bars may hold six entries: not proved menuless
    bars = read("cnn-lynx-tail.txt").split("\n")[108].strip()
    assert bars.startswith("CNN en ESPAÑOL |") and may_hold_menu([bars, "", *story.split("\n")])
