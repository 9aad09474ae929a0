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
    assert result.code == 2  # a run without the plugin's rules must not pass silently
    assert "plugin 'broken'" in result.err and "missing dependency foo" in result.err
    assert "CORPUSLINT_IGNORE_BROKEN_PLUGINS=1" in result.err
    listing = cli("plugins")
    assert listing.code == 0 and "FAILED: ImportError: missing dependency foo" in listing.out
    monkeypatch.setenv("CORPUSLINT_IGNORE_BROKEN_PLUGINS", "1")  # the user's opt-out
    result = cli("check", SEED, "--isolated", "--select", "CL201")
    assert result.code == 1  # the run went on, its findings counted
    assert "plugin 'broken'" in result.err


def test_a_plugin_selection_naming_no_plugin_fails_and_says_what_is_loaded(monkeypatch, cli):
    monkeypatch.setenv("CORPUSLINT_PLUGINS", "evil")
    result = cli("check", SEED, "--isolated")
    assert result.code == 2 and "plugin 'evil' is not installed (named in CORPUSLINT_PLUGINS)" in result.err
    monkeypatch.setenv("CORPUSLINT_IGNORE_BROKEN_PLUGINS", "1")
    result = cli("check", SEED, "--isolated")
    assert result.code == 2 and "CORPUSLINT_PLUGINS=evil loads only the plugins evil" in result.err
    monkeypatch.setenv("CORPUSLINT_PLUGINS", "markup")
    result = cli("check", SEED, "--isolated")
    assert result.code == 2 and "unknown output format 'text'; choose from nothing" in result.err
    assert "such as formats and reporters, are not loaded" in result.err
    monkeypatch.setenv("CORPUSLINT_PLUGINS", "markup,formats,reporters")  # a selection that works
    assert cli("check", SEED, "--isolated", "--select", "CL201").code == 1


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


class BadName(Shouting):
    code = "XSH002"
    name = "EvilBad Name"


class BadNamePlugin:
    @hookimpl
    def corpuslint_register_rules(self, register):
        register(BadName)


def test_a_rule_name_that_is_not_kebab_case_is_refused():
    with pytest.raises(ConfigError, match="XSH002 with the name 'EvilBad Name': a rule's name must be kebab-case"):
        build_registry((BadNamePlugin(),))
    assert "XSH001" in build_registry((ShoutingPlugin(),)).rules  # a kebab-case one loads


def test_name_clash_between_plugins_names_both():
    class Again(Shouting):
        code = "XSH003"

    class AgainPlugin:
        @hookimpl
        def corpuslint_register_rules(self, register):
            register(Again)

    with pytest.raises(ConfigError, match="'shouting' is registered twice: XSH001 by plugin 'ShoutingPlugin' "
                                          "and XSH003 by plugin 'AgainPlugin'"):
        build_registry((ShoutingPlugin(), AgainPlugin()))


def _pack(tmp_path, code, name):
    path = tmp_path / f"acme-{code.lower()}.yaml"
    path.write_text(f"""pack: acme
description: test pack.
rules:
  - code: {code}
    name: {name}
    kind: phrases
    summary: A footer.
    message: "footer"
    phrases: ["Read ACME every day"]
""", encoding="utf-8")
    return path


def test_name_clash_between_a_pack_and_a_plugin_names_both(tmp_path):
    pack = _pack(tmp_path, "ACME101", "shouting")
    with pytest.raises(ConfigError, match=rf"rule name 'shouting' of ACME101 in pack {pack} is already used by "
                                          "XSH001 of plugin 'ShoutingPlugin'"):
        Linter(Config(packs=[str(pack)]), plugins=(ShoutingPlugin(),))
    pack = _pack(tmp_path, "ACME102", "share-counter")  # the built-in pack's CL101
    with pytest.raises(ConfigError, match=r"rule name 'share-counter' of ACME102 in pack .* is already used by "
                                          r"CL101 of built-in pack .*social\.yaml"):
        Linter(Config(packs=[str(pack)]))
    pack = _pack(tmp_path, "ACME103", "acme-footer")  # no clash: loads
    linter = Linter(Config(packs=[str(pack)], select=["ACME103", "XSH"]), plugins=(ShoutingPlugin(),))
    assert {"ACME103", "XSH001"} <= set(linter.by_code)


def test_code_clash_with_a_builtin_pack_names_its_path(tmp_path):
    pack = _pack(tmp_path, "CL101", "acme-footer")
    with pytest.raises(ConfigError, match=rf"rule code CL101 of pack {pack} is already used by "
                                          r"built-in pack /.*/social\.yaml"):
        Linter(Config(packs=[str(pack)]))


NODOC_SOURCE = PLUGIN_SOURCE.replace("register(LoremIpsum)", "register(LoremIpsum)\n    register(Dolor)\n"
                                     "    register(NoDoc)\n    register(Terse)") + '''

class Dolor(LoremIpsum):  # a variant of the plugin's own documented rule: shares its documentation
    code = "XLI102"
    name = "lorem-dolor"


class NoDoc(Rule):
    code = "XLI103"
    name = "no-doc"
    family = "placeholder"

    def check(self, doc):
        return ()


class Terse(NoDoc):
    """flags nothing"""
    code = "XLI104"
    name = "terse"
'''


def test_a_plugin_rule_without_a_docstring_says_no_documentation_and_plugins_warns(tmp_path, monkeypatch, cli):
    """qa18b #7: a rule class without a docstring showed Rule's ("Base class of a per-document rule.")
    in `rule`, `rules` and `rule --output-format json`; `plugins` said nothing."""
    (tmp_path / "corpuslint_nodoc.py").write_text(NODOC_SOURCE, encoding="utf-8")
    dist = tmp_path / "corpuslint_nodoc-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: corpuslint-nodoc\nVersion: 0.1\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text("[corpuslint]\nnodoc = corpuslint_nodoc\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        shown = cli("rule", "XLI103")
        assert shown.code == 0 and "Base class" not in shown.out, shown
        assert shown.out.endswith("No documentation: the rule's class has no docstring (see docs/plugins.md).\n")
        as_json = cli("rule", "no-doc", "--output-format", "json").json()
        assert as_json["explanation"].startswith("No documentation") and as_json["summary"] == "(no documentation)" and as_json["documented"] is False
        row = next(line for line in cli("rules", "--all").out.splitlines() if line.startswith("XLI103"))
        assert row.endswith("(no documentation)"), row
        assert "Finds lorem ipsum placeholder text." in cli("rule", "XLI102").out  # its parent's, a plugin's
        listing = cli("plugins")
        assert listing.code == 0
        assert "corpuslint: warning: plugin nodoc: no documentation (no docstring): XLI103\n" in listing.err
        assert "plugin nodoc: documentation without the headings (## What it does, ...): XLI104\n" in listing.err
        [nodoc] = [r for r in cli("plugins", "--output-format", "json").json() if r["name"] == "nodoc"]
        assert (nodoc["undocumented"], nodoc["without_headings"]) == (["XLI103"], ["XLI104"])
    finally:
        sys.modules.pop("corpuslint_nodoc", None)


def test_the_builtin_rules_are_all_documented(cli):
    listing = cli("plugins", "--output-format", "json")
    assert listing.err == "" and all(not r["undocumented"] and not r["without_headings"] for r in listing.json())
    assert cli("rule", "CL101", "--output-format", "json").json()["documented"] is True
