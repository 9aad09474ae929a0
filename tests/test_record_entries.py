"""A record's or an entry's own text is neither a copy nor corpus boilerplate (tester25 #7-#10).

Real excerpts (tests/data/records/README.md): a mailing-list record's description field that another
record gives in the same words, an API entry's summary over its own docstring sections, a lead-in over
its own list (CL402); an Info manual's option term `'-o FILE'` that other manuals share, and the tail of a
wrapped sentence opening with the closing mark of a quotation (CL151). Each both ways: the same words
outside that shape are still found.
"""

from __future__ import annotations

from pathlib import Path

import regex

from corpuslint import Document, Linter

DATA = Path(__file__).parent / "data" / "records"
ANYWHERE = {"rules": {"CL151": {"min-documents-anywhere": 3}}}  # a few documents count as many would


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def copies(text: str) -> list:
    return Linter({"select": ["CL402"]}).check([Document.from_text(text)])


def repeated_lines(texts: dict[str, str]) -> list:
    docs = [Document.from_text(text, id=name) for name, text in texts.items()]
    return Linter({"select": ["CL151"], **ANYWHERE}).check(docs)


def test_a_records_field_given_in_another_records_words_is_no_copy():
    text = read("debian-mailing-lists-excerpt.txt")
    assert copies(text) == []
    # the same paragraph given twice as prose, under no field, is a copy
    start = text.index("Debian Chinese Project")
    prose = "\n".join(row.strip() for row in text[start:text.index("\n\n", start)].splitlines())
    found = copies(f"The lists.\n\n{prose}\n\nPosts may be in English.\n\n{prose}\n")
    assert len(found) == 1 and found[0].line == 8
    # a page's teaser given again under its date (the Guardian's related list, shared/corpora/web) is no record
    teasers = ("Indonesia: dead whale had 1,000 pieces of plastic in stomach\n\nPublished: 20 Nov 2018\n"
               "Indonesia: dead whale had 1,000 pieces of plastic in stomach\n")
    assert [f.line for f in copies(teasers)] == [4]


def test_an_api_entrys_summary_over_its_own_sections_is_no_copy():
    text = read("python-ipaddress-docstrings.txt")
    assert copies(text) == []
    # an entry pasted again whole, its sections with it, is a copy
    entry = text[text.index("Take an IP string"):text.index("Take an IP string", 300)]
    assert [f.text for f in copies(text + "\n" + entry)] == [entry.split("\n")[0]]


def test_a_lead_in_over_its_own_list_is_no_copy_and_over_the_same_list_is():
    text = read("python-socketserver-docstrings.txt")
    assert copies(text) == []
    lead_in = text[text.index("Class variables"):text.index("Instance variables:")]
    assert "Class variables that may be overridden by derived classes or instances:" in {
        f.text for f in copies(text + "\n" + lead_in + lead_in)}


def test_an_info_manuals_option_term_is_no_corpus_boilerplate():
    names = ["gnupg-info-options.txt", "gettext-info-xgettext-options.txt", "gettext-info-msginit-options.txt",
             "gettext-info-msggrep-options.txt"]
    texts = {name: read(name) for name in names}
    assert repeated_lines(texts) == []
    # the same line out of a list of options (the manuals' other options gone) is a repeated line
    bare = {name: regex.sub(r"(?m)^['‘]-[^\n]*\n", "", text).replace("\n\n", "\n\n'-o FILE'\n\n", 1)
            for name, text in texts.items()}
    assert "'-o FILE'" in {f.text for f in repeated_lines(bare)}


def test_a_wrapped_sentences_tail_is_no_corpus_boilerplate():
    texts = {name: read(name) for name in ("debian-faq-ch3-see-section.txt", "debian-faq-ch7-upgrade.txt",
                                           "debian-mailing-lists-rc.txt")}
    assert repeated_lines(texts) == []
    # a closing quotation mark that closes no quotation of the line above opens no sentence's tail
    texts["debian-faq-ch3-see-section.txt"] = texts["debian-faq-ch3-see-section.txt"].replace("“", "")
    assert [f.text for f in repeated_lines(texts)] == ["” for more information."]


CHANGES = ("perl-io-html-changes-tail.txt", "perl-file-desktopentry-changes-tail.txt", "perl-try-tiny-changes-tail.txt")


def test_a_changelogs_first_release_entry_is_no_corpus_boilerplate_and_no_author():
    texts = {name: read(name) for name in CHANGES}
    assert repeated_lines(texts) == []
    authors = Linter({"select": ["CL504"]}).check([Document.from_text(text) for text in texts.values()])
    assert not [f for f in authors if "Initial" in f.message]  # ` - Initial Release`: a bullet, no sign-off
    # the same line in documents with no releases' headings (a page's list) is a repeated line
    bare = {name: regex.sub(r"(?m)^\d\.\d\d .*\n", "", text) for name, text in texts.items()}
    assert {f.text for f in repeated_lines(bare)} >= {"- Initial release"}
    # and a dash before a name under a letter's prose still signs it
    letter = "Thanks to all of you who wrote in about the release, and to the testers.\n\n - Jane Doe"
    assert [f.message for f in Linter({"select": ["CL504"]}).check([Document.from_text(letter)])]


def test_a_mime_parts_headers_are_no_corpus_boilerplate_and_other_headers_are():
    docs = [Document.from_text(read(f"talon-{name}.eml"), id=name)
            for name in ("android", "gmail", "yahoo", "thunderbird")]
    few = {"select": ["CL151"], "rules": {"CL151": {"min-documents-anywhere": 2, "min-documents": 2}}}
    found = {(f.document, f.text) for f in Linter(few).check(docs)}
    # `Content-Transfer-Encoding: base64` alone would go, its part's body left undecodable
    assert not [text for _, text in found if text.startswith(("Content-", "MIME-"))]
    assert ("android", "Subject: Re: Test") in found  # the message's own header line still is a repeated line
