"""The `dist` section of the benchmark (issue 18): the corpus job against the CLI.

    .venv/bin/pip install -e '.[dist]'
    .venv/bin/python benchmarks/dist.py [--copies N]

The corpus: the 2,000 real news documents of ../shared/corpora/news.jsonl (else tests/data/dist),
`--copies` times (each copy's ids suffixed, so copies are the CLI's and the job's duplicates
alike), cut into 8 files of equal size under benchmarks/data/dist/. Measured, each command in a
fresh process through benchmarks/run.py's launcher (CPU = user + system of the command and every
process it waited for):

- CPU seconds per MB of text: `corpuslint check DATA --jobs 1 --no-index --no-cache` (the
  cheapest one-process CLI run) against `corpuslint dist check DATA --tasks 1 --buckets 1
  --workers 1` (the four stages, summed), taking turns, each the best of `--repeat`, with
  bytecode compiled beforehand for both (PYTHONDONTWRITEBYTECODE unset). Target <= 1.3x.
- wall-time speed-up of the job from 1 task (1 worker) to 2 tasks (2 workers, 2 buckets) on the
  8 equal files. Target >= 1.6x (the machine's other load is printed: 2 cores shared).
- bytes between the stages per document (fingerprints, requests, answers). Target <= 1 KB.
- peak RSS of one reduce task, in a process of its own, above that process's RSS before it ran.
- parity: the two commands' findings as multisets.

Writes benchmarks/results/dist.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import run as bench  # noqa: E402  (the launcher, the load average, the paths)

DATA = bench.DATA / "dist"
FILES = 8


def build(copies: int, source: Path | None = None) -> tuple[Path, int, float]:
    source = source or bench.SHARED / "news.jsonl"
    if not source.is_file():
        source = bench.ROOT / "tests" / "data" / "dist" / "corpus" / "a.jsonl"
    records = [json.loads(line) for line in source.open(encoding="utf-8") if line.strip()]
    corpus = DATA / f"news-x{copies}"
    if corpus.exists():
        shutil.rmtree(corpus)
    corpus.mkdir(parents=True)
    rows = [dict(r, id=f"{r.get('id')}-{c}") if c else r for c in range(copies) for r in records]
    text_mb = sum(len(r["text"].encode()) for r in rows if isinstance(r.get("text"), str)) / 1e6
    for i in range(FILES):
        part = rows[i * len(rows) // FILES:(i + 1) * len(rows) // FILES]
        (corpus / f"part{i}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part),
                                               encoding="utf-8")
    return corpus, len(rows), text_mb


def measured(cmd: list[str], cwd: Path, repeat: int = 1, fresh: Path | None = None) -> dict:
    """The run with the least CPU of `repeat` (CPU seconds grow too when other jobs share the
    cores); `fresh` is a work folder removed before each run."""
    return interleaved([(cmd, fresh)], cwd, repeat)[0]


def interleaved(commands: list[tuple[list[str], Path | None]], cwd: Path, repeat: int) -> list[dict]:
    """Each command's run with the least CPU of `repeat`, the commands taking turns (A B A B...):
    the machine's other load then weighs on both alike, which measuring all of A's runs before
    B's did not (the ratio moved by a third between two benchmark runs). Each run also keeps
    every run's CPU (`runs`), for the ratios pair by pair. `fresh`: a work folder removed first."""
    best: list[dict | None] = [None] * len(commands)
    for _ in range(repeat):
        for i, (cmd, fresh) in enumerate(commands):
            if fresh is not None:
                shutil.rmtree(fresh, ignore_errors=True)
            wall, rss, code = bench.run_measured(cmd, cwd=str(cwd))
            run = {"wall": wall, "cpu": bench.CPU_SECONDS["last"], "rss_mb": rss, "code": code,
                   "runs": (best[i] or {}).get("runs", []) + [bench.CPU_SECONDS["last"]]}
            if best[i] is None or run["cpu"] < best[i]["cpu"]:
                best[i] = run
            else:
                best[i]["runs"] = run["runs"]
    return best


def warm_bytecode(work: Path) -> None:
    """Run both commands once on the small fixture corpus, untimed: every module they import is
    then compiled to bytecode on disk (PYTHONDONTWRITEBYTECODE is unset for the benchmark), so
    neither pays compiling its imports in the timed runs (the job imports more: datatrove,
    pyarrow, huggingface_hub)."""
    small = bench.ROOT / "tests" / "data" / "dist" / "corpus"
    subprocess.run(bench.cli_command("check", str(small), "--no-index", "--no-cache"), cwd=work, capture_output=True)
    shutil.rmtree(work / "warm", ignore_errors=True)
    subprocess.run(bench.cli_command("dist", "check", str(small), "--work-dir", str(work / "warm")), cwd=work,
                   capture_output=True)


def findings(cmd: list[str], cwd: Path) -> Counter:
    out = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    return Counter(json.dumps(json.loads(line), sort_keys=True) for line in out.stdout.splitlines() if line.strip())


def folder_bytes(folder: Path, parts=("fingerprints", "features", "requests", "answers", "resolved", "docs")) -> dict[str, int]:
    return {p: sum(f.stat().st_size for f in (folder / p).rglob("*") if f.is_file()) for p in parts
            if (folder / p).exists()}


REDUCE = """
import json, resource, sys
from corpuslint.dist.job import ReduceStage
from corpuslint.dist.settings import build_linter
build_linter(None).corpus_rules  # imports and compiled patterns: the baseline
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
stage = ReduceStage(sys.argv[1], None, int(sys.argv[2]), int(sys.argv[3]))
list(stage.run(None, 0, int(sys.argv[2])))
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"before_mb": before / 1024, "peak_mb": after / 1024}))
"""


STAGES = """
import json, shutil, sys, time
started = time.process_time()
from corpuslint.dist.job import corpus_job
from corpuslint.dist.reader import CorpuslintReader
from corpuslint.dist.settings import load, system_arrow_pool
imported = time.process_time() - started
system_arrow_pool()  # as `corpuslint dist check` does
shutil.rmtree(sys.argv[2], ignore_errors=True)
config = load(None)
started = time.process_time()
executors = corpus_job(CorpuslintReader(sys.argv[1], config), sys.argv[2], config=config, workers=1)
built = time.process_time() - started
stages = []
for executor in executors:  # each runs alone: the one it depends on is complete
    started = time.process_time()
    executor.run()
    stages.append(time.process_time() - started)
print(json.dumps({"imports": imported, "build": built, "stages": stages}), file=sys.__stdout__)
"""


def per_stage(data: str, work: Path) -> dict:
    """CPU seconds of each stage at 1 task, in one process (imports and the job's set-up apart)."""
    out = subprocess.run([sys.executable, "-c", STAGES, data, str(work)], capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1]) if out.returncode == 0 else {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=1, help="copies of the 2,000 documents (default 1)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timed command; the least CPU counts")
    parser.add_argument("--data", type=Path, help="the folder for the corpus and the work folders (default "
                        "benchmarks/data/dist; elsewhere when benchmarks/data is another checkout's, read only)")
    parser.add_argument("--source", type=Path, help="the JSONL of documents to copy (default: ../shared/corpora/"
                        "news.jsonl beside the repository; from a worktree elsewhere, name it)")
    args = parser.parse_args(argv)
    global DATA
    DATA = args.data or DATA
    corpus, documents, text_mb = build(args.copies, args.source)
    work = DATA / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    data = str(corpus)
    cli = bench.cli_command
    lines = [f"# dist benchmark: the corpus job against the CLI (issue 18)", "",
             f"- command: `.venv/bin/python benchmarks/dist.py --copies {args.copies} --repeat {args.repeat}` "
             "(each timed figure: the run with the least CPU)",
             f"- corpus: {documents:,} documents, {text_mb:.1f} MB of text, {FILES} JSONL files of equal size "
             f"({args.copies} cop{'y' if args.copies == 1 else 'ies'} of the 2,000 news documents)",
             f"- machine: {os.cpu_count()} cores (shared with other work: load average before each run shown)", ""]

    def say(text: str) -> None:
        print(text, flush=True)
        lines.append(text)

    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # both commands import compiled bytecode
    warm_bytecode(work)
    load = bench.load_average()
    one, job1 = interleaved([
        (cli("check", data, "--jobs", "1", "--no-index", "--no-cache", "--output-format", "jsonl"), None),
        (cli("dist", "check", data, "--work-dir", str(work / "t1"), "--tasks", "1", "--buckets", "1",
             "--workers", "1", "--output-format", "jsonl"), work / "t1")], work, args.repeat)
    say(f"- CLI, one process: {one['cpu']:.1f} CPU s, {one['cpu'] / text_mb:.2f} CPU s/MB, wall {one['wall']:.1f} s "
        f"(load {load:.1f} before the first run)")
    ratio = job1["cpu"] / one["cpu"]
    pairs = sorted(b / a for a, b in zip(one["runs"], job1["runs"]))
    say(f"- job, 1 task (4 stages summed): {job1['cpu']:.1f} CPU s, {job1['cpu'] / text_mb:.2f} CPU s/MB, "
        f"wall {job1['wall']:.1f} s: {ratio:.2f}x the CLI's CPU (target <= 1.3x: {'PASS' if ratio <= 1.3 else 'SHORT'}; "
        f"best of {args.repeat} each, taking turns; pair by pair {', '.join(f'{r:.2f}x' for r in pairs)}) "
        f"(load {bench.load_average():.1f} after)")
    split = per_stage(data, work / "stages")
    if split:
        say(f"  - per stage, in one process (load {bench.load_average():.1f}): imports {split['imports']:.2f}, "
            f"set-up {split['build']:.2f}, " + ", ".join(f"{name} {cpu:.2f}" for name, cpu in
                                                       zip(("fingerprints", "reduce", "resolve", "check"), split["stages"]))
            + " CPU s")
    load = bench.load_average()
    job2 = measured(cli("dist", "check", data, "--work-dir", str(work / "t2"), "--tasks", "2", "--buckets", "2",
                        "--workers", "2", "--output-format", "jsonl"), work, args.repeat, work / "t2")
    speedup = job1["wall"] / job2["wall"]
    machine = bench.machine_parallelism(2)
    say(f"- job, 2 tasks on 2 workers: wall {job2['wall']:.1f} s, {job2['cpu']:.1f} CPU s: speed-up {speedup:.2f}x "
        f"from 1 task (target >= 1.6x: {'PASS' if speedup >= 1.6 else 'SHORT'}) (load {load:.1f}; two CPU-bound "
        f"processes ran {machine:.2f}x as fast as one just after: the most 2 workers could get here then)")
    sizes = folder_bytes(work / "t2")
    per_doc = sum(sizes.values()) / documents
    say(f"- between the stages (2 tasks, 2 buckets): {per_doc:.0f} bytes per document "
        f"({', '.join(f'{k} {v / documents:.0f}' for k, v in sizes.items())}) "
        f"(target <= 1 KB: {'PASS' if per_doc <= 1024 else 'SHORT'})")
    shutil.rmtree(work / "t2" / "answers", ignore_errors=True)
    out = subprocess.run([sys.executable, "-c", REDUCE, str(work / "t1"), "1", "1"], capture_output=True, text=True)
    if out.returncode == 0:
        mem = json.loads(out.stdout.strip().splitlines()[-1])
        say(f"- reduce, 1 bucket of all {documents:,} documents: peak RSS {mem['peak_mb']:.0f} MB, "
            f"{mem['peak_mb'] - mem['before_mb']:.0f} MB above the process before it ran")
    else:
        say(f"- reduce: failed: {out.stderr[-500:]}")
    expected = findings(cli("check", data, "--no-index", "--no-cache", "--output-format", "jsonl"), work)
    got = findings(cli("dist", "check", data, "--work-dir", str(work / "t3"), "--tasks", "4", "--buckets", "3",
                       "--workers", "2", "--output-format", "jsonl"), work)
    say(f"- parity at 4 tasks, 3 buckets: {sum(expected.values())} findings from the CLI, "
        f"{sum((expected - got).values())} missing from the job, {sum((got - expected).values())} extra")
    bench.RESULTS.mkdir(parents=True, exist_ok=True)
    (bench.RESULTS / "dist.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
