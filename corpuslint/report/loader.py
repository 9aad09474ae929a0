"""Reading a saved findings file (`check --output-format json` or `jsonl`) back into findings.

Also a folder of them, as the distributed job writes its findings (`findings/00000.jsonl.gz`,
`findings/input-00000.jsonl.gz`: JSON lines, gzipped): each file in name order, gzipped or not.

The report is built on the JSON output, the public contract, so a datatrove or CI run can be
reported later. Every item is validated as a `Finding`: a file that is not ours, or one cut
short, stops the report with its file and line before anything is written.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterator

from pydantic import ValidationError

from corpuslint.errors import CorpuslintError
from corpuslint.models import Finding


class FindingsFileError(CorpuslintError):
    """A findings file that cannot be read; the message names the file and the line."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")


FINDINGS_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz")


def read_findings(path: str) -> Iterator[Finding]:
    """Each finding of a JSON list or a JSON-lines file (gzipped or not), in file order; of a
    folder, each findings file in it (`FINDINGS_SUFFIXES`, any depth) in path order.

    The format is told by the first character that is not blank: `[` for a JSON list, `{` for
    JSON lines; anything else is not a findings file.
    """
    if os.path.isdir(path):
        files = sorted(os.path.join(folder, name) for folder, _dirs, names in os.walk(path)
                       for name in names if name.endswith(FINDINGS_SUFFIXES))
        if not files:
            raise FindingsFileError(path, None, "a folder without findings files (`*.jsonl`, `*.jsonl.gz`, "
                                    "`*.json`, `*.json.gz`, as `check -o` and the distributed job write)")
        for file in files:
            yield from read_findings(file)
        return
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        if data[:2] == b"\x1f\x8b":  # gzip's magic number: the distributed job's `findings/*.jsonl.gz`
            data = gzip.decompress(data)
        text = data.decode("utf-8")
    except FileNotFoundError:
        raise FindingsFileError(path, None, "no such findings file") from None
    except UnicodeDecodeError as exc:
        raise FindingsFileError(path, None, f"not UTF-8 text ({exc.reason}); not a corpuslint findings file") from None
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise FindingsFileError(path, None, f"a gzip file that cannot be read (cut short?): {exc}") from None
    except OSError as exc:
        raise FindingsFileError(path, None, f"cannot read: {exc.strerror or exc}") from None
    start = len(text) - len(text.lstrip())
    if start == len(text):
        return  # the JSON lines of a clean run: no findings
    if text[start] == "[":
        yield from _json_list(path, text, start)
    elif text[start] == "{":
        _not_one_object(path, text, start)
        yield from _json_lines(path, text)
    else:
        raise FindingsFileError(path, _line_of(text, start), "not a corpuslint findings file (expected a JSON "
                                "list or JSON lines of findings, from `check --output-format json|jsonl`)")


def _json_lines(path: str, text: str) -> Iterator[Finding]:
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            cut = number == len(lines) and not text.endswith("\n")
            why = "the last line is cut short (a truncated file?)" if cut else "not valid JSON"
            raise FindingsFileError(path, number, f"{why}: {exc}") from None
        yield _finding(path, number, item)


def _not_one_object(path: str, text: str, start: int) -> None:
    """A baseline, or a file that is one JSON object over several lines, is said to be what it
    is: read as JSON lines, a baseline's first line `{` was "not valid JSON"."""
    try:
        item, end = json.JSONDecoder().raw_decode(text, start)
    except ValueError:
        return  # JSON lines whose first line is not JSON: _json_lines says which line
    if isinstance(item, dict) and "corpuslint-baseline" in item:
        raise FindingsFileError(path, _line_of(text, start), "not a corpuslint finding but a corpuslint baseline "
                                "(`check --write-baseline`): give it as `--baseline FILE` to mark known findings, "
                                "and as `--from` the output of `check --output-format json|jsonl`")
    if _skip_blank(text, end) == len(text) and "\n" in text[start:end]:
        _finding(path, _line_of(text, start), item)  # one object over several lines: is it a finding?


def _json_list(path: str, text: str, start: int) -> Iterator[Finding]:
    """Decode the list item by item, so a bad item is named by its own line."""
    decoder = json.JSONDecoder()
    pos = _skip_blank(text, start + 1)
    if pos < len(text) and text[pos] == "]":
        return _check_end(path, text, pos + 1)
    while True:
        try:
            item, pos = decoder.raw_decode(text, pos)
        except ValueError as exc:
            raise FindingsFileError(path, _line_of(text, pos), f"not valid JSON (cut short?): {exc.msg}") from None
        yield _finding(path, _line_of(text, pos), item)
        pos = _skip_blank(text, pos)
        if pos < len(text) and text[pos] == ",":
            pos = _skip_blank(text, pos + 1)
            continue
        if pos < len(text) and text[pos] == "]":
            _check_end(path, text, pos + 1)
            return
        raise FindingsFileError(path, _line_of(text, min(pos, len(text))),
                                "the JSON list is cut short (no closing `]`)" if pos >= len(text)
                                else "expected `,` or `]` between findings")


def _check_end(path: str, text: str, pos: int) -> None:
    rest = _skip_blank(text, pos)
    if rest < len(text):
        raise FindingsFileError(path, _line_of(text, rest), "unexpected text after the list of findings")


def _finding(path: str, line: int, item: object) -> Finding:
    if not isinstance(item, dict) or "code" not in item or "path" not in item:
        raise FindingsFileError(path, line, "not a corpuslint finding (an object with `path`, `code`, `line`, "
                                "... as `check --output-format json` writes)")
    try:
        return Finding.model_validate(item)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "the item"
        raise FindingsFileError(path, line, f"not a corpuslint finding: `{field}`: {first['msg']}") from None


def _skip_blank(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1
