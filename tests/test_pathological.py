"""No input makes a run hang: the size cap (CL908) and the per-rule time budget (CL909).

A 50 MB single-line document is reported, not checked; a rule that backtracks or loops on a
document is stopped after `timeout` seconds, whether or not it passes `timeout=` to its regex
calls; and in every case the other rules, documents and files are still checked. No timing is
asserted here (benchmarks are not tests): only that the run ends with the right findings.
"""

from __future__ import annotations

import json
import types

import regex

from conftest import SEED
from corpuslint import Linter, hookimpl
from corpuslint.config import Config
from corpuslint.models import Violation
from corpuslint.rule import Rule

FIFTY_MB = 50 * 1024 * 1024


class Backtracking(Rule):
    """## What it does
    A test rule with a catastrophically backtracking pattern and no `timeout=`.

    ## Why is this bad?
    It stands for a rule (or a plugin) that did not guard its regex.

    ## Example
    `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab`

    ## Fix safety
    No fix.
    """

    code = "XPT901"
    name = "backtracking-test-rule"
    family = "pathological"
    PATTERN = regex.compile(r"(?:a|aa)+$")  # exponential on a run of a's that ends in another letter

    def check(self, doc):
        for line_match in regex.finditer(r"a{20,}b", doc.text):
            if self.PATTERN.search(line_match.group()):  # never true; takes ~forever on 60 a's
                yield Violation(line_match.start(), line_match.end(), "unreachable")


class Cooperative(Rule):
    """## What it does
    A test rule with the same pattern that passes `timeout=` to regex, as rules should.

    ## Why is this bad?
    Test only.

    ## Example
    `aaab`

    ## Fix safety
    No fix.
    """

    code = "XPT902"
    name = "cooperative-test-rule"
    family = "pathological"

    def check(self, doc):
        for line_match in regex.finditer(r"a{20,}b", doc.text):
            if Backtracking.PATTERN.search(line_match.group(), timeout=self.timeout):
                yield Violation(line_match.start(), line_match.end(), "unreachable")


class Endless(Rule):
    """## What it does
    A test rule that loops forever in Python on a document holding the word `forever`.

    ## Why is this bad?
    Test only.

    ## Example
    `forever`

    ## Fix safety
    No fix.
    """

    code = "XPT903"
    name = "endless-test-rule"
    family = "pathological"

    def check(self, doc):
        n = 0
        while "forever" in doc.text:
            n += 1
        return ()


def _plugin(*rules):
    @hookimpl
    def corpuslint_register_rules(register):
        for rule in rules:
            register(rule)

    return types.SimpleNamespace(corpuslint_register_rules=corpuslint_register_rules)


def _by_path(result):
    out: dict[str, list[str]] = {}
    for finding in result.findings:
        out.setdefault(finding.path.rsplit("/", 1)[-1], []).append(finding.code)
    return out


def test_a_50_mb_single_line_text_file_is_cl908_and_the_next_file_is_checked(tmp_path):
    big = tmp_path / "a-huge.txt"
    with open(big, "w", encoding="utf-8") as out:
        chunk = "The quick brown fox jumps over the lazy dog, again and again. " * 16384
        while out.tell() < FIFTY_MB:
            out.write(chunk)
    (tmp_path / "b-seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    result = Linter(Config(select=["markup", "input"])).run([str(tmp_path)], jobs=1)
    found = _by_path(result)
    assert found["a-huge.txt"] == ["CL908"]
    assert "CL201" in found["b-seed.txt"]  # the file after it was checked as usual
    assert not result.errors


def test_a_50_mb_jsonl_record_is_cl908_and_the_records_after_it_are_checked(tmp_path):
    path = tmp_path / "corpus.jsonl"
    seed = SEED.read_text(encoding="utf-8")
    with open(path, "w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "before", "text": seed}) + "\n")
        out.write('{"id": "huge", "text": "')
        chunk = "The quick brown fox jumps over the lazy dog. " * 16384
        while out.tell() < FIFTY_MB:
            out.write(chunk)
        out.write('"}\n')
        out.write(json.dumps({"id": "after", "text": seed}) + "\n")
    result = Linter(Config(select=["markup", "input"])).run([str(path)], jobs=1)
    by_doc = {(f.record, f.document, f.code) for f in result.findings}
    assert (1, "before", "CL201") in by_doc
    assert (3, "after", "CL201") in by_doc  # the record after it, numbered as in the file
    huge = [f for f in result.findings if f.code == "CL908"]
    assert [(f.record, f.line) for f in huge] == [(2, 2)] and "not checked" in huge[0].message


def _pathological_files(tmp_path):
    (tmp_path / "a-backtrack.txt").write_text("Opening line.\n\n" + "a" * 60 + "b\n\nforever\n", encoding="utf-8")
    (tmp_path / "b-seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")


def test_rules_that_backtrack_or_loop_become_cl909_and_the_run_goes_on(tmp_path):
    _pathological_files(tmp_path)
    linter = Linter(Config(select=["markup", "input", "pathological"], timeout=0.2),
                    plugins=(_plugin(Backtracking, Cooperative, Endless),))
    result = linter.run([str(tmp_path)], jobs=1)
    timeouts = [f for f in result.findings if f.code == "CL909"]
    assert {f.path.rsplit("/", 1)[-1] for f in timeouts} == {"a-backtrack.txt"}
    stopped = sorted(m.split()[1] for m in (f.message for f in timeouts))
    assert stopped == ["XPT901", "XPT902", "XPT903"]  # each rule reported once, by code
    assert all("its findings here are missing" in f.message for f in timeouts)
    assert "CL201" in _by_path(result)["b-seed.txt"]  # the other file, and markup, still ran
    assert not result.errors


def test_the_time_budget_holds_in_worker_processes_too(tmp_path):
    _pathological_files(tmp_path)
    # enough bytes for the parallel path (engine.PARALLEL_MIN_BYTES)
    filler = SEED.read_text(encoding="utf-8")
    for i in range(3):
        (tmp_path / f"c-filler-{i}.txt").write_text(filler * 250, encoding="utf-8")
    linter = Linter(Config(select=["markup", "input", "pathological"], timeout=0.2),
                    plugins=(_plugin(Backtracking, Endless),))
    linter.plugins = ()  # the plugin objects are inherited by the forked workers; let it fork
    result = linter.run([str(tmp_path)], jobs=2)
    found = _by_path(result)
    assert sorted(found["a-backtrack.txt"]) == ["CL909", "CL909"]
    assert "CL201" in found["b-seed.txt"]
    assert result.files == 5 and not result.errors


def test_the_time_budget_leaves_its_signal_as_it_found_it(tmp_path):
    import signal

    before = signal.getsignal(signal.SIGPROF), signal.getsignal(signal.SIGALRM)
    _pathological_files(tmp_path)
    Linter(Config(select=["pathological"], timeout=0.2), plugins=(_plugin(Endless),)).run([str(tmp_path)], jobs=1)
    assert (signal.getsignal(signal.SIGPROF), signal.getsignal(signal.SIGALRM)) == before
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


class Sleepy(Rule):
    """## What it does
    A test rule that waits (no CPU) on a document holding the word `forever`: a loaded machine.

    ## Why is this bad?
    Test only.

    ## Example
    `forever`

    ## Fix safety
    No fix.
    """

    code = "XPT904"
    name = "sleepy-test-rule"
    family = "pathological"

    def check(self, doc):
        import time

        if "forever" in doc.text:
            time.sleep(0.6)
        return ()


def test_the_budget_counts_cpu_time_not_wall_time(tmp_path):
    # qa15b #10: on a loaded machine a rule's wall time stretched past `timeout` and CL909 came
    # and went between runs; waiting (another process has the CPU) uses none of the budget
    _pathological_files(tmp_path)
    linter = Linter(Config(select=["pathological"], timeout=0.2), plugins=(_plugin(Sleepy, Endless),))
    result = linter.run([str(tmp_path)], jobs=1)
    stopped = sorted(f.message.split()[1] for f in result.findings if f.code == "CL909")
    assert stopped == ["XPT903"]  # the loop that burns CPU, not the wait


ADVERSARIAL = {
    "lt-run": "<" * 50_000,
    "tag-soup": "<a " * 20_000,
    "amp-run": "&" * 20_000 + "\n" + "&amp" * 10_000,
    "url-run": "http://" + "a" * 50_000 + "\nwww." + "a." * 20_000,
    "whitespace": "word" + " " * 50_000 + "word\n" + "\n" * 50_000 + "end",
    "mojibake-run": "Ã" * 30_000 + "\n" + "â€" * 20_000,
    "digits": "1" * 50_000 + "\n" + "1," * 20_000,
    "repetition": "Click here to subscribe to our newsletter. " * 2_000,
    "short-lines": "short line\n" * 20_000,
    "punctuation": ".-_*#=|" * 7_000,
}


def test_adversarial_text_through_every_default_rule_ends_with_findings_or_cl909(tmp_path):
    for name, text in ADVERSARIAL.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    # A 1 s budget bounds this test even if a rule family regresses; the benchmark reports the
    # time each of these takes (benchmarks/run.py, section "Pathological input").
    result = Linter(Config(timeout=1.0)).run([str(tmp_path)], jobs=1)
    assert not result.errors, result.errors
    assert result.documents == len(ADVERSARIAL)
