"""CL145 in HTML mail (mail33): a client's attribution over a `<blockquote>` (Gmail, Thunderbird, mail.ru's and
Yandex's verb-less lines) and a header block under an `<hr>` (Hotmail) are the earlier message, found on the
page's lines; the fix takes the text between the tags and leaves the reply and the tags. An author's
`<blockquote>` under a line of prose stays. Data: tests/data/email/html33/SOURCES.md (talon 1.4.4's fixtures,
SpamAssassin hard-ham), kept as records of HTML mail (`content_type: text/html`)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from corpuslint.analysis import view
from corpuslint.checks.boilerplate.mailquote import QuotedReply
from corpuslint.models import Document, Origin

DATA = Path(__file__).parents[1] / "data" / "email" / "html33"
CLIENTS = {
    "talon-gmail.html": "On Thu, Jun 26, 2014 at 2:14 PM, Alexander L < a@example.com > wrote:",
    "talon-thunderbird.html": "On 26.06.2014 14:41, Alexander L wrote:",
    "talon-hotmail.html": "Date: Thu, 26 Jun 2014 13:53:45 +0400",
    "talon-mail_ru.html": "Thu, 26 Jun 2014 14:00:51 +0400 от Alexander L <abc@example.com>:",
    "talon-yandex_ru.html": '26.06.2014, 14:41, "Alexander L" < abc@example.com >:',
}
NEWSLETTER = "hard-ham-1-00015-excerpt.html"


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def found(text: str) -> list:
    doc = Document(id="m", text=text, origin=Origin(path="m.jsonl", format="html", record=1, line=1,
                                                    text_is_inline=True))
    return list(QuotedReply().check(view(doc)))  # (rules are given the page's view, as the linter does)


def words(html: str) -> list[str]:
    return re.sub(r"<[^>]*>|&lt;|&gt;", " ", html).split()


def test_a_clients_quotation_in_html_mail_is_found():
    for name, opener in CLIENTS.items():
        (v,) = found(read(name))
        assert f"opened by `{opener[:50]}" in v.message, name
        assert v.fix.applicability.value == "unsafe"


def test_the_fix_takes_the_quotations_text_between_the_tags(cli, tmp_path):
    corpus = tmp_path / "mail.jsonl"
    names = [*CLIENTS, NEWSLETTER]
    corpus.write_text("".join(json.dumps({"id": n, "text": read(n), "content_type": "text/html"}) + "\n"
                              for n in names), encoding="utf-8")
    cli("check", corpus, "--isolated", "--no-index", "--no-cache", "--select", "CL145", "--fix", "--unsafe-fixes")
    after = {r["id"]: r["text"] for r in map(json.loads, corpus.read_text(encoding="utf-8").splitlines())}
    for name in CLIENTS:
        left = words(after[name])
        assert left[:5] == ["Hi.", "I", "am", "fine.", "Thanks,"] and "Alex" in left, name  # the reply stays
        assert not {"Hello!", "Sasha.", "wrote:", "Alexander"} & set(left), name  # the earlier message goes
        tags = re.findall(r"<[^>]*>", read(name))
        assert re.findall(r"<[^>]*>", after[name]) == tags, name  # every tag stays, in order
    assert after[NEWSLETTER] == read(NEWSLETTER)


def test_an_authors_blockquotes_in_an_html_newsletter_stay():
    # Lockergnome quoting its readers under `remain mercifully nameless:` / `Followed by:`: no client's line
    assert found(read(NEWSLETTER)) == []


def test_a_verbless_line_needs_the_time_the_address_and_a_quotation_under_it():
    yandex = read("talon-yandex_ru.html")
    for changed in (yandex.replace("14:41, ", ""),  # no time of day
                    yandex.replace('&lt;<a href="mailto:abc@example.com">abc@example.com</a>&gt;', ""),  # no address
                    yandex.replace("<blockquote>", "<div>").replace("</blockquote>", "</div>")):  # nothing quoted
        assert found(changed) == []
    # in plain text the same line over `>` lines opens a quotation too
    plain = 'Hi. I am fine.\n\n26.06.2014, 14:41, "Alexander L" <abc@example.com>:\n> Hello! How are you?\n'
    (v,) = QuotedReply().check(Document.from_text(plain))
    assert v.data["opener"] == "attribution"


HTML34 = Path(__file__).parents[1] / "data" / "email" / "html34"


def test_an_attribution_heading_the_element_that_holds_the_earlier_message_opens_a_quotation(cli, tmp_path):
    """Gmail's `gmail_quote` div with no `<blockquote>` in it: the element the attribution opens is the quotation
    (found by where the attribution stands, not by the class's name)."""
    names = ["talon-gmail-div.html", "talon-gmail-div-inline.html"]
    for name in names:
        (v,) = found((HTML34 / name).read_text(encoding="utf-8"))
        assert "opened by `On 11-Apr-2011, at 6:54 PM, Bob <bob@example.com> wrote:`" in v.message, name
    corpus = tmp_path / "mail.jsonl"
    corpus.write_text("".join(json.dumps({"id": n, "text": (HTML34 / n).read_text(encoding="utf-8"),
                                          "content_type": "text/html"}) + "\n" for n in names), encoding="utf-8")
    cli("check", corpus, "--isolated", "--no-index", "--no-cache", "--select", "CL145", "--fix", "--unsafe-fixes")
    for record in map(json.loads, corpus.read_text(encoding="utf-8").splitlines()):
        assert words(record["text"]) == ["Reply"], record["id"]  # talon's reply; the tags stay
        assert record["text"].count("<div") == (HTML34 / record["id"]).read_text(encoding="utf-8").count("<div")


def test_an_attribution_alone_in_its_element_or_an_element_without_one_is_left_alone():
    for name in ["quotequail-attribution-only.html", "quotequail-gmail-quote-unattributed.html"]:
        assert found((HTML34 / name).read_text(encoding="utf-8")) == [], name
