"""A document's fix removes, on its later passes, only lines of the text as given that its first
reading named (qa19b #3, corpuslint.given.Named): the per-document loop keeps the promise the corpus
passes keep (corpuslint.given).

tests/data/fix_named/de_cat.1.txt: 23 lines of the German man page of GNU coreutils' cat(1) (its
translation, GPLv3+; a page of the qa18a corpus). CL120 flagged the `COPYRIGHT` heading without a fix
and offered to remove the copyright line under it (unsafe); once that line was gone, the heading's
unit reached the licence lines under it, and the second and third passes removed them with the
heading: `Dies ist freie Software ... KEINE GARANTIE`, which no finding named, in 15 of 40 pages.
Since qa24 r04 the heading is no finding and the notice's removal ends with its sentence: the page
now shows that no later pass has anything left to widen (the loop's promise itself: test_fix_files'
CL402 bibliography, test_fix_kept_copy).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from corpuslint.engine import Linter
from corpuslint.models import Document

PAGE = Path(__file__).parent / "data" / "fix_named" / "de_cat.1.txt"
LICENCE = ("Version 3 ⟨https://gnu.org/licenses/gpl.html⟩ oder neuer.",
           "Dies  ist  freie Software: Sie können sie verändern und weitergeben. Es",
           "gibt KEINE GARANTIE, soweit gesetzlich zulässig.")
COPYRIGHT = "Copyright © 2022 Free Software Foundation, Inc. Lizenz GPLv3+: GNU  GPL"
LINTER = Linter()


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


def test_the_notice_goes_to_its_sentence_end_and_the_heading_is_no_notice():
    # qa24 r04: the heading is a section's title, no notice (no finding, so no unit of its own that a
    # later pass could widen over the licence lines); the notice's line leaves its sentence open
    # ("Lizenz GPLv3+: GNU  GPL / Version 3 ... oder neuer."): the removal takes it to its end
    text = PAGE.read_text(encoding="utf-8")
    found = [f for f in LINTER.check([Document.from_text(text)]) if f.code == "CL120"]
    assert [(f.line, f.fix is not None) for f in found] == [(14, True)]
    result = LINTER.fix(Document.from_text(text), unsafe=True)
    assert dict(result.applied) == {"CL120": 1} and not result.spared
    fixed = _lines(result.document.text)
    assert COPYRIGHT not in fixed and LICENCE[0] not in fixed and "COPYRIGHT" in fixed
    assert all(line in fixed for line in LICENCE[1:])
    assert not [f for f in LINTER.check([result.document]) if f.code == "CL120"]


def test_the_check_counts_what_the_fix_applies_and_the_run_leaves_nothing(tmp_path, cli):
    path = tmp_path / PAGE.name
    shutil.copy(PAGE, path)
    check = cli("check", "--isolated", "--no-cache", "--no-index", "--unsafe-fixes", path)
    assert "[-] 1 more fixable with `--fix --unsafe-fixes`" in check.out, check
    shown = cli("check", "--isolated", "--no-cache", "--no-index", "--unsafe-fixes", "--diff", path)
    removed = [line[1:].strip() for line in shown.out.splitlines() if line.startswith("-") and not line.startswith("---")]
    assert removed == [COPYRIGHT, LICENCE[0]], shown
    fixed = cli("check", "--isolated", "--no-cache", "--no-index", "--unsafe-fixes", "--fix", path)
    assert "Fixed 1 finding (CL120 ×1)" in fixed.out and "not fixed" not in fixed.err, fixed
    after = _lines(path.read_text(encoding="utf-8"))
    assert after == [line for line in _lines(PAGE.read_text(encoding="utf-8")) if line not in (COPYRIGHT, LICENCE[0])]


# -- left alone: a later pass still takes a line the first reading named --------------------------

LEAD = ("Former President Bill Clinton and his Clinton Health Access Initiative (CHAI) distributed “watered-down” "
        "HIV/AIDs drugs to patients in sub-Saharan Africa, and “likely increased” the risks of morbidity and "
        "mortality, according to a draft congressional report obtained by The Daily Caller News Foundation.")


def test_a_near_copy_the_check_named_goes_once_a_removed_tag_makes_it_exact():
    # CL402 names the second paragraph (a near-copy: the tag), without a fix; once CL201 removed
    # the tag it is an exact copy, and its removal is the finding's own line
    text = f"{LEAD}<br>\n\n{LEAD}"
    found = {f.code: f for f in LINTER.check([Document.from_text(text)])}
    assert found["CL402"].line == 3 and found["CL402"].fix is None
    result = LINTER.fix(Document.from_text(text))
    assert dict(result.applied) == {"CL201": 1, "CL402": 1} and not result.spared
    assert result.document.text.strip() == LEAD


def test_a_byline_whose_author_the_fix_put_in_the_metadata_goes_in_the_same_run():
    # CL504 covers the byline and its fix sets `author`; CL505 then removes the line it covered
    text = ("By Stephen Lendman\n\nAccording to Reuters on Sunday, the talks in Geneva ended without an "
            "agreement, and the delegations left the city on Monday morning.\n")
    result = LINTER.fix(Document.from_text(text), unsafe=True)  # CL505's fix of a byline: unsafe
    assert result.applied["CL504"] == 1 and result.applied["CL505"] == 1 and not result.spared, result.applied
    assert result.document.metadata.get("author") == "Stephen Lendman"
    assert not result.document.text.startswith("By Stephen Lendman")


def test_a_chained_fix_removes_two_lines_at_most():
    # losses28: on a church directory's page, once CL140's fixes and CL504's had run, a CL505 finding no check of
    # the page as given showed took most of what was left. Lines the first reading named (here, covered by its
    # CL140 finding) a later pass's fix of that finding may take; a chained finding's fix takes two lines at most
    from corpuslint.given import CHAINED_LINES, Named
    from corpuslint.models import Finding, FindingFix, Severity, TextEdit

    records = ["Grace Fellowship of Oakdale", "oakdalegrace.org | Oakdale, KS", "Lead Pastor: Tom Reyes | Email",
               "Church Details"]
    doc = Document.from_text("\n".join(records) + "\n")

    def finding(code, first, last):
        start = sum(len(r) + 1 for r in records[:first])
        end = sum(len(r) + 1 for r in records[:last + 1])
        return Finding(path="x", line=first + 1, column=1, end_line=last + 1, end_column=1, code=code, name="x",
                       family="t", severity=Severity.INFO, message="m", offset=start, end_offset=end - 1,
                       fix=FindingFix(applicability="unsafe", message="m", edits=[TextEdit(start=start, end=end)]))

    first = finding("CL140", 0, 3)  # the first reading's: it names the four lines
    named = Named(doc, [first], [first])
    assert CHAINED_LINES == 2 and not named.takes_unnamed(first, doc)  # the first reading's own finding
    assert not named.takes_unnamed(finding("CL505", 2, 3), doc)  # chained, two lines
    assert named.takes_unnamed(finding("CL505", 1, 3), doc)  # chained, three: it waits for the next run
