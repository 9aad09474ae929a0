"""Forum pages (forum28): a forum's index and a board's list of threads, each row with its counts, are the page's
content, a sidebar's recent threads beside the posts and a menu's numbered entries are not; a thread's frame standing
once per post is furniture. Lines copied from real pages (tests/data/boilerplate/boards/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.boilerplate.boards import board_lines, counts
from corpuslint.checks.boilerplate.classifier import BoilerplateLine
from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.postframe import frame_lines
from corpuslint.models import Document, Origin

from test_boilerplate_recordlists import ARTICLE  # an article's body (Mercury Parser's yahoo.com fixture)

DATA = Path(__file__).parent / "data" / "boilerplate" / "boards"


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def texts(lines, at):
    return [lines[i].text for i in sorted(at)]


def test_a_row_s_counts_are_numbers_standing_as_fields_not_dates_labels_or_brackets():
    got = [counts(text) for text in [
        "17        ● Our lab joins the global top 1% (3.4k)        0/808     someuser",
        "Music 1,768 28,043 3 days ago by someuser in Some thread title",
        "16 Темы 105 Сообщения Последнее сообщение Grebennikov A.",
        "Posts: 1,204", "Joined: Mar 2011", "Всего сообщений: 979 • Тем: 74 • Пользователей: 159",
        "March 2015 (12)", "* 12/4 Game Night in December, January and February!", "viewtopic.php?f=16&t=11300"]]
    assert got == [3, 2, 2, 0, 0, 0, 0, 0, 0]


def test_a_forum_s_index_and_a_board_s_threads_are_the_page_s_content():
    lines = candidate_lines(read("spinkat-index.txt"))
    got = texts(lines, board_lines(lines))
    assert "* Вопросы к Денису Вихрову" in got and "4 Темы 144 Сообщения Последнее сообщение Лёха" in got
    assert "* Вопросы и предложения по форуму" in got and "0 Темы 0 Сообщения Нет сообщений" in got
    lines = candidate_lines(read("letstalkbitcoin-board.txt"))
    got = texts(lines, board_lines(lines))
    assert "Bitcoin.com.au rant" in got[-1] and any(text.startswith("What's going on with Ripple/XRP?") for text in got)


def test_a_forum_s_index_cut_by_a_category_s_heading_and_a_missed_row_is_one_list():
    lines = candidate_lines(read("spinkat-lynx-cells.txt"))
    got = texts(lines, board_lines(lines))
    assert "Вопросы к Илье Бабакову" in got and "144 Сообщения" in got  # the first category's boards, 8 rows
    assert "Dr.Depth, AutoCart, ReefMaster" in got and "Советы экспертов по подбору снастей" in got


def test_the_rule_keeps_a_forum_s_index_it_removed_and_still_finds_its_furniture():
    text = read("spinkat-index.txt")
    found = BoilerplateLine().check(Document(id="spinkat", text=text, origin=Origin(path="spinkat.txt", format="text")))
    flagged = " ".join(text[v.start:v.end] for v in found)
    assert "Спиннинговые удилища" not in flagged and "Сервисный центр SPINKAT.RU" not in flagged
    assert "Расширенный поиск" in flagged and "Создано на основе phpBB® Forum Software © phpBB Group" in flagged


def test_recent_threads_beside_the_posts_and_a_menu_s_numbered_entries_are_no_board():
    recent = read("mazdaworld-recent.txt")
    assert board_lines(candidate_lines(recent)) == set()  # one count a row: `0` over a title and its stamp
    under = candidate_lines("\n".join(ARTICLE * 8) + "\n" + read("spinkat-index.txt"))
    assert board_lines(under) == set()  # the article outweighs it: left to the model
    menu = candidate_lines("\n".join(f"o Rosca {n}\no {n} a {n + 60} mL" for n in range(15, 99, 4)))
    assert board_lines(menu) == set()  # a bulleted menu's items, numbers and all


def test_a_forum_thread_s_frame_standing_once_per_post_is_furniture_and_its_posts_are_not():
    lines = candidate_lines(read("mazdaworld-posts.txt"))
    got = set(texts(lines, frame_lines(lines, set())))
    assert {"Posts: 50", "Mentioned: 0 Post(s)", "Quote Quick Reply", "oppo is offline"} <= got
    assert not any(len(text.split()) > 5 for text in got)  # "I've had the same issue ...": a post's text
    listing = candidate_lines((DATA.parent / "shops" / "radioshack-listing.txt").read_text(encoding="utf-8") * 2)
    assert frame_lines(listing, set()) == set()  # a catalogue's records repeat too, but no poster's count
