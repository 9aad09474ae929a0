"""One run: discovery -> index refresh -> work units -> cache -> check/fix/write -> report.

The session composes the layers below it and hands each what it calls: the runner gets the
work function (corpuslint.work), the SQLite index a fingerprint function, the result cache the
run's index. It decides what "the corpus" is (`corpus_root`) and which index serves the corpus
rules. `Linter` here is the public API (`corpuslint.Linter`): the thin checking linter of
corpuslint.linter plus `fix` (one document) and `run` (the CLI's whole job).
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from itertools import groupby, islice
from operator import attrgetter
from pathlib import Path
from typing import Any

from corpuslint import __version__, api_input
from corpuslint import linter as _linter
from corpuslint.cache import ResultCache
from corpuslint.config import Config
from corpuslint.discovery import Discovery
from corpuslint.files import cache_folder, sweep_temp_files
from corpuslint.fixencoding import forget_links, unwritable_marked
from corpuslint.fixer import fix_document
from corpuslint.given import GivenLines
from corpuslint.index import INDEX_FILE, SCHEMA_VERSION, IndexProblem, MemoryIndex, SqliteIndex, warn
from corpuslint.models import Document, Finding
from corpuslint.removals import interior_warnings
from corpuslint.results import FileOutcome, FixResult, RunResult, applicable
from corpuslint.rule import CorpusRule, CorpusView, options_key
from corpuslint.runner import lean_gc, map_units, run_files, streamed, time_budget, work_units, workers_pay
from corpuslint.work import CheckWork, FingerprintWork, KeptReads, path_key

INDEX_MODES = ("persistent", "memory", "rebuild")
# passes of --fix over a corpus with corpus rules (see Session._settle); each pass is a whole run
MAX_CORPUS_PASSES = 5


class Linter(_linter.Linter):
    """Checks and fixes documents with the rules the configuration selects.

    What a data pipeline uses without the CLI: `check(documents)` on any iterable of
    `Document`s, `fix(document)` for one document; `run(paths)` is the CLI's whole job.
    """

    def __init__(self, config: Config | Mapping[str, Any] | str | os.PathLike[str] | None = None,
                 **kwargs: Any) -> None:
        """`config`: a Config (`load_config(path)`), a mapping of config keys, a config file's path,
        or None for the defaults (see corpuslint.api_input for what else is refused, and how)."""
        super().__init__(api_input.config_of(config), **kwargs)

    def check(self, documents: Iterable[Document]) -> list[Finding]:
        """Check an iterable of `Document`s (see `corpuslint.linter.Linter.check`)."""
        return super().check(api_input.documents_of(documents, self.formats))

    def fix(self, doc: Document, *, unsafe: bool = False, only: set[str] | None = None) -> FixResult:
        """Apply fixes to one document until none applies; return the new document and what changed."""
        doc = api_input.document_of(doc, self.formats, "fix(document)")
        return fix_document(self, doc, unsafe=unsafe, only=api_input.only_of(only, self.lookup))

    def run(self, paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, fix: bool = False,
            unsafe: bool = False, diff: bool = False, jobs: int | None = None, progress: Any = None,
            cache: bool = False, result: RunResult | None = None, index: str = "persistent") -> RunResult:
        """Discover, read, check (and fix) every file under `paths`: the CLI's whole job.

        `paths`: one path or several; each must exist (else the CLI's UsageError, and nothing
        is created). With `cache`, unchanged files take their findings from the result cache (see
        corpuslint.cache); fixing never does. `index`: "persistent" (the SQLite index of the
        corpus root, see `Session.corpus_index`), "memory" (`--no-index`) or "rebuild".
        """
        named = api_input.paths_of(paths)
        return Session(self, index=index, jobs=api_input.jobs_of(jobs), progress=progress).run(
            named, fix=fix, unsafe=unsafe, diff=diff, cache=cache, result=result)

    def corpus_index(self, files: list[str], paths: list[str] | None = None, jobs: int | None = None,
                     index: str = "persistent") -> CorpusView | None:
        """The index for corpus rules over `files` (see `Session.corpus_index`), now in use."""
        return Session(self, index=index, jobs=jobs).corpus_index(files, paths)


class Session:
    """One run of a linter over paths; see the module docstring."""

    def __init__(self, linter: _linter.Linter, *, index: str = "persistent", jobs: int | None = None,
                 progress: Any = None, settle: bool = True) -> None:
        if index not in INDEX_MODES:
            raise ValueError(f"index must be one of {', '.join(INDEX_MODES)}, not {index!r}")
        self.linter = linter
        self.config = linter.config
        self.index_mode = index
        self.jobs = jobs or self.config.jobs or os.cpu_count() or 1
        self.progress = progress
        self.settle = settle  # fix again until no fix applies (a pass of _settle itself does not)
        # (path, message) of each rule that crashed while fingerprinting a document
        self.collect_errors: list[tuple[str, str]] = []
        self.cache_root: str | None = None  # the corpus root of the run: where its cache folder is
        self._given: GivenLines | None = None  # the files' lines before a fix's first pass
        self._read: KeptReads | None = None  # what the collect phase read, for the check (`KeptReads`)
        self._spelled: dict[str, str] = {}  # the checked files by `path_key`: each as the check names it

    def run(self, paths: list[str], *, fix: bool = False, unsafe: bool = False, diff: bool = False,
            cache: bool = False, result: RunResult | None = None) -> RunResult:
        linter = self.linter
        started = time.perf_counter()
        self.cache_root = corpus_root(self.config, paths)  # the result cache goes beside the index
        forget_links()  # shared sidecars: each folder scanned once in this run
        discovery = Discovery(self.config, outputs_folder(self.config, paths))
        files = list(discovery.files(paths))
        result = result or RunResult()
        result.skipped = discovery.skipped
        result.notes.extend(discovery.notes())
        named = "" if self.config.force_exclude else "; name one on the command line to check it"
        if discovery.skipped["output"] and files:  # (a run that checked nothing says it in its message)
            n = discovery.skipped["output"]
            result.notes.append(f"{n} file{'s' if n != 1 else ''} not checked: reports or baselines corpuslint "
                                f"wrote (-o, --write-baseline), as written ({_some(discovery.outputs['output'])})"
                                f"{named}")
        if discovery.skipped["report"] and files:
            n = discovery.skipped["report"]
            result.notes.append(f"{n} file{'s' if n != 1 else ''} not checked: corpuslint's own reports or baselines "
                                "(known by how they begin: findings in JSON or JSON Lines, SARIF, JUnit, HTML: "
                                f"{_some(discovery.outputs['report'])}){named}")
        sweep_temp_files(discovery.temp_files, discovery.temp_folders)  # what a killed fix left
        result.fix_mode, result.unsafe_fixes, result.rules = fix or diff, unsafe, linter.all_rules
        result.corpus_rules = bool(linter.corpus_rules)
        try:
            # the collector's sweeps lean (`lean_gc`): the run makes millions of short-lived objects
            # and few cycles; at the default threshold it swept ~0.2 CPU s per 10 MB (issue 17)
            with time_budget(self.config.timeout, linter.clock), lean_gc():
                if linter.corpus_rules and files:  # nothing to check: no index (nor a cache folder) made
                    self._read = KeptReads(files) if not (fix or diff) else None
                    self.corpus_index(files, paths)
                    result.errors.extend(message for _path, message in self.collect_errors)
                if fix and not diff and linter.corpus_rules and self.settle:
                    self._given = self.given_lines(files)  # what later passes judge removals against
                check = partial(self._check, mode={"fix": fix, "unsafe": unsafe, "diff": diff})
                outcomes = self._cached(files, check, result) if cache and files and not (fix or diff) else check(files)
                if not (fix or diff):  # a fix the file cannot hold is no fix here either (as --fix says)
                    outcomes = (unwritable_marked(linter, outcome) for outcome in outcomes)
                for outcome in outcomes:
                    result.add(outcome)  # files in discovery order, each file's findings in text order
            gone = getattr(linter.index, "gone", None)
            if gone is not None and gone():
                result.notes.append(f"the corpus index {linter.index.path} was removed or replaced during the "
                                    "run (this run read the one it opened); the next run rebuilds it")
        finally:
            self._read = None
            release = getattr(linter.index, "release", None)
            if release is not None:
                release()  # the run's private link to the index (SqliteIndex.hold)
        if fix and not diff and linter.corpus_rules and result.written and result.sink is None and self.settle:
            self._settle(paths, unsafe, cache, result)
        if (fix or diff) and not linter.fixing_again:  # (a later pass over the corpus adds to this run's)
            result.removal_warnings = interior_warnings(result.removals, write=fix and not diff)
            result.notes.extend(result.removal_warnings)
        result.seconds = time.perf_counter() - started
        return result

    def _settle(self, paths: list[str], unsafe: bool, cache: bool, result: RunResult) -> None:
        """After a fix that wrote files, fix again until a check of the fixed corpus finds no
        fix to apply (at most MAX_CORPUS_PASSES passes), then report what that check found.

        A fix changes documents that other documents' corpus findings were computed against:
        with a template line gone from 16 pages, a line they share is no longer counted as part
        of near-copies, and a second run would remove it (what ruff's fix loop settles per file).
        Each pass applies only fixes of findings on the text as it then is (the fixer's own rules
        unchanged); `result.fixed` counts every applied fix once; the files of a fix that still
        applies after the last pass are named in a warning."""
        linter = self.linter
        # what the pass just made left, fix and all, it declined (a fix that would empty a
        # document, that the file cannot hold...): only fixes found anew are worth another pass
        declined = {_fix_key(f) for f in _fixable(linter, result.findings, unsafe)}
        spared: set[tuple] = set()  # found after a pass, fix and all, and left by the next (corpuslint.given)
        last = self._recheck(paths, cache, result)
        for _ in range(MAX_CORPUS_PASSES - 1):
            if not [f for f in _fixable(linter, last, unsafe) if _fix_key(f) not in declined]:
                break
            again = _Pass()
            linter.fixing_again, linter.given_lines, linter.held = True, self._given, result.held
            try:
                Session(linter, index=self.index_mode, jobs=self.jobs, settle=False).run(
                    paths, fix=True, unsafe=unsafe, result=again)
            finally:
                linter.fixing_again, linter.given_lines, linter.held = False, None, set()
            already = set(result.written)
            result.fixed.update(again.fixed)
            result.removals.extend(again.removals)
            result.fixed_files += len(again.touched - already)
            result.written.extend(again.written)
            result.errors.extend(e for e in again.errors if e not in result.errors)
            result.notes.extend(n for n in again.notes if n not in result.notes)
            new = {_fix_key(f) for f in _fixable(linter, again.findings, unsafe)} - declined
            spared |= new
            result.held.update(again.held)
            if not again.written:
                break  # what is left cannot be applied (refused, unwritable, spared): it stays reported
            declined |= new
            last = self._recheck(paths, cache, result)
        else:
            left = [f for f in _fixable(linter, last, unsafe) if _fix_key(f) not in declined]
            if left:
                files = sorted({f.path for f in left})
                result.notes.append(f"--fix did not settle after {MAX_CORPUS_PASSES} passes over the corpus: "
                                    f"{_fixes(len(left))} still apply, each found only after the last pass "
                                    f"(in {_some(files)}); review them with `--diff`, then run `{_run(result)}` again")
        self._spared_note(result, [f for f in _fixable(linter, last, unsafe) if _fix_key(f) in spared])

    def given_lines(self, files: list[str]) -> GivenLines:
        """Each file's lines before the fix's first pass (see corpuslint.given)."""
        given = GivenLines()
        for path in files:
            try:
                items = self.linter.format_for(path).iter_documents(path, self.linter.read_settings)
                given.add(path, (item for item in items if isinstance(item, Document)))
            except (OSError, ValueError):
                continue  # unreadable: the check reports it, and no pass writes it
        return given

    @staticmethod
    def _spared_note(result: RunResult, left: list[Finding]) -> None:
        if left:
            files = sorted({f.path for f in left})
            result.notes.append(
                f"--fix left {_fixes(len(left))} unapplied: found only after its removals changed their lines' "
                f"neighbours or counts (in {_some(files)}); review them with `--diff`, then run `{_run(result)}` again")

    def _recheck(self, paths: list[str], cache: bool, result: RunResult) -> list[Finding]:
        """What remains is what a fresh check of the fixed corpus reports: a fix changes documents
        that other documents' corpus findings (duplicates, repeated paragraphs) were computed
        against, so the fix pass's own account of them is stale (on the 2,000 dev documents it said
        18 duplicate documents where a check then found 25). Only run when corpus rules are on and
        something was written. Returns every finding of that check, a baseline's known ones too
        (a fix applies them all)."""
        for keep in result.filters:
            if hasattr(keep, "reset"):
                keep.reset()  # a baseline matches the check's findings afresh
        fresh = RunResult()
        Session(self.linter, index=self.index_mode, jobs=self.jobs).run(paths, cache=cache, result=fresh)
        shown = RunResult(filters=result.filters)
        for _path, findings in groupby(fresh.findings, key=attrgetter("path")):
            shown.add(FileOutcome(path="", findings=list(findings), part=1))
        result.findings, result.tally = shown.findings, shown.tally
        result.errors.extend(e for e in fresh.errors if e not in result.errors)
        result.notes.extend(n for n in fresh.notes if n not in result.notes)
        return fresh.findings

    # -- work units, in worker processes when that pays -----------------------------------

    def _splittable(self, path: str) -> bool:
        from corpuslint.formats.base import splittable

        return splittable(self.linter.format_for(path))

    def _parallel(self, files: list[str], can_split: bool) -> bool:
        # a plugin's rules may hold what a forked worker cannot share: they run in this process
        return not self.linter.plugins and workers_pay(files, self.jobs, self._splittable if can_split else None)

    def _check(self, files: list[str], mode: dict[str, bool]) -> Iterator[FileOutcome]:
        """Each file's outcome (a large JSONL file checked, not fixed: one per byte range)."""
        work = CheckWork(self.linter, files=files, read=self._read, **mode)
        can_split = not (mode["fix"] or mode["diff"])  # a fix rewrites the whole file: one worker owns it
        splittable = self._splittable if can_split else None
        if self._parallel(files, can_split):
            return run_files(work_units(files, self.jobs, splittable), work, jobs=self.jobs, progress=self.progress)
        return run_files(work_units(files, 1, splittable), work, progress=self.progress)

    def _cached(self, files: list[str], check: Callable[[list[str]], Iterable[FileOutcome]],
                result: RunResult) -> Iterator[FileOutcome]:
        """The outcome of every file: from the result cache where it answers, else from `check(files)`."""
        cache = ResultCache.open(self.linter, index=self.linter.index, root=self.cache_root,
                                 streamed=lambda path: streamed(path, self._splittable))
        if cache is None:
            yield from check(files)
            return
        hits, todo = cache.partition(files, recheck_stale=self.jobs > 1)
        # in the files' order, as without the cache: a report must not depend on what was cached
        order = {path: i for i, path in enumerate(files)}
        waiting = 0
        for outcome in check(todo) if todo else ():
            place = order.get(outcome.path, len(files))
            while waiting < len(hits) and order.get(hits[waiting].path, -1) < place:
                yield hits[waiting]
                waiting += 1
            cache.store(outcome)
            yield outcome
        yield from hits[waiting:]
        cache.save()
        result.cache_stats = {"hits": cache.hits, "misses": cache.misses}

    # -- the corpus index -----------------------------------------------------------------

    def fingerprints(self, files: list[str], rules: list[CorpusRule]) -> Iterator[tuple[str, list, bool]]:
        """The collect phase over `files`: (path, its documents' `add_rows` calls, whether a rule
        crashed on it) in file order (a large JSONL file: one item per byte range), computed in
        worker processes when that pays; each crash is kept in `collect_errors`.

        Building the index of a corpus took as long as checking it, on one core: 10 MB of JSONL,
        5 s of fingerprints before the workers started. The rules keep their document features
        for the check that follows: here, or handed over by the workers to this process, from
        which the check's workers are forked.

        A checked file is read under the check's spelling of its path (`spelled`; the index names
        it relative to the working folder when near, the user may have named it absolutely): its
        documents are then those the check reads (their paths and path-made ids, the collect
        phase's timeouts and crashes), and what the collect phase read is the check's to take
        (`KeptReads`); the index is told the path it named.
        """
        reading = [self._spelled.get(path_key(path), path) for path in files]
        named = dict(zip(reading, files))  # the path the index named each by
        files = reading
        if self._parallel(files, True):
            done = map_units(work_units(files, self.jobs, self._splittable),
                             FingerprintWork(self.linter, rules, keep=True, hand_over=True), self.jobs)
        else:  # a large JSONL file in ranges here too: one range's fingerprints in memory at a time
            done = map_units(work_units(files, 1, self._splittable),
                             FingerprintWork(self.linter, rules, keep=True, read=self._read))
        for _unit, items in done:
            for path, adds, crashed, *handed in items:
                for i, data in handed[0] if handed else ():
                    rules[i].take_over(data)  # for the check's workers, forked from here
                for entry in crashed:
                    if isinstance(entry, _linter.CollectTimeout):
                        self.linter.note_collect_timeout(entry)  # a CL909 of the document's check
                    else:
                        self.collect_errors.append(entry)
                # (a file a rule timed out on is, as one it crashed on, read again by the next run)
                yield named.get(path, path), adds, bool(crashed)

    def corpus_index(self, files: list[str], paths: list[str] | None = None) -> CorpusView | None:
        """The index for corpus rules, which the linter then uses (see corpuslint.index).

        By default the persistent SQLite index of the whole corpus root (`corpus_root`),
        refreshed for what changed; with index "memory" (`--no-index`) an in-memory index of
        `files` only, and with "rebuild" (`--rebuild-index`) the persistent one built afresh.
        """
        self.collect_errors.clear()
        self._spelled = {path_key(path): path for path in files}
        linter = self.linter
        linter.collect_timeouts.clear()
        if self.index_mode != "memory" and paths is not None:
            try:
                index = self.persistent_index(paths, files, rebuild=self.index_mode == "rebuild")
                linter.use_index(index)
                return index
            except Exception as exc:  # an unusable cache must not stop the check
                if os.environ.get("CORPUSLINT_DEBUG"):
                    raise
                print(f"corpuslint: warning: corpus index unavailable ({type(exc).__name__}: {exc}); "
                      "comparing the checked files with each other only", file=sys.stderr)
        documents = (item for path in files
                     for item in linter.format_for(path).iter_documents(path, linter.read_settings)
                     if isinstance(item, Document))
        if len(list(islice(documents, 2))) < 2:
            # One document has nothing to compare with (every corpus rule needs a text in two
            # documents or more): no index, so the corpus rules do not run. Saves fingerprinting
            # it, ~40 ms of `corpuslint check one.txt --no-index`.
            linter.use_index(None)
            return None
        memory = MemoryIndex()
        for _path, adds, _crashed in self.fingerprints(files, linter.corpus_rules):
            for add in adds:
                memory.add_rows(*add)
        linter.use_index(memory)
        return memory

    def persistent_index(self, paths: list[str], files: list[str], *, rebuild: bool = False) -> SqliteIndex:
        """Open (or build) the corpus index of the run's corpus root and bring it up to date."""
        config = self.config
        root = corpus_root(config, paths)
        cache = Path(config.cache_dir)
        if not cache.is_absolute():
            cache = Path(root) / cache
        # every corpus rule's fingerprints, selected or not: see RuleSet.collectors
        rules = self.linter.ruleset.collectors()
        index = SqliteIndex(cache / INDEX_FILE, root, stamp=index_stamp(config, rules))
        discovery = Discovery(config, outputs_folder(config, paths))
        try:
            for attempt in range(2):
                try:
                    index.open(rebuild=rebuild or attempt > 0)
                    index.refresh(discovery, files, fingerprint=lambda todo: self.fingerprints(todo, rules),
                                  sidecar_suffix=config.sidecar_suffix)
                    index.limit_to(files)  # a partial run's duplicates go to its checked side (CL411)
                    index.hold()  # workers read it through this descriptor, even if the file goes
                    return index
                except IndexProblem as exc:
                    if attempt:
                        raise
                    warn(f"the corpus index {index.path} {exc}; rebuilding it")
                    index.abandon()
        except BaseException:
            index.close()  # its lock too (corpuslint.index_lock)
            raise
        return index


# -- what "the corpus" is ---------------------------------------------------------------------

def _some(paths: list[str]) -> str:
    """Up to five of `paths`, and how many others."""
    more = len(paths) - 5
    return ", ".join(paths[:5]) + (f" and {more} other{'s' if more != 1 else ''}" if more > 0 else "")


def outputs_folder(config: Config, paths: list[str]) -> str:
    """The cache folder of a run over `paths` (beside its index and result cache): where the
    reports and baselines it writes are recorded and read (files.record_outputs; review18 #2:
    they went to the config folder's, the current folder without a config, so a run from another
    folder checked them again, and a second cache folder appeared)."""
    return cache_folder(corpus_root(config, paths), config.cache_dir)


def corpus_root(config: Config, paths: list[str]) -> str:
    """What "the corpus" is when only some of its files are checked.

    The folder of the config file, when there is one. Else, when a directory is named
    (`corpuslint check corpus/`), the common folder of the named paths: the user said what the
    corpus is. Else (only files named, as pre-commit does from the repository's root) the nearest
    folder above them, up to the current one, that already holds an index, else the current
    folder, so that each commit's handful of files is compared with the same whole corpus and one
    index; never just the files' own folder.
    """
    if config.path:
        return str(Path(config.path).parent)
    cwd = os.getcwd()
    named = [os.path.abspath(p) for p in paths] or [cwd]
    folders = [p if os.path.isdir(p) else os.path.dirname(p) for p in named]
    inside = cwd.rstrip(os.sep) + os.sep
    if not any(os.path.isdir(p) for p in named) and all(f == cwd or f.startswith(inside) for f in folders):
        # the nearest enclosing folder whose index a full run built (`corpuslint check corpus/`),
        # so that checking a few files reuses it; else the current folder
        cache = config.cache_dir
        folder = Path(os.path.commonpath(folders))
        for candidate in (folder, *folder.parents):
            if (candidate / cache / INDEX_FILE).is_file():
                return str(candidate)
            if str(candidate) == cwd:
                break
        return cwd
    try:
        return os.path.commonpath(folders)
    except ValueError:
        return cwd


def index_stamp(config: Config, rules: Iterable[CorpusRule]) -> str:
    """corpuslint's version and the options of every corpus rule: what the fingerprints depend on."""
    # what the corpus is made of: changing these rebuilds the index rather than leaving it stale
    parts = [__version__, str(SCHEMA_VERSION), sys.version.split()[0],
             repr((config.walked_globs, config.exclude, config.extend_exclude, config.respect_gitignore, config.jsonl,
                   config.encoding, config.sidecar_suffix, config.max_document_bytes))]
    for rule in rules:
        version = getattr(rule, "fingerprint_version", 0)  # a rule bumps it when its fingerprints change
        parts.append(f"{rule.code}:{version}={options_key(rule.options)}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24]


class _Pass(RunResult):
    """One further pass of a fix: also the files it wrote (not their sidecars)."""

    def __init__(self) -> None:
        super().__init__()
        self.touched: set[str] = set()

    def add(self, outcome: FileOutcome) -> None:
        super().add(outcome)
        if outcome.written:
            self.touched.add(outcome.path)


def _fixes(n: int) -> str:
    return f"{n} fix{'es' if n != 1 else ''}"


def _run(result: RunResult) -> str:
    """The fix run to repeat: this one's flags."""
    return "--fix --unsafe-fixes" if result.unsafe_fixes else "--fix"


def _fix_key(finding: Finding) -> tuple:
    return finding.path, finding.record, finding.code, finding.text


def _fixable(linter: _linter.Linter, findings: list[Finding], unsafe: bool) -> list[Finding]:
    """The findings a later pass would fix: not those of a rule that judges a line by its
    neighbours (CL140), which is not asked again about the page its own fixes left (it flagged
    the article there: see Rule.fixes_first_reading_only)."""
    return [f for f in findings if applicable(f, unsafe)
            and not getattr(linter.by_code.get(f.code), "fixes_first_reading_only", False)]
