"""Loading a pack file: parse, validate and compile it into rule classes, cached in memory (per
path and modification time) and on disk (per content); errors name the file, line, rule and key."""

from __future__ import annotations

import difflib
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from corpuslint import yamlio
from corpuslint.errors import ConfigError
from corpuslint.packs.compile import PLACEHOLDER, CompiledRule, compile_spec, spec_filters
from corpuslint.packs.options import options_model
from corpuslint.packs.explain import summary_from_message
from corpuslint.packs.rule import PackRule, class_name
from corpuslint.packs.schema import (
    KIND_KEYS, PACK_KEYS, RULE_KEYS, KINDS, PackSpec, PatternsSpec, PhrasesSpec, rule_adapter,
)
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textutil import LazyPattern


# -------------------------------------------------------------------------
# Loading a pack
# -------------------------------------------------------------------------

_CACHE: dict[tuple[str, int, int], list[type[Rule]]] = {}


def load_pack(path: Path) -> list[type[Rule]]:
    """Parse, validate and compile one pack file into rule classes (cached per path)."""
    path = Path(path)
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    except OSError as exc:
        raise ConfigError(f"cannot read rule pack: {exc.strerror or exc}", path=str(path)) from None
    cached = _CACHE.get(key)
    if cached is None:
        cached = _CACHE[key] = _load(path)
    return list(cached)


def _disk_cache_dir() -> Path | None:
    """Where validated packs are kept between runs: $CORPUSLINT_CACHE_DIR, else the user cache."""
    import os

    if os.environ.get("CORPUSLINT_NO_PACK_CACHE"):
        return None
    base = os.environ.get("CORPUSLINT_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    try:
        root = Path(base) if base else Path.home() / ".cache"
    except RuntimeError:  # no home directory to be found: simply no cache
        return None
    return (root if os.environ.get("CORPUSLINT_CACHE_DIR") else root / "corpuslint") / "packs"


def _disk_key(raw: bytes) -> str:
    """The pack's bytes and the source of the code that produced the cached data (the packs
    package, and `models` for the severities in it): any change is a miss."""
    import hashlib

    digest = hashlib.blake2b(raw, digest_size=16)
    for source in _code_sources():
        digest.update(source)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _code_sources() -> tuple[bytes, ...]:
    """The source of the packs package and of `models`, read once per process (not once per pack)."""
    package = Path(__file__).parent
    return tuple(module.read_bytes() for module in [*sorted(package.glob("*.py")), package.parent / "models.py"])


def _load(path: Path) -> list[type[Rule]]:
    """A pack from the on-disk cache when its bytes were validated before, else parsed anew.

    The YAML parse, the validation and the pattern analysis of the shipped packs cost ~0.6 s,
    most of `corpuslint check one-file.txt`; a cache hit costs a few milliseconds. The cache holds
    only what validation produced (plain data), keyed by the pack's bytes, so a stale or foreign
    entry can never be used; if it cannot be read or written, packs are simply parsed.
    """
    import pickle

    where = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read rule pack: {exc.strerror or exc}", path=where) from None
    folder = _disk_cache_dir()
    entry = folder / f"{_disk_key(raw)}.pickle" if folder else None
    if entry is not None:
        try:
            with open(entry, "rb") as handle:
                header_pack, items = pickle.load(handle)
            return [_rule_class(header_pack, where, *item) for item in items]
        except Exception:  # missing, unreadable or from another layout: parse the pack instead
            pass
    classes, header_pack, items = _parse(path, raw)
    if entry is not None:
        try:
            import os
            import tempfile

            entry.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump((header_pack, items), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, entry)
        except OSError:
            pass
    return classes


def _parse(path: Path, raw: bytes) -> tuple[list[type[Rule]], str, list[tuple]]:
    where = str(path)
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"rule pack is not valid UTF-8: {exc.reason}", path=where) from None
    try:
        data = yamlio.load(source)
    except yamlio.YamlError as exc:
        raise ConfigError(f"malformed YAML in rule pack: {exc}", path=where, line=exc.line) from None
    if not isinstance(data, dict):
        raise ConfigError("a rule pack must be a mapping with `pack`, `description` and `rules`",
                          path=where, line=1)
    pack_label = f"pack {data.get('pack')!r}" if isinstance(data.get("pack"), str) else "pack"
    try:
        header = PackSpec.model_validate(yamlio.to_plain(data))
    except ValidationError as exc:
        message, line = _describe(exc, data, PACK_KEYS, 1)
        raise ConfigError(f"{pack_label}: {message}", path=where, line=line) from None
    rules_data = data["rules"]
    classes: list[type[Rule]] = []
    items: list[tuple] = []
    codes: dict[str, int | None] = {}
    names: dict[str, int | None] = {}
    for index, item in enumerate(rules_data):
        item_line = yamlio.line_of(rules_data, index)
        label = _rule_label(index, item)
        if not isinstance(item, dict):
            raise ConfigError(f"pack {header.pack!r}: {label}: a rule must be a mapping of keys",
                              path=where, line=item_line)
        try:
            spec = rule_adapter().validate_python(yamlio.to_plain(item))
        except ValidationError as exc:
            message, line = _describe(exc, item, RULE_KEYS, item_line)
            raise ConfigError(f"pack {header.pack!r}: {label}: {message}", path=where, line=line) from None

        def fail(message: str, loc: tuple[Any, ...], _item: Any = item, _label: str = label,
                 _line: int | None = item_line) -> None:
            raise ConfigError(f"pack {header.pack!r}: {_label}: `{loc[0]}`: {message}", path=where,
                              line=_line_at(_item, loc) or _line)

        for seen, key, value in ((codes, "code", spec.code), (names, "name", spec.name)):
            if value in seen:
                fail(f"{key} {value} is used twice in this pack (first on line {seen[value]})", (key,))
            seen[value] = _line_at(item, (key,))
        for placeholder in PLACEHOLDER.findall(spec.message):
            if placeholder != "match":
                fail(f"unknown placeholder {{{placeholder}}}; only {{match}} is available", ("message",))
        compiled_regex, prefilter = compile_spec(spec, fail)
        heads, literals, exact, keys, fast = spec_filters(spec)
        item_data = (spec, item_line, compiled_regex.source, compiled_regex.flags,
                     prefilter, heads, literals, exact, keys, fast)
        items.append(item_data)
        classes.append(_rule_class(header.pack, where, *item_data, spec=spec, pattern=compiled_regex))
    return classes, header.pack, items


def _rule_class(pack: str, where: str, spec_data: PhrasesSpec | PatternsSpec, item_line: int | None,
                source: str, flags: int, prefilter: tuple[str, ...], heads: frozenset[str], literals: frozenset[str], exact: bool,
                keys: frozenset[str], fast: bool, *, spec: PhrasesSpec | PatternsSpec | None = None,
                pattern: LazyPattern | None = None) -> type[Rule]:
    """The rule class of one validated pack rule (from a fresh parse or from the disk cache, which
    holds the validated spec itself: unpickled, it is not validated again)."""
    if spec is None:
        spec = spec_data
    compiled = CompiledRule(pack=pack, path=where, line=item_line, spec=spec,
                            regex=pattern or LazyPattern(source, flags), prefilter=prefilter, heads=heads,
                            literals=literals, exact=exact, keys=keys, fast=fast)
    attrs = {
        "__module__": PackRule.__module__,
        "__doc__": None,
        "code": spec.code,
        "name": spec.name,
        "family": "boilerplate",
        "summary": spec.summary or summary_from_message(spec.message),
        "severity": spec.severity,
        "fix_availability": FixAvailability.NONE if spec.fix == "none" else FixAvailability.ALWAYS,
        "default_enabled": spec.enabled,
        "Options": options_model(spec),
        "compiled": compiled,
        "pack": pack,
    }
    return type(class_name(pack, spec.name), (PackRule,), attrs)


def _rule_label(index: int, item: Any) -> str:
    if isinstance(item, dict):
        code, name = item.get("code"), item.get("name")
        parts = [str(p) for p in (code, name) if isinstance(p, str)]
        if parts:
            return f"rule {' '.join(parts)}"
    return f"rule #{index + 1}"


def _line_at(data: Any, loc: tuple[Any, ...]) -> int | None:
    """The line of the deepest key of `loc` that the loaded YAML still has."""
    line = None
    node = data
    for key in loc:
        if isinstance(node, dict) and key in node:
            line = yamlio.line_of(node, key) or line
            node = node[key]
        elif isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
            line = yamlio.line_of(node, key) or line
            node = node[key]
        else:
            break
    return line


def _describe(exc: ValidationError, data: Any, known: list[str], default_line: int | None) -> tuple[str, int | None]:
    """One readable problem (the first) out of a pydantic error, and its line."""
    errors = exc.errors()
    # an unknown key explains a "missing" one better than the other way round (`phrases` under
    # kind `patterns`), so it is named first
    error = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
    loc = tuple(error["loc"])
    kind = data.get("kind") if isinstance(data, dict) else None
    if loc and loc[0] in KINDS and loc[0] == kind:
        loc = loc[1:]  # the discriminator's tag, not a key
    kind_type = error["type"]
    if kind_type == "union_tag_invalid":
        hint = difflib.get_close_matches(str(kind), KINDS, n=1)
        extra = f" (did you mean `{hint[0]}`?)" if hint else ""
        return (f"`kind`: unknown kind {kind!r}{extra}; expected one of: {', '.join(KINDS)}",
                _line_at(data, ("kind",)) or default_line)
    if kind_type == "union_tag_not_found":
        return f"missing key `kind` (one of: {', '.join(KINDS)})", default_line
    key = ".".join(str(p) for p in loc) or "(rule)"
    line = _line_at(data, loc) or default_line
    if kind_type == "extra_forbidden":
        if kind in KIND_KEYS and len(loc) == 1:
            known = KIND_KEYS[kind]
            if loc[0] in RULE_KEYS:
                return f"key `{key}` does not belong to a rule of kind `{kind}`", line
        hint = difflib.get_close_matches(str(loc[-1]), known, n=1)
        extra = f" (did you mean `{hint[0]}`?)" if hint else ""
        return f"unknown key `{key}`{extra}", line
    if kind_type == "missing":
        return f"missing key `{key}`", line
    if kind_type == "string_pattern_mismatch":
        what = {"code": "a code like CL101 or ACME101 (capitals, then 3 digits)",
                "name": "a kebab-case name like share-counter",
                "pack": "a kebab-case name like social"}.get(str(loc[-1]), error["msg"])
        return f"`{key}`: {error.get('input')!r} is not {what}", line
    return f"`{key}`: {error['msg']}", line
