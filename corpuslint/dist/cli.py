"""`corpuslint dist check DATA --work-dir W --tasks N --buckets B --workers K`: the corpus job,
run here on datatrove's local executor, reported like `corpuslint check`.

Importing this module imports no datatrove: the parser is built without it, and the command
says how to install the extra when it is missing.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path


def add_parser(sub, positive: Callable[[str], int]) -> None:
    """`positive`: the CLI's argparse type of a whole number >= 1 (the dist layer lies below the CLI)."""
    dist = sub.add_parser("dist", help="run corpuslint as a datatrove job (needs `pip install 'corpuslint[dist]'`)",
                          description="Run corpuslint's rules, corpus rules included, as a multi-stage datatrove "
                          "job (see docs/dist.md); `check` runs it on this machine.")
    commands = dist.add_subparsers(dest="dist_command", metavar="COMMAND")
    check = commands.add_parser("check", help="check a folder with the four-stage corpus job, locally")
    check.add_argument("data", metavar="DATA", help="the folder to check (.jsonl, .txt, .md files)")
    check.add_argument("--work-dir", required=True, metavar="W",
                       help="where the stages write their files, logs and findings (reruns resume here)")
    check.add_argument("--tasks", type=positive, default=1, metavar="N", help="tasks of stages 1 and 4 (default 1)")
    check.add_argument("--buckets", type=positive, default=1, metavar="B",
                       help="buckets of stages 2 and 3 (default 1)")
    check.add_argument("--workers", type=positive, default=1, metavar="K",
                       help="tasks run at once (default 1)")
    check.add_argument("--output-format", default="text", metavar="FORMAT",
                       help="text (default), json, jsonl, or any reporter of `corpuslint check`")
    check.add_argument("--config", metavar="FILE", help="the config file (default: found from DATA upwards)")
    check.add_argument("--isolated", action="store_true", help="ignore config files")
    check.add_argument("--restart", action="store_true",
                       help="clear the job's outputs in the work folder first (after the data or settings changed)")
    check.add_argument("--allow-empty", action="store_true",
                       help="exit 0 when DATA holds no document (default: exit 2 and say so)")
    # as `corpuslint check` has them
    check.add_argument("-o", "--output-file", metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when findings remain")
    check.add_argument("--statistics", action="store_true", help="count findings per rule")
    check.add_argument("-q", "--quiet", action="store_true", help="print only the summary")
    check.add_argument("--no-source", action="store_true", help="do not show the offending text")


def cmd_dist(args: argparse.Namespace) -> int:
    from corpuslint.dist import require_datatrove
    from corpuslint.errors import UsageError

    if args.dist_command != "check":
        raise UsageError("usage: corpuslint dist check DATA --work-dir W [--tasks N --buckets B --workers K]")
    require_datatrove()
    if not Path(args.data).is_dir():
        raise UsageError(f"not a folder: {args.data}")
    # (-o: a missing folder or a folder is refused by the top-level cli's cmd_dist, before this)
    if args.output_file and not os.access(os.path.dirname(os.path.abspath(args.output_file)), os.W_OK):
        raise UsageError(f"-o/--output-file {args.output_file}: cannot write it: its folder does not exist "
                         "or is not writable")  # said before the job, not after it
    config = _config(args)
    from corpuslint.dist.job import corpus_job, findings_of
    from corpuslint.dist.reader import CorpuslintReader
    from corpuslint.dist.settings import build_linter, lean_gc, system_arrow_pool
    from corpuslint.models import Finding
    from corpuslint.results import FileOutcome, RunResult

    system_arrow_pool()  # (forked workers keep it)
    linter = build_linter(config)
    reporter_cls = linter.registry.reporters.get(args.output_format)
    if reporter_cls is None:
        from corpuslint.plugins import selection_note

        raise UsageError(f"unknown output format {args.output_format!r}; "
                         f"choose from {', '.join(sorted(linter.registry.reporters)) or 'nothing'}"
                         f"{selection_note()}")
    from corpuslint.dist.view import JobMismatch

    try:
        executors = corpus_job(CorpuslintReader(args.data, config), args.work_dir, config=config, tasks=args.tasks,
                               buckets=args.buckets, workers=args.workers, restart=args.restart)
        with _console_to(Path(args.work_dir) / "logs" / "console.log"):
            executors[-1].run()
    except JobMismatch as exc:  # a work folder of another job: the user's to resolve, not a bug
        raise UsageError(str(exc)) from None
    # the findings read back and reported with the collector's sweeps lean (`lean_gc`): a stage
    # leaves the process's heap unfrozen, and 12,800 findings set off ~190 sweeps over all of it
    # (0.5 of the 0.66 CPU s this took, at 8,000 documents), which the CLI, holding its findings,
    # never pays
    with lean_gc():
        by_path: dict[str, list[Finding]] = {}
        for line in findings_of(args.work_dir):
            finding = Finding.model_validate_json(line)
            by_path.setdefault(finding.path, []).append(finding)
        read = _read_by_stage_1(args.work_dir)  # path -> documents
        crashed = _crashes(args.work_dir)  # path -> the rules' crashes there
        result = RunResult(rules=linter.all_rules)
        # the fingerprint stage's crashes first, as `corpuslint check` says its collect phase's
        for messages in _crashes(args.work_dir, stage_1=True).values():
            result.errors.extend(messages)
        # a rule's time budget: CL909 findings on the documents, as `check` reports them (a work
        # folder of an earlier version, whose records lack the finding: a warning)
        stopped = _crashes(args.work_dir, stage_1=True, stopped=True)
        for path in sorted(set(by_path) | set(read) | set(crashed)):
            outcome = FileOutcome(path=path, documents=read.get(path, 0))
            outcome.findings = by_path.get(path, [])
            outcome.errors = crashed.get(path, [])
            result.add(outcome)
        _report(args, reporter_cls, result)
    from corpuslint.reporters.text import printable

    for messages in stopped.values():
        for message in messages:
            print(f"corpuslint: warning: {printable(message)}", file=sys.stderr)
    for error in result.errors:  # as `corpuslint check` says them, after the report: exit 2
        print(f"corpuslint: error: {printable(error)}", file=sys.stderr)
    if result.errors:
        return 2
    if not read and not result.findings and not args.allow_empty:
        # never a silent pass: as `corpuslint check`, a run that checked nothing fails
        print(f"corpuslint: error: no document to check in {args.data}; pass --allow-empty if that is expected",
              file=sys.stderr)
        return 2
    return 1 if result.findings and not args.exit_zero else 0


def _report(args: argparse.Namespace, reporter_cls, result) -> None:
    """As `corpuslint check` reports: `-o FILE` replaced whole when the report is done, or left as it was."""
    from corpuslint.errors import UsageError
    from corpuslint.files import atomic_output

    output = contextlib.ExitStack()
    try:
        stream = output.enter_context(atomic_output(args.output_file)) if args.output_file else sys.stdout
    except OSError as exc:
        raise UsageError(f"-o/--output-file {args.output_file}: cannot write it: {exc.strerror or exc}") from None
    with output:
        reporter_cls(stream, show_source=not args.no_source, quiet=args.quiet,
                     statistics=args.statistics).report(result)


def _read_by_stage_1(work_dir: str) -> dict[str, int]:
    """The files the job read, with the documents each held (from stage 1's `docs/` records)."""
    import json

    read: dict[str, int] = {}
    for record in sorted(Path(work_dir, "docs").glob("*.json")):
        data = json.loads(record.read_text(encoding="utf-8"))
        for path, count in data.get("per_file", {}).items():
            read[path] = read.get(path, 0) + count
    return read


def _crashes(work_dir: str, stage_1: bool = False, stopped: bool = False) -> dict[str, list[str]]:
    """The rules' crashes the check tasks recorded (`crashes/`, corpuslint.dist.steps), per path;
    `stage_1`: the fingerprint stage's (`crashes/fingerprints-*`, corpuslint.dist.job) instead,
    in path and then record order, as `corpuslint check` reads the files; `stopped`: the stage's
    rules stopped by their time budget instead of its crashes (those whose record has no CL909 finding
    for the check stage to report: written by an earlier version)."""
    import json

    from corpuslint.dist.atomic import finished

    crashed: dict[str, list[str]] = {}
    folder = Path(work_dir, "crashes")
    names = finished(sorted(p.name for p in folder.glob("*.json"))) if folder.is_dir() else []
    found = []
    for name in names:
        if name.startswith("fingerprints-") == stage_1:
            found += json.loads((folder / name).read_text(encoding="utf-8"))
    if stage_1:
        found.sort(key=lambda crash: (crash["path"], crash["record"] or 0))  # stable: a document's in rule order
    for crash in found:
        if bool(crash.get("stopped")) == stopped and not (stopped and crash.get("cl909")):
            crashed.setdefault(crash["path"], []).append(crash["message"])
    return crashed


def _config(args: argparse.Namespace):
    from corpuslint.config import find_config, load_config

    if args.isolated:
        return load_config(None)
    if args.config:
        return load_config(args.config)
    return load_config(find_config(Path(args.data)))


@contextlib.contextmanager
def _console_to(log: Path):
    """datatrove's tasks log to the console (each worker process its own): here they go to `log`,
    and its tail is shown if the job fails. The executor's own warnings (a worker that died holding
    no task) are said on the terminal too, one line each."""
    from corpuslint.dist.local import echo_warnings
    from corpuslint.dist.view import JobMismatch
    from corpuslint.reporters.text import printable

    log.parent.mkdir(parents=True, exist_ok=True)
    sys.stderr.flush()
    saved = os.dup(2)

    def warn(message: str) -> None:
        with contextlib.suppress(OSError):  # the terminal gone: the log has it
            os.write(saved, f"corpuslint: warning: {printable(message)}\n".encode("utf-8", "replace"))

    try:
        with open(log, "ab") as handle, echo_warnings(warn):
            os.dup2(handle.fileno(), 2)
            try:
                yield
            except JobMismatch:
                raise  # the user's to resolve, said in one message (cmd_dist)
            except Exception:
                os.dup2(saved, 2)
                tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
                print("\n".join(tail), file=sys.stderr)
                print(f"corpuslint: the job failed; its log: {log}", file=sys.stderr)
                raise
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)
