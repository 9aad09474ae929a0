"""`github`: GitHub Actions workflow commands, shown as annotations on the pull request."""

from __future__ import annotations

from corpuslint.reporters.base import Reporter

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


class GithubReporter(Reporter):
    name = "github"
    description = "GitHub Actions annotations (::error file=...,line=...::message)."
    streaming = True

    def add(self, findings) -> None:
        for f in findings:
            title = _escape(f"{f.code} [{f.name}]", prop=True)
            props = (f"file={_escape(f.path, prop=True)},line={f.line},col={f.column},"
                     f"endLine={f.end_line},endColumn={f.end_column},title={title}")
            self.stream.write(f"::{LEVEL[f.severity.value]} {props}::{_escape(f'{f.code} {f.message}')}\n")
