"""Files a user may think corpuslint reads and it does not (tester32 #4): a CSV/TSV file is one plain-text
document, a Parquet file is not read, a `corpuslint.toml` is no config. Each is said, with what to do; a
JSONL file and `corpuslint.yaml` are read without a word."""

from __future__ import annotations

# the head of tester32's relnotes.csv: git's release notes as rows (id, title, text)
ROWS = ('id,title,text\n2.4.0.txt,Git 2.4.0,"Git 2.4 Release Notes\n=====================\n\n'
        'This release has a few changes in the user-visible output from\nPorcelain commands."\n')


def test_a_csv_or_tsv_named_is_one_document_and_said_so(cli, tmp_path):
    (tmp_path / "relnotes.csv").write_text(ROWS, encoding="utf-8")
    (tmp_path / "relnotes.tsv").write_text(ROWS.replace(",", "\t"), encoding="utf-8")
    result = cli("check", tmp_path / "relnotes.csv", tmp_path / "relnotes.tsv", "--isolated", "--no-cache",
                 "--no-index")
    assert "1 .csv and 1 .tsv file(s) read as one plain-text document each" in result.err
    assert "a record per row with a `text` field" in result.err
    (tmp_path / "rows.jsonl").write_text('{"text": "Porcelain commands changed their output."}\n', encoding="utf-8")
    quiet = cli("check", tmp_path / "rows.jsonl", "--isolated", "--no-cache", "--no-index")
    assert "plain-text document" not in quiet.err and "Parquet" not in quiet.err


def test_a_parquet_file_says_how_to_read_it(cli, tmp_path):
    (tmp_path / "relnotes.parquet").write_bytes(b"PAR1\x15\x04\x15\x00\x00PAR1")
    result = cli("check", tmp_path / "relnotes.parquet", "--isolated", "--no-cache", "--no-index", "--exit-zero")
    assert "1 .parquet file(s) not read" in result.err and "corpuslint dist" in result.err


def test_a_corpuslint_toml_is_named_as_not_read(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Porcelain commands changed their output.\n", encoding="utf-8")
    (tmp_path / "corpuslint.toml").write_text('ignore = ["CL202"]\n', encoding="utf-8")
    result = cli("check", tmp_path / "a.txt", "--no-cache", "--no-index")
    assert f"{tmp_path / 'corpuslint.toml'} is not read" in result.err
    (tmp_path / "corpuslint.yaml").write_text("ignore: [CL202]\n", encoding="utf-8")
    (tmp_path / "corpuslint.toml").unlink()
    assert "is not read" not in cli("check", tmp_path / "a.txt", "--no-cache", "--no-index").err
