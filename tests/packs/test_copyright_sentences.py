"""CL120's removal takes a notice's whole sentence or leaves it (qa16c N8), a template notice with
placeholders is a licence's content (qa16c: D-FSL's appendix), and a rule framing a notice goes
with it. Real files: tests/data/legal (README there: sources)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.config import load_config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.models import Document
from corpuslint.packs.documents import template_at

LEGAL = Path(__file__).parents[1] / "data" / "legal"
LINTER = Linter(load_config(None))


def run(name: str):
    path = LEGAL / name
    doc = Document.from_text(path.read_text(encoding="utf-8"), path=str(path))
    found = [f for f in LINTER.check_document(doc) if f.code == "CL120"]
    return doc.text, found, fix_document(LINTER, doc).document.text


def test_a_wrapped_copyright_sentence_goes_whole_never_its_second_half():
    text, found, fixed = run("liblocale-gettext-perl-README.txt")
    first, second = "Locale::gettext is Copyright 1996..2005 by Kim Vandry", "<vandry@TZoNE.ORG>. All rights reserved."
    assert first in text and second in text and len(found) == 1
    assert (first in fixed) == (second in fixed)  # both lines or none
    assert "This library is free software" in fixed and "Locale::gettext\nversion 1.07" in fixed


def test_a_notice_line_under_a_line_that_stops_on_is_never_goes_alone():
    # "... Telecommunications Laboratory and is / Copyright by Heikki Vatiainen and Sampo Saaristo.": a safe
    # fix took the second line and left "... and is" (main); the sentence goes whole, but what it says before
    # the notice may be the text's own ("The MPOA code was developed at ..."): a person decides
    text, found, fixed = run("libatm1-copyright-MPOA.txt")
    above, notice = "Telecommunications Laboratory and is\n", "Copyright by Heikki Vatiainen and Sampo Saaristo."
    assert above in text and notice in text and len(found) == 1
    assert found[0].fix.applicability == "unsafe" and fixed == text
    unsafe = fix_document(LINTER, Document.from_text(text, path=str(LEGAL / "libatm1-copyright-MPOA.txt")),
                          unsafe=True).document.text
    assert (above in unsafe) == (notice in unsafe)  # the whole sentence, never its second line alone


def test_a_notice_opening_its_line_under_a_title_line_goes_alone():
    text, found, fixed = run("bzip2-CHANGES-head.txt")
    assert len(found) == 1 and found[0].fix.applicability == "safe"
    assert "Copyright (C) 1996-2019 Julian Seward" not in fixed
    assert " bzip2/libbzip2 version 1.0.8 of 13 July 2019\n" in fixed


def test_a_licences_template_notice_is_its_content():
    text, found, fixed = run("spdx-D-FSL-1.0-appendix.txt")
    assert '"Copyright (C) 20[jj] [Name des Rechtsinhabers].' in text
    assert found == [] and fixed == text


def test_a_rule_over_the_notice_goes_with_it_and_the_finding_is_the_notice():
    text, found, fixed = run("make-AUTHORS.txt")
    rule_and_notice = "-" * 79 + "\nCopyright (C) 1997-2020 Free Software Foundation, Inc."
    assert rule_and_notice in text and len(found) == 1
    assert found[0].line == text[:text.index("Copyright (C) 1997-2020")].count("\n") + 1
    assert "Copyright (C) 1997-2020" not in fixed and "-" * 79 not in fixed
    assert "hundreds, anyway :)" in fixed


@pytest.mark.parametrize("line, template", [
    ('"Copyright (C) 20[jj] [Name des Rechtsinhabers].', True),
    ("Copyright [yyyy] [name of copyright owner]", True),
    ("Copyright (C) <year>  <name of author>", True),
    ("Copyright (c) <year> <copyright holders>", True),
    ("Copyright (C) 1996-2019 Julian Seward <jseward@acm.org>", False),
    ("{ Copyright (c) 1997 Borland International }", False),
    ("Copyright 2014 The Associated Press. All rights reserved.", False),
])
def test_template_shapes(line, template):
    assert template_at(line, 0, len(line)) is template


def test_changelog_entries_that_speak_of_copyright_are_no_notices():
    # qa22 r03: a safe fix deleted curl's entries `- copyright: remove "m4/..." from skips` (a component's
    # prefix) and `- copyright.pl: cease doing year verifications` (a script's name), leaving their bodies
    for name, entries in (("curl-changelog-excerpt.txt", ('- copyright: remove "m4/ax_compile_check_sizeof.m4" from skips',
                                                          "- copyright.pl: cease doing year verifications")),
                          ("pyasn1-CHANGES-excerpt.txt", ("- Copyright notice extended to the year 2018",
                                                          "- Fixed GeneralizedTime.asDateTime to perform milliseconds"))):
        text, found, fixed = run(name)
        assert found == [] and fixed == text and all(entry in text for entry in entries)


def test_a_notice_closing_a_list_item_is_the_items_and_no_safe_removal():
    # less's NEWS: "* Henry Spencer's regexp.c is now included, ... / regexp.c is Copyright (c) 1986 by
    # University of Toronto.": still reported, its removal a person's choice
    text, found, fixed = run("less-NEWS-excerpt.txt")
    assert len(found) == 1 and "regexp.c is Copyright (c) 1986" in text[found[0].offset:found[0].end_offset]
    assert found[0].fix.applicability == "unsafe" and fixed == text


def test_a_notice_opening_a_footer_list_item_is_still_removed_safely():
    # github.blog's footer list (qa19c, inscriptis): the notice is an item of its own, the site's
    text, found, fixed = run("github-blog-footer.txt")
    assert len(found) == 1 and found[0].fix.applicability == "safe"
    assert "© 2019 GitHub, Inc." not in fixed and "* Github link" in fixed


def test_a_bibliographys_references_keep_their_notices_and_lines():
    # the Jargon File's bibliography (qa23 r03): a safe fix deleted `[Levy] Hackers. Steven Levy. Anchor/Doubleday.
    # Copyright © 1984. ISBN` with its next line, and the second line alone of `[Adams] ... Douglas Adams. Pocket`
    # / `Books. Copyright © 1981. ISBN 0-671-46149-4.`: a reference's year, not the document's notice
    text, found, fixed = run("jargon-bibliography-excerpt.txt")
    assert text.count("Copyright ©") == 6 and "   Books. Copyright © 1981. ISBN 0-671-46149-4.\n" in text
    assert found == [] and fixed == text


def test_the_jargon_files_other_references_keep_their_notices():
    # jargon_Z.txt lines 1749-1750 and 1776-1777 (qa23): the ISBN opening the next line, the work named on the line above
    text = ("   [Kidder] The Soul of a New Machine. Tracy Kidder. Avon. Copyright © 1982.\n   ISBN 0-380-59931-7.\n\n"
            "   [Vinge] True Names ... and Other Dangers. Vernor Vinge. Baen Books.\n"
            "   Copyright © 1987. ISBN 0-671-65363-6.\n")
    assert [f for f in LINTER.check_document(Document.from_text(text)) if f.code == "CL120"] == []


@pytest.mark.parametrize("name", ["review23b-issn-footer.txt", "review23b-isbn-below-footer.txt"])
def test_a_footer_is_no_reference_for_an_issn_or_a_book_named_below_it(name):
    # review23b #2: a periodical's colophon ends in its ISSN; a text with no blank lines is one paragraph, and a
    # book's ISBN on the line after the footer is another entry's (the review's repros)
    text, found, _ = run(name)
    assert len(found) == 1 and "Copyright © 2019" in text.splitlines()[found[0].line - 1]


def test_a_books_own_copyright_page_is_still_a_notice():
    text = "Copyright © 2005 by Jane Roe. All rights reserved.\nPublished by Example Books. ISBN 0-123-45678-9.\n"
    found = [f for f in LINTER.check_document(Document.from_text(text)) if f.code == "CL120"]
    assert len(found) == 1


def test_a_notice_line_opening_on_the_last_word_of_the_wrapped_sentence_above_never_goes_alone():
    # the Jargon File's `[Adams] ... Douglas Adams. Pocket` / `Books. Copyright © 1981. ...` with no ISBN (so no
    # reference): a safe fix took the second line alone and left the entry cut after `Pocket` (qa23 r03)
    text = ("   [Adams] The Hitchhiker's Guide to the Galaxy. Douglas Adams. Pocket\n"
            "   Books. Copyright © 1981.\n\n   This ‘Monty Python in Space’ spoof of SF genre traditions.\n")
    found = [f for f in LINTER.check_document(Document.from_text(text)) if f.code == "CL120"]
    assert len(found) == 1 and found[0].fix.applicability == "unsafe"
    assert fix_document(LINTER, Document.from_text(text)).document.text == text


# -- a notice's line that leaves its sentence open (qa24 r04: GNU man pages' COPYRIGHT section) ---------

def test_a_notice_line_whose_sentence_goes_on_below_goes_with_the_rest_of_it():
    # "Copyright © 2022 Free Software Foundation, Inc.  License GPLv3+: GNU / GPL version 3 or later <…>.":
    # main removed the first line and left "GPL version 3 or later <…>."; the removal now ends with the sentence
    text, found, _ = run("gnu-ls.1-tail.txt")
    notice, rest = "Copyright  ©  2022  Free Software Foundation, Inc.  License GPLv3+: GNU", \
        "GPL version 3 or later <https://gnu.org/licenses/gpl.html>."
    assert [f.line for f in found] == [13]  # the notice; not the `COPYRIGHT` heading over it (line 12)
    assert found[0].fix.applicability == "unsafe"
    unsafe = fix_document(LINTER, Document.from_text(text), unsafe=True).document.text
    assert notice not in unsafe and rest not in unsafe
    assert "COPYRIGHT\n       This is free software: you are free" in unsafe  # the next sentences stay, whole


def test_a_notice_line_whose_sentence_no_line_end_closes_is_reported_without_a_fix():
    # sed.1: "... Inc.  Li‐ / cense  GPLv3+: ... <https://gnu.org/li‐ / censes/gpl.html>.   This  is ...":
    # no line of it ends the sentence before the paragraph's last, longer than the rule's max-length
    text, found, _ = run("gnu-sed.1-excerpt.txt")
    assert [f.line for f in found] == [15] and found[0].fix is None
    assert fix_document(LINTER, Document.from_text(text), unsafe=True).document.text == text


def test_a_lone_copyright_heading_is_no_notice_one_with_its_notice_on_its_line_is():
    assert not [f for f in LINTER.check_document(Document.from_text("COPYRIGHT\n       This file is part of GNU make.\n"))
                if f.code == "CL120"]
    [found] = [f for f in LINTER.check_document(Document.from_text("Copyright 2019 Example Media Inc.\n"))
               if f.code == "CL120"]
    assert found.fix is not None


def test_a_notice_line_ending_with_a_colon_goes_with_the_line_its_sentence_goes_on_into():
    # GNU's notice in Russian and French man pages: "... Inc.  Лицензия GPLv3+:" / "GNU GPL версии 3 или выше
    # <https://...>.": the fix took the first line and left the licence's name alone under the heading (tester26)
    name, licence = "manpages-ru-cat-tail.txt", "GNU GPL версии 3 или выше"
    text = (LEGAL / name).read_text(encoding="utf-8")
    doc = Document.from_text(text, path=str(LEGAL / name))
    (finding,) = [f for f in LINTER.check_document(doc) if f.code == "CL120"]
    unsafe = fix_document(LINTER, doc, unsafe=True).document.text
    assert licence in text and licence not in unsafe and "Авторские права ©" not in unsafe
    assert "АВТОРСКИЕ ПРАВА\n" in unsafe and "Это  свободное" in unsafe  # the heading and the other sentences stay
    # French: the sentence has no end before the next one ("... gpl.html>" / "Ce programme ..."): no fix at all
    text, found, fixed = run("manpages-fr-gettext-copyright.txt")
    assert len(found) == 1 and found[0].fix is None and fixed == text


def test_an_authors_name_and_address_before_the_notice_make_its_fix_unsafe():
    # perldebtut's AUTHOR section (tester28 #6): the safe fix took the author's credit with the notice
    text = ("SEE ALSO\n    perldebug, perldebguts, perl5db.pl, perldiag, perlrun\n\nAUTHOR\n"
            "    Richard Foley <richard.foley@rfi.net> Copyright (c) 2000\n")
    doc = Document.from_text(text)
    [found] = [f for f in LINTER.check_document(doc) if f.code == "CL120"]
    assert found.fix is not None and "name and address" in found.message
    assert "Richard Foley <richard.foley@rfi.net>" in fix_document(LINTER, doc).document.text
    notice = "SEE ALSO\n    perldebug, perlrun\n\nAUTHOR\n    Copyright (c) 2000 Richard Foley\n"
    assert "Copyright" not in fix_document(LINTER, Document.from_text(notice)).document.text  # a notice alone: safe
