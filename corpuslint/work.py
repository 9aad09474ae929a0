"""What is done with one work unit (a batch of files, or a byte range of a large JSONL file):
check it, fix it, or fingerprint it for the corpus index.

The session builds these with the linter and hands them to the runner, which calls them here or
in forked workers; they are plain callables, so a worker inherits one whole with the fork.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING

from corpuslint.fixer import fix_file
from corpuslint.models import Document
from corpuslint.results import FileOutcome, RuleCrash
from corpuslint.rule import rows
from corpuslint.runner import FileRange, Unit, file_size

if TYPE_CHECKING:
    from corpuslint.linter import Linter


def process_file(linter: Linter, path: str, *, fix: bool, unsafe: bool, diff: bool,
                 read: KeptReads | None = None) -> FileOutcome:
    """Check (or fix) one file; a crash becomes an error of its outcome, never a traceback."""
    try:
        if fix or diff:
            return fix_file(linter, path, unsafe=unsafe, write=fix and not diff, diff=diff)
        return linter.check_file(path, read.take(path) if read is not None else None)
    except RuleCrash as exc:
        return FileOutcome(path=path, errors=exc.messages)
    except Exception as exc:  # never a traceback for one file's sake; name it and go on
        return FileOutcome(path=path, errors=[f"{path}: internal error: {type(exc).__name__}: {exc}"])


def process_range(linter: Linter, unit: FileRange, read: KeptReads | None = None) -> FileOutcome:
    """Check one range of a JSONL file: `Linter.check_file` for a part of the file."""
    outcome = FileOutcome(path=unit.path, bytes=unit.end - unit.start)
    items = read.take(unit) if read is not None else None
    if items is None:
        items = linter.format_for(unit.path).iter_range(unit.path, linter.read_settings, unit.start, unit.end,
                                                        unit.first_line, unit.first_record)
    try:
        return linter.check_items(outcome, items)
    except Exception as exc:
        outcome.errors.append(f"{unit.path}: internal error: {type(exc).__name__}: {exc}")
        return outcome


class CheckWork:
    """Check (or fix, or diff) the files of a unit: their outcomes, one by one."""

    def __init__(self, linter: Linter, *, fix: bool, unsafe: bool, diff: bool, files: Sequence[str] = (),
                 read: KeptReads | None = None) -> None:
        self.linter = linter
        self.mode = {"fix": fix, "unsafe": unsafe, "diff": diff}
        self.files = files  # the files its units hold, for the index's warm-up
        self.read = read if not (fix or diff) else None  # what the collect phase read of them

    def warm_up(self) -> None:
        """Before workers are forked: see `Linter.warm_up`, and the index's (`SqliteIndex.warm_up`)."""
        self.linter.warm_up()
        index = self.linter.index
        if index is not None:
            try:
                index.warm_up(self.files)
            except getattr(index, "failures", ()) as exc:
                self.linter.index_failed(exc)

    def __call__(self, unit: Unit) -> Iterator[FileOutcome]:
        if isinstance(unit, FileRange):
            yield process_range(self.linter, unit, self.read)
            return
        for path in unit:
            yield process_file(self.linter, path, **self.mode, read=self.read)


PREPARE_BATCH = 64  # documents the collect phase hands the corpus rules at once (`CorpusRule.prepare`)


def prepared(documents: Iterable[Document], rules: list) -> Iterator[Document]:
    """`documents` in order, each batch of `PREPARE_BATCH` handed first to every rule's
    `CorpusRule.prepare`. A rule whose `prepare` raises is not stopped by it: its `fingerprints`
    then computes each document alone, where a crash is reported with the document as always."""
    documents = iter(documents)
    while batch := list(islice(documents, PREPARE_BATCH)):
        for rule in rules:
            try:
                rule.prepare(batch)
            except Exception:  # (a bug of the rule's: see above)
                pass
        yield from batch


def path_key(path: str) -> str:
    """One spelling of a file's path for every way of naming it (relative to the working folder,
    absolute, with `.` or `..` in it): its absolute, normalised path. The index's refresh and the
    check may name one file two ways (`Session.fingerprints`)."""
    return os.path.abspath(path)


KEPT_READ_BYTES = 16 * 1024 * 1024  # of the files the collect phase keeps read for the check (see `KeptReads`)


class KeptReads:
    """What the collect phase read of the files a run then checks, in this process (`keep`), for
    the check to take (`take`) instead of reading and parsing them again: ~0.16 CPU s per 10 MB of
    JSONL, read twice when the index is built or refreshed in the run (issue 17). The items are
    the reader's, in its order (documents and input problems), each document as read (what the
    collect phase cached on it is dropped). A unit is a file, or a range of a large JSONL file (the
    check cuts the same ranges when it runs in one process, as the collect phase that keeps them
    does); one is kept only when read whole, and only within KEPT_READ_BYTES of the files' bytes
    (the rest are read again): kept, 10 MB of JSONL news cost ~3x as much memory, ~40 MB."""

    def __init__(self, checked: Iterable[str]) -> None:
        self.checked = set(checked)  # the files the run checks (a refresh reads others too)
        self._left = KEPT_READ_BYTES
        self._kept: dict[str | tuple[str, int, int], list] = {}

    @staticmethod
    def _key(unit: str | FileRange) -> str | tuple[str, int, int]:
        return (unit.path, unit.start, unit.end) if isinstance(unit, FileRange) else unit

    def keep(self, unit: str | FileRange, items: Iterable) -> Iterable:
        """`items`, passed through, to be kept once read whole if the unit fits in what is left."""
        is_range = isinstance(unit, FileRange)
        if (unit.path if is_range else unit) not in self.checked:
            return items
        size = unit.end - unit.start if is_range else file_size(unit)
        if size > self._left:
            return items
        self._left -= size
        return self._recording(self._key(unit), items)

    def _recording(self, key: str | tuple[str, int, int], items: Iterable) -> Iterator:
        found = []
        for item in items:
            found.append(item)
            yield item
        for item in found:
            if isinstance(item, Document):  # (its lines, structure and view: as a reader makes it)
                item.__pydantic_private__ = {name: attr.get_default()
                                             for name, attr in type(item).__private_attributes__.items()}
        self._kept[key] = found

    def take(self, unit: str | FileRange) -> list | None:
        """The unit's items, once (None: not kept)."""
        return self._kept.pop(self._key(unit), None)


class _Recorder:
    """Stands for an index in `Linter.collect`: records each `add` as the arguments of the real
    index's `add_rows`, to be replayed into it."""

    __slots__ = ("adds",)

    def __init__(self) -> None:
        self.adds: list[tuple[str, str, int | None, list]] = []

    def add(self, path: str, document: str, record: int | None, fingerprints) -> None:
        self.adds.append((path, document, record, rows(fingerprints)))


class FingerprintWork:
    """The collect phase for a unit: (path, the `add_rows` calls of its documents, the (path, message)
    of each rule crash) for each file of the unit, or for the range.

    `keep`: the rules keep their document features for the check that follows in this process;
    `hand_over` (a forked worker): then each item carries a fourth part, what the rules kept for
    the unit (`CorpusRule.hand_over`, as (rule's place in `rules`, data)), for the parent to give
    to `take_over`: the check's workers are forked from the parent.
    """

    def __init__(self, linter: Linter, rules: list, *, keep: bool, hand_over: bool = False,
                 read: KeptReads | None = None) -> None:
        self.linter = linter
        self.rules = rules
        self.keep = keep
        self.hand_over = hand_over
        self.read = read  # where to keep what it reads for the check (in the process that checks)

    def warm_up(self) -> None:
        """Before workers are forked: see `Linter.warm_up`, for the rules that collect."""
        self.linter.warm_up(self.rules, include_selected=False)

    def after_fork(self) -> None:
        """Once the workers are forked: the check's rules warmed here while they collect (~0.05 s
        not spent before the fork), for the check's workers forked from this process later."""
        self.linter.warm_up()

    def __call__(self, unit: Unit) -> list[tuple]:
        linter = self.linter
        out = []
        for path in ([unit.path] if isinstance(unit, FileRange) else unit):
            fmt = linter.format_for(path)
            items = (fmt.iter_range(path, linter.read_settings, unit.start, unit.end, unit.first_line,
                                    unit.first_record)
                     if isinstance(unit, FileRange) else fmt.iter_documents(path, linter.read_settings))
            if self.read is not None:
                items = self.read.keep(unit if isinstance(unit, FileRange) else path, items)
            recorder = _Recorder()
            crashed: list[tuple[str, str]] = []
            for doc in prepared((item for item in items if isinstance(item, Document)), self.rules):
                crashed += linter.collect(recorder, doc, self.rules, keep=self.keep)
            out.append((path, recorder.adds, crashed))
        if self.hand_over and out:
            kept = [(i, data) for i, rule in enumerate(self.rules) if (data := rule.hand_over()) is not None]
            out[-1] = (*out[-1], kept)
        return out
