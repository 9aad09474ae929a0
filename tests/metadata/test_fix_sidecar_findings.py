"""CL501 after CL504's fix (qa18a #8): the sidecar the fix created for a bare `.txt`, holding only what its body
says, makes no field usual of the file; a sidecar with a value of its own still does. Real text: news-sample.jsonl's
records, The Week's story (tests/data/metadata)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parents[1] / "data" / "metadata"


def test_a_sidecar_the_fix_created_asks_for_no_other_field(cli, tmp_path):
    # qa18a #8: beside records that all carry a title, a date and a source, main's safe --fix wrote `author: Jon
    # Terbush` into a new story.meta.yaml and the same run then reported the story for lacking the three (exit 1
    # after a clean --fix); the file is as bare as it was, and is not asked
    news = (DATA / "news-sample.jsonl").read_text(encoding="utf-8")
    records = [line for line in news.splitlines() if '"source": "http' in line]
    (tmp_path / "news.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text((DATA / "fnc1-train-1745.txt").read_text(encoding="utf-8"), encoding="utf-8")
    flags = ("--isolated", "--no-cache", "--select", "CL501,CL504", "--output-format", "json")
    cli("check", tmp_path, *flags, "--fix")
    assert "Jon Terbush" in story.with_name("story.meta.yaml").read_text(encoding="utf-8")
    result = cli("check", tmp_path, *flags)
    assert [f for f in result.json() if f["path"].endswith("story.txt")] == []
    # still asked: a sidecar holding a value of its own (a source the text does not name) is metadata the
    # corpus's other records make the title and the date usual for
    story.with_name("story.meta.yaml").write_text("author: Jon Terbush\nsource: The Week\n", encoding="utf-8")
    result = cli("check", tmp_path, *flags)
    assert sorted(f["data"]["field"] for f in result.json() if f["path"].endswith("story.txt")) == ["date", "title"]
