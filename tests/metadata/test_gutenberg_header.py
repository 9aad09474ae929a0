"""CL504 on a Project Gutenberg book (qa20 r04): the header's labelled fields (`Title:`, `Author:`, `Release
Date:`, `Language:`) are the book's metadata, not the project's line `Project Gutenberg Etext of …` nor a name read
out of it; a `--fix` run beside CL143 (which removes the header) records them before the header goes. Real text:
the two books of tests/data/boilerplate/gutenberg (README there)."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.metadata.body import MetadataInBody
from corpuslint.checks.metadata.gutenberg import gutenberg_header
from corpuslint.models import Document

DATA = Path(__file__).parents[1] / "data" / "boilerplate" / "gutenberg"


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def fields(text: str) -> dict[str, object]:
    return {v.data["field"]: v.data["value"] for v in MetadataInBody().check(Document.from_text(text, path="b.txt"))}


def test_the_1990s_header_gives_the_title_and_the_author_of_its_labels():
    # main: title "Project Gutenberg Etext of The Small Catechism of Martin Luther" (line 31), the author read out
    # of the `Title:` line
    assert fields(read("pg_small_catechism_ja.txt")) == {
        "title": "The Small Catechism of Martin Luther", "author": "Martin Luther"}


def test_a_wrapped_title_the_release_day_and_the_language_and_various_is_no_author():
    # main: the title cut at the line's end, `Issue 268` taken for the source, the day for the date
    assert fields(read("pg10026-excerpt.txt")) == {
        "title": "The Mirror of Literature, Amusement, and Instruction, Vol. 10, Issue 268, August 11, 1827",
        "date": "2003-10-09", "language": "English"}


def test_labels_without_the_projects_header_are_not_a_books():
    # the same lines without the line closing a header, or without the project named at the top: no header
    text = read("pg10026-excerpt.txt")
    assert gutenberg_header(text)
    no_marker = "\n".join(line for line in text.splitlines() if "START OF THE" not in line)
    assert "***START" not in no_marker and gutenberg_header(no_marker) == []
    unnamed = text.replace("Project Gutenberg", "the archive").replace("PROJECT GUTENBERG", "ARCHIVE")
    assert gutenberg_header(unnamed) == []


def test_fix_records_the_header_beside_cl143_removing_it(cli, tmp_path):
    book = tmp_path / "book.txt"
    book.write_text(read("pg_small_catechism_ja.txt"), encoding="utf-8")
    assert cli("check", tmp_path, "--isolated", "--no-cache", "--no-index", "--fix").code in (0, 1)
    assert book.read_text(encoding="utf-8").startswith("マルチン・ルターの小信仰問答書\n")
    meta = book.with_name("book.meta.yaml").read_text(encoding="utf-8")
    assert meta == "title: The Small Catechism of Martin Luther\nauthor: Martin Luther\n"
