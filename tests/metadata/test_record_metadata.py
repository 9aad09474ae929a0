"""Where a record keeps its metadata, and metadata that only repeats the body (qa16b #5, qa16a #13).

- A record's metadata object (`meta`, `metadata`: RedPajama, the Pile, Dolma) is its metadata:
  tests/data/metadata/faq_meta_source.jsonl, a docutils FAQ answer (qa16b) with `meta.source`,
  ends with a link target; CL504 read it as the record's source and its safe fix added a
  top-level `source` beside `meta.source`.
- tests/data/metadata/poems-songs.jsonl: 12 poems of Debian's fortunes (songs-poems; qa16a),
  with no metadata. CL504's fix writes the authors of their `-- Name` lines (and a title); then
  CL501 asked for an `author` in the poem that got only a title ("95% of the documents with
  metadata have it"): the share counted CL504's own values.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

DATA = Path(__file__).parent.parent / "data" / "metadata"
FAQ = DATA / "faq_meta_source.jsonl"
POEMS = DATA / "poems-songs.jsonl"
FLAGS = ("--isolated", "--no-index", "--no-cache")


def _findings(cli, path, *extra):
    return cli("check", path, *FLAGS, "--output-format", "json", *extra).json()


# the FAQ's page, as a republished text credits it (the record's own link target is no source: qa20 r07)
SOURCE_LINE = "\n\nSource: https://docutils.sourceforge.io/FAQ.html\n"


def _faq(path, *, meta=True, source=""):
    record = json.loads(FAQ.read_text(encoding="utf-8"))
    record["text"] += SOURCE_LINE
    if not meta:
        del record["meta"]
    elif source is not None:
        record["metadata"] = record.pop("meta")
        record["metadata"]["source"] = source
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_a_field_in_the_records_metadata_object_is_its_own(cli, tmp_path):
    path = tmp_path / "faq.jsonl"
    shutil.copy(FAQ, path)
    assert [f for f in _findings(cli, path, "--select", "CL5") if f["code"] == "CL504"] == []
    cli("check", path, *FLAGS, "--fix")
    assert path.read_bytes() == FAQ.read_bytes()  # no top-level `source` added beside `meta.source`
    # with a source line in the text, `meta.source` still answers for it: no top-level `source`
    path = _faq(tmp_path / "faq2.jsonl", source="docutils-0.23.1/FAQ.rst")
    before = path.read_bytes()
    cli("check", path, *FLAGS, "--fix")
    assert path.read_bytes() == before


def test_a_link_target_closing_the_text_is_no_source(cli, tmp_path):
    # `.. _feature request tracker:` / `https://sourceforge.net/p/docutils/feature-requests/`: the URL is what the
    # label names (qa20 r07: a bare last URL was the source whatever the line over it said)
    record = json.loads(FAQ.read_text(encoding="utf-8"))
    del record["meta"]
    path = tmp_path / "faq.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert [f for f in _findings(cli, path, "--select", "CL5") if f["code"] == "CL504"] == []


def test_without_the_metadata_object_the_source_is_still_read(cli, tmp_path):
    path = _faq(tmp_path / "faq.jsonl", meta=False)
    found = [f for f in _findings(cli, path, "--select", "CL5") if f["code"] == "CL504"]
    assert [(f["data"]["field"], f["data"]["key"]) for f in found] == [("source", "source")]
    assert found[0]["fix"]["metadata"] == [{"key": "source", "value": found[0]["data"]["value"], "delete": False}]


def test_an_empty_field_in_the_metadata_object_gets_no_top_level_key(cli, tmp_path):
    path = _faq(tmp_path / "faq.jsonl", source="")
    found = [f for f in _findings(cli, path, "--select", "CL5") if f["code"] == "CL504"]
    assert [(f["data"]["key"], f["fix"]) for f in found] == [("metadata.source", None)]
    assert "metadata's `metadata.source` is empty" in found[0]["message"]


def test_metadata_object_counts_for_missing_metadata(cli, tmp_path):
    # five records with `meta.author`, one without: CL501 sees the field where the records keep it
    records = [json.loads(line) for line in POEMS.read_text(encoding="utf-8").splitlines()][:6]
    for i, record in enumerate(records[:5]):
        record["meta"] = {"author": f"Anonymous {i}", "source": "fortunes songs-poems"}
    records[5]["meta"] = {"source": "fortunes songs-poems"}
    path = tmp_path / "poems.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    found = [f for f in _findings(cli, path, "--select", "CL501", "--no-index") if f["code"] == "CL501"]
    assert [(f["record"], f["data"]["field"]) for f in found] == [(6, "author")]


def test_cl504s_own_values_do_not_make_cl501_demand_fields(cli, tmp_path):
    path = tmp_path / "poems.jsonl"
    shutil.copy(POEMS, path)
    before = _findings(cli, path, "--select", "CL5")
    assert {f["code"] for f in before} == {"CL504"}
    # (a name signing verse is the poem's attribution: its fix is unsafe, meta17b; a verse's first line sung
    # again, `No pig should go sky diving during monsoon,`, is no title)
    cli("check", path, *FLAGS, "--select", "CL5", "--fix", "--unsafe-fixes")
    fixed = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert sum("author" in r for r in fixed) == 6 and [r["id"] for r in fixed if "title" in r] == []
    assert [f for f in _findings(cli, path, "--select", "CL5") if f["code"] == "CL501"] == []
    # the same records once their producer's metadata is there too (a value no body states):
    # the poem without an author is reported, as in any corpus whose records carry authors
    for record in fixed:
        if "author" in record or record["id"] == "songs-poems-71":
            record["source"] = "fortunes-mod 1.99.1, songs-poems"
    path.write_text("".join(json.dumps(r) + "\n" for r in fixed), encoding="utf-8")
    found = [f for f in _findings(cli, path, "--select", "CL5") if f["code"] == "CL501"]
    assert [(f["document"], f["data"]["field"]) for f in found] == [("songs-poems-71", "author")]


# review16d #5b: tests/data/metadata/council_ap.jsonl, 10 short council reports, author `AP`, the
# headline as the first line; record 8 has no author. `AP` is the producer's: no byline states it.
AP = DATA / "council_ap.jsonl"


def _ap_records():
    return [json.loads(line) for line in AP.read_text(encoding="utf-8").splitlines()]


def _cl501(cli, path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return [(f["record"], f["data"]["field"]) for f in _findings(cli, path, "--select", "CL501") if f["code"] == "CL501"]


def test_a_value_inside_a_word_is_not_stated_by_the_text(cli, tmp_path):
    # `ap` is in `approved` on every record's first line: not a statement of the author
    assert _cl501(cli, tmp_path / "ap.jsonl", _ap_records()) == [(8, "author")]


def test_a_value_deep_in_the_text_is_not_read_out_of_it(cli, tmp_path):
    # `AP` as a word, but in the body's last paragraph after a dozen lines: CL504 reads no byline there
    records = _ap_records()
    for record in records:
        record["text"] += "\n\n" + "\n".join(f"Line {i} of the minutes." for i in range(14)) \
            + "\n\nThe AP photographer left early.\n\n" + "\n".join(f"Note {i}." for i in range(8))
    assert _cl501(cli, tmp_path / "ap.jsonl", records) == [(8, "author")]


def test_a_byline_at_the_head_is_what_the_metadata_repeats(cli, tmp_path):
    # the author given by a `By AP` byline under the headline (what CL504's fix writes): no record
    # has metadata of its own, so no field is usual and record 8 is not asked
    records = _ap_records()
    for record in records:
        title, _, rest = record["text"].partition("\n\n")
        record["text"] = f"{title}\n\nBy AP\n\n{rest}" if "author" in record else record["text"]
    assert _cl501(cli, tmp_path / "ap.jsonl", records) == []
