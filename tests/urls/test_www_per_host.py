"""CL305 gives one finding per document and host (qa22: google-auth-library-python's CHANGELOG.md had 278,
one per mention of `www.github.com` against `github.com`; real lines in tests/data/urls/qa22, SOURCES.md): at the first
mention, its message counting the mentions and naming their lines, `related` naming the other places.
The other way: a host written both ways once each is still one finding."""

from __future__ import annotations

from conftest import DATA
from corpuslint import Document
from corpuslint.checks.urls.www import WwwVariant

TEXT = (DATA / "urls" / "qa22" / "google-auth-changelog-excerpt.md").read_text(encoding="utf-8")


def test_one_finding_per_host_counting_its_mentions():
    doc = Document.from_text(TEXT, path="CHANGELOG.md")
    (v,) = WwwVariant().check(doc)
    mentions = TEXT.count("https://github.com")  # 7, against 10 of `www.github.com`: the one less used
    assert mentions == 7 and TEXT.count("www.github.com") == 10
    assert TEXT[v.start:v.end] == "github.com" and v.start == TEXT.index("https://github.com") + len("https://")
    assert v.data == {"variant": "github.com", "spelling": "www.github.com", "occurrences": mentions}
    assert f"({mentions} times, lines 7, 12, 13, ...)" in v.message
    assert [r.message.split()[0] for r in v.related] == ["written"] * 3 + ["also"] * 3

def test_a_host_written_both_ways_once_is_one_finding():
    text = "See https://github.com/googleapis/google-auth-library-python and\nhttps://www.github.com/googleapis.\n"
    (v,) = WwwVariant().check(Document.from_text(text))
    assert v.data["occurrences"] == 1 and "times" not in v.message
