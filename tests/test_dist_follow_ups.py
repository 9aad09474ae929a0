"""The reduce asks a rule's `follow_ups` only for the kinds it declares (`follow_up_kinds`), and
a rule that declares none is asked for every kind, as before the declaration existed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("pyarrow")

import pyarrow.parquet as pq  # noqa: E402

from corpuslint import CorpusRule  # noqa: E402
from corpuslint.dist import job  # noqa: E402
from corpuslint.dist.job import corpus_job, findings_of, follow_up_rules  # noqa: E402
from corpuslint.dist.reader import CorpuslintReader  # noqa: E402
from corpuslint.dist.settings import build_linter  # noqa: E402

CORPUS = Path(__file__).parent / "data" / "dist" / "corpus"


class _Plain(CorpusRule):
    code, name = "XYZ901", "plain"


class _Undeclared(CorpusRule):  # a third-party rule written before `follow_up_kinds`
    code, name = "XYZ902", "undeclared"

    def follow_ups(self, kind, key, count, occurrences, values):
        return [("doc", key)]


class _Declared(_Undeclared):
    code, name = "XYZ903", "declared"
    follow_up_kinds = frozenset({"para"})


def test_a_rule_is_asked_for_the_kinds_it_declares_and_one_that_declares_none_for_every_kind():
    plain, undeclared, declared = _Plain(), _Undeclared(), _Declared()
    asking = follow_up_rules([plain, undeclared, declared])
    assert asking == {"para": [undeclared, declared], None: [undeclared]}
    assert follow_up_rules([plain]) == {None: []}  # no follow_ups of its own: never asked


def test_the_built_in_rules_declare_their_follow_up_kinds():
    rules = {r.code: r for r in build_linter(None).corpus_rules}
    assert all(r.follow_up_kinds is not None for r in rules.values()
               if type(r).follow_ups is not CorpusRule.follow_ups)
    assert rules["CL412"].follow_up_kinds == {rules["CL412"].kind}  # the band kind of its threshold


def _requests(work: Path) -> dict[str, list[dict]]:
    return {str(p.relative_to(work)): pq.read_table(p).to_pylist() for p in sorted((work / "requests").rglob("*.parquet"))}


def test_the_declared_kinds_ask_what_asking_every_kind_asks(tmp_path, monkeypatch):
    """On real documents (the parity corpus: shared boilerplate, duplicates, a host typo), the
    requests the reduce writes with the declarations are those it writes asking every rule about
    every kind: no follow-up is lost, and so no finding."""
    shutil.copytree(CORPUS, tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    corpus_job(CorpuslintReader("corpus"), "declared", tasks=2, buckets=3, workers=1)[-1].run()
    every = lambda rules: {None: [r for r in rules if type(r).follow_ups is not CorpusRule.follow_ups]}  # noqa: E731
    monkeypatch.setattr(job, "follow_up_rules", every)
    corpus_job(CorpuslintReader("corpus"), "every", tasks=2, buckets=3, workers=1)[-1].run()
    declared, asked = _requests(tmp_path / "declared"), _requests(tmp_path / "every")
    assert declared == asked
    assert sum(map(len, declared.values())) > 10  # carriers' signatures were asked for
    assert sorted(findings_of("declared")) == sorted(findings_of("every"))
