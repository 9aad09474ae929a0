"""CL216 latex-markup: LaTeX left in a text corpus found, text that is LaTeX on purpose or about it left
alone, and an unsafe fix only where the argument is what a reader sees (tester33 E). Real text:
tests/data/markup/latex/README.md."""

from __future__ import annotations

from pathlib import Path

from corpuslint import Document, Linter
from corpuslint.config import Config

DATA = Path(__file__).parent / "data" / "markup" / "latex"


def found(text: str, name: str = "paper.txt", fmt: str = "text", **metadata):
    linter = Linter(Config(select=["CL216"]))
    doc = Document.from_text(text, path=name, metadata=metadata or None)
    if fmt != "text":
        doc = doc.model_copy(update={"origin": doc.origin.model_copy(update={"format": fmt})})
    return [f for f in linter.check([doc]) if f.code == "CL216"]


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def test_maths_pandoc_left_as_latex_is_found_a_line_once_without_a_fix():
    text = read("lme4-Theory-pandoc-excerpt.txt")
    findings = found(text)
    lines = [f.line for f in findings]
    assert lines == sorted(set(lines)) and 8 in lines and 10 in lines  # `$\tilde{\bm u}…`, `$$\label{eq:13}`
    assert all(f.fix is None for f in findings)
    assert not any(f.line <= 7 for f in findings)  # the prose above: no TeX


def test_a_whole_source_saved_as_text_is_one_finding():
    findings = found(read("zoo-faq-source-head.txt"), "zoo-faq.tex.txt")
    assert [(f.line, f.fix) for f in findings] == [(1, None)]
    assert "LaTeX source saved as text" in findings[0].message


def test_latex_on_purpose_or_about_latex_is_left_alone():
    source = read("zoo-faq-source-head.txt")
    assert not found(source, "zoo-faq.tex") and not found(source, "vignettes/zoo-faq.Rnw")
    assert not found(source, "dump.jsonl", lang="TeX") and not found(source, "dump.jsonl", path="doc/faq.tex")
    # the diffutils manual shows TeX input (`'\begin{em}'` quoted, a command's format strings) and names TeX
    assert not found(read("diffutils-if-then-else-excerpt.txt"))
    # a regular expression, a Windows path, one brace in prose: no LaTeX
    assert not found("Match years with \\d{4} and words with \\w{2,}.\nSaved in C:\\Users\\me\\{draft}.\n")
    assert not found("The macro \\foo{bar} is called once.\n")


def test_a_text_style_is_replaced_by_its_argument_unsafely():
    text = "The \\emph{zoo} package reads series.\nIt is on \\proglang{R}'s CRAN as \\pkg{zoo}.\n"
    findings = found(text)
    assert len(findings) == 2 and all(f.fix is not None and f.fix.applicability.value == "unsafe" for f in findings)
    fixed = text
    for edit in sorted((e for f in findings for e in f.fix.edits), key=lambda e: -e.start):
        fixed = fixed[:edit.start] + edit.replacement + fixed[edit.end:]
    assert fixed == "The zoo package reads series.\nIt is on R's CRAN as zoo.\n"
    # a style among other TeX on its line (maths): no fix, the formula stays whole
    maths = read("wikipedia-hermitian-excerpt.txt")
    findings = found(maths)
    assert findings and all(f.fix is None for f in findings)


def test_code_is_never_looked_at():
    fenced = "Write it so:\n\n```latex\n\\emph{zoo} and \\textbf{R} \\cite{z}\n```\n\nThat is all.\n"
    assert not found(fenced, "notes.md", fmt="markdown")
    indented = ("The vignette is built with:\n\n    \\documentclass{article}\n    \\emph{zoo} \\cite{z}\n"
                "    \\end{document}\n\nThat is all.\n")
    assert not [f for f in found(indented) if f.line > 1]
