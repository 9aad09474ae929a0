"""`corpuslint report`: a self-contained HTML page of a corpus's health, built on the JSON findings.

Layers, each importing only those below it: `loader` (a saved findings file), `corpus` (what the
documents tell: sizes, groups, metadata), `model` (findings folded into counts and samples),
`charts` (inline SVG), `build` (from PATHs or from a findings file), `html` (the page).
"""

from __future__ import annotations

from corpuslint import hookimpl


@hookimpl
def corpuslint_register_reporters(register):
    """`check --output-format html`: registered like a plugin's reporter (the report sits above the
    reporters' layer, so `corpuslint.reporters` cannot import it)."""
    from corpuslint.report.reporter import HtmlReporter

    register(HtmlReporter)
