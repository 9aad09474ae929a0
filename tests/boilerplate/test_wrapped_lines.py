"""CL151 never removes a line of a wrapped sentence alone: the finding stays, without a fix (tester34 U1: Debian
descriptions of one source package, read as one site's pages, lost single lines of their shared paragraph:
"The main goals of MySQL are speed, robustness and" was left; libgadu-dev kept "Poland. libgadu is …"). Real records: tests/data/site_names (README there),
given one host so that they are one site's pages; a site's line that stands alone keeps its fix."""

from __future__ import annotations

import json
from pathlib import Path

from corpuslint.checks.boilerplate.wrapped import in_wrapped_sentence

RECORDS = Path(__file__).parents[1] / "data" / "site_names" / "debian_descriptions.jsonl"


def _cl151(cli, path: Path) -> list[dict]:
    result = cli("check", path, "--isolated", "--no-index", "--no-cache", "--select", "CL151", "--output-format", "json")
    return [f for f in json.loads(result.out) if f["code"] == "CL151"]


def test_a_sites_shared_paragraph_loses_no_line_alone(cli, tmp_path):
    records = [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines()]
    hosted = tmp_path / "hosted.jsonl"
    hosted.write_text("".join(json.dumps(dict(r, source="https://packages.example.org/" + r["id"])) + "\n"
                              for r in records), encoding="utf-8")
    found = _cl151(cli, hosted)
    wrapped = [f for f in found if "part of a wrapped sentence" in f["message"]]
    assert wrapped and all(f["fix"] is None for f in wrapped)
    assert any("Gadu-Gadu is an instant messaging program, very popular in" in f["message"] for f in wrapped)
    for f in found:
        if f["fix"] is not None:  # what keeps its fix is a line of its own: the title over a blank line
            text = next(r["text"] for r in records if r["id"] == f["document"])
            assert not in_wrapped_sentence(text, f["offset"], f["end_offset"])


def test_a_line_of_its_own_is_no_wrapped_sentence():
    text = ("Share this article\nThe county board voted on Tuesday to extend the library's opening hours.\n\n"
            "Follow us on Twitter\n")
    start = text.index("Share")
    assert not in_wrapped_sentence(text, start, start + len("Share this article"))
    start = text.index("Follow")
    assert not in_wrapped_sentence(text, start, start + len("Follow us on Twitter"))
    text = "The main goals of MySQL are speed, robustness and\nease of use.\n"
    start = text.index("ease")
    assert in_wrapped_sentence(text, start, start + len("ease of use."))
    text = "This package contains the source\nfor the Rust async-attributes crate,\n"
    assert in_wrapped_sentence(text, 0, len("This package contains the source"))
