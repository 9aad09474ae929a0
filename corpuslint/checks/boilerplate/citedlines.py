"""Lines that cite a source or credit a person: the document's own, however many documents share their folded key.

CL151 folds a line's addresses (and digits) before comparing it: a template's line that carries each page's own
link (`Read more: <URL>` closing a story) counts as one line across the site. A line that is an address and a word
or two, standing inside the text, is another thing: the document's reference (`See also <URL>.`, a manual's pointer
to a module's page); with its address folded out, what is left, `see also`, is no template but a phrase every
reference begins with (tester28 #11: perldoc's `See also <…>` lines of 15 pods counted as one line). At the head or
the tail of the text, where a template puts its links, it still counts; so does a link whose address a markup keeps
behind its label (a README's badge `[![PyPI](https://img.shields.io/…)](…)`, `[Learn more](…)`): a template's element,
the address no word the reader reads; and so does a labelled field (`E-Mail: a@example.com`, `Weitere Informationen: *
www.example.de` in each event's box): a template's, its value the page's.

A credit in brackets on a line of its own (`(contributed by brian d foy)`, `[Some of this answer was contributed by
Kenneth Albanowski.]`) says who wrote the passage under it: the text's attribution, metadata, never furniture
(tester28 #12: the byline of each perlfaq answer, flagged in 4 pods).
"""

from __future__ import annotations

from corpuslint.textutil import LazyPattern

__all__ = ["bracketed_credit", "cited_address"]

CITE_WORDS = 2  # the words beside an address that make a reference, not a template's line
WEB_ADDRESS = LazyPattern(r"(?i)(?:https?://|www\.)\S+")  # (an e-mail address is a contact, no reference)

# a whole line in brackets that credits a person: a participle (or `by` alone) then `by` and a name's first letter
# (`(contributed by brian d foy, updated …)`, `(written by A)`, `[answer by A]`); `by` after six words at most
_CREDIT = LazyPattern(r"^[(\[](?:[\p{L}'’-]+\s+){0,6}(?i:by|von|par|por|door|di|da)\s+\p{L}[^()\[\]]*[)\]]\W*$")


def cited_address(block: str, words: int) -> bool:
    """The line is a web address written out with one to `CITE_WORDS` words beside it (`words`: its words with the
    address folded out, `CorpusUnit.words`) before it, not a Markdown link's or image's target nor a label's value."""
    if not 1 <= words <= CITE_WORDS or "](" in block:
        return False  # (an address alone keeps its own key: `normalize` leaves no word to fold it into)
    m = WEB_ADDRESS.search(block)
    # the words lead in to the address (`See also`), not a label's (lynx's `IFRAME: //www.…`) nor a button under it
    return m is not None and not block[:m.start()].rstrip(" \t\n*•<-/").endswith(":") \
        and not any(c.isalpha() for c in block[m.end():])


def bracketed_credit(block: str) -> bool:
    """The line, whole, is a credit in brackets (`(contributed by brian d foy)`)."""
    text = " ".join(block.split())
    return len(text) <= 120 and _CREDIT.match(text) is not None
