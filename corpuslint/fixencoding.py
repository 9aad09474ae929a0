"""What a file's encoding can hold of a fix: a replacement (or metadata value) it cannot write
(`&euro;` decoded to `€` in a Latin-1 file) makes the fix no fix, under `--fix` / `--diff` (the
fixer) and in a plain check's output alike (`unwritable_marked`), with the same note."""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from corpuslint.formats.base import BOMS, SourceFile
from corpuslint.formats.text import sidecar_path
from corpuslint.models import Finding, FindingFix
from corpuslint.results import FileOutcome, applicable

if TYPE_CHECKING:
    from corpuslint.linter import Linter

# Can a replacement (or metadata value) be written to this file? None: anything can.
Encodable = Callable[[str], bool] | None


def value_encodable(value: Any, check: Callable[[str], bool]) -> bool:
    if isinstance(value, str):
        return check(value)
    if isinstance(value, dict):
        return all(value_encodable(k, check) and value_encodable(v, check) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return all(value_encodable(v, check) for v in value)
    return True


def encodable_in(encoding: str) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        try:
            text.encode(encoding)
        except (UnicodeEncodeError, LookupError):
            return False
        return True

    return check


def encoding_checks(source: SourceFile) -> tuple[Encodable, Encodable]:
    """What the file can hold: its own encoding for text; metadata in its own file too, except
    a text file's, which goes to a UTF-8 sidecar, and JSONL, whose writer escapes as needed."""
    if source.format == "jsonl":
        return encodable_in("utf-8"), encodable_in("utf-8")
    text = encodable_in(source.encoding)
    meta = text if source.format == "markdown" else encodable_in("utf-8")
    return text, meta


def unwritable_fixes(findings: list[Finding], source: SourceFile, unsafe: bool, notes: list[str]) -> list[Finding]:
    """`findings`, those whose fix was not applied because its text cannot be written in the
    file's encoding (`&euro;` decoded to `€` in a Latin-1 file) without their fix, so that they
    are not marked fixable; a note for each says why. The entity (or whatever was found) stays:
    no stand-in (`EUR`, `--` for an em dash) is guessed, and nothing is ever written lossily."""
    text_ok, meta_ok = encoding_checks(source)
    read_only = metadata_unwritable(source)
    held: list[Finding] = []  # not fixed for `read_only`: one note for all of them
    out = []
    for finding in findings:
        fix = finding.fix
        if fix is None or not applicable(finding, unsafe):
            out.append(finding)
            continue
        if read_only and fix.metadata:
            held.append(finding)
            out.append(finding.model_copy(update={"fix": None}))
            continue
        bad = "".join(dict.fromkeys(ch for e in fix.edits if e.replacement and not text_ok(e.replacement)
                                    for ch in e.replacement if not text_ok(ch)))
        meta = [m.key for m in fix.metadata if not m.delete and not value_encodable(m.value, meta_ok)]
        if not bad and not meta:
            out.append(finding)
            continue
        encoding = "utf-8" if source.format == "jsonl" else source.encoding
        what = (f"{', '.join(repr(ch) for ch in bad)} in its replacement" if bad
                else f"its metadata value for {', '.join(meta)}")
        notes.append(f"{finding.place(source.path)}: {finding.code} not fixed: {what} "
                     f"cannot be written in {encoding}, the file's encoding; the text is left as it is")
        out.append(finding.model_copy(update={"fix": None}))
    if held:
        first = held[0]
        found = ", ".join(dict.fromkeys(f.code for f in held))
        notes.append(f"{first.place(source.path)}: {found} not fixed ({len(held)} finding"
                     f"{'s' if len(held) > 1 else ''}): {read_only}")
    return out


def unwritable_marked(linter: Linter, outcome: FileOutcome) -> FileOutcome:
    """A plain check's outcome as `--fix` / `--diff` report its fixes: a fix whose text the file's
    encoding cannot hold is not marked fixable (no `[*]`, no JSON `fix`), with the same note
    (`unwritable_fixes`). Only a fix that brings a non-ASCII character can be one: an outcome
    without such a fix (nearly all) is returned as it is, the file not opened."""
    fmt = linter.format_for(outcome.path)
    if not any(f.fix is not None and (_brings_non_ascii(f.fix) or f.fix.metadata and fmt.name in _OWN_METADATA)
               for f in outcome.findings):
        return outcome
    encoding = linter.read_settings.encoding
    if not _unicode(encoding):  # a BOM overrides it (`decode`); (a UTF one holds what another holds)
        try:
            with open(outcome.path, "rb") as handle:
                head = handle.read(4)
            encoding = next((enc for bom, enc in BOMS if head.startswith(bom)), encoding)
        except OSError:
            pass
    source = SourceFile(path=outcome.path, format=fmt.name, raw=b"", encoding=encoding)
    if fmt.name == "text":
        source.state["sidecar"] = sidecar_path(outcome.path, linter.read_settings.sidecar_suffix)
    elif fmt.name == "markdown":
        source.state["toml"] = _toml_head(outcome.path)
    outcome.findings[:] = unwritable_fixes(outcome.findings, source, True, outcome.notes)
    return outcome


# the formats whose metadata lives in a file of the document's own (a sidecar, front matter)
_OWN_METADATA = ("text", "markdown")


def metadata_unwritable(source: SourceFile) -> str | None:
    """Why a fix may not change this document's metadata (then a fix that does is no fix, and
    its finding stays), or None: Markdown's TOML front matter (read, but there is no round-trip
    TOML writer: comments and layout would be lost), or a text file's sidecar that is a symbolic
    or hard link, which other documents may read as theirs (issue: a fix wrote one article's
    title and author into a sidecar shared by several). The text's other fixes are applied."""
    if source.format == "notebook":
        return "a notebook's metadata is not written (its cells' text is); set it by hand"
    if source.format == "markdown" and source.state.get("toml"):
        return ("its TOML front matter (`+++`) is read but never written (no round-trip TOML writer); "
                "set the metadata by hand")
    side = source.state.get("sidecar") if source.format == "text" else None
    if not side:
        return None
    try:
        st = os.lstat(side)
    except OSError:
        return None
    if stat.S_ISLNK(st.st_mode):
        target = os.path.realpath(side)
        others = _links_to(target, side)
        shared = f", shared with {_named(others)}" if others else ""
        return (f"its metadata sidecar {side} is a symbolic link to {_link_text(side, target)}{shared}; the metadata of every "
                "document that reads it would change: set it by hand, or give the document a sidecar of its own")
    if stat.S_ISREG(st.st_mode) and st.st_nlink > 1:
        return (f"its metadata sidecar {side} has {st.st_nlink} hard links; the metadata of every document "
                "that reads it would change: set it by hand, or give the document a sidecar of its own")
    return None


def _link_text(side: str, target: str) -> str:
    try:
        return os.readlink(side)
    except OSError:
        return target


# the names a shared-sidecar note lists at most ("and N others" beyond)
_LINKS_LISTED = 5

# folder -> (its stamp, {target: the symbolic links in it that point there}): a folder is scanned
# once per run (and again only once it changed), not once per document (review18 #3: 2,000
# documents whose sidecars link to one common.yaml took 2,000 scans of 4,000 entries). Emptied
# when a run starts (`forget_links`): a link made in the same clock tick leaves the stamp as it was.
_FOLDER_LINKS: dict[str, tuple[tuple[int, int, int], dict[str, list[str]]]] = {}


def forget_links() -> None:
    """Start a run with no folder scanned (Session.run; its workers fork after it)."""
    _FOLDER_LINKS.clear()


def _links_to(target: str, side: str) -> list[str]:
    """The other symbolic links in `side`'s folder that point to `target` (other documents'
    sidecars, usually): named in the message."""
    folder = os.path.dirname(side)
    try:
        st = os.stat(folder or ".")
    except OSError:
        return []
    stamp = (st.st_ino, st.st_dev, st.st_mtime_ns)
    key = os.path.abspath(folder or ".")  # (a relative folder names another one after a chdir)
    cached = _FOLDER_LINKS.get(key)
    if cached is None or cached[0] != stamp:
        links: dict[str, list[str]] = {}
        try:
            with os.scandir(folder or ".") as entries:
                for entry in entries:
                    if entry.is_symlink():
                        path = os.path.join(folder, entry.name)
                        links.setdefault(os.path.realpath(path), []).append(path)
        except OSError:
            return []
        cached = _FOLDER_LINKS[key] = (stamp, links)
    return sorted(path for path in cached[1].get(target, ()) if path != side)


def _named(paths: list[str]) -> str:
    """`paths`, at most `_LINKS_LISTED` of them, then "and N others"."""
    shown = ", ".join(paths[:_LINKS_LISTED])
    rest = len(paths) - _LINKS_LISTED
    return f"{shown} and {rest} others" if rest > 0 else shown


def _toml_head(path: str) -> bool:
    """Whether a Markdown file opens with `+++` (TOML front matter), after a BOM."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError:
        return False
    for bom, _enc in BOMS:
        if head.startswith(bom):
            head = head[len(bom):]
            break
    return head.startswith(b"+++")


def _unicode(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


def _brings_non_ascii(fix: FindingFix) -> bool:
    return (any(e.replacement and not e.replacement.isascii() for e in fix.edits)
            or any(not m.delete and not value_encodable(m.value, str.isascii) for m in fix.metadata))
