"""`.jsonl.gz`: read as the JSONL it holds (line numbers of the decompressed file), fixed and written back
gzip-compressed, diffed decompressed, a broken stream said and never written (formats/jsonlgz.py)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "verse" / "fortunes-excerpt.jsonl"
# an entity in record 3: a safe CL202 fix, so that --fix has something to write
EXTRA = json.dumps({"id": "entity", "text": "Fish &amp; chips, said the judge, are not evidence.\n"}) + "\n"


def _plain(tmp_path: Path) -> bytes:
    lines = DATA.read_bytes().splitlines(keepends=True)
    return b"".join(lines[:2] + [EXTRA.encode()] + lines[2:])


@pytest.fixture
def corpus(tmp_path):
    plain = _plain(tmp_path)
    (tmp_path / "p").mkdir()
    (tmp_path / "z").mkdir()
    (tmp_path / "p" / "f.jsonl").write_bytes(plain)
    with gzip.GzipFile(tmp_path / "z" / "f.jsonl.gz", "wb", mtime=1700000000) as out:
        out.write(plain)
    return tmp_path


def _findings(cli, path, *args):
    result = cli("check", path, "--isolated", "--no-cache", "--no-index", "--output-format", "json", *args)
    assert result.code in (0, 1), result
    # the same findings name the other file in `path`, `related`, messages: read as if it were the plain one
    return json.loads(result.out.replace("/z/f.jsonl.gz", "/p/f.jsonl"))


def test_a_gzipped_file_is_checked_as_the_jsonl_it_holds(corpus, cli):
    plain = _findings(cli, corpus / "p")  # a folder walk includes `*.jsonl.gz` by default
    zipped = _findings(cli, corpus / "z")
    assert zipped == plain and zipped
    assert {(f["code"], f["line"], f["record"]) for f in zipped} >= {("CL202", 3, 3)}


def test_fix_writes_it_back_compressed_and_diff_shows_the_text(corpus, cli):
    path = corpus / "z" / "f.jsonl.gz"
    diff = cli("check", path, "--isolated", "--no-cache", "--no-index", "--diff")
    assert "+{\"id\": \"entity\", \"text\": \"Fish & chips" in diff.out, diff  # the decompressed lines
    for folder in ("p", "z"):
        cli("check", corpus / folder, "--isolated", "--no-cache", "--no-index", "--fix")
    data = path.read_bytes()
    assert data[:2] == b"\x1f\x8b"
    assert gzip.decompress(data) == (corpus / "p" / "f.jsonl").read_bytes()
    assert gzip.decompress(data) != _plain(corpus)  # (the fix was applied)
    assert data[4:8] == (1700000000).to_bytes(4, "little")  # the original's stamp kept
    assert _findings(cli, path) == _findings(cli, corpus / "p" / "f.jsonl")


def test_a_broken_stream_is_said_its_records_checked_and_the_file_never_written(corpus, cli):
    path = corpus / "z" / "f.jsonl.gz"
    whole = path.read_bytes()
    path.write_bytes(whole[:len(whole) // 2])
    findings = _findings(cli, path)
    broken = [f for f in findings if f["code"] == "CL902"]
    assert len(broken) == 1 and "gzip stream broken after line" in broken[0]["message"]
    assert any(f["code"] == "CL202" for f in findings)  # the records before the break are checked
    result = cli("check", path, "--isolated", "--no-cache", "--no-index", "--fix")
    assert path.read_bytes() == whole[:len(whole) // 2]
    assert "never written" in result.err, result


def test_other_compressed_files_say_how_to_read_them(tmp_path, cli):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"Some text.\n"))
    (tmp_path / "b.jsonl.zst").write_bytes(b"\x28\xb5\x2f\xfd" + b"\x00" * 20)
    findings = _findings(cli, tmp_path / "a.txt.gz") + _findings(cli, tmp_path / "b.jsonl.zst")
    messages = [f["message"] for f in findings if f["code"] == "CL902"]
    assert "reads gzip only as JSONL named `.jsonl.gz`" in messages[0]
    assert "reads no zstd-compressed files" in messages[1] and "unzstd" in messages[1]


def test_a_compressed_file_is_never_cut_into_byte_ranges(corpus, tmp_path, monkeypatch):
    from corpuslint import runner
    from corpuslint.config import load_config
    from corpuslint.formats.base import splittable
    from corpuslint.linter import Linter

    monkeypatch.setattr(runner, "RANGE_MIN_FILE_BYTES", 1)
    linter = Linter(load_config(None))
    assert linter.format_for(str(corpus / "z" / "F.JSONL.GZ")).name == "jsonl.gz"
    assert linter.format_for(str(corpus / "p" / "f.jsonl")).name == "jsonl"
    paths = [str(corpus / "z" / "f.jsonl.gz"), str(corpus / "p" / "f.jsonl")]
    units = list(runner.work_units(paths, 2, lambda p: splittable(linter.format_for(p))))
    assert units[0] == [paths[0]] and all(isinstance(u, runner.FileRange) for u in units[1:])
