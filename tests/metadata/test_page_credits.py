"""Credits a page gives besides its byline (`metadata/pagecredits.py`), and a byline's stamp with a
share bar under it (`metadata/headline.py`), on real whole-page texts (../shared/corpora/web/txt:
gmw, qq, youth, videos-1's head and footer, table-style-attributes, heise), each found and, beside
it, the look-alike left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.checks.metadata.headline import SHARE_BUTTONS
from corpuslint.checks.metadata.page import page_metadata
from corpuslint.checks.metadata.pagecredits import _labelled

PAGES = Path(__file__).parents[1] / "data" / "metadata" / "pages"


def text(name: str) -> str:
    return (PAGES / f"{name}.txt").read_text(encoding="utf-8")


def cl504(page: str) -> dict:
    from corpuslint.checks.metadata.body import MetadataInBody
    from corpuslint.models import Document

    doc = Document.from_text(page, path="page.txt")
    return {v.data["field"]: (v.data["value"], doc.position(v.start)[0]) for v in MetadataInBody().check(doc)}


# -- a portal's source and editor labels --------------------------------------------------------


def test_a_portals_source_and_editor_labels_on_its_stamp_are_read():
    # gmw: `2017-03-10 09:58 来源： 网易科学人` / `2017-03-10 09:58:03 来源： 网易科学人 作者： 责任编辑：肖春芳`
    found = cl504(text("gmw-head"))
    assert found["source"] == ("网易科学人", 7) and found["editor"] == ("肖春芳", 8)
    assert page_metadata(text("gmw-head")).authors == []  # the editor is not the author
    # youth: `发稿时间： 2017-03-10 08:42:00 来源： 人民日报海外版 中国青年网`, and `责任编辑：崔宁宁` under the story
    found = cl504(text("youth"))
    assert found["source"] == ("人民日报海外版", 7) and found["editor"] == ("崔宁宁", 59)
    assert cl504(text("qq"))["editor"] == ("alonliu", 95)  # `[责任编辑：alonliu]` closing the story


def test_a_label_without_a_stamp_or_inside_a_sentence_is_left_alone():
    page = text("gmw-head")
    # the same label on a line with no date and no other label: no stamp
    undated = page.replace("2017-03-10 09:58 来源： 网易科学人", "来源： 网易科学人").replace(
        "2017-03-10 09:58:03 来源： 网易科学人 作者： 责任编辑：肖春芳", "")
    assert "source" not in cl504(undated) and "editor" not in cl504(undated)
    # gmw's footer: `版权声明： 转载须经版权人书面授权并注明来源` (the word without its colon), and a label whose
    # value is a sentence
    assert _labelled("版权声明： 转载须经版权人书面授权并注明来源") == []
    assert _labelled("2017-03-10 来源：据悉，该公司已于去年") == []
    assert _labelled("2017-03-10 09:58:03 来源： 网易科学人 作者： 责任编辑：肖春芳") == [
        ("source", "网易科学人"), ("editor", "肖春芳")]


# -- a copyright line naming one person ----------------------------------------------------------


def test_a_copyright_line_naming_a_person_is_the_author_of_a_page_with_no_byline():
    # jwz's page: no byline, `© 2002, 2003 Jamie Zawinski` its only credit
    assert page_metadata(text("table-style-attributes")).authors == ["Jamie Zawinski"]


def test_a_firms_copyright_or_a_name_the_page_writes_elsewhere_is_no_author():
    # heise: `Copyright © 2015 Heise Medien` (a firm, in German); the story is signed `(bsc)` after its
    # last sentence (session 14, pagecredits.initials_closing_story): without that signature, no author
    assert page_metadata(text("heise")).authors == ["bsc"]
    assert page_metadata(text("heise").replace("voraus. (bsc)", "voraus.")).authors == []
    # `© 2017 Pixabay Free Downloads` on a page that writes Pixabay elsewhere: the site's name
    page = text("table-style-attributes")
    assert page_metadata(page.replace("linux usability\n", "linux usability, by Zawinski\n", 1)).authors == []
    assert page_metadata(page.replace("Jamie Zawinski", "Vox Media, LLC")).authors == []


# -- a byline's stamp with a share bar under it ---------------------------------------------------


def test_a_dated_byline_over_a_share_bar_anchors_a_headline_the_title_does_not_repeat():
    # videos-1: <title> `How to watch the 21 best films of 2017 - Vox`, h1 `The 21 best movies of 2017`, a
    # standfirst, `By Alissa Wilkinson @alissamarie Updated Jul 24, 2018, 2:15pm EDT`, `Share Tweet Share` /
    # `Share The 21 best movies of 2017` / `tweet share Reddit Pocket Flipboard Email`, a credit, the prose
    page = text("videos-1-head")
    found = cl504(page)
    assert found["author"] == ("Alissa Wilkinson", 54)
    # the printed headline, the <title>'s story worded otherwise (the curator's title, benchmarks/gold)
    assert found["title"] == ("The 21 best movies of 2017", 50)
    assert "date" not in found and page_metadata(page).date is None  # the update's day is no publication date


def test_without_the_share_bar_a_heading_under_the_stamp_still_dates_what_follows():
    # the share bar's lines replaced by a short heading: the stamp heads that, not the headline above
    page = text("videos-1-head").replace("Share Tweet Share\nShare The 21 best movies of 2017\n"
                                         "tweet share Reddit Pocket Flipboard Email", "Our picks")
    assert "author" not in cl504(page)


@pytest.mark.parametrize("line, bar", [
    ("Share Tweet Share", True), ("tweet share Reddit Pocket Flipboard Email", True),
    ("Share your story with us", False), ("Email the editors", False), ("Print edition", False),
])
def test_share_buttons_and_look_alikes(line, bar):
    assert bool(SHARE_BUTTONS.match(line)) is bar


# -- a writer's plug closing a story ---------------------------------------------------------------


def test_a_writers_follow_plug_closing_the_story_is_its_author():
    # Mediaite: `—— >> Follow Evan McMurry (@evanmcmurry) on Twitter` as the last line
    from corpuslint.checks.metadata.body import MetadataInBody
    from corpuslint.models import Document

    def authors(name):
        doc = Document.from_text((PAGES.parent / name).read_text(encoding="utf-8"))
        return [(v.data["value"], v.source) for v in MetadataInBody().check(doc) if v.data["field"] == "author"]
    assert authors("fnc1-train-1370.txt") == [("Evan McMurry", "attribution")]
    # left alone: a site's plug (`This article originally appeared at The Daily Dot. Copyright 2014. Follow The
    # Daily Dot on Twitter.`: its source, not an author) and a first name alone (`Follow Chuck on Twitter`)
    assert authors("fnc1-train-0687.txt") == []
    assert authors("fnc1-train-0186.txt") == []


# -- a site's name in brackets closing a Japanese page's <title> -----------------------------------


def test_a_bracketed_site_name_closing_the_title_is_cut_when_the_page_prints_the_headline_alone():
    # hukumusume: <title> `欲張りなイヌ ＜福娘童話集 きょうのイソップ童話＞`, the story's heading `欲張りなイヌ` alone
    page = text("hukumusume")
    assert page_metadata(page).title == "欲張りなイヌ"
    assert cl504(page)["title"] == ("欲張りなイヌ", 8)
    # with no line printing the headline alone, the brackets are no evidence: the <title> stays whole
    alone = page.replace("\n欲張りなイヌ\n", "\n欲張りなイヌのお話\n")
    assert page_metadata(alone).title == "欲張りなイヌ ＜福娘童話集 きょうのイソップ童話＞"
