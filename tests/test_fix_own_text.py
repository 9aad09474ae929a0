"""Fixes that took a text's own content on the genres tester27 tried, each both ways (tests/data/own_text:
excerpts of Debian copyright files, Python's docs as lynx renders them and as Info, a git log, a fortune).

- CL402: a copyright file gives each component's licence under the holder's own notice: no fix.
- CL202/CL131: a `>>>` session at the margin under lynx's indented prose is code, its output too.
- CL504 -> CL505: a label's value is not continued by the block indented under it after a blank line;
  a fortune's `-- Name` set off on its last line is the quotation's; the fix run names its chained fixes.
- CL402: a line its finding said to keep both copies of is not taken by a later pass of the fix.
- CL301: a licence's addresses are not rewritten; CL151's lead-ins; CL203's regex group, WebVTT span.
"""

from __future__ import annotations

import json
from pathlib import Path

from corpuslint.checks.boilerplate.leadins import open_over_display, recurring_heading
from corpuslint.config import Config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.fixnotes import left_notes
from corpuslint.models import Document

DATA = Path(__file__).parent / "data" / "own_text"


def _text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _found(text: str, *codes: str, metadata: dict | None = None):
    linter = Linter(Config(select=list(codes)))
    return linter, [f for f in linter.check_document(Document.from_text(text, metadata=metadata)) if f.code in codes]


def test_licence_text_under_each_holders_notice_is_no_copy_to_remove():
    # cpp-12's copyright file: zlib's warranty paragraph under Gailly and Adler's notice, again under Digital
    # Mars' for Phobos: reported, no fix (it was a safe removal: 196 lines of the file went by plain `fix`)
    text = _text("copyright_zlib_phobos.txt")
    _, found = _found(text, "CL402")
    assert [f.line for f in found] == [32] and found[0].fix is None and "copyright notice of their own" in found[0].message
    # under one notice (Digital Mars' line gone), the same paragraph is a copy again, with a fix
    _, found = _found(text.replace("Copyright (C) 2004-2005 by Digital Mars, www.digitalmars.com\n", ""), "CL402")
    assert found and found[0].fix is not None


def test_a_lynx_rendered_session_and_its_output_are_code():
    # `b'German &#223;, &#9836;'` is what errors='xmlcharrefreplace' prints: no CL202, no fix
    codecs = _text("lynx_codecs_session.txt")
    _, found = _found(codecs, "CL202")
    assert found == []
    # the doctest's output `More` under `...`: the label's finding may stand, its removal not
    linter, found = _found(_text("lynx_controlflow_session.txt"), "CL131")
    result = fix_document(linter, Document.from_text(_text("lynx_controlflow_session.txt")), unsafe=True)
    assert "\nMore\n" in result.document.text and not result.applied
    # the same entity in the prose line over the session (no prompt on its line) is still reported
    prose = codecs.replace("   argument:", "   argument (&#223;):")
    _, found = _found(prose, "CL202")
    assert [f.line for f in found] == [12]


def test_a_chained_fix_takes_only_its_line_and_is_named():
    # a git log: `Date:` (CL504 moves it to the metadata, CL505 then removes the line), the commit's subject
    # indented under it after a blank line is no continuation of the date: it stays
    linter = Linter(Config(select=["CL504", "CL505"]))
    result = fix_document(linter, Document.from_text(_text("git_log_head.txt")), unsafe=True)
    assert "    libX11 1.6.10" in result.document.text and "Date:" not in result.document.text
    assert result.chained == {"CL505": 1}
    assert any("CL505 ×1" in note and "did not show" in note
               for note in left_notes("x.txt", result, unsafe=True, write=True))
    # a fortune's speaker set off on its last line: the author goes to the metadata, the line stays whole
    fortune = _text("fortune_knghtbrd_47.txt")
    result = fix_document(linter, Document.from_text(fortune), unsafe=True)
    assert result.document.metadata.get("author") == "Linus Torvalds" and result.document.text == fortune


def test_a_files_chained_fixes_are_said_once_naming_its_records(cli, tmp_path):
    # the git log above as three JSON Lines records: one warning for the file, not one a record (tester30)
    path = tmp_path / "log.jsonl"
    path.write_text("".join(json.dumps({"id": f"c{n}", "text": _text("git_log_head.txt")}) + "\n" for n in range(3)),
                    encoding="utf-8")
    run = cli("check", "--isolated", "--no-cache", "--no-index", "--diff", "--unsafe-fixes", "--select", "CL504,CL505",
              path)
    notes = [line for line in run.err.splitlines() if "did not show" in line]
    assert len(notes) == 1 and "3 more fixes (CL505 ×3) in the diff" in notes[0], run.err
    assert "in records 1, 2, 3; review them there" in notes[0], run.err


def test_a_line_said_to_keep_both_copies_of_is_not_taken_by_a_later_pass():
    text = _text("info_python3_socket.txt")
    # under their Texinfo entry heads (` -- Function: …`) the copies are each entry's own text: no finding
    linter, found = _found(text, "CL402")
    assert not found
    text = text.replace(" -- Function: ", " Function: ").replace(" -- Class: ", " Class: ")  # the heads' marks gone
    linter, found = _found(text, "CL402")
    kept = next(f for f in found if f.line == 170)
    assert kept.fix is None and kept.data["keep_both"]
    # the unsafe fix takes the copy at 172 (`Changed in version 3.4: …`) and leaves 170, which then stands
    # right under what was its neighbour's first copy: a later pass found it as a copy to remove
    result = fix_document(linter, Document.from_text(text), unsafe=True)
    assert result.document.text.count("Changed in version 3.4: The returned socket is now non-inheritable.") == 1
    assert result.document.text.count("The newly created socket is *note non-inheritable: bd9.") == 2


def test_a_licences_addresses_are_reported_without_a_fix():
    text = _text("copyright_elfutils_urls.txt")
    _, found = _found(text, "CL301")
    assert found and all(f.fix is None and "licence's text" in f.message for f in found)
    # the same two spellings outside a licence: the rewrite is offered
    bare = ("\n" * 400).join(f"See {line.split('<')[1].split('>')[0]} for more." for line in text.splitlines()
                             if "gnu.org/licenses/" in line)
    _, found = _found(bare, "CL301")
    assert found and all(f.fix is not None for f in found)


def test_lead_ins_of_the_documents_own_text():
    notice = ("You may obtain a copy of the License at\n\n    http://www.apache.org/licenses/LICENSE-2.0\n")
    assert open_over_display(notice, 0, notice.index("\n"))
    assert not open_over_display("You may obtain a copy of the License at\nthe address below.\n", 0, 39)

    class Unit:
        def __init__(self, text, start):
            self.start, self.end, self.key = start, start + len(text), text.strip().lower()

    log = ("Release 2.5.0\n        Security fixes:\n       #616  CVE-2022-43680 -- Fix heap use-after-free\n"
           "Release 2.4.9\n        Security fixes:\n       #629  CVE-2022-40674 -- Heap use-after-free\n"
           "Release 2.4.0\n        Security fixes:\n   #34 #466  CVE-2013-0340/CWE-776 -- Protect against\n")
    units = [Unit("Security fixes:", m) for m in range(len(log)) if log.startswith("Security fixes:", m)]
    assert recurring_heading(log, units, 2)
    assert not recurring_heading(log, units[:2], 1)  # twice: a page's label at its top and bottom


def test_regex_group_names_and_webvtt_spans_are_no_lone_tags():
    code = 'pat = re.compile(r"""\n \\s*                 # Skip leading whitespace\n (?P<header>[^:]+)   # Header name\n'
    cue = "<c.magenta.bg_black><i.blue>Some italic</i> and normal coloured text. By the way, 2 &lt; 3 !</c>\n"
    _, found = _found(code + "\n" + cue, "CL203")
    assert found == []
    _, found = _found("Some italic</i> and normal coloured text.\n", "CL203")
    assert [f.fix is not None for f in found] == [True]
