"""Issue 16: the author read from what closes a story: a reporter contact line (Bloomberg's set phrase)
and a bio of the writer as the last paragraph; never a person the story names, quotes, or reports."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.metadata.body import MetadataInBody, MetadataLineInBody
from corpuslint.config import Config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.models import Document

DATA = Path(__file__).parents[1] / "data" / "metadata" / "authorbox"


def _text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _found(text: str, field: str = "author", metadata=None) -> list[tuple[object, str]]:
    doc = Document.from_text(text, metadata=metadata)
    return [(v.data["value"], doc.text[v.start:v.end]) for v in MetadataInBody().check(doc) if v.data["field"] == field]


def test_a_reporter_contact_line_gives_the_author_and_the_editors():
    text = _text("fnc1-train-0981.txt")
    assert _found(text) == [("Terry Atlas",
                             "To contact the reporter on this story: Terry Atlas in Washington at tatlas@bloomberg.net")]
    ((editors, line),) = _found(text, "editor")
    assert editors == "John Walcott, Larry Liebert, Michael Shepard"
    assert line.startswith("To contact the editors responsible for this story:")


def test_a_contact_line_naming_no_person_or_no_address_is_left_alone():
    story = _text("fnc1-train-0981.txt").split("\n\nTo contact")[0]
    for line in ("To contact the reporter on this story: Bloomberg News at news@bloomberg.net",
                 "To contact the reporter on this story: Terry Atlas in Washington",
                 "To contact the reporters on this story: the Washington bureau at dc@bloomberg.net",
                 "To contact the reporter on this story, call Terry Atlas in Washington."):
        assert _found(story + "\n\n" + line + "\n") == [], line


def test_the_value_is_saved_before_the_press_contact_fix_removes_the_line():
    # CL124 removes both contact lines as press contacts; CL504's fix in the same pass keeps who they name
    linter = Linter(Config(select=["CL124", "CL504"]))
    result = fix_document(linter, Document.from_text(_text("fnc1-train-0981.txt")))
    assert "To contact" not in result.document.text
    assert result.document.metadata["author"] == "Terry Atlas"
    assert result.document.metadata["editor"] == "John Walcott, Larry Liebert, Michael Shepard"


def test_a_bio_closing_the_story_gives_its_author():
    assert _found(_text("fakenewsnet-PolitiFact_Real_115.txt")) == [
        ("Jeff Greenfield", "Jeff Greenfield is a five-time Emmy-winning network television analyst and author.")]
    # with a follow plea; a subject and a role in two sentences (`is head of … He is a contributing editor`)
    assert [v for v, _ in _found(_text("fnc1-train-2351.txt"))] == ["Diana Falzone"]
    assert [v for v, _ in _found(_text("fakenewsnet-BuzzFeed_Real_12.txt"))] == ["Zachary Karabell"]
    # the writer's own e-mail address in the paragraph before (`Shafer.Politico@gmail.com`) is no mention
    assert [v for v, _ in _found(_text("fakenewsnet-BuzzFeed_Real_52.txt"))] == ["Jack Shafer"]
    # under it, what a scraper left of the box: an `Authors:` label without its value
    assert [v for v, _ in _found(_text("fakenewsnet-BuzzFeed_Real_46.txt"))] == ["Hadas Gold"]


def test_a_person_the_story_names_quotes_or_reports_is_not_its_author():
    story = _text("fakenewsnet-PolitiFact_Real_115.txt").rsplit("\n\n", 1)[0]
    assert "Clinton" in story
    for line in ("Hillary Clinton is the author of Hard Choices.",  # the story's subject
                 "Jane Doe is a freelance writer who covers politics, she said.",  # reported speech
                 "“Jane Doe is a freelance writer,” the statement said.",  # a quotation
                 "Jane Doe is the mother of three."):  # no bio role
        assert _found(story + "\n\n" + line + "\n") == [], line
    # a bio that does not close the story: prose follows it
    text = _text("fakenewsnet-PolitiFact_Real_115.txt") + "\n\nThe debate ran for ninety minutes, and the candidates took questions from the audience on the economy.\n"
    assert _found(text) == []


def test_a_closing_bio_is_not_offered_for_removal_as_a_metadata_line():
    # the bio says more than the name: removing it is the bios family's call, not CL505's
    doc = Document.from_text(_text("fakenewsnet-PolitiFact_Real_115.txt"), metadata={"author": "Jeff Greenfield"})
    assert [v for v in MetadataLineInBody().check(doc)] == []
    assert _found(doc.text, metadata={"author": "Jeff Greenfield"}) == []
