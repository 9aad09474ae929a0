"""`--fix` over a corpus: later passes take only what the first pass's fixes created (qa16c N5).

tests/data/fix_settles holds 16 rule pages of eslint-plugin-jsx-a11y 6.10.2 (docs/rules, MIT:
LICENSE.eslint-plugin-jsx-a11y). Each carries the template line `💼 This rule is enabled in the
following configs: …` and `This rule takes no arguments.`. Read as given, the pages share their
template, so they count as few independent articles and only the template line is boilerplate
(CL151, unsafe); once it is gone they count as 11 different articles and `This rule takes no
arguments.` is too. A later pass of one run used to take it: guards worn down by the run's own
removals, which its --diff did not show. Now the run leaves it reported and says so.
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

from md_kept import kept_lines

DATA = Path(__file__).parent / "data"
PAGES = DATA / "fix_settles"
QUIET = DATA / "markdown" / "docs" / "eslint-import-order.md"  # another plugin's rule page: nothing to fix


def corpus(tmp_path: Path) -> Path:
    target = tmp_path / "docs"
    target.mkdir()
    for page in PAGES.glob("*.md"):
        shutil.copy(page, target / page.name)
    shutil.copy(QUIET, target / QUIET.name)
    return target


def fix(cli, folder: Path, *extra: str):
    return cli("check", "--isolated", "--no-cache", "--no-index", "--fix", "--unsafe-fixes", "--exit-zero",
               *extra, folder)


def removed_lines(before: str, after: str) -> list[str]:
    return [line[1:] for line in difflib.ndiff(before.splitlines(), after.splitlines())
            if line.startswith("- ") and line[2:].strip()]


TEMPLATE = "💼 This rule is enabled in the following configs: ☑️ `recommended`, 🔒 `strict`."
NO_ARGUMENTS = "This rule takes no arguments."


def test_a_later_pass_does_not_remove_what_the_first_spared(tmp_path, cli):
    # qa16c N5: read as given, `This rule takes no arguments.` is not boilerplate (the pages share
    # their template and count as few articles); a later pass of the same --fix, which the --diff
    # did not show, must not take it once the template is gone. It stays reported, fixable, and
    # the run says so; a second --fix is a new run, which its own --diff shows.
    folder = corpus(tmp_path)
    before = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}
    shown = cli("check", "--isolated", "--no-cache", "--no-index", "--diff", "--unsafe-fixes", "--exit-zero", folder)
    first = fix(cli, folder, "--output-format", "json")
    assert first.code == 0, first
    left = [f for f in first.json() if f["fix"] is not None]
    assert len(left) == 16 and {f["code"] for f in left} == {"CL151"}
    assert "--fix left 16 fixes unapplied: found only after its removals changed" in first.err, first
    after = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}
    for name in before:
        gone = {" ".join(line.split()) for line in removed_lines(before[name], after[name])}
        assert gone <= {TEMPLATE}, (name, gone)  # what the --diff showed, and only that
        assert NO_ARGUMENTS not in shown.out
        assert kept_lines(after[name]) == kept_lines(before[name]), name
    second = fix(cli, folder, "--output-format", "json")
    assert [f for f in second.json() if f["fix"] is not None] == []
    final = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}
    third = fix(cli, folder, "--show-fixes")
    assert "Fixed" not in third.out and "fixable" not in third.out, third
    assert {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()} == final  # settled
    for name in before:
        if name == QUIET.name:
            assert final[name] == before[name]  # nothing to fix: untouched
            continue
        gone = {" ".join(line.split()) for line in removed_lines(after[name], final[name])}
        assert gone == {NO_ARGUMENTS}, (name, gone)
        assert kept_lines(final[name]) == kept_lines(before[name]), name
        assert [ln for ln in final[name].splitlines() if ln.startswith(("#", "```"))] == \
            [ln for ln in before[name].splitlines() if ln.startswith(("#", "```"))], name


def test_the_summary_counts_every_applied_fix_once(tmp_path, cli):
    folder = corpus(tmp_path)
    before = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}
    result = fix(cli, folder)
    after = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}
    lines_removed = sum(len(removed_lines(before[n], after[n])) for n in before)
    files_changed = sum(before[n] != after[n] for n in before)
    assert f"Fixed {lines_removed} findings (CL151 ×{lines_removed}) in {files_changed} file(s)." in result.out, \
        result
    assert lines_removed == files_changed > 0  # one line a page: the template


def test_safe_fixes_leave_the_unsafe_findings_as_they_were(tmp_path, cli):
    folder = corpus(tmp_path)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    result = cli("check", "--isolated", "--no-cache", "--no-index", "--fix", "--exit-zero", folder)
    assert "Fixed" not in result.out and "more fixable with `--fix --unsafe-fixes`" in result.out, result
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_a_fix_that_does_not_settle_is_named(tmp_path, cli, monkeypatch):
    from corpuslint import session

    monkeypatch.setattr(session, "MAX_CORPUS_PASSES", 1)  # one pass: the second line is left
    folder = corpus(tmp_path)
    result = fix(cli, folder)
    assert "--fix did not settle after 1 passes over the corpus: 16 fixes still apply" in result.err, result
    assert "accessible-emoji.md" in result.err


def counted_passes(monkeypatch) -> list[bool]:
    """The session's runs in order: True for a fixing pass, False for a check."""
    from corpuslint import session

    passes: list[bool] = []
    run = session.Session.run

    def counted(self, paths, **kwargs):
        passes.append(kwargs.get("fix", False))
        return run(self, paths, **kwargs)

    monkeypatch.setattr(session.Session, "run", counted)
    return passes


def test_later_passes_do_not_ask_cl140_about_the_page_its_fixes_left(tmp_path, cli, monkeypatch):
    # re-judged once its furniture is gone, dropbox-blog's title and contents look like furniture
    # (see test_the_fix_removes_only_the_lines_found_in_the_page_as_given): a later pass of the
    # corpus fix must not remove them either. The rule pages make a later pass happen (review16b:
    # with the page alone there was none, and the test passed without the guard)
    passes = counted_passes(monkeypatch)
    folder = corpus(tmp_path)
    page = DATA / "boilerplate" / "web" / "dropbox-blog.txt"
    shutil.copy(page, folder / page.name)
    result = cli("check", "--isolated", "--no-cache", "--no-index", "--select", "CL140,CL151", "--fix",
                 "--unsafe-fixes", "--exit-zero", folder)
    assert "Fixed" in result.out, result
    assert passes.count(True) >= 2  # a later fixing pass ran
    kept = set((folder / page.name).read_text(encoding="utf-8").split("\n"))
    assert {"How we designed Dropbox ATF: an async task framework", "Lifecycle of a task"} <= kept


def test_no_further_pass_for_fixes_the_pass_declined(tmp_path, cli, monkeypatch):
    # the ABC News page is only its disclaimer and copyright lines: their fixes would empty it,
    # so they are declined (CL911) and stay reported; that is no reason for another whole pass.
    # Beside a page with nothing to fix and one whose markup one pass mends, no other fix asks for
    # one (review16b: beside the rule pages a second pass ran anyway: the test passed without the guard)
    passes = counted_passes(monkeypatch)
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(DATA / "fix" / "fakenewsnet-BuzzFeed_Real_44.txt", folder)
    shutil.copy(QUIET, folder / QUIET.name)
    shutil.copy(DATA / "markup" / "fnc1-train-0121.txt", folder)  # a fix that is written: a check follows
    result = fix(cli, folder, "--output-format", "json")
    assert {f["code"] for f in result.json() if f["fix"]} >= {"CL122", "CL120"}  # declined, reported
    assert passes == [True, False]  # fix, check: no pass for the declined fixes
    assert "did not settle" not in result.err


def test_the_diff_says_when_fix_may_go_further(tmp_path, cli):
    # review16b: `--diff` showed 12 fixes and "No findings would remain"; `--fix` then fixed 28
    folder = corpus(tmp_path)
    preview = cli("check", "--isolated", "--no-cache", "--no-index", "--diff", "--unsafe-fixes", "--exit-zero",
                  folder)
    assert "checks the corpus again and may find more to fix" in preview.err, preview
    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(DATA / "markup" / "fnc1-train-0121.txt", one)  # no corpus rule's fix: nothing more to say
    alone = cli("check", "--isolated", "--no-cache", "--no-index", "--diff", "--exit-zero", one)
    assert "checks the corpus again" not in alone.err + alone.out


def test_the_fix_changes_what_the_diff_showed(tmp_path, cli):
    # qa16c N5: the pages' --diff showed the template lines; --fix then also removed `This rule
    # takes no arguments.` in a later pass. Now the --fix's change is the diff's, line for line
    folder = corpus(tmp_path)
    before = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}
    preview = cli("check", "--isolated", "--no-cache", "--no-index", "--diff", "--unsafe-fixes", "--exit-zero",
                  folder)
    shown: list[str] = []
    for line in preview.out.splitlines():
        if line.startswith(("+", "-")) and not line.startswith(("+++ ", "--- ")):
            shown.append(line)
    fix(cli, folder)
    done: list[str] = []
    for name in sorted(before):
        after = (folder / name).read_text(encoding="utf-8")
        done.extend(line.rstrip("\n") for line in difflib.unified_diff(before[name].splitlines(), after.splitlines(),
                                                                       lineterm="")
                    if line.startswith(("+", "-")) and not line.startswith(("+++ ", "--- ")))
    assert shown and sorted(shown) == sorted(done)


# -- corpuslint.given.spared_before, unit level (review18 #4) ------------------------------------------
# A news text (fnc1-train-0330, tests/data/fix) as given, and as a first pass leaves it: one level of
# its escaped `&amp;amp;...nbsp;` line decoded (a line that pass created). A later pass may remove that
# line, never with it, nor in part, a line the file held.

FNC1 = DATA / "fix" / "fnc1-train-0330.txt"
ESCAPED, CREATED = "&amp;amp;amp;amp;amp;nbsp;", "&amp;amp;amp;amp;nbsp;"
CLOSING = "It is believed he was indoctrinated by an Islamic preacher named Anjem Choudary"


def _spared(*spans: tuple[str, int, int]) -> bool:
    """spared_before of a later-pass fix deleting, for each (anchor, from, to), the text from..to
    characters after `anchor` in the text pass 1 left."""
    from corpuslint.given import GivenLines, spared_before
    from corpuslint.models import Document, Finding, FindingFix, TextEdit

    given_text = FNC1.read_text(encoding="utf-8")
    assert given_text.count(ESCAPED) == 1 and CLOSING in given_text
    after = given_text.replace(ESCAPED, CREATED)
    given = GivenLines()
    given.add("a.txt", [Document.from_text(given_text, id="a")])
    doc = Document.from_text(after, id="a")
    doc = doc.model_copy(update={"origin": doc.origin.model_copy(update={"path": "a.txt"})})
    edits = [TextEdit(start=after.index(anchor) + a, end=after.index(anchor) + b, replacement="")
             for anchor, a, b in spans]
    finding = Finding(path="a.txt", line=1, column=1, end_line=1, end_column=1, code="CL151", name="repeated-paragraph",
                      family="boilerplate",
                      message="m", severity="warning", offset=edits[0].start, end_offset=edits[-1].end,
                      fix=FindingFix(message="remove", applicability="safe", edits=edits))
    return spared_before(finding, doc, given)


def test_a_later_pass_removes_a_line_an_earlier_fix_created():
    assert not _spared((CREATED, 0, len(CREATED) + 1))  # the changed line alone: pass 1 made it
    assert not _spared((CREATED, -2, len(CREATED) + 1))  # with the blank end of the lines above (no words)
    assert not _spared((CREATED, 6, 10))  # a part of it


def test_a_later_pass_never_takes_a_given_line_with_a_created_one_nor_a_given_line_in_part():
    end = len(CREATED) + 2 + len("Recordings of his songs")
    assert _spared((CREATED, 0, end))  # the created line and the start of the given paragraph: was False
    assert _spared((CREATED, 0, len(CREATED) + 1), ("Anjem Choudary", 0, 15))  # two edits, one inside a line
    assert _spared(("Dreamer", 0, 8))  # a word inside a given line: was False
    assert _spared((CLOSING, 0, len(CLOSING)))  # a given line's whole sentence (as before)


def test_a_line_a_fix_only_took_a_sign_off_is_still_the_users():
    """A page's title once CL213 took its header-link mark off (`Sphinx FAQ¶`, tester29's sphinxdoc): the first
    pass spared it, its words are the user's, a later pass over the corpus leaves it."""
    from corpuslint.given import GivenLines
    from corpuslint.models import Document

    given = GivenLines()
    given.add("faq.txt", [Document.from_text("Sphinx FAQ¶\n\n   This is a list of Frequently Asked Questions.\n")])
    assert given.holds_any("faq.txt", ["Sphinx FAQ"])
    assert not given.holds_any("faq.txt", ["Sphinx FAQ and more"])
