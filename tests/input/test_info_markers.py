"""A GNU info file's index node is text (qa18a #9): Texinfo writes `^@^H[index^@^H]` into it, NUL bytes that made
main skip the node as binary (CL902). A file whose only NULs open such markers is read, checked and written back
with them; a file with other NUL bytes is still binary. Real text: bash.info's `Builtin Index` node, its first
lines (tests/data/info)."""

from __future__ import annotations

from conftest import DATA

from corpuslint.analysis import edits_problem
from corpuslint.formats.base import looks_binary
from corpuslint.models import Document, TextEdit

INDEX = DATA / "info" / "bash-builtin-index.txt"


def test_an_info_index_node_is_checked_not_called_binary(cli, tmp_path):
    data = INDEX.read_bytes()
    assert data.count(b"\x00") == 2 and not looks_binary(data)
    path = tmp_path / "bash_Builtin_Index.txt"
    path.write_bytes(data)
    result = cli("check", path, "--isolated", "--no-cache", "--no-index", "--output-format", "json")
    # the node's header line is the reader's navigation (CL212); the index under its marker is the node's text
    assert [(f["code"], f["line"]) for f in result.json()] == [("CL212", 1)]
    # the markers stay through every fix, and the index with them
    cli("check", path, "--isolated", "--no-cache", "--no-index", "--fix", "--unsafe-fixes")
    assert path.read_bytes() == data[data.index(b"D.1 Index"):]


def test_other_nul_bytes_are_still_binary(cli, tmp_path):
    data = INDEX.read_bytes()
    for broken in (data.replace(b"\x00\x08]", b"\x00]"), data.replace(b"* Menu:", b"* Menu:\x00"),
                   b"%PDF-1.4\x00\x08[\x00\x01binary"):
        assert looks_binary(broken)
    path = tmp_path / "node.txt"
    path.write_bytes(data.replace(b"* Menu:", b"* Menu:\x00"))
    result = cli("check", path, "--isolated", "--no-cache", "--no-index", "--output-format", "json")
    assert [f["code"] for f in result.json()] == ["CL902"]


def test_no_fix_removes_a_marker():
    text = INDEX.read_text(encoding="utf-8")
    doc = Document.from_text(text)
    start = text.index("\x00")
    end = text.index("\n", start) + 1
    assert "marker" in edits_problem(doc, [TextEdit(start=start, end=end)], [(start, end)])
    # left alone: an edit beside it
    menu = text.index("* Menu:")
    assert edits_problem(doc, [TextEdit(start=menu, end=menu + 7, replacement="* Menu")], [(menu, menu + 7)]) is None
