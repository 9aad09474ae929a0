"""CL207 replacement-character: U+FFFD, what a decoder writes where it met bytes it could not
decode (its own module: the markup family's was at its 600 lines)."""

from __future__ import annotations

from collections.abc import Iterator

from corpuslint import rxcache
from corpuslint.models import Document, Severity, Violation
from corpuslint.rule import Rule

from corpuslint.checks.markup.shownmojibake import shown_replacement


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
        for m in self.RUN.finditer(doc.text):
            if self.NAMED.search(doc.text, max(0, m.start() - 80), m.end() + 80):
                continue  # `use � (U+FFFD, the official REPLACEMENT CHARACTER)`: the text is about it (tester27)
            if shown_replacement(doc.text, m.start(), m.end()):
                continue  # what convmv prints of an undecodable name, in the transcript a book shows (shownmojibake)
            yield Violation(m.start(), m.end(), f"{len(m.group())} replacement character(s) `�`: "
                            "bytes were lost when this text was decoded")
