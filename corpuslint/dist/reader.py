"""A datatrove reader that goes through corpuslint's own parsers.

datatrove's stock readers skip a malformed or empty record without a word; this one reports it
as the CLI does (CL904 empty, CL906 malformed JSON, CL907 no text field...), with the file, line
and record, and reads every format corpuslint reads (.jsonl, .txt, .md). Local files are read by
exactly the CLI's code; a remote folder (any fsspec URL) is read for JSONL records, line by line.
"""

from __future__ import annotations

import os
from typing import Any

from datatrove.data import Document as DatatroveDocument
from datatrove.io import DataFolderLike
from datatrove.pipeline.readers.base import BaseDiskReader

from corpuslint.dist.convert import to_datatrove
from corpuslint.dist.settings import ConfigLike, build_linter, findings_writer
from corpuslint.formats.base import InputProblem


class CorpuslintReader(BaseDiskReader):
    """Read a folder with corpuslint's readers; input problems become CL9xx findings.

    Args:
        data_folder: a local path, an fsspec URL or a datatrove DataFolder.
        config: a corpuslint config (a file path, a dict of its keys, or None for the defaults);
            its `jsonl.text-field` / `id-field`, `encoding` and `max-document-bytes` apply.
        findings_folder: where the input problems of task `rank` go, as
            `findings/input-{rank:05d}.jsonl.gz` in the `--output-format jsonl` schema (None: counted in
            the stats and logged only).
        limit, skip, recursive, glob_pattern, paths_file, shuffle_files: as datatrove's readers.
    """

    name = "🔎 corpuslint reader"

    def __init__(self, data_folder: DataFolderLike, config: ConfigLike = None, *,
                 findings_folder: DataFolderLike | None = None, paths_file=None, limit: int = -1, skip: int = 0,
                 recursive: bool = True, glob_pattern: str | None = None, shuffle_files: bool = False,
                 file_progress: bool = False, doc_progress: bool = False) -> None:
        super().__init__(absolute(data_folder), paths_file=paths_file, limit=limit, skip=skip, file_progress=file_progress,
                         doc_progress=doc_progress, recursive=recursive, glob_pattern=glob_pattern,
                         shuffle_files=shuffle_files, add_file_path=False)
        # the path as given names the files in findings, as `corpuslint check PATH` names them
        self.shown_root = data_folder if isinstance(data_folder, str) and "://" not in data_folder else None
        self.config = config
        self.findings_folder = findings_folder
        self.quiet = False  # True: input problems only counted (the corpus job's first stage)
        self._linter = None
        self._problems = None

    @property
    def linter(self):
        if self._linter is None:
            self._linter = build_linter(self.config)
        return self._linter

    def shown_path(self, filepath: str) -> str:
        if self.shown_root is not None:
            return os.path.normpath(os.path.join(self.shown_root, filepath))
        return self.data_folder.resolve_paths(filepath)

    def readable(self, filepath: str) -> bool:
        """A file corpuslint has a reader for, outside hidden folders (caches, .git)."""
        if any(part.startswith(".") for part in filepath.replace("\\", "/").split("/")):
            return False
        return os.path.splitext(filepath)[1].lower() in self.linter._by_extension

    def files_shard(self, rank: int, world_size: int) -> list[str]:
        """The files of task `rank`: every `world_size`-th readable file, in sorted order."""
        if self.paths_file:
            from datatrove.io import get_shard_from_paths_file

            return list(get_shard_from_paths_file(self.paths_file, rank, world_size))
        files = [f for f in self.data_folder.list_files(recursive=self.recursive, glob_pattern=self.glob_pattern)
                 if self.readable(f)]
        return files[rank::world_size]

    def run(self, data=None, rank: int = 0, world_size: int = 1):
        if data:
            yield from data
        shard = self.files_shard(rank, world_size)
        if not shard:
            from datatrove.utils.logging import logger

            logger.warning(f"no files corpuslint reads in {self.data_folder.path} for rank={rank}")
        with findings_writer(self.findings_folder, f"findings/input-{rank:05d}.jsonl.gz") as self._problems:
            for doc in self.read_files_shard(shard):
                self.update_doc_stats(doc)
                yield doc

    def read_file(self, filepath: str):
        path = self.shown_path(filepath)
        for item in self.corpuslint_items(filepath, path):
            if isinstance(item, InputProblem):
                self.report(path, item)
            else:
                yield to_datatrove(item, DatatroveDocument, remember=True)

    def corpuslint_items(self, filepath: str, path: str):
        """What corpuslint's reader of the file's format streams: documents and input problems."""
        linter = self.linter
        fmt = linter.format_for(filepath)
        if self.shown_root is not None or _is_local(self.data_folder):
            return fmt.iter_documents(path if os.path.exists(path) else self.data_folder.resolve_paths(filepath),
                                      linter.read_settings)
        if not hasattr(fmt, "_parse_lines"):
            raise ValueError(f"{path}: only JSONL is read from a remote folder ({fmt.name} is read locally)")
        return self._remote_jsonl(fmt, filepath, path)

    def _remote_jsonl(self, fmt: Any, filepath: str, path: str):
        with self.data_folder.open(filepath, "rb") as handle:
            yield from fmt._parse_lines(path, handle, self.linter.read_settings, None)

    def report(self, path: str, problem: InputProblem) -> None:
        for finding in self.linter.problem_findings(path, [problem]):
            self.stat_update(finding.code)
            if self._problems is not None:
                self._problems.write(finding.model_dump_json() + "\n")
            elif not self.quiet:
                from datatrove.utils.logging import logger

                logger.warning(f"{path}:{finding.line}: {finding.code} {finding.message}")


def absolute(folder: Any) -> Any:
    """A local folder named by a relative path, made absolute: fsspec keeps one file system object
    per path string, so "corpus" would stay the folder of the first working directory that named it
    for as long as the process lives (a second job elsewhere would read or write the first's)."""
    if isinstance(folder, (str, os.PathLike)) and "://" not in str(folder):
        return os.path.abspath(folder)
    return folder


def _is_local(folder: Any) -> bool:
    from fsspec.implementations.local import LocalFileSystem

    return isinstance(getattr(folder, "fs", None), LocalFileSystem)
