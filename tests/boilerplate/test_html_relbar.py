"""An HTML page's relbar (Sphinx's `index` / `modules |` / `next |` / `previous |` / `Flask Documentation (2.2.x) »`)
was kept on Flask's tutorial pages while the same relbar in a pandoc dump went (issue 16): on the page, a `<li>`
shows no bullet, so its entries were no list's; the carriers' places of a line are source lines, which the page's
rendered lines are not (one line apart on the page, three in the source); and `modules     |` over `next     |`
read as a text table's rows. Found by shape: labels ended by a separator, one a line, held in one order by the
site's pages at the page's head. tests/data/html_docs/SOURCES.md: five Flask tutorial pages, cut.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from corpuslint.textutil import is_structure

PAGES = Path(__file__).parent.parent / "data" / "html_docs" / "flask_relbar"
TAG = re.compile(r"<!--.*?-->|<[A-Za-z/!?][^>]*>", re.S)


def _corpus(tmp_path: Path) -> Path:
    for page in PAGES.glob("*.html"):
        shutil.copy(page, tmp_path / page.name)
    (tmp_path / "corpuslint.yaml").write_text('include: ["*.html"]\n', encoding="utf-8")
    return tmp_path


def test_flasks_relbar_is_one_finding_and_goes_whole(tmp_path, cli):
    root = _corpus(tmp_path)
    found = json.loads(cli("check", root, "--no-index", "--no-cache", "--output-format", "json",
                           "--select", "CL151").out)
    relbars = {Path(f["path"]).name: f for f in found if f["line"] < 45}
    assert set(relbars) == {p.name for p in PAGES.glob("*.html")}
    for f in relbars.values():
        words = " ".join(f["message"].split("`")[1].split())
        assert words.startswith("index modules | next | previous | Flask Documentation (2.2."), words
        assert f["fix"] and f["data"]["lines"] == 6  # (and `Tutorial »`; the page's own name after it stays)
    cli("check", root, "--no-index", "--no-cache", "--fix", "--unsafe-fixes", "--exit-zero")
    for page in PAGES.glob("*.html"):
        old, new = page.read_text(encoding="utf-8"), (root / page.name).read_text(encoding="utf-8")
        assert TAG.findall(new) == TAG.findall(old)
        relbar = re.search(r'<div class="related".*?</div>', new, re.S).group(0)
        title = re.search(r"<h1>(.*?)<", old).group(1)  # (the breadcrumb's last entry: the page's own name)
        left = " ".join(TAG.sub("", relbar).replace("Navigation", "").split()).strip(" |")
        assert left in ("", title), left
        body = re.search(r'<div class="body" role="main">(.*?)</section>', old, re.S).group(1)
        assert TAG.sub("", body) in TAG.sub("", new)  # (the page's heading and paragraphs, word for word)


def test_a_label_and_its_separator_is_no_table_row():
    entries = "index\nmodules     |     \nnext     |     \nprevious     |\n"
    assert not is_structure(entries, entries.index("next"), entries.index("next") + 4)
    table = "a | b\nc | d\n"  # (cells split by ` | `: a table's rows, as before)
    assert is_structure(table, 0, 5) and is_structure("| a | b |\n| c | d |\n", 0, 9)


def test_a_heading_goes_with_its_whole_section_and_only_then(tmp_path, cli):
    """`<h3>Navigation</h3>` over the relbar: on the tutorial's index every entry goes (its own name `Tutorial` is
    the others' `Tutorial »`), so the heading goes too, its tags kept; on a step's page the breadcrumb's last entry
    (the page's name) stays, and so does the heading over it. The page's `<h1>` and `<pre>` never change."""
    root = _corpus(tmp_path)
    cli("check", root, "--no-index", "--no-cache", "--fix", "--unsafe-fixes", "--exit-zero", "--select", "CL151")
    heading = re.compile(r'<div class="related"[^>]*>\s*<h3>(.*?)</h3>')
    for page in PAGES.glob("*.html"):
        old, new = page.read_text(encoding="utf-8"), (root / page.name).read_text(encoding="utf-8")
        assert TAG.findall(new) == TAG.findall(old)
        assert re.findall(r"<h1>.*?</h1>|<pre>.*?</pre>", new, re.S) == re.findall(r"<h1>.*?</h1>|<pre>.*?</pre>", old, re.S)
        assert heading.search(new).group(1) == ("" if page.name == "tutorial_index.html" else "Navigation"), page.name


def test_a_section_is_whole_only_when_every_word_under_its_heading_goes():
    from corpuslint.analysis import structure
    from corpuslint.models import Document, Origin

    text = ("<h2>Related</h2><ul><li><a href=a>One</a></li><li><a href=b>Two</a></li></ul>\n"
            "<h2>Notes</h2><p>Kept words.</p><h3>Sub</h3><p>More.</p>\n<h2>End</h2><p>Last.</p>")
    s = structure(Document(id="p", text=text, origin=Origin(path="p.html", format="html")))
    one, two = text.index("One"), text.index("Two")
    assert s.whole_sections([(one, one + 3), (two, two + 3)]) == [(4, 11)]  # (`Related`)
    assert s.whole_sections([(one, one + 3)]) == []  # (`Two` stays)
    kept, more = text.index("Kept words."), text.index("More.")
    assert s.whole_sections([(more, more + 5)]) == [(text.index("Sub"), text.index("Sub") + 3)]
    assert s.whole_sections([(kept, kept + 11)]) == []  # (`Notes` holds `Sub` and its `More.` too)
    assert s.section_removal(one, two + 3) == (4, two + 3)
    assert s.section_removal(kept, kept + 11) == (kept, kept + 11)
    # a heading over a widget (people.com's `See Also` over an Outbrain frame, then the footer's copyright) labels the
    # widget, which no removal of text takes: the copyright goes, the heading stays
    text = '<h2>See Also</h2><div><iframe src="ad"></iframe></div><p>Copyright 2016 Time Inc.</p>'
    s = structure(Document(id="p", text=text, origin=Origin(path="p.html", format="html")))
    at = text.index("Copyright")
    assert s.whole_sections([(at, at + 23)]) == [] and s.section_removal(at, at + 23) == (at, at + 23)
