"""CL151 on a repeated heading and its whole section: git-doc's AsciiDoc pages (GPL-2.0) each end with
`GIT` / `---` / `Part of the linkgit:git[1] suite`. The heading is structure no fix changes: removing the
rest left `GIT` over nothing (tester30 H7). The finding stays, without a fix; the footer's line without
the heading keeps its fix."""

from __future__ import annotations

from pathlib import Path

from corpuslint import Document, Linter

TAILS = sorted((Path(__file__).parent / "data" / "plain_markup").glob("git-doc_*.tail.txt"))


def _found(heading: str = "GIT\n---\n") -> list:
    docs = [Document.from_text(p.read_text(encoding="utf-8").replace("GIT\n---\n", heading), id=p.name)
            for p in TAILS]
    return Linter({"select": ["CL151"], "rules": {"CL151": {"min-documents-anywhere": 3}}}).check(docs)


def test_a_heading_and_its_whole_section_is_found_without_a_fix_and_the_line_alone_with_one():
    found = _found()
    assert len(found) == 4 and all(f.text.startswith("Part of the linkgit:git[1] suite") or "GIT" in f.text
                                   for f in found)
    assert all(f.fix is None and "no fix: its heading would stay over nothing" in f.message for f in found)
    found = _found("")  # the footer's line alone, no heading over it: its removal leaves nothing behind
    assert len(found) == 4 and all(f.fix is not None for f in found)
