"""CL212: a GNU Info manual's machinery in its text (tester27's info corpus): the node header, the
menu, the cross-references; and text that only looks like them left alone. Real nodes:
tests/data/markup/texinfo/README.md."""
from __future__ import annotations

from corpuslint import Document, Linter
from corpuslint.config import Config

from conftest import DATA

NODES = DATA / "markup" / "texinfo"


def findings(text: str, fmt: str = "text"):
    doc = Document.from_text(text, path="node.md" if fmt == "markdown" else "node.txt")
    return Linter(Config(select=["CL212"])).check([doc])


def test_the_header_the_menu_and_the_cross_references_are_the_readers_navigation():
    text = (NODES / "python3_building_c_extensions.txt").read_text(encoding="utf-8")
    found = {f.source: f for f in findings(text)}
    assert set(found) == {"header", "menu"}
    assert found["header"].line == 1 and found["header"].fix.applicability.value == "safe"
    assert found["menu"].data["entries"] == 5 and found["menu"].fix.applicability.value == "unsafe"
    codecs = (NODES / "python3_codecs.txt").read_text(encoding="utf-8")
    refs = [f for f in findings(codecs) if f.source == "xref"]
    assert [f.text for f in refs] == ["*note lookup(): 5fd.", "*note LookupError: 1bc2.", "*note LookupError: 1bc2."]
    # `which use lookup() for the codec`, `Raises a LookupError in case ...`: what the reader shows
    assert [f.fix.edits[0].replacement for f in refs] == ["lookup()", "LookupError", "LookupError"]


def test_a_reference_keeps_its_line_break_and_says_see_where_the_manual_does():
    comm = (NODES / "coreutils_comm_invocation.txt").read_text(encoding="utf-8")
    ref = next(f for f in findings(comm) if f.source == "xref")
    assert (ref.text, ref.fix.edits[0].replacement) == ("*note Common options::", "Common\noptions")
    eax = (NODES / "nettle_eax.txt").read_text(encoding="utf-8")
    shown = [f.fix.edits[0].replacement for f in findings(eax) if f.source == "xref"]
    assert shown == ["See\nCTR", "See CBC", "See CCM"]  # (the sentence's `.` after `CBC::` is the text's)


def test_text_that_only_looks_like_info_is_left_alone():
    for text, fmt in (("*Note that the default: is off.* Set it in the config.\n", "markdown"),
                      ("Please note: the menu below is new.\n\n* Menu: soups, salads\n", "text"),
                      ("File: report.pdf, Node: 3 of the cluster, is down.\n", "text")):
        assert not findings(text, fmt), text
