"""CL151's finding for a run of repeated lines: what it says, what its fix takes, what it records.

Which units are furniture is decided before (repeated.py: the units whose carriers make them a template and
that the document does not hold as its own). Here the kept units become findings: lines that follow each
other make one finding (a menu, a footer; on an HTML page the lines its rendering puts one under another),
and the finding's removal reaches as far as the furniture does (a navigation list's `*`, `|` marks under its
last entry, lynx's `#Title …` line of page links and the lines it is printed onto, a navigation table's other
rows). A section heading's removal would leave its heading over nothing: the finding names the section and
has no fix.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from corpuslint.analysis import plain_kept
from corpuslint.checks.boilerplate.dumps import link_header_end
from corpuslint.checks.boilerplate.navlists import rendered_runs, runs_of_lines, with_marks
from corpuslint.checks.boilerplate.sectionheads import heads_its_section
from corpuslint.checks.boilerplate.wrapped import in_wrapped_sentence
from corpuslint.checks.corpus_carriers import SAMPLE, other_place
from corpuslint.checks.corpus_features import CorpusUnit, one_per_block
from corpuslint.checks.pagerecords import running_head
from corpuslint.html_markup import navigation_table, touches_markup
from corpuslint.models import Applicability, Document, Fix, Related, TextEdit, Violation
from corpuslint.textutil import block_removal, shorten

__all__ = ["ARTICLES", "run_findings"]

# what the count of independent carriers means, said in every message (tester27: "13 different
# articles" of 40 pages of one manual read as wrong): near-copies and one page's versions count once
ARTICLES = "different texts, near-copies counted once"


def run_findings(doc: Document, found: list[tuple[CorpusUnit, tuple]], nav_starts: set[int], html, site: str | None,
                 page: int | None, kept: Callable[[int, int], bool] | None) -> Iterator[Violation]:
    """The findings of the units kept as furniture (`found`: each with its verdict, in the text's order), one a
    run of lines. `nav_starts`: where the units of a site's navigation list start; `html`: an HTML page's
    structure (its rendered lines, code spans, navigation tables) or None; `page`: a PDF's page number when the
    document is one page's record; `kept`: plain text's own spans (code, a title), read here if None."""
    text = doc.text
    markdown = doc.origin.format == "markdown"
    runs = runs_of_lines(text, one_per_block(found), nav_starts)
    if html is not None:  # (a line with inline code is not joined: `find_all()` in a contents list)
        runs = rendered_runs(runs, html.line_of, lambda u: touches_markup(html.code_spans, u.start, u.end))
    for run in runs:
        u, (total, stories, site_count, occs, _) = run[0]
        last = with_marks(text, run[-1][0].end) if u.start in nav_starts else run[-1][0].end  # and `*`, `|` under
        taken = max(last, link_header_end(text, u.start) or 0)  # lynx's `#Title …` line: and the lines it goes on onto
        table = navigation_table(html.layout.nav_tables, u.start) if html is not None and html.layout else None
        at, taken = (table[0], max(taken, table[1])) if table else (u.start, taken)  # DocBook's `Prev Up Next` ...
        other = other_place(occs, doc)
        block = text[u.start:last]
        unit = ("line" if u.line or "\n" not in text[u.start:u.end] else "paragraph") if len(run) == 1 else \
            f"run of {len(run)} lines of a navigation list" if u.start in nav_starts else f"run of {len(run)} lines"
        site_note = f"; {site_count} of them from {site}" if site_count else ""
        start, end = block_removal(text, at, taken)  # (... with its navigation table's other rows)
        if html is not None:  # (from the heading over it, where it takes that heading's whole section)
            start, end = html.section_removal(start, end)
        if kept is None and not markdown and html is None:
            kept = plain_kept(doc) or (lambda a, b: False)
        section = not markdown and html is None and heads_its_section(text, u.start, taken, kept)
        wrapped = (not section and html is None and u.start not in nav_starts  # (a navigation list is no sentence)
                   and in_wrapped_sentence(text, at, last))  # half of a sentence (wrapped)
        yield Violation(
            at, taken,
            f"corpus boilerplate: this {unit} `{shorten(block, 60)}` occurs in {total} documents "
            f"({stories}{'+' if stories >= SAMPLE else ''} {ARTICLES}{site_note}); "
            f"{'remove the section whole (no fix: its heading would stay over nothing)' if section else 'remove it'}"
            f"{' with its whole paragraph (no fix: it is part of a wrapped sentence)' if wrapped else ''}"
            f"{' with the lines of page links it goes on onto' if taken > last or at < u.start else ''}",
            fix=None if section or wrapped else Fix(title=f"remove the repeated {unit}", applicability=Applicability.SAFE if (
                page is not None and len(run) == 1 and running_head(text, u.start, u.end, page)) else Applicability.UNSAFE,
                                         edits=[TextEdit(start=start, end=end)]),
            related=[Related(path=other.path, line=other.line, record=other.record,
                             message="also here")] if other else [],
            source=f"{'lines' if len(run) > 1 else unit}:{u.key}",
            data={"documents": total, "independent": stories, "key": u.key,
                  **({"lines": len(run)} if len(run) > 1 else {}),
                  **({"site": site, "site_documents": site_count} if site_count else {})},
        )
