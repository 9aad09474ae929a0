"""CL140 on technical text (issue 15, session 18): an R vignette's Sweave source keeps its hard-wrapped
prose, its code chunks and its LaTeX commands; the chains and code shapes that tell them apart from a
page's furniture (`wrapping`, `codelines`), both ways."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.boilerplate.classifier import BoilerplateLine
from corpuslint.checks.boilerplate.codelines import code_lines, is_code, text_beside_code
from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.wrapping import run_on_lines, wrapped_prose
from corpuslint.models import Document

DATA = Path(__file__).parent / "data" / "boilerplate"
TECHNICAL = DATA / "technical"  # survival's vignettes (r-cran-survival 3.5-3, Debian), Sweave sources


def flagged(path: Path) -> tuple[list[str], set[int]]:
    text = path.read_text(encoding="utf-8")
    doc = Document.from_text(text, path=str(path), format="text")
    out: set[int] = set()
    for v in BoilerplateLine().check(doc):
        out.update(range(doc.text_position(v.start)[0], doc.text_position(v.end)[0] + 1))
    return text.split("\n"), out


def number(lines: list[str], start: str) -> int:
    return next(n for n, line in enumerate(lines, 1) if line.strip().startswith(start))


def test_a_vignettes_wrapped_prose_is_left_alone():
    # on main: `Here is a simple example using the MGUS data.`, `For coxph models, the ...`
    # and the chunks were flagged (181 lines of the document's 455)
    lines, found = flagged(TECHNICAL / "survival-splines.Rnw.txt")
    prose = [number(lines, "This is a trio of topics"), number(lines, "Here is a simple example"),
             number(lines, "For coxph models, the"), number(lines, "The termplot function depends")]
    assert not found & set(prose)
    assert len(found) <= 10


def test_a_vignettes_code_chunks_and_commands_are_left_alone():
    lines, found = flagged(TECHNICAL / "survival-tiedtimes.Rnw.txt")
    code = [number(lines, "\\documentclass"), number(lines, "<<interval1>>="), number(lines, "table(interval)"),
            number(lines, "\\author{"), number(lines, "library(survival")]
    assert not found & set(code)


def test_a_menu_and_headlines_do_not_make_a_chain():
    text = "Home\nnews\nsport\nweather\n\nThe 25 Toughest U.S. Colleges to Get Into (TheStreet)\n" \
           "Obama Visits Prison, Says He Could Have Wound Up There (Newser)\n" \
           "Tazz: Just started using it, for too long I've been gett »\n" \
           "kenny: really like the buddypress force profile photo plu »\n"
    lines = candidate_lines(text)
    assert not run_on_lines(lines)
    assert not {1, 2, 3, 4, 8, 9} & wrapped_prose(lines)


def test_a_sentence_that_runs_on_over_lines_is_a_chain():
    # survival's timedep vignette: each line alone is short and unfinished
    text = ("\\end{verbatim}\n"
            "The data for the pbcseq data set was assembled at a later calendar time\n"
            "than the primary data set.\n"
            "<<pbcseq>>=\n"
            "As shown in Appendix \\ref{sec:x}, the integral of a\n"
            "quadratic form on the deviance scale, such as (\\ref{eq:32}), is easily\n"
            "evaluated, providing the log-likelihood,\n"
            "$\\ell(\\bm\\theta,\\bm\\beta,\\sigma|\\bm y)$, as\n"
            "\\begin{multline}\n")
    lines = candidate_lines(text)
    chained = run_on_lines(lines)
    assert {2, 3, 5, 6, 7, 8} <= chained and not {1, 4, 9} & chained


def test_code_by_its_marks_and_furniture_by_its_symbols():
    for code in ("cbind(z1, z2)", "counts <- with(flchain, table(sex, age2))", "R> z", "\\label{tab:vcov}}",
                 "> rhat <- uniroot(ufun, c(1,3), tol= 1e-9)$root", "<<cbind>>="):
        assert is_code(code), code
    for furniture in ("[h/t ABC News]", "Comments(301)", "f | t | in", "Gardening (12)", "Home",
                      "36 146 Reply <span id=\"js_reply-count\">146", "Genre(s):",
                      'Retrieved from " https://en.wikipedia.org/w/index.php?title=Mozilla&oldid=746574460"'):
        assert not is_code(furniture), furniture
    lines = candidate_lines("Text.\n\n<<a>>=\nz\nx\n@\n\nMore text here.\n")
    assert code_lines(lines) == {3, 4, 5, 6}


def test_the_texts_lead_in_to_code_and_its_sentence_going_on_below():
    # xts's FAQ and lme4's theory vignette: the lead-in above a chunk, the sentence going on below a
    # formula; a page's furniture has no code beside it, and a sentence that closes is not a lead-in
    text = ("How can I replace the zeros in an xts object?\n"
            "Convert the zeros to NA and then use na.locf:\n"
            "<<>>=\n"
            "x[x == 0] <- NA\n"
            "@\n"
            "\\end{equation}\n"
            "and determine a fill-reducing permutation, $P$, for $A$.\n"
            "\n"
            "Share this story on Facebook:\n"
            "Home\n")
    lines = candidate_lines(text)
    code = code_lines(lines)
    assert code == {3, 4, 5, 6}
    assert text_beside_code(lines, code) == {2, 7}
