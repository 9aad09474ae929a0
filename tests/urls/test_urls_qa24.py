"""CL301/CL305 on reads24's text (session 24): a link that is a value (`|url=http://`, `href=`) is seen, a
wikitext name (`<ref name="imf.org">`, a citation's `publisher=`, `[[filmsite.org]]`) is no address, two
entries of a list of links are two sites. Each beside the case still found or left alone. Sources:
tests/data/urls/qa24/SOURCES.md."""

from __future__ import annotations

from conftest import DATA
from corpuslint import Document
from corpuslint.checks.urls.urlsim import find_urls
from corpuslint.checks.urls.variants import UrlVariant
from corpuslint.checks.urls.www import WwwVariant

QA24 = DATA / "urls" / "qa24"


def text_of(name: str) -> str:
    return (QA24 / name).read_text(encoding="utf-8")


def found(rule, text: str) -> list[str]:
    return [text[v.start:v.end] for v in rule.check(Document.from_text(text))]


def test_a_link_after_a_key_and_equals_sign_is_seen():
    # `{{cite web |url=http://cdc.gov/...}}` beside `|url=http://www.cdc.gov/...`: main saw neither
    assert found(WwwVariant(), text_of("Autism-cdc-excerpt.txt")) == ["cdc.gov"]
    texts = [u.text for u in find_urls("<a href=http://c.org/x>c</a> key=www.d.org |url=https://e.org/")]
    assert texts == ["http://c.org/x", "www.d.org", "https://e.org/"]
    # a typo inside citations is found as in plain text (reads24's repro)
    cites = ("One {{cite web |url=http://www.river-gazette.com/a |title=A}} here. Two {{cite web "
             "|url=http://www.river-gazette.com/c |title=C}}.\n\nThree {{cite web |url=http://www.river-gazzete.com/b "
             "|title=B}} here.\n")
    assert found(UrlVariant(), cites) == ["river-gazzete.com"]


def test_a_link_in_another_urls_query_is_not_one_of_its_own():
    for text in ("see /share?u=http://b.org/x ok", "q&url=http://f.org/", "/r;u=http://g.org/"):
        assert list(find_urls(text)) == []
    # the outer URL holds it whole, as before
    assert [u.text for u in find_urls("http://g.org/?u=http://h.org/")] == ["http://g.org/?u=http://h.org/"]
    # a bare host after `=` stays unseen (`a=b.org`: a value, not an address)
    assert list(find_urls("a=b.org here")) == []


def test_a_wikitext_ref_name_or_citation_field_is_no_bare_host():
    # `<ref name="imf.org">`, `<ref name="stat.ee">`: markup identifiers (main: 2 CL305 findings)
    assert found(WwwVariant(), text_of("Economy_of_Estonia-refnames-excerpt.txt")) == []
    # `<ref name="cbpp.org"/>`, `|publisher= al.com`, `via al.com`, `&#124; al.com` inside a citation: names. The
    # bare `taxadmin.org` after the template's `}}` (debatable in reads24) names the publisher: no path, no scheme,
    # beside `www.` addresses only, it is the site's name, not a spelling of its link (probe25)
    assert found(WwwVariant(), text_of("Alabama-citations-excerpt.txt")) == []
    # `[[filmsite.org]]` is a wiki article's name, not the site's address
    assert found(WwwVariant(), text_of("Academy_Awards-filmsite-excerpt.txt")) == []
    # the same host written bare in prose is still a mention
    assert [u.text for u in find_urls('<ref name="cbpp.org"/> and cbpp.org')] == ["cbpp.org"]


def test_two_entries_of_a_list_of_links_are_two_sites():
    # gne shanxi-1: `http://www.shanxi.gov.cn` (Shanxi) and `http://www.shaanxi.gov.cn/` (Shaanxi), each alone on
    # its line among the other provinces' portals (main: "`shaanxi.gov.cn` looks like a misspelling")
    text = text_of("gne-shanxi-1-links-excerpt.txt")
    assert found(UrlVariant(), text) == []
    # the same slip in a sentence is still a typo pair (no evidence either way: one finding naming both)
    prose = "Visit http://www.river-gazette.com/a today.\nOr read http://www.river-gazzete.com/b later.\n"
    assert len(found(UrlVariant(), prose)) == 1


def test_bare_handle_mentions_are_not_compared():
    # `@USCTO44` / `@USTO44` and `@TRAINWRECKSTAN` / `@TRAlNWRECKSTAN` (mercury): handles written as `@name`
    # mentions, not URL paths or e-mail locals, are not a handle source of CL301 (left: reads24 item 4)
    assert found(UrlVariant(), text_of("obamawhitehouse-handles-excerpt.txt")) == []
    assert found(UrlVariant(), text_of("buzzfeed-handles-excerpt.txt")) == []
