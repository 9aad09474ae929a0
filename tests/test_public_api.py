"""The public API keeps working across the layering of issue 12: a plugin written against the
documented API (README "Writing a plugin": hookimpl, Rule, CorpusRule, Violation, Fix, the
register hooks) and the library calls (`Linter.check`, `fix`, `run`), and the names scripts
imported from `corpuslint.engine`."""

from __future__ import annotations

import types

import corpuslint

PLUGIN = '''
import regex
from corpuslint import CorpusRule, Fix, Rule, Violation, hookimpl
from corpuslint.rule import Fingerprint, FixAvailability

LOREM = regex.compile(r"(?i)\\blorem ipsum\\b[^\\n]*")


class LoremIpsum(Rule):
    """## What it does
    Finds lorem ipsum placeholder text.

    ## Why is this bad?
    Placeholder text is not content; it means a template was scraped, not an article.

    ## Example
    `Lorem ipsum dolor sit amet.`

    ## Fix safety
    Unsafe: the fix removes the rest of the line.
    """

    code = "XLI101"
    name = "lorem-ipsum"
    family = "placeholder"
    fix_availability = FixAvailability.ALWAYS

    def check(self, doc):
        for m in LOREM.finditer(doc.text, timeout=self.timeout):
            yield Violation(m.start(), m.end(), "placeholder text left in the document",
                            fix=Fix.delete(m.start(), m.end(), "Remove the placeholder", safe=False))


class SameFirstLine(CorpusRule):
    """## What it does
    Finds a first line that another document of the corpus starts with too.

    ## Why is this bad?
    A shared first line is a site's banner, not the article.

    ## Example
    `BREAKING NEWS FROM THE WIRE` at the top of many documents.

    ## Fix safety
    No fix.
    """

    code = "XLI201"
    name = "same-first-line"
    family = "placeholder"

    def fingerprints(self, doc):
        first = doc.text.split("\\n", 1)[0]
        yield Fingerprint("first-line", first.strip().lower(), 0, len(first))

    def check_corpus(self, doc, corpus, own):
        for fp in own:
            if corpus.count(fp.kind, fp.key) > 1:
                where = corpus.occurrences(fp.kind, fp.key)
                yield Violation(fp.start, fp.end, f"first line shared with {len(where) - 1} other document(s)")


@hookimpl
def corpuslint_register_rules(register):
    register(LoremIpsum)
    register(SameFirstLine)


PACK = None  # set by the test: the path of a YAML pack


@hookimpl
def corpuslint_register_packs(register):
    register(PACK)
'''

PACK_YAML = """\
pack: wire
description: A wire service's sign-off.
rules:
  - code: XLI301
    name: wire-sign-off
    kind: phrases
    summary: The wire's sign-off line.
    message: "wire sign-off `{match}`; remove it"
    phrases:
      - "Distributed by the Example Wire"
    why: The sign-off is the distributor's, not part of the article.
"""

ARTICLE = "BREAKING NEWS FROM THE WIRE\n\nThe council met on Tuesday. {extra}\n\nDistributed by the Example Wire\n"


def _plugin(tmp_path) -> types.ModuleType:
    pack = tmp_path / "wire.yaml"
    pack.write_text(PACK_YAML, encoding="utf-8")
    module = types.ModuleType("corpuslint_documented_plugin")
    exec(compile(PLUGIN, "corpuslint_documented_plugin.py", "exec"), module.__dict__)
    module.PACK = str(pack)
    return module


def _linter(tmp_path):
    from corpuslint.config import Config

    return corpuslint.Linter(Config(select=["XLI", "CL201"]), plugins=(_plugin(tmp_path),))


def test_a_plugin_written_against_the_documented_api_checks_and_fixes(tmp_path):
    linter = _linter(tmp_path)
    assert {"XLI101", "XLI201", "XLI301"} <= set(linter.all_rules)
    docs = [corpuslint.Document.from_text(ARTICLE.format(extra=extra), id=f"doc-{i}")
            for i, extra in enumerate(["Lorem ipsum dolor sit amet.", "The budget passed."])]
    findings = linter.check(docs)
    by_doc = {(f.document, f.code) for f in findings}
    assert ("doc-0", "XLI101") in by_doc and ("doc-1", "XLI101") not in by_doc  # found, and left alone
    assert {("doc-0", "XLI201"), ("doc-1", "XLI201")} <= by_doc  # the corpus rule saw both
    assert {("doc-0", "XLI301"), ("doc-1", "XLI301")} <= by_doc  # the pack, registered by the hook
    assert not [f for f in findings if f.code == "CL201"]

    fixed = linter.fix(docs[0], unsafe=True)
    assert "Lorem ipsum" not in fixed.document.text and fixed.applied["XLI101"] == 1
    assert "The council met on Tuesday." in fixed.document.text
    assert "Lorem ipsum" in linter.fix(docs[0]).document.text  # the fix is unsafe: not without asking


def test_a_plugin_runs_over_files_and_fixes_them(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE.format(extra="Lorem ipsum dolor sit amet."), encoding="utf-8")
    (corpus / "b.txt").write_text(ARTICLE.format(extra="The budget passed."), encoding="utf-8")
    result = _linter(tmp_path).run([str(corpus)], jobs=2, index="memory")
    assert not result.errors
    assert result.files == 2 and result.documents == 2
    assert sorted((f.path.rsplit("/", 1)[-1], f.code) for f in result.findings if f.code != "XLI201") == [
        ("a.txt", "XLI101"), ("a.txt", "XLI301"), ("b.txt", "XLI301")]
    assert [f.code for f in result.findings].count("XLI201") == 2
    fixed = _linter(tmp_path).run([str(corpus)], fix=True, unsafe=True, index="memory")
    assert (fixed.fixed["XLI101"], fixed.fixed["XLI301"]) == (1, 2)
    assert fixed.written == [str(corpus / "a.txt"), str(corpus / "b.txt")]
    for name in ("a.txt", "b.txt"):
        text = (corpus / name).read_text(encoding="utf-8")
        assert "Lorem" not in text and "Distributed by" not in text and "The council met on Tuesday." in text


def test_the_engine_module_still_names_what_scripts_imported_from_it():
    from corpuslint import engine
    from corpuslint.results import FileOutcome, FixResult, RuleCrash, RunResult, Tally, applicable

    assert engine.Linter is corpuslint.Linter
    assert (engine.FileOutcome, engine.FixResult, engine.RuleCrash, engine.RunResult, engine.Tally,
            engine.applicable) == (FileOutcome, FixResult, RuleCrash, RunResult, Tally, applicable)
    assert engine.PARALLEL_MIN_BYTES > 0 and engine.MAX_FIX_PASSES > 0
    assert callable(engine.read_source)
    for method in ("check", "check_document", "check_file", "fix", "run", "lookup", "format_for"):
        assert callable(getattr(corpuslint.Linter, method))


def test_python_dash_m_runs_the_cli(tmp_path):
    """`python -m corpuslint` is the `corpuslint` script: same findings, same exit code."""
    import subprocess
    import sys
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    done = subprocess.run([sys.executable, "-m", "corpuslint", "check", str(seeds), "--no-cache",
                           "--output-format", "json"], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert '"code"' in done.stdout and "Traceback" not in done.stderr
    usage = subprocess.run([sys.executable, "-m", "corpuslint", "--bogus"], capture_output=True, text=True)
    assert usage.returncode == 2 and "usage: corpuslint" in usage.stderr


def test_a_corpus_rule_whose_prepare_fails_still_fingerprints_each_document(tmp_path):
    """`CorpusRule.prepare` (a batch before fingerprinting) is an optimisation: a bug in it must not
    end the run or lose the rule's findings; `fingerprints` then runs for each document alone."""
    plugin = _plugin(tmp_path)
    prepared = []

    def broken_prepare(self, docs):
        prepared.append(len(docs))
        raise RuntimeError("a bug in prepare")

    plugin.SameFirstLine.prepare = broken_prepare
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, extra in (("a.txt", "The budget passed."), ("b.txt", "The vote was close.")):
        (corpus / name).write_text(ARTICLE.format(extra=extra), encoding="utf-8")
    from corpuslint.config import Config

    result = corpuslint.Linter(Config(select=["XLI201"]), plugins=(plugin,)).run([str(corpus)], index="memory")
    assert prepared and not result.errors
    assert [f.code for f in result.findings] == ["XLI201", "XLI201"]


def test_fingerprint_keeps_the_dataclass_contract():
    """Fingerprint's constructor sets the slots directly (speed); it stays the public, frozen,
    hashable value type plugins build: positional or keyword, defaults, equal by value."""
    import dataclasses
    import pickle

    from corpuslint.rule import Fingerprint

    a = Fingerprint("host", "example.org", 3, 14, "Example.org")
    b = Fingerprint(kind="host", key="example.org", start=3, end=14, value="Example.org")
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert Fingerprint("host", "x") == Fingerprint("host", "x", 0, 0, "")
    assert a != Fingerprint("host", "example.com", 3, 14, "Example.org")
    assert repr(a) == "Fingerprint(kind='host', key='example.org', start=3, end=14, value='Example.org')"
    assert dataclasses.astuple(a) == ("host", "example.org", 3, 14, "Example.org")
    assert dataclasses.replace(a, key="y").key == "y" and pickle.loads(pickle.dumps(a)) == a
    try:
        a.key = "changed"  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a Fingerprint must stay frozen")
    assert a.key == "example.org"
