"""CL207 replacement-character: U+FFFD, what a decoder writes where it met bytes it could not
decode (its own module: the markup family's was at its 600 lines)."""

from __future__ import annotations

from collections.abc import Iterator

from corpuslint import rxcache
from corpuslint.models import Document, Severity, Violation
from corpuslint.rule import Rule

from corpuslint.checks.markup.cjkmojibake import lossy_reading
from corpuslint.checks.markup.shownmojibake import shown_replacement
from corpuslint.textutil import shorten


class ReplacementCharacter(Rule):
    """## What it does
    Finds U+FFFD REPLACEMENT CHARACTER (`�`), which a decoder writes where it met bytes it could
    not decode.

    ## Why is this bad?
    The original character is lost; the document was decoded with the wrong encoding at some
    point before it reached the corpus. Re-extract it from the source if you can.

    ## Example
    ```
    The caf� opened in 2014.
    ```
    Use instead:
    ```
    The café opened in 2014.
    ```

    ## Fix safety
    No fix: the lost character cannot be recovered from the text.

    Three runs or more on adjacent lines (blank lines aside) are one damaged passage, reported
    once, with the number of characters lost; where the passage is UTF-8 read as a legacy CJK
    encoding (`浣�濂斤` is `你好` read as GBK: the other characters, encoded back, are UTF-8 CJK
    text), the message names the encoding.

    ## Known problems
    A `�` that the text names within 80 characters (`U+FFFD`, `\ufffd`, "replacement character") is
    the text's subject, a codec's documentation, and is not reported; nor is one the text shows in
    a terminal session, in code or quoted alone (what `convmv` prints of a name it cannot decode),
    in a text whose other accents are read right.
    """

    code = "CL207"
    triggers = ("\ufffd",)
    name = "replacement-character"
    family = "markup"
    severity = Severity.WARNING

    RUN = rxcache.compile("\ufffd+")
    NAMED = rxcache.compile(r"(?i)U\+FFFD|\\ufffd|0xFFFD|replacement[\s-]+character")

    def check(self, doc: Document) -> Iterator[Violation]:
        if "\ufffd" not in doc.text:
            return
        text = doc.text
        runs = []
        for m in self.RUN.finditer(text):
            if self.NAMED.search(text, max(0, m.start() - 80), m.end() + 80):
                continue  # `use � (U+FFFD, the official REPLACEMENT CHARACTER)`: the text is about it (tester27)
            if shown_replacement(text, m.start(), m.end()):
                continue  # what convmv prints of an undecodable name, in the transcript a book shows (shownmojibake)
            runs.append((m.start(), m.end()))
        for passage in _passages(text, runs):
            if len(passage) < DENSE_RUNS:
                for start, end in passage:
                    yield Violation(start, end, f"{end - start} replacement character{'s' if end - start > 1 else ''} `�`: "
                                    "bytes were lost when this text was decoded")
                continue
            yield _damaged_passage(text, passage)


DENSE_RUNS = 3  # runs in one passage of damaged lines: reported once, as the passage (tester30: 36 findings)


def _passages(text: str, runs: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The runs grouped by passage: lines that each hold a run (blank lines between them aside)."""
    passages: list[list[tuple[int, int]]] = []
    for run in runs:
        if passages:
            between = text[passages[-1][-1][1]:run[0]].split("\n")[1:-1]
            if not any(line.strip() for line in between):
                passages[-1].append(run)
                continue
        passages.append([run])
    return passages


def _damaged_passage(text: str, passage: list[tuple[int, int]]) -> Violation:
    """One finding for a passage a decoder damaged, saying what happened where it can tell."""
    start, end = passage[0][0], passage[-1][1]
    lost = sum(b - a for a, b in passage)
    lines = text.count("\n", start, end) + 1
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    reading = lossy_reading(text[line_start:len(text) if line_end == -1 else line_end])
    data = {"runs": len(passage), "lost": lost, "lines": lines}
    what = "bytes were lost when this text was decoded"
    if reading is not None:
        data["misread_as"] = reading[0]
        what = (f"UTF-8 text was decoded as {reading[0]}, which lost the bytes it could not read (what "
                f"survives reads `{shorten(reading[1], 12)}`); decode the source as UTF-8 again")
    return Violation(start, end, f"{lost} replacement characters `�` in {len(passage)} runs over {lines} "
                     f"line{'s' if lines > 1 else ''}: {what}", data=data)
