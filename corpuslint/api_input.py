"""What the Python API (`corpuslint.Linter`) accepts, checked at the door.

A pipeline's mistake (a str where a list of paths goes, one Document where an iterable goes, a
dict for a config) must fail with a TypeError or ValueError that says what to pass, not with an
AttributeError deep inside, and never be taken for something else: `run("/data")` once walked
`/`, one path per character of the str. `check_paths` is the CLI's too: a missing path is the
same UsageError from both, before anything is read or created.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from corpuslint.config import Config, load_config
from corpuslint.errors import UsageError
from corpuslint.models import Document


def config_of(config: Any) -> Config:
    """A Config from None (the defaults), a Config, a mapping of config keys (as in the config
    file, validated the same way) or the path of a config file."""
    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    if isinstance(config, Mapping):
        return load_config(None, overrides=dict(config))
    if isinstance(config, (str, os.PathLike)):
        return load_config(config)
    raise TypeError(f"Linter(config): pass a Config (load_config(path)), a mapping of config keys "
                    f"or a config file's path, not {type(config).__name__}")


def check_paths(paths: list[str]) -> None:
    """Every named path exists, or a usage error says what is wrong with it."""
    problems = []
    for path in paths:
        if os.path.exists(path):
            continue
        if os.path.islink(path):
            try:
                os.stat(path)
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    problems.append(f"{path}: a loop of symbolic links")
                    continue
            problems.append(f"{path}: a broken symbolic link (to {os.readlink(path)}, which does not exist)")
        else:
            problems.append(f"{path}: no such file or directory")
    if problems:
        raise UsageError("; ".join(problems))


def paths_of(paths: Any) -> list[str]:
    """The paths `run` was given, as strs: one str or os.PathLike is one path. Each must exist
    (corpuslint.errors.UsageError, the CLI's message, before anything is created)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    elif isinstance(paths, bytes) or not isinstance(paths, Iterable):
        raise TypeError(f"run(paths): pass a path (str or os.PathLike) or a list of them, "
                        f"not {type(paths).__name__}")
    named = []
    for path in paths:
        if not isinstance(path, (str, os.PathLike)):
            raise TypeError(f"run(paths): each path must be a str or os.PathLike, not {type(path).__name__} "
                            f"({path!r})")
        named.append(os.fspath(path))
    check_paths(named)
    return named


def jobs_of(jobs: Any) -> int | None:
    """`jobs`: None (all cores) or a whole number of 1 or more, as `--jobs` takes."""
    if jobs is None:
        return None
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise TypeError(f"jobs must be a whole number of 1 or more (or None), not {type(jobs).__name__}")
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs}")
    return jobs


def document_of(doc: Any, formats: Mapping[str, Any], where: str) -> Document:
    """`doc` when it is a Document of a known format; else a TypeError/ValueError saying what to pass."""
    if not isinstance(doc, Document):
        hint = " (make one with Document.from_text(text))" if isinstance(doc, (str, bytes)) else ""
        raise TypeError(f"{where}: expected a corpuslint Document, not {type(doc).__name__}{hint}")
    if doc.origin.format not in formats:
        raise ValueError(f"{where}: document {doc.id!r} has format {doc.origin.format!r}, which no reader "
                         f"has (known: {', '.join(sorted(formats))})")
    return doc


def documents_of(documents: Any, formats: Mapping[str, Any]) -> Iterator[Document]:
    """The documents of `check`, each checked as it comes (a generator stays lazy)."""
    if isinstance(documents, (Document, str, bytes)) or not isinstance(documents, Iterable):
        hint = "; for one document pass [doc]" if isinstance(documents, Document) else ""
        raise TypeError(f"check(documents): pass an iterable of Documents, not {type(documents).__name__}{hint}")
    return (document_of(doc, formats, f"check(documents) item {i}") for i, doc in enumerate(documents))


def only_of(only: Any, lookup) -> set[str] | None:
    """`fix(only=...)`: rule codes (or names), each naming a rule; returned as codes."""
    if only is None:
        return None
    if isinstance(only, str):
        only = [only]
    codes = set()
    for selector in only:
        rule = lookup(selector) if isinstance(selector, str) else None
        if rule is None:
            raise ValueError(f"fix(only=...): {selector!r} is no rule (see `corpuslint rules`)")
        codes.add(rule.code)
    return codes
