"""The corpuslint benchmark (issue 8): throughput, scaling, memory, start-up, bad input, peers.

One command, from the repository root (the optional `bench` extra brings datatrove and spaCy):

    .venv/bin/pip install -e '.[bench]'      # once; or: .venv/bin/pip install datatrove spacy
    .venv/bin/python benchmarks/run.py

It prints a table and the targets of issue 8 with PASS/SHORT, and writes the same report to
benchmarks/results/latest.md (and .json). `--quick` runs a small version (20 MB) in about a minute.

The corpus. Real documents: /work/shared/corpora (../shared/corpora from the repository root)
when it exists, else whatever tests/data/** holds (.jsonl records, .txt and .md files).
Replicated with variation until the text reaches --size-mb (default 100; 1 MB = 10^6 bytes of
UTF-8 text, not counting JSON syntax or metadata): each copy after the first shuffles the middle
paragraphs (first and last stay, since boilerplate rules care about position), re-draws every
number, and replaces 4% of the words of long paragraphs with other words of the corpus, so that
no two copies are identical and dedup/index structures do not collapse them. Written once, under
benchmarks/data/ (git-ignored), and reused while the source and parameters are unchanged:

    benchmarks/data/corpus.jsonl         all of it, one record per document (metadata kept)
    benchmarks/data/corpus-small.jsonl   its first --small-mb (default 10) of text
    benchmarks/data/txt/NNN/<id>.txt     the same documents as a directory of .txt files

How corpuslint is run. In-process through the public API (`corpuslint.Linter`: `check_file` on
a JSONL path, `check_document` on documents already in memory) for the per-core figures, the
per-family figures and the comparisons; as the CLI in a subprocess (`corpuslint check ...
--output-format json -o FILE`, the way CI runs it) for --jobs scaling, peak memory (the largest
process's maximum RSS, from wait4) and start-up.

The reference points, on the same documents, in the same run:
- the floor: read the same JSONL, `json.loads` each record, and one pass of ONE compiled `regex`
  (FLOOR_PATTERN: tags or entities, what one markup rule looks for) over each text. Reported both
  end to end (reading included, like `check_file`) and in memory (scan only).
- the peers: datatrove's C4QualityFilter and GopherQualityFilter, each filter's `filter(Document)`
  called directly, no executor, on fresh datatrove Documents each pass (C4 rewrites doc.text);
  word splitting by spaCy's blank English model, which is built in code: nothing is downloaded
  (HF_HUB_OFFLINE=1 is set as a guard).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
RESULTS = ROOT / "benchmarks" / "results"
SHARED = ROOT.parent / "shared" / "corpora"
MB = 1_000_000

FLOOR_PATTERN = r"<[A-Za-z/!][^<>\n]{0,200}>|&#?[A-Za-z0-9]{1,31};"

# corpus building ------------------------------------------------------------------------------

NUMBER = re.compile(r"\d+")
SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def source_records() -> tuple[str, list[dict[str, Any]]]:
    """The real documents to replicate: (where from, records with at least `id` and `text`)."""
    news = SHARED / "news.jsonl"
    if news.is_file():
        with open(news, encoding="utf-8") as handle:
            return str(news), [json.loads(line) for line in handle if line.strip()]
    if (SHARED / "txt").is_dir():
        files = sorted((SHARED / "txt").glob("*.txt"))
        return str(SHARED / "txt"), [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in files]
    records: list[dict[str, Any]] = []
    data = ROOT / "tests" / "data"
    for path in sorted(data.rglob("*")):
        if path.suffix in (".txt", ".md") and not path.name.endswith(".meta.yaml"):
            try:
                records.append({"id": path.stem, "text": path.read_text(encoding="utf-8")})
            except (UnicodeDecodeError, OSError):
                continue
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                    obj.setdefault("id", f"{path.stem}-{len(records)}")
                    records.append(obj)
    if not records:
        sys.exit("benchmark: no documents found in ../shared/corpora or tests/data")
    return str(data), records


def vary(text: str, rng: random.Random, vocabulary: list[str]) -> str:
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 3:
        middle = paragraphs[1:-1]
        rng.shuffle(middle)
        paragraphs = [paragraphs[0], *middle, paragraphs[-1]]
    out = []
    for paragraph in paragraphs:
        tokens = paragraph.split(" ")
        if len(tokens) >= 20:  # short lines (bylines, boilerplate, captions) are left whole
            for i in rng.sample(range(len(tokens)), len(tokens) // 25):
                token = tokens[i]
                if len(token) >= 4 and token.isalpha():
                    word = rng.choice(vocabulary)
                    tokens[i] = word.capitalize() if token[0].isupper() else word
            paragraph = " ".join(tokens)
        out.append(paragraph)
    text = "\n\n".join(out)
    return NUMBER.sub(lambda m: str(rng.randrange(10 ** len(m.group())) ).zfill(len(m.group())), text)


def build_corpus(size_mb: float, small_mb: float, rebuild: bool) -> dict[str, Any]:
    origin, records = source_records()
    manifest_path = DATA / "manifest.json"
    wanted = {"origin": origin, "documents": len(records), "size_mb": size_mb, "small_mb": small_mb, "version": 3}
    if manifest_path.is_file() and not rebuild:
        manifest = json.loads(manifest_path.read_text())
        if manifest.get("params") == wanted and Path(manifest["jsonl"]).is_file():
            return manifest
    import shutil

    started = time.perf_counter()
    DATA.mkdir(parents=True, exist_ok=True)
    if (DATA / "txt").exists():
        shutil.rmtree(DATA / "txt")
    rng = random.Random(8)
    vocabulary = sorted({w.lower() for r in records[:500] for w in r["text"].split() if w.isalpha() and len(w) >= 4})
    target = size_mb * MB
    jsonl, small = DATA / "corpus.jsonl", DATA / "corpus-small.jsonl"
    total = small_total = 0
    docs = small_docs = 0
    copy = 0
    with open(jsonl, "w", encoding="utf-8") as out, open(small, "w", encoding="utf-8") as out_small:
        while total < target:
            for record in records:
                text = record["text"] if copy == 0 else vary(record["text"], rng, vocabulary)
                rec = dict(record)
                rec["id"] = record["id"] if copy == 0 else f"{record['id']}~{copy}"
                rec["text"] = text
                line = json.dumps(rec, ensure_ascii=False) + "\n"
                out.write(line)
                size = len(text.encode("utf-8"))
                if small_total + size <= small_mb * MB and total == small_total:
                    out_small.write(line)
                    small_total += size
                    small_docs += 1
                if text.strip():
                    folder = DATA / "txt" / f"{docs // 1000:03d}"
                    if docs % 1000 == 0:
                        folder.mkdir(parents=True, exist_ok=True)
                    (folder / f"{SAFE_NAME.sub('_', rec['id'])}.txt").write_text(text, encoding="utf-8")
                total += size
                docs += 1
                if total >= target:
                    break
            copy += 1
    manifest = {"params": wanted, "jsonl": str(jsonl), "small": str(small), "txt": str(DATA / "txt"),
                "documents": docs, "text_bytes": total, "small_documents": small_docs,
                "small_text_bytes": small_total, "jsonl_bytes": jsonl.stat().st_size,
                "small_jsonl_bytes": small.stat().st_size, "copies": copy,
                "build_seconds": round(time.perf_counter() - started, 1)}
    manifest_path.write_text(json.dumps(manifest, indent=2))
    return manifest


# measuring ------------------------------------------------------------------------------------


@dataclass
class Row:
    what: str
    seconds: float
    docs: int
    text_bytes: int
    cores: int = 1
    findings: int | None = None
    note: str = ""

    @property
    def mb_s(self) -> float:
        return self.text_bytes / MB / self.seconds / self.cores

    @property
    def docs_s(self) -> float:
        return self.docs / self.seconds / self.cores


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    targets: list[tuple[str, bool, str]] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    def say(self, text: str = "") -> None:
        print(text, flush=True)
        self.lines.append(text)

    def row(self, row: Row) -> Row:
        self.rows.append(row)
        found = "" if row.findings is None else f"{row.findings:,}"
        self.say(f"| {row.what} | {row.docs:,} | {row.text_bytes / MB:,.1f} | {row.seconds:,.2f} | {row.cores} "
                 f"| {row.docs_s:,.0f} | {row.mb_s:,.2f} | {found} | {row.note} |")
        return row

    def table_head(self) -> None:
        self.say("| what | docs | text MB | CPU seconds | cores | docs/s per core | MB/s per core | findings | note |")
        self.say("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")

    def target(self, name: str, ok: bool, detail: str) -> None:
        self.targets.append((name, ok, detail))


def read_records(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def cpu_clock() -> float:
    """The CPU seconds of this process: what the in-process figures are measured in. The machine
    is shared, and wall time there says more about the other processes than about corpuslint."""
    return time.process_time()


def best_timed(repeat: int, func) -> tuple[float, Any]:
    """Fastest of `repeat` runs of `func`, which times itself and returns (value, seconds)."""
    runs = [func() for _ in range(repeat)]
    value, seconds = min(runs, key=lambda run: run[1])
    return seconds, value


def best_of(repeat: int, func) -> tuple[float, Any]:
    """Fastest of `repeat` runs (the least disturbed by the rest of the machine)."""
    best, value = float("inf"), None
    for _ in range(repeat):
        started = cpu_clock()
        value = func()
        best = min(best, cpu_clock() - started)
    return best, value


def corpuslint_documents(records: list[dict[str, Any]], path: str) -> list[Any]:
    """Fresh corpuslint Documents, as the JSONL reader builds them."""
    from corpuslint.models import Document, Origin

    return [Document.model_construct(
        id=str(r["id"]), text=r["text"], metadata={k: v for k, v in r.items() if k != "text"},
        origin=Origin(path=path, format="jsonl", record=i + 1, line=i + 1, text_is_inline=True),
        ignore=[], fixable=True) for i, r in enumerate(records)]


def make_linter(select: list[str] | None = None, per_document_only: bool = True, registry: Any = None) -> Any:
    from corpuslint import Linter
    from corpuslint.config import Config

    linter = Linter(Config(select=select) if select else Config(), registry=registry)
    if per_document_only and linter.corpus_rules:
        codes = [r.code for r in linter.corpus_rules]
        linter = Linter(Config(select=select, ignore=codes) if select else Config(ignore=codes), registry=registry)
    return linter


def cli_command(*args: str) -> list[str]:
    script = Path(sys.executable).parent / "corpuslint"
    base = [str(script)] if script.is_file() else [sys.executable, "-m", "corpuslint.cli"]
    return [*base, *args]


def load_average() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def wait_for_quiet(below: float = 0.3, longest: float = 90.0) -> float:
    """Wait (up to `longest` seconds) for the 1-minute load average to drop below `below`.

    Start-up is a few hundred milliseconds: measured right after the scaling runs kept both cores
    busy, the medians came out ~30 ms higher than on the idle machine. Returns the load average.
    """
    deadline = time.monotonic() + longest
    while load_average() >= below and time.monotonic() < deadline:
        time.sleep(2)
    return load_average()


CPU_SECONDS: dict[str, float] = {"last": 0.0}  # user + system CPU of the last measured run


# Runs one command and reports its wall time and rusage. A launcher process of its own, because
# Linux counts the RSS a forked child had before exec (a copy of the big benchmark process) in
# its ru_maxrss; the small launcher's children start from the launcher's few MB instead.
LAUNCHER = """
import json, os, resource, subprocess, sys, time
started = time.perf_counter()
proc = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
err = proc.communicate()[1]
wall = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as out:
    json.dump({"wall": wall, "maxrss_kb": usage.ru_maxrss, "cpu": usage.ru_utime + usage.ru_stime,
               "code": proc.returncode, "stderr": err[-2000:].decode(errors="replace")}, out)
"""


def run_measured(cmd: list[str], cwd: str | None = None) -> tuple[float, int, int]:
    """(wall seconds, peak RSS in MB of the largest process of the run, exit code).

    RUSAGE_CHILDREN of the launcher covers the command and the workers it waited for; its
    ru_maxrss is the peak of the largest one of them. CPU seconds (user + system, workers
    included) go to CPU_SECONDS["last"].
    """
    RESULTS.mkdir(parents=True, exist_ok=True)
    stats = RESULTS / "run-stats.json"
    subprocess.run([sys.executable, "-c", LAUNCHER, str(stats), *cmd], cwd=cwd, check=True)
    data = json.loads(stats.read_text())
    CPU_SECONDS["last"] = data["cpu"]
    if data["code"] not in (0, 1):
        print(f"  ! {' '.join(cmd)} exited {data['code']}: {data['stderr']}", file=sys.stderr)
    return data["wall"], data["maxrss_kb"] // 1024, data["code"]


def count_findings(report_path: Path) -> int | None:
    try:
        data = json.loads(report_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    if isinstance(data, list):
        return len(data)
    if isinstance(data, dict):
        for key in ("findings", "results", "violations"):
            if isinstance(data.get(key), list):
                return len(data[key])
    return None


# the sections ---------------------------------------------------------------------------------


def section_throughput(rep: Report, manifest: dict[str, Any], repeat: int) -> dict[str, float]:
    import regex

    from corpuslint.plugins import build_registry

    small = manifest["small"]
    records = read_records(small)
    docs_n, text_bytes = len(records), sum(len(r["text"].encode()) for r in records)
    registry = build_registry()
    times: dict[str, float] = {}

    rep.say(f"\n## Throughput on one core ({docs_n:,} documents, {text_bytes / MB:.1f} MB of text: "
            f"`{os.path.relpath(small, ROOT)}`)\n")
    rep.say("In-process, timed in CPU seconds of this process (`time.process_time`), best of the runs.\n")
    rep.table_head()

    floor = regex.compile(FLOOR_PATTERN)

    def floor_e2e():
        hits = 0
        with open(small, "rb") as handle:
            for raw in handle:
                if raw.strip():
                    hits += sum(1 for _ in floor.finditer(json.loads(raw)["text"]))
        return hits

    def floor_mem():
        return sum(1 for r in records for _ in floor.finditer(r["text"]))

    t, hits = best_of(repeat, floor_e2e)
    times["floor_e2e"] = rep.row(Row("floor: read JSONL + json.loads + 1 regex pass", t, docs_n, text_bytes,
                                     note=f"{hits:,} matches")).seconds
    t, hits = best_of(repeat, floor_mem)
    times["floor_mem"] = rep.row(Row("floor: 1 regex pass, texts in memory", t, docs_n, text_bytes)).seconds

    full = make_linter(registry=registry)
    codes = ", ".join(r.code for r in full.doc_rules if r.family != "input")
    rep.data["default_rules"] = codes

    def e2e():
        return len(full.check_file(small).findings)

    def mem(linter):
        def go():
            docs = corpuslint_documents(records, small)  # fresh: no cached line index
            started = cpu_clock()
            found = sum(len(linter.check_document(d)) for d in docs)
            return found, cpu_clock() - started
        return go

    t, found = best_of(repeat, e2e)
    times["full_e2e"] = rep.row(Row("corpuslint default per-document rules, `Linter.check_file`", t, docs_n,
                                    text_bytes, findings=found, note="reading + parsing included")).seconds
    t_mem, found = best_timed(repeat, mem(full))
    times["full_mem"] = rep.row(Row("corpuslint default per-document rules, `check_document`", t_mem, docs_n,
                                    text_bytes, findings=found, note="documents in memory")).seconds

    families = sorted({r.family for r in full.all_rules.values() if r.default_enabled and r.family != "input"})
    for family in families:
        linter = make_linter([family], per_document_only=False, registry=registry)
        if linter.corpus_rules:
            def corpus_run(linter=linter):
                docs = corpuslint_documents(records, small)
                started = cpu_clock()
                linter.use_index(None)
                found = len(linter.check(docs))
                return found, cpu_clock() - started
            t, found = best_timed(repeat, corpus_run)
            note = f"{len(linter.corpus_rules)} corpus + {len(linter.doc_rules)} per-document rules; index included"
        else:
            t, found = best_timed(repeat, mem(linter))
            note = f"{len(linter.doc_rules)} rules"
        times[f"family:{family}"] = rep.row(Row(f"family `{family}` alone (`--select {family}`)", t, docs_n,
                                                text_bytes, findings=found, note=note)).seconds

    # the per-rule split, for finding hot spots
    per_rule: list[tuple[float, str]] = []
    for rule in full.doc_rules:
        if rule.family == "input":
            continue
        docs = corpuslint_documents(records, small)
        started = cpu_clock()
        for d in docs:
            for _ in rule.check(d):
                pass
        per_rule.append((cpu_clock() - started, f"{rule.code} {rule.name} ({rule.family})"))
    per_rule.sort(reverse=True)
    rep.data["per_rule"] = [(round(t, 3), name) for t, name in per_rule]
    rep.say("\nSlowest rules (`rule.check` alone on the same documents; seconds, MB/s). Rules that share a "
            "document's analysis (CL401–CL403: its copies) each pay for all of it here; in a run it is "
            "computed once, so their sum overstates them (~0.8 s of all three per 10 MB in session 7):\n")
    for t, name in per_rule[:12]:
        rep.say(f"- {name}: {t:.2f} s, {text_bytes / MB / t:,.0f} MB/s")

    times["text_bytes"], times["docs"] = text_bytes, docs_n
    rep.data["throughput"] = times
    return times


def section_peers(rep: Report, manifest: dict[str, Any], times: dict[str, float], peer_mb: float) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    try:
        import spacy  # noqa: F401
        from datatrove.data import Document as DtDocument
        from datatrove.pipeline.filters import C4QualityFilter, GopherQualityFilter
    except ImportError as exc:
        rep.say(f"\n## Peers: skipped ({exc}); install with `.venv/bin/pip install datatrove spacy`")
        rep.target("≥ 3× datatrove C4+Gopher throughput", False, f"not measured: {exc}")
        return
    try:  # quiet datatrove's per-document logging
        from loguru import logger
        logger.remove()
    except Exception:
        pass
    small = manifest["small"]
    records = read_records(small)
    chosen, size = [], 0
    for r in records:  # the first `peer_mb` of the same documents
        chosen.append(r)
        size += len(r["text"].encode())
        if size >= peer_mb * MB:
            break
    docs_n = len(chosen)
    rep.say(f"\n## Peers: datatrove on the same documents (the first {docs_n:,} of them, {size / MB:.1f} MB)\n")
    rep.table_head()
    # warm-up outside the timing: spaCy's blank English pipeline is built on first use
    C4QualityFilter().filter(DtDocument(text=chosen[0]["text"] or "x", id="warm"))
    GopherQualityFilter().filter(DtDocument(text=chosen[0]["text"] or "x", id="warm"))

    def run(filter_cls):
        f = filter_cls()
        fresh = [DtDocument(text=r["text"], id=str(r["id"])) for r in chosen]
        started = cpu_clock()
        kept = sum(1 for d in fresh if f.filter(d) is True)
        return cpu_clock() - started, kept

    t_c4, kept_c4 = run(C4QualityFilter)
    rep.row(Row("datatrove C4QualityFilter.filter", t_c4, docs_n, size, note=f"{kept_c4:,} kept"))
    t_g, kept_g = run(GopherQualityFilter)
    rep.row(Row("datatrove GopherQualityFilter.filter", t_g, docs_n, size, note=f"{kept_g:,} kept"))
    peers = t_c4 + t_g
    rep.row(Row("datatrove C4 + Gopher", peers, docs_n, size))

    full = make_linter()
    docs = corpuslint_documents(chosen, small)
    started = cpu_clock()
    found = sum(len(full.check_document(d)) for d in docs)
    ours = cpu_clock() - started
    rep.row(Row("corpuslint default per-document rules (same docs)", ours, docs_n, size, findings=found))
    ratio = peers / ours
    rep.data["peers"] = {"c4": t_c4, "gopher": t_g, "corpuslint": ours, "ratio": ratio, "docs": docs_n}
    rep.target("≥ 3× datatrove C4+Gopher throughput", ratio >= 3,
               f"{ratio:.1f}× ({size / MB / ours:.1f} vs {size / MB / peers:.2f} MB/s)")


def _spin(n: int) -> float:
    started = cpu_clock()
    total = 0
    for i in range(n):
        total += i
    return cpu_clock() - started


def machine_parallelism(jobs: int) -> float:
    """How much faster `jobs` CPU-bound processes finish N loops each than one process does 1:
    the most any --jobs can give on this machine right now (other load, SMT, quotas)."""
    import multiprocessing

    n = 15_000_000
    one = _spin(n)
    started = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        pool.map(_spin, [n] * jobs)
    return jobs * one / (time.perf_counter() - started)


def section_scaling(rep: Report, manifest: dict[str, Any], jobs: int) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "report.json"
    corpus_codes = ",".join(r.code for r in make_linter(per_document_only=False).corpus_rules)
    # a config, not --isolated: benchmarks/data is git-ignored, and a walked directory respects that
    config = DATA / "bench-config.yaml"
    config.write_text("respect-gitignore: false\n", encoding="utf-8")
    common = ["--config", str(config), "--no-cache", "--output-format", "json", "-o", str(out)]
    per_doc = [*common, "--ignore", corpus_codes] if corpus_codes else common
    rep.say(f"\n## The CLI on the whole corpus: `corpuslint check PATH {' '.join(per_doc[:-1])} "
            f"CORPUS_RULES --jobs N`\n")
    rep.say(f"The default per-document rule set (the corpus rules {corpus_codes or '(none)'} left out: they "
            "are measured on their own below). Peak RSS is that of the largest single process (the "
            "parent, or one worker).\n")
    rep.say("Wall time is what a user waits (the better of two runs); CPU is user + system seconds of all "
            "processes in that run; the load average (1 min, before the runs) shows what else the 2 cores "
            "were doing.\n")
    rep.say("| input | text MB | --jobs | wall s | CPU s | MB/s (wall) | docs/s (wall) | peak RSS MB | findings "
            "| load avg |")
    rep.say("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    results: dict[str, Any] = {}
    cases = [("jsonl-small", manifest["small"], manifest["small_text_bytes"], manifest["small_documents"], [1]),
             ("jsonl", manifest["jsonl"], manifest["text_bytes"], manifest["documents"], sorted({1, jobs})),
             ("txt", manifest["txt"], manifest["text_bytes"], manifest["documents"], sorted({1, jobs}))]
    for name, path, text_bytes, docs, job_list in cases:
        for j in job_list:
            cmd = cli_command("check", path, *per_doc, "--jobs", str(j))
            load = load_average()
            # best of two: the machine is shared, and one run's wall time moved by up to 10%
            wall, rss, cpu = math.inf, 0, 0.0
            for _ in range(2):
                w, r, _code = run_measured(cmd)
                rss = max(rss, r)
                if w < wall:
                    wall, cpu = w, CPU_SECONDS["last"]
            found = count_findings(out)
            results[f"{name}:{j}"] = {"wall": wall, "cpu": cpu, "rss": rss, "findings": found, "load": load}
            rep.say(f"| {name} `{os.path.relpath(path, ROOT)}` | {text_bytes / MB:,.1f} | {j} | {wall:,.1f} "
                    f"| {cpu:,.1f} | {text_bytes / MB / wall:,.1f} | {docs / wall:,.0f} | {rss:,} | "
                    f"{'' if found is None else f'{found:,}'} | {load:.1f} |")
    if corpus_codes:
        # the small corpus alone in a folder with its own config: the config's folder is the
        # corpus root, and benchmarks/data (the 100 MB corpus twice over) must not be indexed with it
        alone = DATA / "indexed"
        alone.mkdir(exist_ok=True)
        small_copy = alone / Path(manifest["small"]).name
        if not small_copy.is_file() or small_copy.stat().st_size != Path(manifest["small"]).stat().st_size:
            shutil.copyfile(manifest["small"], small_copy)
        alone_config = alone / "corpuslint.yaml"
        alone_config.write_text("respect-gitignore: false\n", encoding="utf-8")
        alone_common = ["--config", str(alone_config), *common[2:]]
        for label, extra in (("in-memory index", ["--no-index"]),
                             ("persistent SQLite index, built afresh", ["--rebuild-index"]),
                             ("persistent SQLite index, already built (nothing changed)", ["--index"])):
            args = [a for a in extra if a != "--index"]
            cmd = cli_command("check", str(small_copy), *alone_common, *args, "--jobs", "1")
            load = load_average()
            wall, rss, _code = run_measured(cmd)
            found = count_findings(out)
            cpu = CPU_SECONDS["last"]
            results[f"all-rules:{extra[0]}"] = {"wall": wall, "cpu": cpu, "rss": rss, "findings": found}
            rep.say(f"| jsonl-small alone in `{os.path.relpath(alone, ROOT)}`, ALL default rules, corpus rules "
                    f"with {label} ({'`' + ' '.join(args) + '`' if args else 'the default'}) "
                    f"| {manifest['small_text_bytes'] / MB:,.1f} | 1 | {wall:,.1f} | {cpu:,.1f} "
                    f"| {manifest['small_text_bytes'] / MB / wall:,.1f} | {manifest['small_documents'] / wall:,.0f} "
                    f"| {rss:,} | {'' if found is None else f'{found:,}'} | {load:.1f} |")
    rep.data["cli"] = results
    ceiling = machine_parallelism(jobs) if jobs > 1 else 1.0
    rep.data["machine_parallelism"] = ceiling
    rep.say(f"\nThe machine's own ceiling, measured now: {jobs} processes of a pure Python loop finish "
            f"{ceiling:.2f}× the work of one in the same time (2.0 would be two free cores).")
    for name in ("jsonl", "txt"):
        if jobs > 1:
            one, many = results[f"{name}:1"], results[f"{name}:{jobs}"]
            speedup = one["wall"] / many["wall"]
            rep.target(f"--jobs {jobs} scales ≥ 1.8× ({name})", speedup >= 1.8,
                       f"{speedup:.2f}× in wall time (CPU {one['cpu']:.0f} s vs {many['cpu']:.0f} s; load average "
                       f"{one['load']:.1f} and {many['load']:.1f} before the runs; the machine's own ceiling "
                       f"was {ceiling:.2f}×)")
    full_mb_s = manifest["text_bytes"] / MB / results["jsonl:1"]["wall"]
    rep.data["cli_full_mb_s"] = full_mb_s
    small_rss, big_rss = results["jsonl-small:1"]["rss"], results["jsonl:1"]["rss"]
    rep.target("peak memory flat with corpus size (JSONL, --jobs 1)", big_rss <= small_rss * 1.25 + 20,
               f"{small_rss} MB at {manifest['small_text_bytes'] / MB:.0f} MB of text, "
               f"{big_rss} MB at {manifest['text_bytes'] / MB:.0f} MB")


def _alone(folder: Path, name: str, source: Path, text_limit: int | None) -> tuple[Path, int, int]:
    """`source`'s records (its first `text_limit` bytes of text) as the only corpus of `folder`,
    with a config there, so that the folder is the corpus root and its index holds nothing else.
    (path, documents, text bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "corpuslint.yaml").write_text("respect-gitignore: false\n", encoding="utf-8")
    target = folder / name
    docs = text = 0
    with open(source, encoding="utf-8") as handle:
        lines = []
        for line in handle:
            if not line.strip():
                continue
            size = len(json.loads(line)["text"].encode("utf-8"))
            if text_limit is not None and text + size > text_limit and docs:
                break
            lines.append(line)
            docs += 1
            text += size
    if not target.is_file() or target.stat().st_size != sum(len(x.encode("utf-8")) for x in lines):
        target.write_text("".join(lines), encoding="utf-8")
    return target, docs, text


def section_whole_run(rep: Report, manifest: dict[str, Any], sizes: list[float], jobs: int) -> None:
    """The run a user makes: every default rule, corpus rules included, on a corpus alone in its
    folder (the folder is the corpus root): the SQLite index built afresh, then again with the
    index built and nothing changed; `--no-cache` throughout, so every document is checked.
    Per core = text MB / CPU seconds (user + system of the process and its workers), the figure
    that holds on a shared machine; wall time is shown beside it."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "whole-report.json"
    whole = DATA / "whole"
    rep.say("\n## The whole default run: `corpuslint check FILE --no-cache --output-format json -o OUT --jobs N` "
            "(every default rule, corpus rules included; the file alone in a folder with a `corpuslint.yaml`, "
            "so its SQLite index holds that corpus only)\n")
    rep.say("MB/s per core is text MB / CPU seconds (user + system, workers included): the machine is shared, and "
            "CPU time moves much less than wall time with the other processes' load (it is still inflated by "
            "them: two busy hyperthreads or a cold cache cost cycles). Load average is the 1-minute figure before "
            "the run.\n")
    rep.say("| input | text MB | docs | index | --jobs | CPU s | MB/s per core | wall s | peak RSS MB | findings "
            "| load avg |")
    rep.say("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    results: dict[str, Any] = {}
    source = Path(manifest["jsonl"])
    for size in sizes:
        limit = int(size * MB)
        path, docs, text = _alone(whole / f"{size:g}mb", "corpus.jsonl", source, limit)
        cases = [("built afresh (`--rebuild-index`)", ["--rebuild-index"], 1),
                 ("built, nothing changed", [], 1)]
        if size == sizes[0]:
            cases += [("built afresh (`--rebuild-index`)", ["--rebuild-index"], jobs),
                      ("built, nothing changed", [], jobs),
                      ("in memory (`--no-index`)", ["--no-index"], 1)]
        for label, extra, j in cases:
            if j < 1 or (j > 1 and jobs <= 1):
                continue
            cmd = cli_command("check", str(path), "--config", str(path.parent / "corpuslint.yaml"), "--no-cache",
                              "--output-format", "json", "-o", str(out), *extra, "--jobs", str(j))
            load = load_average()
            wall, rss, _code = run_measured(cmd)
            cpu = CPU_SECONDS["last"]
            found = count_findings(out)
            key = f"{size:g}:{'fresh' if extra == ['--rebuild-index'] else 'memory' if extra else 'built'}:{j}"
            results[key] = {"cpu": cpu, "wall": wall, "rss": rss, "findings": found, "text": text, "docs": docs,
                            "load": load}
            rep.say(f"| `{os.path.relpath(path, ROOT)}` | {text / MB:,.1f} | {docs:,} | {label} | {j} | {cpu:,.1f} "
                    f"| {text / MB / cpu:,.2f} | {wall:,.1f} | {rss:,} | {'' if found is None else f'{found:,}'} "
                    f"| {load:.1f} |")
    rep.data["whole"] = results
    first, last = f"{sizes[0]:g}", f"{sizes[-1]:g}"

    def per_core(key: str) -> float:
        r = results[key]
        return r["text"] / MB / r["cpu"]

    rep.target(f"whole default run, index built afresh, ≥ 10 MB/s per core at {first} MB",
               per_core(f"{first}:fresh:1") >= 10, f"{per_core(f'{first}:fresh:1'):.2f} MB/s per core (CPU time)")
    rep.target(f"whole default run, index built afresh, ≥ 8 MB/s per core at {last} MB",
               per_core(f"{last}:fresh:1") >= 8,
               ", ".join(f"{s:g} MB: {per_core(f'{s:g}:fresh:1'):.2f}" for s in sizes) + " MB/s per core")
    rep.target(f"whole default run against the built index (nothing changed) ≥ 20 MB/s per core at {first} MB",
               per_core(f"{first}:built:1") >= 20,
               ", ".join(f"{s:g} MB: {per_core(f'{s:g}:built:1'):.2f}" for s in sizes) + " MB/s per core")
    if jobs > 1 and f"{first}:fresh:{jobs}" in results:
        one, many = results[f"{first}:fresh:1"], results[f"{first}:fresh:{jobs}"]
        rep.target(f"whole default run --jobs {jobs} ≥ 1.8× (wall, index built afresh)", one["wall"] / many["wall"] >= 1.8,
                   f"{one['wall'] / many['wall']:.2f}× in wall time (CPU {one['cpu']:.0f} s vs {many['cpu']:.0f} s; "
                   f"load average {one['load']:.1f} and {many['load']:.1f} before: wall time on a shared machine "
                   "says little)")
    if first == last:  # one size says nothing of growth: no verdict
        return
    small, big = results[f"{first}:fresh:1"]["rss"], results[f"{last}:fresh:1"]["rss"]
    rep.target("whole default run: peak memory flat with corpus size (index on disk)", big <= small * 1.25 + 20,
               f"{small} MB at {first} MB of text, {big} MB at {last} MB")


def section_one_changed(rep: Report, manifest: dict[str, Any], documents: int = 10_000, runs: int = 3) -> None:
    """Pre-commit's run: one changed file checked against the index of a 10,000-document corpus."""
    folder = DATA / "whole" / f"txt-{documents}"
    source = Path(manifest["txt"])
    files = sorted(source.rglob("*.txt"))[:documents]
    if not (folder / "corpuslint.yaml").is_file():
        for f in files:
            dest = folder / f.relative_to(source)
            dest.parent.mkdir(parents=True, exist_ok=True)
            if not dest.exists():
                shutil.copyfile(f, dest)
        (folder / "corpuslint.yaml").write_text("respect-gitignore: false\n", encoding="utf-8")
    # the index is built once and kept (the folder is git-ignored data): building it checks 10,000
    # documents, a minute on a busy machine, and this section measures the run after one edit
    built = folder / ".corpuslint_cache" / "index.sqlite"
    wall_build = cpu_build = None
    if not built.is_file() or os.environ.get("CORPUSLINT_BENCH_REBUILD"):
        build = cli_command("check", ".", "--no-cache", "--output-format", "json", "-o", str(RESULTS / "one.json"))
        wall_build, _rss, _code = run_measured(build, cwd=str(folder))
        cpu_build = CPU_SECONDS["last"]
    changed = folder / files[len(files) // 2].relative_to(source)
    original = changed.read_text(encoding="utf-8")
    # unmeasured: brings a kept index up to date (one built by an older fingerprint version is
    # rebuilt here, not in the measured runs)
    run_measured(cli_command("check", str(changed.relative_to(folder)), "--output-format", "json", "-o",
                             str(RESULTS / "one.json")), cwd=str(folder))
    walls, cpus = [], []
    try:
        for i in range(runs):
            changed.write_text(original + f"\nEdited for the benchmark ({i}).\n", encoding="utf-8")
            cmd = cli_command("check", str(changed.relative_to(folder)), "--output-format", "json", "-o",
                              str(RESULTS / "one.json"))
            wall, _rss, _code = run_measured(cmd, cwd=str(folder))
            walls.append(wall)
            cpus.append(CPU_SECONDS["last"])
    finally:
        changed.write_text(original, encoding="utf-8")
    best = min(walls)
    rep.say(f"\n## One changed file against the index of {len(files):,} documents (`{os.path.relpath(folder, ROOT)}`)\n")
    if wall_build is None:
        rep.say(f"- that index was built by an earlier run and kept (`{os.path.relpath(built, ROOT)}`; "
                "CORPUSLINT_BENCH_REBUILD=1 builds it again)")
    else:
        rep.say(f"- building that index (`corpuslint check . --no-cache`, every default rule): {wall_build:.1f} s "
                f"wall, {cpu_build:.1f} s CPU")
    rep.say(f"- `corpuslint check {changed.relative_to(folder)}` after changing it, {runs} runs: best {best:.2f} s "
            f"wall (all: {', '.join(f'{w:.2f}' for w in walls)}), CPU {min(cpus):.2f} s")
    rep.data["one_changed"] = {"walls": walls, "cpus": cpus, "build_wall": wall_build, "build_cpu": cpu_build}
    rep.target(f"one changed file against an indexed {len(files):,}-document corpus < 0.5 s", best < 0.5,
               f"{best:.2f} s wall (CPU {min(cpus):.2f} s)")


def section_startup(rep: Report, manifest: dict[str, Any], runs: int) -> None:
    folder = DATA / "startup"  # alone in its folder: the corpus index covers only this file
    folder.mkdir(parents=True, exist_ok=True)
    one = folder / "one.txt"
    first = next(Path(manifest["txt"]).rglob("*.txt"))
    one.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    load = wait_for_quiet()
    rep.say(f"\n## Start-up: `corpuslint check one.txt` ({one.stat().st_size:,} bytes), {runs} runs each "
            f"(load average {load:.1f} before)\n")
    medians = {}
    for label, args in (("as pre-commit runs it (result cache and corpus index warm)", ["--isolated"]),
                        ("cold: `--no-cache --no-index`, every rule runs", ["--isolated", "--no-cache", "--no-index"])):
        walls = []
        run_measured(cli_command("check", "one.txt", *args), cwd=str(folder))  # warm the caches
        for _ in range(runs):
            wall, _rss, _code = run_measured(cli_command("check", "one.txt", *args), cwd=str(folder))
            walls.append(wall)
        medians[label] = median = statistics.median(walls)
        rep.say(f"- {label}: median {median * 1000:.0f} ms (best {min(walls) * 1000:.0f}, "
                f"worst {max(walls) * 1000:.0f}); `corpuslint check one.txt {' '.join(args)}`")
    warm, cold = medians.values()
    rep.target("start-up `corpuslint check one-file.txt` < 250 ms", warm < 0.25 and cold < 0.25,
               f"median {warm * 1000:.0f} ms warm, {cold * 1000:.0f} ms cold")
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "corpuslint.cli", "check", "one.txt",
                           "--isolated", "--no-cache", "--no-index"], cwd=str(folder), capture_output=True, text=True)
    rows = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m:
            rows.append((int(m.group(2)), int(m.group(1)), (len(m.group(3)) - 1) // 2, m.group(4)))
    total = sum(c for c, _s, depth, _n in rows if depth == 0)
    rep.say(f"\nImport-time profile (`python -X importtime -m corpuslint.cli check one.txt --isolated --no-cache "
            f"--no-index`): {total / 1000:.0f} ms of imports in all; every import over 4 ms cumulative, nested "
            "as imported (corpuslint's own modules, and the libraries they pull in):\n")
    for cumulative, self_us, depth, name in _import_tree(rows):
        rep.say(f"{'  ' * depth}- {name}: {cumulative / 1000:.1f} ms (itself {self_us / 1000:.1f})")
    rep.data["startup"] = {"medians": medians, "imports_ms": total / 1000}


def _import_tree(rows: list[tuple[int, int, int, str]], threshold: int = 4000) -> list[tuple[int, int, int, str]]:
    """-X importtime prints children before their parent; put parents first, keep the big ones."""
    out: list[tuple[int, int, int, str]] = []
    stack: list[list[tuple[int, int, int, str]]] = [[]]
    for row in rows:
        depth = row[2]
        while len(stack) <= depth + 1:
            stack.append([])
        children = stack[depth + 1]
        stack[depth + 1] = []
        stack[depth].append((row, children))  # type: ignore[arg-type]

    def walk(items, level):
        for (row, children) in items:
            if row[0] >= threshold:
                out.append((row[0], row[1], level, row[3]))
                walk(children, level + 1)

    walk(stack[0], 0)
    return out


def section_pathological(rep: Report) -> None:
    folder = DATA / "pathological"
    folder.mkdir(parents=True, exist_ok=True)
    n = 200_000
    cases = {
        "single-line-50MB.txt": None,  # written below, in chunks
        "single-line-50MB.jsonl": None,
        "single-line-8MB.txt": ("The quick brown fox jumps over the lazy dog. " * (8 * MB // 45)),
        "lt-run.txt": "<" * n,
        "lt-a-run.txt": "<a " * n,
        "amp-run.txt": "&" * n + "\n" + "&amp" * n,
        "url-run.txt": "http://" + "a" * n + "\n" + "www." + "a." * n,
        "spaces.txt": "word" + " " * n + "word\n" + "\n" * n + "end",
        "mojibake-run.txt": "Ã" * n + "\n" + "â€" * n,
        "digits.txt": "1" * n + "\n" + "1," * n,
        "repeated-words.txt": "Click here to subscribe " * (n // 4),
        "one-paragraph-lines.txt": "short line\n" * n,
        "punctuation.txt": ".-_*#=" * (n // 6),
    }
    for name, text in cases.items():
        path = folder / name
        if path.exists():
            continue
        if name == "single-line-50MB.txt":
            with open(path, "w", encoding="utf-8") as out:
                for _ in range(50):
                    out.write("The quick brown fox jumps over the lazy dog, again and again. " * (MB // 62))
        elif name == "single-line-50MB.jsonl":
            with open(path, "w", encoding="utf-8") as out:
                out.write('{"id": "huge", "text": "')
                for _ in range(50):
                    out.write("The quick brown fox jumps over the lazy dog. " * (MB // 45))
                out.write('"}\n{"id": "after", "text": "A normal record after the huge one."}\n')
        else:
            path.write_text(text, encoding="utf-8")
    rep.say("\n## Pathological input (`corpuslint check FILE --isolated --no-cache --no-index --output-format json`, "
            "all default rules, `timeout` 2 s per rule and document)\n")
    rep.say("| input | bytes | wall s | peak RSS MB | CL9xx findings |")
    rep.say("| --- | ---: | ---: | ---: | --- |")
    worst = 0.0
    out = RESULTS / "patho.json"
    for name in cases:
        path = folder / name
        wall, rss, _code = run_measured(cli_command("check", str(path), "--isolated", "--no-cache", "--no-index",
                                                    "--output-format", "json", "-o", str(out), "--jobs", "1"))
        codes: list[str] = []
        try:
            data = json.loads(out.read_text())
            items = data if isinstance(data, list) else data.get("findings", [])
            codes = sorted({f["code"] for f in items if f["code"].startswith("CL9") and f["code"] != "CL909"})
            stopped = sorted({f["message"].split()[1] for f in items if f["code"] == "CL909"})
            if stopped:
                codes.append(f"CL909 ({', '.join(stopped)} stopped)")
        except (OSError, json.JSONDecodeError, AttributeError):
            codes = ["(no report)"]
        worst = max(worst, wall)
        rep.say(f"| {name} | {path.stat().st_size:,} | {wall:.2f} | {rss:,} | {', '.join(codes) or '-'} |")
    rep.target("no input hangs (pathological files each finish)", worst < 30,
               f"slowest {worst:.1f} s; CL908 caps size, CL909 the time per rule and document")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=100, help="text in the whole corpus (default 100)")
    parser.add_argument("--small-mb", type=float, default=10, help="text in the small corpus (default 10)")
    parser.add_argument("--peer-mb", type=float, default=4, help="text the datatrove comparison uses (default 4)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="--jobs for the scaling runs")
    parser.add_argument("--repeat", type=int, default=2, help="in-process runs: best of N (default 2)")
    parser.add_argument("--quick", action="store_true", help="a small run: 20 MB, 4 MB sample, 1 MB peers")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the corpus even if it exists")
    parser.add_argument("--whole-mb", default="10,30,100",
                        help="corpus sizes (MB of text) of the whole default run (default 10,30,100)")
    parser.add_argument("--only", default="throughput,peers,scaling,whole,changed,startup,pathological",
                        help="comma-separated sections to run")
    args = parser.parse_args(argv)
    if args.quick:
        args.size_mb, args.small_mb, args.peer_mb, args.repeat = 20, 4, 1, 1
    sections = set(args.only.split(","))
    sys.path.insert(0, str(ROOT))
    # The commands measured import corpuslint's compiled bytecode, as an installed package does:
    # with PYTHONDONTWRITEBYTECODE set (as in the shells here) and no current .pyc, each run compiled
    # the modules it imports from source again (a one-file check: 0.64 CPU s against 0.45).
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "corpuslint")], check=False,
                   stdout=subprocess.DEVNULL)

    rep = Report()
    started = time.perf_counter()
    manifest = build_corpus(args.size_mb, args.small_mb, args.rebuild)
    import platform

    from corpuslint import __version__

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "corpuslint"], cwd=ROOT, capture_output=True,
                           text=True).stdout.strip()
    rep.say("# corpuslint benchmark\n")
    rep.say(f"- command: `{' '.join(['.venv/bin/python', 'benchmarks/run.py', *(argv or sys.argv[1:])])}`")
    rep.say(f"- date: {time.strftime('%Y-%m-%d %H:%M %Z')}; corpuslint {__version__} at {commit}"
            f"{' (+ uncommitted changes in corpuslint/)' if dirty else ''}")
    rep.say(f"- machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
            f"Python {platform.python_version()}, {platform.system()} {platform.release()}")
    rep.say(f"- corpus: {manifest['documents']:,} documents, {manifest['text_bytes'] / MB:,.1f} MB of text "
            f"({manifest['jsonl_bytes'] / MB:,.1f} MB as JSONL), {manifest['copies']} varied copies of "
            f"{manifest['params']['documents']:,} real documents from `{manifest['params']['origin']}`; "
            f"small corpus {manifest['small_documents']:,} documents, {manifest['small_text_bytes'] / MB:.1f} MB")
    rep.say("- MB = 10^6 bytes of UTF-8 document text (JSON syntax and metadata not counted)")

    times: dict[str, float] = {}
    if "startup" in sections:  # first, on the idle machine: the other sections load both cores for minutes
        section_startup(rep, manifest, runs=15)
    if "throughput" in sections:
        times = section_throughput(rep, manifest, args.repeat)
        per_core = times["text_bytes"] / MB / times["full_e2e"]
        rep.target("default per-document rules ≥ 20 MB/s per core (check_file, one core)", per_core >= 20,
                   f"{per_core:.1f} MB/s")
        ratio = times["full_e2e"] / times["floor_e2e"]
        rep.target("default per-document rules ≤ 5× the floor (end to end)", ratio <= 5,
                   f"{ratio:.1f}× (in memory, rules vs the bare regex pass: "
                   f"{times['full_mem'] / times['floor_mem']:.0f}×)")
    if "peers" in sections:
        section_peers(rep, manifest, times, args.peer_mb)
    if "scaling" in sections:
        section_scaling(rep, manifest, args.jobs)
    if "whole" in sections:
        sizes = sorted(min(float(x), manifest["text_bytes"] / MB) for x in args.whole_mb.split(","))
        section_whole_run(rep, manifest, sizes, args.jobs)
    if "changed" in sections:
        section_one_changed(rep, manifest)
    if "pathological" in sections:
        section_pathological(rep)

    rep.say("\n## Targets\n")
    for name, ok, detail in rep.targets:
        rep.say(f"- {'PASS ' if ok else 'SHORT'} {name}: {detail}")
    rep.say(f"\n(benchmark took {time.perf_counter() - started:,.0f} s)")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.md").write_text("\n".join(rep.lines) + "\n", encoding="utf-8")
    (RESULTS / "latest.json").write_text(json.dumps({"targets": rep.targets, **rep.data}, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
