"""An HTML page names its encoding in its own bytes (issue 16): a DocBook or libxslt page in ISO-8859-1 was CL903
on every page. Read as a browser reads a saved page: the configured encoding (UTF-8) where it reads the bytes, else
the `<meta>` or XML declaration's (the HTML Standard's prescan), else a CL903 that says what the page declares.

tests/data/html_charset (SOURCES.md): libxslt's `python.html` (Debian) in Latin-1, with and without its `<meta>`,
and as a crawler saves it (UTF-8, declarations kept); ../html_docs/docbook: DocBook XSL's own Latin-1 reference.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from corpuslint.formats.base import ReadSettings
from corpuslint.formats.htmlcharset import declared_encoding
from corpuslint.formats.text import TextFormat

DATA = Path(__file__).parent.parent / "data"
PAGES = DATA / "html_charset"
DOCBOOK = DATA / "html_docs" / "docbook"
TAG = re.compile(r"<!--.*?-->|<[A-Za-z/!?][^>]*>", re.S)


def _read(path: Path, encoding: str = "utf-8"):
    return TextFormat().read(str(path), path.read_bytes(), ReadSettings(encoding=encoding))


def test_a_latin1_page_is_read_in_the_encoding_it_declares():
    for name in ("libxslt_python.html", "libxslt_python_xmldecl.html"):  # (meta and XML declaration; the latter alone)
        source = _read(PAGES / name)
        assert not source.problems, name
        assert "Stéphane Bidoul" in source.documents[0].text and source.encoding == "cp1252"
    # a page saved as UTF-8 with its old declaration kept is UTF-8: its accented letters are no mojibake
    source = _read(PAGES / "libxslt_python_saved_utf8.html")
    assert "Stéphane Bidoul" in source.documents[0].text and source.encoding == "utf-8"
    # a plain text file declares nothing: its Latin-1 byte is still CL903
    source = TextFormat().read("notes.txt", (PAGES / "libxslt_python.html").read_bytes(), ReadSettings())
    assert [p.code for p in source.problems] == ["CL903"]


def test_a_page_that_declares_utf8_but_is_not_says_so():
    data = (PAGES / "libxslt_python.html").read_bytes().replace(b"ISO-8859-1", b"UTF-8")
    source = TextFormat().read("python.html", data, ReadSettings())
    assert [p.code for p in source.problems] == ["CL903"] and not source.documents
    assert "the page declares `utf-8` too" in source.problems[0].message
    data = (PAGES / "libxslt_python.html").read_bytes().replace(b"ISO-8859-1", b"EUC-JP")
    source = TextFormat().read("python.html", data, ReadSettings())  # (0xe9 0x70: no EUC-JP either)
    assert "nor euc-jp, the encoding the page declares" in source.problems[0].message


def test_docbook_pages_are_checked_and_fixed_in_latin1(tmp_path, cli):
    """216 of DocBook XSL's 217 reference pages were CL903: now read, and a fix writes Latin-1 back."""
    names = ("crop.mark.width.html", "xslt.html", "qandadiv.autolabel.html", "chunk.quietly.html")
    for name in names:
        shutil.copy(DOCBOOK / name, tmp_path / name)
    (tmp_path / "corpuslint.yaml").write_text('include: ["*.html"]\n', encoding="utf-8")
    found = json.loads(cli("check", tmp_path, "--no-index", "--no-cache", "--output-format", "json").out)
    assert not [f for f in found if f["code"] == "CL903"]
    assert {Path(f["path"]).name for f in found if f["code"] == "CL151"} == set(names)
    before = {name: (tmp_path / name).read_bytes() for name in names}
    cli("check", tmp_path, "--no-index", "--no-cache", "--fix", "--unsafe-fixes", "--exit-zero")
    for name, old in before.items():
        new = (tmp_path / name).read_bytes()
        assert new != old and b"\xa0" in new  # (DocBook's no-break spaces, one byte each, as before)
        assert TAG.findall(new.decode("latin-1")) == TAG.findall(old.decode("latin-1"))


def test_the_prescan_reads_as_the_html_standard_does():
    assert declared_encoding(b'<meta charset="windows-1251">') == ("cp1251", "windows-1251")
    assert declared_encoding(b"<META HTTP-EQUIV=Content-Type CONTENT='text/html;charset=koi8-r'>")[0] == "koi8-r"
    # a `content` without its `http-equiv` declares nothing; a comment's and another tag's attribute neither
    assert declared_encoding(b'<meta content="text/html; charset=koi8-r">') is None
    assert declared_encoding(b'<!-- <meta charset=koi8-r> --><p title="<meta charset=koi8-r>">') is None
    assert declared_encoding(b"<script>s = '<meta charset=koi8-r>'</script><meta charset=latin2>")[0] == "iso8859-2"
    # labels are the Encoding Standard's: Latin-1 is windows-1252, UTF-16 in bytes read so is UTF-8, junk is none
    assert declared_encoding(b"<meta charset=ISO-8859-1>")[0] == "cp1252"
    assert declared_encoding(b"<meta charset=utf-16>")[0] == "utf-8"
    assert declared_encoding(b"<meta charset=rot13><meta charset=sjis>")[0] == "cp932"
    # past the first 1,024 bytes, to the end of the head (a farm shop's charset at byte 2,388)
    assert declared_encoding(b"<head>" + b'<link rel="x" href="/a">' * 100 + b"<meta charset=latin1></head>")
    assert declared_encoding(b"<body>" + b"<p>x</p>" * 200 + b"<meta charset=latin1>") is None
    # an XML declaration, where no `<meta>` declares
    assert declared_encoding(b"<?xml version='1.0' encoding='ISO-8859-15'?><html>")[0] == "iso8859-15"
