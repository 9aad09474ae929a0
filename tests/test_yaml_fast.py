"""The simple config reader (`yamlio.load_simple`): for the few `key: value` lines most configs
are, the same values as ruamel.yaml's, without importing it; anything else is left to ruamel."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from corpuslint import yamlio
from corpuslint.config import load_config
from corpuslint.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent

SIMPLE = [
    "respect-gitignore: false\n",  # the benchmark corpus's whole config
    "# settings\nselect: [CL2]\nignore: [CL201, CL310]\n",
    "select: [ALL]\nextend-select: []\nfail-on: error\njobs: 2\ntimeout: 30\n",
    "include: [\"*.txt\", '*.md']\ncache-dir: .cache/corpuslint\nbuiltin-packs: False\n",
    "\n\n  # indented comment\nallow-empty: TRUE\nmin-document-chars: 20\n",
    "sidecar-suffix: \".meta.json\"\nencoding: utf-8\nunsafe-fixes: true\n",
    "ignore: [stray-html-tag, CL1]\ncache-dir: 'a # not a comment'\n",
]

LEFT_TO_RUAMEL = [
    "rules:\n  CL151: {min-documents: 3}\n",  # nested
    "select:\n  - CL2\n",  # block list
    "fail-on: error  # a trailing comment\n",
    "select: [CL2,]\n",  # trailing comma
    "include: [\"*.txt, *.md\"]\n",  # a comma inside a quoted item
    "timeout: 1.5\n",  # a float
    "flag: yes\n",  # YAML 1.1's boolean
    "limit: .inf\n",
    "limit: .5\n",
    "value: null\n",
    "value:\n",
    "true: 1\n",
    "jobs: 012\n",
    "key: \"esc\\\"aped\"\n",
    "---\nselect: [CL2]\n",
    "select: [CL2]\nselect: [CL3]\n",  # a duplicate key: ruamel's error
    "\ufeffselect: [CL2]\n",
    "- a\n- b\n",
]


@pytest.mark.parametrize("text", SIMPLE)
def test_simple_configs_read_as_ruamel_reads_them(text):
    fast = yamlio.load_simple(text)
    assert fast is not None
    full = yamlio.to_plain(yamlio.load(text))
    assert fast == full
    assert [_kind(v) for v in fast.values()] == [_kind(v) for v in full.values()]
    assert load_config_text(text, fast) == load_config_text(text, full)


def _kind(value):  # ruamel gives subclasses (ScalarInt, quoted strings), which validation makes plain
    return next(kind for kind in (bool, int, str, list) if isinstance(value, kind))


def load_config_text(text, data):
    from corpuslint.config import Config

    return Config.model_validate(data).model_dump()


@pytest.mark.parametrize("text", LEFT_TO_RUAMEL)
def test_anything_else_is_left_to_ruamel(text):
    assert yamlio.load_simple(text) is None


def test_a_simple_config_that_fails_validation_still_names_its_line(tmp_path):
    path = tmp_path / "corpuslint.yaml"
    path.write_text("# settings\nselect: [CL2]\n\nfail-on: sometimes\nignor: [CL201]\n", encoding="utf-8")
    assert yamlio.load_simple(path.read_text()) is not None
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert "corpuslint.yaml:4: invalid configuration" in message and "`fail-on`" in message
    assert "line 5" in message and "unknown key `ignor`" in message and "did you mean `ignore`" in message


def test_a_one_file_check_with_a_simple_config_does_not_import_ruamel(tmp_path):
    (tmp_path / "corpuslint.yaml").write_text("respect-gitignore: false\nselect: [CL2]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("The council met on Tuesday and approved the budget.\n", encoding="utf-8")
    script = ("import sys\nfrom corpuslint.cli import main\ncode = main(['check', 'a.txt', '--no-cache'])\n"
              "print(code, 'ruamel.yaml' in sys.modules)")
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "CORPUSLINT_CACHE_DIR": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True,
                           env=env).stdout.split()[-2:] for _ in range(2)]
    # the first run parses the built-in packs (YAML) into the pack cache; the second reads that
    assert runs[0][0] == "0" and runs[1] == ["0", "False"]
