"""CL145 quoted-reply and CL146 mail-signature on real e-mail bodies (talon 1.4.4's and mail-parser
4.8.0's test fixtures, as tester30 read them): the earlier message a reply repeats is found by the
line its client opens it with, a signature by RFC 3676's delimiter at the tail; an author's
blockquote, a letter quoted in an article and an AsciiDoc open block are left alone."""

from __future__ import annotations

from corpuslint.checks.boilerplate.mailquote import QuotedReply
from corpuslint.checks.boilerplate.mailsignature import MailSignature
from corpuslint.models import Applicability, Document


def fixed(rule, text: str) -> tuple[str, list]:
    found = list(rule.check(Document.from_text(text, path="mail.txt")))
    for v in sorted(found, key=lambda v: v.start, reverse=True):
        assert v.fix.applicability is Applicability.UNSAFE
        for edit in v.fix.edits:
            text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text, found


GMAIL = "Hello\n\nOn Mon, Apr 2, 2012 at 6:26 PM, Megan One <xxx@gmail.com> wrote:\n\n> Hi\n"
THUNDERBIRD = "On 04/02/2012 06:26 PM, Megan One wrote:\n> Hi \nHello"
OUTLOOK_IT = ("Ciao sere mi puoi dire se il mio cliente deve fare questa dichiarazione?\n \n"
              "Da: export@agade.info [mailto:chiarodiluce@gmail.com] \nInviato: venerdì 9 giugno 2017 15:50\n"
              "A: geronazzo <geronazzo@voidstudicom.it>\nOggetto: Ordine\n \nBuongiorno Mariachiara\n"
              "scusa l’ulteriore disturbo…\n")
SPARROW = ("Hello \n\n-- \nxxx\nSent with Sparrow (http://www.sparrowmailapp.com/?sig)\n\n\n"
           "On Tuesday, April 3, 2012 at 4:55 PM, xxx wrote:\n\n> Hello\n> \n> On Apr 3, 2012, at 4:19 PM, bob wrote:\n"
           "> \n> > Hi \n\n\n")


def test_quotations_opened_by_a_client_are_removed_with_their_opening_line():
    after, found = fixed(QuotedReply(), GMAIL)
    assert len(found) == 1 and after == "Hello\n"
    # written under the quote (bottom-posting): the reply stays, the quote goes
    after, found = fixed(QuotedReply(), THUNDERBIRD)
    assert after == "Hello"
    # German puts the sender after the verb
    after, found = fixed(QuotedReply(), "Danke!\n\nAm 03.04.2012 um 16:19 schrieb Bob <bob@x.de>:\n\n> Hallo\n")
    assert after == "Danke!\n"
    # Outlook's header block in the reader's language: the earlier message runs to the end
    after, found = fixed(QuotedReply(), OUTLOOK_IT)
    assert found[0].data["opener"] == "header"
    assert after == "Ciao sere mi puoi dire se il mio cliente deve fare questa dichiarazione?\n"


def test_a_reply_shown_indented_in_a_tutorial_stays_and_a_reply_at_the_margin_goes():
    # review31: a plain-text tutorial's literal block showing a reply (the same in a Markdown fence stayed)
    shown = ("To answer, write under the quotation your client adds:\n\n"
             "    On Mon, Apr 2, 2012 at 6:26 PM, Megan <m@x.com> wrote:\n    > Shall we meet?\n\n"
             "Then send it as usual.\n")
    assert not list(QuotedReply().check(Document.from_text(shown, path="a.txt")))
    sent = "Yes, at six.\n\nOn Mon, Apr 2, 2012 at 6:26 PM, Megan <m@x.com> wrote:\n> Shall we meet?\n"
    assert [v.data["opener"] for v in QuotedReply().check(Document.from_text(sent, path="a.txt"))] == ["attribution"]


def test_an_authors_quotation_and_a_letter_shown_in_an_article_stay():
    blockquote = "As the prime minister put it:\n\n> We shall fight on the beaches.\n\nThe speech was broadcast.\n"
    prose = "On 3 May, Churchill wrote:\n\n> We shall fight on the beaches.\n\nThe speech was broadcast.\n"
    article = ("The emails show the exchange.\n\nFrom: John Podesta\nTo: Neera Tanden\nSubject: Re: the speech\n\n"
               "Tanden replied the next morning.\n")
    for text in (blockquote, prose, article):
        assert not list(QuotedReply().check(Document.from_text(text, path="a.txt"))), text


def test_a_delimited_signature_and_a_mobile_line_at_the_tail():
    after, found = fixed(MailSignature(), SPARROW)
    assert [v.data["signature"] for v in found] == ["delimited"]
    assert after.startswith("Hello \n\nOn Tuesday, April 3, 2012")
    text = "Hello\n\nSent from my iPhone\n\nOn Apr 3, 2012, at 4:19 PM, bob <bob@example.com> wrote:\n\n> Hi\n"
    after, found = fixed(MailSignature(), text)
    assert [v.data["signature"] for v in found] == ["mobile"] and "iPhone" not in after and "> Hi" in after


def test_dashes_that_open_a_block_or_stand_mid_text_are_no_signature():
    asciidoc = ("----\n$ git log\n----\n\n--\nwhich allows mailmap to replace both the name and the email of a\n"
                "commit matching both the specified commit name and email address.\n--\n")
    mid = "Dear all,\n\n-- \n" + "".join(f"Point {i} of the agenda is settled.\n" for i in range(12))
    prose = "The phrase \"Sent from my iPhone\" became a status symbol.\nSent from my iPhone\nwas in every mail.\n"
    # a setext heading's `--` underline over its section (review31): the section stays
    setext = "# Project\n\nA tool for corpora.\n\nContact\n--\n\nJane Roe, jane@example.org\n"
    for text in (asciidoc, mid, prose, setext):
        assert not list(MailSignature().check(Document.from_text(text, path="a.txt"))), text
    # found: the bare `--` after a blank line, and RFC 3676's `-- ` right under the message's last line
    for text in ("See you at six.\n\n--\nJane Roe\n", "See you at six.\nJane\n-- \nJane Roe\n+1 555 0100\n"):
        assert [v.data["signature"] for v in MailSignature().check(Document.from_text(text, path="a.txt"))] == [
            "delimited"], text
