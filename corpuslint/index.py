"""The corpus index: fingerprints of every document, for corpus rules to count and locate.

Two implementations of the same `CorpusView` (see corpuslint.rule):

* `MemoryIndex` (corpuslint.memory_index) serves one run over the documents at hand (the library
  API, `--no-index`).
* `SqliteIndex` persists between runs in `<cache-dir>/index.sqlite` (stdlib `sqlite3`), so that a
  run on the three files pre-commit passes still compares them with the whole corpus: the
  corpus root is walked, each file is checked by its change stamp (size, mtime, ctime, inode: the
  result cache's; then by content hash), and only new or changed files are read and
  fingerprinted; a file that is gone leaves the index. An index written by another corpuslint
  version or another corpus-rule configuration, or one that sqlite cannot read, is rebuilt with a
  warning, never trusted.

Both hold fingerprints, never texts. In SQLite a document costs one `docs` row and one `fps`
row per distinct fingerprint: an 8-byte key, the document number, the line, and the rule's short
payload (17 characters for a line or paragraph); its long ones (the MinHash signature, ~350
characters, and its packed features) stand in `longv`, in document order (corpuslint.index_rows).
What a run's check asks of it (counts, occurrences, values, kept in bulk) is corpuslint.index_reads'.
Memory during a run stays bounded: files are fingerprinted one at a time and the rules keep only
small per-key caches. Its size and speed are measured in docs/benchmarks.md.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpuslint.corpus_walk import Stamp, Walker as _Walker, chain as _chain, digest as _digest, stamp as _stat, unchanged as _unchanged
from corpuslint.files import TEMP_PREFIX, mark_cache_folder, sweep_temp_files
# (fp_key and MemoryIndex: the index module's callers import them from here)
from corpuslint.index_lock import IndexLock, remove_database, replace_database, write_copy
from corpuslint.index_reads import IndexReads
from corpuslint.index_rows import SCHEMA as _SCHEMA, KeyReader, RepeatedRows, Writer as _Writer, fp_key  # noqa: F401
from corpuslint.memory_index import MemoryIndex  # noqa: F401
from corpuslint.scope import CheckedScope, Scoped

if TYPE_CHECKING:
    from corpuslint.discovery import Discovery

# What a refresh is handed to fingerprint the files it reads: for each file (in any order), its
# path, the `add` calls of its documents, and whether a rule crashed on it.
Fingerprinter = Callable[[list[str]], Iterable[tuple[str, list, bool]]]

SCHEMA_VERSION = 6  # 4: xxHash keys, docs by (file, record); 5: long values in `longv`; 6: files' change stamps
INDEX_FILE = "index.sqlite"
WRITE_BATCH_DOCUMENTS = 250  # documents written per transaction while refreshing (small: see `refresh`)
WRITE_CACHE_KIB = 32 * 1024  # SQLite's page cache while a refresh writes (the default is 2 MB)
READ_CACHE_KIB = 16 * 1024  # ... and while a run's check reads (per process; see `conn`)


# -- the persistent index ---------------------------------------------------------------------

class IndexProblem(Exception):
    """The index file cannot be trusted (corrupt, foreign version or configuration)."""


class SqliteIndex(IndexReads, Scoped):
    """A persistent `CorpusView` over every document under a corpus root.

    Paths are stored relative to `root` and given back relative to the working directory, as
    the checked files are named.
    """
    answers_any_key = True  # see MemoryIndex
    failures = (sqlite3.Error,)  # its errors while a run checks: the index is lost (Linter.corpus_findings)

    def __init__(self, path: str | os.PathLike[str], root: str | os.PathLike[str], *, stamp: str = "") -> None:
        self.path = Path(path)
        self.root = os.path.abspath(root)
        self.stamp = stamp  # corpuslint version + corpus-rule configuration
        self._conn: sqlite3.Connection | None = None
        self._pid = 0
        self._held: int | None = None  # a descriptor of the index file, held from the refresh on
        self._held_path: str | None = None  # the run's private link to it, which workers read (`hold`)
        self._held_pid = 0  # the process that holds them
        self._lock = IndexLock(self.path.parent)  # see corpuslint.index_lock
        self._doc_count: int | None = None
        self._display: dict[str, str] = {}
        self._changing: int | None = None  # the generation a refresh records changed keys with
        self._counts: dict[int, int] = {}  # fp key -> documents carrying it (see `prefetch_counts`)
        self._repeated, self._prefetched = False, 0  # see `_repeated_counts`
        self._rows: RepeatedRows | None = None  # their rows (see `_read_repeated`)
        self._answers: dict[tuple, Any] = {}  # see `_keep`
        self._rels: dict[str, str] = {}  # a path as findings name it -> as the index stores it
        self._file_ids: dict[str, int | None] = {}  # the index's `files` id of a stored path (see `prefetch_counts`)
        self._own: frozenset[int] | set[int] = frozenset()  # the keys of the document prefetched last
        self._keys = KeyReader()  # a document's keys, a file's next documents' read at once
        self.updated = 0  # files (re)read by the last refresh
        self.removed = 0  # files dropped by the last refresh
        self.built = False  # created in this run (first run, --rebuild-index, an index rebuilt): see `warm_up`
        self.scope: CheckedScope | None = None  # the checked files of a partial run (see `limit_to`)

    # -- connection ------------------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        # A connection must not cross a fork: worker processes open their own (read-only use).
        if self._conn is None or self._pid != os.getpid():
            if self._held_path is not None and self._held_pid != os.getpid():
                # a worker: read the run's private link to the index file (see `hold`), so that
                # the index being removed or replaced mid-run changes nothing (the parent writes
                # nothing while workers read)
                self._conn = sqlite3.connect(f"file:{self._held_path}?mode=ro&immutable=1", uri=True,
                                             isolation_level=None)
            else:
                self._conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
                self._conn.execute("PRAGMA synchronous=NORMAL")
            # a check reads the index all over (its keys are hashes): with SQLite's default 2 MB
            # of pages a 10 MB index was read from the OS again and again
            self._conn.execute(f"PRAGMA cache_size=-{READ_CACHE_KIB}")
            self._pid = os.getpid()
        return self._conn

    def hold(self) -> None:
        """Keep this run's index for the rest of the run, for the workers (see `conn`), then let
        other runs read it too (corpuslint.index_lock). A hard link under a private name
        (`.corpuslint-<pid>-index.tmp` beside the index) keeps the file the refresh wrote, whatever
        happens to `index.sqlite` (a user cleaning the cache, an older corpuslint's rebuild); if it was
        removed during the refresh, the pages this process still reads are written there instead."""
        if self._held is not None:
            return
        self._held_pid = os.getpid()
        private = self.path.parent / f"{TEMP_PREFIX}{os.getpid()}-index.tmp"
        with contextlib.suppress(OSError):
            private.unlink()
        try:
            self._held = os.open(self.path, os.O_RDONLY)
            os.link(self.path, private)
            if os.path.samestat(os.fstat(self._held), os.stat(private)):
                self._held_path = str(private)
        except OSError:
            if self._held is None:
                self._held_path = self._copy_to(private)
        self._lock.shared()  # held and unchanged from here on: other runs may read it too

    def _copy_to(self, private: Path) -> str | None:
        return write_copy(self._conn, private) if self._conn is not None and self._pid == os.getpid() else None

    def gone(self) -> bool:
        """Whether the file this run reads was removed or replaced since the refresh."""
        if self._held_pid and self._held is None and self._held_path is not None:
            return True  # removed before it could be held: the workers read a copy
        if self._held is None:
            return False
        try:
            return not os.path.samestat(os.fstat(self._held), os.stat(self.path))
        except OSError:
            return True

    def close(self) -> None:
        self._counts.clear()
        self._answers.clear()
        self._repeated, self._prefetched, self._rows = False, 0, None
        self._file_ids.clear()
        self._own, self._keys = frozenset(), KeyReader()
        self._disconnect()
        self.release()

    def _disconnect(self) -> None:
        if self._conn is not None and self._pid == os.getpid():
            self._conn.close()
        self._conn = None

    def release(self) -> None:
        """Let go of what `hold` kept, at the end of a run: its private link must not outlive it
        (each run left a `.corpuslint-<pid>-index.tmp` beside the index, the size of the index).
        The connection stays open; a later run holds the index again."""
        if self._held_pid == os.getpid():
            if self._held is not None:
                os.close(self._held)
            if self._held_path is not None:
                with contextlib.suppress(OSError):
                    os.unlink(self._held_path)
        self._held = None
        self._held_path = None
        self._held_pid = 0
        self._lock.release()

    def open(self, *, rebuild: bool = False) -> None:
        """Open the index, creating it, or rebuilding it (with a warning) when it cannot be trusted;
        the run has it to itself from here until `hold` (IndexBusy: another run kept it too long)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock.exclusive()
        sweep_temp_files([], [str(self.path.parent)])  # private links of runs that died (see `hold`)
        with contextlib.suppress(OSError):
            mark_cache_folder(str(self.path.parent))
        if self.path.exists() and not rebuild:
            try:
                self._validate()
                return
            except IndexProblem as exc:
                warn(f"the corpus index {self.path} {exc}; rebuilding it")
        self._create()

    def abandon(self) -> None:
        """Forget what this run read of the index (before `open(rebuild=True)`), keeping its lock."""
        held, self._lock = self._lock, IndexLock(self.path.parent)  # (`close` lets go of the lock)
        self.close()
        self._lock = held

    def _validate(self) -> None:
        """Raise IndexProblem saying why the index cannot be trusted: a file a write cut short (empty, its
        header missing) is torn, not another version's (qa18b #9)."""
        torn = "is torn: a write to it was cut short (a full disk, a killed run?)"
        with contextlib.suppress(OSError):
            if os.path.getsize(self.path) == 0:
                raise IndexProblem(f"{torn}; it is empty")
        try:
            rows = dict(self.conn.execute("SELECT name, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise IndexProblem(f"cannot be read ({exc}): torn or not corpuslint's") from None
        if "schema" not in rows or "stamp" not in rows:
            raise IndexProblem(f"{torn}; its header is missing")
        if rows["schema"] != str(SCHEMA_VERSION) or rows["stamp"] != self.stamp:
            raise IndexProblem("was written by another corpuslint version or corpus-rule configuration")
        if rows.get("complete") != "1":
            raise IndexProblem("was left incomplete by an interrupted run")

    def _create(self) -> None:
        """Write a new, empty index in a file of this run's, then rename it over the old one: a file
        another process may have open is never emptied in place (the refresh fills the new one)."""
        self.built = True
        self._disconnect()
        new = self.path.parent / f"{TEMP_PREFIX}{os.getpid()}-build.tmp"
        remove_database(new)
        with contextlib.closing(sqlite3.connect(new, isolation_level=None)) as conn:
            conn.executescript(_SCHEMA)
            conn.executemany("INSERT INTO meta VALUES (?, ?)",
                             [("schema", str(SCHEMA_VERSION)), ("stamp", self.stamp), ("complete", "1"),
                              ("state", os.urandom(8).hex()), ("epoch", os.urandom(8).hex()), ("generation", "0")])
        replace_database(new, self.path)
        self.conn.execute("SELECT 1 FROM meta LIMIT 1")  # the run's connection to its new file (see `hold`)

    # -- keeping it up to date ------------------------------------------------------------

    def refresh(self, discovery: Discovery, extra: Iterable[str], *, fingerprint: Fingerprinter,
                sidecar_suffix: str) -> None:
        """Bring the index up to date with the corpus under `root`: read only what changed.

        The first run walks the root with `discovery` (include, exclude, .gitignore) and records
        each folder's modification time; later runs stat the indexed files and folders only, and
        list again just the folders whose entries changed (a file added, removed or renamed
        there). `extra` are files to index as well (the checked ones). The files read are handed
        to `fingerprint` (the linter's collect phase, run by the session, in worker processes
        when there is enough to read); the index only stores what it returns.
        """
        started = time.perf_counter()
        conn = self.conn
        self._counts.clear()
        self._answers.clear()
        self._repeated, self._prefetched, self._rows = False, 0, None
        self._file_ids.clear()
        self._own, self._keys = frozenset(), KeyReader()
        # No transaction is open while files are read and fingerprinted: another run (a
        # pre-commit hook, an editor) is never locked out for that long, and a file that blocks
        # cannot hold the lock. What changed is written in short transactions; a file's row
        # gets its real stamp only in the last one, so a refresh cut short is finished by the
        # next (its files are read again).
        try:
            known = {row[1]: row for row in conn.execute("SELECT id, path, mtime_ns, size, hash, stamp FROM files")}
            # Keys whose occurrences this refresh changes get its generation; building the index
            # (nothing known yet) changes no earlier state, so it writes none.
            generation = self.generation()[1] + 1
            self._changing = generation if known else None
            walker = _Walker(discovery, self.root, dict(conn.execute("SELECT path, mtime_ns FROM dirs")))
        except sqlite3.DatabaseError as exc:
            raise IndexProblem(f"cannot be read ({exc})") from None
        touched: list[tuple[int, int, str | None, int]] = []  # (mtime, size, change, id): same bytes, new stamp
        pending: dict[str, tuple[str, Stamp, bytes]] = {}  # shown path -> (rel, stamp, digest)
        suffix = sidecar_suffix  # the indexed files stat-ed in bulk, then changed folders' new files, the named ones
        stamps = walker.stamps(known, suffix) if walker.dirs else {}
        seen: set[str] = set(stamps)
        changed = [(rel, os.path.join(self.root, rel), stamp) for rel, row in known.items()
                   if (stamp := stamps.get(rel)) is not None and not _unchanged((row[2], row[3], row[5]), stamp)]
        for item in _chain(changed, walker.files() if walker.dirs else walker.walk(), extra):
            rel, path, *stamped = item if isinstance(item, tuple) else (self._relative(item), item)
            stamp = stamped[0] if stamped else None if rel in seen else _stat(path, suffix, walker.names, walker.now)
            if stamp is None:
                continue
            seen.add(rel)
            row = known.get(rel)
            if row is not None and _unchanged((row[2], row[3], row[5]), stamp):
                continue
            digest = _digest(path, suffix)
            if digest is None:
                continue
            if row is not None and row[4] == digest:
                touched.append((*stamp, row[0]))
                continue
            pending[self._shown(rel)] = (rel, stamp, digest)  # as findings name it (a crash message too)
            self.updated += 1
        ids: dict[str, int] = {}  # shown path -> its new file id
        if pending:  # fps takes rows in key order, all over its b-tree: more of it cached, fewer reads
            conn.execute(f"PRAGMA cache_size=-{WRITE_CACHE_KIB}")
        crashed: set[str] = set()
        batch: list[tuple[str, list]] = []
        documents = 0
        for path, adds, failed in fingerprint(list(pending)):
            batch.append((path, adds))
            documents += len(adds)
            if failed:
                crashed.add(path)
            if documents >= WRITE_BATCH_DOCUMENTS:  # often: the writes keep up with the workers
                self._write(lambda chunk=batch: self._write_documents(chunk, pending, ids))
                batch, documents = [], 0
        removed = [row[0] for rel, row in known.items() if rel not in seen]
        self.removed = len(removed)

        def finish() -> None:
            self._write_documents(batch, pending, ids)
            for path in pending:
                self._file_id(path, pending, ids)  # a file without documents is indexed too
            conn.executemany("UPDATE files SET mtime_ns=?, size=?, stamp=? WHERE id=?", touched)
            # the stamps that say "read": a file a rule crashed on keeps none, to be read again
            # and the crash reported again
            conn.executemany("UPDATE files SET mtime_ns=?, size=?, stamp=?, hash=? WHERE id=?",
                             [(*pending[path][1], pending[path][2], file_id) for path, file_id in ids.items()
                              if path not in crashed])
            for file_id in removed:
                self._drop_file(file_id)
            if walker.changed_dirs:
                conn.executemany("INSERT OR REPLACE INTO dirs VALUES (?, ?)", walker.changed_dirs.items())
            if walker.gone_dirs:
                conn.executemany("DELETE FROM dirs WHERE path=?", [(d,) for d in walker.gone_dirs])
            if self.updated or self.removed:
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('state', ?)", (os.urandom(8).hex(),))
                if self._changing is not None:
                    conn.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (str(generation),))

        self._write(finish)
        conn.execute(f"PRAGMA cache_size=-{READ_CACHE_KIB}")  # the check's reads (see `conn`)
        self._doc_count = None
        if os.environ.get("CORPUSLINT_TRACE_INDEX"):
            warn(f"index {self.path}: {self.updated} file(s) read, {self.removed} removed, "
                 f"{self.document_count()} documents, {time.perf_counter() - started:.3f} s")

    def _write(self, step: Callable[[], None]) -> None:
        """Run `step` in one short write transaction."""
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            step()
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            raise IndexProblem(f"failed while updating ({exc})") from None
        except BaseException:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            raise

    def _file_id(self, path: str, pending: dict[str, tuple[str, tuple[int, int], bytes]], ids: dict[str, int]) -> int:
        """The new row of a changed file, made on its first write: whatever row its path had
        goes (another run may have indexed it meanwhile); it is stamped as unread until the
        refresh's last transaction."""
        file_id = ids.get(path)
        if file_id is None:
            rel = pending[path][0]
            old = self.conn.execute("SELECT id FROM files WHERE path=?", (rel,)).fetchone()
            if old is not None:
                self._drop_file(old[0])
            file_id = ids[path] = self.conn.execute(
                "INSERT INTO files (path, mtime_ns, size, hash) VALUES (?, -1, -1, x'')", (rel,)).lastrowid
        return file_id

    def _write_documents(self, batch: list[tuple[str, list]], pending, ids: dict[str, int]) -> None:
        for path, adds in batch:
            writer = _Writer(self.conn, self._file_id(path, pending, ids), self._changing)
            for add in adds:
                writer.add_rows(*add)
        if batch:
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('state', ?)", (os.urandom(8).hex(),))

    def _drop_file(self, file_id: int) -> None:
        conn = self.conn
        if self._changing is not None:
            conn.execute("INSERT OR REPLACE INTO keygen (key, gen) SELECT key, ? FROM fps "
                         "WHERE doc IN (SELECT id FROM docs WHERE file=?)", (self._changing, file_id))
        conn.execute("DELETE FROM fps WHERE doc IN (SELECT id FROM docs WHERE file=?)", (file_id,))
        conn.execute("DELETE FROM longv WHERE doc IN (SELECT id FROM docs WHERE file=?)", (file_id,))
        conn.execute("DELETE FROM docs WHERE file=?", (file_id,))
        conn.execute("DELETE FROM files WHERE id=?", (file_id,))

    def _relative(self, path: str) -> str:
        return os.path.relpath(os.path.abspath(path), self.root).replace(os.sep, "/")

    def _shown(self, rel: str) -> str:
        shown = self._display.get(rel)
        if shown is None:
            absolute = os.path.normpath(os.path.join(self.root, rel))
            try:
                shown = os.path.relpath(absolute)
            except ValueError:  # another drive on Windows
                shown = absolute
            if shown.startswith(".." + os.sep + ".."):
                shown = absolute
            self._display[rel] = shown
        return shown

    def generation(self) -> tuple[str, int]:
        """(epoch, generation): the epoch is new whenever the index is built afresh, and the
        generation counts the refreshes since that changed anything."""
        rows = dict(self.conn.execute("SELECT name, value FROM meta WHERE name IN ('epoch', 'generation')"))
        return rows.get("epoch", ""), int(rows.get("generation", 0))

    def file_generation(self, path: str) -> int | None:
        """The latest generation in which any key of the file's documents changed (0: none since
        the index was built); None when the file is not indexed.

        A document's corpus findings depend only on the index entries of its own keys (counts,
        occurrences and values of them, and the other documents that share them), so findings
        computed at generation G still hold while this stays <= G.
        """
        conn = self.conn
        row = conn.execute("SELECT id FROM files WHERE path=?", (self._relative(path),)).fetchone()
        if row is None:
            return None
        found = conn.execute(
            "SELECT MAX(g.gen) FROM docs d JOIN fps p ON p.doc = d.id JOIN keygen g ON g.key = p.key "
            "WHERE d.file=?", (row[0],)).fetchone()
        return int(found[0] or 0)

    def state(self) -> str:
        """A token that changes whenever the indexed corpus changes (for result caches)."""
        row = self.conn.execute("SELECT value FROM meta WHERE name='state'").fetchone()
        return f"{self.stamp}:{row[0] if row else ''}"

    def _stored_paths(self) -> Iterable[str]:
        return (rel for (rel,) in self.conn.execute("SELECT path FROM files"))

    # -- figures ---------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Size figures: documents, fingerprints, bytes on disk, bytes per document."""
        conn = self.conn
        docs = self.document_count()
        rows = conn.execute("SELECT COUNT(*) FROM fps").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        used = (pages - free) * page_size
        return {"documents": docs, "fingerprints": rows, "bytes": used,
                "bytes_per_document": round(used / docs) if docs else 0}


def warn(message: str) -> None:
    print(f"corpuslint: warning: {message}", file=sys.stderr)
