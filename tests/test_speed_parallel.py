"""One large JSONL file checked by several workers, each reading a byte range of it.

What must hold: the findings are exactly those of one process reading the whole file, with the
same record numbers, line numbers and default document ids, whatever the blank lines, bad
records and missing ids in between. (Speed itself is measured by benchmarks/run.py, not here.)
"""

from __future__ import annotations

import json
import os

from conftest import SEED
from corpuslint import Linter
from corpuslint.config import Config
from corpuslint.formats.jsonl import JsonlFormat, split_ranges


def _big_jsonl(path, target_bytes):
    seed = SEED.read_text(encoding="utf-8")
    paragraphs = seed.split("\n\n")
    with open(path, "w", encoding="utf-8") as out:
        i = 0
        while out.tell() < target_bytes:
            i += 1
            text = "\n\n".join(paragraphs[i % len(paragraphs):] + paragraphs[:i % len(paragraphs)])
            record = {"id": f"doc-{i}", "text": text}
            if i % 97 == 0:
                del record["id"]  # default id: path:line, so it must be the line in the whole file
            out.write(json.dumps(record) + "\n")
            if i % 101 == 0:
                out.write("\n   \n")  # blank lines: lines but not records
            if i % 211 == 0:
                out.write('{"id": "broken", "text": "unterminated\n')  # CL906
            if i % 307 == 0:
                out.write('{"id": "no-text"}\n')  # CL907
    return path


def _key(finding):
    return (finding.path, finding.record, finding.line, finding.column, finding.code, finding.document,
            finding.message)


def test_ranges_cover_the_file_and_number_lines_and_records_as_a_whole_file_read(tmp_path):
    path = _big_jsonl(tmp_path / "corpus.jsonl", 3 * 1024 * 1024)
    fmt = JsonlFormat()
    settings = Linter(Config(select=["input"])).read_settings
    whole = [(type(x).__name__, x.origin.record if hasattr(x, "origin") else x.record,
              x.origin.line if hasattr(x, "origin") else x.line, getattr(x, "id", None))
             for x in fmt.iter_documents(str(path), settings)]
    # as `--jobs 2` cuts it: the file's last MB in quarter ranges, so the workers finish together
    for tail in ({}, {"tail_bytes": 1024 * 1024, "tail_target": 64 * 1024}):
        ranges = list(split_ranges(str(path), 256 * 1024, **tail))
        assert len(ranges) > 5
        assert ranges[0][0] == 0 and ranges[-1][1] == path.stat().st_size
        assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:]))  # contiguous, no gap, no overlap
        if tail:
            sizes = [end - start for start, end, _, _ in ranges]
            assert max(sizes[-8:]) < 100 * 1024 < min(sizes[:4])
        pieces = []
        for start, end, line, record in ranges:
            for x in fmt.iter_range(str(path), settings, start, end, line, record):
                pieces.append((type(x).__name__, x.origin.record if hasattr(x, "origin") else x.record,
                               x.origin.line if hasattr(x, "origin") else x.line, getattr(x, "id", None)))
        assert pieces == whole


def test_jobs_2_on_one_large_jsonl_gives_the_same_findings_as_jobs_1(tmp_path, monkeypatch):
    # "large" from 2 MB, not 8: a 3 MB file is cut as a 9 MB one is (1 MB ranges, the last 2 MB in quarters),
    # at a third of the checking (the two runs of 9 MB took ~60% of this file's time)
    from corpuslint import runner

    monkeypatch.setattr(runner, "RANGE_MIN_FILE_BYTES", 2 * 1024 * 1024)
    monkeypatch.setattr(runner, "PARALLEL_MIN_BYTES", 0)
    path = _big_jsonl(tmp_path / "corpus.jsonl", runner.RANGE_MIN_FILE_BYTES + 1024 * 1024)
    units = list(runner.work_units([str(path)], 2, lambda _path: True))
    assert len(units) > 8 and all(isinstance(u, runner.FileRange) for u in units)  # whole ranges, then quarters
    config = Config(select=["markup", "input"])
    one = Linter(config).run([str(path)], jobs=1)
    two = Linter(config).run([str(path)], jobs=2)
    assert one.files == two.files == 1
    assert one.documents == two.documents > 400
    assert [_key(f) for f in one.findings] == [_key(f) for f in two.findings]
    codes = {f.code for f in two.findings}
    assert {"CL201", "CL906", "CL907"} <= codes
    defaulted = [f for f in two.findings if f.document and f.document.startswith(f"{path}:")]
    assert defaulted and all(f.document == f"{path}:{f.line}" for f in defaulted)


def test_corpus_index_built_by_workers_gives_the_findings_of_one_process(tmp_path, monkeypatch):
    import shutil
    from pathlib import Path

    from corpuslint import runner

    source = Path(__file__).parent / "data" / "corpus"
    corpus = tmp_path / "corpus"
    shutil.copytree(source, corpus)
    (tmp_path / "corpuslint.yaml").write_text("select: [CL151, CL304, CL410, CL411, CL412]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(runner, "PARALLEL_MIN_BYTES", 0)  # the few test documents: workers all the same

    def run(jobs, mode):
        from corpuslint.config import load_config

        linter = Linter(load_config(tmp_path / "corpuslint.yaml"))
        return [_key(f) for f in linter.run(["corpus"], jobs=jobs, index=mode).findings]

    for mode in ("memory", "rebuild"):
        one, two = run(1, mode), run(2, mode)
        assert one == two, mode
        assert {"CL151", "CL410", "CL412"} <= {k[4] for k in two}, mode


def test_a_rule_crashing_while_fingerprinting_is_reported_and_the_rest_goes_on(tmp_path, monkeypatch):
    import shutil
    from pathlib import Path

    from corpuslint import runner
    from corpuslint.checks import duplicates as corpus_rules
    from corpuslint.config import load_config

    source = Path(__file__).parent / "data" / "corpus"
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text((source / "fnc1-train-0035.txt").read_text(encoding="utf-8") + "\nBOOM\n",
                                encoding="utf-8")
    shutil.copyfile(source / "fnc1-train-0059.txt", docs / "b.txt")
    shutil.copyfile(source / "fnc1-train-0059.txt", docs / "c.txt")
    (tmp_path / "corpuslint.yaml").write_text("select: [CL411]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(runner, "PARALLEL_MIN_BYTES", 0)
    original = corpus_rules.DuplicateDocument.fingerprints

    def fingerprints(self, doc):
        if "BOOM" in doc.text:
            raise ValueError("boom")
        return original(self, doc)

    monkeypatch.setattr(corpus_rules.DuplicateDocument, "fingerprints", fingerprints)
    for mode, jobs in (("memory", 1), ("memory", 2), ("persistent", 1), ("persistent", 2), ("persistent", 1)):
        linter = Linter(load_config(tmp_path / "corpuslint.yaml"))
        result = linter.run(["docs"], jobs=jobs, cache=True, index=mode)
        assert [(f.code, os.path.basename(f.path)) for f in result.findings] == [("CL411", "c.txt")], (mode, jobs)
        assert len(result.errors) == 1 and "CL411" in result.errors[0], (mode, jobs)
        assert "crashed on docs/a.txt" in result.errors[0] and "ValueError: boom" in result.errors[0]
    again = linter.run(["docs"], jobs=1, cache=True)  # the same Linter: this run's errors only
    assert len(again.errors) == 1


def test_the_command_in_its_own_process_collects_again_after_start_up(tmp_path, monkeypatch, capsys):
    """`corpuslint check` as its own process (`main()`, no argv) keeps the cyclic collector off
    while it starts, then freezes what start-up made and turns it back on; the report is the one
    `main(argv)` (collector untouched) gives."""
    import gc
    import sys

    from corpuslint.cli import main

    doc = tmp_path / "story.txt"
    doc.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    args = ["check", str(doc), "--isolated", "--no-cache", "--no-index", "--output-format", "json"]
    frozen = gc.get_freeze_count()
    monkeypatch.setattr(sys, "argv", ["corpuslint", *args])
    try:
        code = main()
        assert gc.isenabled() and gc.get_freeze_count() > frozen
    finally:
        gc.unfreeze()
        gc.enable()
    own = json.loads(capsys.readouterr().out)
    assert own and main(args) == code
    assert json.loads(capsys.readouterr().out) == own


def test_a_run_sweeps_less_often_and_leaves_the_collector_as_it_was(tmp_path, monkeypatch):
    """A run's index and check make millions of short-lived objects and few cycles: the cyclic
    collector runs every 20,000 new containers there (`runner.lean_gc`), not every 700, and is
    as it was after the run, with the same findings."""
    import gc

    from corpuslint import session as session_module
    from corpuslint.runner import GC_THRESHOLD

    (tmp_path / "docs").mkdir()
    for name in ("a", "b"):
        (tmp_path / "docs" / f"{name}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    seen = []
    check = session_module.Session._check

    def watched(self, *args, **kwargs):
        seen.append(gc.get_threshold())
        return check(self, *args, **kwargs)

    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    linter = Linter(Config())
    plain = [f.model_dump() for f in linter.run(["docs"], jobs=1).findings]
    monkeypatch.setattr(session_module.Session, "_check", watched)
    found = [f.model_dump() for f in Linter(Config()).run(["docs"], jobs=1).findings]
    assert seen == [GC_THRESHOLD]
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen
    assert found == plain and found


def test_workers_are_forked_warm_and_find_what_one_cold_process_finds(tmp_path, monkeypatch):
    """Before forking workers the session builds once what the rules build on first use (their
    patterns, the public suffix list, the pack matcher): no worker compiles a pattern or loads the
    list again, and the findings are those of one process that built each only when asked."""
    import shutil
    from pathlib import Path

    import publicsuffixlist
    import regex

    from corpuslint import runner, rxcache
    from corpuslint.checks.urls import hosts
    from corpuslint.config import load_config

    source = Path(__file__).parent / "data" / "corpus"
    shutil.copytree(source, tmp_path / "corpus")
    (tmp_path / "corpuslint.yaml").write_text("respect-gitignore: false\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(runner, "PARALLEL_MIN_BYTES", 0)
    built = tmp_path / "built.txt"  # the process that compiled a pattern or loaded the list, one a line
    compile_pattern, load_list = regex.compile, publicsuffixlist.PublicSuffixList.__init__
    cached_pattern = rxcache.compile  # a pattern compiled before is rebuilt from the disk cache

    def recorded(what, real):
        def call(*args, **kwargs):
            with open(built, "a", encoding="utf-8") as out:
                out.write(f"{os.getpid()} {what}\n")
            return real(*args, **kwargs)
        return call

    def run(jobs):
        monkeypatch.setattr(hosts, "_PSL", [])  # each run starts cold, as a new process does
        from corpuslint.textutil import LazyPattern

        for pattern in list(LazyPattern._made):
            monkeypatch.setattr(pattern, "_compiled", None)
            for name in [n for n in vars(pattern) if n not in ("source", "flags", "_compiled")]:
                monkeypatch.delattr(pattern, name)
        built.write_text("", encoding="utf-8")
        linter = Linter(load_config(tmp_path / "corpuslint.yaml"))
        return [_key(f) for f in linter.run(["corpus"], jobs=jobs, index="rebuild").findings]

    monkeypatch.setattr(regex, "compile", recorded("pattern", compile_pattern))
    monkeypatch.setattr(rxcache, "compile", recorded("pattern", cached_pattern))
    monkeypatch.setattr(publicsuffixlist.PublicSuffixList, "__init__", recorded("suffixes", load_list))
    one = run(1)
    assert {line.split()[1] for line in built.read_text().splitlines()} == {"pattern", "suffixes"}
    assert {line.split()[0] for line in built.read_text().splitlines()} == {str(os.getpid())}
    two = run(2)
    assert one == two and {k[4] for k in one} >= {"CL151", "CL410"}
    makers = {line.split()[0] for line in built.read_text().splitlines()}
    assert makers == {str(os.getpid())}  # built here, before the fork; never in a worker


_WARMED: list[str] = []


class _Work:
    """A work function that says, from a worker, what its process had warmed."""

    def warm_up(self):
        _WARMED.append("before")

    def after_fork(self):
        _WARMED.append("after")

    def __call__(self, unit):
        return [(unit, tuple(_WARMED))]


def test_workers_inherit_the_warm_up_and_the_parent_warms_the_rest_once_they_are_forked():
    # the collect phase forks its workers warm for collecting only; what only the check needs is
    # built in the parent while they work (`after_fork`), for the check's workers forked later
    from corpuslint.runner import map_units

    _WARMED.clear()
    done = list(map_units([["a"], ["b"], ["c"], ["d"]], _Work(), jobs=2))
    assert [unit for unit, _ in done] == [["a"], ["b"], ["c"], ["d"]]
    assert _WARMED == ["before", "after"]  # each once, here
    assert {result[0][1] for _, result in done} == {("before",)}  # forked after the warm-up, before the rest


def test_the_whole_default_run_of_a_jsonl_file_in_ranges_is_the_same_in_two_workers(tmp_path, monkeypatch):
    # every default rule, corpus rules included, the index built afresh: one JSONL file cut in
    # ranges (its tail in smaller ones) for two workers, against one process
    import json as _json
    from pathlib import Path

    from corpuslint import runner
    from corpuslint.cli import main

    source = Path(__file__).parent / "data" / "corpus"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with open(corpus / "docs.jsonl", "w", encoding="utf-8") as out:
        for copy in range(3):  # copies: the corpus rules find duplicates and repeated lines
            for path in sorted(source.glob("*.txt")):
                out.write(_json.dumps({"id": f"{path.stem}-{copy}", "text": path.read_text(encoding="utf-8")}) + "\n")
    (tmp_path / "corpuslint.yaml").write_text("respect-gitignore: false\n", encoding="utf-8")
    monkeypatch.setenv("CORPUSLINT_PARALLEL_MIN_BYTES", "1")
    monkeypatch.setattr(runner, "RANGE_MIN_FILE_BYTES", 1)
    units = list(runner.work_units([str(corpus / "docs.jsonl")], 2, lambda path: True))
    assert len(units) >= 2  # all of it in the file's tail: ranges of TAIL_MIN_BYTES
    reports = []
    for jobs in ("1", "2"):
        report = tmp_path / f"report-{jobs}.json"
        main(["check", str(corpus), "--config", str(tmp_path / "corpuslint.yaml"), "--no-cache", "--rebuild-index",
              "--output-format", "json", "-o", str(report), "--jobs", jobs])
        reports.append(report.read_text(encoding="utf-8"))
    assert reports[0] == reports[1]
    codes = {f["code"] for f in _json.loads(reports[1])}
    assert {"CL151", "CL411"} <= codes


def test_a_run_that_builds_the_index_reads_each_checked_file_once_with_the_same_findings(tmp_path, monkeypatch):
    """The collect phase keeps what it read of the checked files for the check (`work.KeptReads`):
    with the index built in the run each file (a JSONL file's range too) is read once, not twice;
    within a smaller budget the files past it are read again; without the index's refresh (built,
    nothing changed) once; the findings are the same every way."""
    import json as _json
    import shutil
    from collections import Counter
    from pathlib import Path

    from corpuslint import work
    from corpuslint.config import load_config
    from corpuslint.formats.base import Format
    from corpuslint.formats.jsonl import JsonlFormat

    source = Path(__file__).parent / "data" / "corpus"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    names = sorted(source.glob("*.txt"))[:8]
    for path in names:
        shutil.copy(path, corpus)
    with open(corpus / "copies.jsonl", "w", encoding="utf-8") as out:  # the texts again: corpus findings
        for path in names[:5]:
            out.write(_json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}) + "\n")
        out.write('{"id": "broken", "text": "unterminated\n')  # an input problem, kept in its place
    (tmp_path / "corpuslint.yaml").write_text("respect-gitignore: false\nselect: [CL410, CL411, CL412, input]\n",
                                              encoding="utf-8")
    reads: Counter = Counter()
    iter_documents, iter_range = Format.iter_documents, JsonlFormat.iter_range

    def counted_documents(self, path, settings):
        if not isinstance(self, JsonlFormat):
            reads[Path(path).name] += 1
        return iter_documents(self, path, settings)

    def counted_range(self, path, *args, **kwargs):
        reads[Path(path).name] += 1
        return iter_range(self, path, *args, **kwargs)

    monkeypatch.setattr(Format, "iter_documents", counted_documents)
    monkeypatch.setattr(JsonlFormat, "iter_range", counted_range)
    # from the corpus's parent folder, the corpus named relatively and absolutely: the index's refresh
    # names a file relative to the working folder when near, and reads a checked one under the check's
    # spelling (`Session.fingerprints`), so the kept read is taken both ways (it was only when the two
    # spellings agreed: named absolutely, each file was read twice)
    monkeypatch.chdir(tmp_path)
    named = ["corpus"]

    def run(index: str):
        reads.clear()
        linter = Linter(load_config(tmp_path / "corpuslint.yaml"))
        result = linter.run(named, jobs=1, index=index)
        return [_key(f) for f in result.findings], dict(reads)

    files = {path.name for path in corpus.iterdir()}
    once, read = run("rebuild")
    assert read == dict.fromkeys(files, 1)
    assert {"CL411", "CL906"} <= {key[4] for key in once}
    assert run("persistent") == (once, dict.fromkeys(files, 1))  # built, nothing changed: no collect phase
    monkeypatch.setattr(work, "KEPT_READ_BYTES", (corpus / "copies.jsonl").stat().st_size)
    again, read = run("rebuild")
    assert again == once and set(read) == files and {1, 2} == set(read.values())  # the budget filled early
    monkeypatch.setattr(work, "KEPT_READ_BYTES", 0)
    assert run("rebuild") == (once, dict.fromkeys(files, 2))
    monkeypatch.setattr(work, "KEPT_READ_BYTES", 16 * 1024 * 1024)
    named[:] = [str(corpus)]
    absolute, read = run("rebuild")
    assert read == dict.fromkeys(files, 1)
    prefix = str(tmp_path) + os.sep  # (a text file's document is its path)
    assert [tuple(x.replace(prefix, "") if isinstance(x, str) else x for x in key) for key in absolute] == once
