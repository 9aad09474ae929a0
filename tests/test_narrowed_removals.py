"""A removal that would take part of a list item at its edge is narrowed to the whole blocks between
(`corpuslint.narrowing`), rather than withheld whole: the cut item stays entire, the rest of the run
goes. Real whole-page text (sb26's dev pages), both ways."""

from __future__ import annotations

from pathlib import Path

from corpuslint.config import load_config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.models import Document
from corpuslint.analysis import structure
from corpuslint.narrowing import whole_blocks_removal

DATA = Path(__file__).parent / "data" / "boilerplate" / "narrowed"
PAGE = (DATA / "laviedesidees-evaluation.inscriptis.txt").read_text(encoding="utf-8")
LINTER = Linter(load_config(None))


def _doc() -> Document:
    return Document.from_text(PAGE, path="evaluation.txt")


def _line_span(first: int, last: int) -> tuple[int, int]:
    starts = [0] + [i + 1 for i, ch in enumerate(PAGE) if ch == "\n"]
    return starts[first - 1], starts[last]


def test_the_keyword_box_goes_but_its_last_item_which_holds_an_unflagged_line():
    finding = next(f for f in LINTER.check([_doc()]) if f.code == "CL140" and f.line == 28)
    assert finding.end_line == 32 and finding.fix is not None
    assert "part of a list item" in finding.data["fix_narrowed"]
    edit = finding.fix.edits[0]
    assert PAGE[edit.start:edit.end].split("\n")[0].strip() == "Mots-clés"
    assert PAGE.count("\n", 0, edit.end - 1) + 1 == 31  # up to `* recherche`: lines 28-31
    text = fix_document(LINTER, _doc(), unsafe=True).document.text
    assert "Mots-clés" not in text and "* indicateurs" not in text
    assert "* évaluation\n" in text and "Télécharger l'article" in text  # the cut item, whole
    assert "et la place qu’y occupe la bibliométrie" in text  # the article


def test_a_removal_of_whole_items_is_not_narrowed():
    doc = _doc()
    start, end = _line_span(29, 31)  # `* université` .. `* recherche`: three whole items
    assert whole_blocks_removal(doc, start, end, [(start, end)]) is None  # nothing to narrow: the guard lets it go


def test_nothing_is_left_when_the_removal_is_inside_one_item():
    doc = _doc()
    start, end = _line_span(33, 33)  # `Télécharger l'article`, the item's continuation alone
    assert whole_blocks_removal(doc, start, end, [(start, end)]) is None


def test_a_corpus_rules_removal_is_narrowed_in_a_cached_check_as_in_a_fresh_one(tmp_path, monkeypatch):
    # the page's site menu (its lines 1-20, the last item `* Books & Ideas` holding the page's photo credit)
    # heads five of the corpus's articles, each with its own first line glued under the credit: CL151 flags the
    # menu's run down to `* Books & Ideas`, part of that item, and narrows its removal to the items above.
    # A check that takes a file's own findings from the cache and its corpus findings anew (another file
    # changed) narrows it too: it reported the removal withheld (`fix` None)
    from corpuslint.engine import Linter as Session

    docs = tmp_path / "docs"
    docs.mkdir()
    head = "\n".join(PAGE.split("\n")[:20])
    for i, path in enumerate(sorted((Path(__file__).parent / "data" / "corpus").glob("*.txt"))[:5]):
        body = path.read_text(encoding="utf-8").strip()
        (docs / f"d{i}.txt").write_text(f"{head}\n{' ' * 22}{body.split(chr(10))[0].strip()}\n\n{body}\n",
                                        encoding="utf-8")
    (tmp_path / "corpuslint.yaml").write_text("select: [CL151]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def run(cache: bool) -> list[dict]:
        found = Session(load_config(tmp_path / "corpuslint.yaml")).run(["docs"], cache=cache, jobs=1).findings
        return [f.model_dump(mode="json") for f in found]

    def menus(found: list[dict]) -> list[dict]:
        return [f for f in found if f["line"] == 8 and f["end_line"] == 19]

    first = run(cache=True)
    assert len(menus(first)) == 5
    assert all(f["fix"] is not None and "part of a list item" in f["data"]["fix_narrowed"] for f in menus(first))
    last = docs / "d4.txt"
    last.write_text(last.read_text(encoding="utf-8").replace("\n\n", "\n\nA paragraph of this test's own.\n\n", 1),
                    encoding="utf-8")
    cached = run(cache=True)  # d0-d3 from the cache, their corpus findings anew
    assert cached == run(cache=False)
    edit = menus(cached)[0]["fix"]["edits"][0]
    assert (docs / "d0.txt").read_text(encoding="utf-8")[edit["start"]:edit["end"]].rstrip().endswith("* Entretiens")


# GCC 12's libcpp ChangeLog (tests/data/fix_most): dated entries, each `2021-11-16  Name  <e-mail>` over its items
CHANGELOG = (Path(__file__).parent / "data" / "fix_most" / "gnu-changelog-cpp12.txt").read_text(encoding="utf-8")


def _changelog_span(first: int, last: int) -> tuple[Document, int, int]:
    starts = [0] + [i + 1 for i, ch in enumerate(CHANGELOG) if ch == "\n"]
    return Document.from_text(CHANGELOG, path="ChangeLog"), starts[first - 1], starts[last]


def test_a_changelog_entry_s_heading_is_not_taken_from_its_items():
    # lines 115-117: `2022-01-04  Gaius Mulley  <...>` and the first line of its item, which goes on below:
    # narrowed, the removal would take the heading alone and leave its item under the entry before
    doc, start, end = _changelog_span(115, 117)
    assert whole_blocks_removal(doc, start, end, [(start, end)]) is None
    doc, start, end = _changelog_span(258, 267)  # an item's last line .. the next entries, down to a heading
    assert whole_blocks_removal(doc, start, end, [(start, end)]) is None


def test_a_list_of_sentences_is_not_split():
    # `libatomic.` (an item's wrapped end) and `* Makefile.in: Regenerate.`: narrowed, the removal would take
    # the one item from between its entry's others, each a sentence
    doc, start, end = _changelog_span(206, 207)
    assert whole_blocks_removal(doc, start, end, [(start, end)]) is None
    doc, start, end = _changelog_span(215, 222)  # two entries and the first line of the next one's item
    assert whole_blocks_removal(doc, start, end, [(start, end)]) is None


def test_a_changelog_s_whole_entries_are_still_a_removal_the_guard_allows():
    # what the narrowing refuses is the split; whole entries are no part of a block, left to the guard
    doc, start, end = _changelog_span(215, 218)  # `2021-11-16  Martin Uecker` and its one item, whole
    assert whole_blocks_removal(doc, start, end, [(start, end)]) is None  # (nothing to narrow)
    assert structure(doc).edit_problem(start, end, [(start, end)]) is None


def test_a_box_s_label_over_teasers_is_narrowed_away_with_the_boxes_above():
    # `Verwandte Artikel` over teasers whose deks close sentences (`... verwendet.`): a label, no entry's heading
    # (no date, no number), so the narrowed removal takes it with the tag box and leaves the cut teaser whole
    text = (DATA / "ebene11-related.lynx.txt").read_text(encoding="utf-8")
    doc = Document.from_text(text, path="autocad.txt")
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    start, end = starts[0], starts[18]  # `Tags & Co` .. `* Attribute mit Beschriftungsfunktion`, the item's first line
    narrowed = whole_blocks_removal(doc, start, end, [(start, end)])
    assert narrowed is not None
    assert text[narrowed[0]:narrowed[1]].rstrip().endswith("Verwandte Artikel")
