"""CL144 excerpt-more-link on real feed text in Russian and Japanese (qa20 r13): the 'read more'
label closing each entry is found by its shape, whatever its words; a label closing one entry,
speech trailing off (quoted, after a dash, or unquoted twice), a transcript's `(Laughter)` and a
subtitle's `[Music]` are left alone. The files: tests/data/boilerplate/morelinks/README.md."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.boilerplate.morelinks import ExcerptMoreLink
from corpuslint.models import Applicability, Document

DATA = Path(__file__).parents[1] / "data" / "boilerplate" / "morelinks"


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def fixed(text: str) -> tuple[str, list]:
    found = list(ExcerptMoreLink().check(Document.from_text(text, path="feed.txt")))
    for v in sorted(found, key=lambda v: v.start, reverse=True):
        assert v.fix.applicability is Applicability.SAFE
        for edit in v.fix.edits:
            text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text, found


def test_a_bracketed_label_closing_each_item_of_a_russian_feed():
    text = read("kinder_ru.txt")
    after, found = fixed(text)
    assert len(found) == text.count("[Подробнее...]") == 6
    assert "[Подробнее...]" not in after
    # the item's last line and the next item's title keep their blank line between them
    assert "другой интересной и познавательной информации.\n\nДетский дом 18 г.Москвы" in after


def test_a_bare_label_under_each_entry_of_a_japanese_feed():
    after, found = fixed(read("kitaguni_feed_ja.txt"))
    assert len(found) == 4 and "続きを読む" not in after
    assert "（↑書いてるアタシがバカみたいだ ^^;）\n\nおまいが言うなよ…" in after
    # two entries, each label followed by a separator line
    after, found = fixed(read("kitaguni_ja.txt"))
    assert len(found) == 2 and "続きを読む" not in after and after.count("--") == 2


def test_speech_a_single_link_and_other_bracketed_lines_are_left_alone():
    entry = "Вышел февральский номер журнала.\nЮные читатели задают много вопросов.\n"
    assert fixed(entry + "[Подробнее...]\n")[1] == []  # one entry: nothing repeats
    novel = ("He looked at the letter for a long time.\n\nWell...\n\nShe did not answer him, and the clock went on.\n\n"
             "Well...\n\nThe rain had stopped by the time they reached the station.\n")
    assert fixed(novel)[1] == []
    quoted = "「そう……」\n\n彼女は窓の外を見ていた。\n「そう……」\n\n雨はまだ降っていた。\n「そう……」\n"
    assert fixed(quoted)[1] == []
    dash = "Он помолчал.\n— Ну...\n\nОна отвернулась.\n— Ну...\n\nДождь кончился.\n— Ну...\n"
    assert fixed(dash)[1] == []
    talk = "So that is what we did.\n(Laughter)\n\nAnd it worked.\n(Laughter)\n\nThank you.\n(Applause)\n"
    subtitles = "1\n00:00:01,000 --> 00:00:02,000\n[Music]\n\n2\n00:00:03,000 --> 00:00:04,000\n[Music]\n"
    assert fixed(talk)[1] == [] and fixed(subtitles)[1] == []
    assert fixed(read("blogcn_zh.txt"))[1] == []  # no ellipsis: a known problem


def test_wordpress_more_link_in_its_translations_even_once():
    post = "Der erste Absatz des Beitrags, der hier endet.\n(mehr…)\n\nDer nächste Beitrag.\n"
    assert len(fixed(post)[1]) == 1
    assert len(fixed("这是文章的第一段。\n（更多…）\n")[1]) == 1
    # the word out of the link's brackets: a line of speech trailing off
    assert fixed("Er sah sie an.\nMehr…\n\nSie schwieg.\n")[1] == []
