"""Credits in other languages and scripts read as what they are (issue 16, session 17): a reporter's credit
in Chinese (`扬子晚报记者 张楠`, a dateline's `（记者唐霁）`, `【文/观察者网专栏作者 王文】`) is the author; a source's or an
editor's label (`来源：`, `责任编辑：`) never is; an author's label in another language (`Autor:`, `geschrieben von`)
is read as `By` is; and a syndicating portal's stamp line that closes with the author's name
(`Medical Daily 9/21/2016 Lizette Borreli`).

The `gne-*-head.txt` pages are excerpts of GeneralNewsExtractor's half A pages (tuned on), the `mercury-msn-head`
one of Mercury's half A; the single lines are real pages' own (GNE half A, trafilatura's saved pages), each found
case beside the look-alike left alone.
"""

from __future__ import annotations

import pytest

from corpuslint.checks.metadata.bylineline import name_line
from corpuslint.checks.metadata.lines import Line
from corpuslint.checks.metadata.pagecredits import labelled_credits
from pagereading import PAGES, names, read  # tests/metadata/pagereading.py


@pytest.mark.parametrize(("text", "expected"), [
    ("扬子晚报记者 张楠", ["张楠"]),  # qq-qq: the outlet, the role word, the name
    ("新京报记者 陆一夫", ["陆一夫"]),  # 163-7
    ("《棱镜》作者 周纯", ["周纯"]),  # qq-2: a column's name in title marks
    ("【文/观察者网专栏作者 王文】", ["王文"]),  # guancha
    ("采写：南都记者 余毅菁 向雪妮", ["余毅菁", "向雪妮"]),  # njxfhn-1: two reporters
    ("作者：余毅菁 向雪妮 返回富达，查看更多", ["余毅菁"]),  # njxfhn-1: a link after the names, the first only
    ("记者 李明 报道", ["李明"]),  # `报道` ("reports") closes the credit: no second name
])
def test_a_chinese_reporters_credit_names_the_author(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "作者最新文章",  # baijiahao: a link ("the author's latest articles"), no separator after the role word
    "图片来源：每经记者 张蕊 摄",  # 163-3: a picture's source and its photographer
    "东南亚媒体行圆满收官 外国记者盛赞湾区活力",  # a teaser's headline
    "儿歌一分钱被改成一元钱 原作者女儿：改成这样不觉得拗口吗？",  # qq-qq's headline
    "《红周刊》记者向龙湖集团相关负责人核实相关项目的整改情况，但截至发稿前公司并未回复。",  # 163-1: prose
    "本文仅代表作者个人观点。",  # guancha: a disclaimer
    "责任编辑：张迪",  # sina-1: the editor
    "编辑 刘晓阳 校对 李铭",  # 163-7: the editor and the proofreader
    "本文来源：新京报 责任编辑：姚立伟_NT6056",  # 163-7: the source and the editor
])
def test_an_editor_a_source_or_prose_names_no_author(text):
    assert names(text) == []


def test_a_datelines_reporter_is_the_author_and_the_stamps_labels_the_source_and_editor():
    # xinhuanet-1: `2019-12-10 07:57:40 来源： 新华网` under the headline, `新华社巴黎12月9日电（记者唐霁）法国9日…`
    # opening the story, `责任编辑： 尹世杰` closing it
    found = read("gne-xinhuanet-1-head")
    assert found.authors == ["唐霁"] and found.date == "2019-12-10"
    lines = [Line(0, len(t), t, True) for t in (PAGES / "gne-xinhuanet-1-head.txt").read_text(encoding="utf-8").split("\n")
             if t.strip()]
    credits = {f.field: f.value for f in labelled_credits(lines, found.headline_line)}
    assert credits == {"source": "新华网", "editor": "尹世杰"}


def test_a_columnists_bracketed_credit_is_the_author_not_the_source():
    # guancha: `来源：观察者网` on the stamp (the outlet), `【文/观察者网专栏作者 王文】` over the story (its columnist)
    assert read("gne-guancha-guancha-head").authors == ["王文"]


def test_a_portals_source_label_with_a_qualifier_is_a_source():
    # gzggw-1: `发布日期：2016-11-22 浏览次数： 信息来源：省发改委` ("information source")
    text = "发布日期：2016-11-22 浏览次数： 信息来源：省发改委"
    lines = [Line(0, 10, "1-10月德清县固定资产投资结构趋稳趋优", True), Line(11, 11 + len(text), text, True)]
    assert [(f.field, f.value) for f in labelled_credits(lines, 0)] == [("source", "省发改委")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Author: Lindsey O'Donnell", ["Lindsey O'Donnell"]),  # threatpost
    ("Autor: Angelika Leitner", ["Angelika Leitner"]),  # landwirt.com
    ("geschrieben von Meike Neitz", ["Meike Neitz"]),  # basicthinking.de
    ("Author: Julia Hitz (eg)", ["Julia Hitz"]),  # dw.com, the editor's initials in parentheses
])
def test_an_authors_label_in_another_language_reads_as_by(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Über den Autor",  # basicthinking.de: an author box's heading
    "Autor werden",  # telemedicus: a link ("become an author")
    "Der Autor des Werks, Niko Härting, ist sowohl Rechtsanwalt als auch akademischer Lehrer.",  # prose
    "incurvy Autorin",  # incurvy.de: a site's label
    "Redaktion: Max Mustermann",  # an editor's label is no author's
    "Quelle: dpa",  # a source's
])
def test_an_authors_word_that_labels_no_byline_is_left_alone(text):
    assert names(text) == []


def test_a_name_closing_a_portals_stamp_line_is_the_author():
    # msn: `Medical Daily 9/21/2016 Lizette Borreli` under the headline (the syndicated outlet, the day, the author)
    assert name_line("Medical Daily 9/21/2016 Lizette Borreli") == ("Lizette Borreli", True)
    found = read("mercury-msn-head")
    assert found.authors == ["Lizette Borreli"] and found.date == "2016-09-21"


@pytest.mark.parametrize("text", [
    "Posted 9/21/2016 Read More",  # a post-meta word, a button
    "December 21, 2016 Comments Off",  # a WordPress theme's closed comments
    "Updated 9/21/2016 John Smith",  # an update's note before the stamp
])
def test_what_stands_before_a_stamp_must_be_an_outlets_name(text):
    assert name_line(text)[0] is None


def test_the_outlet_a_chinese_stamp_line_credits_is_the_byline():
    # qq (web-audited half A, gold byline `TNW中文站`): the credited outlet, a space, the day in Chinese, the hour;
    # main read the day but no name
    assert name_line("TNW中文站 2016年10月14日07:17") == ("TNW中文站", True)
    found = read("qq-head")
    assert found.authors == ["TNW中文站"] and found.date == "2016-10-14"


@pytest.mark.parametrize("text", [
    "今日股市行情分析--2019年8月19日",  # a headline running into its day (gne): no space before it
    "2019年11月25日 18:57 参考消息",  # the outlet after the day (gne, quoted in METADATA.md): the source's shape
    "发布时间 2019年11月25日 18:57",  # a stamp's label
    "新京报 2019年11月25日 报道",  # words after the day: a sentence, not a stamp
    "科技 > 要闻 2016年10月14日",  # a breadcrumb
])
def test_what_stands_before_a_chinese_day_must_be_one_credited_word(text):
    assert name_line(text)[0] is None
