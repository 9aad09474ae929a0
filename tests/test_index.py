"""The persistent corpus index: built once, updated for what changed, rebuilt when untrustworthy."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from corpuslint.config import load_config
from corpuslint.engine import Linter
from corpuslint.index import INDEX_FILE, SqliteIndex

DATA = Path(__file__).parent / "data" / "corpus"
POLITICO = ["fakenewsnet-BuzzFeed_Real_12", "fakenewsnet-BuzzFeed_Real_18", "fakenewsnet-BuzzFeed_Real_19",
            "fakenewsnet-BuzzFeed_Real_20"]
OTHERS = ["fnc1-train-0059", "fnc1-train-0077", "fnc1-train-0156", "fakenewsnet-BuzzFeed_Real_65",
          "fakenewsnet-BuzzFeed_Real_69"]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "politico").mkdir(parents=True)
    (root / "other").mkdir()
    for name in POLITICO[:3]:
        shutil.copy(DATA / f"{name}.txt", root / "politico")
    for name in OTHERS:
        shutil.copy(DATA / f"{name}.txt", root / "other")
    (root / "corpuslint.yaml").write_text("select: [CL151, CL410, CL411, CL412]\n", encoding="utf-8")
    return root


def run(root: Path, *paths: str, mode: str = "persistent"):
    linter = Linter(load_config(root / "corpuslint.yaml"))
    result = linter.run([str(root / p) for p in paths] or [str(root)], jobs=1, index=mode)
    return linter, result


def story_findings(result, name: str):
    return [f for f in result.findings if Path(f.path).stem == name and f.text == "Story Continued Below"]


def touch_later(path: Path) -> None:
    stamp = time.time() + 5
    os.utime(path, (stamp, stamp))
    os.utime(path.parent, (stamp, stamp))


def test_first_run_builds_the_index_in_a_git_ignored_cache(corpus):
    linter, result = run(corpus)
    cache = corpus / ".corpuslint_cache"
    assert (cache / INDEX_FILE).is_file()
    assert (cache / ".gitignore").read_text().strip().endswith("*")
    assert linter.index.updated == 8 and linter.index.document_count() == 8
    assert len(story_findings(result, POLITICO[0])) == 1
    stats = linter.index.stats()
    assert 0 < stats["bytes_per_document"] < 64 * 1024  # a small test corpus: sqlite pages dominate


def test_a_run_leaves_no_private_link_to_the_index(corpus):
    cache = corpus / ".corpuslint_cache"
    held = []
    hold = SqliteIndex.hold

    def spy(index):  # the link the workers read exists during the run ...
        hold(index)
        held.append(sorted(p.name for p in cache.glob(".corpuslint-*-index.tmp")))

    SqliteIndex.hold = spy
    try:
        linter, result = run(corpus)
    finally:
        SqliteIndex.hold = hold
    assert held == [[f".corpuslint-{os.getpid()}-index.tmp"]]
    assert not list(cache.glob(".corpuslint-*.tmp"))  # ... and not after it
    assert linter.index.document_count() == 8  # the index still answers
    linter.run([str(corpus)], jobs=2)
    assert not list(cache.glob(".corpuslint-*.tmp"))
    assert sorted(p.name for p in cache.iterdir()) == [".gitignore", "CACHEDIR.TAG", "index.lock", INDEX_FILE]


def test_incremental_update_reads_only_what_changed(corpus):
    run(corpus)
    linter, _ = run(corpus)
    assert linter.index.updated == 0 and linter.index.removed == 0

    # add a file: only it is read, and counts grow
    shutil.copy(DATA / f"{POLITICO[3]}.txt", corpus / "politico")
    touch_later(corpus / "politico" / f"{POLITICO[3]}.txt")
    linter, result = run(corpus)
    assert linter.index.updated == 1 and linter.index.document_count() == 9
    assert "occurs in 4 documents" in story_findings(result, POLITICO[0])[0].message

    # change a file: only it is read again
    changed = corpus / "politico" / f"{POLITICO[3]}.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Story Continued Below", "Continued"),
                       encoding="utf-8")
    touch_later(changed)
    linter, result = run(corpus)
    assert linter.index.updated == 1
    assert "occurs in 3 documents" in story_findings(result, POLITICO[0])[0].message

    # delete a file: it leaves the index
    (corpus / "politico" / f"{POLITICO[2]}.txt").unlink()
    touch_later(corpus / "politico")
    linter, result = run(corpus)
    assert linter.index.removed == 1 and linter.index.document_count() == 8
    assert story_findings(result, POLITICO[0]) == []  # two documents left: not boilerplate any more


def test_a_sidecar_added_or_edited_in_place_makes_its_text_read_again(corpus):
    """A refresh lists each folder once for the sidecars instead of stat-ing one per text file:
    the same stamps as the stat, and a sidecar that appears, or changes in a folder whose
    listing did not, is still noticed."""
    from corpuslint.corpus_walk import stamp

    run(corpus)
    text = corpus / "other" / f"{OTHERS[0]}.txt"
    side = text.with_name(f"{OTHERS[0]}.meta.yaml")
    side.write_text("title: Fish and chips\n", encoding="utf-8")
    touch_later(side)
    linter, _ = run(corpus)
    assert linter.index.updated == 1
    side.write_text("title: Fish and chips, a longer title\n", encoding="utf-8")  # the folder's mtime stays
    later = time.time() + 10
    os.utime(side, (later, later))
    linter, _ = run(corpus)
    assert linter.index.updated == 1
    linter, _ = run(corpus)
    assert linter.index.updated == 0
    listed: dict = {}
    for path in sorted(corpus.rglob("*.txt")):
        assert stamp(str(path), ".meta.yaml", listed) == stamp(str(path), ".meta.yaml")
    assert stamp(str(text), ".meta.yaml", listed)[1] == text.stat().st_size + side.stat().st_size


def test_the_indexed_files_are_stat_ed_in_bulk_with_the_same_stamps(corpus):
    """`Walker.stamps` stats folder by folder against an open descriptor: the same stamps as
    `stamp` gives each path (a sidecar folded in), and a file gone or in a folder gone has none."""
    from corpuslint.corpus_walk import Walker, stamp
    from corpuslint.discovery import Discovery

    (corpus / "other" / f"{OTHERS[1]}.meta.yaml").write_text("title: Fish and chips\n", encoding="utf-8")
    (corpus / "deep" / "er").mkdir(parents=True)
    shutil.copy(DATA / f"{OTHERS[2]}.txt", corpus / "deep" / "er" / "x.txt")
    shutil.copy(DATA / f"{OTHERS[3]}.txt", corpus / "top.txt")
    rels = sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*.txt"))
    rels += ["other/gone.txt", "nowhere/gone.txt"]
    walker = Walker(Discovery(load_config(corpus / "corpuslint.yaml")), str(corpus), {"": 0})
    found = walker.stamps(rels, ".meta.yaml")
    expected = {rel: stamp(str(corpus / rel), ".meta.yaml") for rel in rels}
    assert found == {rel: st for rel, st in expected.items() if st is not None}
    assert len(found) == len(rels) - 2 and "top.txt" in found and "deep/er/x.txt" in found
    side = corpus / "other" / f"{OTHERS[1]}.meta.yaml"
    assert found[f"other/{OTHERS[1]}.txt"][1] == (corpus / "other" / f"{OTHERS[1]}.txt").stat().st_size + side.stat().st_size


def test_answers_asked_again_in_a_run_come_from_memory_until_a_refresh(corpus):
    """`values` and `occurrences` of a key many documents ask about are read once per run: the
    same answers (copies: a caller changing one changes nothing), and a refresh reads them anew."""
    from corpuslint.checks.corpus_features import K_UNIT, unit_key
    from corpuslint.discovery import Discovery
    from corpuslint.session import Session

    linter, _ = run(corpus)
    index, key = linter.index, unit_key("Story Continued Below")
    # the check asked each document's own features (long values, asked once): none of them kept
    assert index._answers and all(sum(len(v) for v in (a if isinstance(a, dict) else [o.value for o in a])) <= 128
                                  for a in index._answers.values())
    first, values = index.occurrences(K_UNIT, key), index.values(K_UNIT, key)
    assert len(first) == 3 and sum(values.values()) == 3  # the three politico stories
    queries: list[str] = []
    index.conn.set_trace_callback(queries.append)
    first.pop(), values.clear()
    again, values_again = index.occurrences(K_UNIT, key), index.values(K_UNIT, key)
    assert queries == [] and len(again) == 3 and sum(values_again.values()) == 3
    assert index.occurrences(K_UNIT, key, limit=1) == again[:1] and len(queries) == 1  # another question
    index.conn.set_trace_callback(None)

    story = corpus / "politico" / f"{POLITICO[1]}.txt"
    story.write_text(story.read_text(encoding="utf-8").replace("Story Continued Below", "Read on"), encoding="utf-8")
    touch_later(story)
    session = Session(linter, jobs=1)
    index.refresh(Discovery(linter.config), [], sidecar_suffix=".meta.yaml",
                  fingerprint=lambda todo: session.fingerprints(todo, linter.ruleset.collectors()))
    assert len(index.occurrences(K_UNIT, key)) == 2 and sum(index.values(K_UNIT, key).values()) == 2


def test_a_second_run_of_one_linter_answers_from_the_changed_corpus(corpus):
    """A fix's re-check runs in the process that checked before the fix, with the same rules: what
    they kept of the index's answers (CL151's verdicts, the carriers' groups) goes when the index
    is refreshed. Kept, the re-check reported the line in 3 documents where a fresh run found 2."""
    linter, result = run(corpus)
    assert {f.message.split(" documents")[0][-1] for f in story_findings(result, POLITICO[0])} == {"3"}
    story = corpus / "politico" / f"{POLITICO[1]}.txt"
    story.write_text(story.read_text(encoding="utf-8").replace("Story Continued Below", "Read on"), encoding="utf-8")
    touch_later(story)
    again = linter.run([str(corpus)], jobs=1, index="persistent")
    fresh = run(corpus)[1]
    assert [f.message for f in story_findings(again, POLITICO[0])] == [f.message for f in story_findings(fresh, POLITICO[0])]
    assert all("in 3 documents" not in f.message for f in story_findings(again, POLITICO[0]))


def test_one_file_is_compared_with_the_whole_indexed_corpus(corpus):
    _, full = run(corpus)
    one = "politico/" + POLITICO[0] + ".txt"
    linter, single = run(corpus, one)
    assert linter.index.document_count() == 8
    expected = [f for f in full.findings if Path(f.path).name == Path(one).name]
    assert [f.model_dump() for f in single.findings] == [f.model_dump() for f in expected]
    assert story_findings(single, POLITICO[0])

    # the same file without the index sees nothing to compare with
    _, alone = run(corpus, one, mode="memory")
    assert alone.findings == []


def test_a_new_file_passed_alone_is_indexed_and_compared(corpus):
    run(corpus)
    new = corpus / "politico" / f"{POLITICO[3]}.txt"
    shutil.copy(DATA / new.name, new)
    linter, result = run(corpus, "politico/" + new.name)
    assert linter.index.document_count() == 9
    assert "occurs in 4 documents" in story_findings(result, POLITICO[3])[0].message


def test_corrupt_index_is_rebuilt_with_a_warning(corpus, capsys):
    _, before = run(corpus)
    index_path = corpus / ".corpuslint_cache" / INDEX_FILE
    index_path.write_bytes(b"this is not a database" * 100)
    capsys.readouterr()
    linter, after = run(corpus)
    assert "rebuilding it" in capsys.readouterr().err
    assert linter.index.updated == 8
    assert [f.message for f in after.findings] == [f.message for f in before.findings]


def test_index_of_another_version_is_not_trusted(corpus, capsys):
    run(corpus)
    index_path = corpus / ".corpuslint_cache" / INDEX_FILE
    with sqlite3.connect(index_path) as conn:
        conn.execute("UPDATE meta SET value='someone-else' WHERE name='stamp'")
        conn.execute("DELETE FROM fps")  # what a foreign index might hold: nothing we can use
    capsys.readouterr()
    linter, result = run(corpus)
    assert "another corpuslint version" in capsys.readouterr().err
    assert linter.index.updated == 8 and story_findings(result, POLITICO[0])


def test_rebuild_index_flag_and_no_index_flag(corpus, cli):
    assert cli("check", corpus, "--exit-zero").code == 0
    result = cli("check", corpus / "politico" / f"{POLITICO[0]}.txt", "--rebuild-index", "--no-cache")
    assert result.code == 1 and "Story Continued Below" in result.out
    result = cli("check", corpus / "politico" / f"{POLITICO[0]}.txt", "--no-index", "--no-cache")
    assert result.code == 0


def test_index_holds_fingerprints_not_texts(corpus):
    linter, _ = run(corpus)
    raw = (corpus / ".corpuslint_cache" / INDEX_FILE).read_bytes()
    assert b"Story Continued Below" not in raw and b"Josh Gerstein" not in raw
    index = SqliteIndex(corpus / ".corpuslint_cache" / INDEX_FILE, corpus)
    assert index.document_count() == 8


def test_the_corpus_root_is_what_the_user_named(tmp_path, monkeypatch):
    from corpuslint.config import load_config
    from corpuslint.engine import Linter
    from corpuslint.session import corpus_root

    (tmp_path / "corpus" / "site").mkdir(parents=True)
    (tmp_path / "corpus" / "site" / "a.txt").write_text("text\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    linter = Linter(load_config(None))
    # a directory named: that directory is the corpus
    assert corpus_root(linter.config, ["corpus"]) == str(tmp_path / "corpus")
    # only files named (pre-commit, from the repository root): the current folder, not the file's
    assert corpus_root(linter.config, ["corpus/site/a.txt"]) == str(tmp_path)
    # ... unless a full run of an enclosing folder left its index there: that corpus is reused
    (tmp_path / "corpus" / ".corpuslint_cache").mkdir()
    (tmp_path / "corpus" / ".corpuslint_cache" / "index.sqlite").write_bytes(b"")
    assert corpus_root(linter.config, ["corpus/site/a.txt"]) == str(tmp_path / "corpus")
    # a config file decides
    (tmp_path / "corpus" / "corpuslint.yaml").write_text("select: [ALL]\n", encoding="utf-8")
    configured = Linter(load_config(tmp_path / "corpus" / "corpuslint.yaml"))
    assert corpus_root(configured.config, ["corpus/site/a.txt"]) == str(tmp_path / "corpus")


@pytest.mark.parametrize("removed", ["before hold", "after hold"])
def test_workers_read_the_run_index_when_the_file_is_removed(tmp_path, removed):
    """A forked worker reads the index this run built, whenever the file named index.sqlite goes."""
    index = SqliteIndex(tmp_path / INDEX_FILE, tmp_path, stamp="s")
    index.open()
    if removed == "before hold":
        os.unlink(index.path)
    index.hold()
    if removed == "after hold":
        os.unlink(index.path)
    assert index.gone()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker
        try:
            stamp = dict(index.conn.execute("SELECT name, value FROM meta"))["stamp"]
            os.write(write, stamp.encode())
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    os.close(write)
    assert os.read(read, 100) == b"s"
    index.close()
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # the private link goes


def test_long_values_stand_beside_the_fingerprints_and_leave_with_their_file(corpus):
    """A document's signature (K_DOC, ~350 characters) is kept in `longv`, not in `fps`: asked
    for, it is the value the in-memory index gives for the same documents; a file that goes
    takes its long values along."""
    from corpuslint.checks.corpus_features import K_DOC, features
    from corpuslint.index_rows import LONG_VALUE

    linter, _ = run(corpus)
    index = linter.index
    conn = index.conn
    assert conn.execute("SELECT COUNT(*) FROM fps WHERE length(value) > ?", (LONG_VALUE,)).fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM longv").fetchone()[0] > 0
    memory_linter, _ = run(corpus, mode="memory")
    memory = memory_linter.index
    path = str(corpus / "politico" / f"{POLITICO[0]}.txt")
    doc = next(iter(linter.format_for(path).iter_documents(path, linter.read_settings)))
    text_hash = features(doc).text_hash
    stored = index.values(K_DOC, text_hash)
    assert stored == memory.values(K_DOC, text_hash) and len(next(iter(stored))) > LONG_VALUE
    assert [o.value for o in index.occurrences(K_DOC, text_hash)] == [o.value for o in memory.occurrences(K_DOC, text_hash)]

    (corpus / "politico" / f"{POLITICO[0]}.txt").unlink()
    touch_later(corpus / "politico")
    linter, _ = run(corpus)
    assert linter.index.values(K_DOC, text_hash) == {}
    orphans = linter.index.conn.execute("SELECT COUNT(*) FROM longv WHERE doc NOT IN (SELECT id FROM docs)")
    assert orphans.fetchone()[0] == 0


def test_warm_up_reads_the_repeated_counts_once_for_the_workers_with_the_same_answers(corpus):
    """Before a check's workers are forked the index reads the counts of every repeated key in
    one scan (`SqliteIndex.warm_up`), which the workers inherit: a repeated key is then counted
    without a query, a document's own key counts 1, and every count is what a query says."""
    from corpuslint.checks.corpus_features import K_UNIT, unit_key

    linter, _ = run(corpus)
    index = linter.index
    index.close()  # forget what the run read: a fresh run's check, before its workers are forked
    keys = [unit_key("Story Continued Below"), unit_key("a line no document carries, anywhere at all")]
    asked = [index.count(K_UNIT, key) for key in keys]
    assert asked[0] == 3 and asked[1] == 0
    index.close()
    assert index.built  # built by this run: it scans whatever the workers will check
    index.warm_up([])
    assert isinstance(index._repeated, dict) and index._repeated
    own = [doc for doc in index.conn.execute("SELECT f.path, d.record, d.document FROM docs d "
                                             "JOIN files f ON f.id = d.file LIMIT 1")][0]
    index.prefetch_counts(str(corpus / own[0]), own[1], own[2])
    queries: list[str] = []
    index.conn.set_trace_callback(queries.append)
    assert index.count(K_UNIT, keys[0]) == 3 and queries == []  # from the scan, no query
    index.conn.set_trace_callback(None)
    for (key, count) in index.conn.execute("SELECT key, COUNT(*) FROM fps GROUP BY key").fetchall()[:200]:
        assert index._repeated.get(key, 1) == count



def test_the_repeated_keys_rows_answer_occurrences_and_values_as_the_queries_do(corpus, monkeypatch):
    """With the repeated keys' rows read in bulk (`RepeatedRows`, with their counts) a repeated key's
    `occurrences` and `values` need no query, and say what the per-key queries say: the same
    carriers in the same order (path, record, line; a text file's NULL record beside a JSONL
    file's), at every limit, the same values in the same order. A key no two documents carry is
    asked as before."""
    import json

    from corpuslint import index_reads, index_rows
    from corpuslint.index_rows import LONG_VALUE

    texts = [(DATA / f"{name}.txt").read_text(encoding="utf-8") for name in POLITICO[:3]]
    (corpus / "politico" / "copies.jsonl").write_text(  # the politico pages' lines again, in records 1-3
        "".join(json.dumps({"id": f"c{k}", "text": text}) + "\n" for k, text in enumerate(texts)), encoding="utf-8")
    linter, result = run(corpus)
    assert len(story_findings(result, POLITICO[0])) == 1
    index = linter.index
    index.close()
    index.warm_up([])  # built by this run: the counts and the rows
    assert index._rows is not None
    monkeypatch.setattr(index_reads, "fp_key", lambda kind, key: key)  # ask by the stored keys
    conn = index.conn
    repeated = conn.execute("SELECT key FROM fps GROUP BY key HAVING COUNT(*) > 1").fetchall()
    single = conn.execute("SELECT key FROM fps GROUP BY key HAVING COUNT(*) = 1 LIMIT 50").fetchall()
    longs = conn.execute("SELECT key FROM longv").fetchall()  # a document's features, its signature
    assert len(repeated) > 100 and single and longs
    limits = (1, 2, 5, 24, 50)
    queries: list[str] = []
    conn.set_trace_callback(queries.append)
    bulk = {key: ([index.occurrences("", key, n) for n in limits], index.values("", key)) for (key,) in repeated}
    conn.set_trace_callback(None)
    assert queries == []
    rows, index._rows = index._rows, None
    index._answers.clear()
    assert bulk == {key: ([index.occurrences("", key, n) for n in limits], index.values("", key)) for (key,) in repeated}
    mixed = [key for key, (occs, _) in bulk.items() if {o.record for o in occs[-1]} > {None}]
    assert mixed  # a key of the text files and the JSONL file's records
    asked = {key: index.values("", key) for (key,) in single + longs}
    index._rows = rows
    index._answers.clear()
    conn.set_trace_callback(queries.append)
    assert {key: index.values("", key) for (key,) in single + longs} == asked
    for (key,) in single:
        assert len(index.occurrences("", key)) == 1 and sum(index.values("", key).values()) == 1
    conn.set_trace_callback(None)
    # a key one document carries: its occurrences asked, its short values asked, its long ones kept
    assert len(queries) == len(single) + sum(len(next(iter(asked[key]))) <= LONG_VALUE for (key,) in single)
    assert all(key in rows._long for (key,) in longs)
    index.close()
    monkeypatch.setattr(index_rows, "MAX_ROWS_KEPT", 10)  # more repeated rows than a run keeps: queries
    index.warm_up([])
    assert index._rows is None and isinstance(index._repeated, dict)
    assert bulk == {key: ([index.occurrences("", key, n) for n in limits], index.values("", key)) for (key,) in repeated}

def stored_index(root: Path) -> SqliteIndex:
    """The index a run built, opened as a later run opens it (not built by this run)."""
    path = root / ".corpuslint_cache" / INDEX_FILE
    with sqlite3.connect(path) as conn:
        stamp = conn.execute("SELECT value FROM meta WHERE name='stamp'").fetchone()[0]
    index = SqliteIndex(path, root, stamp=stamp)
    index.open()
    return index


def test_warm_up_scans_a_stored_index_only_for_enough_checked_documents(corpus, monkeypatch):
    """A few documents checked against a stored index never scan it, with workers or without
    (the repeated keys are counted key by key); the scan is read before the fork when the
    workers will check BULK_COUNTS_AFTER documents or more, and each would read it anyway."""
    from corpuslint import index_reads

    run(corpus)
    monkeypatch.setattr(index_reads, "BULK_COUNTS_AFTER", 4)
    one = [str(corpus / "politico" / f"{POLITICO[0]}.txt")]
    every = [str(path) for path in sorted(corpus.rglob("*.txt"))]
    index = stored_index(corpus)
    assert not index.built
    queries: list[str] = []
    index.conn.set_trace_callback(queries.append)
    index.warm_up(one)
    assert index._repeated is False and not any("GROUP BY" in q for q in queries)
    index.warm_up(one + [str(corpus / "not-stored.txt")])  # a file the index does not hold counts nothing
    assert index._repeated is False
    index.warm_up(every[:4])
    assert isinstance(index._repeated, dict) and index._repeated and index._rows is not None
    assert sum(q.startswith("SELECT key, COUNT(*) FROM fps GROUP BY") for q in queries) == 1  # (and the rows: one)
    assert sum("GROUP BY" in q for q in queries) == 2
    index.close()


def test_a_parallel_check_of_few_documents_leaves_a_stored_index_unscanned(corpus, monkeypatch, capsys):
    """`--jobs 2` (workers forced) on two files against the stored index of more: the parent reads
    no repeated counts before the fork; the same check with the index rebuilt in the run does;
    the findings are the same either way and as in one process."""
    monkeypatch.setenv("CORPUSLINT_PARALLEL_MIN_BYTES", "1")
    monkeypatch.setenv("CORPUSLINT_TRACE_WORKERS", "1")
    checked = [str(corpus / "politico" / f"{POLITICO[0]}.txt"), str(corpus / "politico" / f"{POLITICO[1]}.txt")]

    def check(jobs: int, mode: str):
        linter = Linter(load_config(corpus / "corpuslint.yaml"))
        result = linter.run(checked, jobs=jobs, index=mode)
        assert ("2 worker processes" in capsys.readouterr().err) == (jobs == 2)
        return linter.index, sorted((f.path, f.line, f.code, f.message) for f in result.findings)

    built, rebuilt_findings = check(2, "rebuild")
    assert built.built and isinstance(built._repeated, dict)  # scanned before the fork: built in this run
    stored, findings = check(2, "persistent")
    assert not stored.built and stored._repeated is False  # never scanned here
    assert findings == rebuilt_findings == check(1, "persistent")[1]
    assert any(code == "CL151" for _path, _line, code, _message in findings)


@pytest.mark.parametrize("racy_ns", [None, 0])
def test_a_file_edited_and_given_back_its_size_and_mtime_is_read_again(corpus, monkeypatch, racy_ns):
    """`touch -d`, `cp -p`, `rsync -t` and tar restore size and mtime: the index's change stamp (the
    result cache's: ctime, inode, device too) sees the edit, and a duplicate made so is found.
    With racy_ns=0 the fresh files' stamps are trusted, so the ctime alone tells."""
    import corpuslint.files

    if racy_ns is not None:
        monkeypatch.setattr(corpuslint.files, "RACY_NS", racy_ns, raising=False)
    (corpus / "corpuslint.yaml").write_text("select: [CL411]\n", encoding="utf-8")
    text = (DATA / f"{POLITICO[3]}.txt").read_bytes()  # (not in the corpus yet)
    first = text.split(b"\n", 1)[0]
    (corpus / "other" / "b-original.txt").write_bytes(text)
    copy = corpus / "other" / "a-copy.txt"  # the earlier path: CL411 goes to the original's side
    copy.write_bytes(b"Q" * len(first) + text[len(first):])  # another first line, the same size
    _, result = run(corpus)
    assert not [f for f in result.findings if f.code == "CL411"]
    before = copy.stat()
    copy.write_bytes(text)  # now a copy, given back its size and mtime
    os.utime(copy, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (copy.stat().st_size, copy.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    linter, result = run(corpus)
    assert linter.index.updated == 1
    assert [Path(f.path).name for f in result.findings if f.code == "CL411"] == ["b-original.txt"]


@pytest.mark.parametrize("tear", ["empty", "header"])
def test_a_torn_index_is_said_to_be_torn_not_another_versions(corpus, capsys, tear):
    """qa18b #9: on a full disk the index was left empty, or with its tables and no header rows; the
    next run blamed 'another corpuslint version or corpus-rule configuration'."""
    _, before = run(corpus)
    index_path = corpus / ".corpuslint_cache" / INDEX_FILE
    if tear == "empty":
        index_path.write_bytes(b"")
    else:
        with sqlite3.connect(index_path) as conn:
            conn.execute("DELETE FROM meta")
    capsys.readouterr()
    linter, after = run(corpus)
    err = capsys.readouterr().err
    assert "is torn: a write to it was cut short (a full disk, a killed run?)" in err, err
    assert "another corpuslint version" not in err and "rebuilding it" in err
    assert [f.message for f in after.findings] == [f.message for f in before.findings]


def test_a_files_documents_checked_in_order_have_their_keys_read_a_window_at_a_time(tmp_path):
    """`prefetch_counts` read each document's keys with a query of its own (~0.1 s of statement
    overhead per 10 MB); records checked in order are now read KEYS_WINDOW at a time (`index_rows.KeyReader`): the same
    keys, in the same order, for records in order, with blank lines between them, asked out of
    order or again, in another file, and a record the index does not hold."""
    import json

    from corpuslint import index_rows

    root = tmp_path / "corpus"
    root.mkdir()
    texts = [(DATA / f"{name}.txt").read_text(encoding="utf-8") for name in POLITICO + OTHERS]
    lines = []
    for k, text in enumerate(texts * 3):
        lines.append(json.dumps({"id": f"d{k}", "text": text}))
        if k % 4 == 3:
            lines.append("")  # a blank line: the next record's number skips one
    (root / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "b.jsonl").write_text("\n".join(lines[:5]) + "\n", encoding="utf-8")
    (root / "corpuslint.yaml").write_text("select: [CL151, CL410, CL411, CL412]\n", encoding="utf-8")
    linter, _ = run(root)
    index = linter.index
    index.close()
    stored = index.conn.execute("SELECT f.id, d.record, d.document FROM docs d JOIN files f ON f.id = d.file "
                                "ORDER BY f.id, d.record").fetchall()
    assert len(stored) > 30

    def one_by_one(file_id, record, document):
        return [key for (key,) in index.conn.execute(
            "SELECT p.key FROM docs d JOIN fps p ON p.doc = d.id WHERE d.file=? AND d.record IS ? AND d.document=?",
            (file_id, record, document))]

    queries: list[str] = []
    index.conn.set_trace_callback(queries.append)
    in_order = [index._keys.read(index.conn, *doc) for doc in stored]
    index.conn.set_trace_callback(None)
    assert len(queries) <= 6  # per file: its first document alone, then its window
    assert in_order == [one_by_one(*doc) for doc in stored]
    assert all(in_order)
    for doc in stored[::-7] + stored[3:9] + stored[3:9]:  # backwards, then again
        assert index._keys.read(index.conn, *doc) == one_by_one(*doc)
    file_id, record, _ = stored[0]
    assert index._keys.read(index.conn, file_id, record + 1, "not-stored") == []
    assert index_rows.KEYS_WINDOW >= 2


def test_a_rebuild_renames_a_new_file_over_the_index(tmp_path):
    """Another version's index is replaced, never emptied in place: a run still reading it keeps
    reading what it opened (an older run's reader paired with a truncated file: 'malformed')."""
    path = tmp_path / INDEX_FILE
    old = SqliteIndex(path, tmp_path, stamp="old")
    old.open()
    old.release()
    reader = sqlite3.connect(path)
    assert reader.execute("SELECT value FROM meta WHERE name='stamp'").fetchone() == ("old",)
    before = os.stat(path).st_ino
    new = SqliteIndex(path, tmp_path, stamp="new")
    new.open()  # (warns: another version's)
    new.release()
    assert os.stat(path).st_ino != before
    assert reader.execute("SELECT value FROM meta WHERE name='stamp'").fetchone() == ("old",)
    assert not list(tmp_path.glob(".corpuslint-*.tmp"))


def _other_run_can_have(folder: Path) -> bool:
    """Whether another process could have the index to itself now (a forked child tries at once)."""
    from corpuslint.index_lock import IndexBusy, IndexLock
    pid = os.fork()
    if pid == 0:
        try:
            IndexLock(folder, wait=0).exclusive()
            os._exit(0)
        except IndexBusy:
            os._exit(3)
        except BaseException:
            os._exit(4)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX locks")
def test_no_run_changes_the_index_while_another_uses_it(tmp_path):
    index = SqliteIndex(tmp_path / INDEX_FILE, tmp_path, stamp="s")
    index.open()
    assert not _other_run_can_have(tmp_path)  # refreshing it
    index.hold()
    assert not _other_run_can_have(tmp_path)  # checking against it (others may read it too)
    index.release()
    assert _other_run_can_have(tmp_path)


def test_an_index_torn_during_the_check_costs_only_the_corpus_rules(corpus, monkeypatch, capsys):
    """The index made unreadable between its refresh and the check (another program wrote over it):
    the per-document rules still report, the corpus rules say once that the index failed, and no
    file gets an internal error (it was one per file: 33 x 'database disk image is malformed')."""
    (corpus / "corpuslint.yaml").write_text("select: [CL132, CL134, CL410]\n", encoding="utf-8")
    hold = SqliteIndex.hold

    def torn(index):
        hold(index)
        index._counts.clear()
        with open(index.path, "r+b") as stream:  # the same inode: the run's link reads it too
            stream.write(b"\0" * os.path.getsize(index.path))

    monkeypatch.setattr(SqliteIndex, "hold", torn)
    _linter, result = run(corpus)
    codes = sorted(f.code for f in result.findings)
    assert not result.errors
    assert codes == ["CL132"] * 3 + ["CL134"] * 3  # (CL410 found 2 with the index whole)
    assert capsys.readouterr().err.count("corpus index unavailable during the check") == 1
