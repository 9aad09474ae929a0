"""CL301/CL305 on texts no one tuned for (session 20): a link's label against its own target (qa20 r09), a host
that is no web address (an e-mail domain with `[at]`, a DNS name beside its IP address), and a link shown with both
schemes side by side. Each beside the case that is still found. Sources: tests/data/urls/qa20/SOURCES.md."""

from __future__ import annotations

from conftest import DATA
from corpuslint import Document
from corpuslint.checks.urls.base import labels_of_own_target
from corpuslint.checks.urls.urlsim import find_urls
from corpuslint.checks.urls.variants import UrlVariant
from corpuslint.checks.urls.www import WwwVariant

QA20 = DATA / "urls" / "qa20"


def text_of(name: str) -> str:
    return (QA20 / name).read_text(encoding="utf-8")


def found(rule, text: str) -> list[str]:
    return [text[v.start:v.end] for v in rule.check(Document.from_text(text))]


def test_a_markdown_label_naming_its_own_target_is_one_mention():
    # `[mkdocs.org](https://www.mkdocs.org)`: CL305 said `www.mkdocs.org` is written `mkdocs.org` elsewhere
    text = text_of("mkdocs_testing.md")
    assert found(WwwVariant(), text) == []
    # the bare host as an address elsewhere (a path after it) is a second spelling: still found
    more = text + "\nThe guide is at mkdocs.org/user-guide/ for all.\n"
    (v,) = WwwVariant().check(Document.from_text(more))
    assert v.start > len(text) and v.data == {"variant": "mkdocs.org", "spelling": "www.mkdocs.org", "occurrences": 1}
    # ... but the site's name in prose (no scheme, no path) is no spelling of its `www.` link (probe25)
    assert found(WwwVariant(), text + "\nThe site mkdocs.org has the docs.\n") == []


def test_an_html_label_naming_its_own_target_is_one_mention():
    # `<a href="https://starlette.dev/" target="_blank">https://starlette.dev</a>`: CL301 offered to add the slash
    text = text_of("starlette_index.md")
    assert "https://starlette.dev/" not in found(UrlVariant(), text)
    # the same link written without its slash in another link is still found
    other = text + '\nSee <a href="https://example.org/">docs</a> and https://starlette.dev for more.\n'
    assert "https://starlette.dev/" in found(UrlVariant(), other)


def test_two_links_spelling_a_host_with_and_without_www_are_still_found():
    # uvicorn's README: `https://www.github.com/Kludex/uvicorn` (label and target) against `github.com` in badges
    text = text_of("uvicorn_readme.md")
    assert found(WwwVariant(), text) == ["www.github.com"]


def test_labels_are_read_in_markdown_html_and_rest():
    for text, label in (("[x.org](https://www.x.org/a)", "x.org"),
                        ('<a href="https://x.org/" class="l">see x.org</a>', "x.org"),
                        ("`x.org <https://www.x.org/>`_", "x.org")):
        urls = list(find_urls(text))
        ((start, target),) = labels_of_own_target(text, urls).items()
        assert text[start:].startswith(label) and target.host in ("x.org", "www.x.org"), text
    # a label naming another site than its target is a mention of its own
    text = "[example.com](https://www.x.org/a)"
    assert labels_of_own_target(text, list(find_urls(text))) == {}


def test_a_label_spelled_as_its_target_still_counts_in_markdown():
    # `[scala-lang.org](https://scala-lang.org/download/2.12.0.html)` beside `https://www.scala-lang.org/`: the engine
    # hides a finding on a Markdown link's target, so the label (spelled as its target) stays a mention to report on
    text = ("You can also download a distribution from [scala-lang.org](https://scala-lang.org/download/2.12.0.html).\n"
            "See https://www.scala-lang.org/news/, https://www.scala-lang.org/blog/ and www.scala-lang.org.\n")
    # (one finding per host since session 23: at the label, its message counting both places)
    (v,) = WwwVariant().check(Document.from_text(text))
    assert text[v.start:v.end] == "scala-lang.org" and v.start < text.index("](") and v.data["occurrences"] == 2


def test_a_dns_name_beside_its_address_and_an_at_spelled_mail_domain_are_no_web_addresses():
    # djbdns: `./add-ns aaa.com 0.0.0.0` and `./add-host www.aaa.com 0.0.0.0` are two records of a zone
    assert found(WwwVariant(), text_of("linuxstudy-djbdns-excerpt.txt")) == []
    # `support [at] fairkom.eu` above `www.fairkom.eu`: an e-mail address has no `www.`
    text = text_of("fairkom-about-lynx-excerpt.txt")
    assert found(WwwVariant(), text) == []
    # the host in prose is still a second spelling of the web address
    assert found(WwwVariant(), text.replace("support [at] fairkom.eu", "support auf fairkom.eu")) == ["www.fairkom.eu"]


def test_a_link_shown_with_both_schemes_side_by_side_is_not_a_slip():
    # asyncio-stream: `python example.py http://example.com/path/page.html` / `or with HTTPS::` / `... https://...`
    # (`example.com` is a documentation name, never compared: the excerpt's host is swapped for a site's)
    text = text_of("asyncio-stream-excerpt.txt").replace("example.com", "harbourlight.org")
    assert found(UrlVariant(), text) == []
    # the same `http` spelling pages away from the `https` ones is still found
    http_line = next(line for line in text.splitlines() if "http://" in line)
    far = http_line + "\n" + "Other prose goes on here.\n" * 20 + "See https://harbourlight.org/path/page.html again.\n"
    far += "And https://harbourlight.org/path/page.html once more.\n"
    assert found(UrlVariant(), far) == ["http://harbourlight.org/path/page.html"]
