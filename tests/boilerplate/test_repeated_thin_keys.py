"""CL151 and lines whose key keeps almost nothing of them (tester33 B1): a Texinfo table's quoted term
`'%D'` folds to `d`, as find's `'d'` and coreutils' `‘d’` do, so every quoted term of ten Info nodes was
"the same line in 10 documents" and the unsafe fix left definitions without the term they define. Real
nodes: tests/data/info/terms (README in tests/data/info). Both ways: a template's line closing each node
still counts."""

from __future__ import annotations

from pathlib import Path

from corpuslint import Document, Linter
from corpuslint.checks.boilerplate.unitlines import thin_key
from corpuslint.config import Config

from conftest import by

TERMS = Path(__file__).parent.parent / "data" / "info" / "terms"


def nodes(tail: str = "") -> list[Document]:
    return [Document.from_text(p.read_text(encoding="utf-8") + tail.format(n=p.stem), id=p.stem)
            for p in sorted(TERMS.glob("*.txt"))]


def test_quoted_terms_of_one_letter_are_no_repeated_line():
    found = by(Linter(Config(select=["CL151"])).check(nodes()), "CL151")
    assert found == [], [f.text for f in found]  # main: `'%D'`, `'d'`, `'D'` (unsafe fix: the term goes)


def test_a_template_line_closing_each_node_still_counts():
    found = by(Linter(Config(select=["CL151"])).check(nodes("\nRead more: https://example.org/{n}\n")), "CL151")
    assert sorted(f.text for f in found) == sorted(f"Read more: https://example.org/{p.stem}" for p in TERMS.glob("*.txt"))


def test_thin_keys():
    for line in ("'%D'", "‘d’", "'\\{N,\\}'", "'A'"):  # lines of the nodes
        assert thin_key(line), line
    # symbols alone key on their symbols, words on their words (fortunes' series heads, an Info menu's label)
    # and a menu's abbreviations (nytimes' `U.S.`, `N.Y.` in shared/corpora/web), a relbar's entry, a mail's header
    for line in ("* * *", "A", "* Menu:", "Humor in the Court:", "-- The Way of Lao-Tzu, tr. Wing-tsit Chan", "U.S.",
                 "N.Y.", "-   en »", "To: <ilug@linux.ie>"):
        assert not thin_key(line), line
    # sed's "Counting Lines" program (sed_051 in tester33's corpus) keyed as its first line alone, the first line of
    # eight longer scripts: a paragraph whose key drops a line is no copy of theirs
    assert thin_key("     #!/usr/bin/sed -nf\n     $=")
    assert not thin_key("An exit status of zero indicates success, and a nonzero value\nindicates failure.")
