"""A report (`-o`) or baseline corpuslint wrote in the corpus folder is not checked by a later walk
of that folder (qa17b F10): `check -o report.txt .` then `check .` read the report as a document
(15 findings on report.txt, 40 on a report.jsonl). The files written are recorded in the cache
folder (files.record_outputs) and discovery skips them while they are as written; a file put in
their place, or one named on the command line, is checked."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

SEED = Path(__file__).parent.parent / "seeds" / "000_8649d156db22d76a.txt"


def _paths(cli, tmp_path, *args: str) -> set[str]:
    run = cli("check", "--output-format", "json", "--exit-zero", *args, cwd=tmp_path)
    assert run.code == 0, run
    return {Path(f["path"]).name for f in run.json()}


def test_reports_and_baselines_written_in_the_corpus_are_not_checked(tmp_path, cli):
    shutil.copyfile(SEED, tmp_path / "a.txt")
    assert cli("check", "-o", "report.txt", ".", cwd=tmp_path).code == 1
    assert cli("check", "--output-format", "jsonl", "-o", "report.jsonl", ".", cwd=tmp_path).code == 1
    assert cli("check", "--write-baseline", "known.jsonl", ".", cwd=tmp_path).code == 0
    assert "a.txt:" in (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert _paths(cli, tmp_path, ".") == {"a.txt"}
    # written again over the old copy: still its own output, in that run and the next
    assert cli("check", "-o", "report.txt", ".", cwd=tmp_path).code == 1
    assert "report.txt" not in (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert _paths(cli, tmp_path, ".") == {"a.txt"}


def test_a_file_in_place_of_a_report_or_named_on_the_command_line_is_checked(tmp_path, cli):
    shutil.copyfile(SEED, tmp_path / "a.txt")
    assert cli("check", "-o", "report.txt", ".", cwd=tmp_path).code == 1
    assert _paths(cli, tmp_path, "report.txt") == {"report.txt"}  # named: checked, as any named file
    shutil.copyfile(SEED, tmp_path / "report.txt")  # a document now, not the report
    assert _paths(cli, tmp_path, ".") == {"a.txt", "report.txt"}


def test_a_folder_holding_only_reports_says_why_nothing_was_checked(tmp_path, cli):
    shutil.copyfile(SEED, tmp_path / "a.txt")
    assert cli("check", "-o", "report.txt", ".", cwd=tmp_path).code == 1
    (tmp_path / "a.txt").unlink()
    run = cli("check", ".", cwd=tmp_path)
    assert run.code == 2 and "1 file(s) are reports or baselines corpuslint wrote" in run.err, run


def test_a_run_stopped_before_writing_records_nothing_and_the_file_stays_checked(tmp_path, cli, monkeypatch):
    """review18 #1: the -o file was recorded as corpuslint's output before the run; a run stopped
    early (Ctrl-C) left the user's file recorded, and every later walk skipped it without a word."""
    from corpuslint.results import RunResult

    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copyfile(SEED, corpus / "a.txt")
    shutil.copyfile(SEED, corpus / "b.txt")
    before = (corpus / "b.txt").read_bytes()

    def interrupted(self, outcome):
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(RunResult, "add", interrupted)
        stopped = cli("check", "c/a.txt", "-o", "c/b.txt", cwd=tmp_path)  # b.txt: a typo for a report name
    assert stopped.code == 130 and (corpus / "b.txt").read_bytes() == before, stopped
    assert not list(tmp_path.rglob("outputs.json"))
    again = cli("check", "--output-format", "json", "--exit-zero", "c", cwd=tmp_path)
    assert {Path(f["path"]).name for f in json.loads(again.out)} == {"a.txt", "b.txt"}, again
    assert "not checked" not in again.err, again


def test_outputs_are_recorded_in_the_runs_cache_folder_and_skipped_from_another_folder(tmp_path, cli):
    """review18 #2: outputs.json went to the current folder's cache (config.root without a config),
    not the run's (corpus/.corpuslint_cache): run from another folder, the report was checked again."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (tmp_path / "elsewhere").mkdir()
    shutil.copyfile(SEED, corpus / "a.txt")
    assert cli("check", "corpus", "-o", "corpus/report.txt", cwd=tmp_path).code == 1
    assert [p.relative_to(tmp_path) for p in tmp_path.rglob("outputs.json")] == [
        Path("corpus/.corpuslint_cache/outputs.json")]
    run = cli("check", "--output-format", "json", "--exit-zero", "../corpus", cwd=tmp_path / "elsewhere")
    assert {Path(f["path"]).name for f in run.json()} == {"a.txt"}, run
    # the skip is said whenever something else was checked, not only when nothing was
    assert run.err == ("corpuslint: warning: 1 file not checked: reports or baselines corpuslint wrote (-o, "
                       f"--write-baseline), as written ({Path('../corpus/report.txt')}); name one on the command "
                       "line to check it\n"), run
    alone = cli("check", "--output-format", "json", "--exit-zero", "corpus/a.txt", cwd=tmp_path)
    assert "not checked" not in alone.err, alone  # nothing skipped: no note


def test_an_output_naming_a_document_of_the_run_is_refused_before_the_run(tmp_path, cli):
    """qa18b #2: `-o`, `--write-baseline` or `report -o` naming a corpus document replaced it with the
    report (exit 1 or 0, nothing said); now exit 2 before the run, the document as it was."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copyfile(SEED, corpus / "a.txt")
    shutil.copyfile(SEED, corpus / "b.txt")
    for args, option in ((("check", "-o", "c/a.txt", "c"), "-o/--output-file"),
                         (("check", "--write-baseline", "c/a.txt", "c"), "--write-baseline"),
                         (("check", "--no-cache", "-o", "c/a.txt", "c/a.txt"), "-o/--output-file"),
                         (("report", "c", "-o", "c/a.txt"), "-o/--output-file")):
        run = cli(*args, cwd=tmp_path)
        assert run.code == 2 and run.err.startswith(
            f"corpuslint: error: {option} c/a.txt: is one of the documents checked (c/a.txt); writing to it would "
            "replace the document"), (args, run)
        assert (corpus / "a.txt").read_bytes() == SEED.read_bytes(), args
    assert not list(tmp_path.rglob("outputs.json"))


def test_an_output_outside_the_checked_documents_or_written_by_corpuslint_is_written(tmp_path, cli):
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copyfile(SEED, corpus / "a.txt")
    shutil.copyfile(SEED, corpus / "b.txt")
    shutil.copyfile(SEED, tmp_path / "notes.txt")  # an existing file, not one of the documents of `check c`
    assert cli("check", "-o", "notes.txt", "c", cwd=tmp_path).code == 1
    assert cli("check", "-o", "c/b.txt", "c/a.txt", cwd=tmp_path).code == 1  # only c/a.txt is checked
    for _ in range(2):  # written, then written again over its own recorded copy (with --no-cache too)
        assert cli("check", "--no-cache", "-o", "c/report.txt", "c", cwd=tmp_path).code == 1
        assert cli("report", "c", "-o", "c/page.txt", cwd=tmp_path).code == 0
    assert "c/a.txt:" in (corpus / "report.txt").read_text(encoding="utf-8")
    assert (corpus / "page.txt").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


CHAT = Path(__file__).parent / "data" / "chat" / "docutils_faq30.jsonl"


def chat_copy(target: Path) -> None:
    """The FAQ as chats with one defect: its raw-HTML examples stand in reST literal blocks and raw
    directives, code since session 26 (no finding), so its first answer is given a tag an extraction
    left (`<u>Docutils</u>`): the corpus file has a finding to report."""
    rows = CHAT.read_text(encoding="utf-8").splitlines()
    first = json.loads(rows[0])
    first["messages"][1]["content"] = first["messages"][1]["content"].replace("Docutils_", "<u>Docutils</u>", 1)
    target.write_text("\n".join([json.dumps(first, ensure_ascii=False), *rows[1:]]) + "\n", encoding="utf-8")


def test_a_report_is_known_by_its_content_moved_renamed_or_without_a_cache(tmp_path, cli):
    """qa18b #6: a report was skipped only at the path it was written to, unchanged, with the cache kept;
    renamed, moved, copied or written with --no-cache, its findings were 18 'documents' (22 findings more).
    Now each kind corpuslint writes is known by how it begins, and a note counts what was skipped."""
    corpus = tmp_path / "c"
    (corpus / "old").mkdir(parents=True)
    shutil.copyfile(SEED, corpus / "a.txt")
    written = {"jsonl": "f.jsonl", "json": "f.json", "sarif": "f.sarif", "junit": "f.xml", "html": "f.html"}
    for fmt, name in written.items():
        assert cli("check", "--no-cache", "--no-index", "--output-format", fmt, "-o", tmp_path / name, corpus).code == 1
    assert cli("check", "--no-cache", "--no-index", "--write-baseline", tmp_path / "b.json", corpus).code == 0
    for name in [*written.values(), "b.json"]:  # moved into the corpus, renamed: no record holds them
        shutil.copyfile(tmp_path / name, corpus / "old" / f"renamed-{name}")
    include = "--config", tmp_path / "corpuslint.yaml"
    (tmp_path / "corpuslint.yaml").write_text('include: ["*.txt", "*.jsonl", "*.json", "*.sarif", "*.xml", '
                                              '"*.html"]\n', encoding="utf-8")
    run = cli("check", "--no-cache", "--no-index", "--output-format", "json", *include, corpus)
    assert {f["path"] for f in run.json()} == {str(corpus / "a.txt")}, run
    assert "corpuslint: warning: 6 files not checked: corpuslint's own reports or baselines (known by how they " \
           "begin" in run.err, run
    # each named (qa19b #4: a count alone did not say which), five at most
    assert f"HTML: {corpus / 'old' / 'renamed-b.json'}, {corpus / 'old' / 'renamed-f.html'}, " in run.err, run
    assert " and 1 other); name one on the command line to check it" in run.err, run
    named = cli("check", "--no-cache", "--no-index", "--output-format", "json", corpus / "old" / "renamed-f.jsonl")
    assert named.json(), named  # named on the command line: checked, as any named file
    # ... but not under --force-exclude (qa19b #2: both pre-commit hooks pass it and name every staged
    # file; the fix hook rewrote a committed JSONL report)
    report = corpus / "old" / "renamed-f.jsonl"
    before = report.read_bytes()
    hook = cli("check", "--no-cache", "--no-index", "--fix", "--exit-non-zero-on-fix", "--force-exclude",
               "--allow-empty", report, corpus / "a.txt")
    assert report.read_bytes() == before, hook
    assert f"1 file not checked: corpuslint's own reports" in hook.err and str(report) in hook.err, hook
    alone = cli("check", "--no-cache", "--no-index", "--fix", "--force-exclude", "--allow-empty", report)
    assert alone.code == 0 and report.read_bytes() == before, alone
    assert "--force-exclude skips them also when named" in alone.err, alone


def test_a_page_titled_like_the_report_is_checked(tmp_path, cli):
    """qa19b #4: the HTML report was known by a title beginning `corpuslint report`, so a page titled
    "corpuslint report card: ..." was skipped; the report's title is `corpuslint report: <sources>`. (The page is
    read as HTML since session 30: its finding is an entity escaped twice.)"""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "blog.html").write_text(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>corpuslint report card: how our school '
        'linted its essays</title></head><body><p>Pupils at Hillside School ran a linter over their essays &amp;amp; '
        'found 40 stray tags.</p></body></html>\n', encoding="utf-8")
    shutil.copyfile(SEED, corpus / "a.txt")
    assert cli("report", corpus, "-o", tmp_path / "kept.html").code == 0
    shutil.copyfile(tmp_path / "kept.html", corpus / "kept.html")
    (tmp_path / "corpuslint.yaml").write_text('include: ["*.txt", "*.html"]\n', encoding="utf-8")
    run = cli("check", "--no-cache", "--no-index", "--output-format", "json", "--exit-zero",
              "--config", tmp_path / "corpuslint.yaml", corpus)
    assert {Path(f["path"]).name for f in run.json()} == {"a.txt", "blog.html"}, run
    assert f"HTML: {corpus / 'kept.html'})" in run.err, run


def test_a_corpus_file_that_only_looks_like_a_report_is_checked(tmp_path, cli):
    corpus = tmp_path / "c"
    corpus.mkdir()
    chat_copy(corpus / "faq.jsonl")  # a JSON Lines corpus (docutils' FAQ as chats)
    records = [json.loads(line) for line in CHAT.read_text(encoding="utf-8").splitlines()]
    with open(corpus / "keyed.jsonl", "w", encoding="utf-8") as out:  # its records under a `path` key first
        for record in records:
            out.write(json.dumps({"path": record["source"], "line": 1, "code": "faq", **record}) + "\n")
    run = cli("check", "--no-cache", "--no-index", "--output-format", "json", corpus)
    assert {Path(f["path"]).name for f in run.json()} == {"faq.jsonl", "keyed.jsonl"}, run
    assert "not checked" not in run.err


def test_a_walk_does_not_open_an_unchanged_file_again(tmp_path, cli, monkeypatch):
    """review19 #9: report detection opened every .json/.jsonl/.html file once more (a 4 KiB read) on
    every walk, cached runs too. What it found is kept by the file's change stamp (files.record_heads):
    the next walk opens only what changed, and skips the report and checks the document as before."""
    import corpuslint.discovery as discovery_module
    from corpuslint.config import Config
    from corpuslint.discovery import Discovery

    corpus, cache = tmp_path / "c", tmp_path / "cache"
    corpus.mkdir()
    chat_copy(corpus / "faq.jsonl")  # a JSON Lines corpus (docutils' FAQ as chats)
    assert cli("check", "--no-cache", "--no-index", "--output-format", "jsonl", "-o", tmp_path / "r.jsonl",
               corpus).code == 1
    shutil.copyfile(tmp_path / "r.jsonl", corpus / "report.jsonl")  # a report moved into the corpus
    opened: list[str] = []
    read = discovery_module.own_report
    monkeypatch.setattr(discovery_module, "own_report", lambda path: opened.append(Path(path).name) or read(path))

    def walk() -> tuple[list[str], list[str]]:
        discovery = Discovery(Config(), str(cache))
        discovery._now += 3_000_000_000  # a walk 3 s later: the files' stamps are not racy any more
        found = [Path(p).name for p in discovery.files([str(corpus)])]
        return found, [Path(p).name for p in discovery.outputs["report"]]

    assert walk() == (["faq.jsonl"], ["report.jsonl"]) and opened == ["faq.jsonl", "report.jsonl"]
    assert not cache.exists()  # no cache folder: none made for the record, and each walk reads again
    assert walk() == (["faq.jsonl"], ["report.jsonl"]) and len(opened) == 4
    cache.mkdir()
    walk()
    opened.clear()
    assert walk() == (["faq.jsonl"], ["report.jsonl"]) and opened == []  # unchanged: not opened again
    # the files swapped (each rewritten): read again, the report still skipped, the document checked
    faq, report = (corpus / "faq.jsonl").read_bytes(), (corpus / "report.jsonl").read_bytes()
    (corpus / "faq.jsonl").write_bytes(report)
    (corpus / "report.jsonl").write_bytes(faq)
    assert walk() == (["report.jsonl"], ["faq.jsonl"]) and opened == ["faq.jsonl", "report.jsonl"]
    opened.clear()
    assert walk() == (["report.jsonl"], ["faq.jsonl"]) and opened == []


def test_a_report_outside_the_corpus_writes_nothing_into_it_one_inside_is_still_skipped(tmp_path, cli):
    """reads21b r01: `check --no-cache --no-index -o REPORT` with REPORT outside the corpus created
    CORPUS/.corpuslint_cache/outputs.json to record a report no walk of the corpus can reach. Now only a
    file the walk could reach is recorded; a text report written inside the corpus (known only by the
    record) is still skipped by the next walk, with --no-cache too."""
    corpus = tmp_path / "corp"
    corpus.mkdir()
    (corpus / "a.txt").write_text("A short document.\n", encoding="utf-8")
    for fmt, name in (("json", "out.json"), ("text", "out.txt")):
        run = cli("check", corpus, "--isolated", "--no-cache", "--no-index", "--exit-zero",
                  "--output-format", fmt, "-o", tmp_path / name)
        assert run.code == 0, run
    assert sorted(p.name for p in corpus.iterdir()) == ["a.txt"]
    assert not list(tmp_path.rglob("outputs.json"))
    shutil.copyfile(SEED, corpus / "b.txt")
    run = cli("check", corpus, "--isolated", "--no-cache", "--no-index", "--exit-zero", "-o", corpus / "report.txt")
    assert run.code == 0 and "b.txt:" in (corpus / "report.txt").read_text(encoding="utf-8"), run
    assert (corpus / ".corpuslint_cache" / "outputs.json").is_file()
    again = cli("check", corpus, "--isolated", "--no-cache", "--no-index", "--exit-zero", "--output-format", "json")
    assert {Path(f["path"]).name for f in again.json()} == {"b.txt"}, again
