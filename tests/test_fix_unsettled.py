"""A JSON Lines record whose fixes do not settle costs the file's other records nothing (qa17a #7).

tests/data/fix_unsettled/refrain-among-news.jsonl: four records of the news corpus (fakenewsnet
BuzzFeed_Fake_1, _10, _11, _12: two carry the site's disclaimer, CL122, one a photo credit CL140
takes, two a URL on another suffix, CL303) and, third, a song of 76 short verses with one
refrain line 29 times (written for this test in the shape of a scripture's refrain; its refrain
copies are CL402's, unsafe). qa17a: `--fix --unsafe-fixes --extend-select CL140` on such a file
said "did not settle after 10 passes" and wrote nothing at all: every other record's fixes were
lost with the one record's. Now that record stays as given, is named, and the others are fixed;
`--diff` shows what `--fix` writes.

qa17a's own record is lost, and none of the refrain records rebuilt for it fails to settle (the
song here settles in one pass), so it is made not to settle by a rule whose two fixes undo each
other (`Maker` -> `Lord` -> `Maker`), as a real pair of rules would.
"""

from __future__ import annotations

import difflib
import json
import shutil
from pathlib import Path

from corpuslint import hookimpl
from corpuslint.config import load_config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_file
from corpuslint.models import Fix, Violation
from corpuslint.rule import FixAvailability, Rule

DATA = Path(__file__).parent / "data" / "fix_unsettled" / "refrain-among-news.jsonl"
REFRAIN = "Which then of the gifts of your Maker will you deny?"
SONG = 3  # the song's line in the file


class SwapRule(Rule):
    """## What it does
    Test rule: writes `Maker` as `Lord` and `Lord` as `Maker`, so its fixes undo each other.

    ## Why is this bad?
    It is not.

    ## Example
    ```
    Maker
    ```
    Use instead:
    ```
    Lord
    ```

    ## Fix safety
    Safe.
    """

    code = "XSW1"
    name = "swap"
    family = "test"
    fix_availability = FixAvailability.ALWAYS

    def check(self, doc):
        for word, other in (("Maker", "Lord"), ("Lord", "Maker")):
            at = doc.text.find(word)
            if at >= 0:
                yield Violation(at, at + len(word), word, fix=Fix.replace(at, at + len(word), other, "swap"))


class SwapPlugin:
    @hookimpl
    def corpuslint_register_rules(self, register):
        register(SwapRule)


def linter(swap: bool = True) -> Linter:
    """CL140 as qa17a ran it (opt-in, `--extend-select CL140`: `furnished: false` since session 22, when the
    gate became its default and left an extracted article's photo credit alone), with the swap (the plugin's
    rule is on by default) or without it."""
    overrides = {"extend_select": ["CL140"], "rules": {"CL140": {"furnished": False}}}
    return Linter(load_config(None, overrides=overrides), plugins=(SwapPlugin(),) if swap else ())


def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    shutil.copy(DATA, path)
    return path


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_a_record_that_does_not_settle_is_left_as_given_and_the_others_are_fixed(tmp_path):
    path = corpus(tmp_path)
    before = lines(path)
    outcome = fix_file(linter(), str(path), unsafe=True, write=True, diff=False)
    after = lines(path)
    assert outcome.written == [str(path)], outcome.errors
    assert after[SONG - 1] == before[SONG - 1]  # the song, byte for byte
    changed = [n for n, (old, new) in enumerate(zip(before, after), 1) if old != new]
    assert changed and SONG not in changed and len(after) == len(before)
    # nothing of the song's (CL140's count is the model's: the shipped one fixes 1 credit, a retrained one (a4) also
    # record 1's `Featured image via Ethan Miller/Getty Images.`; what they take is read below)
    assert set(outcome.fixed) == {"CL122", "CL140", "CL303"} and outcome.fixed["CL122"] == outcome.fixed["CL303"] == 2
    gone = set()  # what the fixes took of the other records' text: the disclaimers and the credit
    for n in changed:
        gone |= set(json.loads(before[n - 1])["text"].split("\n")) - set(json.loads(after[n - 1])["text"].split("\n"))
    assert {ln[:19] for ln in gone} == {"The views expressed", "Featured image via "}, gone
    [said] = [e for e in outcome.errors if "did not settle" in e]
    assert "record 3 (line 3, id song-of-the-giver) left as given" in said and "other documents are fixed" in said
    # the song's findings are what it holds as given (its refrains, the swap), all still fixable
    song = [f for f in outcome.findings if f.record == SONG]
    assert sum(f.code == "CL402" for f in song) == 28 and any(f.code == "XSW1" for f in song)


def test_the_diff_shows_what_the_fix_writes(tmp_path):
    path = corpus(tmp_path)
    before = path.read_text(encoding="utf-8")
    shown = fix_file(linter(), str(path), unsafe=True, write=False, diff=True)
    assert path.read_text(encoding="utf-8") == before
    assert any("would be left as given" in e for e in shown.errors)
    fix_file(linter(), str(path), unsafe=True, write=True, diff=False)
    done = "".join(difflib.unified_diff(before.splitlines(keepends=True),
                                        path.read_text(encoding="utf-8").splitlines(keepends=True),
                                        fromfile=f"a/{path}", tofile=f"b/{path}"))
    assert shown.diff and shown.diff == done
    # `--diff-format records`: the same changes, record by record, each text line by line
    path.write_text(before, encoding="utf-8")
    records = fix_file(linter(), str(path), unsafe=True, write=False, diff="records").diff
    fix_file(linter(), str(path), unsafe=True, write=True, diff=False)
    done = []
    for n, (old, new) in enumerate(zip(before.splitlines(), path.read_text(encoding="utf-8").splitlines()), 1):
        if old != new:
            was, now = json.loads(old), json.loads(new)
            where = f"{path}:{n} [record {n}, id {was['id']}] text"
            if was["text"] != now["text"]:
                done += difflib.unified_diff(was["text"].split("\n"), now["text"].split("\n"), lineterm="",
                                             fromfile=f"a/{where}", tofile=f"b/{where}")
            keys = [k for k in {**was, **now} if k != "text" and was.get(k) != now.get(k)]  # CL303's `url`

            def fields(record, keys=keys):
                return [f"{json.dumps(k)}: {json.dumps(record[k], ensure_ascii=False)}" for k in keys if k in record]
            done += difflib.unified_diff(fields(was), fields(now), lineterm="", fromfile=f"a/{where[:-5]} metadata",
                                         tofile=f"b/{where[:-5]} metadata")
    assert done and records.splitlines() == done


def test_without_the_loop_the_song_is_fixed_with_the_others(tmp_path):
    # the other way: no rule undoes another, the song settles and nothing is said of settling; its 28
    # later refrains, each a line between other verses, get no fix since verse24 (qa23b #5): they stay
    path = corpus(tmp_path)
    before = lines(path)
    outcome = fix_file(linter(swap=False), str(path), unsafe=True, write=True, diff=False)
    after = lines(path)
    assert not [e for e in outcome.errors if "settle" in e]
    assert "CL402" not in outcome.fixed and outcome.fixed["CL122"] == 2
    song = json.loads(after[SONG - 1])["text"]
    assert song.count(REFRAIN) == 29 and json.loads(before[SONG - 1])["text"].count(REFRAIN) == 29


def test_a_file_whose_only_document_does_not_settle_is_not_written(tmp_path):
    path = tmp_path / "song.txt"
    text = json.loads(lines(DATA)[SONG - 1])["text"]
    path.write_text(text, encoding="utf-8")
    outcome = fix_file(linter(), str(path), unsafe=True, write=True, diff=False)
    assert path.read_text(encoding="utf-8") == text
    assert not outcome.fixed and any("not written" in e and "did not settle" in e for e in outcome.errors)
