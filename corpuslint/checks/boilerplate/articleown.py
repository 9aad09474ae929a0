"""The article's own short lines the line model mistakes for furniture (CL140's `articles_own`): a fact
check's verdict, a lead-in to the video it embeds, a reference of its sources, a post it quotes, and
`ownlines`' shapes. Moved out of `classifier` (own23): the rule asks them of a line twice, once before
the first stage (`classifier.asked`: the line is not scored, and the second stage does not take it as a
line to judge) and once of the second stage's hits (a line the other guards left to it).
"""

from __future__ import annotations

import re

import regex

from corpuslint.checks.boilerplate.doclines import DocLines
from corpuslint.checks.boilerplate.licencehead import licence_heading
from corpuslint.checks.boilerplate.linefeatures import Line, has_link
from corpuslint.checks.boilerplate.ownlines import own_line

__all__ = ["POST_SIGNATURE", "articles_own", "is_citation_item", "is_media_lead_in", "is_quoted_post", "is_verdict"]

# the signature an embedded post's text ends with, its author's handle and its date
# ("— NBC News (@NBCNews) September 27, 2016", "A photo posted by Jane (@jane) on Mar 3, 2016"):
# the quoted post itself, whatever its first word ("WATCH: VP Biden goes off on ...")
POST_SIGNATURE = re.compile(r"\(@\w+\)\s*(?:on\s+)?\w{3,9}\.?\s+\d{1,2},\s+\d{4}\b")


# the words a fact check's verdict or a question's answer is written in, in several languages
# (qualifiers and verdicts; a line of them alone is the article's answer, not furniture)
_VERDICT_WORDS = frozenset("""
true false mostly partly half probably likely unlikely largely partially mixture mixed unproven unverified misleading correct incorrect yes no
fake real legend outdated miscaptioned misattributed satire accurate inaccurate
vrai faux trompeur plutôt oui non verdadero falso engañoso sí si verdade enganoso sim não
wahr falsch irreführend ja nein vero sì waar onwaar nee prawda fałsz tak nie pravda nepravda ano ne
""".split())
_WORD_CHAR_RUNS = re.compile(r"\w+")
_ANSWER_QUALIFIERS = frozenset("mostly partly half probably likely largely partially plutôt".split())


def is_verdict(line: Line, before: Line | None, after: Line | None, prose_after: float) -> bool:
    """A fact check's verdict or an answer alone on its line (`FALSE`, `Mostly true`, `No.`)
    with the article going on below: the article's answer to the claim or question above it.
    A row of answers (`Yes` / `No` of a poll, one a line) is a widget, not an answer."""
    text = line.text
    if line.words > 3 or prose_after <= 0 or len(text) > 30:
        return False
    words = _WORD_CHAR_RUNS.findall(text.lower())
    if not words or not all(w in _VERDICT_WORDS for w in words) or all(w in _ANSWER_QUALIFIERS for w in words):
        return False
    return not any(other is not None and other.words <= 3 and _is_answer(other.text)
                   for other in (before, after))


def _is_answer(text: str) -> bool:
    words = _WORD_CHAR_RUNS.findall(text.lower())
    return bool(words) and all(w in _VERDICT_WORDS for w in words)


# the verbs an article's lead-in to its embedded video or audio opens with ("Watch their comments
# below:", "WATCH:", "Listen to the full interview:"), in several languages
_MEDIA_VERBS = frozenset("""
watch listen view regardez écoutez regarder écouter mira mire escucha vea assista veja ouça assistir
guarda ascolta schauen sehen hören seht schaut hört kijk luister bekijk
""".split())


def is_media_lead_in(line: Line, prose_before: float) -> bool:
    """The article's own lead-in to the video, audio or post it embeds, inside its text: a line
    that opens with a verb of watching or listening and closes with a colon, with no link (a
    promotion of another page names it: "Watch the video on example.com:") and no other place
    to watch ("Watch TMZ on TV:"), after the article's prose has begun. The media is gone from
    the text; the sentence is the article's. So is a short one pointing at it, wherever it stands
    (`You can see it here:`, `Watch the segment below:` at the top of a text whose paragraphs
    were shuffled; session 33, a retrained model flagged both, 0.94-0.96): a verb of seeing,
    watching or listening, then `here`, `below` or `above` closing it (`_POINTER`)."""
    text = line.text
    if text[-1] != ":" or line.words > 12:
        return False
    if not (has_link(text) or any(c.isdigit() for c in text) or _ELSEWHERE.search(text)):
        if line.words <= _POINTER_WORDS and _POINTER.search(text):
            return True
    if prose_before <= 0:
        return False
    first = _WORD_CHAR_RUNS.search(text)
    return (first is not None and first.start() <= 2 and first.group(0).lower() in _MEDIA_VERBS
            and not has_link(text) and not any(c.isdigit() for c in text) and not _ELSEWHERE.search(text))


_POINTER_WORDS = 8  # a pointer at the media is short (`You can see it here:`)
_POINTER = regex.compile(r"(?i)\b(?:see|watch|listen|view|hear)\b.*\b(?:here|below|above)\s*:$")


# where else to watch: a channel, a site, a programme ("Watch TMZ on TV:", "... at YouTube:")
_ELSEWHERE = regex.compile(r"\b(?:on|at)\s+\p{Lu}")


# a reference of a citation list: an author ("Davis, Lauren.") or a quoted title, and a year at its end
_CITATION = regex.compile(r"^(?:\p{Lu}[\p{L}'’-]+,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\.\s+.*"
                          r"|.*[\"“][^\"“”]{8,}[\"”].*)\b(?:1[89]|20)\d\d[.)]?$")


def _ends_with_year(text: str) -> bool:
    return len(text) >= 4 and (text[-4:].isdigit() or text[-5:-1].isdigit())


def is_citation_item(line: Line, before: Line | None, after: Line | None) -> bool:
    """An item of the article's list of sources: a reference (`Orr, Aleisha. "Spider Burrowed
    ..." The Age. 16 October 2014`), or a line ending with a year between references (a piece of
    one the text broke apart, `NT News. 16 October 2014`). The article's citations, not links
    to other pages of the site."""
    text = line.text
    if not _ends_with_year(text):
        return False
    if _CITATION.match(text):
        return True
    return any(other is not None and _ends_with_year(other.text) and _CITATION.match(other.text)
               for other in (before, after))


def articles_own(doc: DocLines, i: int) -> bool:
    """Line `i` is one of the article's own short lines the line model mistakes for furniture:
    a verdict (`is_verdict`), a lead-in to its embedded media (`is_media_lead_in`), a reference
    of its sources (`is_citation_item`), a post it quotes (`is_quoted_post`), `ownlines`', a licence's
    head (`licence_heading`)."""
    lines = doc.lines
    line = lines[i]
    before = lines[i - 1] if i else None
    after = lines[i + 1] if i + 1 < len(lines) else None
    prose_before, prose_after = doc.prose_share(i)
    return (is_verdict(line, before, after, prose_after) or is_media_lead_in(line, prose_before)
            or is_citation_item(line, before, after) or is_quoted_post(line, after)
            or own_line(doc, i, prose_before, prose_after) or licence_heading(doc, i))


def is_quoted_post(line: Line, after: Line | None) -> bool:
    """A post the article quotes, however short: its signature alone on its line (`— Jane
    (@jane) May 3, 2016`) or its text right above one. The article's quotation, not furniture."""
    return bool(POST_SIGNATURE.search(line.text) or (
        after is not None and after.number <= line.number + 2 and POST_SIGNATURE.search(after.text)))
