"""Measure `corpuslint report` on a whole corpus: build time, file size, render time in Chromium.

    python benchmarks/report.py ../shared/corpora/news.jsonl --screenshot docs/img/report.png
    python benchmarks/report.py benchmarks/data/corpus.jsonl --findings /tmp/f.jsonl   # 100 MB corpus

With `--findings` (the output of `check --output-format jsonl`), the report is built from that file
and the corpus is only read, not checked (checking 100 MB takes minutes on 2 cores). Prints one
JSON line: findings, documents, bytes, build seconds, and in Chromium the time from navigation to
the page's script done and laid out (`ready_ms`), the wall time of loading it less that of an empty
page (`load_s`, best of 3), the mean time a click on a number takes to filter the table
(`click_ms`), and any errors.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from chromium import CHROMIUM, load_seconds, probe, screenshot  # noqa: E402

from corpuslint.cli import main  # noqa: E402


def measure(paths: list[str], out: Path, findings: str | None, shot: Path | None) -> dict:
    args = ["report", *paths, "-o", str(out), "--no-index"]
    if findings:
        args += ["--from", findings]
    started = time.perf_counter()
    with redirect_stdout(io.StringIO()) as said:
        code = main(args)
    result = {"corpus": paths, "from": findings, "exit": code, "build_s": round(time.perf_counter() - started, 1),
              "bytes": out.stat().st_size, "summary": said.getvalue().strip()}
    if CHROMIUM is None:
        result["chromium"] = "not installed"
        return result
    shown = probe(out, limit=300)
    result.update(findings=shown["total"], documents=shown["documents"], embedded=shown["embedded"],
                  ready_ms=round(shown["ready_ms"]), script_ms=round(shown["script_ms"]), click_ms=round(shown["click_ms"], 1),
                  errors=shown["errors"] + shown["console"], load_s=round(load_seconds(out), 2))
    if shot:
        result["screenshot_console"] = screenshot(out, shot)
        result["screenshot"] = str(shot)
    return result


def run() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--findings", metavar="FILE", help="build from this findings file (json or jsonl)")
    parser.add_argument("-o", "--output", default="/tmp/corpuslint-report.html", help="the report to write")
    parser.add_argument("--screenshot", metavar="PNG", help="also save a screenshot of the page's top")
    args = parser.parse_args()
    result = measure(args.paths, Path(args.output), args.findings, Path(args.screenshot) if args.screenshot else None)
    print(json.dumps(result))


if __name__ == "__main__":
    run()
