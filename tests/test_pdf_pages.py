"""A PDF stored a page a record (`{"text": page, "page": 5, "doc": ...}`, genres32): CL151 finds the
running heads across the document's pages and removes them safely (a short line at the page's top
with the page's number), and leaves a short line inside a page that other pages repeat (a table's
`Class` column, R's `Call:`) alone. Data: tests/data/pdftext/SOURCES.md."""

from __future__ import annotations

import json
from pathlib import Path

from corpuslint import Document, Linter
from corpuslint.checks.pagerecords import at_page_edge, page_number, running_head
from corpuslint.checks.pdftext import own_line_numbers

DATA = Path(__file__).parent / "data" / "pdftext"
PAGES = DATA / "coin_implementation-pages5-11.jsonl"
HEADS = {"Torsten Hothorn, Kurt Hornik, Mark A. van de Wiel, Achim Zeileis",
         "coin: Implementing a Class of Permutation Tests"}


def records() -> list[dict]:
    return [json.loads(line) for line in PAGES.read_text(encoding="utf-8").splitlines()]


def test_a_records_page_field_says_it_is_a_page():
    assert page_number({"page": 5, "doc": "a.pdf"}) == 5
    assert page_number({"page_number": "12"}) == 12
    assert page_number({"page": "A1"}) is None and page_number({"page": True}) is None and page_number({}) is None


def check(pages: list[dict]) -> list:
    docs = [Document.from_text(r["text"], id=f"p{k}", metadata={key: r[key] for key in r if key != "text"})
            for k, r in enumerate(pages)]
    return Linter({"select": ["CL151"]}).check(docs)


def test_running_heads_across_a_documents_page_records_are_found_and_safe():
    found = check(records())
    assert {f.text.strip() for f in found} == HEADS  # the heads only: no table cell, no R printout line
    safe = [f for f in found if f.fix is not None and f.fix.applicability.value == "safe"]
    assert len(found) == 7 and len(safe) == 6  # page 7 shows no number at its top: its head's fix stays unsafe
    # the same pages without their page field: nothing says they are pages, no fix is safe
    found = check([{"text": r["text"]} for r in records()])
    assert found and all(f.fix is None or f.fix.applicability.value == "unsafe" for f in found)


def test_a_pages_table_and_its_edges():
    page = records()[0]  # page 5: the running head, the number, then a table of slots and classes
    text = page["text"]
    lines = text.split("\n")
    own = own_line_numbers(text, paragraphs=False, page=5)
    for cell in ("Slot", "block", "weights", "Class", '"data.frame"', '"numeric"'):
        assert all(k in own for k, line in enumerate(lines) if line == cell), cell
    head = text.index("Torsten Hothorn")
    assert not any(k in own for k, line in enumerate(lines) if line.startswith("Torsten Hothorn"))
    assert at_page_edge(text, head) and not at_page_edge(text, text.index("Slot"))
    end = text.index("\n", head)
    assert running_head(text, head, end, 5)
    assert not running_head(text, head, end, 40)  # `5` is no page 40's number: a heading's, a cell's
    slot = text.index("Slot")
    assert not running_head(text, slot, slot + 4, 5)
