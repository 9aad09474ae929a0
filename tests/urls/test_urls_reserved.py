"""CL301/CL303/CL305 leave documentation names alone (RFC 2606 / RFC 6761: `example.com`, `*.example`, `*.test`,
`localhost`, ...): two spellings of them are two examples (curl(1): 9 findings on main, url25's probe), while a
site's typo beside them, or a slip in the example name itself (`exmaple.com`), is still found.
Sources: tests/data/urls/reserved25/SOURCES.md, tests/data/urls/qa22/SOURCES.md."""

from __future__ import annotations

from conftest import DATA
from corpuslint import Document
from corpuslint.checks.urls.canonical import MetadataUrlMismatch
from corpuslint.checks.urls.reserved import reserved_for_examples
from corpuslint.checks.urls.variants import UrlVariant
from corpuslint.checks.urls.www import WwwVariant

CURL = ((DATA / "urls" / "qa22" / "curl-examples-excerpt.txt").read_text(encoding="utf-8")
        + (DATA / "urls" / "reserved25" / "curl-more-examples-excerpt.txt").read_text(encoding="utf-8"))


def found(rule, text: str) -> list[str]:
    return [text[v.start:v.end] for v in rule.check(Document.from_text(text))]


def test_documentation_names_are_the_reserved_ones():
    for host in ("example.com", "www.example.com", "Example.ORG.", "ftp.example.net", "api.example", "web.test",
                 "x.invalid", "localhost", "app.localhost"):
        assert reserved_for_examples(host), host
    for host in ("exmaple.com", "example.co.uk", "myexample.com", "example.com.evil.org", "test.com", "contest"):
        assert not reserved_for_examples(host), host


def test_curls_examples_are_left_alone():
    # main: `https://example.com/` "is the link `https://example.com` written another way (trailing slash)",
    # `http://example.com` (scheme), `https://www.example.com/` (www), `example.net/` ...
    assert found(UrlVariant(), CURL) == []
    assert found(WwwVariant(), CURL) == []


def test_a_typo_beside_the_examples_is_still_found():
    # a site's host mistyped (injected, as url25's probe did) among curl's examples
    text = CURL + "              See also https://www.kernle.org/doc/Documentation/networking/.\n"
    (v,) = UrlVariant().check(Document.from_text(text))
    assert {v.data["variant"], v.data["spelling"]} == {"kernle.org", "kernel.org"}
    # a slip in the example name itself is no documentation name: `exmaple.com` is someone's domain
    text = CURL + "               curl --proto-redir -all,https https://exmaple.com\n"
    (v,) = UrlVariant().check(Document.from_text(text))
    assert text[v.start:v.end] == "exmaple.com" and v.data["spelling"] == "example.com"


def test_metadata_fields_on_two_documentation_names_are_no_mismatch():
    def meta(url: str, canonical: str) -> Document:
        return Document.from_text("Body.", metadata={"url": url, "canonical_link": canonical})
    assert list(MetadataUrlMismatch().check(meta("https://example.com/a", "https://example.org/a"))) == []
    (v,) = MetadataUrlMismatch().check(meta("https://harbourlight.com/a", "https://harbourlight.org/a"))
    assert v.data["fields"]
