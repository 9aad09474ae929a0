"""`corpuslint report`: the HTML page of a real corpus sample, opened in headless Chromium.

The sample (tests/data/report/news-sample.jsonl) is 243 real records of ../shared/corpora/news.jsonl:
sites with metadata, records without, repeated lines (CL151), a bio on two sites (CL410), exact and
near duplicates (CL411/CL412). The page's numbers are checked against the JSON findings of
`corpuslint check` on the same file, by reading them from the page in the browser.
"""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from chromium import CHROMIUM
from conftest import DATA

SAMPLE = DATA / "report" / "news-sample.jsonl"
VALID = json.dumps({"path": "a.txt", "line": 3, "column": 1, "end_line": 3, "end_column": 9, "code": "CL101",
                    "name": "share-counter", "family": "boilerplate", "severity": "warning", "message": "share counter"})
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's `chromium` (apt-get install chromium; "
                                    ".ci/run installs it) to render the report")


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """The JSON findings of the sample, its report from PATH and its report from the findings file."""
    from corpuslint.cli import main

    folder = tmp_path_factory.mktemp("report")
    corpus = folder / "news-sample.jsonl"
    shutil.copy(SAMPLE, corpus)
    common = ["--isolated", "--no-index", "--no-cache"]
    assert main(["check", str(corpus), "--output-format", "json", "-o", str(folder / "findings.json"),
                 "--exit-zero", *common]) == 0
    assert main(["report", str(corpus), "-o", str(folder / "report.html"), *common]) == 0
    assert main(["report", "--from", str(folder / "findings.json"), str(corpus), "-o", str(folder / "from.html"),
                 "--isolated"]) == 0
    findings = json.loads((folder / "findings.json").read_text(encoding="utf-8"))
    return folder, findings


def _rule_rows(page: Path) -> dict[str, tuple[int, int]]:
    text = page.read_text(encoding="utf-8")
    rows = re.findall(r'<tr data-rule="(\w+)">.*?class="num findings"><a[^>]*>([\d,]+)</a>.*?'
                      r'class="num documents"><a[^>]*>([\d,]+)</a>', text)
    return {code: (int(n.replace(",", "")), int(d.replace(",", ""))) for code, n, d in rows}


# -- in the browser ---------------------------------------------------------------------------

@needs_chromium
def test_the_page_shows_the_numbers_of_the_json_findings_and_no_errors(pages, tmp_path):
    from chromium import probe, screenshot

    folder, findings = pages
    shown = probe(folder / "report.html")
    assert shown["errors"] == [] and shown["console"] == []
    per_rule = Counter(f["code"] for f in findings)
    docs = {code: len({(f["path"], f["record"]) for f in findings if f["code"] == code}) for code in per_rule}
    # CL140's findings are its model's (none with the shipped one; a retrained one's are tests of the rule's own, such
    # as test_an_opinion_piece_s_closing_quips_are_its_own): the page's total is the JSON's, the other rules' pinned
    assert shown["total"] == len(findings)
    assert sum(f["code"] != "CL140" for f in findings) == 269  # +3 session 12 (0162, 0171, 0254: contributor lines closing
    # the story, CL504 `contributors`); +1 session 11 (fnc1-train-0188: the catfish caption given again
    # right under itself with "the" added, CL402 from 0.8 containment); +1 session 10 (fnc1-train-0179: a story's closing sign-off is its author, CL504); 264 before that, 256 before issue 16 (attribution, place datelines, tags, CL305), 266 before
    # session 8 (BuzzFeed_Real_16's two "… via AP Photo" credit lines are not copies); CL140 is off by default
    assert shown["rules"] == {code: [n, docs[code]] for code, n in per_rule.items()}
    assert shown["families"] == dict(Counter(f["family"] for f in findings))
    assert shown["documents"] == 243
    assert shown["affected"] == len({(f["path"], f["record"]) for f in findings})
    for section in ("families", "rules", "removed", "groups", "repeated-CL151", "repeated-CL410", "duplicates",
                    "metadata", "samples", "findings"):
        assert section in shown["sections"]
    # every number opens the findings behind it: here all are embedded, so exactly as many rows
    counted = [link for link in shown["links"] if link[1] is not None]
    assert len(counted) > 100
    for spec, expected, matching, rows, status in counted:
        assert matching == expected, (spec, status)
        assert rows == min(matching, 200)
    assert screenshot(folder / "report.html", tmp_path / "report.png") == []
    assert (tmp_path / "report.png").stat().st_size > 20_000


@needs_chromium
def test_the_check_html_output_format_opens_without_errors(tmp_path):
    from chromium import probe
    from corpuslint.cli import main

    shutil.copy(SAMPLE, tmp_path / "news.jsonl")
    code = main(["check", str(tmp_path / "news.jsonl"), "--output-format", "html", "-o", str(tmp_path / "c.html"),
                 "--isolated", "--no-index", "--no-cache", "--exit-zero", "--select", "CL1,CL4"])
    assert code == 0
    shown = probe(tmp_path / "c.html")
    assert shown["errors"] == [] and shown["console"] == []
    assert shown["documents"] is None  # a reporter has no corpus counts, and the page says so
    assert "Written by `check --output-format html`" in (tmp_path / "c.html").read_text(encoding="utf-8")
    assert set(shown["rules"]) <= {c for c in shown["rules"] if c.startswith(("CL1", "CL4"))}


@needs_chromium
def test_markup_in_the_documents_is_shown_as_text_never_run(cli, tmp_path):
    from chromium import probe

    text = ("Police said the fire started at night.\n\n<script>document.title = 'owned'</script>\n\n"
            "<!-- <script> --> Officials gave no cause.\n\n</script><img src=x onerror=alert(1)>\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("fire", "flood"), encoding="utf-8")
    result = cli("report", tmp_path, "-o", tmp_path / "r.html", "--isolated", "--no-index", "--no-cache")
    assert result.code == 0, result
    shown = probe(tmp_path / "r.html")
    assert shown["errors"] == [] and shown["console"] == [] and shown["total"] > 0
    assert "CL205" in shown["rules"]  # the embedded script was found, and shown as text
    assert "<script>document.title" not in (tmp_path / "r.html").read_text(encoding="utf-8")


# -- the same numbers from a findings file ------------------------------------------------------

def test_a_findings_file_gives_the_same_numbers_as_checking(pages):
    folder, findings = pages
    from_paths, from_file = _rule_rows(folder / "report.html"), _rule_rows(folder / "from.html")
    assert from_paths == from_file and sum(n for n, _d in from_paths.values()) == len(findings)


def test_a_findings_file_alone_says_what_it_cannot_know(pages, cli):
    folder, findings = pages
    result = cli("report", "--from", folder / "findings.json", "-o", folder / "alone.html", "--isolated")
    assert result.code == 0, result
    assert f"Wrote {folder / 'alone.html'}: {len(findings)} findings" in result.out
    page = (folder / "alone.html").read_text(encoding="utf-8")
    assert "Made from a findings file alone" in page
    assert "name the corpus too to measure completeness" in page
    assert '<span id="documents">' not in page  # no document total is made up
    assert _rule_rows(folder / "alone.html") == _rule_rows(folder / "report.html")


def test_jsonl_findings_are_read_too(pages, cli, tmp_path):
    folder, findings = pages
    lines = tmp_path / "findings.jsonl"
    lines.write_text("".join(json.dumps(f) + "\n" for f in findings), encoding="utf-8")
    result = cli("report", "--from", lines, "-o", tmp_path / "r.html", "--isolated")
    assert result.code == 0, result
    assert _rule_rows(tmp_path / "r.html") == _rule_rows(folder / "report.html")


def test_a_folder_of_gzipped_findings_shards_is_read_as_the_distributed_job_writes_it(pages, cli, tmp_path):
    import gzip

    folder, findings = pages
    shards = tmp_path / "w8" / "findings"
    shards.mkdir(parents=True)
    half = len(findings) // 2
    for name, part in (("00000.jsonl.gz", findings[:half]), ("00001.jsonl.gz", findings[half:]),
                       ("input-00000.jsonl.gz", [])):
        (shards / name).write_bytes(gzip.compress("".join(json.dumps(f) + "\n" for f in part).encode(), 1))
    result = cli("report", "--from", shards, "-o", tmp_path / "r.html", "--isolated")
    assert result.code == 0, result
    assert f": {len(findings)} findings" in result.out
    assert _rule_rows(tmp_path / "r.html") == _rule_rows(folder / "report.html")
    (tmp_path / "nothing").mkdir()
    (tmp_path / "nothing" / "notes.txt").write_text("no findings here", encoding="utf-8")
    result = cli("report", "--from", tmp_path / "nothing", "-o", tmp_path / "n.html", "--isolated")
    assert result.code == 2 and "a folder without findings files" in result.err
    assert not (tmp_path / "n.html").exists()
    cut = gzip.compress("".join(json.dumps(f) + "\n" for f in findings).encode())
    (shards / "00001.jsonl.gz").write_bytes(cut[:len(cut) // 2])  # a shard cut short
    result = cli("report", "--from", shards, "-o", tmp_path / "c.html", "--isolated")
    assert result.code == 2 and "00001.jsonl.gz: a gzip file that cannot be read" in result.err
    assert not (tmp_path / "c.html").exists()


# -- what the page says -------------------------------------------------------------------------

def test_repeated_lines_bios_duplicates_and_metadata_are_shown(pages):
    folder, findings = pages
    page = (folder / "report.html").read_text(encoding="utf-8")
    bio = next(f for f in findings if f["code"] == "CL410")
    assert bio["text"] in page  # the Jeff Greenfield bio, with its two documents
    line = next(f for f in findings if f["code"] == "CL151")
    assert line["text"].replace("'", "&#x27;").replace('"', "&quot;") in page
    assert re.search(r'<span class="clusters" data-code="CL411">\d+</span>', page)
    assert re.search(r'<span class="clusters" data-code="CL412">1</span>', page)
    missing = Counter(f["data"]["field"] for f in findings if f["code"] == "CL501")
    for name, count in missing.items():
        assert re.search(rf'<tr data-field="{name}"><td>{name}</td><td class="num"><a [^>]*>{count}</a>', page)
    # sites come from the records' metadata; records without one fall back to their folder
    assert '<tr data-group="politi.co">' in page or '<tr data-group="cnn.it">' in page
    assert "(no site)" in page


def test_the_characters_fixes_remove_match_what_fix_removes(pages, cli, tmp_path):
    """The page's "safe fixes" total is what `check --fix` really deletes from the texts."""
    folder, _findings = pages
    corpus = tmp_path / "news.jsonl"
    shutil.copy(SAMPLE, corpus)
    page = (folder / "report.html").read_text(encoding="utf-8")
    safe = int(re.search(r'<tr class="total"><td>all families</td><td class="num">([\d,]+)</td>', page)
               .group(1).replace(",", ""))
    before = sum(len(json.loads(line)["text"]) for line in corpus.read_text(encoding="utf-8").splitlines())
    cli("check", corpus, "--fix", "--isolated", "--no-index", "--no-cache", "--exit-zero", "-q")
    after = sum(len(json.loads(line)["text"]) for line in corpus.read_text(encoding="utf-8").splitlines())
    assert safe > 1000
    assert abs((before - after) - safe) <= 0.02 * safe  # fixes that overlap another are skipped by --fix


def test_group_by_a_metadata_field(pages, cli, tmp_path):
    folder, _findings = pages
    result = cli("report", "--from", folder / "findings.json", folder / "news-sample.jsonl", "--group-by",
                 "field:source", "-o", tmp_path / "r.html", "--isolated")
    assert result.code == 0, result
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "By field:source" in page and '<tr data-group="(no source)">' in page
    assert '<tr data-group="http://www.addictinginfo.org">' in page


def test_a_baseline_splits_new_from_known(cli, tmp_path):
    corpus = tmp_path / "news.jsonl"
    records = SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    corpus.write_text("".join(records[:200]), encoding="utf-8")
    common = ["--isolated", "--no-index", "--no-cache"]
    cli("check", corpus, "--write-baseline", tmp_path / "base.json", "--exit-zero", *common)
    corpus.write_text("".join(records), encoding="utf-8")
    result = cli("report", corpus, "--baseline", tmp_path / "base.json", "-o", tmp_path / "r.html", *common)
    assert result.code == 0, result
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    new, known = (int(re.search(rf'data-f="status={s}" data-n="(\d+)"', page).group(1)) for s in ("new", "known"))
    total = int(re.search(r'id="total-findings">([\d,]+)<', page).group(1).replace(",", ""))
    assert new > 0 and known > 0 and new + known == total
    assert '<section id="baseline">' in page


def test_a_large_run_keeps_exact_counts_and_a_small_page(pages, cli, tmp_path):
    """53,200 findings (the sample's, as if from 200 files of 40 folders): counts exact, table sampled."""
    folder, findings = pages
    big = tmp_path / "findings.jsonl"
    with big.open("w", encoding="utf-8") as out:
        for i in range(200):
            for f in findings:
                out.write(json.dumps({**f, "path": f"site{i % 40}/part{i}.jsonl"}) + "\n")
    result = cli("report", "--from", big, "-o", tmp_path / "r.html", "--isolated")
    assert result.code == 0, result
    page = tmp_path / "r.html"
    assert page.stat().st_size < 2_500_000
    rows = _rule_rows(page)
    assert {code: n for code, (n, _d) in rows.items()} == {c: 200 * n for c, n in Counter(f["code"] for f in findings).items()}
    embedded = re.search(rf"embeds a sample of ([\d,]+) of the {200 * len(findings):,} findings", page.read_text(encoding="utf-8"))
    assert embedded and int(embedded.group(1).replace(",", "")) <= 2 * 100 * len(rows) + 2 * 25 * 10
    if CHROMIUM:
        from chromium import probe

        shown = probe(page, limit=40)
        assert shown["errors"] == [] and shown["console"] == [] and shown["total"] == 200 * len(findings)


# -- bad input: a clear error naming file and line, and no report -------------------------------

@pytest.mark.parametrize("content, line, words", [
    (VALID + "\n" + VALID[:60], 2, "the last line is cut short"),
    (VALID + "\n" + VALID[:60] + "\n" + VALID + "\n", 2, "not valid JSON"),
    ('[\n  {"path": "a.txt", "record": null, "line": 1}\n]\n', 2, "not a corpuslint finding"),
    ('{"corpuslint-baseline": 1, "findings": []}\n', 1, "not a corpuslint finding but a corpuslint baseline"),
    ('{\n "select": ["CL411"]\n}\n', 1, "not a corpuslint finding (an object with"),
    ('id,text\n1,hello\n', 1, "not a corpuslint findings file"),
    ('[\n  {"a": 1},\n', 2, "not a corpuslint finding"),
])
def test_a_findings_file_that_is_not_ours_is_an_error_and_writes_nothing(cli, tmp_path, content, line, words):
    bad = tmp_path / "findings.jsonl"
    bad.write_text(content, encoding="utf-8")
    out = tmp_path / "report.html"
    out.write_text("the previous report", encoding="utf-8")
    result = cli("report", "--from", bad, "-o", out, "--isolated")
    assert result.code == 2
    assert f"{bad}:{line}:" in result.err and words in result.err and "Traceback" not in result.err
    assert out.read_text(encoding="utf-8") == "the previous report"  # left as it was
    assert sorted(p.name for p in tmp_path.iterdir()) == ["findings.jsonl", "report.html"]  # no temporary left


def test_a_baseline_given_as_findings_is_named_a_baseline(cli, tmp_path):
    """A real baseline (one JSON object over many lines) was "not valid JSON" at line 1."""
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)[:100]), encoding="utf-8")
    common = ["--isolated", "--no-index", "--no-cache"]
    assert cli("check", corpus, "--write-baseline", tmp_path / "bl.json", "--exit-zero", *common).code == 0
    result = cli("report", "--from", tmp_path / "bl.json", "-o", tmp_path / "r.html", "--isolated")
    assert result.code == 2 and not (tmp_path / "r.html").exists()
    assert f"{tmp_path / 'bl.json'}:1: not a corpuslint finding but a corpuslint baseline" in result.err
    assert "not valid JSON" not in result.err and "--baseline FILE" in result.err
    # the same findings as JSON lines (one object per line) are still read
    assert cli("check", corpus, "--output-format", "jsonl", "-o", tmp_path / "f.jsonl", "--exit-zero", *common).code == 0
    assert cli("report", "--from", tmp_path / "f.jsonl", "-o", tmp_path / "r.html", "--isolated").code == 0


def test_findings_of_files_that_path_does_not_hold_are_refused(pages, cli, tmp_path):
    """`--from FINDINGS PATH` with findings about another corpus counted them against PATH's
    ("236.5% of the corpus"); the findings of the corpus named are reported as before."""
    folder, _findings = pages
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(DATA / "corpus" / "fnc1-train-0035.txt", other / "a.txt")
    result = cli("report", "--from", folder / "findings.json", other, "-o", tmp_path / "r.html", "--isolated")
    assert result.code == 2 and not (tmp_path / "r.html").exists()
    assert "findings in" in result.err and "does not hold (such as" in result.err
    assert "news-sample.jsonl" in result.err and "Traceback" not in result.err
    result = cli("report", "--from", folder / "findings.json", folder / "news-sample.jsonl",
                 "-o", tmp_path / "r.html", "--isolated")
    assert result.code == 0 and (tmp_path / "r.html").exists()


def test_a_truncated_findings_file_of_a_real_run_is_an_error(pages, cli, tmp_path):
    folder, findings = pages
    lines = "".join(json.dumps(f) + "\n" for f in findings)
    cut = tmp_path / "findings.jsonl"
    cut.write_text(lines[:len(lines) // 2], encoding="utf-8")  # a copy stopped half way
    result = cli("report", "--from", cut, "-o", tmp_path / "r.html", "--isolated")
    assert result.code == 2
    number = lines[:len(lines) // 2].count("\n") + 1
    assert f"{cut}:{number}: the last line is cut short" in result.err
    assert not (tmp_path / "r.html").exists()
    listing = json.dumps(findings, indent=2)
    cut.write_text(listing[:len(listing) // 2], encoding="utf-8")
    result = cli("report", "--from", cut, "-o", tmp_path / "r.html", "--isolated")
    assert result.code == 2 and f"{cut}:" in result.err and not (tmp_path / "r.html").exists()


def test_the_findings_of_a_real_run_are_accepted_both_ways(pages, cli, tmp_path):
    folder, _findings = pages
    result = cli("report", "--from", folder / "findings.json", "-o", tmp_path / "ok.html", "--isolated")
    assert result.code == 0 and (tmp_path / "ok.html").stat().st_size > 10_000


def test_an_empty_findings_file_is_a_clean_run_and_an_empty_folder_is_an_error(cli, tmp_path):
    (tmp_path / "clean.jsonl").write_text("", encoding="utf-8")  # what `--output-format jsonl` writes
    result = cli("report", "--from", tmp_path / "clean.jsonl", "-o", tmp_path / "r.html", "--isolated")
    assert result.code == 0 and "holds no findings" in (tmp_path / "r.html").read_text(encoding="utf-8")
    (tmp_path / "empty").mkdir()
    result = cli("report", tmp_path / "empty", "-o", tmp_path / "e.html", "--isolated")
    assert result.code == 2 and "nothing to report" in result.err and not (tmp_path / "e.html").exists()


def test_bad_arguments(cli, tmp_path):
    assert cli("report", "--from", tmp_path / "missing.json", "-o", tmp_path / "r.html").code == 2
    result = cli("report", tmp_path, "--group-by", "colour", "-o", tmp_path / "r.html")
    assert result.code == 2 and "--group-by" in result.err
