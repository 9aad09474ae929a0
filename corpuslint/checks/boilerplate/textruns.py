"""Runs of lines that are a text's own, whatever the line model reads in each (issue 15, session 21:
CL140 toward on by default, its reads of RSS/Atom feeds and technical documents).

- A text written a sentence a line, or a phrase a line, in Chinese or Japanese (or another script
  without spaces): a blog post, a poem, dialogue. Its lines are short and without links, as a
  menu's items are, but they close their clauses and sentences (`。`, `、`) and a menu's items do
  not (`is_sentence_a_line`).
- A grammar's rules: a line defining a symbol (`simple_stmt ::=  expression_stmt`) and the rows of its
  alternatives right below it (`| assert_stmt`), the reference's own (`is_grammar_row`).
- A document's own numbered table of contents: its entries (`6.1. Полная (пере)сборка`) stand again
  further down as the headings of its sections (`contents_entries`). A site's menu names other
  pages; a list of teasers repeats its titles unnumbered.
"""

from __future__ import annotations

import re

from corpuslint.checks.boilerplate.doclines import DocLines
from corpuslint.checks.boilerplate.linefeatures import Line, has_link
from corpuslint.checks.boilerplate.scripts import SENTENCE_END

__all__ = ["CONTENTS", "SPACELESS_RUN", "SPACELESS_WORDS", "contents_entries", "is_contents_entry", "is_grammar_row",
           "is_sentence_a_line"]

# what may close a sentence after its mark in the scripts written without spaces (`」` of Japanese
# dialogue, a bracket), and the brackets of a quotation that stands for its own sentence
_AFTER_MARK = "」』）)〕】”’\"'"
_DIALOGUE = ("「", "」"), ("『", "』")
_ASIDE = re.compile(r"[（(][^（()）]*[）)]$")  # an aside in brackets after the sentence's mark
_CLAUSE_END = SENTENCE_END | frozenset("、，,")
SPACELESS_RUN = 2  # lines at least, one under the other ...
SPACELESS_WORDS = 6  # ... of this many words together (twelve CJK characters)
_RUN_SCAN = 20  # lines each way a run is followed
_RUN_GAP = 2  # ... one under the other, or with a blank line between (a paragraph a sentence)
_CJK_STOPS = frozenset("。！？")  # a sentence's mark in Chinese and Japanese (`.` numbers a heading, `8.1开学`)
PAIR_WORDS = 3  # a sentence of a pair: six CJK characters at least (`否则怎么活到现在。`)


def _spaceless_text(line: Line) -> bool:
    """A line of a script written without spaces (`Line.cjk`), of three characters or more, with
    no link or call to action, not a paragraph of prose: a piece of text or of a menu."""
    return line.cjk and line.words >= 1.5 and not line.prose and not line.cta and not has_link(line.text)


def _cjk_sentence(line: Line) -> bool:
    """A sentence of Chinese or Japanese closed by its own mark (`。！？`, an aside in brackets or a
    quotation's close after it), three words long at least: a menu's item or a label closes none."""
    if line.words < PAIR_WORDS:
        return False
    stripped = _ASIDE.sub("", line.text).rstrip().rstrip(_AFTER_MARK)
    return stripped[-1:] in _CJK_STOPS if stripped else False


def _closes(line: Line) -> tuple[bool, bool]:
    """Whether the line closes a clause (`、` too), and a sentence (an aside in brackets may follow,
    `近い！（行ったことないけど）`; a quotation of dialogue, `「先生約束の時間がすぎました」`, is one)."""
    text = line.text
    if any(text.startswith(a) and text.endswith(b) for a, b in _DIALOGUE):
        return True, True
    stripped = _ASIDE.sub("", text).rstrip().rstrip(_AFTER_MARK)  # (`现在。 (浏览全文 引用此文)`: a space before the aside)
    last = stripped[-1:]
    return last in _CLAUSE_END if last else False, last in SENTENCE_END if last else False


def is_sentence_a_line(lines: list[Line], i: int) -> bool:
    """Line `i` stands in a run of `SPACELESS_RUN` lines or more of Chinese, Japanese (or another
    script without spaces) and not of prose, one under the other (a blank line between at most),
    `SPACELESS_WORDS` words together, half of them or more (two at least) closing a clause or a
    sentence and one a sentence: a text written a sentence a line, or a phrase a line (a blog post,
    a poem, dialogue), the text's own. Short and without a link, such lines read to the line model
    as a menu's items; a menu's items close no clause. Two such lines one under the other, each
    closing a sentence with `。！？` (`_cjk_sentence`), are the text's too, whatever the run around
    them (a feed's posts, titles and phrases between them: the run's share of closed lines is low)."""
    if not _spaceless_text(lines[i]):
        return False
    if _cjk_sentence(lines[i]) and any(0 <= k < len(lines) and abs(lines[k].number - lines[i].number) == 1
                                       and _spaceless_text(lines[k]) and _cjk_sentence(lines[k]) for k in (i - 1, i + 1)):
        return True
    lo = hi = i
    while lo > max(0, i - _RUN_SCAN) and lines[lo].number - lines[lo - 1].number <= _RUN_GAP and _spaceless_text(lines[lo - 1]):
        lo -= 1
    while (hi < min(len(lines) - 1, i + _RUN_SCAN) and lines[hi + 1].number - lines[hi].number <= _RUN_GAP
           and _spaceless_text(lines[hi + 1])):
        hi += 1
    run = lines[lo:hi + 1]
    if len(run) < SPACELESS_RUN or sum(line.words for line in run) < SPACELESS_WORDS:
        return False
    ends = [_closes(line) for line in run]
    closed = sum(clause for clause, _ in ends)
    return closed >= max(SPACELESS_RUN, len(run) / 2) and any(sentence for _, sentence in ends)


CONTENTS = 3  # numbered entries at least: a table of contents, not a heading repeated once
_TEXT_WORDS = 8  # the section's text below its heading (a sentence, its lead-in to a list)
_SPACES = re.compile(r"\s+")
# a section's number, closed by its mark (`6.1.`, `A.2.`, `3)`, `Глава 6.`: a word, then the number; not `3 hours ago`)
_NUMBERED = re.compile(r"^(?:[^\W\d_]+\s)?(?:\d{1,2}|[A-Z])(?:\.\d{1,2})*[.)]\s+\S")


def contents_entries(doc: DocLines) -> frozenset[int]:
    """The lines of the document's own table of contents: each a short line (no sentence) opening
    with a section's number (`6.1. Полная (пере)сборка`) whose text stands again further down,
    right above the section's text (a line of `_TEXT_WORDS` words or more, one line between at
    most), `CONTENTS` of them or more; the headings themselves too. A menu names other pages,
    not the numbered sections below it; a list of teasers repeats its titles unnumbered."""
    if doc.contents is None:
        lines = doc.lines
        first: dict[str, int] = {}
        found: set[int] = set()
        for i, line in enumerate(lines):
            if line.prose or line.words > 15 or not _NUMBERED.match(line.text):
                continue
            key = _SPACES.sub(" ", line.text).casefold()
            if key in first:
                text = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].words >= _TEXT_WORDS), None)
                if text is not None and i - first[key] > 2:
                    found.update((first[key], i))
            else:
                first[key] = i
        names = {_SPACES.sub(" ", lines[i].text).casefold() for i in found}
        doc.contents = frozenset(found) if len(names) >= CONTENTS else frozenset()
    return doc.contents


def is_contents_entry(doc: DocLines, i: int) -> bool:
    """Line `i` is an entry of the document's own table of contents or the heading it names
    (`contents_entries`)."""
    return i in contents_entries(doc)


_GRAMMAR_ROWS = 40  # rows of one rule's alternatives, at most


def is_grammar_row(lines: list[Line], i: int) -> bool:
    """Line `i` defines a symbol of a grammar (`::=`, BNF) or is a row of the alternatives below
    such a line (`| assert_stmt`), each right under the other."""
    j = i
    while j >= max(0, i - _GRAMMAR_ROWS):
        text = lines[j].text
        if "::=" in text:
            return True
        if not text.startswith("|") or (j and lines[j - 1].number != lines[j].number - 1):
            return False
        j -= 1
    return False
