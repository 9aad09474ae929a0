"""CL301/CL305 on the session-25 probe (unseen text: Python's docs, Perl's pods, man pages): what was wrong there
stays clean, what was right is still found. Excerpts in tests/data/urls/probe25 (SOURCES.md)."""

from pathlib import Path

from corpuslint.checks.urls import UrlVariant, WwwVariant
from corpuslint.checks.urls.base import continues_on_next_line
from corpuslint.checks.urls.urlsim import find_urls
from corpuslint.models import Document

DATA = Path(__file__).resolve().parent.parent / "data" / "urls"


def text_of(name: str) -> str:
    return (DATA / "probe25" / name).read_text(encoding="utf-8")


def found(rule, text: str) -> list[str]:
    return [text[v.start:v.end] for v in rule.check(Document.from_text(text))]


def test_a_site_named_in_prose_is_no_spelling_of_its_www_link():
    # `available from python.org, at https://www.python.org/downloads/`: main said CL305
    text = text_of("python-faq-general-excerpt.txt")
    assert found(WwwVariant(), text) == []
    # the host written as the site's name with `www.` too: the document names the site both ways
    assert found(WwwVariant(), text + "\nWhere in the world is www.python.org located?\n") == ["python.org"]


def test_host_names_in_string_literals_are_code_values():
    # `hostname = 'www.python.org'`, `('DNS', 'python.org')`, `('DNS', 'www.pythonhosted.org')`: main said CL305 twice
    assert found(WwwVariant(), text_of("python-ssl-excerpt.txt")) == []


def test_one_host_as_two_addresses_is_still_an_info_finding():
    # coreutils' `<https://gnu.org/licenses/gpl.html>` beside `<https://www.gnu.org/software/coreutils/>`
    assert found(WwwVariant(), text_of("coreutils-base64-excerpt.txt")) == ["gnu.org"]


def test_a_link_hyphenated_at_the_wrap_is_a_piece():
    # man(1) hyphenates `http://cloud.google.com/stor‐` / `age/docs/...`: main compared two links' heads (scheme)
    text = text_of("gcloud-buckets-create-excerpt.txt")
    assert [v for v in UrlVariant().check(Document.from_text(text)) if v.source == "cosmetic"] == []
    pieces = [u for u in find_urls(text) if u.scheme]
    assert [u.text for u in pieces] == ["http://cloud.google.com/stor", "https://cloud.google.com/stor"]
    assert all(continues_on_next_line(text, u) for u in pieces)
    # a link that ends its line, the next line a new sentence, is whole (a dash is no hyphen at the wrap)
    ended = "see http://cloud.google.com/storage -\n  the docs say more.\n"
    assert not continues_on_next_line(ended, next(iter(find_urls(ended))))


def test_a_mention_mistyped_against_a_profile_url():
    # the Obama White House's farewell post (mercury fixture; tests/data/urls/qa24), with DJ Patil's profile linked
    base = (DATA / "qa24" / "obamawhitehouse-handles-excerpt.txt").read_text(encoding="utf-8")
    profile = base + "\nDJ Patil: https://twitter.com/dpatil\nTwitter: https://twitter.com/dpatil\n"
    # `@dpatil` is the profile's name; `@USCTO44` and `@USTO44`, two mentions one letter apart, are two accounts
    assert found(UrlVariant(), profile) == []
    slip = profile.replace("follow DJ at @dpatil", "follow DJ at @dpatii")
    (v,) = UrlVariant().check(Document.from_text(slip))
    assert slip[v.start:v.end] == "dpatii" and v.data["spelling"] == "dpatil" and v.fix is not None
    # with nothing to decide (the profile once, the mention once, no name written out): two accounts, no finding
    assert found(UrlVariant(), "Follow https://twitter.com/heathercmiller or ask @heathermiller on Gitter.\n") == []
    # a decorator above `def` is code, not a mention
    code = "See https://github.com/property for more.\n\n    @propery\n    def name(self):\n        return 1\n"
    assert found(UrlVariant(), code) == []


def test_a_url_in_a_code_string_is_a_value_not_a_link():
    # `urlopen('http://python.org/')` beside `Request('http://www.python.org/fish.html')` in Python's docs: main
    # said CL301/CL305 on the code's own example values (9 of 24 findings on the probe's second half)
    text = text_of("python-pprint-excerpt.txt")
    slip = text.replace("'package_url': 'https://pypi.org/project/sampleproject/'",
                        "'package_url': 'http://pypi.org/project/sampleproject'")
    assert found(UrlVariant(), slip) == []
    # the same link written both ways in the prose is the text's own two spellings: found
    prose = ("The project's page is https://pypi.org/project/sampleproject/ on PyPI.\n" + text
             + "\nSee http://pypi.org/project/sampleproject for the project's page.\n")
    assert [v.data["differences"] for v in UrlVariant().check(Document.from_text(prose))] == [["scheme", "trailing slash"]]


def test_a_digit_for_a_letter_in_a_short_label_needs_the_letters_written_twice():
    # `cloud.goog1e.com` injected into gcloud's page, which writes `cloud.google.com` twice: a slip (main: unseen,
    # the label is under 8 letters); with the letters written once, `paypa1.com` beside `paypal.com`: no finding
    text = text_of("gcloud-buckets-create-excerpt.txt") + "\n           See https://cloud.goog1e.com/storage/docs/.\n"
    (v,) = [v for v in UrlVariant().check(Document.from_text(text)) if v.source == "typo"]
    assert text[v.start:v.end] == "cloud.goog1e.com" and v.data["spelling"] == "cloud.google.com"
    once = text.replace("https://cloud.google.com/stor‐", "the storage docs")
    assert [v for v in UrlVariant().check(Document.from_text(once)) if v.source.startswith("typo")] == []


def test_a_host_cut_by_a_backslash_continuation_is_a_piece():
    # `...@my-project.iam.gservicea\` / `ccount.com'`: main read `ccount.com` as a host (CL304 on 8 gcloud pages:
    # "`ccount.com` looks like a misspelling of `count.com`")
    text = text_of("gcloud-endpoints-iam-excerpt.txt")
    assert "ccount.com" not in [u.host for u in find_urls(text)]
    # a continuation between two words (a space before the `\`) leaves the next line's host whole
    assert [u.host for u in find_urls("  $ curl \\\n      example.com/x\n")] == ["example.com"]
