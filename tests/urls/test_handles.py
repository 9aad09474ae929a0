"""CL301's handle typos (issue 16): a user name in a URL's path or an e-mail address's local part spelled
two ways in one document, on real text: the Scala Center's minutes (`github.com/<user>` links, each
written several times) and a FakeNewsNet story quoting e-mail headers (`john.podesta@gmail.com`)."""

from __future__ import annotations

from conftest import DATA
from corpuslint import Document
from corpuslint.checks.urls.handles import mail_handles, url_handles
from corpuslint.checks.urls.urlsim import find_urls
from corpuslint.checks.urls.variants import UrlVariant

URLS = DATA / "urls"


def text_of(name: str) -> str:
    return (URLS / name).read_text(encoding="utf-8")


def handle_findings(text: str):
    return [v for v in UrlVariant().check(Document.from_text(text)) if v.source in ("handle-typo", "address-typo")]


def apply(text, fix):
    for edit in sorted(fix.edits, key=lambda e: e.start, reverse=True):
        text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text


def test_a_mistyped_user_name_in_a_link_is_found_and_spelled_as_the_other_links():
    text = text_of("scala-minutes-oct-2015.md")
    assert handle_findings(text) == []  # the minutes as written: 17 links to `github.com/dickwall`, all alike
    for slip, right in (("dickwa1l", "dickwall"), ("jsuerteh", "jsuereth"), ("dlckwall", "dickwall")):
        at = text.index(f"https://github.com/{right}", text.index(f"https://github.com/{right}") + 1)
        at += len("https://github.com/")
        mistyped = text[:at] + slip + text[at + len(right):]
        (v,) = handle_findings(mistyped)
        assert mistyped[v.start:v.end] == slip and v.data["spelling"] == right and v.fix is not None
        assert apply(mistyped, v.fix) == text


def test_another_users_link_or_a_repository_is_not_a_handle_typo():
    text = text_of("scala-minutes-oct-2015.md")
    # `github.com/odersky` beside `github.com/oderski` (y/i: no slip of a key or a look-alike) or `odersky2` (a digit
    # added: another account), the only link mistyped with nothing to pair it with, an article's slug one letter apart
    at = text.index("https://github.com/odersky") + len("https://github.com/")
    for other in ("oderski", "odersky2"):
        assert handle_findings(text + f"\nSee also https://github.com/{other} and https://github.com/odersky.\n") == [], other
    assert handle_findings(text[:at] + "oderski" + text[at + len("odersky"):] + "\n") == []
    slugs = "https://example.org/2015/11/new-expert-groups and https://example.org/2015/11/new-expert-grpups\n"
    assert handle_findings(text + slugs) == []
    # shortened links and image codes are codes, not names: `t.co/M7V9udU5bT`
    assert [h.name for h in url_handles(list(find_urls("https://t.co/M7V9udU5bT https://t.co/M7V9udU5vT")))] == []


def test_a_mistyped_e_mail_local_part_is_found_where_the_text_names_the_person():
    text = text_of("fakenewsnet-BuzzFeed_Fake_34.txt")  # `John Podesta`, `Cheryl Mills` and their addresses
    assert {h.name for h in mail_handles(text)} >= {"john.podesta", "cheryl.mills"}
    assert handle_findings(text) == []
    mistyped = text.replace("From:cheryl.mills@gmail.com", "From:cheryl.mi1ls@gmail.com")
    (v,) = handle_findings(mistyped)
    assert mistyped[v.start:v.end] == "cheryl.mi1ls" and v.data["spelling"] == "cheryl.mills"
    assert v.source == "address-typo" and apply(mistyped, v.fix) == text
    # at another domain it is another address; with the name nowhere in the text and one address each, nothing
    # says which is right (two people may have close names): no finding
    assert handle_findings(text.replace("From:cheryl.mills@gmail.com", "From:cheryl.mi1ls@state.gov")) == []
    unnamed = mistyped.replace("Cheryl Mills", "the attorney")
    assert handle_findings(unnamed) == []


def test_two_people_the_text_names_are_not_one_address_mistyped():
    text = text_of("fakenewsnet-BuzzFeed_Fake_34.txt")
    # `jon.podesta@` beside `john.podesta@` is a slip only while the text names John Podesta alone
    slipped = text.replace("To: john.podesta@gmail.com", "To: jon.podesta@gmail.com")
    (v,) = handle_findings(slipped)
    assert v.data["variant"] == "jon.podesta"
    assert handle_findings(slipped + "\nJon Podesta, his cousin, was copied.\n") == []


def undecided(text: str):
    return [v for v in UrlVariant().check(Document.from_text(text)) if v.source.endswith("typo-undecided")]


def test_one_of_each_spelling_of_a_handle_is_named_once_without_a_guess():
    text = text_of("fakenewsnet-PolitiFact_Real_103.txt")  # the bankers' message twice: `aba.com/AmericasBanks`
    assert undecided(text) == []
    lines = text.split("\n")
    lines[132] = lines[132].replace("AmericasBanks", "AmericasBnaks")  # the second message mistyped
    slipped = "\n".join(lines)
    (v,) = undecided(slipped)  # one line of each spelling: nothing says which is right
    assert slipped[v.start:v.end] == "AmericasBanks" and v.data["spelling"] == "AmericasBnaks"
    assert v.fix is None and v.data["direction"] is None and "nothing in the document says which" in v.message
    assert handle_findings(slipped) == []
    # a third message spelled the first way bears that spelling out: a finding with a fix instead
    again = slipped + "\n" + lines[80] + "\n"
    assert undecided(again) == [] and [v.data["variant"] for v in handle_findings(again)] == ["AmericasBnaks"]


def test_close_names_in_a_list_of_many_people_are_left_alone():
    text = text_of("scala-minutes-oct-2015.md")  # links to a dozen people at github.com/
    listed = text + "\nAlso present: https://github.com/jvicanr and https://github.com/jvicamr.\n"
    assert undecided(listed) == [] and handle_findings(listed) == []
