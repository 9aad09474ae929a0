"""A rerun's input check reads the manifest of every task that finished stage 1, found by its
completion marker: `docs/123456.json` is task 123456's (`completions/123456`), not task 12345's
(review15: the name's first five characters were taken, wrong from 100,000 tasks on)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("datatrove")

from corpuslint.dist import inputs  # noqa: E402


@pytest.mark.parametrize("rank", [7, 123456])
@pytest.mark.parametrize("finished", [True, False])
def test_a_finished_tasks_manifest_is_checked_whatever_its_ranks_digits(tmp_path, monkeypatch, rank, finished):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / f"{rank:05d}.json").write_text(json.dumps({"rank": rank, "inputs": {"a.jsonl": [1, 2]}}))
    completions = tmp_path / "logs" / "fingerprints" / "completions"
    completions.mkdir(parents=True)
    (completions / ("12345" if rank == 123456 and not finished else "00000")).write_text("")  # another task's
    if finished:
        (completions / f"{rank:05d}").write_text("")
    asked = []
    monkeypatch.setattr(inputs, "changes", lambda reader, recorded, r, tasks: asked.append(r) or ["a.jsonl changed"])
    if finished:
        with pytest.raises(Exception, match="a.jsonl changed"):
            inputs.check_inputs(str(tmp_path), reader=None, tasks=200_000)
        assert asked == [rank]
    else:  # a task that did not finish (killed): its manifest may be torn, the rerun writes it afresh
        inputs.check_inputs(str(tmp_path), reader=None, tasks=200_000)
        assert asked == []
