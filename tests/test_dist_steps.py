"""corpuslint's datatrove steps on real documents (tests/data/dist/corpus: news articles, one file
with a malformed record, one with an empty one): what is found, kept, dropped and fixed."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("pyarrow")

from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402
from datatrove.utils.stats import MetricStatsDict  # noqa: E402

from corpuslint import Linter  # noqa: E402
from corpuslint.dist.convert import corpuslint_adapter, to_corpuslint  # noqa: E402
from corpuslint.dist.reader import CorpuslintReader  # noqa: E402
from corpuslint.dist.filter import CorpuslintFilter  # noqa: E402
from corpuslint.dist.steps import CorpuslintAnnotator, CorpuslintFixer  # noqa: E402

CORPUS = Path(__file__).parent / "data" / "dist" / "corpus"
SIGN_OFF = "Sign up for the Morning Ledger newsletter"


def lines_of(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def read(reader, rank: int = 0, world_size: int = 1) -> list:
    return list(reader.run(None, rank, world_size))


def test_the_reader_reports_what_datatrove_readers_skip(tmp_path):
    docs = read(CorpuslintReader(str(CORPUS), findings_folder=str(tmp_path), glob_pattern="b.jsonl"))
    problems = lines_of(tmp_path / "findings" / "input-00000.jsonl.gz")
    assert [(p["code"], p["record"], p["line"]) for p in problems] == [("CL906", 3, 3)]
    assert problems[0]["path"] == str(CORPUS / "b.jsonl")
    # the stock reader drops the malformed record with a log line only; the documents agree
    stock = read(JsonlReader(str(CORPUS), glob_pattern="b.jsonl"))
    assert [d.id for d in docs] == [d.id for d in stock]
    # every document keeps its origin: path, record and line as the CLI names them
    origin = to_corpuslint(docs[2]).origin
    assert (origin.path, origin.record, origin.line) == (str(CORPUS / "b.jsonl"), 4, 4)


def test_the_annotator_finds_what_the_linter_finds_and_names_the_users_ids(tmp_path):
    docs = read(CorpuslintReader(str(CORPUS), glob_pattern="a.jsonl"))
    annotator = CorpuslintAnnotator(output_folder=str(tmp_path))
    out = list(annotator.run(iter(docs)))
    written = lines_of(tmp_path / "findings" / "00000.jsonl.gz")
    linter = Linter()
    expected = [json.loads(f.model_dump_json()) for d in docs for f in linter.check_document(to_corpuslint(d))]
    assert written == expected
    first = out[0]
    assert any(f["code"] == "CL111" and SIGN_OFF in first.text[f["offset"]:f["end_offset"]]
               for f in first.metadata["corpuslint"])
    assert {w["document"] for w in written if w["code"] == "CL111"} == {"fnc1-train-0089", "fnc1-train-0688"}
    assert annotator.stats["CL111"].total == 2
    # counted in the loop and added once: the stats datatrove's one update a document and a finding give
    per_call = MetricStatsDict()
    for label in ["documents"] * len(docs) + [w["code"] for w in written]:
        per_call[label].update(1)
    assert annotator.stats.stats == per_call
    # a document with nothing to report is annotated with an empty list, and passed on
    assert any(d.metadata["corpuslint"] == [] for d in out)
    assert len(out) == len(docs)


def test_the_adapter_gives_stock_readers_paths_lines_and_ids(tmp_path):
    reader = JsonlReader(str(CORPUS), glob_pattern="c.jsonl", adapter=corpuslint_adapter)
    out = list(CorpuslintAnnotator(output_folder=str(tmp_path)).run(iter(read(reader))))
    written = lines_of(tmp_path / "findings" / "00000.jsonl.gz")
    sign_offs = [w for w in written if w["code"] == "CL111"]
    assert [(w["document"], w["line"]) for w in sign_offs] == [("fnc1-train-1976", 1), ("fnc1-train-0170", 2)]
    assert all(w["path"].endswith("c.jsonl") for w in written)
    assert "file_path" not in to_corpuslint(out[0]).metadata  # datatrove's, not the record's


def test_the_filter_drops_by_code_with_the_code_as_reason(tmp_path):
    docs = read(CorpuslintReader(str(CORPUS), glob_pattern="a.jsonl"))
    excluded = JsonlWriter(str(tmp_path / "excluded"), compression=None)
    step = CorpuslintFilter(codes=["CL111"], exclusion_writer=excluded)
    kept = list(step.run(iter(docs)))
    assert len(kept) == len(docs) - 2
    assert all(SIGN_OFF not in d.text for d in kept)
    dropped = [json.loads(line) for f in (tmp_path / "excluded").iterdir() for line in f.read_text().splitlines()]
    assert sorted(d["id"] for d in dropped) == ["fnc1-train-0089", "fnc1-train-0688"]
    assert {d["metadata"]["filter_reason"] for d in dropped} == {"CL111"}
    assert step.stats["dropped_CL111"].total == 2


def test_the_filter_uses_the_annotations_upstream():
    docs = read(CorpuslintReader(str(CORPUS), glob_pattern="a.jsonl"))
    annotated = list(CorpuslintAnnotator().run(iter(docs)))
    by_severity = list(CorpuslintFilter(min_severity="warning").run(iter(annotated)))
    flagged = [d for d in annotated if any(f["severity"] != "info" for f in d.metadata["corpuslint"])]
    assert len(by_severity) == len(annotated) - len(flagged)


def test_the_fixer_removes_the_boilerplate_and_leaves_the_rest(tmp_path):
    docs = read(CorpuslintReader(str(CORPUS), glob_pattern="a.jsonl"))
    before = {d.id: (d.text, dict(d.metadata)) for d in docs}
    fixer = CorpuslintFixer()
    fixed = {d.id: d for d in fixer.run(iter(docs))}
    signed = fixed["fnc1-train-0089"]
    assert SIGN_OFF not in signed.text
    assert before["fnc1-train-0089"][0].startswith(signed.text.rstrip())  # only the tail went
    linter = Linter()
    originals = {d.id: d for d in read(CorpuslintReader(str(CORPUS), glob_pattern="a.jsonl"))}
    unfixable = [i for i, d in originals.items()
                 if not any(f.fix and f.fix.applicability == "safe" for f in linter.check_document(to_corpuslint(d)))]
    assert len(unfixable) >= 2
    for i in unfixable:  # documents without a safe fix keep their text and metadata as they were
        assert (fixed[i].text, fixed[i].metadata) == before[i]
    assert fixer.stats["fixed_CL111"].total == 2


def test_a_task_loop_sweeps_less_often_and_leaves_the_collector_as_it_was():
    import gc

    from corpuslint.dist.settings import GC_THRESHOLD, lean_gc

    before = gc.get_threshold()
    with lean_gc():
        assert gc.get_threshold() == GC_THRESHOLD
        assert gc.get_freeze_count() > 0  # what was loaded before the loop is not swept again
        cycle = []
        cycle.append(cycle)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    del cycle
    assert gc.collect() >= 1  # a cycle made in the loop is still collected


def test_a_lean_collector_inside_another_leaves_the_outer_one_in_force():
    import gc

    from corpuslint.dist.settings import GC_THRESHOLD, lean_gc

    before = gc.get_threshold()
    with lean_gc():
        frozen = gc.get_freeze_count()
        with lean_gc():  # a fixer's index, loaded inside the annotator's loop
            pass
        assert gc.get_threshold() == GC_THRESHOLD and gc.get_freeze_count() == frozen
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_a_step_takes_the_readers_document_as_read_and_converts_a_changed_one_afresh():
    reader = CorpuslintReader(str(CORPUS), glob_pattern="a.jsonl")
    stream = reader.run(None, 0, 1)
    first = next(stream)
    made = to_corpuslint(first)  # the next step, as it reads it: the reader's own document
    assert to_corpuslint(first) is made and made.text is first.text
    # the same as converting it again, field by field
    fresh = to_corpuslint(type(first)(text=first.text, id=first.id, metadata=dict(first.metadata)))
    assert fresh is not made
    assert fresh.model_dump() == made.model_dump()
    # changed after the reader made it: its metadata, its text, or another document is read
    first.metadata["section"] = "world"
    changed = to_corpuslint(first)
    assert changed is not made and changed.metadata["section"] == "world"
    second = next(stream)
    first.metadata.pop("section")
    assert to_corpuslint(first) is not made  # no longer the last one read
    second.text = second.text.replace("the", "a")
    assert to_corpuslint(second).text == second.text
    # a record with a field named like the steps' own keys is converted as before, without it
    from datatrove.data import Document as DatatroveDocument
    from corpuslint.dist.convert import to_datatrove
    from corpuslint.models import Document

    own = Document.from_text("Some text.", metadata={"corpuslint": "the user's", "site": "example.com"})
    dt = to_datatrove(own, DatatroveDocument, remember=True)
    back = to_corpuslint(dt)
    assert back is not own and "corpuslint" not in back.metadata and back.metadata["site"] == "example.com"


def test_the_command_takes_the_system_pool_for_arrow_unless_the_user_chose_one(monkeypatch):
    import pyarrow as pa

    from corpuslint.dist.settings import system_arrow_pool

    before = pa.default_memory_pool()
    try:
        monkeypatch.setenv("ARROW_DEFAULT_MEMORY_POOL", "mimalloc")
        pa.set_memory_pool(pa.mimalloc_memory_pool())
        system_arrow_pool()
        assert pa.default_memory_pool().backend_name == "mimalloc"  # the user's choice stands
        monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL")
        system_arrow_pool()
        assert pa.default_memory_pool().backend_name == "system"
    finally:
        pa.set_memory_pool(before)


def test_the_stages_run_the_rules_on_their_cpu_budget_as_check_does(tmp_path, monkeypatch):
    """health20 (test_dist_stage_1_crash failed once under load, passed alone): the stages armed no CPU
    budget, so a rule's `regex` calls got a wall-clock `timeout=` (`RuleClock.regex_timeout`: the CPU
    time left, as seconds of wall time), which a loaded machine runs out: a CL909 in the job and not in
    check. Now each stage runs a document's rules under check's budget (CPU time): no wall-clock one."""
    from corpuslint.dist.job import FingerprintStage
    from corpuslint.rule import RuleClock

    given: dict[str, list] = {"fingerprints": [], "check": []}
    stage = "check"
    original = RuleClock.regex_timeout

    def regex_timeout(self, limit):
        given[stage].append(original(self, limit))
        return given[stage][-1]

    monkeypatch.setattr(RuleClock, "regex_timeout", regex_timeout)
    docs = read(CorpuslintReader(str(CORPUS), glob_pattern="a.jsonl"))
    list(CorpuslintAnnotator(output_folder=str(tmp_path)).run(iter(docs)))
    stage = "fingerprints"
    FingerprintStage(str(tmp_path / "work"), None, 1, 1).run(iter(docs), 0, 1)
    assert given["check"] and given["fingerprints"], given
    assert set(given["check"]) == set(given["fingerprints"]) == {None}, given
