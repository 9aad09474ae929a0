"""`check -`: one document (or one JSONL file's records) read from standard input, as an editor or
a pre-commit hook hands over a buffer.

`--stdin-filename NAME` names it in the findings and picks its format by extension (`.md`
Markdown, `.jsonl` records; anything else, and no name, plain text), as ruff does. Nothing is
written to disk: no index, no result cache, no sidecar. With `--fix` the fixed text goes to
stdout and the report to stderr; metadata fixes that would go to a sidecar (plain text) are not
applied. Corpus rules (duplicates, repeated paragraphs) see a corpus of this input alone.
"""

from __future__ import annotations

import sys
from typing import Any

from corpuslint.errors import UsageError
from corpuslint.fixencoding import encoding_checks
from corpuslint.fixer import file_diff, fix_documents, settle_words, unsettled_message
from corpuslint.results import FileOutcome, RuleCrash, RunResult

STDIN = "-"


def stdin_mode(paths: list[str] | None, stdin_filename: str | None) -> bool:
    """Whether the run reads standard input: `-` alone, or `--stdin-filename` (other paths are
    then ignored, with a warning, as ruff does). `-` beside other paths is a usage error: which
    of them would `--fix` write to stdout?"""
    paths = paths or []
    others = [p for p in paths if p != STDIN]
    if stdin_filename is not None:
        if not stdin_filename.strip():
            raise UsageError("--stdin-filename: give a name (its extension picks the format)")
        for path in others:
            print(f"corpuslint: warning: ignoring {path} in favor of standard input (--stdin-filename)",
                  file=sys.stderr)
        return True
    if STDIN not in paths:
        return False
    if others:
        raise UsageError(f"`-` (standard input) cannot be checked with other paths ({', '.join(others)}); "
                         "check them in another run")
    return True


def read_stdin() -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # no standard input at all (closed, or a text-only stand-in)
        return (sys.stdin.read() if sys.stdin is not None else "").encode("utf-8")
    return stream.read()


def run_stdin(linter: Any, data: bytes, name: str, result: RunResult, *, fix: bool, unsafe: bool,
              diff: bool | str) -> bytes | None:
    """Check (and with `fix`/`diff` fix) the bytes `data` as the file `name`; fill `result` as
    `Linter.run` does. Returns the fixed bytes (the input unchanged if nothing was fixed) when
    fixing, else None."""
    fmt = linter.format_for(name)
    settings = linter.read_settings
    result.fix_mode, result.unsafe_fixes, result.rules = fix or diff, unsafe, linter.all_rules
    outcome = FileOutcome(path=name, bytes=len(data))
    source = fmt.read(name, data, settings)
    problems = linter.problem_findings(name, source.problems)
    outcome.findings.extend(problems)
    outcome.documents = len(source.documents)
    if linter.corpus_rules:
        linter.build_index(doc for doc in source.documents if doc.text.strip())
    new = None
    try:
        if fix or diff:
            new = _fixed(linter, fmt, source, outcome, unsafe, review=diff == "records")
            if outcome.fixed:
                # what remains is what a check of the fixed text finds (as after a fix on disk)
                fixed_source = fmt.read(name, new, settings)
                if linter.corpus_rules:
                    linter.build_index(doc for doc in fixed_source.documents if doc.text.strip())
                outcome.findings = linter.problem_findings(name, fixed_source.problems) + [
                    f for doc in fixed_source.documents for f in linter.check_document(doc)]
                if diff:
                    outcome.diff = (diff == "records" and source.state.get("review_diff")) or file_diff(
                        name, fmt.shown_bytes(data), fmt.shown_bytes(new), source.encoding)
                else:
                    outcome.written.append(name)  # to stdout ("Fixed ... in 1 file")
        else:
            for doc in source.documents:
                outcome.findings.extend(linter.check_document(doc))
    except RuleCrash as exc:
        outcome.findings.extend(exc.findings)
        outcome.errors.extend(exc.messages)
    if _sidecar(fmt, source):
        outcome.findings = [_without_metadata_fix(f) for f in outcome.findings]
    result.add(outcome)
    return new if fix or diff else None


def _fixed(linter: Any, fmt: Any, source: Any, outcome: FileOutcome, unsafe: bool, review: bool = False) -> bytes:
    """The input's bytes with the applicable fixes applied (the input itself if none applies); with
    `review` (`--diff-format records`), the format's review diff kept in `source.state`."""
    name = source.path
    text_ok, meta_ok = encoding_checks(source)
    if _sidecar(fmt, source):
        def meta_ok(_value: str) -> bool:
            return False
    counted = outcome.documents  # (counted when read)
    new_docs, remaining, held_back, unsettled = fix_documents(
        linter, source, outcome, unsafe=unsafe, write=True, encodable=text_ok, meta_encodable=meta_ok)
    outcome.documents = counted
    outcome.findings.extend(remaining)
    if held_back:
        outcome.notes.append(f"{name}: not fixed ({held_back} fixable finding(s)): the input has a problem "
                             "(see its CL9xx finding)")
    if unsettled and (len(unsettled) == len(source.documents) or not sum(outcome.fixed.values())):
        outcome.errors.append(f"{name}: not fixed: fixes for {', '.join(unsettled)} did not settle "
                              f"{settle_words(outcome.unsettled_passes)}; please report this as a corpuslint bug")
        outcome.fixed.clear()
        return source.raw
    if unsettled:  # the other records' fixes still go in (as `fixer.fix_file`'s)
        outcome.errors.append(unsettled_message(name, unsettled, True, outcome.unsettled_passes))
    if not sum(outcome.fixed.values()):
        return source.raw
    try:
        changes = fmt.write(source, new_docs)
    except (UnicodeError, ValueError, TypeError) as exc:
        outcome.errors.append(f"{name}: not fixed: the fixed text cannot be written ({type(exc).__name__}: {exc})")
        outcome.fixed.clear()
        return source.raw
    if review:  # a JSONL input's, record by record (difflib over each changed record: only when asked)
        source.state["review_diff"] = fmt.review_diff(source, new_docs)
    return changes.get(name, source.raw)


def _sidecar(fmt: Any, source: Any) -> bool:
    """Whether the format keeps metadata in another file (a text file's sidecar), which is never
    written from standard input."""
    return any(path != source.path for path in fmt.expected_bytes(source))


def _without_metadata_fix(finding: Any) -> Any:
    """A finding whose fix sets metadata (CL504) shown without it: there is no sidecar to write."""
    if finding.fix is None or not finding.fix.metadata:
        return finding
    return finding.model_copy(update={"fix": None, "data": {
        **finding.data, "fix_withheld": "standard input has no metadata sidecar to write it to"}})
