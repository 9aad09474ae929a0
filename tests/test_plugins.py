"""Plugins: a third-party rule registered through the entry-point group, as a user's would be."""

from __future__ import annotations

import sys
import textwrap

import pytest

from conftest import SEED
from corpuslint import Document, Linter, hookimpl
from corpuslint.config import Config
from corpuslint.errors import ConfigError
from corpuslint.models import Violation
from corpuslint.plugins import build_registry
from corpuslint.rule import Rule

PLUGIN_SOURCE = '''
"""A third-party plugin: flags the word "lorem" (placeholder text left in a document)."""
import regex
from corpuslint import hookimpl
from corpuslint.models import Violation
from corpuslint.rule import Rule


class LoremIpsum(Rule):
    """## What it does
    Finds lorem ipsum placeholder text.

    ## Why is this bad?
    Placeholder text is not content.

    ## Example
    `Lorem ipsum dolor sit amet.`

    ## Fix safety
    No fix.
    """

    code = "XLI101"
    name = "lorem-ipsum"
    family = "placeholder"

    def check(self, doc):
        for m in regex.finditer(r"(?i)\\blorem ipsum\\b", doc.text):
            yield Violation(m.start(), m.end(), "placeholder text left in the document")


@hookimpl
def corpuslint_register_rules(register):
    register(LoremIpsum)
'''


@pytest.fixture
def installed_plugin(tmp_path, monkeypatch):
    """Install a plugin the way pip would: a module plus a dist-info with an entry point."""
    (tmp_path / "corpuslint_lorem.py").write_text(PLUGIN_SOURCE, encoding="utf-8")
    dist = tmp_path / "corpuslint_lorem-1.2.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: corpuslint-lorem\nVersion: 1.2.0\n",
                                   encoding="utf-8")
    (dist / "entry_points.txt").write_text("[corpuslint]\nlorem = corpuslint_lorem\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield
    sys.modules.pop("corpuslint_lorem", None)


def test_entry_point_plugin_adds_a_rule_that_runs(installed_plugin, tmp_path, cli):
    doc = tmp_path / "doc.txt"
    doc.write_text("Intro.\n\nLorem ipsum dolor sit amet.\n", encoding="utf-8")
    result = cli("check", doc, "--isolated", "--select", "XLI", "--output-format", "json")
    [finding] = result.json()
    assert (finding["code"], finding["name"], finding["family"], finding["line"]) == \
        ("XLI101", "lorem-ipsum", "placeholder", 3)
    listing = cli("plugins")
    assert "lorem" in listing.out and "installed" in listing.out and "XLI101" in listing.out
    assert "lorem-ipsum" in cli("rules").out
    assert cli("rule", "XLI101").out.startswith("# lorem-ipsum (XLI101)")


def test_builtin_families_are_entry_point_plugins_too(cli):
    listing = cli("plugins", "--output-format", "json").json()
    builtin = {row["name"] for row in listing if row["builtin"]}
    assert {"markup", "input", "formats", "reporters"} <= builtin
    markup = next(row for row in listing if row["name"] == "markup")
    assert "CL201" in markup["rules"] and "corpuslint_register_rules" in markup["hooks"]


def test_a_broken_plugin_is_named_and_skipped(tmp_path, monkeypatch, cli):
    (tmp_path / "corpuslint_broken.py").write_text("raise ImportError('missing dependency foo')\n", encoding="utf-8")
    dist = tmp_path / "corpuslint_broken-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: corpuslint-broken\nVersion: 0.1\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text("[corpuslint]\nbroken = corpuslint_broken\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    result = cli("check", SEED, "--isolated", "--select", "CL201")
    assert result.code == 1  # the run went on
    assert "plugin 'broken'" in result.err and "missing dependency foo" in result.err


class Shouting(Rule):
    """## What it does
    Finds a line in capitals."""

    code = "XSH001"
    name = "shouting"
    family = "style"

    def check(self, doc):
        start = 0
        for line in doc.text.split("\n"):
            if len(line) > 10 and line.isupper():
                yield Violation(start, start + len(line), "a whole line in capitals")
            start += len(line) + 1


class ShoutingPlugin:
    @hookimpl
    def corpuslint_register_rules(self, register):
        register(Shouting)


def test_plugin_object_registered_with_the_library_api():
    linter = Linter(Config(select=["XSH"]), plugins=(ShoutingPlugin(),))
    [finding] = linter.check([Document.from_text("calm\nTHIS IS ALL CAPITALS\n")])
    assert (finding.code, finding.line) == ("XSH001", 2)


def test_code_clash_between_plugins_is_a_config_error():
    class Clash(Shouting):
        name = "shouting-again"

    class ClashPlugin:
        @hookimpl
        def corpuslint_register_rules(self, register):
            register(Clash)

    with pytest.raises(ConfigError, match="XSH001 is registered twice"):
        build_registry((ShoutingPlugin(), ClashPlugin()))


def test_trace_env_var_prints_registrations(monkeypatch, capsys):
    monkeypatch.setenv("CORPUSLINT_TRACE_PLUGINS", "1")
    build_registry()
    assert "corpuslint plugins: loaded markup" in capsys.readouterr().err


def test_plugin_docs_example_is_valid_python():
    compile(textwrap.dedent(PLUGIN_SOURCE), "plugin", "exec")
