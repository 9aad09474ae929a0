"""A document of one huge line (a minified or OCR dump) is scanned in linear time, and a pack group
whose shared scan runs out of time says so once per member instead of scanning again for each
(tester34: a 7.7 MB single line never finished: each match looked back to its line's start, and each
of the group's rules re-ran the timed-out scan for `timeout` seconds more)."""
from __future__ import annotations

from corpuslint.config import Config
from corpuslint.engine import Linter
from corpuslint.models import Document
from corpuslint.packs import scanner

# prose without a line break; the pack rules' literals ("more", "see", "click", "share", ...) match all along it
SENTENCE = ("The committee met on Tuesday to discuss the proposed changes, and more members asked to see "
            "the new schedule; click through the minutes to share them with the library's readers. ")


def test_a_single_line_of_eight_megabytes_is_checked_within_the_budget(tmp_path):
    (tmp_path / "one-line.txt").write_text(SENTENCE * (8_000_000 // len(SENTENCE)), encoding="utf-8")
    result = Linter(Config(select=["CL1"], timeout=2.0)).run([str(tmp_path)], jobs=1)
    assert [f.message for f in result.findings if f.code == "CL909"] == [] and not result.errors


def test_the_line_starts_of_matches_are_those_of_their_lines():
    # matches on many lines, overlapping ones among them ("read more", "more"): each line's findings as alone
    lines = ["Read more: http://www.example.com/news/2024/05/some-story.html",
             "The minister said more would follow.",
             "Share this article", "Click here to read more"]
    linter = Linter(Config(select=["CL1"]))
    together = linter.check_document(Document.from_text("\n".join(lines) + "\n", path="t.txt", format="plain"))
    alone = [(f.code, f.text) for line in lines
             for f in linter.check_document(Document.from_text(line + "\n", path="t.txt", format="plain"))]
    alone = [(code, text) for code, text in alone if code != "CL911"]  # a one-line document emptied: its own
    assert sorted((f.code, f.text) for f in together) == sorted(alone) and together


def test_a_timed_out_shared_scan_runs_once_and_every_member_reports_it(monkeypatch):
    calls = []

    def stalled(self, text, *, fast=True):
        calls.append((id(self), len(self.members)))
        raise TimeoutError("rule ran past its budget")

    monkeypatch.setattr(scanner.Group, "_regions", stalled)
    found = Linter(Config(select=["CL1"])).check_document(
        Document.from_text(SENTENCE * 3, path="t.txt", format="plain"))
    stopped = [f for f in found if f.code == "CL909"]
    assert calls and len(calls) == len({group for group, _ in calls})  # once per group, not once per member
    assert len(stopped) == sum(n for _, n in calls) and all("its findings here are missing" in f.message for f in stopped)
