"""The CL401-CL403 speed-ups compute exactly what they replace, on real text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpuslint.checks.bios import biography, unitbio
from corpuslint.checks.bios.biography import may_be_bio
from corpuslint.checks.bios.prefilter import units_around, candidate_lines
from corpuslint.checks.bios.units import CopyUnit, UnitList, ready, _shingle_hashes, units_of
from corpuslint.similarity import quick_tokens, word_shingles
from corpuslint.textutil import paragraphs

DATA = Path(__file__).parents[1] / "data" / "bios"
DOCS = sorted(p.stem for p in DATA.glob("*.txt"))


def read(name: str) -> str:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8")


def pieces_of_text() -> list[str]:
    """Every paragraph and every line of the real test documents."""
    out = []
    for name in DOCS:
        text = read(name)
        for span in paragraphs(text):
            block = span.of(text)
            out.append(block)
            if "\n" in block:
                out += [line for line in block.split("\n") if line.strip()]
    return out


TRICKY = [
    "“Quoted” — and ‘single’ quotes… with a no-break\u00a0space, «guillemets», £5 and €10",
    "Visit http://example.com/a”and more or mail me@example.org, NOW!",
    "Café déjà vu: naïve façade – ﬁne ligatures, ① ² ½ and straße",
    "Follow Evan McMurry (@evanmcmurry) on Twitter",
    "snake_case words_with_underscores and 3.14 numbers 1,000",
    "",
]


@pytest.mark.parametrize("k", [3])
def test_unit_tokens_are_quick_tokens(k):
    checked = 0
    for piece in pieces_of_text() + TRICKY:
        text = f"  {piece}  "
        unit = ready(text, CopyUnit(2, 2 + len(piece)), k)
        words = quick_tokens(piece)
        assert unit.tokens == [w.encode() for w in words], piece[:80]
        assert unit.key == " ".join(words)
        assert unit.words == len(words) - (sum(w.isdigit() for w in words) if len(words) < 40 else 0)
        assert len(unit.shingles) == len(word_shingles(words, k))
        checked += 1
    assert checked > 500


def test_shingle_hashes_match_word_shingles():
    words = [w.encode() for w in "the cat sat on the mat the cat sat".split()]
    assert len(_shingle_hashes(words, 3)) == len(word_shingles(words, 3)) == 6
    assert _shingle_hashes(words[:2], 3) == {hash(tuple(words[:2]))}
    assert _shingle_hashes(words[:3], 3) != _shingle_hashes(words[:2], 3)


@pytest.mark.parametrize("name", DOCS)
def test_units_around_are_the_units_of_the_text(name):
    text = read(name)
    lines = candidate_lines(text) or {0}
    around = units_around(text, lines)
    full = units_of(text, tokenise=False)
    rows = text.split("\n")
    several = any(rows[i].strip(" \t\r\f\v") and rows[i + 1].strip(" \t\r\f\v") for i in range(len(rows) - 1))
    if several:  # a block of several lines: the full cut decides
        assert around is None
        return
    units, active = around
    assert len(units) == len(full)
    for j in range(len(units)):
        made, expected = units.get(j), full[j]
        assert (made.start, made.end, made.listy) == (expected.start, expected.end, expected.listy)
    on_lines = [j for j, u in enumerate(full)
                if any(text.count("\n", 0, u.start) <= n <= text.count("\n", 0, u.end) for n in lines)]
    assert active == on_lines


def test_may_be_bio_never_rules_out_a_bio():
    bios = 0
    for piece in pieces_of_text() + TRICKY:
        score = biography.bio_evidence(piece).score
        if score >= biography.BIO_THRESHOLD:
            bios += 1
            assert may_be_bio(piece), piece[:80]
        for threshold in (0.3, 0.5, 0.7):
            if score >= threshold:
                assert may_be_bio(piece, threshold), piece[:80]
    assert bios >= 8


def test_may_be_bio_rules_out_news_prose():
    # role words ("reporters", "critics") make a name-role cue possible, but "said" scales it down
    prose = ("The reporters said the critics of the plan had asked the minister to explain the rules "
             "before the vote next week.")
    assert biography.bio_score(prose) < 0.5 and not may_be_bio(prose)


_FLAT = re.compile("|".join(re.escape(w) for w in biography._PREFILTER_WORDS))


def test_bio_prefilter_trie_finds_what_the_flat_alternation_finds():
    for piece in pieces_of_text() + TRICKY + ["blogger", "an email", "bestselling", "novelist", "creditor"]:
        folded = piece.casefold()
        assert bool(biography._PREFILTER.search(folded)) == bool(_FLAT.search(folded)), piece[:80]


def test_copies_are_the_same_when_bio_of_asks_may_be_bio_first(monkeypatch):
    # `copies.bio_of` scores a unit only when `may_be_bio` allows a bio: the same copies (bios,
    # their scores and names included) as scoring every unit it is asked about
    from corpuslint.checks.bios import copies
    from corpuslint.checks.bios.options import CopyOptions

    options = CopyOptions()
    texts = [read(name) for name in DOCS]
    fast = [copies.find_copies(text, options) for text in texts]
    assert any(c.bio for found in fast for c in found)  # a bio given twice is among them
    monkeypatch.setattr(copies, "may_be_bio", lambda paragraph: True)
    assert [copies.find_copies(text, options) for text in texts] == fast


def test_copies_are_the_same_when_every_unit_is_asked_whether_it_is_listy_when_cut(monkeypatch):
    # a unit is asked whether it repeats by nature (`CopyUnit.listy`) when that is first read: the
    # same copies as asking every unit of the text when it is cut, with far fewer asks
    from corpuslint.checks.bios import copies, units
    from corpuslint.checks.bios.options import CopyOptions

    options = CopyOptions()
    texts = [read(name) for name in DOCS]
    asked = []
    real = units.repeats_by_nature
    monkeypatch.setattr(units, "repeats_by_nature", lambda text, start, end: asked.append(start) or real(text, start, end))
    lazy = [copies.find_copies(text, options) for text in texts]
    lazily_asked = len(asked)
    cut, around = copies.units_of, copies.units_around

    def every_unit_asked(made):
        assert all((made.get(j) if isinstance(made, UnitList) else made[j]).listy in (True, False) for j in range(len(made)))
        return made

    monkeypatch.setattr(copies, "units_of", lambda text, **kw: every_unit_asked(cut(text, **kw)))
    monkeypatch.setattr(copies, "units_around",
                        lambda text, lines: (found := around(text, lines)) and (every_unit_asked(found[0]), found[1]))
    asked.clear()
    assert [copies.find_copies(text, options) for text in texts] == lazy
    assert any(c.category == "paragraph" for found in lazy for c in found)
    assert lazily_asked < len(asked) / 2


def test_cue_words_present_are_the_words_each_cue_finds():
    # `_present` searches every cue word once; a cue is possible where one of its words is in the
    # case-folded paragraph, as `any(word in folded for word in needs)` says
    possible = 0
    for piece in pieces_of_text() + TRICKY:
        folded = piece.strip().casefold()
        present = biography._present(folded)
        for _, _, _, needs, _ in biography.CUE_BRANCHES:
            assert (not present.isdisjoint(needs)) == any(word in folded for word in needs)
            possible += not present.isdisjoint(needs)
    assert possible >= 50


def test_bio_hint_automaton_finds_what_the_regex_finds():
    """CL410/CL151's bio pre-test (`bio_of`): Aho-Corasick over the UTF-8 bytes answers what the
    alternation of the hints answered, on every paragraph and line of the real documents (some
    hold a hint, most do not) and on typography, non-ASCII case traps and a lone surrogate."""
    pieces = pieces_of_text() + TRICKY + [
        "The AUTHOR lives in Paris.", "Ce journaliste écrit", "Follow İstanbul’s \u212aelvin", "bi\udcffo", "",
        "a reporter", "an editorial about nothing", "no clue at all here"]
    lowered = [piece.lower() for piece in pieces]
    found = [unitbio._hinted(text) for text in lowered]
    assert found == [unitbio._BIO_HINT.search(text) is not None for text in lowered]
    assert any(found) and not all(found)


def test_cue_word_automata_find_what_the_searches_find():
    """`_prefiltered` and `_present` (Aho-Corasick over the UTF-8 bytes) answer what the trie's
    `re` search and a substring search per cue word answer: on every paragraph and line of the
    real documents (some hold a cue word, most do not), typography, non-ASCII case traps, words
    inside words and overlapping ones ("bloggers" holds "blog" and "blogger"), a lone surrogate."""
    pieces = pieces_of_text() + TRICKY + [
        "The AUTHOR lives in Paris.", "Ce journaliste écrit", "Follow İstanbul’s \u212aelvin", "bi\udcffo", "",
        "bloggers and novelists", "facebook", "creditor", "e-mail: a@b.org", "no clue at all here",
        "Straße ﬁnal ǅ", "award-winning, best-selling"]
    folded = [piece.strip().casefold() for piece in pieces]
    prefiltered = [biography._prefiltered(text) for text in folded]
    assert prefiltered == [biography._PREFILTER.search(text) is not None for text in folded]
    assert any(prefiltered) and not all(prefiltered)
    present = [biography._present(text) for text in folded]
    assert present == [set(filter(text.__contains__, biography._NEEDED)) for text in folded]
    assert {"blog", "blogger", "blogs"} <= biography._present("bloggers' blogs")
