"""CL301/CL305 on text that quotes data: a server log's records and code's keyword arguments spell a URL as the
log or the program has it, not as the text writes its own links. Excerpts in tests/data/urls/probe26 (SOURCES.md)."""

from pathlib import Path

from corpuslint.checks.urls import UrlVariant, WwwVariant
from corpuslint.models import Document

DATA = Path(__file__).resolve().parent.parent / "data" / "urls" / "probe26"


def found(rule, text: str) -> list[str]:
    return [text[v.start:v.end] for v in rule.check(Document.from_text(text))]


def test_referers_in_a_quoted_access_log_are_records():
    # perlperf(1): `"http://www.rfi.net/"` and `"http://www.rfi.net"` as referers of an Apache log; main said CL301
    text = (DATA / "perlperf-logfile-excerpt.txt").read_text(encoding="utf-8")
    assert found(UrlVariant(), text) == []
    # the same two spellings in the tutorial's own prose are one link written two ways
    prose = text + "\nThe site lives at http://www.rfi.net/ and its logs come from http://www.rfi.net too.\n"
    (v,) = UrlVariant().check(Document.from_text(prose))
    assert v.start > len(text) and v.source == "cosmetic"


def test_a_keyword_arguments_url_is_a_code_value():
    # whatsnew 3.2: `DefragResult(url='http://python.org/about/', fragment='target')` beside `https://www.python.org/`
    # in prose; main said CL305 on the prose link
    text = (DATA / "python-whatsnew32-excerpt.txt").read_text(encoding="utf-8")
    assert found(WwwVariant(), text) == []
    setup = (DATA / "python-setupscript-excerpt.txt").read_text(encoding="utf-8")
    prose = setup + "\nThe SIG's page is at https://python.org/sigs/distutils-sig/ and lists its archives.\n"
    assert found(WwwVariant(), prose) == []  # `    url='https://www.python.org/...',`: a `setup(` argument
    # an HTML attribute is the page's own link: `href=` with no space, closed by `>`
    html = prose + '\n<a href="https://www.python.org/sigs/">the SIGs</a>\n'
    assert found(WwwVariant(), html) != []


def test_a_changelog_entry_about_a_typo_says_nothing_of_the_next_entrys_link():
    # IO::Socket::SSL's Changes: `- fixed problem caused by typo in ...` stands just above the entry with the slip;
    # main read it as text discussing look-alike domains and said nothing
    text = (DATA / "io-socket-ssl-changes-excerpt.txt").read_text(encoding="utf-8")
    slip = text.replace("information from publicsuffix.org", "information from pub1icsuffix.org")
    assert found(UrlVariant(), slip) == ["pub1icsuffix.org"]
    # a slip named as such in its own entry is the text's subject: left alone
    named = slip.replace("from pub1icsuffix.org", "from pub1icsuffix.org (a typo in the URL)")
    assert found(UrlVariant(), named) == []


def test_uses_of_the_right_spelling_pages_away_are_not_the_slips_passage():
    # libyaml's Changes: `- https://github.com/yaml/libyaml/pull/130` over `Fixed typo.`, 30 lines above the slip
    text = (DATA / "libyaml-changes-excerpt.txt").read_text(encoding="utf-8")
    last = text.rindex("https://github.com/")
    slip = text[:last] + "https://gituhb.com/" + text[last + len("https://github.com/"):]
    assert found(UrlVariant(), slip) == ["gituhb.com"]
