"""A metadata field names a site only when it holds a site: a host, a URL, a name. A file's path in
`source` (qa19a #12: `python3.11-doc:/usr/share/doc/...`, `sd/talon-1.4.4/...`) named a "site"
shared by every record of one package, so CL151 took the Python docs' own lines (`Removed the
*loop* parameter.` under two asyncio pages) for that site's template, where the same texts as
files got no finding. Records: two pages of python3.11-doc's reST sources (tests/data/site_paths)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpuslint import Document
from corpuslint.models import site_named

RECORDS = Path(__file__).parent / "data" / "site_paths" / "asyncio.jsonl"


@pytest.mark.parametrize("value, site", [
    ("https://www.example.com/2019/story", "example.com"),
    ("example.com/2019/story", "example.com"),
    ("www.nytimes.com", "nytimes.com"),
    ("bücher.de/x", "bücher.de"),
    ("Reuters", "reuters"),
    ("common-crawl", "common-crawl"),
])
def test_a_host_a_url_or_a_name_is_a_site(value, site):
    assert site_named(value) == site
    assert Document.from_text("Text.\n", metadata={"source": value}).metadata_site() == site


@pytest.mark.parametrize("value", [
    "/usr/share/doc/login/copyright",
    "python3.11-doc:/usr/share/doc/python3.11/html/_sources/library/asyncio-sync.rst.txt",
    "sd/talon-1.4.4/tests/fixtures/standard_replies/iphone.eml",
    "x/usr/lib/python3.11/test/test_email/data/msg_02.txt",
    "sdist arrow-1.4.0/CHANGELOG.rst",
    "file:///srv/corpus/a.txt",
])
def test_a_path_is_no_site_and_the_next_field_is_read(value):
    assert site_named(value) is None
    assert Document.from_text("Text.\n", metadata={"source": value}).metadata_site() is None
    doc = Document.from_text("Text.\n", metadata={"source": value, "url": "https://example.org/a"})
    assert doc.metadata_site() == "example.org"


def _cl151(cli, path: Path) -> list[dict]:
    result = cli("check", path, "--isolated", "--no-index", "--no-cache", "--select", "CL151",
                 "--output-format", "json")
    return [f for f in json.loads(result.out) if f["code"] == "CL151"]


def test_records_with_a_path_in_source_get_what_the_files_get(cli, tmp_path):
    records = [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines()]
    for r in records:
        (tmp_path / "files").mkdir(exist_ok=True)
        (tmp_path / "files" / (r["id"].split("/")[-1] + ".txt")).write_text(r["text"], encoding="utf-8")
    assert _cl151(cli, tmp_path / "files") == []
    assert _cl151(cli, RECORDS) == []  # (9 findings when `python3.11-doc` was read as the records' site)


def test_records_whose_source_is_a_site_still_count_as_its_pages(cli, tmp_path):
    # the other way: the same two pages under a real site's address are two pages of one site,
    # and the lines they carry beside the same furniture are that site's template
    records = [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines()]
    for r in records:
        r["source"] = "https://docs.python.org/3.11/library/" + r["id"].split("_")[-1] + ".html"
    path = tmp_path / "site.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    assert {Document.from_text(r["text"], metadata={"source": r["source"]}).metadata_site()
            for r in records} == {"docs.python.org"}
    # (until qa20 r02 CL151 found 9 lines here as docs.python.org's template: `Removed the *loop*
    # parameter.`, the body of `.. versionchanged:: 3.10` in one page and `3.8` in the other; the
    # directive's line differs in its number from page to page, so it is each page's own, and so is
    # its body, which goes with it or not at all)
    assert _cl151(cli, path) == []
