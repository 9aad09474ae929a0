"""The corpus rules' shared features (checks/corpus_features.py): their shortcuts are the long
way's results, and features kept from the collect phase are used once."""

from __future__ import annotations

from pathlib import Path

import pytest
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
    from corpuslint.checks.corpus_features import text_units

    assert text_units(text)[1].split() == sim.tokens(text)


_ASCIIISH = st.text(alphabet="aZ_ 09.\n\t\r-:/@wW\u2019\u201c\u2014\u00a0", max_size=80)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(_ASCIIISH)
def test_the_lines_normalised_at_once_are_normalize_of_each_line(text):
    from corpuslint.checks.corpus_features import line_norms
    from corpuslint.textutil import normalize

    found = line_norms(text)
    if found is not None:
        assert found == [normalize(line) for line in text.split("\n")]


_MIXED = st.text(alphabet="aZ_ 09.\n\t\r-:/@wW\u2019\u201c\u2014\u00a0\u2026é\u0301ﬁΣ\u3000\u00bd", max_size=80)


@settings(max_examples=500, derandomize=True, deadline=None)
@given(_MIXED)
def test_every_line_normalised_with_the_text_is_normalize_of_the_line(text):
    # the lines the ASCII way folded together, the others through NFKC together: each line's own form
    from corpuslint.textutil import all_line_norms, normalize

    assert all_line_norms(text) == [normalize(line) for line in text.split("\n")]


def test_every_line_normalised_with_the_text_on_real_documents():
    from corpuslint.textutil import all_line_norms, normalize

    paths = sorted((Path(__file__).parent / "data").rglob("*.txt"))
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in paths]
    texts += ["Zo\u00eb Ba\u00efd wrote it \u2014 at www.example.com/a\u2019s page\nNext \u201cline\u201d\n"
              "Mail J\u00f6@Example.COM or www.x.org\nWWW.X.ORG/y \u2014 z 12\u00bd"]
    assert sum(not text.isascii() for text in texts) > 10
    for text in texts:
        assert all_line_norms(text) == [normalize(line) for line in text.split("\n")]


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
    from corpuslint.checks.corpus_features import text_units

    paths = sorted((Path(__file__).parent / "data").rglob("*.txt"))
    assert len(paths) > 30
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert text_units(text)[1].split() == sim.tokens(text), path.name


def test_features_prepared_for_a_batch_are_the_features_computed_alone(monkeypatch):
    # the collect phase hands the rules a batch of documents first (`prepare`): what `features`
    # then gives is what it computes for one document alone, and a document not of the batch is
    # computed alone
    from corpuslint import similarity as sim
    from corpuslint.checks import corpus_features as corpus

    documents = docs()
    assert len(documents) > 20
    monkeypatch.setattr(sim, "_signed", [10**9])
    monkeypatch.setattr(corpus, "_KEPT", {})  # (what an earlier test's collect phase kept is not computed)
    alone = []
    for doc in documents:
        corpus._CACHE[:] = [None, None, None]
        f = corpus.features(doc)
        alone.append((f.units, f.text_hash, f.words, f.site, f.signature, f.shingles))
    corpus.prepare(documents)
    assert len(corpus._PREPARED) == len(documents)
    batch = []
    for doc in documents:
        corpus._CACHE[:] = [None, None, None]
        f = corpus.features(doc)
        assert f.normalized == ""  # signed with the batch
        batch.append((f.units, f.text_hash, f.words, f.site, f.signature, f.shingles))
    assert batch == alone
    assert not corpus._PREPARED


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


def test_features_a_worker_kept_are_handed_to_the_parent_and_used_there():
    import pickle

    from corpuslint.checks import corpus_features as corpus

    documents = docs()
    corpus._KEPT.clear()
    corpus._CACHE[:] = [None, None, None]
    from corpuslint import similarity as sim

    banded = {}
    for doc in documents:
        f = corpus.features(doc, keep=True)  # a collect worker
        # the LSH band keys CL411/CL412 compute while collecting travel with the features
        f.bands[(8, 8)] = banded[doc.id] = sim.band_keys(tuple(v & 0xFFFFFFFF for v in f.signature), 8, 8)
    handed = pickle.loads(pickle.dumps(corpus.take_kept()))  # what travels to the parent
    assert not corpus._KEPT and corpus.take_kept() is None
    corpus.keep_handed(handed)  # the parent, from which the check's workers are forked
    assert corpus.take_kept() is None  # a worker forked from it hands none of them back again
    corpus.keep_handed(handed)
    assert len(corpus._KEPT) == len(documents)
    again = [corpus.features(Document.from_text(d.text, id=d.id, path=d.origin.path)) for d in documents]
    assert not corpus._KEPT  # each used once
    assert [b.bands for b in again] == [{(8, 8): banded[d.id]} for d in documents]
    corpus._CACHE[:] = [None, None, None]
    fresh = [corpus.features(Document.from_text(d.text, id=d.id, path=d.origin.path)) for d in documents]
    for b, c in zip(again, fresh):
        assert (b.text, b.text_hash, b.signature, b.shingles, b.signature_value, b.words, b.site) == \
               (c.text, c.text_hash, c.signature, c.shingles, c.signature_value, c.words, c.site)
        assert _unit_rows(b) == _unit_rows(c)


def _corpus_folder(tmp_path: Path) -> Path:
    """The test documents as files of a folder, beside a config that checks them all."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc in docs():
        (folder / Path(doc.origin.path).name).write_text(doc.text, encoding="utf-8")
    (tmp_path / "corpuslint.yaml").write_text("respect-gitignore: false\n")
    return folder


def test_the_whole_run_in_two_workers_finds_what_one_process_finds(tmp_path, monkeypatch):
    """The collect workers hand their features over; the check's workers use them."""
    import json

    from corpuslint.cli import main

    folder = _corpus_folder(tmp_path)
    monkeypatch.setenv("CORPUSLINT_PARALLEL_MIN_BYTES", "1")  # workers, however small the corpus
    reports = []
    for jobs in ("1", "2"):
        report = tmp_path / f"report-{jobs}.json"
        main(["check", str(folder), "--config", str(tmp_path / "corpuslint.yaml"), "--no-cache", "--rebuild-index",
              "--select", ",".join(CODES), "--output-format", "json", "-o", str(report), "--jobs", jobs])
        reports.append(json.loads(report.read_text()))
    assert reports[0] == reports[1] and len(reports[0]) > 5


def _unit_rows(f):
    return [(u.start, u.end, u.key, u.words, u.edge, u.line, u.sentence, u.tail, u.number, u.symbols) for u in f.units]


@pytest.mark.parametrize("every", [False, True])  # CL410's collect asks every unit (a row listing them all: `DONE_BITS`)
def test_features_stored_in_the_index_are_the_features_computed_afresh(every):
    from corpuslint.checks import corpus_features as corpus
    from corpuslint.checks.bios.unitbio import bio_of
    from corpuslint.checks.bios.repeated import _after_the_article, _profile
    from corpuslint.index import MemoryIndex

    documents = docs()[:12] if every else docs()
    # a page closing with its writer's bio reworded until no cue was left (tests/bios/test_bios_reworded.py)
    last = documents[0]
    documents = [*documents, Document.from_text(
        last.text.rstrip() + "\n\nHe reviews motherboards and PC components. Joe Shields writes on staff at Tom’s Hardware.",
        id="profiled", path=last.origin.path)]
    corpus._KEPT.clear()
    index = MemoryIndex()
    fresh = []
    for doc in documents:
        corpus._CACHE[:] = [None, None, None]
        f = corpus.features(doc)
        after = _after_the_article(f)
        for u in f.units:
            if u.tail or every:
                # what CL410 looks for while collecting, stored with the features: each unit's bio, and
                # where it has none its profile (all of them, or a few: `[0, …]` lists each one asked)
                if bio_of(f, u) is None and (every or u.tail):
                    _profile(f, u, after)
        fresh.append(f)
        index.add(doc.origin.path, doc.id, None, [(corpus.features_fingerprint(f), 1)])
    for doc, f in zip(documents, fresh):
        corpus._CACHE[:] = [None, None, None]
        stored = corpus.features(Document.from_text(doc.text, id=doc.id, path=doc.origin.path), corpus=index)
        assert _unit_rows(stored) == _unit_rows(f) and stored.units
        assert [(u.bio_done, u.bio) for u in stored.units] == [(u.bio_done, u.bio) for u in f.units]
        assert [(u.profile_done, u.profile) for u in stored.units] == [(u.profile_done, u.profile) for u in f.units]
        # a unit whose words alone score below a bio's threshold is read back so (its score is not stored)
        assert [u.words_bio is False for u in stored.units] == [u.words_bio is not None and not u.words_bio
                                                                 for u in f.units]
        assert (stored.text, stored.text_hash, stored.words, stored.site) == (f.text, f.text_hash, f.words, f.site)
        # no text is stored: a signature asked of them is computed from the document's text
        assert (stored.signature, stored.shingles) == (f.signature, f.shingles)
    # a text changed since it was indexed is not found, and is computed afresh
    changed = documents[0].text.replace("the", "a", 1)
    assert corpus.stored_features(index, changed) is None
    corpus._CACHE[:] = [None, None, None]
    assert sum(u.bio is not None for f in fresh for u in f.units) >= 3  # some bios among them, stored
    assert sum(u.profile is not None for f in fresh for u in f.units) >= 1  # and a profile by its shape
    below = [u.words_bio for f in fresh for u in f.units if u.words_bio is not None and not u.words_bio]
    assert False in below and any(w is not False for w in below)  # bound by the words it lacks, and scored below the threshold


def test_a_check_against_a_built_index_reads_the_stored_features(tmp_path, monkeypatch):
    import json

    from corpuslint.checks import corpus_features as corpus
    from corpuslint.cli import main

    folder = _corpus_folder(tmp_path)
    args = ["check", str(folder), "--config", str(tmp_path / "corpuslint.yaml"), "--no-cache", "--select",
            ",".join(CODES), "--output-format", "json", "--jobs", "1"]
    main([*args, "--rebuild-index", "-o", str(tmp_path / "fresh.json")])
    corpus._KEPT.clear()
    computed = []
    monkeypatch.setattr(corpus, "text_units", lambda text: computed.append(text) or [][0])
    main([*args, "-o", str(tmp_path / "built.json")])  # nothing computed: `text_units` would fail
    assert not computed
    found = json.loads((tmp_path / "built.json").read_text())
    assert found == json.loads((tmp_path / "fresh.json").read_text()) and len(found) > 5


def test_the_cached_signatures_are_compact_and_estimate_what_the_tuples_do():
    """`Carriers` keeps stored signatures as arrays of 32-bit words (0.6 KB, not 5 KB) and, when
    full, drops its older half: the same estimates as the tuples `signature_from_value` gives, on
    real near-copies (a story and its edit) and on unrelated stories; an evicted entry is read again."""
    import sys

    from corpuslint.checks import corpus_carriers as cc
    from corpuslint.checks import corpus_features as cf
    from corpuslint.index import MemoryIndex
    from corpuslint.rule import Fingerprint

    corpus = Path(__file__).parent / "data" / "corpus"
    texts = [(corpus / f"{name}.txt").read_text(encoding="utf-8")
             for name in ("fnc1-train-0035", "fakenewsnet-BuzzFeed_Real_12", "fakenewsnet-PolitiFact_Real_8")]
    texts.append(texts[0].replace("\n\n", "\n\nEdited. ", 3))  # a near-copy of the first
    index, values = MemoryIndex(), []
    for i, text in enumerate(texts):
        f = cf.features(Document.from_text(text, id=f"d{i}"))
        values.append(f.signature_value)
        index.add("p.txt", f"d{i}", None, [(Fingerprint(cc.K_DOC, f"h{i}", 0, 0, f.signature_value), 1)])
    tuples = [cc.signature_from_value(v) for v in values]
    compact = [cc._compact_signature(v) for v in values]
    assert all(c[0] == t[0] and list(c[1]) == list(t[1]) for c, t in zip(compact, tuples))
    assert sys.getsizeof(compact[0][1]) < 1000
    for a in range(4):
        for b in range(4):
            assert cc.estimate(compact[a], compact[b]) == cc.estimate(tuples[a], tuples[b])
            assert cc.estimate(tuples[a], compact[b]) == cc.estimate(tuples[a], tuples[b])
    assert cc.estimate(tuples[0], tuples[3])[0] > 0.5 > cc.estimate(tuples[0], tuples[1])[0]
    carriers = cc.Carriers()
    old = cc.MAX_SIGNATURES_KEPT
    try:
        cc.MAX_SIGNATURES_KEPT = 2
        got = [carriers.signature(index, f"h{i}") for i in range(4)]  # the fourth drops the older half
        assert [list(g[1]) for g in got] == [list(t[1]) for t in tuples]
        assert "h0" not in cc.Carriers._signatures and "h2" in cc.Carriers._signatures
        assert list(carriers.signature(index, "h0")[1]) == list(tuples[0][1])
        assert carriers.signature(index, "missing") is None
    finally:
        cc.MAX_SIGNATURES_KEPT = old
        cc.Carriers._signatures.clear()


def test_the_shared_fingerprints_are_stored_once_and_the_index_holds_what_each_rule_yields():
    # CL151 and CL410 both fingerprint a document's units (K_UNIT), and all four rules its
    # signature (K_DOC): in the collect phase the first rule to make them stores them, the others
    # skip them; the index gets what each rule's `fingerprints` yields on its own, in any order
    # of the rules and for any one of them alone
    from corpuslint.analysis import view
    from corpuslint.checks import corpus_features as corpus

    class Recorder:
        def __init__(self):
            self.docs = []

        def add(self, path, document, record, fingerprints):
            self.docs.append([(fp.kind, fp.key, fp.value, line) for fp, line in fingerprints])

    def first(rows):  # what an index keeps of a document: the first row of each (kind, key)
        kept = {}
        for kind, key, value, line in rows:
            kept.setdefault((kind, key), (value, line))
        return kept

    linter = Linter(Config(select=CODES))
    rules = linter.corpus_rules
    assert len(rules) == 4
    documents = docs()[:12]
    for order in (rules, rules[::-1], *([rule] for rule in rules)):
        corpus._KEPT.clear()
        recorder = Recorder()
        for doc in documents:
            assert linter.collect(recorder, doc, order, keep=False) == []
        for doc, stored in zip(documents, recorder.docs):
            alone = [(fp.kind, fp.key, fp.value, doc.position(fp.start)[0])
                     for rule in order for fp in rule.fingerprints(view(doc))]
            assert first(stored) == first(alone)
            assert sum(kind == corpus.K_DOC for kind, *_ in stored) == 1  # once, not once a rule
            units = sum(kind == corpus.K_UNIT for kind, *_ in stored)
            assert units == (len(corpus.features(doc).units) if {"CL151", "CL410"} & {r.code for r in order} else 0)
        assert all(rule.collect_token is None for rule in rules)
    # outside the collect phase each rule yields all of its fingerprints, the shared ones included
    bio = next(rule for rule in rules if rule.code == "CL410")
    assert any(fp.kind == corpus.K_UNIT for fp in bio.fingerprints(view(documents[0])))
