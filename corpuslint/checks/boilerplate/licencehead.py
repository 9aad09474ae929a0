"""A licence's head: its name, the product it covers and its first heading over its body (CL140's
`articles_own`, tester33 B5).

A licence's text opens with a few short lines that are no sentence: `Lesser General Public License For
Linguistic Resources` / `Preamble`, `Secure Messaging Protocol (SMP) Libraries [ACL, CML, SFL]` / `Distribution
Rights`, each alone between blank lines over the body's paragraphs. Short, sentence-less and before the first
paragraph is where a page's menu stands too, so the line model reads them as furniture; what it does not see
is the document: a licence (`corpuslint.licences.is_licence_document`: its paragraphs state a licence's terms),
whose head is a handful of lines. A page's menu over a licence runs longer (more than `HEAD_LINES` lines), and
its entries ask (`Sign in`) or link; those stay the model's to judge.
"""

from __future__ import annotations

from corpuslint.checks.boilerplate.doclines import DocLines
from corpuslint.checks.boilerplate.linefeatures import has_link, reads_as_sentence
from corpuslint.licences import is_licence_document

HEAD_LINES = 4  # lines with words above the first paragraph at most: a title, a product line, a heading
HEADING_WORDS = 12


def licence_heading(doc: DocLines, i: int) -> bool:
    """Line `i` is a line of a licence's head: above its first paragraph (no more than `HEAD_LINES` lines
    there), a few words ending no sentence, no link, no call to action, in a document that is a licence."""
    lines = doc.lines
    line = lines[i]
    first = next((k for k, row in enumerate(lines[:HEAD_LINES + 1]) if reads_as_sentence(row)), None)
    if first is None or i >= first or line.words > HEADING_WORDS or line.text[-1:] in ".!?" \
            or has_link(line.text) or line.cta:
        return False
    text = "".join(row.text + ("\n\n" if row.blank_after else "\n") for row in lines)
    return is_licence_document(text)
