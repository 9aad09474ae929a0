"""YAML in and out through ruamel.yaml's round-trip mode, so comments and key order survive.

Loaded mappings keep their line numbers (`line_of`), which is how config and pack errors name
the line of the offending key.
"""

from __future__ import annotations

import io
import re
from typing import Any

from corpuslint.textutil import LazyPattern


class YamlError(Exception):
    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


def _yaml():
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a long value a user wrote on one line
    return yaml


def load(text: str) -> Any:
    """Parse YAML text; raise `YamlError` with a 1-based line on malformed input."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        return _yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "malformed YAML"
        raise YamlError(problem, line) from None
    except YAMLError as exc:
        raise YamlError(str(exc).splitlines()[0] if str(exc) else "malformed YAML", None) from None
    except Exception as exc:  # ruamel raises a few plain errors (duplicate keys, bad tags)
        raise YamlError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__, None) from None


# One `key: value` line of the simplest configs: a top-level key, then a scalar or a flow list
# of scalars, nothing after it (not even a comment); see `load_simple`.
_SIMPLE_LINE = re.compile(r"([A-Za-z][A-Za-z0-9_-]*):[ \t]+(\S(?:.*\S)?)[ \t]*")
_SIMPLE_SCALAR = re.compile(r"(?P<plain>\.?[A-Za-z_][A-Za-z0-9_./-]*)|(?P<int>0|-?[1-9][0-9]{0,17})|"
                            r"\"(?P<dq>[^\"\\]*)\"|'(?P<sq>[^']*)'")
# plain words a YAML reader may take for something other than a string: left to ruamel
_NOT_PLAIN = frozenset({"null", "true", "false", "yes", "no", "on", "off", "y", "n", ".inf", ".nan"})


def _simple_scalar(text: str) -> tuple[bool, Any]:
    m = _SIMPLE_SCALAR.fullmatch(text)
    if m is None:
        return False, None
    if m["plain"] is not None:
        word = m["plain"]
        if word in ("true", "True", "TRUE", "false", "False", "FALSE"):
            return True, word[0] in "tT"
        return word.lower() not in _NOT_PLAIN, word
    if m["int"] is not None:
        return True, int(m["int"])
    return True, m["dq"] if m["dq"] is not None else m["sq"]


def load_simple(text: str) -> dict[str, Any] | None:
    """The mapping of a config made only of `key: value` lines (values: true/false, whole
    numbers, plain words, quoted strings without escapes, flow lists of those), blank lines and
    whole-line comments; None for anything else, which `load` then parses.

    Most configs are a few such lines (`respect-gitignore: false`), and importing ruamel.yaml to
    read them was ~7 ms of every start-up. The values are what ruamel gives for the same lines
    (tests/test_yaml_fast.py compares them); the lines are not kept, so a config that fails
    validation is parsed again by `load` for its error's line numbers.
    """
    data: dict[str, Any] = {}
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        m = _SIMPLE_LINE.fullmatch(line)
        if m is None or m[1] in data or m[1].lower() in _NOT_PLAIN:  # `true:` is a bool key
            return None
        value = m[2]
        if value.startswith("[") and value.endswith("]"):
            inner = value[1:-1].strip()
            items = [_simple_scalar(item.strip()) for item in inner.split(",")] if inner else []
            if not all(ok for ok, _ in items):
                return None
            data[m[1]] = [item for _, item in items]
            continue
        ok, scalar = _simple_scalar(value)
        if not ok:
            return None
        data[m[1]] = scalar
    return data


def dump(data: Any) -> str:
    stream = io.StringIO()
    _yaml().dump(data, stream)
    return stream.getvalue()


def line_of(mapping: Any, key: Any) -> int | None:
    """1-based line of `key` in a loaded mapping (or index in a sequence), if known."""
    lc = getattr(mapping, "lc", None)
    if lc is None:
        return None
    try:
        if isinstance(key, int):
            return lc.item(key)[0] + 1
        return lc.key(key)[0] + 1
    except (KeyError, IndexError, TypeError, AttributeError):
        line = getattr(lc, "line", None)
        return line + 1 if line is not None else None


def to_plain(data: Any) -> Any:
    """A plain dict/list copy of loaded YAML (for validation and JSON output)."""
    if isinstance(data, dict):
        return {str(k) if not isinstance(k, str) else k: to_plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [to_plain(v) for v in data]
    if hasattr(data, "isoformat"):
        return data.isoformat()
    return data


# -- writing metadata back: front matter, sidecars ---------------------------------------------

SEQUENCE_UNDER_KEY = LazyPattern(r"(?m)^( *)[^\s#-][^\n]*:[ \t]*\n(?:[ \t]*#[^\n]*\n)*( *)- ")
MAPPING_UNDER_KEY = LazyPattern(r"(?m)^( *)[^\s#-][^\n]*:[ \t]*\n(?:[ \t]*#[^\n]*\n)*( +)[^\s#-]")


def render_metadata(original_text: str | None, new: dict) -> str:
    """YAML for `new`, edited into a fresh load of the original YAML text.

    Keys that did not change keep their value objects, so their comments, quoting and layout
    survive the ruamel.yaml round trip; changed keys are set in place (keeping their position),
    new keys go at the end, removed keys go. The original's indentation of nested mappings and
    of sequences is followed.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap

    target = load(original_text) if original_text and original_text.strip() else None
    if not isinstance(target, CommentedMap):
        target = CommentedMap()
    for key in [k for k in target if k not in new]:
        del target[key]
    for key, value in new.items():
        if key not in target or not _same(target[key], value):
            target[key] = value

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a long value a user wrote on one line
    mapping, sequence, offset = 2, 2, 0
    if original_text:
        m = MAPPING_UNDER_KEY.search(original_text)
        if m and len(m.group(2)) > len(m.group(1)):
            mapping = len(m.group(2)) - len(m.group(1))
        s = SEQUENCE_UNDER_KEY.search(original_text)
        if s and len(s.group(2)) >= len(s.group(1)):
            offset = len(s.group(2)) - len(s.group(1))
            sequence = offset + 2
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    if not target and not (target.ca.comment or target.ca.items):
        return ""
    stream = io.StringIO()
    yaml.dump(target, stream)
    return stream.getvalue()


def _same(a, b) -> bool:
    return a == b and isinstance(a, bool) == isinstance(b, bool)
