"""The corpus rules' shared features (checks/corpus_features.py): their shortcuts are the long
way's results, and features kept from the collect phase are used once."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpuslint import Document, Linter
from corpuslint.config import Config

from conftest import CORPUS_CODES as CODES
from conftest import corpus_docs as docs


# -- the features' shortcuts are the long way's results -----------------------------------------

_TEXT = st.text(alphabet="ab Zé\u0301\u3000\u00a0\n\t.:/@w5ﬁ", max_size=80)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(_TEXT)
def test_the_text_normal_form_built_from_lines_is_normalize_of_the_whole(text):
    from corpuslint import similarity as sim
    from corpuslint.checks.corpus_features import _units

    assert _units(text)[1].split() == sim.tokens(text)


_ASCIIISH = st.text(alphabet="aZ_ 09.\n\t\r-:/@wW\u2019\u201c\u2014\u00a0", max_size=80)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(_ASCIIISH)
def test_the_lines_normalised_at_once_are_normalize_of_each_line(text):
    from corpuslint.checks.corpus_features import line_norms
    from corpuslint.textutil import normalize

    found = line_norms(text)
    if found is not None:
        assert found == [normalize(line) for line in text.split("\n")]


def test_lines_normalised_at_once_on_real_documents_and_where_it_declines():
    from corpuslint.checks.corpus_features import line_norms
    from corpuslint.textutil import normalize

    paths = sorted((Path(__file__).parent / "data").rglob("*.txt"))
    at_once = 0
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        found = line_norms(text)
        if found is not None:
            at_once += 1
            assert found == [normalize(line) for line in text.split("\n")], path.name
    assert at_once > 30
    # typography beside a link: `normalize` takes such a line through NFKC, so the lines are left to it
    assert line_norms("It\u2019s at www.example.com/a\u2019s page\nNext line") is None
    assert line_norms("Zo\u00eb Ba\u00efd wrote it.") is None  # letters beyond ASCII
    assert line_norms("Call 555-0123 or mail Jo@Example.COM \u2014 today\nWWW.X.ORG/y z") is None
    assert line_norms("Call 555-0123 or mail Jo@Example.COM today\nWWW.X.ORG/y z") == ["call 0 0 or mail today", "z"]


def test_normal_form_from_lines_on_real_documents():
    from corpuslint import similarity as sim
    from corpuslint.checks.corpus_features import _units

    paths = sorted((Path(__file__).parent / "data").rglob("*.txt"))
    assert len(paths) > 30
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert _units(text)[1].split() == sim.tokens(text), path.name


def test_features_kept_from_the_collect_phase_are_the_features_computed_afresh():
    from corpuslint.checks import corpus_features as corpus

    documents = docs()
    corpus._KEPT.clear()
    corpus._CACHE[:] = [None, None, None]
    kept = [corpus.features(d, keep=True) for d in documents]  # the collect phase keeps them
    assert len(corpus._KEPT) == len(documents)
    again = [corpus.features(Document.from_text(d.text, id=d.id, path=d.origin.path)) for d in documents]
    assert not corpus._KEPT  # each used once
    corpus._CACHE[:] = [None, None, None]
    fresh = [corpus.features(Document.from_text(d.text, id=d.id, path=d.origin.path)) for d in documents]
    corpus._KEPT.clear()
    for a, b, c in zip(kept, again, fresh):
        assert (b.text_hash, b.signature, b.words, b.site, [u.key for u in b.units]) == \
               (c.text_hash, c.signature, c.words, c.site, [u.key for u in c.units])
        assert b.text == c.text and a.signature == c.signature


def test_features_are_kept_only_while_the_index_is_built():
    from corpuslint.checks import corpus_features as corpus

    corpus._KEPT.clear()
    linter = Linter(Config(select=CODES))
    documents = docs()
    linter.build_index(documents)
    assert len(corpus._KEPT) == len(documents)
    for doc in documents:
        linter.check_document(doc)
    assert not corpus._KEPT  # the check used each once and kept nothing more
    for doc in documents:
        linter.check_document(doc)  # a check without a collect phase before it (a built index)
    assert not corpus._KEPT
