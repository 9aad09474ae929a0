"""The corpus job (corpuslint.dist.job) gives what `corpuslint check` gives.

The fixture corpus (tests/data/dist/corpus, built by make_corpus.py) is 36 real news documents in
4 files plus an exact and a near copy in other files, a sign-off line in 8 articles, a host
spelled one way in 6 documents and with a slip in 1, a malformed and an empty record. The job
must give the same multiset of findings, byte for byte in the jsonl schema, at every task and
bucket count: with several tasks and buckets, a routing bug (an answer sent to the wrong task, a
follow-up lookup missed) changes a count or an occurrence and shows here.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from hang_guard import guard

pytest.importorskip("datatrove")
pytest.importorskip("pyarrow")

from corpuslint.dist.job import corpus_job, findings_of  # noqa: E402
from corpuslint.dist.reader import CorpuslintReader  # noqa: E402
from corpuslint.dist.view import JobMismatch  # noqa: E402

CORPUS = Path(__file__).parent / "data" / "dist" / "corpus"
ROOT = Path(__file__).parent.parent


def multiset(lines) -> Counter:
    return Counter(json.dumps(json.loads(line), sort_keys=True) for line in lines if line.strip())


@pytest.fixture(scope="module")
def workspace(tmp_path_factory, dist_check_lines):
    """A copy of the corpus, and the findings of `corpuslint check corpus --output-format jsonl`
    (conftest's, found once a session)."""
    base = tmp_path_factory.mktemp("dist")
    shutil.copytree(CORPUS, base / "corpus")
    return base, multiset(dist_check_lines)


def run_job(base: Path, work: str, tasks: int, buckets: int, executor: str = "local", **options) -> Counter:
    executors = corpus_job(CorpuslintReader("corpus"), work, tasks=tasks, buckets=buckets, workers=2,
                           executor=executor, **options)
    executors[-1].run()
    return multiset(findings_of(work))


def test_the_cli_finds_what_the_corpus_was_built_with(workspace):
    _base, cli = workspace
    codes = Counter(json.loads(line)["code"] for line in cli.elements())
    for code in ("CL151", "CL304", "CL411", "CL412", "CL904", "CL906"):
        assert codes[code] >= 1, codes
    assert codes["CL151"] >= 6  # the sign-off, in articles of every file


@pytest.mark.parametrize("tasks, buckets", [(1, 1), (2, 3), (4, 2)])
def test_the_job_gives_the_findings_of_corpuslint_check(workspace, monkeypatch, tasks, buckets):
    base, cli = workspace
    monkeypatch.chdir(base)
    job = run_job(base, f"work-{tasks}-{buckets}", tasks, buckets)
    assert job == cli, (sorted((job - cli).elements())[:3], sorted((cli - job).elements())[:3])


def test_a_rerun_skips_what_finished_and_another_job_in_the_folder_is_refused(workspace, monkeypatch):
    base, cli = workspace
    monkeypatch.chdir(base)
    assert run_job(base, "work-rerun", 2, 2, strict=False) == cli  # the faster view, too
    findings = sorted((base / "work-rerun" / "findings").iterdir())
    stamps = [p.stat().st_mtime_ns for p in findings]
    assert run_job(base, "work-rerun", 2, 2, strict=False) == cli  # completed tasks are skipped
    assert [p.stat().st_mtime_ns for p in findings] == stamps
    with pytest.raises(JobMismatch, match="buckets"):
        corpus_job(CorpuslintReader("corpus"), "work-rerun", tasks=2, buckets=3)


@pytest.mark.parametrize("workers", [1, 2])
def test_the_local_executor_starts_no_process_manager_and_finds_what_check_finds(workspace, monkeypatch, workers):
    """datatrove's local executor forks a process manager per stage whatever the workers; the
    job's starts none (corpuslint.dist.local): at one worker the tasks run in this process, with
    more a pool's processes are handed the free local ranks when they start."""
    import multiprocess

    base, cli = workspace
    monkeypatch.chdir(base)

    def no_manager(*args, **kwargs):
        raise AssertionError("a process manager was started")

    monkeypatch.setattr(multiprocess, "Manager", no_manager)
    work = f"work-manager-{workers}"
    executors = corpus_job(CorpuslintReader("corpus"), work, tasks=3, buckets=2, workers=workers)
    executors[-1].run()
    assert multiset(findings_of(work)) == cli
    completions = sorted((base / work / "logs" / "check" / "completions").iterdir())
    assert [p.name for p in completions] == ["00000", "00001", "00002"]
    stamps = [p.stat().st_mtime_ns for p in sorted((base / work / "findings").iterdir())]
    again = corpus_job(CorpuslintReader("corpus"), work, tasks=3, buckets=2, workers=workers)
    again[-1].run()  # a rerun skips the completed tasks, as datatrove's executor does
    assert [p.stat().st_mtime_ns for p in sorted((base / work / "findings").iterdir())] == stamps


def test_the_cli_command_runs_the_job(workspace, monkeypatch, cli, capsys):
    base, expected = workspace
    result = cli("dist", "check", "corpus", "--work-dir", "work-cli", "--tasks", "2", "--buckets", "2",
                 "--workers", "2", "--output-format", "jsonl", cwd=base)
    assert result.code == 1, result.err
    assert multiset(result.out.splitlines()) == expected

    # `check`'s report options: the rerun (every task complete) reports the same findings
    out = base / "report.jsonl"
    quiet = cli("dist", "check", "corpus", "--work-dir", "work-cli", "--tasks", "2", "--buckets", "2",
                "--workers", "2", "--output-format", "jsonl", "-o", out, "--exit-zero", cwd=base)
    assert quiet.code == 0 and quiet.out == "", quiet.err
    assert multiset(out.read_text(encoding="utf-8").splitlines()) == expected
    table = cli("dist", "check", "corpus", "--work-dir", "work-cli", "--tasks", "2", "--buckets", "2",
                "--workers", "2", "-q", "--statistics", cwd=base)
    assert table.code == 1 and ": CL" not in table.out  # --quiet: no finding lines
    counts = {line.split()[1]: int(line.split()[0]) for line in table.out.splitlines() if line[:7].strip().isdigit()}
    assert counts == Counter(json.loads(line)["code"] for line in expected.elements())
    with pytest.raises(SystemExit) as exited:  # argparse's exit
        cli("dist", "check", "corpus", "--work-dir", "work-cli", "--no-such-option", cwd=base)
    err = capsys.readouterr().err
    assert exited.value.code == 2 and "usage: corpuslint dist check" in err
    assert "unrecognized arguments: --no-such-option" in err
    nowhere = cli("dist", "check", "corpus", "--work-dir", "work-cli", "-o", base / "missing" / "r.txt", cwd=base)
    assert nowhere.code == 2 and "the folder" in nowhere.err and "does not exist" in nowhere.err

    # the same folder for another job's settings is the user's to resolve: a usage error, not a bug
    again = cli("dist", "check", "corpus", "--work-dir", "work-cli", "--tasks", "3", cwd=base)
    assert again.code == 2 and "other settings" in again.err and "bug" not in again.err, again.err


def test_a_job_that_checked_nothing_fails_unless_allowed(tmp_path, cli):
    (tmp_path / "empty").mkdir()
    result = cli("dist", "check", "empty", "--work-dir", "w1", cwd=tmp_path)
    assert result.code == 2 and "no document to check" in result.err, result
    assert cli("dist", "check", "empty", "--work-dir", "w2", "--allow-empty", cwd=tmp_path).code == 0


@pytest.mark.ray
def test_the_job_on_a_local_ray_cluster(workspace, monkeypatch):
    ray = pytest.importorskip("ray")
    base, cli = workspace
    monkeypatch.chdir(base)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        with guard(RAY_JOB_LIMIT, "the Ray job (look for a process stuck in `ray::RankWorker.run_for_rank`)"):
            assert run_job(base, "work-ray", 2, 3, executor="ray") == cli
    finally:
        ray.shutdown()


def test_the_watchdog_fails_a_block_that_runs_too_long_and_lets_a_quick_one_be():
    with guard(60, "a quick block"):
        pass
    with pytest.raises(pytest.fail.Exception, match="a stuck block did not finish in 0.2 s"):
        with guard(0.2, "a stuck block"):
            for _ in range(1000):
                time.sleep(0.01)


RAY_JOB_LIMIT = 900  # s; the job takes 25 s idle, at most ~5 min in the runs seen at a load of 20-25


def test_the_core_never_imports_datatrove():
    code = ("import sys, corpuslint, corpuslint.cli, corpuslint.session\n"
            "corpuslint.cli.build_parser()\n"
            "from corpuslint import Linter\n"
            "assert 'datatrove' not in sys.modules and 'pyarrow' not in sys.modules, 'datatrove imported'\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_the_job_imports_no_stock_datatrove_filter_until_the_filter_is_used():
    code = ("import sys\n"
            "from corpuslint.dist import CorpuslintReader, corpus_job\n"
            "assert 'datatrove.pipeline.filters' not in sys.modules, 'filters imported by the job'\n"
            "from corpuslint.dist import CorpuslintFilter\n"
            "assert 'datatrove.pipeline.filters' in sys.modules\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_without_datatrove_the_command_says_what_to_install(cli, monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "datatrove", None)
    result = cli("dist", "check", str(tmp_path), "--work-dir", str(tmp_path / "w"))
    assert result.code == 2
    assert "pip install 'corpuslint[dist]'" in result.err
    assert "Traceback" not in result.err


def test_the_check_stage_answers_a_documents_own_keys_and_refuses_to_guess_the_rest():
    from corpuslint import Linter
    from corpuslint.checks.corpus_features import K_DOC, features
    from corpuslint.dist.view import MissingAnswer, RoutedIndex
    from corpuslint.models import Document

    text = (CORPUS / "a.jsonl").read_text(encoding="utf-8").splitlines()[0]
    doc = Document.from_text(json.loads(text)["text"], path="a.txt")
    view = RoutedIndex({}, 2, {"a.txt"}, 0)
    view.focus(Linter(), doc)
    own = features(doc).text_hash
    assert view.count(K_DOC, own) == 1
    assert [o.path for o in view.occurrences(K_DOC, own)] == ["a.txt"]
    with pytest.raises(MissingAnswer, match="declared"):
        view.count(K_DOC, "0123456789abcdef")  # another document's, which no rule declared
    with pytest.raises(JobMismatch, match="same reader"):
        view.focus(Linter(), Document.from_text("x", path="elsewhere.txt"))


def test_the_job_builds_four_chained_slurm_executors(tmp_path):
    from datatrove.executor import SlurmPipelineExecutor

    executors = corpus_job(CorpuslintReader(str(CORPUS)), str(tmp_path / "work"), tasks=8, buckets=3,
                           executor="slurm", partition="cpu", time="01:00:00")
    assert all(isinstance(e, SlurmPipelineExecutor) for e in executors)
    assert [e.tasks for e in executors] == [8, 3, 3, 8]
    assert [e.depends for e in executors] == [None, *executors[:3]]
    assert [e.job_name for e in executors] == ["corpuslint-fingerprints", "corpuslint-reduce", "corpuslint-resolve",
                                               "corpuslint-check"]


def test_a_rerun_after_the_data_changed_is_refused_naming_the_file_and_restart_clears(tmp_path, cli):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    args = ("dist", "check", "corpus", "--work-dir", "work", "--tasks", "2", "--buckets", "2", "--workers", "2",
            "--output-format", "jsonl")
    first = cli(*args, cwd=tmp_path)
    assert first.code == 1, first.err
    findings = sorted((tmp_path / "work" / "findings").iterdir())
    stamps = [p.stat().st_mtime_ns for p in findings]

    again = cli(*args, cwd=tmp_path)  # nothing changed: every task is skipped, the findings are the same
    assert (again.code, multiset(again.out.splitlines())) == (1, multiset(first.out.splitlines()))
    assert [p.stat().st_mtime_ns for p in findings] == stamps

    with (tmp_path / "corpus" / "b.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "late", "text": "Sign up for our newsletter to get the news first."}) + "\n")
    stale = cli(*args, cwd=tmp_path)
    assert stale.code == 2 and "corpus/b.jsonl changed" in stale.err and "--restart" in stale.err, stale.err
    assert "Traceback" not in stale.err and stale.out == ""
    (tmp_path / "corpus" / "d.jsonl").unlink()
    gone = cli(*args, cwd=tmp_path)
    assert gone.code == 2 and "corpus/d.jsonl is gone" in gone.err, gone.err

    fresh = cli(*args, "--restart", cwd=tmp_path)
    expected = cli("check", "corpus", "--output-format", "jsonl", cwd=tmp_path)
    assert fresh.code == 1, fresh.err
    assert multiset(fresh.out.splitlines()) == multiset(expected.out.splitlines())
    assert not any("d.jsonl" in line for line in fresh.out.splitlines())


def test_a_file_that_changes_between_stage_1_and_the_check_fails_the_check(tmp_path, monkeypatch):
    from corpuslint.dist.inputs import StaleInputs

    shutil.copytree(CORPUS, tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    executors = corpus_job(CorpuslintReader("corpus"), "work", tasks=1, buckets=1, workers=1)
    executors[0].run()
    with (tmp_path / "corpus" / "a.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "late", "text": "A late record."}) + "\n")
    with pytest.raises(StaleInputs, match="corpus/a.jsonl changed"):
        executors[-1].run()


@pytest.mark.parametrize("unsafe", [False, True], ids=["safe", "unsafe"])
def test_the_fixer_in_the_job_fixes_what_check_fix_fixes(tmp_path, monkeypatch, cli, unsafe):
    from datatrove.pipeline.writers import JsonlWriter

    from corpuslint.dist.steps import CorpuslintFixer

    shutil.copytree(CORPUS, tmp_path / "corpus")
    shutil.copytree(CORPUS, tmp_path / "fixed")
    out = cli("check", "fixed", "--fix", "--no-index", "--no-cache", *(["--unsafe-fixes"] if unsafe else []),
              cwd=tmp_path)
    assert out.code in (0, 1), out.err
    expected = {}
    for path in sorted((tmp_path / "fixed").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue  # the malformed record: a finding, never a document
            if isinstance(record, dict) and str(record.get("text") or "").strip():
                expected[record["id"]] = record["text"]
    # corpus rules' fixes among them: the sign-off repeated in 8 articles (CL151), and, unsafe, the
    # host's slip (CL304)
    assert sum("Morning Ledger newsletter" in text for text in expected.values()) < 8
    assert any("silendman" in text for text in expected.values()) is not unsafe

    executors = corpus_job(CorpuslintReader("corpus"), "work", tasks=2, buckets=3, workers=2,
                           after=[CorpuslintFixer(unsafe=unsafe), JsonlWriter("out", compression=None)])
    executors[-1].run()
    got = {}
    for path in sorted((tmp_path / "out").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            got[record["id"]] = record["text"]
    assert set(got) == set(expected)
    differ = sorted(i for i in got if got[i] != expected[i])
    assert not differ, [(i, got[i][-200:], expected[i][-200:]) for i in differ[:2]]


def test_stage_1_spills_sorted_runs_past_its_memory_bound_and_merges_them(workspace, monkeypatch):
    base, cli = workspace
    monkeypatch.chdir(base)
    # 40 rows in memory at most: each task spills a run every document or two, ~20 per bucket
    assert run_job(base, "work-spill", 2, 3, spill_rows=40) == cli
    spilled = sum(json.loads(p.read_text())[1]["stats"].get("spilled_runs", {}).get("total", 0)
                  for p in (base / "work-spill" / "logs" / "fingerprints" / "stats").glob("*.json"))
    assert spilled > 20
    assert not any(p.is_file() for p in (base / "work-spill" / "spill").rglob("*"))  # the runs, merged, are gone


@pytest.mark.parametrize("shipped", [True, False], ids=["shipped", "computed"])
def test_the_check_stage_takes_the_documents_corpus_features_from_stage_1(workspace, monkeypatch, shipped):
    """Stage 1 writes each document's corpus features; stage 4 computes none again (unless the
    shipping is off, as when corpus_features changed its data classes): the same findings."""
    from corpuslint.checks import corpus_features
    from corpuslint.dist import features

    base, cli = workspace
    monkeypatch.chdir(base)
    if not shipped:
        monkeypatch.setattr(features, "_UNIT_FIELDS", ("start", "end"))
    executors = corpus_job(CorpuslintReader("corpus"), f"work-features-{shipped}", tasks=2, buckets=3, workers=1)
    for executor in executors[:3]:  # at one worker the stages run in this process
        executor.run()
    computed, looked_again = [], []
    units = corpus_features.text_units
    monkeypatch.setattr(corpus_features, "text_units", lambda text: computed.append(text) or units(text))
    from corpuslint.checks.bios import repeated, unitbio

    bio_of = unitbio.bio_of
    monkeypatch.setattr(repeated, "bio_of", lambda f, u: looked_again.append(u.tail and not u.bio_done) or bio_of(f, u))
    from corpuslint.checks import pagesite

    sites, site_of = [], pagesite._site_of
    monkeypatch.setattr(pagesite, "_site_of", lambda doc: sites.append(doc.id) or site_of(doc))
    executors[3].run()
    assert multiset(findings_of(f"work-features-{shipped}")) == cli
    assert (base / f"work-features-{shipped}" / "features").is_dir() == shipped
    assert (not computed) if shipped else len(computed) >= 36
    # CL410's bios of the last lines, looked for in stage 1, are shipped too: not looked for again
    assert (not any(looked_again)) if shipped else sum(looked_again) >= 36
    # and each document's site: not found again for any document (38 times when not shipped)
    assert (not sites) if shipped else len(sites) >= 36


def test_shipped_bios_are_the_bios_stage_1_found():
    """A document's bio evidence (score, cues, name) goes from stage 1 to stage 4 unchanged;
    a unit stage 1 did not look at stays to be looked at."""
    from corpuslint.checks.bios.unitbio import bio_of
    from corpuslint.checks.corpus_features import text_units, unit_flags, unit_of
    from corpuslint.dist.features import _bios, _set_bios

    text = ("The judge wrote in his order that the case would go on.\n\nLawyers for both sides declined to "
            "comment.\n\nJosh Gerstein is a senior reporter for POLITICO. Follow him on Twitter @joshgerstein.")
    units, _normalized = text_units(text)

    class F:  # what bio_of reads of the features
        pass

    f = F()
    f.text = text
    f.units = units  # a bio's place on a page: past the document's prose (`unitbio._place`)
    found = [bio_of(f, u) for u in units if u.tail]
    assert any(b is not None and b.name == "Josh Gerstein" for b in found)
    assert any(b is None for b in found)  # a unit that is no bio: shipped as looked at, none found
    rebuilt = [unit_of(u.start, u.end, u.key, u.words, unit_flags(u)) for u in units]
    _set_bios(rebuilt, _bios(units))
    assert [(u.bio_done, u.bio) for u in rebuilt] == [(u.bio_done, u.bio) for u in units]
    fresh = [unit_of(u.start, u.end, u.key, u.words, unit_flags(u)) for u in units]
    _set_bios(fresh, "")
    assert not any(u.bio_done for u in fresh)


def test_the_built_in_corpus_rules_features_can_be_shipped():
    """`features.supported` reads what it rebuilds from `corpus_features` (its data classes, the
    unit kind, `signature_from_value`...): with the built-in rules loaded it says yes, else the
    shipping turns itself off without a word (a name moved to `corpus_carriers` did that)."""
    import corpuslint.checks.duplicates  # noqa: F401 (loads corpus_features as the rules do)
    from corpuslint.dist.features import supported

    assert supported()



def test_a_carrier_task_is_not_sent_its_own_keys_answers_and_finds_them_in_its_fingerprints(workspace, monkeypatch):
    """The resolve stage answers a carrier's signature only to the tasks that do not carry it
    (half of its bytes went to the carrier's own task); that task finds the key in its own
    fingerprint files, in another document than the one checked: the same findings."""
    import pyarrow.parquet as pq

    from corpuslint.dist import shuffle

    base, cli = workspace
    monkeypatch.chdir(base)
    found = []
    find = shuffle.OwnFingerprints.find
    monkeypatch.setattr(shuffle.OwnFingerprints, "find",
                        lambda self, kind, key: found.append(find(self, kind, key)) or found[-1])
    executors = corpus_job(CorpuslintReader("corpus"), "work-carriers", tasks=2, buckets=3, workers=1)
    executors[-1].run()
    assert multiset(findings_of("work-carriers")) == cli
    assert any(o is not None for o in found)  # answered from another document of the task
    work = base / "work-carriers"
    files = {json.loads(p.read_text())["rank"]: set(json.loads(p.read_text())["files"])
             for p in (work / "docs").glob("*.json")}
    sent = 0
    for name in (work / "resolved").rglob("*.parquet"):
        task = int(name.parent.name)
        for row in pq.read_table(name).to_pylist():
            sent += 1
            carriers = {o[0] for o in json.loads(row["occurrences"])}
            assert not carriers & files[task], row  # a carrier task has the answer already
    assert sent  # the tasks that do not carry a key still get its answer


def test_a_tasks_fingerprints_answer_any_of_its_keys_and_no_other(tmp_path):
    from corpuslint.dist.shuffle import OwnFingerprints, write_rows
    from corpuslint.rule import Occurrence

    def opener(name, mode):
        return open(tmp_path / name, mode)

    rows = [("doc", "aa", "a.jsonl", "d1", 1, 1, "sig-1", False, 1), ("u", "aa", "a.jsonl", "d1", 1, 3, "m1", False, 1),
            ("doc", "bb", "a.jsonl", "d2", 2, 1, "sig-2", False, 2), ("doc", "cc", "", "", None, 0, "", True, 0)]
    write_rows(opener, "f.parquet", rows, sort=True)
    own = OwnFingerprints(opener, ["f.parquet"])
    assert own.find("doc", "bb") == Occurrence("a.jsonl", "d2", 2, 1, "sig-2")
    assert own.find("u", "aa") == Occurrence("a.jsonl", "d1", 1, 3, "m1")
    assert own.find("u", "bb") is None  # another kind's key
    assert own.find("doc", "cc") is None  # a lookup the task asked for is not a key it carries
    assert own.of("a.jsonl", 2, "d2").get(("doc", "bb")).value == "sig-2"
    assert own.of("a.jsonl", 1, "d1").keys_of("doc", "u") == (["aa"], ["aa"])
    assert own.of("a.jsonl", 3, "d3").keys_of("doc") == ([],)  # no fingerprints


def test_no_fingerprints_answer_nothing(tmp_path):
    from corpuslint.dist.shuffle import OwnFingerprints, write_rows

    def opener(name, mode):
        return open(tmp_path / name, mode)

    write_rows(opener, "f.parquet", [("doc", "cc", "", "", None, 0, "", True, 0)], sort=True)
    own = OwnFingerprints(opener, ["f.parquet"])
    assert own.find("doc", "cc") is None and own.ranges == {}


_SEEN: list[dict] = []  # what the step after the annotator saw (the job runs at 1 worker: this process)


def _seen_step():
    from datatrove.pipeline.base import PipelineStep

    class Seen(PipelineStep):
        name = "seen"

        def run(self, data, rank: int = 0, world_size: int = 1):
            for doc in data:
                _SEEN.append(dict(doc.metadata))
                yield doc

    return Seen()


def test_the_annotations_are_made_for_the_steps_after_the_annotator_and_only_then(workspace, monkeypatch):
    base, cli = workspace
    monkeypatch.chdir(base)
    _SEEN.clear()
    executors = corpus_job(CorpuslintReader("corpus"), "work-seen", workers=1, after=[_seen_step()])
    assert executors[-1].pipeline[1].annotate is True
    executors[-1].run()
    codes = Counter(s["code"] for meta in _SEEN for s in meta.get("corpuslint", ()))
    assert codes["CL151"] >= 6 and codes["CL412"] >= 1, codes  # the sign-off and the copies, as the CLI finds
    assert multiset(findings_of("work-seen")) == cli
    # nothing after it: the findings files alone, no annotation made for no one
    alone = corpus_job(CorpuslintReader("corpus"), "work-alone", workers=1)
    assert alone[-1].pipeline[1].annotate is False
    alone[-1].run()
    assert multiset(findings_of("work-alone")) == cli
