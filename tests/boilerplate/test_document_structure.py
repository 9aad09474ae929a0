"""CL151 and the structure every document of a corpus of laws or man pages shares (qa22, real
lines): a law's article headings numbered in Chinese numerals (`第一条`, each over its article: 14
Chinese UDHR versions, 508 findings) and a man page's entries of its list of options (`--help display
this help and exit` in every GNU page): the unsafe fix deleted them. Both ways: a heading that does not
count up (`第一条` over every article) and coreutils' REPORTING BUGS footer are still found."""
from __future__ import annotations

from pathlib import Path

import regex

from corpuslint import Document

from conftest import DATA
from conftest import by
from conftest import corpus_linter as linter

UDHR = DATA / "boilerplate" / "udhr_zh"
MAN = DATA / "boilerplate" / "manpage_options"


def documents(folder: Path, edit=lambda text: text) -> list[Document]:
    return [Document.from_text(edit(path.read_text(encoding="utf-8")), id=path.stem, path=str(path))
            for path in sorted(folder.glob("*.txt"))]


def flagged(docs: list[Document]) -> set[str]:
    return {f.text.strip() for f in by(linter().check(docs), "CL151")}


def test_article_headings_in_chinese_numerals_are_the_documents_own():
    assert not any(text.startswith("第") for text in flagged(documents(UDHR)))


def test_headings_that_do_not_count_up_are_still_found():
    # `第一条` over every article: no numbered series, a line the 14 documents share
    def same_number(text: str) -> str:
        return regex.sub(r"(?m)^第[一二三四五六七]条$", "第一条", text)
    assert "第一条" in flagged(documents(UDHR, same_number))


def test_an_entry_of_a_list_of_options_is_the_documents_own():
    found = flagged(documents(MAN))
    assert not any("--help" in text or "version information" in text for text in found)
    assert any(text.startswith("REPORTING BUGS") for text in found)
