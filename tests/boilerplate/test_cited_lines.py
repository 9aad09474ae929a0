"""CL151 and the lines that cite or credit (tester28 #11, #12, #18): a `See also <URL>.` inside a pod and an answer's
`(contributed by brian d foy)` are the documents' own, however many pods share their folded key; a template's
`Read more: <URL>` closing each story still counts; lynx's `#Title …` header goes whole, with the line it wraps onto,
and CL504 then reads no neighbouring page's title as the page's (excerpts: perl-doc pods, the Debian Administrator's
Handbook as lynx dumps it)."""

from __future__ import annotations

from pathlib import Path

from corpuslint import Document, Linter
from corpuslint.config import Config

from conftest import by

DATA = Path(__file__).parent.parent / "data" / "tester28"

def pods(tail: str = "", middle: str = "") -> list[Document]:
    """Excerpts of seven pods: three FAQ answers under their byline, three closing sections `SEE ALSO`, and
    perlhacktips' `See also <…AddressSanitizer>.` (whose key, its address folded, is `see also`); `middle` after
    their first five lines, `tail` under them."""
    def text(p: Path) -> str:
        lines = p.read_text(encoding="utf-8").split("\n")
        return "\n".join(lines[:5] + [middle.format(n=p.stem)] * bool(middle) + lines[5:]) + tail.format(n=p.stem)
    return [Document.from_text(text(p), id=p.stem) for p in sorted((DATA / "pods").glob("*.txt"))]


def test_a_credit_and_a_reference_inside_the_text_are_the_documents_own():
    texts = [f.text for f in by(Linter(Config(select=["CL151"])).check(pods()), "CL151")]
    assert not any("contributed by" in text or "See also <" in text for text in texts), texts


def test_a_template_line_of_an_address_closing_each_text_and_a_badge_inside_it_still_count():
    found = by(Linter(Config(select=["CL151"])).check(pods("\nRead more: https://example.org/{n}\n")), "CL151")
    assert sorted(f.text for f in found) == sorted(f"Read more: https://example.org/{p.stem}"
                                                   for p in (DATA / "pods").glob("*.txt"))
    badge = "\n[![PyPI version](https://img.shields.io/pypi/v/{n})](https://pypi.org/project/{n})\n"  # mdurl's README
    found = by(Linter(Config(select=["CL151"])).check(pods(middle=badge)), "CL151")
    assert len([f for f in found if f.text.startswith("[![PyPI version]")]) >= 5  # (2 stand inside a paragraph)


def test_lynx_header_goes_with_its_wrapped_line_and_leaves_no_neighbours_title():
    paths = sorted(DATA.glob("en-US_sect.*.txt"))
    docs = [Document.from_text(p.read_text(encoding="utf-8"), id=p.stem, path=str(p)) for p in paths]
    lint = Linter(Config(select=["CL151", "CL504"]))
    lint.build_index(docs)
    findings = lint.check(docs)
    for doc in docs:
        [header] = [f for f in by(findings, "CL151", doc.id) if f.line == 1]
        assert header.end_offset == doc.text.index("\n\n")  # and `Distributions A.2. Ubuntu A.4. Knoppix` under it
        fixed = lint.fix(doc, unsafe=True).document
        assert "Distributions" not in fixed.text.split("\n\n")[0]
        assert "Distributions" not in str(fixed.metadata.get("title", ""))
        assert lint.fix(fixed, unsafe=True).document.text == fixed.text  # a second run changes nothing
