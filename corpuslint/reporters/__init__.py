"""Built-in reporters; each is one module, registered here like a plugin's would be."""

from __future__ import annotations

from corpuslint import hookimpl


@hookimpl
def corpuslint_register_reporters(register):
    from corpuslint.reporters.github import GithubReporter
    from corpuslint.reporters.json import JsonLinesReporter, JsonReporter
    from corpuslint.reporters.junit import JunitReporter
    from corpuslint.reporters.sarif import SarifReporter
    from corpuslint.reporters.text import TextReporter
    from corpuslint.report.reporter import HtmlReporter

    for reporter in (TextReporter, JsonReporter, JsonLinesReporter, GithubReporter, SarifReporter, JunitReporter,
                     HtmlReporter):
        register(reporter)
