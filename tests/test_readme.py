"""The README stays true: its rule list, commands, config example and CI command."""

from __future__ import annotations

import re
import shutil

from conftest import ROOT
from corpuslint.cli import build_parser
from corpuslint.config import load_config
from corpuslint.engine import Linter

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_rule_is_listed():
    linter = Linter(load_config(None))
    missing = [code for code in linter.all_rules if f"| {code} |" not in README]
    assert missing == []


def test_every_command_is_documented():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for name in commands:
        assert f"corpuslint {name}" in README, name


def test_the_config_example_is_valid(tmp_path):
    example = re.search(r"A complete example:\n\n```yaml\n(.*?)```", README, re.S).group(1)
    (tmp_path / "rules").mkdir()
    shutil.copy(ROOT / "rules" / "examples" / "globalresearch.yaml", tmp_path / "rules" / "mysite.yaml")
    (tmp_path / "corpuslint.yaml").write_text(example, encoding="utf-8")
    linter = Linter(load_config(tmp_path / "corpuslint.yaml"))
    assert "GR101" in linter.all_rules  # the extra pack was loaded
    assert "CL403" not in linter.by_code


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert ci in README


def test_every_check_option_is_documented():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for action in commands["check"]._actions:
        for flag in action.option_strings:
            if flag.startswith("--") and flag != "--help":
                assert f"`{flag}" in README or f", `{flag}" in README or f"{flag}`" in README, flag
