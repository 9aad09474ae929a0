"""CL148 mail-tagline on real mail (the SpamAssassin corpus, tests/data/email/taglines): a free-mail provider's
tagline is found by its repetition at the tail of several senders' messages, with the offer under it; a closing,
a one-sender line and the message itself are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint import Document, Linter
from corpuslint.config import Config
from corpuslint.models import Applicability

from conftest import DATA

TAGLINES = DATA / "email" / "taglines"
YAHOO = ["easy-ham-2-01184", "easy-ham-1-00199", "easy-ham-2-00451", "easy-ham-1-01426", "easy-ham-1-00036"]
SAME_OFFER = ["easy-ham-2-00451", "easy-ham-1-01426", "easy-ham-1-00036"]
LEFT_ALONE = ["easy-ham-2-00321", "easy-ham-2-00729", "easy-ham-2-00013", "easy-ham-2-00181", "easy-ham-1-00083",
              "easy-ham-1-00645"]


def archive() -> list[Document]:
    return [Document.from_text(p.read_text(encoding="utf-8"), id=p.stem, path=str(p))
            for p in sorted(TAGLINES.glob("*.txt"))]


def linter(**options) -> Linter:
    return Linter(Config(select=["CL148"], rules={"CL148": options} if options else {}))


@pytest.fixture(scope="module")
def findings():
    return linter().check(archive())


def test_a_providers_tagline_is_found_under_each_senders_message_with_its_offer(findings):
    for name in YAHOO:
        [finding] = [f for f in findings if Path(f.path).stem == name and "Yahoo" in f.message]
        text = (TAGLINES / f"{name}.txt").read_text(encoding="utf-8")[finding.offset:finding.end_offset]
        assert text.startswith("__________________________________________________\nDo You Yahoo!?\n")
        assert text.endswith(".com"), text
        assert "5 senders" in finding.message
        # the offer under it goes with it: safe where three senders' messages carry it too
        safe = finding.fix.applicability == Applicability.SAFE
        assert safe == (name in SAME_OFFER), name


def test_closings_one_senders_lines_and_a_variant_of_one_sender_are_left_alone(findings):
    assert [f for f in findings if Path(f.path).stem in LEFT_ALONE] == []
    # two senders are not enough by default; one sender's line never is
    fewer = linter(**{"min-senders": 2}).check([d for d in archive() if d.id in LEFT_ALONE])
    assert fewer == []


def test_the_fix_keeps_the_message_and_a_footer_the_archive_does_not_repeat():
    lint = linter()
    corpus = archive()
    lint.build_index(corpus)
    doc = next(d for d in corpus if d.id == "easy-ham-2-01184")
    fixed = lint.fix(doc, unsafe=True).document.text
    assert "Do You Yahoo!?" not in fixed and "http://health.yahoo.com" not in fixed
    assert "Anybody?\n\n_______________________________________________\nRPM-List mailing list" in fixed
    doc = next(d for d in corpus if d.id == "easy-ham-1-01426")
    # safe: the Yahoo! block with its rule, and the list host's sponsor block with the list's footer right under
    # it (three senders' messages of the archive end with both)
    sponsor = [f for f in linter().check(corpus) if "sf.net" in f.message and Path(f.path).stem == doc.id]
    assert len(sponsor) == 1 and "(8 lines)" in sponsor[0].message
    assert sponsor[0].fix.applicability == Applicability.SAFE
    fixed = lint.fix(doc).document.text
    assert "Do You Yahoo!?" not in fixed and "http://uk.my.yahoo.com" not in fixed
    assert fixed.endswith("expert!\n\nrgds\n\nPeter\n")
