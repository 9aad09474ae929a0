"""CL151 and the skeleton of texts of one form (qa17a): wikitext's `|-` and section headings,
LaTeX's environments, Sweave's chunk markers, a Usenet post's `--` and `>` lines, a paper's
plain headings over its own sections stay; a menu, a share line, a footer of several lines, a
signature that every post carries are still found. (A wikitext template alone on its line, such as
`{{Authority control}}`, is the article's markup since qa24: `corpuslint.plain_markup`.)"""
from __future__ import annotations

import textwrap
from pathlib import Path

from corpuslint import Document

from conftest import DATA
from conftest import by
from conftest import corpus_linter as linter

SKELETON = DATA / "boilerplate" / "skeleton"
# real news articles (FNC-1 bodies of different stories): the documents' own text
STORIES = ["fnc1-train-0000", "fnc1-train-0053", "fnc1-train-0119", "fnc1-train-0225", "fnc1-train-0371",
           "fnc1-train-0514", "fnc1-train-0588", "fnc1-train-0779", "fnc1-train-1006", "fnc1-train-1802"]
# markup-only lines count from `min-documents-anywhere` documents (10): lowered to the 5 or 10
# documents of a test, so that main's findings show what the skeleton exemption leaves alone
LOW = {"CL151": {"min-documents-anywhere": 3}}


def paragraphs(n: int, count: int = 3) -> list[str]:
    """The first paragraphs of story n (each on one line)."""
    text = (DATA / "boilerplate" / f"{STORIES[n]}.txt").read_text(encoding="utf-8")
    return [" ".join(p.split()) for p in text.split("\n\n") if len(p.split()) >= 12][:count]


def documents(body, n: int = len(STORIES)) -> list[Document]:
    return [Document.from_text(body(i), id=f"d{i}", path=f"/corpus/d{i}.txt") for i in range(n)]


def found(docs, rules=None) -> dict[str, list[str]]:
    """Each CL151 finding's text (a paragraph's lines joined by spaces) -> the documents it is in."""
    out: dict[str, list[str]] = {}
    for f in by(linter(**(rules or {})).check(docs), "CL151"):
        out.setdefault(" ".join(f.text.split()), []).append(Path(f.path).stem)
    return out


EVERY = [f"d{i}" for i in range(len(STORIES))]


def test_wikitext_table_rows_and_section_headings_stay():
    docs = [Document.from_text(p.read_text(encoding="utf-8"), id=p.stem, path=str(p))
            for p in sorted(SKELETON.glob("wiki_*.txt"))]
    assert len(docs) == 5
    for rules in ({}, LOW["CL151"]):
        lines = found(docs, {"CL151": rules} if rules else None)
        # main: `|-` (5 rows of a table), `==See also==`, `==Further reading==`, `==External links==`
        # in wiki_Anthropology; `==References==` with `{{reflist|20em}}` under it is a whole
        # section that repeats (the heading and its one template), so it may still go
        assert not [t for t in lines if t == "|-" or t.startswith("==") and "References" not in t], lines
        # a template alone on its line is the article's markup (`corpuslint.plain_markup`, qa24 #7): a
        # navigation box's call `{{Authority control}}` is no longer counted (qa17a had kept it as furniture)
        assert "{{Authority control}}" not in lines


VARIABLES = ["\\alpha", "\\beta", "\\gamma", "\\delta", "\\lambda", "\\mu", "\\rho", "\\sigma", "\\tau", "\\omega"]


def test_latex_environments_stay():
    def body(i):
        p, v = paragraphs(i), VARIABLES[i]
        return (f"\\documentclass{{article}}\n\\begin{{document}}\n\n\\section{{Introduction}}\n{p[0]}\n\n"
                f"\\begin{{equation}}\n{v} = \\sum_{{k}} {v}_k w_k\n\\end{{equation}}\n\n{p[1]}\n\n"
                f"\\begin{{figure}}\n\\centering\n\\includegraphics[width=0.8\\textwidth]{{story{i}.pdf}}\n"
                f"\\caption{{{p[2][:60]}}}\n\\end{{figure}}\n\n{p[2]}\n\n\\end{{document}}\n")
    lines = found(documents(body), LOW)
    # main: `\\documentclass{article} \\begin{document}`, `\\begin{figure}`, `\\centering`, `\\end{figure}`,
    # `\\end{document}` in every document
    assert not [t for t in lines if t.startswith(("\\begin", "\\end", "\\documentclass", "\\centering"))], lines


def test_sweave_chunk_ends_stay():
    def body(i):
        p = paragraphs(i)
        return (f"{p[0]}\n\n<<echo=FALSE>>=\nsummary(story{i})\n@\n\n{p[1]}\n\n"
                f"<<fig=TRUE>>=\nplot(story{i}$day, story{i}$count)\n@\n\n{p[2]}\n")
    lines = found(documents(body), LOW)
    assert "@" not in lines and "<<echo=FALSE>>=" not in lines, lines


NAMES = ["Ann Berg", "Tom Ellis", "Ruth Kahn", "Ivo Marsh", "Lena Ortiz", "Paul Quist", "Rosa Tan",
         "Sam Udall", "Nils Varga", "Eve Wynn"]


def _post(i: int, signature: str) -> str:
    p = paragraphs(i)
    return (f"In article <{i}@news.example.org>, {NAMES[(i + 1) % 10]} writes:\n> {p[0][:70]}\n>\n"
            f"> {p[0][70:140]}\n\n{p[1]}\n\n{p[2]}\n\n-- \n{signature}\n")


def test_a_usenet_signature_separator_and_quote_lines_stay():
    lines = found(documents(lambda i: _post(i, f"{NAMES[i]}  <{NAMES[i].split()[0].lower()}@example.org>")), LOW)
    assert "--" not in lines and ">" not in lines, lines  # main: `--` in all 10, `>` in d1


def test_a_signature_every_post_carries_goes_with_its_separator():
    signature = "Jane Doe, Systems Group\nUniversity of Example, Computing Centre"
    lines = found(documents(lambda i: _post(i, signature)), LOW)
    # the signature block, its `--` with it, in every post
    assert sorted(lines.get("-- " + " ".join(signature.split()), [])) == EVERY, lines


def test_plain_headings_over_a_papers_own_sections_stay():
    # a plain-text paper, hard-wrapped, with headings of its own besides `Abstract`,
    # `Introduction` and `References`
    def body(i):
        raw = paragraphs(i, 5)
        p = [textwrap.fill(q, 66) for q in [raw[0] + " " + raw[1], *raw[2:]]]
        own = [" ".join(w.strip(",.;:'\"“”") for w in q.split()[:4]).capitalize() for q in raw[3:5]]
        refs = "\n".join(f"[{k}] {NAMES[(i + k) % 10]}. {raw[k][:50]}. Journal {i + k} ({2000 + i + k})."
                         for k in range(3))
        return (f"Abstract\n\n{p[0]}\n\nIntroduction\n\n{p[1]}\n\n{own[0]}\n\n{p[2]}\n\n{own[1]}\n\n{p[3]}\n\n"
                f"References\n\n{refs}\n")
    lines = found(documents(body))
    # main: all three in every paper
    assert not {"Abstract", "Introduction", "References"} & set(lines), lines


def test_a_menu_a_share_line_and_a_footer_are_still_found():
    menu = "Home\nNews\nSport\nWeather\nCulture"
    footer = ("About us\nContact us\nTerms and conditions\nPrivacy policy\n"
              "Copyright 2016 Example Media Group. All rights reserved.")

    def body(i):
        p = paragraphs(i)
        return f"{menu}\n\n{p[0]}\n\n{p[1]}\n\nShare this article on Facebook\n\n{p[2]}\n\n{footer}\n"
    lines = found(documents(body))
    for block in (menu, "Share this article on Facebook", footer):
        assert sorted(lines.get(" ".join(block.split()), [])) == EVERY, (block, lines)
