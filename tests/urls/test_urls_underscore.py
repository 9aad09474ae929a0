"""CL301: a host written with `_` for `-` beside the document's own hyphen spelling is one address mistyped
(an underscore cannot stand in a host name, so the `_` spelling is the slip), found on the scala-lang.org survey
post (reads32 bug 7) and left alone where no such host stands or the text talks about the letters.
Sources: tests/data/urls/underscore33/SOURCES.md."""

from __future__ import annotations

from conftest import DATA
from corpuslint import Document
from corpuslint.models import Applicability
from corpuslint.checks.urls.variants import UrlVariant

SURVEY = (DATA / "urls" / "underscore33" / "scala-survey-excerpt.md").read_text(encoding="utf-8")


def findings(text: str):
    return [v for v in UrlVariant().check(Document.from_text(text))]


def test_the_underscore_spelling_is_the_slip():
    (v,) = findings(SURVEY)
    assert SURVEY[v.start:v.end] == "scala_lang.org"
    assert v.data["spelling"] == "scala-lang.org" and v.data["edit"] == "_/-"
    assert "lines 5, 8" in v.message and "underscore cannot stand in a host name" in v.message
    assert v.fix.applicability is Applicability.UNSAFE and v.fix.edits[0].replacement == "scala-lang.org"


def test_the_underscore_spelling_loses_even_when_written_more_often():
    text = SURVEY + "- scala_lang.org again\n- and www.scala_lang.org once more\n"
    found = findings(text)
    assert [text[v.start:v.end] for v in found] == ["scala_lang.org"] * 3
    assert {v.fix.edits[0].replacement for v in found} == {"scala-lang.org"}


def test_a_link_or_an_address_with_the_underscore_is_found_too():
    text = SURVEY.replace("- scala_lang.org is", "- https://scala_lang.org/blog/ is").replace(
        "Things that", "Write to news@Scala_Lang.org. Things that")
    found = {text[v.start:v.end]: v.fix.edits[0].replacement for v in findings(text)}
    assert found == {"scala_lang.org": "scala-lang.org", "Scala_Lang.org": "Scala-Lang.org"}


def test_left_alone_without_the_hyphen_spelling_or_where_no_host_stands():
    # the post's Twitter handle (line 61) and an underscore host alone: nothing says what the address is
    assert findings("the above-mentioned blog article, Twitter (scala_lang), the Contributors forum\n"
                    "- scala_lang.org is the most used source of information\n") == []
    for line in ("- see docs/scala_lang.org for the notes",            # a path's segment
                 "- the field config.scala_lang.org_id is set",         # an identifier, another label after it
                 "- docs.scala_lang.org is the most used source",       # another host (a sub-domain)
                 "- the file scala_lang.org_backup is kept"):
        text = SURVEY.replace("- scala_lang.org is the most used source of information", line)
        assert findings(text) == [], line


def test_a_passage_about_host_names_letters_is_left_alone():
    text = SURVEY.replace("- scala_lang.org is the most used source of information",
                          "- scala_lang.org is not a valid host name: an underscore cannot stand in one")
    assert findings(text) == []
