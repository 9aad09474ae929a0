"""A mail's header block opening the text (tester30 H4, talon 1.4.4's and git-doc's files): `From:` names
the author and `Subject:` the title, whatever the sender's name looks like; once the metadata holds them,
CL505 removes the block whole, routing lines too, never half of it; a block that also says what the text
is (`Abstract:`) is left whole."""

from __future__ import annotations

from corpuslint.checks.metadata.body import MetadataInBody, MetadataLineInBody
from corpuslint.models import Document

USENET = "From: doe@example.com (John Doe)\nSubject: Hello\nDate: 7 Apr 94 17:35:09 GMT\n\nI like the xxx a lot.\n"
GIT = ("Date: Sat, 5 Jan 2008 20:17:40 -0500\nFrom: Sean <seanlkml@sympatico.ca>\nTo: Miklos Vajna <vmiklos@frugalware.org>\n"
       "Subject: how to use git merge -s subtree?\nAbstract: In this article, Sean demonstrates how one can use the subtree merge\n"
       " strategy.\nMessage-ID: <BAYC1-PASMTP12374B54BA370A1E1C6E78AE4E0@CEZ.ICE>\n\nHow to use the subtree merge strategy\n")


def test_from_is_the_author_and_subject_the_title():
    fields = {v.data["field"]: v.data["key"] for v in MetadataInBody().check(Document.from_text(GIT))}
    assert fields == {"date": "date", "author": "author", "title": "title"}


def test_the_header_block_goes_whole_or_stays_whole():
    doc = Document.from_text(USENET, metadata={"author": "John Doe", "title": "Hello", "date": "1994-04-07"})
    found = list(MetadataLineInBody().check(doc))
    assert len(found) == 3 and [v.fix is not None for v in found] == [True, False, False]
    (edit,) = found[0].fix.edits
    assert USENET[:edit.start] + USENET[edit.end:] == "I like the xxx a lot.\n"
    doc = Document.from_text(GIT, metadata={"author": "Sean", "title": "how to use git merge -s subtree?",
                                            "date": "2008-01-05"})
    found = list(MetadataLineInBody().check(doc))
    assert found and all(v.fix is None for v in found) and "`Abstract:`" in found[0].message
