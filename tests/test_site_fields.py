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
    assert Document.from_text("Text.\n", metadata={"site": value}).metadata_site() == site
    # `source` names a site by a host or URL only: a bare name there is a data set's or a collection's
    # (Dolma's `c4`, a Debian description's source package `mrpt`: tester34), and the next field is read
    by_source = Document.from_text("Text.\n", metadata={"source": value}).metadata_site()
    assert by_source == (site if "." in site else None)  # (a host: `boost1.74`, a package, is none)
    named = Document.from_text("Text.\n", metadata={"source": value, "url": "https://example.org/a"}).metadata_site()
    assert named == (site if "." in site else "example.org")


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


def test_records_with_a_name_in_source_get_what_they_get_without_it(cli, tmp_path):
    # tester34: Debian descriptions whose `source` is their source package (`mysql-defaults`): read as a site,
    # its sibling packages were its "pages" and CL151 cut their shared paragraph line by line ("The main goals
    # of MySQL are speed, robustness and" left); a bare name in `source` is a collection's, so the records get
    # what they get without the field
    named = Path(__file__).parent / "data" / "site_names" / "debian_descriptions.jsonl"
    records = [json.loads(line) for line in named.read_text(encoding="utf-8").splitlines()]
    assert {r["source"] for r in records} == {"mysql-defaults", "libgadu"}
    bare = tmp_path / "bare.jsonl"
    bare.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "source"}) + "\n" for r in records),
                    encoding="utf-8")
    assert _cl151(cli, named) == _cl151(cli, bare) == []
    hosted = tmp_path / "hosted.jsonl"  # the other way: the same records under one host are one site's pages
    hosted.write_text("".join(json.dumps(dict(r, source=f"https://{r['source']}.example.org/")) + "\n"
                              for r in records), encoding="utf-8")
    assert {Document.from_text(r["text"], metadata={"source": f"https://{r['source']}.example.org/"}).metadata_site()
            for r in records} == {"mysql-defaults.example.org", "libgadu.example.org"}
