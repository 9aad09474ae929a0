"""CL4xx bios: author bios and other text repeated inside one document, and bios repeated across the corpus.

Scrapers often keep an article's text twice: the author bio in the article's footer and again
in the site's "About the author" box, the photo captions once per gallery slide, or the whole
body when two page regions held it. CL401-CL403 (`rules.py`) share one analysis per document
(`copies.find_copies`):

1. The document is cut into units: paragraphs (blocks between blank lines); a block whose lines
   are themselves paragraphs (one newline between them, not hard-wrapped prose) is cut into
   lines. List items and table rows are left out: they repeat by nature.
2. Each unit is normalised (`textutil.normalize`) and cut into word shingles
   (`corpuslint.similarity`). A unit that repeats an earlier one exactly, or nearly (Jaccard, or
   containment of the shorter in the fuller), is a copy.
3. A run of consecutive short units that together nearly equals one other paragraph is a copy
   too: the bio spread over four short paragraphs in the footer, then given again as one
   paragraph in the "About the author" box.

The later copy is reported, naming the earlier one. If the repeated text is an author bio
(`biography.py`), the finding is CL401; a quotation given twice is CL403; otherwise CL402.

CL410 (a bio repeated across documents) is in `repeated.py`; it works from the corpus rules'
shared features (`checks/corpus_features.py`). Bios are recognised in `biography.py`.
"""


from __future__ import annotations

from corpuslint import hookimpl
from corpuslint.checks.bios.repeated import RepeatedBio
from corpuslint.checks.bios.rules import DuplicatedBio, DuplicateParagraph, RepeatedQuotation
from corpuslint.checks.bios.wholecopies import WholeCopies

__all__ = ["DuplicateParagraph", "DuplicatedBio", "RepeatedBio", "RepeatedQuotation", "WholeCopies", "RULES"]

RULES = (DuplicatedBio, DuplicateParagraph, RepeatedQuotation, WholeCopies, RepeatedBio)


@hookimpl
def corpuslint_register_rules(register):
    for rule in RULES:
        register(rule)
