"""CL301/CL305 on qa22's files (session 23): another scheme is another address (curl(1)'s `ftp://` examples),
a line that sets both spellings side by side, a domain in an e-mail's header block. Each beside the case that is
still found. Sources: tests/data/urls/qa22/SOURCES.md."""

from __future__ import annotations

from conftest import DATA
from corpuslint import Document
from corpuslint.checks.urls.spellings import address_key
from corpuslint.checks.urls.urlsim import find_urls
from corpuslint.checks.urls.variants import UrlVariant
from corpuslint.checks.urls.www import WwwVariant

QA22 = DATA / "urls" / "qa22"


def text_of(name: str) -> str:
    return (QA22 / name).read_text(encoding="utf-8")


def found(rule, text: str) -> list[str]:
    return [text[v.start:v.end] for v in rule.check(Document.from_text(text))]


def test_an_ftp_link_is_not_the_https_link_written_another_way():
    # curl(1): `curl --crlf -T file ftp://example.com/` shows FTP; main called it `https://example.com` "written
    # another way (scheme, trailing slash)"
    # (curl's `example.com` is a documentation name, never compared: test_urls_reserved.py; here a site's host)
    text = text_of("curl-examples-excerpt.txt").replace("example.com", "harbourlight.org")
    findings = list(UrlVariant().check(Document.from_text(text)))
    pairs = {(v.data["variant"].split(":")[0], v.data["spelling"].split(":")[0]) for v in findings}
    assert pairs == {("https", "https"), ("ftp", "ftp")}
    # one scheme's cosmetic spellings are still compared (a bare host with and without its slash), and http/https
    # is still one link
    (a, b, c) = find_urls("curl http://harbourlight.org/ https://harbourlight.org ftp://harbourlight.org/")
    assert address_key(a) == address_key(b) != address_key(c)


def test_both_spellings_on_one_line_only_are_set_side_by_side():
    # curl(1) --noproxy: `local.com would match local.com, local.com:80, and www.local.com`
    text = text_of("curl-noproxy-excerpt.txt")
    assert found(WwwVariant(), text) == []
    # the same host written bare on another line is a second spelling: found
    more = text + "\n              See local.com for more.\n"
    assert found(WwwVariant(), more) == ["www.local.com"]
    # two links on one line are no hosts named side by side: `[template](https://www.lightbend.com/activator/...)
    # in [Activator](https://lightbend.com/platform/getstarted)` (url_probe's `www` form on a Scala post)
    links = ("* Get started with the [Hello Scala 2.11 template](https://www.lightbend.com/activator/template/"
             "hello-scala-2_11) in [Typesafe Activator](https://lightbend.com/platform/getstarted)\n")
    assert found(WwwVariant(), links) == ["lightbend.com"]
    # one line that is a whole paragraph (a feed item, review23 #4) names the host both ways in its
    # sentences, not side by side: found
    item = (QA22.parent / "qa20" / "disabled-gr-feed-item.txt").read_text(encoding="utf-8")
    assert found(WwwVariant(), item) == ["alexa.com"]


def test_a_domain_in_a_mail_header_block_is_no_web_address():
    # `X-AntiAbuse: Sender Address Domain - fanox.com` against the signature's `www.fanox.com`
    text = text_of("mail_test_4-header.txt")
    assert found(WwwVariant(), text) == []
    # the bare host written in the body is the domain of the mail's own addresses (`anabelgonzalo@fanox.com`):
    # the addresses bear that spelling out (issue 16), no finding; where they name another domain, the body's
    # bare host is still a second spelling (the header block hides only its own lines)
    more = text.replace("48160 Derio - Spain</DIV>", "48160 Derio - Spain, fanox.com</DIV>")
    assert found(WwwVariant(), more) == []
    other = more.replace("@fanox.com", "@fanox.es")
    assert found(WwwVariant(), other) == ["www.fanox.com"] or found(WwwVariant(), other) == ["fanox.com"]
    # a document opening with its own `Field: value` lines (no mail trace or sender) keeps its hosts
    own = "Title: Notes\nSource: fanox.com\nLanguage: en\n\nSee www.fanox.com for the rest.\n"
    assert found(WwwVariant(), own) != []


def test_a_bare_host_that_is_the_documents_mail_domain_is_no_www_variant():
    # tester29: the Debian Developer's Reference in Russian (lynx dump), lines 368 and 127 (one of its
    # www.debian.org links) and an address of the book: `your mail at debian.org` names the mail domain
    text = ("   первую очередь, убедитесь, что адрес электронной почты, на который\n"
            "   пересылается ваша почта с ящика на debian.org, актуален, также\n\n"
            "   Подробности см. на https://www.debian.org/devel/join/ и в www.debian.org\n\n"
            "   Напишите на ftpmaster@debian.org.\n")
    assert found(WwwVariant(), text) == []
    assert found(WwwVariant(), text.replace("ftpmaster@debian.org", "ftpmaster@ftp-master.debian.org")) != []
