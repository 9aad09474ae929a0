"""The text as the user gave it: what a later pass of a corpus fix judges a removal against (qa16c N5).

`--fix` with corpus rules fixes the corpus, checks it again and fixes again (corpuslint.session).
The guards that spared a line on the first pass (a line between the page's own lines, away from
its head and tail, an item of a list other documents share, a sentence that near-copies share)
read its neighbours and the counts, and the first pass's removals change both: the line above a
removed list footer is now the page's last and counts as its tail, a reply's sign-off loses the
lines that made it the page's own. On 228 e-mails the second and third passes removed 218 lines
the first had spared, none of them in what `--diff` showed.

So a later pass removes only text the earlier fixes created (a line an edit changed in its words, a record it
emptied), never lines the user gave: those it leaves reported, for the next `--diff` to show. Ruff
loops to fix what its fixes create, not to wear down its own guards.

The fix of one document (corpuslint.fixer) loops too, and holds the same promise (qa19b #3): a
later pass removes a line of the document as given only if a fix the first reading offered took
it (`Named`). In a German man page CL120 flagged the `COPYRIGHT` heading without a fix and offered
to remove the copyright line below it; once that line was gone, the heading's unit reached the
licence lines under it (`Dies ist freie Software ... KEINE GARANTIE`), which no finding had named,
and the second and third passes removed them with the heading.
"""

from __future__ import annotations

import hashlib
import html
from collections import Counter
from collections.abc import Iterable

import regex

from corpuslint.models import Document, Finding


def removed_lines(finding: Finding, doc: Document) -> list[str]:
    """The lines (`line_words`) of `doc` whose words the finding's fix deletes, each whole: also a line it
    takes only part of (a span inside it), not a line it takes only the blank end of. Only when the fix
    only deletes (each edit's replacement blank) and takes some words; else []: a replacement (an
    entity decoded, a tag's spelling) keeps the content and is not a removal."""
    fix = finding.fix
    if fix is None or not fix.edits or any(e.replacement.strip() for e in fix.edits):
        return []
    text = doc.text
    if not any(ch.isalnum() for e in fix.edits for ch in text[e.start:e.end]):
        return []
    lines = []
    for edit in fix.edits:
        start = text.rfind("\n", 0, edit.start) + 1
        while start < edit.end:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if text[max(start, edit.start):min(end, edit.end)].strip():
                lines.append(line_words(text[start:end]))
            start = end + 1
    return lines


_WORD = regex.compile(r"\w+")


def line_words(line: str) -> str:
    """A line as the fixes' passes know it, by its words: one whose words the user gave is the user's line, even
    once a fix took only a sign off it (CL213's header-link mark: `Sphinx FAQ¶` is the page's title `Sphinx FAQ`,
    which the first pass spared, and the same line as its copy `Sphinx FAQ` above); a line of no words by its
    characters."""
    return " ".join(_WORD.findall(line)) or line.strip()


def _line_key(line: str) -> bytes:
    return hashlib.blake2b(line_words(line).encode("utf-8", "surrogatepass"), digest_size=8).digest()


_TAG = regex.compile(r"<[^<>\n]*>")
_SPACE = regex.compile(r"\s+")


def _plain(line: str) -> str:
    """A line's words as a fix of its markup leaves them: tags out, entities decoded, spacing folded."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", line))).strip()


class GivenLines:
    """Each file's lines (stripped), as hashes, as they were before the fix's first pass; and the words of
    its lines that hold markup (tags, entities), whose fix may leave several lines of them (tester29: an
    HTML feed's `<b>Язык:</b>&nbsp;English<br />` is the line `Язык: English` once CL201 and CL202 fixed
    it, a line the file held in words)."""

    def __init__(self) -> None:
        self._lines: dict[str, set[bytes]] = {}
        self._marked: dict[str, list[str]] = {}  # the plain words of the lines holding markup
        self._joined: dict[str, str] = {}  # those of a file, one string (built on a later pass's first ask)

    def add(self, path: str, documents: Iterable[Document]) -> None:
        keys = self._lines.setdefault(path, set())
        marked = self._marked.setdefault(path, [])
        self._joined.pop(path, None)
        for doc in documents:
            for line in doc.text.split("\n"):
                if line.strip():
                    keys.add(_line_key(line.strip()))
                    if "<" in line or "&" in line:
                        marked.append(_plain(line))

    def holds_any(self, path: str, lines: list[str]) -> bool:
        """Whether one of `lines` or more stood in the file as given: as a whole line, or its words, whole,
        in a line of markup that a fix has rewritten. A file not recorded holds none."""
        keys = self._lines.get(path)
        if keys is None:
            return False
        if any(_line_key(line) in keys for line in lines):
            return True
        marked = self._marked.get(path)
        if not marked:
            return False
        joined = self._joined.get(path)
        if joined is None:
            joined = self._joined[path] = "\n".join(marked)
        return any(regex.search(rf"(?<!\w){regex.escape(plain)}(?!\w)", joined) is not None
                   for line in lines if (plain := _plain(line)) and any(ch.isalnum() for ch in plain))


def spared_before(finding: Finding, doc: Document, given: GivenLines) -> bool:
    """Whether the finding's fix would remove words of a line that the document's file held before
    the fix's first pass (what that pass read and spared), in whole or in part, even with lines an
    earlier fix created (review18 #4: only a removal made entirely of given lines was stopped, so the
    user's closing line could go with the footer line pass 1 had decoded). Such a fix waits for the
    next run, whose --diff shows it: a later pass removes only what the earlier fixes created."""
    lines = removed_lines(finding, doc)
    return bool(lines) and given.holds_any(doc.origin.path, lines)


# a later pass's fix of a finding the first reading did not have (a chained fix) removes this many lines at
# most: CL505's byline once CL504's fix put the author in the metadata, a title printed over two lines (on the
# news txt and JSONL corpora, 314 chained CL505 fixes, each of one line). A wider one waits for the next run,
# whose check shows it (losses28: on a church directory's page a chained CL505 took most of what CL140 left)
CHAINED_LINES = 2


class Named:
    """One document's lines as given (`line_words`), and those of them its first reading names: each
    line that a finding it offered a fix for covers or whose words that fix removes (`removed_lines`;
    also a fix a pass left for the next because it overlapped another), and, for its own rule only,
    each line a finding without a fix (or with one the run does not apply) covers. What a later pass
    of the document's own fix may still remove of the text as given: the byline whose author CL504's
    fix put in the metadata (CL505), a paragraph CL402 called a near-copy that a removed tag makes an
    exact one, a fix the pass before had to leave; not a line the earlier fixes only brought into a
    finding's unit, nor one its finding said to keep (`data["keep_both"]`: a sentence the text says
    again as its own, which the removal of its neighbour does not make a copy, tester27)."""

    def __init__(self, doc: Document, findings: list[Finding], offered: list[Finding]) -> None:
        self._doc, self._findings, self._offered = doc, findings, offered
        self._given: Counter[str] | None = None  # read on a second pass only (most documents have none)
        self._named: Counter[str] = Counter()
        self._covered: dict[str, Counter[str]] = {}
        self._first: set[tuple[str, str]] = set()  # the first reading's findings: code and text
        self._now: tuple[str, Counter[str]] | None = None  # the lines of the text a later pass reads

    def _read(self) -> Counter[str]:
        doc = self._doc
        self._given = _lines(doc.text)
        for finding in self._offered:
            if _sign_off(finding, doc):
                continue  # (CL213's `¶` taken off a title: the line stays, the fix names none to take)
            # (each copy once: the lines a fix removes are most often those its finding covers)
            self._named.update(Counter(removed_lines(finding, doc))
                               | Counter(_covered_lines(doc.text, finding.offset, finding.end_offset)))
        self._first = {(f.code, doc.text[f.offset:f.end_offset]) for f in self._findings}
        for finding in self._findings:
            if finding.fix is None and finding.data.get("keep_both"):
                continue  # "keep both copies": the rule judged the line the text's own, not a copy to take later
            self._covered.setdefault(finding.code, Counter()).update(
                _covered_lines(doc.text, finding.offset, finding.end_offset))
        return self._given

    def takes_unnamed(self, finding: Finding, doc: Document) -> bool:
        """Whether the finding's fix, on `doc` (the text the earlier passes made), removes words of a
        line that stood in the document as given and that the first reading did not name: found only
        after the earlier fixes changed its neighbours, it waits for the next run, whose check and
        --diff show it. Lines are known by their text, and counted: a line the text gives twice, of which
        the first reading named one copy, keeps its other copy (qa20 r14: a post's opening sentence, under
        a title line of the same words that CL505 removed, is no longer a copy of anything). A fix of a finding
        the first reading did not have (chained) that removes more than `CHAINED_LINES` lines waits too."""
        given = self._given if self._given is not None else self._read()
        if self._now is None or self._now[0] is not doc.text:
            self._now = (doc.text, _lines(doc.text))
        now = self._now[1]
        covered = self._covered.get(finding.code, Counter())
        removing = Counter(removed_lines(finding, doc))
        if (removing.total() > CHAINED_LINES
                and (finding.code, doc.text[finding.offset:finding.end_offset]) not in self._first):
            return True
        return any(given[line] - now[line] + n > max(self._named[line], covered[line])
                   for line, n in removing.items() if line in given)


def _lines(text: str) -> Counter[str]:
    return Counter(line_words(line) for line in text.split("\n") if line.strip())


def _sign_off(finding: Finding, doc: Document) -> bool:
    """Whether the finding's fix only takes signs off its lines: deletes no word character, writes nothing."""
    edits = finding.fix.edits if finding.fix is not None else []
    return bool(edits) and not any(e.replacement or _WORD.search(doc.text, e.start, e.end) for e in edits)


def _covered_lines(text: str, start: int, end: int) -> list[str]:
    """The lines (`line_words`, whole) that the span [start, end) of `text` touches."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", max(start, end - 1))
    return [line_words(line) for line in text[first:len(text) if last < 0 else last].split("\n") if line.strip()]
