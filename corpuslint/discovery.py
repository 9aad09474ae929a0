"""Finding the files to check: include/exclude globs and `.gitignore`, as ruff does.

A file named on the command line is always checked (unless `force-exclude`: then not when an
exclude covers it, nor when it is one of corpuslint's own reports), whatever its extension; a directory is walked, keeping files whose name matches `include` and skipping what
`exclude`, `extend-exclude` and the `.gitignore` files on the way rule out (`extend-include` adds
to `include` as `extend-exclude` to `exclude`).
"""

from __future__ import annotations

import fnmatch
import os
import time
from collections import Counter
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from corpuslint.config import Config
from corpuslint.files import (REPORT_SUFFIXES, TEMP_PREFIX, cache_folder, change_stamp, known_heads, output_stamp,
                              own_report, record_heads, written_outputs)

if TYPE_CHECKING:
    import pathspec


# Markup that a folder walk may hold beside the corpus and that a user may think was checked:
# MDX is read as Markdown once `include` names it; the others have no reader (read as text).
MDX = ".mdx"
NOTEBOOK = ".ipynb"  # read (formats/notebook.py) when named or included (the default `include` does)
HTML = (".html", ".htm")  # read as HTML when named or included; a walk's notes leave them out (reports are .html)
# (GitHub's markup formats and the GNU/Perl documentation sources; `.tex` is read for CL216's LaTeX)
MARKUP_NOT_READ = {".rst": "reStructuredText", ".adoc": "AsciiDoc", ".asciidoc": "AsciiDoc", ".org": "Org",
                   ".pod": "POD", ".texi": "Texinfo", ".texinfo": "Texinfo", ".txi": "Texinfo",
                   ".wikitext": "MediaWiki", ".mediawiki": "MediaWiki", ".textile": "Textile",
                   ".creole": "Creole", ".rdoc": "RDoc"}
# tables: a CSV/TSV file named (or included) is read as one plain-text document, its rows as lines; a
# Parquet file is binary (CL902). Said, never silent (tester32 #4.1-2), with what to do instead
TABLES_NOT_READ = {".csv": "CSV", ".tsv": "TSV", ".parquet": "Parquet"}


class Discovery:
    def __init__(self, config: Config, outputs: str | None = None) -> None:
        """`outputs`: the cache folder whose record of corpuslint's own reports and baselines
        (files.written_outputs) the walk skips: the run's (session.outputs_folder); by default
        the config folder's."""
        self.config = config
        self.root = config.root
        self.include = config.walked_globs
        # extensions are matched whatever their case: `.TXT` is a text file too
        self._include = [p.lower() for p in self.include]
        # what was left out and why (include, exclude, gitignore, force-exclude): the message
        # of a run that found nothing to check says which
        self.skipped: Counter[str] = Counter()
        self.temp_files: list[str] = []  # fixer temporary files seen on the way (see files.sweep_temp_files)
        self.temp_folders: set[str] = set()  # folders of named files, not walked: looked at for them
        self._stop: str | None = None  # a named folder that is itself excluded: rules above it do not apply
        self._gitignores: dict[str, pathspec.GitIgnoreSpec | None] = {}
        self._chains: dict[str, list[tuple[str, pathspec.GitIgnoreSpec]]] = {}
        self._resolved: dict[str, str] = {}  # folder -> its real path
        self.markup_skipped: Counter[str] = Counter()  # suffix -> files of MDX and MARKUP_NOT_READ left out by `include`
        self.markup_as_text: Counter[str] = Counter()  # suffix -> files of MARKUP_NOT_READ read as text
        self.tables: Counter[str] = Counter()  # suffix -> files of TABLES_NOT_READ checked (named or included)
        # the reports and baselines corpuslint wrote (files.written_outputs): a walk skips them
        self._folder = outputs or cache_folder(config.root, config.cache_dir)
        self._outputs = written_outputs(self._folder)
        self._output_names = {os.path.basename(path) for path in self._outputs}
        # the files left out as corpuslint's outputs ("output": recorded; "report": by their content),
        # named in the run's notes (qa19b #4: a count alone did not say which)
        self.outputs: dict[str, list[str]] = {"output": [], "report": []}
        # what own_report found in each file looked into, by its change stamp (files.record_heads):
        # the record (read at the first such file) and this walk's answers, kept when a walk ends
        self._heads: dict[str, tuple[str, str | None]] | None = None
        self._heads_now: dict[str, tuple[str, str | None]] = {}
        self._now = time.time_ns()  # what the files' change stamps are judged racy against

    @cached_property
    def exclude(self) -> pathspec.GitIgnoreSpec:
        # pathspec is imported when a folder is walked or an exclude tested: files named on the
        # command line (pre-commit's way) do not need it, and its import costs ~10 ms
        import pathspec

        return pathspec.GitIgnoreSpec.from_lines([*self.config.exclude, *self.config.extend_exclude])

    def files(self, paths: list[str]) -> Iterator[str]:
        """Each file to check once, in a stable order (sorted within each directory).

        A folder that cannot be listed is yielded itself, for the reader to report (CL901); a
        named folder is walked even when an ignore rule covers it, unless `force-exclude`.
        """
        seen: set[str] = set()
        for raw in paths:
            path = Path(raw)
            if path.is_dir():
                found = self._walk(path)
            elif self.config.force_exclude and self._excluded(path):
                self.skipped["force-exclude"] += 1
                found = iter(())
            elif self.config.force_exclude and self._output(path) is not None:
                # pre-commit names every staged file, with --force-exclude: a committed report is
                # skipped as in a walk, not rewritten by the fix hook (qa19b #2)
                found = iter(())
            else:
                self.temp_folders.add(os.path.dirname(raw) or ".")
                self._count_markup(raw, included=True)
                found = iter([raw])
            for item in found:
                # one file named twice (relative and absolute, or through a symlinked folder) is one file
                key = self._absolute(Path(item))
                if key not in seen:
                    seen.add(key)
                    yield item
        self._keep_heads()

    def included(self, name: str) -> bool:
        """Whether a file name matches `include` (case-insensitively)."""
        name = name.lower()
        return any(fnmatch.fnmatchcase(name, pattern) for pattern in self._include)

    def _walk(self, top: Path) -> Iterator[str]:
        self._stop = None
        if self._exclusion(top, is_dir=True) is not None:
            if self.config.force_exclude:
                self.skipped["force-exclude"] += 1
                return
            self._stop = self._absolute(top)  # named, so checked: only rules inside it apply
        unreadable: list[OSError] = []
        try:
            for dirpath, dirnames, filenames in os.walk(top, onerror=unreadable.append):
                yield from (err.filename for err in unreadable if err.filename)
                unreadable.clear()
                current = Path(dirpath)
                dirnames[:] = sorted(d for d in dirnames if not self._excluded(current / d, is_dir=True))
                for name in sorted(filenames):
                    if name.startswith(TEMP_PREFIX) and name.endswith(".tmp"):
                        self.temp_files.append(os.path.join(dirpath, name))
                        continue
                    if not self.included(name):
                        self.skipped["include"] += 1
                        if os.path.splitext(name)[1].lower() in HTML:
                            self.skipped["include-html"] += 1  # for the hint of a run that found nothing
                        self._count_markup(name, included=False)
                        continue
                    self._count_markup(name, included=True)
                    path = current / name
                    if self._excluded(path):
                        continue
                    if self._output(path) is not None:
                        continue
                    yield str(path)
            yield from (err.filename for err in unreadable if err.filename)
        finally:
            self._stop = None

    def _output(self, path: Path) -> str | None:
        """Whether `path` is corpuslint's output, counted and kept by its reason: "output" (a report or
        baseline it wrote, as recorded), "report" (one by its content: moved, renamed, not recorded)."""
        name = path.name
        if name in self._output_names and self._written_output(path):
            reason = "output"
        elif os.path.splitext(name)[1].lower() in REPORT_SUFFIXES and self._report(path):
            reason = "report"
        else:
            return None
        self.skipped[reason] += 1
        self.outputs[reason].append(str(path))
        return reason

    def _report(self, path: Path) -> str | None:
        """`own_report` of `path`, from the record of an earlier walk while the file's change stamp is
        the one recorded (a file that changed, or changed too recently to tell, is read again)."""
        try:
            stamp = change_stamp(os.stat(path), self._now)
        except OSError:
            stamp = None
        if stamp is None:
            return own_report(str(path))
        if self._heads is None:
            self._heads = known_heads(self._folder)
        key = self._absolute(path)
        known = self._heads.get(key)
        kind = known[1] if known is not None and known[0] == stamp else own_report(str(path))
        self._heads_now[key] = (stamp, kind)
        return kind

    def _keep_heads(self) -> None:
        """Record what this walk found in the files it looked into (`_report`), if anything is new; the
        record's other files are kept while they exist (a walk of one folder forgets no other's)."""
        heads = self._heads
        if heads is None or all(heads.get(key) == known for key, known in self._heads_now.items()):
            return
        kept = {key: known for key, known in heads.items() if key not in self._heads_now and os.path.exists(key)}
        record_heads(self._folder, {**kept, **self._heads_now})
        self._heads = {**kept, **self._heads_now}

    def _written_output(self, path: Path) -> bool:
        """Whether `path` is a report or baseline corpuslint wrote, as it wrote it (a file since
        replaced by another is checked)."""
        stamp = output_stamp(str(path))
        return stamp is not None and self._outputs.get(stamp[0]) == stamp[1]

    def _count_markup(self, name: str, included: bool) -> None:
        suffix = os.path.splitext(name)[1].lower()
        if suffix in TABLES_NOT_READ and included:
            self.tables[suffix] += 1
        if suffix != MDX and suffix not in MARKUP_NOT_READ:
            if suffix == NOTEBOOK and not included:
                self.markup_skipped[suffix] += 1
            return
        if not included:
            self.markup_skipped[suffix] += 1
        elif suffix != MDX:
            self.markup_as_text[suffix] += 1

    def notes(self) -> list[str]:
        """What a user may think was checked and was not, or was read only as text: never silent."""
        notes = []
        if self.markup_skipped:
            counts = " and ".join(f"{n} {suffix}" for suffix, n in sorted(self.markup_skipped.items()))
            hint = ' (add "*.mdx" to `extend-include` to check MDX as Markdown)' if MDX in self.markup_skipped else ""
            if NOTEBOOK in self.markup_skipped:
                hint += ' (add "*.ipynb" to `extend-include` to check Jupyter notebooks)'
            notes.append(f"{counts} file(s) in the folders walked were not checked: they do not match "
                         f"`include`{hint}")
        if self.markup_as_text:
            counts = " and ".join(f"{n} {suffix}" for suffix, n in sorted(self.markup_as_text.items()))
            kinds = ", ".join(sorted({MARKUP_NOT_READ[s] for s in self.markup_as_text}))
            notes.append(f"{counts} file(s) read as plain text: corpuslint has no {kinds} reader, so their "
                         "directives, tables and literal blocks are not told from prose (review fixes with --diff)")
        text = sorted(s for s in self.tables if s != ".parquet")
        if text:
            counts = " and ".join(f"{self.tables[s]} {s}" for s in text)
            notes.append(f"{counts} file(s) read as one plain-text document each: corpuslint has no "
                         f"{'/'.join(TABLES_NOT_READ[s] for s in text)} reader, so rows are not documents "
                         "(convert to JSONL, a record per row with a `text` field)")
        if self.tables[".parquet"]:
            notes.append(f"{self.tables['.parquet']} .parquet file(s) not read: corpuslint check has no Parquet "
                         "reader (convert to JSONL with a `text` field, or run `corpuslint dist`, whose "
                         "ParquetReader reads it: docs/dist.md)")
        return notes

    def _excluded(self, path: Path, is_dir: bool = False) -> bool:
        reason = self._exclusion(path, is_dir)
        if reason is not None and not (is_dir and path.name == os.path.basename(self.config.cache_dir)):
            self.skipped[reason] += 1  # (corpuslint's own cache folder is no exclusion of the user's to report)
        return reason is not None

    def _exclusion(self, path: Path, is_dir: bool = False) -> str | None:
        """Why `path` is left out ("exclude" or "gitignore"), or None."""
        absolute = self._absolute(path)
        relative = self._relative(path, absolute)
        probe = relative + "/" if is_dir else relative
        if self.exclude.match_file(probe) or self.exclude.match_file(path.name + ("/" if is_dir else "")):
            return "exclude"
        if self.config.respect_gitignore and self._gitignored(absolute, is_dir):
            return "gitignore"
        return None

    # Paths are resolved a folder at a time (a file is its resolved folder plus its name): resolving
    # every file of a 41,000-file corpus took ~2.5 s, all of it before the workers started.

    def _absolute(self, path: Path) -> str:
        folder, name = os.path.split(os.path.abspath(path))
        resolved = self._resolved.get(folder)
        if resolved is None:
            resolved = self._resolved[folder] = os.path.realpath(folder)
        return os.path.join(resolved, name)

    @cached_property
    def _root(self) -> str:
        return os.path.realpath(self.root)

    def _relative(self, path: Path, absolute: str) -> str:
        root = self._stop or self._root
        if absolute == root:
            return "."
        prefix = root if root.endswith(os.sep) else root + os.sep
        if absolute.startswith(prefix):
            return absolute[len(prefix):].replace(os.sep, "/")
        return path.as_posix()

    def _gitignored(self, absolute: str, is_dir: bool) -> bool:
        stop = self._stop
        for folder, spec in self._ignore_chain(os.path.dirname(absolute)):
            if stop is not None and not (folder == stop or folder.startswith(stop + os.sep)):
                break  # the ignore files above a named folder do not apply inside it
            prefix = folder if folder.endswith(os.sep) else folder + os.sep
            rel = absolute[len(prefix):].replace(os.sep, "/") + ("/" if is_dir else "")
            if spec.match_file(rel):
                return True
        return False

    def _ignore_chain(self, folder: str) -> list[tuple[str, pathspec.GitIgnoreSpec]]:
        """The `.gitignore` files that apply in `folder`: its own, then its parents' up to the
        repository's root (the folder holding `.git`; those above it do not apply)."""
        chain = self._chains.get(folder)
        if chain is None:
            spec = self._gitignore(folder)
            chain = [(folder, spec)] if spec is not None else []
            parent = os.path.dirname(folder)
            if parent != folder and not os.path.exists(os.path.join(folder, ".git")):
                chain = chain + self._ignore_chain(parent)
            self._chains[folder] = chain
        return chain

    def _gitignore(self, folder: str) -> pathspec.GitIgnoreSpec | None:
        if folder not in self._gitignores:
            spec = None
            ignore_file = os.path.join(folder, ".gitignore")
            if os.path.isfile(ignore_file):
                import pathspec

                try:
                    with open(ignore_file, encoding="utf-8") as handle:
                        spec = pathspec.GitIgnoreSpec.from_lines(handle.read().splitlines())
                except (OSError, UnicodeDecodeError):
                    spec = None
            self._gitignores[folder] = spec
        return self._gitignores[folder]
