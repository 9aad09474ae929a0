"""Configuration: where it is found, what it may say, and how a mistake is reported.

Found like ruff's: from the first checked path upwards, the first of `corpuslint.yaml`,
`.corpuslint.yaml`, or a `pyproject.toml` with a `[tool.corpuslint]` table. Validated by
pydantic with `extra="forbid"`, so that a typo is an error naming the file, the line and the key
(ruamel.yaml keeps each key's line; in a `pyproject.toml`, which tomllib reads without lines,
the key's line is looked up in the text), never a silently ignored setting.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from corpuslint import yamlio
from corpuslint.errors import ConfigError
from corpuslint.models import Severity

CONFIG_FILES = ("corpuslint.yaml", ".corpuslint.yaml", "pyproject.toml")

DEFAULT_INCLUDE = ["*.txt", "*.text", "*.md", "*.markdown", "*.jsonl", "*.ndjson", "*.ipynb",  # notebooks as ruff 0.6
                   "*.jsonl.gz", "*.ndjson.gz"]  # training dumps (formats/jsonlgz.py)
DEFAULT_EXCLUDE = [
    ".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".nox",
    ".corpuslint_cache", ".pytest_cache", ".mypy_cache", ".ruff_cache", "build", "dist",
    ".ipynb_checkpoints",  # Jupyter's autosaved copies of each notebook (and .md/.txt) edited in it
]


def _one_or_many(value: Any) -> Any:
    """A scalar `CL203` or `CL203, CL204` as the list it stands for; anything else as it is."""
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class JsonlSettings(_Strict):
    text_field: str = Field("text", alias="text-field", description="The record field holding the text.")
    id_field: str = Field("id", alias="id-field", description="The record field naming the document.")
    text_format: Literal["auto", "plain", "markdown", "html"] = Field(
        "auto", alias="text-format",
        description="How a record's text is read: `markdown` (as a `.md` file), `html` (its tags, comments and "
        "scripts are markup: not checked, never changed), `plain`, or `auto`: Markdown or HTML where the record "
        "says so (`content_type: text/markdown` or `text/html`, `lang: Markdown`, a `path` ending in `.md` or "
        "`.html`).")


class Config(_Strict):
    """Every setting corpuslint reads. Keys are kebab-case in files."""

    select: list[str] | None = Field(
        None, description="Rules to run: codes, code prefixes (`CL2`), names or families; `ALL` for all. "
        "Default: every rule that is on by default.")
    extend_select: list[str] = Field([], alias="extend-select", description="Rules to add to `select`.")
    ignore: list[str] = Field([], description="Rules to leave out (codes, prefixes, names, families).")
    per_file_ignores: dict[str, list[str]] = Field(
        {}, alias="per-file-ignores", description="Glob (relative to the config file) -> rules to ignore there.")
    severity: dict[str, Severity] = Field({}, description="Rule code or name -> error, warning or info.")
    fail_on: Severity = Field(
        Severity.WARNING, alias="fail-on",
        description="Lowest severity that makes `check` exit 1; `info` findings are shown but pass by default.")
    rules: dict[str, dict[str, Any]] = Field({}, description="Rule code or name -> that rule's options.")
    packs: list[str] = Field([], description="Extra YAML rule packs (paths relative to the config file).")
    builtin_packs: bool = Field(True, alias="builtin-packs", description="Load the packs shipped with corpuslint.")
    include: list[str] = Field(DEFAULT_INCLUDE, description="File name globs to check when walking directories.")
    extend_include: list[str] = Field(
        [], alias="extend-include",
        description="Globs added to `include` (`[\"*.html\"]` keeps the defaults; `include` replaces them).")
    exclude: list[str] = Field(DEFAULT_EXCLUDE, description="Globs (gitignore syntax) never checked.")
    extend_exclude: list[str] = Field([], alias="extend-exclude", description="Globs added to `exclude`.")
    respect_gitignore: bool = Field(True, alias="respect-gitignore", description="Skip files `.gitignore` ignores.")
    force_exclude: bool = Field(
        False, alias="force-exclude",
        description="Apply `exclude` to paths named on the command line too (as pre-commit passes them).")
    encoding: str = Field("utf-8", description="Encoding of .txt/.md files without a BOM.")
    jsonl: JsonlSettings = Field(default_factory=JsonlSettings)
    sidecar_suffix: str = Field(".meta.yaml", alias="sidecar-suffix",
                                description="Metadata sidecar of `name.txt` is `name` + this suffix.")
    max_document_bytes: int = Field(16 * 1024 * 1024, alias="max-document-bytes", gt=0,
                                    description="Documents larger than this are reported (CL908), not checked.")
    timeout: float = Field(2.0, gt=0, description="CPU seconds one rule may spend on one document (CL909 past it): CPU time, so a loaded machine gives the same findings as an idle one for rules far from the limit (one near it may still stop on one run and not on another).")
    unsafe_fixes: bool = Field(False, alias="unsafe-fixes", description="Apply unsafe fixes with --fix.")
    cache_dir: str = Field(".corpuslint_cache", alias="cache-dir",
                           description="Where the corpus index and the result cache live (relative to the config).")
    jobs: int | None = Field(None, ge=1, description="Worker processes; default: all cores for large runs.")
    min_document_chars: int = Field(
        1, alias="min-document-chars", ge=1,
        description="Fixes that would leave a document fewer non-space characters than this are not safe "
        "(CL911); 1: only fixes that would empty it.")
    allow_empty: bool = Field(False, alias="allow-empty",
                              description="A run that finds no file or document to check passes (default: exit 2).")

    # not settable from a file: where the config came from, and what the command line gave
    path: str | None = Field(None, exclude=True)
    given: dict[str, list[str]] = Field({}, exclude=True)  # `select`, `ignore`... -> the option's value

    @field_validator("select", "extend_select", "ignore", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return _one_or_many(value)

    @field_validator("per_file_ignores", mode="before")
    @classmethod
    def _each_one_or_many(cls, value: Any) -> Any:
        """`"*.txt": CL203` as `ignore: CL203` is read: one rule, or several split at commas."""
        if isinstance(value, dict):
            return {pattern: _one_or_many(rules) for pattern, rules in value.items()}
        return value

    @field_validator("encoding")
    @classmethod
    def _known_encoding(cls, value: str) -> str:
        import codecs

        try:
            codecs.lookup(value)
        except LookupError:
            raise ValueError(f"unknown encoding {value!r} (Python's codec names: utf-8, latin-1, cp1252, ...)") \
                from None
        return value

    @field_validator("per_file_ignores")
    @classmethod
    def _valid_globs(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for pattern in value:
            problem = glob_problem(pattern)
            if problem:
                raise ValueError(f"invalid glob {pattern!r}: {problem}")
        return value

    @property
    def walked_globs(self) -> list[str]:
        """The file name globs a folder walk keeps: `include`, then `extend-include`."""
        return [*self.include, *self.extend_include]

    @property
    def root(self) -> Path:
        return Path(self.path).parent if self.path else Path.cwd()

    def fingerprint(self) -> str:
        """A hash of the effective settings, for result caches."""
        data = self.model_dump(mode="json", by_alias=True)
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]

    def read_settings(self):
        from corpuslint.formats.base import ReadSettings

        return ReadSettings(
            encoding=self.encoding,
            text_field=self.jsonl.text_field,
            id_field=self.jsonl.id_field,
            text_format=self.jsonl.text_format,
            max_document_bytes=self.max_document_bytes,
            sidecar_suffix=self.sidecar_suffix,
        )


def glob_problem(pattern: str) -> str | None:
    """Why `pattern` is not a usable glob (fnmatch would take it literally), or None."""
    if not pattern.strip():
        return "it is empty"
    i = 0
    while i < len(pattern):
        if pattern[i] == "[":
            # as fnmatch reads a class: `]` right after `[` or `[!` is a member, not the end
            close = pattern.find("]", i + 2 if pattern[i + 1:i + 2] in ("!", "]") else i + 1)
            if close < 0:
                return "a `[` is never closed"
            i = close
        i += 1
    return None


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above `start` (a file or a directory)."""
    start = start.resolve()
    directory = start if start.is_dir() else start.parent
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                if name == "pyproject.toml" and not _has_tool_table(candidate):
                    continue
                return candidate
    return None


def shadowed_configs(path: Path) -> list[Path]:
    """The other config files beside `path`, which find_config passed over (only the first is read)."""
    others = [path.parent / name for name in CONFIG_FILES if name != path.name]
    return [p for p in others if p.is_file() and (p.name != "pyproject.toml" or _has_tool_table(p))]


UNREAD_CONFIGS = ("corpuslint.toml", ".corpuslint.toml")  # ruff's `ruff.toml` habit: a name corpuslint never reads


def config_warnings(start: Path, found: Path | None) -> list[str]:
    """What a user may think configures the run and does not (tester32 #4.3): another config file beside
    the one read, and a `corpuslint.toml` at or above `start`, up to the folder of the config read."""
    warnings = []
    for other in shadowed_configs(found) if found is not None else ():
        what = "[tool.corpuslint] in " if other.name == "pyproject.toml" else ""
        warnings.append(f"{what}{other} is not read: {found.name} beside it is the config "
                        "(only one config file per folder is read); merge them into one")
    start = start.resolve()
    directory = start if start.is_dir() else start.parent
    for folder in (directory, *directory.parents):
        warnings.extend(f"{folder / name} is not read: the config is corpuslint.yaml, .corpuslint.yaml or "
                        "[tool.corpuslint] in pyproject.toml; move its settings there"
                        for name in UNREAD_CONFIGS if (folder / name).is_file())
        if found is not None and folder == found.parent:
            break
    return warnings


def _has_tool_table(path: Path) -> bool:
    try:
        return "[tool.corpuslint" in path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def load_config(path: str | os.PathLike[str] | None = None, *, overrides: dict[str, Any] | None = None) -> Config:
    """Load and validate a config file (or the defaults, with `path=None`)."""
    data: Any = {}
    if path is not None:
        path = Path(path)
        data = _read(path)
    if overrides:
        data = {**yamlio.to_plain(data), **overrides} if data else dict(overrides)
    try:
        config = Config.model_validate(yamlio.to_plain(data) if data else {})
    except ValidationError as exc:
        line_of = None
        if path is not None and not overrides and path.suffix == ".toml":
            line_of = partial(_toml_line, path.read_text(encoding="utf-8"))
        elif path is not None and not overrides and getattr(data, "lc", None) is None:
            data = _read(path, simple=False)  # `load_simple` keeps no lines: the full parse names them
        raise _explain(exc, data, str(path.resolve()) if path else "<command line>", line_of) from None
    config.path = str(Path(path).resolve()) if path is not None else None
    return config


def _read(path: Path, *, simple: bool = True) -> Any:
    shown = str(path.resolve())  # every config error names the file as rule errors do (`config.path`)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config: {exc}", path=shown) from None
    if path.suffix == ".toml":
        import tomllib

        try:
            table = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            at = re.search(r"\(at line (\d+), column \d+\)", str(exc))
            raise ConfigError(f"malformed TOML: {exc}", path=shown, line=int(at.group(1)) if at else None) from None
        data = table.get("tool", {}).get("corpuslint", {})
    elif simple and (data := yamlio.load_simple(text)) is not None:
        pass  # the usual few `key: value` lines, read without importing ruamel.yaml
    else:
        try:
            data = yamlio.load(text)
        except yamlio.YamlError as exc:
            raise ConfigError(f"malformed YAML: {exc}", path=shown, line=exc.line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError("the config must be a mapping of settings", path=shown)
    return data


def _explain(exc: ValidationError, data: Any, path: str,
             line_of: Callable[[list[Any]], int | None] | None = None) -> ConfigError:
    """One paragraph: each problem with its key path, line, and a suggestion for typos."""
    line_of = line_of or partial(_line, data)
    problems: list[tuple[int | None, str]] = []
    for error in exc.errors():
        loc = [part for part in error["loc"] if not isinstance(part, str) or not part.startswith("function-")]
        key = ".".join(str(part) for part in loc)
        if error["type"] == "extra_forbidden":
            known = _known_keys(loc[:-1])
            hint = difflib.get_close_matches(str(loc[-1]), known, n=1)
            suggestion = f" (did you mean `{hint[0]}`?)" if hint else f" (known keys: {', '.join(sorted(known))})"
            problems.append((line_of(loc), f"unknown key `{key}`{suggestion}"))
        else:
            problems.append((line_of(loc), f"`{key}`: {error['msg']}"))
    problems.sort(key=lambda problem: problem[0] or 1 << 30)
    # in file order; the first problem's line goes beside the path (`path:3: ...`, the form of every
    # config error), later ones say theirs
    first_line = problems[0][0] if problems else None
    messages = [message if i == 0 or not line else f"line {line}: {message}"
                for i, (line, message) in enumerate(problems)]
    return ConfigError("invalid configuration: " + "; ".join(messages), path=path, line=first_line)


def _known_keys(parent: list[Any]) -> list[str]:
    model: type[BaseModel] = Config
    for part in parent:
        field = next((f for n, f in model.model_fields.items() if part in (n, f.alias)), None)
        annotation = getattr(field, "annotation", None)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            model = annotation
        else:
            return []
    return [f.alias or n for n, f in model.model_fields.items() if n not in ("path", "given")]


def _line(data: Any, loc: list[Any]) -> int | None:
    node, line = data, None
    for part in loc:
        if isinstance(node, dict) and part in node:
            line = yamlio.line_of(node, part) or line
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            line = yamlio.line_of(node, part) or line
            node = node[part]
        else:
            break
    return line


# pyproject.toml: a `[table]` header or a `key = ` line (keys bare, quoted or dotted), outside
# multi-line strings; enough to name the line of a key of [tool.corpuslint] (tomllib keeps none)
_TOML_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"[^"\\]*"|'[^']*')"""
_TOML_HEADER = re.compile(rf"^\s*\[\[?\s*({_TOML_KEY_PART}(?:\s*\.\s*{_TOML_KEY_PART})*)\s*\]\]?\s*(?:#.*)?$")
_TOML_KEY = re.compile(rf"^\s*({_TOML_KEY_PART}(?:\s*\.\s*{_TOML_KEY_PART})*)\s*=")


def _toml_line(text: str, loc: list[Any]) -> int | None:
    """The line of the deepest key of `loc` (relative to [tool.corpuslint]) found in the TOML text."""
    lines: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    in_string = None  # the quotes of a multi-line string the line is in
    for number, line in enumerate(text.splitlines(), 1):
        if in_string:
            in_string = None if line.count(in_string) % 2 else in_string
            continue
        in_string = next((q for q in ('"""', "'''") if line.count(q) % 2), None)  # (`key = """` still names key)
        if header := _TOML_HEADER.match(line):
            key = table = _toml_parts(header.group(1))
        elif match := _TOML_KEY.match(line):
            key = table + _toml_parts(match.group(1))
        else:
            continue
        if key[:2] == ("tool", "corpuslint") and len(key) > 2:
            lines.setdefault(key[2:], number)
    path: list[str] = []
    for part in loc:
        if not isinstance(part, str):
            break
        path.append(part)
    return next((lines[tuple(path[:n])] for n in range(len(path), 0, -1) if tuple(path[:n]) in lines), None)


def _toml_parts(dotted: str) -> tuple[str, ...]:
    return tuple(part.strip()[1:-1] if part.strip()[:1] in "\"'" else part.strip()
                 for part in re.findall(_TOML_KEY_PART, dotted))


def rule_options_line(config: Config, key: str) -> int | None:
    """Line of `rules: {key: ...}` in the config file, for option errors."""
    return config_line(config, ["rules", key])


def config_line(config: Config, loc: list[Any]) -> int | None:
    """Line of a setting (`["ignore", 2]`: the third item of `ignore`) in the config file (in a
    pyproject.toml, the line of `ignore` itself)."""
    if not config.path:
        return None
    try:
        text = Path(config.path).read_text(encoding="utf-8")
        return _toml_line(text, loc) if config.path.endswith(".toml") else _line(yamlio.load(text), loc)
    except Exception:
        return None
