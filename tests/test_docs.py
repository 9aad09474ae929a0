"""The README and docs/ stay true: the generated rule reference is current, every command, option
and config key is documented, the examples run, and every relative link resolves."""

from __future__ import annotations

import re
import shutil

import pytest
from conftest import ROOT, SEED
from corpuslint import Linter, docgen
from corpuslint.cli import build_parser
from corpuslint.config import Config, JsonlSettings, load_config

DOCS = ROOT / "docs"
README = (ROOT / "README.md").read_text(encoding="utf-8")
PAGES = {path: path.read_text(encoding="utf-8") for path in [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]}
ALL_TEXT = "\n".join(PAGES.values())


def _page(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def _commands() -> dict:
    return next(a for a in build_parser()._actions if a.dest == "command").choices


def _fenced(text: str, lang: str, after: str) -> str:
    """The first ```lang block after the heading or sentence `after`."""
    start = text.index(after)
    return re.search(rf"```{lang}\n(.*?)```", text[start:], re.S).group(1)


# -- the rule reference (generated) -------------------------------------------------------------


def test_the_rules_page_is_current():
    assert _page("rules.md") == docgen.rules_markdown(), (
        f"docs/rules.md is out of date; regenerate it: {docgen.REGENERATE}")


def test_every_rule_is_in_the_rules_page():
    rules_md = _page("rules.md")
    linter = Linter(load_config(None).model_copy(update={"select": ["ALL"]}))
    for code, rule in linter.all_rules.items():
        assert f"\n## {rule.name} ({code})\n" in rules_md, code
        assert f"| [{code}](#" in rules_md, code


def _rule_sections(text: str) -> dict[str, str]:
    """CODE -> the rule's section of rules.md, headings raised back to where the CLI prints them."""
    sections = {}
    for chunk in re.split(r"\n(?=## [a-z0-9-]+ \([A-Z]+\d+\)\n)", text)[1:]:
        code = re.match(r"## \S+ \((\w+)\)", chunk).group(1)
        lines, fenced = [], False
        for line in chunk.rstrip("\n").split("\n"):
            if line.lstrip().startswith(("```", "~~~")):
                fenced = not fenced
            elif not fenced and line.startswith("##"):
                line = line[1:]
            lines.append(line)
        sections[code] = "\n".join(lines)
    return sections


def test_each_rule_section_is_what_corpuslint_rule_prints(cli):
    sections = _rule_sections(_page("rules.md"))
    assert len(sections) >= 50
    for code, section in sections.items():
        result = cli("rule", code, "--isolated")
        assert result.code == 0, result
        assert result.out.rstrip("\n") == section, code


# -- the README ---------------------------------------------------------------------------------


def test_the_readme_stays_short():
    assert len(README.encode("utf-8")) < 12_000, "the reference belongs in docs/, the README stays ~10 kB"


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert ci in README


def test_every_command_is_in_the_readme():
    for name in _commands():
        assert f"corpuslint {name}" in README, name


def test_every_option_of_every_command_is_documented():
    for name, parser in _commands().items():
        for action in parser._actions:
            for flag in action.option_strings:
                if flag.startswith("--") and flag != "--help":
                    assert f"`{flag}" in ALL_TEXT or f"{flag}`" in ALL_TEXT, f"corpuslint {name} {flag}"


def test_every_dependency_says_why():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = re.search(r"^dependencies = \[(.*?)\]", pyproject, re.S | re.M).group(1)
    names = [re.match(r"[A-Za-z0-9_.-]+", d).group(0) for d in re.findall(r'"([^"]+)"', block)]
    assert names
    for name in names:
        assert f"| `{name}` |" in README, name


# -- configuration ------------------------------------------------------------------------------


def test_every_config_key_is_documented():
    table = _page("configuration.md").split("## Every key", 1)[1]
    for name, field in Config.model_fields.items():
        if field.exclude:
            continue
        key = field.alias or name
        if name == "jsonl":
            for sub_name, sub in JsonlSettings.model_fields.items():
                assert f"`jsonl.{sub.alias or sub_name}`" in table, sub_name
        else:
            assert f"`{key}`" in table, key


def test_the_complete_config_example_is_valid(tmp_path):
    example = _fenced(_page("configuration.md"), "yaml", "## A complete example")
    (tmp_path / "rules").mkdir()
    shutil.copy(ROOT / "rules" / "examples" / "globalresearch.yaml", tmp_path / "rules" / "mysite.yaml")
    (tmp_path / "corpuslint.yaml").write_text(example, encoding="utf-8")
    config = load_config(tmp_path / "corpuslint.yaml")
    assert config.model_fields_set >= {"select", "ignore", "rules", "packs", "timeout", "cache_dir"}
    linter = Linter(config)
    assert "GR101" in linter.all_rules  # the extra pack was loaded
    assert "CL403" not in linter.by_code


def test_the_readme_config_example_is_valid(tmp_path):
    (tmp_path / "corpuslint.yaml").write_text(_fenced(README, "yaml", "## Configure"), encoding="utf-8")
    linter = Linter(load_config(tmp_path / "corpuslint.yaml"))
    assert "CL403" not in linter.by_code and "CL151" not in linter.by_code and "CL412" in linter.by_code


# -- examples that run --------------------------------------------------------------------------


def test_the_python_api_example_runs(tmp_path, monkeypatch, capsys):
    code = _fenced(_page("python-api.md"), "python", "# The Python API")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpuslint.yaml").write_text("ignore: [CL504]\n", encoding="utf-8")
    namespace = {"text": SEED.read_text(encoding="utf-8")}
    exec(compile(code, "docs/python-api.md", "exec"), namespace)
    printed = capsys.readouterr().out
    assert "CL201" in printed and "CL504" not in printed  # the config was read
    assert "<u>Reuters</u>" not in namespace["fixed"]


def test_every_json_field_is_documented(cli):
    result = cli("check", str(SEED), "--isolated", "--no-cache", "--no-index", "--output-format", "json")
    findings = result.json()
    assert findings
    ci = _page("ci.md")
    for key in {k for finding in findings for k in finding} | {k for f in findings if f["fix"] for k in f["fix"]}:
        assert f"`{key}`" in ci or f"{{{key}" in ci or f" {key}," in ci or f" {key}}}" in ci, key


def test_the_plugin_example_finds_and_fixes():
    code = _fenced(_page("plugins.md"), "python", "`corpuslint_lorem.py`")
    namespace: dict = {}
    exec(compile(code, "docs/plugins.md", "exec"), namespace)
    rule = namespace["LoremIpsum"]()
    from corpuslint.models import Document

    found = list(rule.check(Document.from_text("Lorem ipsum dolor sit amet.\n\nThe article.")))
    assert [v.fix.applicability.value for v in found] == ["unsafe"]
    assert list(rule.check(Document.from_text("The article, without placeholder text."))) == []
    assert "Finds lorem ipsum placeholder text." in rule.explanation()


def test_the_rule_pack_example_loads_beside_the_builtin_rules(tmp_path):
    (tmp_path / "acme.yaml").write_text(_fenced(_page("plugins.md"), "yaml", "## Your own rules without Python"),
                                        encoding="utf-8")
    linter = Linter(Config(packs=[str(tmp_path / "acme.yaml")], select=["ACME101"]))
    from corpuslint.models import Document

    [rule] = linter.rules
    spec = type(rule).compiled.spec
    for text in spec.tests.fail:
        assert list(rule.check(Document.from_text(text))), text
    for text in spec.tests.pass_:
        assert not list(rule.check(Document.from_text(text))), text


@pytest.mark.parametrize("page", ["README.md", "docs/fixes.md"])
def test_the_sample_output_is_what_corpuslint_prints(cli, page):
    text = (ROOT / page).read_text(encoding="utf-8")
    sample = re.search(r"```\n\$ corpuslint check seeds/\n(.*?)```", text, re.S).group(1)
    result = cli("check", "seeds/", "--no-cache", cwd=ROOT)
    printed = result.out.splitlines()
    assert result.code == 1
    for line in sample.splitlines():
        shown = line.removesuffix("...").removesuffix("…")  # the docs shorten long lines
        assert line == "..." or any(p.startswith(shown) for p in printed), line


def test_the_sample_diff_is_what_fixing_would_change(cli):
    sample = _fenced(_page("fixes.md"), "diff", "The sample article before and after")
    printed = cli("check", "--diff", "--unsafe-fixes", "--no-cache", "seeds/", cwd=ROOT).out.splitlines()
    for line in sample.splitlines():
        assert any(p.startswith(line.removesuffix("...")) for p in printed), line


# -- links --------------------------------------------------------------------------------------


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower().replace("`", ""))
    return text.replace(" ", "-")


def _anchors(text: str) -> set[str]:
    anchors, seen, fenced = set(), {}, False
    for line in text.split("\n"):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced and (m := re.match(r"#{1,6} (.*)", line)):
            slug = _slug(m.group(1))
            anchors.add(slug if slug not in seen else f"{slug}-{seen[slug]}")
            seen[slug] = seen.get(slug, 0) + 1
    return anchors


@pytest.mark.parametrize("page", list(PAGES), ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_resolve(page):
    text = re.sub(r"```.*?```", "", PAGES[page], flags=re.S)
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        if not file.exists():
            broken.append(target)
        elif anchor and file.suffix == ".md" and anchor not in _anchors(file.read_text(encoding="utf-8")):
            broken.append(target)
    assert broken == []


def test_ci_md_says_what_an_empty_run_prints(tmp_path, cli):
    """qa18b #10: docs/ci.md said an empty run prints `All checks passed (0 documents in 0 files).`"""
    (tmp_path / "empty").mkdir()
    result = cli("check", tmp_path / "empty", "--isolated", "--no-cache")
    assert result.code == 2 and result.out == "Nothing was checked (0 documents in 0 files).\n", result
    assert "`Nothing was checked (0 documents in 0 files).`" in _page("ci.md")
    assert "(0 documents in 0 files).`" not in _page("ci.md").replace("`Nothing was checked (0 documents", "")
