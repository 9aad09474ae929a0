"""A cache of results for unchanged files, so a CI run on a large corpus where little changed
is fast.

Where: `<cache-dir>/results/<key>.json` (`cache-dir` is relative to the config file; the folder
gets a `.gitignore` holding `*`). The key hashes everything a finding may depend on besides
the file itself: the corpuslint version, the effective config (`Config.fingerprint()`), the
selected rules and their options, the installed plugins' versions, the source files of the
modules that define the rules, and the rule packs' files.

Per file, an entry keeps the content hash (xxh3-128) of the file (and of its metadata sidecar),
a change stamp, and its findings. A file is a hit when its content hash is unchanged. Size and
mtime alone cannot say so: `touch -d`, `cp -p`, `rsync -t` and tar restore them on changed
content. The change stamp adds the inode and the ctime, which no tool restores; a file whose
stamp is unchanged is a hit without being read, any other is read and hashed (a fresh CI clone:
every file, once). Hashing every file every run instead cost ~10% of a warm run's CPU time on
10,000 files (1.20 -> 1.32 s, benchmarks/RESULTS.md); the stamp costs nothing measurable.

Corpus rules compare a document with the whole corpus, so their findings are kept apart. With
the persistent index and the built-in corpus rules they are reused while no key of the file's
documents changed (`SqliteIndex.file_generation`); otherwise only while the corpus as a whole is
unchanged (the index's state token, or for an in-memory index every file's path, size and
mtime). Stale ones are recomputed for the file (its per-document findings still come from the
cache). `--fix` and `--diff` never use the cache. `--no-cache` turns it off.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpuslint import __version__
from corpuslint.files import RACY_NS as _RACY_NS, change_stamp, mark_cache_folder
from corpuslint.formats.text import sidecar_path
from corpuslint.index import MemoryIndex
from corpuslint.models import Document, Finding
from corpuslint.narrowing import settle_withheld
from corpuslint.results import FileOutcome
from corpuslint.rule import options_key

if TYPE_CHECKING:
    from corpuslint.linter import Linter
    from corpuslint.rule import CorpusView

FORMAT = 2  # 2: entries keyed by an xxh3-128 content hash (1: blake2b, trusted size+mtime)
KEEP_FILES = 8  # result files of other keys (configs, versions) kept before the oldest goes
UNCACHEABLE = {"CL901", "CL909"}  # an I/O error or a timeout may not happen next time
RACY_NS = _RACY_NS  # a file changed this recently is hashed again next run (see files.change_stamp)


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _stat(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _hash_file(path: str) -> str | None:
    """The file's hash, read in pieces; None if it cannot be read or is not a regular file."""
    from corpuslint.files import hash_regular

    digest = hash_regular(path)
    return digest.hex() if digest is not None else None


def _change_stamp(path: str) -> tuple[int, int, str | None] | None:
    """(size, mtime, change stamp) of a file, None if it is gone (`files.change_stamp`: None while
    the file changed less than RACY_NS ago, so the next run hashes it)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, change_stamp(st, time.time_ns(), RACY_NS)


def _content_hash(path: str) -> str | None:
    """xxh3-128 of a regular file's bytes, read in pieces (~10x faster than blake2b: the cache
    hashes every checked file every run); None if it cannot be read or is not a regular file."""
    from xxhash import xxh3_128

    from corpuslint.files import feed, open_regular

    handle, _problem = open_regular(path)
    if handle is None:
        return None
    digest = xxh3_128()
    return digest.hexdigest() if feed(digest, handle) else None


def run_key(linter: Linter) -> str:
    """Everything besides the file that the findings depend on, hashed."""
    # every source file of corpuslint (an editable install changes without a new version), and
    # the modules that define the selected rules (a plugin's)
    package = Path(__file__).parent
    files = {str(p) for p in package.rglob("*.py")}
    for rule in linter.rules:
        path = getattr(sys.modules.get(type(rule).__module__), "__file__", None)
        if path:
            files.add(str(path))
    sources = [(str(Path(f).relative_to(package)) if f.startswith(str(package)) else f, _stat(f))
               for f in sorted(files)]
    packs = [str(p) for p in linter.registry.packs] if linter.config.builtin_packs else []
    packs += [str(linter.config.root / p) for p in linter.config.packs]
    data = {
        "format": FORMAT,
        "version": __version__,
        "python": sys.version_info[:2],
        "config": linter.config.fingerprint(),
        "root": str(linter.config.root.resolve()),
        "cwd": os.getcwd(),  # paths in findings (and in related places) are relative to it
        "rules": sorted((r.code, type(r).__module__, type(r).__qualname__,
                         options_key(r.options))
                        for r in linter.rules),
        "plugins": sorted((p.name, p.module, p.version or "") for p in linter.registry.plugins),
        "sources": sources,
        "packs": [(p, _stat(p), _hash_file(p)) for p in sorted(packs)],
    }
    return _digest(json.dumps(data, sort_keys=True, default=str).encode())


class ResultCache:
    """The cached results of one run key; see the module docstring.

    Handed what it depends on: the linter (to read and check a file's documents again), the
    corpus index the run checks against, and `streamed(path)`: whether a file is checked in
    byte ranges (its findings stream out, so it is never cached).
    """

    def __init__(self, linter: Linter, folder: Path, *, index: CorpusView | None = None,
                 streamed: Callable[[str], bool] = lambda path: False) -> None:
        self.linter = linter
        self.index = index
        self.streamed = streamed
        self.folder = folder
        self.key = run_key(linter)
        self.file = folder / "results" / f"{self.key}.json"
        self.entries: dict[str, dict[str, Any]] = {}
        self.corpus_codes = {r.code for r in linter.corpus_rules}
        self.corpus_state: str | None = ""
        self.recheck_stale = False
        self.fine: tuple[str, int] | None = None  # the SQLite index's (epoch, generation), see _corpus_valid
        self.pending: dict[str, dict[str, Any]] = {}  # path -> its state before it was checked
        self.hits = self.misses = 0
        self.changed = False
        self._load()

    @classmethod
    def open(cls, linter: Linter, *, index: CorpusView | None = None,
             streamed: Callable[[str], bool] = lambda path: False, root: str | None = None) -> ResultCache | None:
        """The result cache in the cache folder of `root` (the corpus root: beside the corpus
        index, one cache folder per corpus), else of the config's folder."""
        folder = Path(linter.config.cache_dir)
        if not folder.is_absolute():
            folder = Path(root or linter.config.root) / folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
            mark_cache_folder(str(folder))
        except OSError:
            return None  # a read-only checkout: run without a cache
        return cls(linter, folder, index=index, streamed=streamed)

    def _load(self) -> None:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(data, dict) and data.get("key") == self.key:
            self.entries = data.get("files", {})

    # -- the run's side ------------------------------------------------------------------

    def _deps(self, path: str) -> list[str]:
        """The files whose content the findings of `path` depend on: it, and its sidecar."""
        absolute = os.path.abspath(path)
        deps = [absolute]
        if self.linter.format_for(path).name == "text":
            deps.append(sidecar_path(absolute, self.linter.read_settings.sidecar_suffix))
        return deps

    def _state(self, deps: list[str], entry: dict[str, Any] | None) -> tuple[list, bool]:
        """The current (path, size, mtime, hash, change stamp) of each dep, and whether it matches
        `entry`: a dep whose change stamp differs is hashed, and the hash decides."""
        state, same = [], entry is not None
        old = {d[0]: d for d in entry["deps"]} if entry else {}
        for dep in deps:
            st = _change_stamp(dep)
            prev = old.get(dep)
            if st is None:
                state.append([dep, None, None, None, None])
                same = same and prev is not None and prev[1] is None
                continue
            size, mtime, stamp = st
            if prev is not None and stamp is not None and prev[4] == stamp:
                state.append([dep, size, mtime, prev[3], stamp])
                continue
            digest = _content_hash(dep)
            state.append([dep, size, mtime, digest, stamp])
            if prev is None or digest is None or prev[3] != digest:
                same = False
            elif prev[4] != stamp:
                self.changed = True  # same content, new stamp (a fresh clone): remember the stamp
        return state, same

    def _corpus_state(self, files: list[str]) -> str | None:
        """What the corpus rules' findings depend on besides the file: the index's state.

        An index that can say its state (`state()`) is asked; an in-memory index holds exactly
        the files of the run, so their paths, sizes and mtimes stand for it. Any other index
        (None): corpus findings are recomputed every run; only per-document ones are reused.
        """
        if not self.corpus_codes:
            return ""
        index = self.index
        state = getattr(index, "state", None)
        if callable(state):
            return str(state())
        conn = getattr(index, "conn", None)  # the persistent SQLite index: its files and their hashes
        if conn is not None and hasattr(conn, "execute"):
            try:
                digest = hashlib.blake2b(str(getattr(index, "stamp", "")).encode(), digest_size=16)
                for rel, content in conn.execute("SELECT path, hash FROM files ORDER BY path"):
                    digest.update(rel.encode("utf-8", "surrogateescape") + b"\0" + bytes(content or b"") + b"\0")
                return digest.hexdigest()
            except Exception:
                return None
        if type(index) is MemoryIndex:  # by content, as the files' own entries (see _state)
            stats = []  # each file's change stamp, or its content when that is unreliable (see _state)
            for path in map(os.path.abspath, files):
                st = _change_stamp(path)
                stats.append((path, st if st is None or st[2] else _content_hash(path)))
            return _digest(json.dumps(sorted(stats)).encode())
        return None

    def _index_generation(self) -> tuple[str, int] | None:
        """The SQLite index's (epoch, generation), when corpus findings may be judged per file.

        The built-in corpus rules read only the index entries of a document's own keys, so their
        findings for a file stay valid while none of those keys changed; a plugin's may read
        others, and then only the corpus as a whole tells.
        """
        index = self.index
        if self.corpus_codes and hasattr(index, "file_generation") and all(
                type(r).__module__.startswith("corpuslint.") for r in self.linter.corpus_rules):
            return index.generation()
        return None

    def partition(self, files: list[str], *, recheck_stale: bool = False) -> tuple[list[FileOutcome], list[str]]:
        """Outcomes of the files the cache answers, and the files left to check.

        A file whose corpus findings are stale (the corpus changed) but whose own are not gets its
        corpus findings computed here, in this process; with `recheck_stale` it is checked again
        instead, with the files left to check: in worker processes that is faster on two cores
        or more, although the per-document rules run again too (they are ~1/4 of the work).
        """
        self.corpus_state = self._corpus_state(files)
        self.fine = self._index_generation()
        self.recheck_stale = recheck_stale
        outcomes, todo = [], []
        for path in files:
            if self.streamed(path):
                todo.append(path)  # checked in ranges whose findings stream out: not cached
                continue
            deps = self._deps(path)
            entry = self.entries.get(deps[0])
            state, same = self._state(deps, entry)
            if same and entry is not None:
                outcome = self._outcome(path, entry)
                if outcome is not None:
                    entry["deps"] = state
                    outcomes.append(outcome)
                    self.hits += 1
                    continue
            self.pending[path] = {"deps": state}
            todo.append(path)
            self.misses += 1
        return outcomes, todo

    def _outcome(self, path: str, entry: dict[str, Any]) -> FileOutcome | None:
        findings = [self._finding(item, path) for item in entry["findings"]]
        if self.corpus_codes:
            if self._corpus_valid(path, entry):
                findings += [self._finding(item, path) for item in entry["corpus"]]
            elif self.recheck_stale:
                return None
            else:
                try:
                    findings += self._corpus_findings(path, findings)
                except Exception:
                    return None  # let the normal path report it
                entry["corpus"] = [self._dump(f, path) for f in findings if f.code in self.corpus_codes]
                entry.update(self._corpus_stamp())
                self.changed = True
            findings = self.linter.resolve(findings)  # a catch-all finding under a specific one goes
            findings.sort(key=lambda f: (f.record or 0, f.offset, f.code))
        return FileOutcome(path=path, findings=findings, documents=entry["documents"], bytes=entry["bytes"])

    def _corpus_stamp(self) -> dict[str, Any]:
        """What cached corpus findings were computed against (see `_corpus_valid`)."""
        epoch, generation = self.fine or (None, None)
        return {"corpus_state": self.corpus_state, "corpus_epoch": epoch, "corpus_gen": generation,
                "corpus_scope": self._scope()}

    def _scope(self) -> str:
        """The checked files of a partial run ("" in a full one): which of two copies is reported
        depends on them (see corpuslint.scope), so corpus findings hold in the same scope only."""
        scope = getattr(self.index, "scope", None)
        return "" if scope is None else scope.key

    def _corpus_valid(self, path: str, entry: dict[str, Any]) -> bool:
        """Whether a file's cached corpus findings still hold: the corpus is the same, or (the
        SQLite index) no key of the file's documents changed since they were computed; in the
        same scope (the same checked files of a partial run, or a full run) either way."""
        if entry.get("corpus_scope", "") != self._scope():
            return False
        if self.corpus_state is not None and entry.get("corpus_state") == self.corpus_state:
            return True
        if self.fine is None or entry.get("corpus_epoch") != self.fine[0] or entry.get("corpus_gen") is None:
            return False
        try:
            changed = self.index.file_generation(path)
        except Exception:
            return False
        return changed is not None and changed <= entry["corpus_gen"]

    def _corpus_findings(self, path: str, own: list[Finding]) -> list[Finding]:
        """The corpus rules' findings for the documents of one file (`own`, the others, come cached), a
        removal withheld as part of a block settled with the document's others as a check settles it
        (`narrowing.settle_withheld`: taken by a run, or narrowed)."""
        linter = self.linter
        out: list[Finding] = []
        for doc in linter.format_for(path).iter_documents(path, linter.read_settings):
            if isinstance(doc, Document) and self.index is not None:
                found = linter.corpus_findings(doc)
                if any(f._withheld is not None for f in found):
                    mine = [f for f in own if f.record == doc.origin.record and f.document == doc.id]
                    settle_withheld(doc, linter.resolve(mine + found))  # (what stays of them, as `check_document`)
                out.extend(found)
        return out

    def store(self, outcome: FileOutcome) -> None:
        """Remember a checked file's findings, if it did not change while it was checked."""
        pending = self.pending.pop(outcome.path, None)
        if pending is None or outcome.errors or any(f.code in UNCACHEABLE for f in outcome.findings):
            return
        deps = [d[0] for d in pending["deps"]]
        now = [[d, *(_stat(d) or (None, None))] for d in deps]
        if any(n[1:] != p[1:3] for n, p in zip(now, pending["deps"])):
            return  # changed under us
        path = outcome.path
        self.entries[deps[0]] = {
            "deps": pending["deps"],
            "documents": outcome.documents,
            "bytes": outcome.bytes,
            "findings": [self._dump(f, path) for f in outcome.findings if f.code not in self.corpus_codes],
            "corpus": [self._dump(f, path) for f in outcome.findings if f.code in self.corpus_codes],
            **self._corpus_stamp(),
        }
        self.changed = True

    @staticmethod
    def _dump(finding: Finding, path: str) -> dict[str, Any]:
        """A finding as JSON, its path relative to the file as named (None: the file itself), so
        that `corpus/a.txt` and `./corpus/a.txt` both get back the path they would have had."""
        data = finding.model_dump(mode="json")
        data["path"] = None if finding.path == path else os.path.relpath(finding.path, os.path.dirname(path) or ".")
        if finding.document == path:  # a file's document is named by the path too
            data["document"] = None
            data["document_is_path"] = True
        return data

    @staticmethod
    def _finding(data: dict[str, Any], path: str) -> Finding:
        data = dict(data)
        data["path"] = path if data["path"] is None else os.path.join(os.path.dirname(path), data["path"])
        if data.pop("document_is_path", False):
            data["document"] = path
        return Finding.model_validate(data)

    def save(self) -> None:
        if not self.changed:
            return
        data = {"key": self.key, "corpuslint": __version__, "files": self.entries}
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=".results-", suffix=".tmp", dir=self.file.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
            os.replace(temp, self.file)
            others = sorted((p for p in self.file.parent.glob("*.json") if p != self.file),
                            key=lambda p: p.stat().st_mtime, reverse=True)
            for old in others[KEEP_FILES - 1:]:
                old.unlink(missing_ok=True)
        except OSError:
            pass  # a cache that cannot be written costs time, never correctness
        self.changed = False
