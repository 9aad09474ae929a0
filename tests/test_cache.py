"""The result cache: same findings from the cache as from a check, and invalidated by content,
sidecar, config and version; never used by --fix."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import corpuslint.cache as cache_module
from corpuslint.config import load_config
from corpuslint.engine import Linter

CI = Path(__file__).parent / "data" / "ci"
ENTITIES = "fnc1-train-0537.txt"
MOJIBAKE = "fnc1-train-0269.txt"
CLEAN = "clean_fnc1-train-0035.txt"
CONFIG = "builtin-packs: false\nselect: [CL2, CL9]\n"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    (tmp_path / "corpuslint.yaml").write_text(CONFIG, encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in (ENTITIES, MOJIBAKE, CLEAN):
        (docs / name).write_bytes((CI / name).read_bytes())
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(corpus: Path, **kwargs):
    linter = Linter(load_config(corpus / "corpuslint.yaml"))
    result = linter.run(["docs"], **kwargs)
    return result.cache_stats, result


def dumps(result) -> list[dict]:
    return [f.model_dump(mode="json") for f in result.findings]


def test_second_run_comes_from_the_cache_with_identical_findings(corpus):
    first_stats, first = _run(corpus, cache=True)
    assert first_stats == {"hits": 0, "misses": 3}
    folder = corpus / ".corpuslint_cache"
    assert (folder / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    second_stats, second = _run(corpus, cache=True)
    assert second_stats == {"hits": 3, "misses": 0}
    assert dumps(second) == dumps(first)
    assert (second.files, second.documents, second.bytes) == (first.files, first.documents, first.bytes)
    _, uncached = _run(corpus, cache=False)
    assert dumps(uncached) == dumps(first)


def test_a_changed_file_is_checked_again(corpus):
    _run(corpus, cache=True)
    path = corpus / "docs" / CLEAN
    path.write_text(path.read_text(encoding="utf-8") + "\nFish &amp; chips.\n", encoding="utf-8")
    stats, result = _run(corpus, cache=True)
    assert stats == {"hits": 2, "misses": 1}
    assert any(f.code == "CL202" and f.path.endswith(CLEAN) for f in result.findings)


def test_a_touched_but_unchanged_file_is_a_hit(corpus):
    """A fresh CI clone gives every file a new mtime; the content hash decides."""
    _run(corpus, cache=True)
    for path in (corpus / "docs").iterdir():
        os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    stats, _ = _run(corpus, cache=True)
    assert stats == {"hits": 3, "misses": 0}


@pytest.mark.parametrize("racy_ns", [cache_module.RACY_NS, 0])
def test_a_changed_file_with_the_same_size_and_mtime_is_checked_again(corpus, monkeypatch, racy_ns):
    """`touch -d`, `cp -p`, `rsync -t` and tar restore the mtime: the content decides, not size and
    mtime (with racy_ns=0 the fresh files' change stamps are trusted: their ctime tells)."""
    monkeypatch.setattr(cache_module, "RACY_NS", racy_ns)
    _, first = _run(corpus, cache=True)
    path = corpus / "docs" / ENTITIES
    text = path.read_text(encoding="utf-8")
    assert text.count("&nbsp;") == 3
    before = path.stat()
    path.write_text(text.replace("&nbsp;", "      "), encoding="utf-8")  # the same number of bytes
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    stats, result = _run(corpus, cache=True)
    assert stats == {"hits": 2, "misses": 1}
    _, fresh = _run(corpus, cache=False)
    assert dumps(result) == dumps(fresh)
    entities = [[f for f in r.findings if f.code == "CL202" and f.path.endswith(ENTITIES)] for r in (first, result)]
    assert len(entities[1]) < len(entities[0])  # the &nbsp; are gone, the &hellip; remain


def test_an_unchanged_file_is_not_read_again_once_its_stamp_is_settled(corpus, monkeypatch):
    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    _run(corpus, cache=True)
    hashed = []
    real = cache_module._content_hash
    monkeypatch.setattr(cache_module, "_content_hash", lambda path: hashed.append(path) or real(path))
    stats, _ = _run(corpus, cache=True)
    assert stats == {"hits": 3, "misses": 0}
    assert hashed == []
    monkeypatch.setattr(cache_module, "RACY_NS", 10**18)  # every file "just changed": hashed, still hits
    stats, _ = _run(corpus, cache=True)
    assert stats == {"hits": 3, "misses": 0}
    assert len(hashed) == 3


def test_a_new_sidecar_invalidates_its_text_file(corpus):
    _run(corpus, cache=True)
    (corpus / "docs" / "fnc1-train-0537.meta.yaml").write_text("corpuslint-ignore: [CL202]\n", encoding="utf-8")
    stats, result = _run(corpus, cache=True)
    assert stats["misses"] == 1
    assert not any(f.code == "CL202" for f in result.findings)


def test_config_change_and_version_change_invalidate(corpus, monkeypatch):
    _run(corpus, cache=True)
    (corpus / "corpuslint.yaml").write_text(CONFIG + "ignore: [CL206]\n", encoding="utf-8")
    stats, result = _run(corpus, cache=True)
    assert stats == {"hits": 0, "misses": 3}
    assert not any(f.code == "CL206" for f in result.findings)
    monkeypatch.setattr(cache_module, "__version__", "999")
    stats, _ = _run(corpus, cache=True)
    assert stats == {"hits": 0, "misses": 3}


def test_fix_bypasses_the_cache_and_the_next_check_sees_the_fixed_file(corpus, cli):
    assert cli("check", "docs").code == 1  # fills the cache
    assert cli("check", "--fix", f"docs/{ENTITIES}").code == 0
    result = cli("check", "docs", "--output-format", "json")
    assert not any(f["code"] == "CL202" for f in result.json())


def test_no_cache_neither_reads_nor_writes(corpus, cli):
    assert cli("check", "docs", "--no-cache").code == 1
    assert not (corpus / ".corpuslint_cache" / "results").exists()


def test_paths_come_back_as_named(corpus, cli):
    """A cached finding takes the spelling of the path given this time, as a check would."""
    cli("check", "docs")
    for spelling in (f"./docs/{ENTITIES}", str(corpus / "docs" / ENTITIES)):
        cached = cli("check", spelling, "--output-format", "json").json()
        fresh = cli("check", spelling, "--output-format", "json", "--no-cache").json()
        assert cached == fresh
        assert {(f["path"], f["document"]) for f in cached} == {(spelling, spelling)}


def test_a_broken_cache_file_is_ignored(corpus):
    _run(corpus, cache=True)
    for path in (corpus / ".corpuslint_cache" / "results").glob("*.json"):
        path.write_text("{not json", encoding="utf-8")
    stats, result = _run(corpus, cache=True)
    assert stats == {"hits": 0, "misses": 3}
    assert json.loads(next((corpus / ".corpuslint_cache" / "results").glob("*.json")).read_text())["files"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_unchanged_file_gets_fresh_corpus_findings_when_the_corpus_changes(tmp_path, monkeypatch, jobs):
    (tmp_path / "corpuslint.yaml").write_text("builtin-packs: false\nselect: [CL2, CL411]\n", encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    text = (CI / ENTITIES).read_text(encoding="utf-8")
    (docs / "a.txt").write_text(text, encoding="utf-8")
    (docs / "b.txt").write_text(text, encoding="utf-8")  # a copy: CL411 on the later file
    (docs / "c.txt").write_bytes((CI / CLEAN).read_bytes())
    monkeypatch.chdir(tmp_path)

    def run(**kwargs):
        return _run(tmp_path, jobs=jobs, **kwargs)

    _, first = run(cache=True)
    assert [f.path for f in first.findings if f.code == "CL411"] == [os.path.join("docs", "b.txt")]
    (docs / "a.txt").write_text(text.replace("&", "and"), encoding="utf-8")  # b is no copy now
    stats, second = run(cache=True)
    assert not [f for f in second.findings if f.code == "CL411"]
    # a changed; b shares its keys (it was a copy), so its corpus findings are computed again;
    # c shares none: all of it comes from the cache
    assert stats == ({"hits": 1, "misses": 2} if jobs > 1 else {"hits": 2, "misses": 1})
    _, uncached = run(cache=False)
    assert dumps(second) == dumps(uncached)
    stats, third = run(cache=True)  # nothing changed since: every file from the cache
    assert stats == {"hits": 3, "misses": 0}
    assert dumps(third) == dumps(uncached)


_FRESH: dict[str, list[dict]] = {}


def _fresh(corpus: Path) -> list[dict]:
    """The findings of a run that computes everything (one process), once for each state of the corpus's
    files: both job counts' walks below pass through the same states (one seed), and a check's findings
    do not depend on its job count (test_determinism.py)."""
    import hashlib

    key = hashlib.sha256(b"".join(p.name.encode() + b"\0" + p.read_bytes() + b"\0"
                                  for p in sorted((corpus / "docs").glob("*.txt")))).hexdigest()
    if key not in _FRESH:
        _FRESH[key] = dumps(_run(corpus, cache=False, jobs=1)[1])
    return _FRESH[key]


@pytest.mark.parametrize("jobs", [1, 2])
def test_cached_corpus_findings_always_equal_a_fresh_check_as_the_corpus_changes(tmp_path, monkeypatch, jobs):
    """Edits, copies, deletions and shared lines, one at a time: after each, the run that reuses
    what the cache may equals a run that computes everything (`_fresh`)."""
    import random
    import shutil

    source = Path(__file__).parent / "data" / "corpus"
    docs = tmp_path / "docs"
    shutil.copytree(source, docs)
    (tmp_path / "corpuslint.yaml").write_text("select: [CL151, CL304, CL410, CL411, CL412]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    rng = random.Random(8)

    def files():
        return sorted(docs.glob("*.txt"))

    def copy_one():
        src = rng.choice(files())
        shutil.copyfile(src, docs / f"copy-{rng.randrange(10**6)}.txt")

    def delete_one():
        rng.choice(files()).unlink()

    def edit_one():
        path = rng.choice(files())
        paragraphs = path.read_text(encoding="utf-8").split("\n\n")
        paragraphs[rng.randrange(len(paragraphs))] = "An entirely new paragraph written for this test only."
        path.write_text("\n\n".join(paragraphs), encoding="utf-8")

    def stamp_line():  # the same closing line on several documents: CL151 once there are enough
        for path in rng.sample(files(), 4):
            path.write_text(path.read_text(encoding="utf-8") + "\n\nSubscribe to our weekly newsletter today.\n",
                            encoding="utf-8")

    _run(tmp_path, cache=True, jobs=jobs)
    for step in (copy_one, stamp_line, edit_one, copy_one, delete_one, stamp_line, edit_one):
        step()
        _, cached = _run(tmp_path, cache=True, jobs=jobs)
        fresh = _fresh(tmp_path)
        assert dumps(cached) == fresh, step.__name__
    assert any(f["code"] == "CL151" for f in fresh) and any(f["code"] == "CL411" for f in fresh)
