"""`regex` patterns compiled once per machine, not once per process.

The `regex` module parses and compiles a pattern in Python, ~0.3 ms each: the ~75 patterns of
`corpuslint check one.txt` cost ~25 ms CPU of every run, a tenth of the whole. A compiled
pattern pickles as the arguments of its C constructor (`Pattern._pickled_data`, which is what
`pickle` itself stores and `regex` rebuilds patterns from); kept on disk beside the pack cache,
per `regex` version and engine, a pattern is rebuilt from them in microseconds.

The file holds only what `regex` produced, under a digest: an unreadable, truncated or foreign
file is a miss, never an error. New patterns are written when the process exits (atomically; a
forked worker writes nothing). CORPUSLINT_NO_REGEX_CACHE=1 turns it off.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import sys
import threading
from pathlib import Path
from typing import Any

import regex

try:  # the C constructor, which `regex` itself unpickles patterns with
    from regex import _regex
except ImportError:  # pragma: no cover - a regex without it: patterns are simply compiled
    _regex = None

MAGIC = b"CLRX1\n"
MAX_ENTRIES = 4096  # a file of more starts afresh (a run uses ~110 patterns; packs add theirs)
MAX_CODE_BYTES = 256 * 1024  # a larger pattern (a long word list) is not kept: every run would read it

_lock = threading.Lock()
_table: dict[tuple[str, int, int], tuple] | None = None  # (source, flags, version) -> the constructor's arguments
_new: dict[tuple[str, int, int], tuple] = {}
_owner = 0  # the process that registered the write at exit


def _path() -> Path | None:
    """The cache file: $CORPUSLINT_CACHE_DIR, else the user cache (as the pack cache)."""
    if os.environ.get("CORPUSLINT_NO_REGEX_CACHE") or _regex is None:
        return None
    base = os.environ.get("CORPUSLINT_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    try:
        root = Path(base) if base else Path.home() / ".cache"
    except RuntimeError:  # no home directory: no cache
        return None
    root = root if os.environ.get("CORPUSLINT_CACHE_DIR") else root / "corpuslint"
    engine = f"{regex.__version__}-{getattr(_regex, 'MAGIC', 0)}-{getattr(_regex, 'CODE_SIZE', 0)}"
    return root / "regex" / f"patterns-{engine}-py{sys.version_info[0]}{sys.version_info[1]}.bin"


def _read(path: Path | None) -> dict[tuple[str, int, int], tuple]:
    if path is None:
        return {}
    try:
        data = path.read_bytes()
        head, digest, payload = data[:len(MAGIC)], data[len(MAGIC):len(MAGIC) + 16], data[len(MAGIC) + 16:]
        if head != MAGIC or hashlib.blake2b(payload, digest_size=16).digest() != digest:
            return {}
        table = marshal.loads(payload)
        return table if isinstance(table, dict) else {}
    except (OSError, ValueError, EOFError, TypeError):
        return {}


def _write() -> None:
    """At exit: this process's new patterns, merged into the file as it now is."""
    if not _new or os.getpid() != _owner:
        return
    path = _path()
    if path is None:
        return
    table = _read(path)
    if len(table) + len(_new) > MAX_ENTRIES:
        table = {}
    table.update(_new)
    payload = marshal.dumps(table)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_bytes(MAGIC + hashlib.blake2b(payload, digest_size=16).digest() + payload)
        os.replace(temp, path)
    except OSError:
        try:
            temp.unlink()
        except OSError:
            pass


def compile(source: str, flags: int = 0) -> Any:  # noqa: A001 - regex.compile's name, on purpose
    """`regex.compile(source, flags)`, from the cache when this machine compiled it before."""
    global _table, _owner
    table = _table
    if table is None:
        with _lock:
            if _table is None:
                _table = _read(_path())
            table = _table
    key = (source, int(flags), int(regex.DEFAULT_VERSION))  # a process may change the default
    data = table.get(key)
    if data is not None:
        try:
            return _regex.compile(*data)
        except Exception:  # an entry this engine does not take: compile it and replace it
            pass
    pattern = regex.compile(source, flags)
    data = getattr(pattern, "_pickled_data", None)
    if (isinstance(source, str) and isinstance(data, tuple) and len(data) > 5
            and not data[1] & regex.LOCALE and not data[5]  # no locale, no named lists: plain data
            and len(data[2]) <= MAX_CODE_BYTES):
        with _lock:
            table[key] = data
            if not _new and _owner != os.getpid():
                _owner = os.getpid()
                atexit.register(_write)
            _new[key] = data
    return pattern
