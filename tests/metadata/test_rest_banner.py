"""CL504 (review23b #1, #3, #4): a plain text opening with a box between rules, `..` or an underlined heading is no
reST source: its box gives no title where docutils would give none (a NEWS file's first release, a `####` frame,
a banner's sentence, an embargo's dated line), and its byline and date are still read; a reST source says so
(a directive, a role, docinfo fields). A page's second line seen again under its headline is no wrap of the title
when it is furniture (`Advertisement`). Real text: tests/data/metadata/review23b (README there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.checks.metadata.body import MetadataInBody
from corpuslint.checks.metadata.restdoc import rest_head, rest_read
from corpuslint.models import Applicability, Document

DATA = Path(__file__).parents[1] / "data" / "metadata" / "review23b"


def findings(name: str) -> dict[str, tuple[object, Applicability | None]]:
    text = (DATA / name).read_text(encoding="utf-8")
    return {v.data["field"]: (v.data["value"], v.fix.applicability if v.fix else None)
            for v in MetadataInBody().check(Document.from_text(text, path=name))}


@pytest.mark.parametrize("name", ["libhandy_NEWS.txt", "cups-pk-helper_NEWS.txt", "lcms2_changelog.txt",
                                  "adduser.local.conf.txt", "unzip_ToDo.txt", "sgml-base_TODO.txt"])
def test_a_debian_docs_opening_box_is_no_title(name):
    # main: `Version 1.8.1`, `Version 0.2.6`, `2.14 Featured release` (the box's style used again: a section),
    # `# /etc/adduser.local.conf: … #` (a frame), `For UnZip 6.1/who knows:` (a lead-in), all safe
    assert "title" not in findings(name)


def test_a_box_no_rest_source_vouches_for_leaves_the_date_read():
    # main: title `--- Release of Lynx v2.8 (March 10, 1998) ---`, the date lost
    assert findings("lynx_CHANGES2.8.txt") == {"date": ("1998-03-10", Applicability.SAFE)}


def test_a_banner_or_a_comment_leaves_the_byline_and_date_read():
    # main: a banner's sentence or the embargo line as the title (safe), the byline and date lost; `..` alone: nothing
    assert findings("banner.txt") == {"author": ("Jane Roe", Applicability.SAFE),
                                      "date": ("2019-03-03", Applicability.SAFE)}
    assert set(findings("embargo.txt")) == {"author", "date"}
    assert set(findings("dots.txt")) == {"author", "date"}


def test_an_underlined_heading_over_an_emoji_is_a_title_beside_the_byline_unsafe():
    # `:warning:` is no docinfo field: the post-meta line under it is read too; the heading's title is unsafe
    found = findings("warn.txt")
    assert found["title"] == ("Release notes", Applicability.UNSAFE)
    assert found["author"] == ("Jane Roe", Applicability.SAFE) and found["date"][0] == "2019-03-03"
    assert findings("emoji.txt") == {"title": ("Frobnitz 2.1 released", Applicability.UNSAFE)}


def test_a_rest_sign_makes_the_source_sure():
    head = "====================\n`Docutils Generic`_\n====================\n\n:Author: David Goodger\n"
    assert [(item.field, item.value, item.kind) for item in rest_head(head)] == [
        ("title", "Docutils Generic", "rest"), ("author", "David Goodger", "rest")]
    target = ".. _Docutils: https://docutils.sourceforge.io\n\n===============\nAbout Docutils_\n===============\n"
    assert rest_head(target)[0].value == "About Docutils"
    assert rest_head((DATA / "libhandy_NEWS.txt").read_text(encoding="utf-8")) is None


def test_a_names_own_underscores_stay_a_fence_is_no_box():
    # main: `The __init method` (the trailing `__` stripped as a reference mark); a fenced `ls` as a title
    found, sure = rest_read("===================\nThe __init__ method\n===================\n\nText.\n")
    assert [item.value for item in found] == ["The __init__ method"] and not sure
    assert rest_read("```\nls\n```\n\nText.\n") is None


def test_a_pages_furniture_under_the_headline_is_no_wrap_of_the_title():
    # main: `Scientists Find Ancient Forest Under Glacier Advertisement` (the <title>'s `Advertisement` seen again)
    assert findings("title_wrapped_advert.txt")["title"] == (
        "Scientists Find Ancient Forest Under Glacier", Applicability.SAFE)
