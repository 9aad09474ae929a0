"""What the command line says before a run: named paths exist, `-o FILE` can be written, and
--select/--extend-select/--ignore merged over the config's (remembering what the options gave,
so that a message can name the option or the config file)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from typing import Any

from corpuslint.api_input import check_paths  # noqa: F401  (the CLI's and the API's one check)
from corpuslint.errors import UsageError
from corpuslint.files import atomic_output


def selection(args: argparse.Namespace, config) -> dict[str, Any]:
    """--select, --extend-select and --ignore over the config's, and what the options gave (for messages)."""
    updates: dict[str, Any] = {}
    given = {}
    if args.select is not None:
        updates["select"] = given["select"] = args.select
    if args.extend_select:
        updates["extend_select"] = [*config.extend_select, *args.extend_select]
        given["extend_select"] = args.extend_select
    if args.ignore:
        updates["ignore"] = [*config.ignore, *args.ignore]
        given["ignore"] = args.ignore
    if given:
        updates["given"] = given
    return updates


def check_output_file(path: str | None, option: str = "-o/--output-file", what: str = "the report") -> None:
    """An output FILE (`-o`, `report -o`, `learn -o`, `--write-baseline`) can be created, said before
    the run rather than after it. A missing folder is refused, never created: every output option
    alike (a typo in a path should not leave folders behind)."""
    if not path:
        return
    if os.path.isdir(path):
        raise UsageError(f"{option} {path}: is a folder; name a file to write {what} to")
    folder = os.path.dirname(path) or "."
    if not os.path.isdir(folder):
        raise UsageError(f"{option} {path}: the folder {folder} does not exist (corpuslint creates no folders; "
                         "create it first)")


def record_written(args: argparse.Namespace, config) -> None:
    """A report (`-o`) or baseline (`--write-baseline`) this run wrote is no corpus document: it
    is recorded in the run's cache folder (session.outputs_folder, beside its index), and discovery
    skips it while it is as written (files.record_outputs; qa17b F10). Called once the file is
    written, never before the run: a run stopped early (Ctrl-C, an error) leaves the file it
    named as it was, still the user's, still checked (review18 #1). Only a file a later walk
    could reach is recorded (in the corpus folder, or in or at a path named): a report outside
    the corpus needs no record, and the run writes nothing into the corpus folder for it
    (reads21b r01: `--no-cache --no-index -o /elsewhere/report.json` left CORPUS/.corpuslint_cache/
    behind). A report inside the corpus is recorded with --no-cache too (as with ruff's --no-cache,
    the result cache is neither read nor written; this record is no cache): a text report is known
    as one only by it."""
    from corpuslint.files import record_outputs
    from corpuslint.session import corpus_root, outputs_folder

    reach = [os.path.realpath(path) for path in (corpus_root(config, args.paths), *args.paths)]
    outputs = [path for path in (args.output_file, getattr(args, "write_baseline", None))
               if path and _within(os.path.realpath(path), reach)]
    if outputs:
        record_outputs(outputs_folder(config, args.paths), outputs)


def _within(path: str, folders: list[str]) -> bool:
    """`path` is one of `folders` or lies under one (real paths)."""
    return any(path == folder or path.startswith(folder.rstrip(os.sep) + os.sep) for folder in folders)


def refuse_documents(outputs: dict[str, str | None], paths: list[str], config) -> None:
    """An output file (`-o`, `--write-baseline`, `report -o`; option -> path) that is one of the
    documents this run checks (a named file, or one the walk of a named folder reaches) is refused
    before the run: the report would replace the document (qa18b #2: one mistyped `-o` wiped out a
    document, unsaid). A file corpuslint wrote there itself (recorded, as written) is not refused."""
    from corpuslint.discovery import Discovery
    from corpuslint.files import output_stamp, written_outputs
    from corpuslint.session import outputs_folder

    stamps = {option: output_stamp(path) for option, path in outputs.items() if path}
    if not any(stamps.values()):
        return  # nothing there yet (or not a regular file: check_output_file's business)
    folder = outputs_folder(config, paths)
    recorded = written_outputs(folder)
    targets = {stamp[0]: option for option, stamp in stamps.items() if stamp and recorded.get(stamp[0]) != stamp[1]}
    if not targets:
        return
    found = None
    for raw in paths:
        real = os.path.realpath(raw)
        if real in targets:
            found = (raw, targets[real])
        elif os.path.isdir(real) and any(t.startswith(real.rstrip(os.sep) + os.sep) for t in targets):
            walked = (f for f in Discovery(config, folder).files([raw]) if os.path.realpath(f) in targets)
            hit = next(walked, None)
            found = (hit, targets[os.path.realpath(hit)]) if hit else None
        if found:
            raise UsageError(f"{found[1]} {outputs[found[1]]}: is one of the documents checked ({found[0]}); "
                             "writing to it would replace the document: name a file outside the corpus, or another "
                             "name (an old report corpuslint did not record: remove it first)")


@contextlib.contextmanager
def output_errors(option: str, path: str | None):
    """A write that fails after check_output_file passed (a full disk, a read-only file system): a
    one-line usage error naming the option, not an internal error."""
    try:
        yield
    except OSError as exc:
        raise UsageError(f"{option} {path}: cannot write it: {exc.strerror or exc}") from None


@contextlib.contextmanager
def report_output(option: str, path: str):
    """`-o FILE` for a report written during the run: files.atomic_output, whose every failure (opening,
    a write as the report goes out, the last flush when it closes, the rename) is output_errors' one-line
    error naming the option (exit 2), the old file left whole. A full disk once failed at the close,
    outside output_errors: "internal error ... This is a bug" (qa18b #4). Only the stream's own errors
    are named so: any other OSError of the run (a broken stdout pipe) stays what it is."""
    with output_errors(option, path):
        manager = atomic_output(path)
        stream = manager.__enter__()
    try:
        yield _NamedStream(stream, option, path)
    except BaseException:
        if not manager.__exit__(*sys.exc_info()):  # the temporary file goes; the old report stays
            raise
    else:
        with output_errors(option, path):
            manager.__exit__(None, None, None)


class _NamedStream:
    """A report stream whose failed write or flush is output_errors' message (a UsageError)."""

    def __init__(self, stream, option: str, path: str) -> None:
        self._stream, self._option, self._path = stream, option, path

    def write(self, text: str) -> int:
        with output_errors(self._option, self._path):
            return self._stream.write(text)

    def flush(self) -> None:
        with output_errors(self._option, self._path):
            self._stream.flush()

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def interrupted(args: argparse.Namespace, result, stop: KeyboardInterrupt) -> KeyboardInterrupt:
    """Ctrl-C (or SIGTERM: `stop` is errors.Terminated, kept) during a run: what --fix had already
    written is said (never silent about a change)."""
    if not (getattr(args, "fix", False) and not getattr(args, "diff", False) and result.written):
        return type(stop)()
    return type(stop)(f"--fix had already written {len(set(result.written))} file(s) or more (each whole: a "
                             "file is replaced at once or not at all; the others are as they were); run it again "
                             "to finish, or review with `git diff`")


@contextlib.contextmanager
def sigterm_as_interrupt():
    """SIGTERM is handled as Ctrl-C is (errors.Terminated, a KeyboardInterrupt): the run stops where it
    is, a file being replaced stays whole, and the command says what --fix had already written (qa18b #5:
    `timeout` and CI time limits send SIGTERM, which ended the run at once, exit 143 and silent). Only in
    the main thread (signal.signal's rule); the handler before is put back. Forked workers go back to
    the default (runner._init_worker): the main process speaks for the run."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    from corpuslint.errors import Terminated

    def stop(signum, frame):
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def empty_run(result, args: argparse.Namespace, config) -> str | None:
    """Why a run checked nothing (None if it checked something): never a silent pass."""
    if result.documents or result.tally.total:
        return None
    if result.files:
        return (f"no document was checked: the {result.files} file{'s' if result.files != 1 else ''} found "
                "held none (a JSON Lines file without records, a notebook of code cells only: no text to check)")
    skipped = getattr(result, "skipped", None) or {}
    reasons = []
    if skipped.get("include"):
        keys = "`include`/`extend-include`" if config.extend_include else "`include`"
        reasons.append(f"{skipped['include']} file(s) did not match {keys} ({', '.join(config.walked_globs)})")
    if skipped.get("include-html"):
        reasons.append(f"{skipped['include-html']} of them HTML: add `extend-include: [\"*.html\", \"*.htm\"]` to the "
                       "config to read them as HTML pages (or name them on the command line)")
    if skipped.get("exclude"):
        reasons.append(f"{skipped['exclude']} file(s) or folder(s) matched `exclude`/`extend-exclude`")
    if skipped.get("gitignore"):
        reasons.append(f"{skipped['gitignore']} file(s) or folder(s) are ignored by a .gitignore "
                       "(set `respect-gitignore: false`, or name them on the command line)")
    if skipped.get("force-exclude"):
        reasons.append(f"{skipped['force-exclude']} named path(s) are excluded and --force-exclude is on")
    # --force-exclude skips them when named too (qa19b #2: the pre-commit hooks name every staged file)
    named = ("--force-exclude skips them also when named" if config.force_exclude else
             "name one on the command line to check it")
    if skipped.get("output"):
        reasons.append(f"{skipped['output']} file(s) are reports or baselines corpuslint wrote (-o, --write-baseline): "
                       f"{named}")
    if skipped.get("report"):
        reasons.append(f"{skipped['report']} file(s) are corpuslint's own reports or baselines (known by how they "
                       f"begin): {named}")
    why = "; ".join(reasons) if reasons else "the named folders hold no files"
    return f"no file to check in {' '.join(args.paths)}: {why}"


def write_baseline(args: argparse.Namespace, linter, result) -> None:
    """--write-baseline records the findings, which then pass with --baseline; input problems
    (CL9xx: a file that cannot be read, a malformed record) are no findings to silence: reported."""
    from corpuslint import baseline
    from corpuslint.results import Tally

    kept = [f for f in result.findings if baseline.is_input_problem(f)]
    with output_errors("--write-baseline", args.write_baseline):
        n = baseline.write(args.write_baseline, result.findings, linter)
    print(f"corpuslint: {n} finding{'s' if n != 1 else ''} written to {args.write_baseline}; they pass with "
          f"--baseline {args.write_baseline}" + (f"; {len(kept)} input problem{'s' if len(kept) != 1 else ''} "
          "(CL9xx) not written but reported" if kept else ""), file=sys.stderr)
    result.findings, result.tally = kept, Tally()
    result.tally.count(kept)
