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
