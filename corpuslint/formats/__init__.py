"""Built-in formats: plain text, Markdown with front matter, JSON Lines (gzipped too), Jupyter notebooks."""

from __future__ import annotations

from corpuslint import hookimpl


@hookimpl
def corpuslint_register_formats(register):
    from corpuslint.formats.jsonl import JsonlFormat
    from corpuslint.formats.jsonlgz import GzipJsonlFormat
    from corpuslint.formats.markdown import MarkdownFormat
    from corpuslint.formats.notebook import NotebookFormat
    from corpuslint.formats.text import TextFormat

    register(TextFormat)
    register(MarkdownFormat)
    register(JsonlFormat)
    register(GzipJsonlFormat)
    register(NotebookFormat)
