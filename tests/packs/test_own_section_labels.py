"""A label over the author's own section, and a sentence introducing the text under it, get no safe fix
(tester29): `Comments¶` heading the reST primer's section on comments (with its mark or without), an AMA's `Related` among its
`Content Policy` and `Brigading` labels over numbered answers, a post's "So, please tell us in the
comments:" over its question to readers; a term of Debian Policy's list of obsolete fields (GPL-2+, pandoc
plain of policy.epub, tester31). A page's label over headlines, or alone, is still removed."""

from __future__ import annotations

import pytest

from corpuslint.config import load_config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.models import Document

LINTER = Linter(load_config(None))

PRIMER = ("   Sphinx defines some default substitutions, see Substitutions.\n\nComments¶\n\n"
          "   Every explicit markup block which isn’t a valid markup construct (like\n"
          "   the footnotes above) is regarded as a comment (ref). For example:\n")
AMA = ("Brigading\n\n1. Mocking and calling people stupid is not harassment. Doxxing is.\n\n"
       "2. I have lots of ideas here. This is a technology problem I know we can solve.\n\n"
       "Related\n\n1. The content creators one is an issue I’d like to leave to the moderators.\n\n"
       "2. While we didn’t *create* reddit to be a bastion of free speech, the concept is important to us.")
PLEA = ("Our goal in this effort is to keep the personal dimension of the open internet top of mind.\n\n"
        "So, please tell us in the comments:\n\n*How would your life change if internet service providers "
        "started blocking or throttling certain internet traffic?*\n\nInclude as much detail as you feel comfortable sharing.")

POLICY = ("Revision; Package-Revision; Package_Revision\n\n"
          "    The Debian revision part of the package version was at one point in\n"
          "    a separate control field. This field went through several names.\n\n"
          "Recommended\n\n    Old name for Recommends.\n\nOptional\n\n    Old name for Suggests.\n")


@pytest.mark.parametrize("text, fmt, code, kept", [
    (PRIMER, "plain", "CL131", "\nComments\n\n   Every"),  # (CL213 takes its mark off, safely)
    (PRIMER.replace("¶", ""), "plain", "CL131", "\nComments\n\n   Every"),  # a dump that never had the mark
    (AMA, "markdown", "CL131", "Related"),
    (PLEA, "markdown", "CL105", "tell us in the comments:"),
    (POLICY, "plain", "CL131", "\nRecommended\n"),  # a definition list's term over its indented definition
])
def test_an_authors_own_label_or_lead_in_stays(text, fmt, code, kept):
    doc = Document.from_text(text, path="post.txt", format=fmt)
    found = [f for f in LINTER.check_document(doc) if f.code == code]
    assert found and all(f.fix is None or f.fix.applicability == "unsafe" for f in found)
    assert kept in fix_document(LINTER, doc).document.text


@pytest.mark.parametrize("text, gone", [
    ("The first paragraph ends here.\n\nRelated\n\nIraqi Soldier Turned Baghdad Cab Driver Reveals Ghost Soldiers\n\n"
     "Comments\n\nThe police said on Tuesday that two men had been arrested near the border.", "Comments"),
    ("The police said on Tuesday that two men had been arrested near the border.\n\n"
     "Have something to add to this story? Share it in the comments.", "comments"),
])
def test_a_page_label_or_prompt_still_goes(text, gone):
    assert gone not in fix_document(LINTER, Document.from_text(text, path="page.txt")).document.text


def test_a_removal_that_would_make_front_matter_has_no_fix_and_says_why():
    # a weekly bot post (reddit, tester29): its disclaimer over `---` / a section / `---`
    text = ("*Disclaimer: prices may have changed, so no guarantees.*\n\n---\n\n# Full support\n\n"
            "Games that support it.\n\n---\n\n# More\n\nText here.\n")
    doc = Document.from_text(text, path="post.md", format="markdown")
    found = [f for f in LINTER.check_document(doc) if f.code == "CL122"]
    assert found and found[0].fix is None and "front matter" in found[0].data["fix_withheld"]
    assert fix_document(LINTER, doc).document.text == text
    plain = Document.from_text(text, path="post.txt", format="plain")  # no front matter in plain text: it goes
    assert "Disclaimer" not in fix_document(LINTER, plain).document.text


def test_a_wikis_section_heading_is_no_label_and_the_label_alone_is():
    # DokuWiki's own start page (tester30 H1): `Read More` heads the section of links it lists
    text = ("DokuWiki is available at https://download.dokuwiki.org/\n\n\n===== Read More =====\n\n"
            "All documentation and additional information besides the [[syntax|syntax description]] is "
            "maintained in the DokuWiki at [[doku>|www.dokuwiki.org]].\n")
    doc = Document.from_text(text, path="start.txt")
    assert not [f for f in LINTER.check_document(doc) if f.code == "CL131"]
    label = Document.from_text(text.replace("===== Read More =====", "Read More"), path="start.txt")
    assert [f.code for f in LINTER.check_document(label) if f.code == "CL131"] == ["CL131"]
