"""CL9xx: problems of the input itself, found while reading (or while checking) a file.

These rules have no `check` of their own: readers and the engine report them. They are rules so
that they are documented, listed, selectable and ignorable like every other. CL912 (`datadump`)
is the exception: a check of the whole document's shape, selected like any other rule.
"""

from __future__ import annotations

from corpuslint import hookimpl
from corpuslint.models import Severity
from corpuslint.rule import FixAvailability, Rule

from corpuslint.checks.input.datadump import DataDumpDocument


class InputRule(Rule):
    family = "input"
    severity = Severity.ERROR

    def check(self, doc):
        return ()

    # The engine leaves a rule whose `check` is this one out of its per-document loop: eleven
    # calls per document that find nothing (a subclass that overrides `check` is called).
    check.finds_nothing = True  # type: ignore[attr-defined]


class UnreadableFile(InputRule):
    """## What it does
    Reports a file that cannot be opened or read (permissions, a broken link, an I/O error).

    ## Why is this bad?
    A document that cannot be read is not checked, so its defects stay hidden.

    ## Example
    `corpus/a.txt:1:1: CL901 [unreadable-file] cannot read file: Permission denied`

    ## Fix safety
    No fix: corpuslint never writes a file it could not read.
    """

    code = "CL901"
    name = "unreadable-file"


class BinaryFile(InputRule):
    """## What it does
    Reports a file that holds NUL bytes in its first 8 KiB, i.e. is binary, not text. A GNU info
    file's markers (`^@^H[index^@^H]` in an index node, `^@^H[image …^@^H]`) are no such bytes: a
    file whose every NUL opens one is read as text and checked, and no fix removes a marker.
    A compressed file (gzip, bzip2, xz, zstd, zip) named on the command line is reported alike,
    naming its compression and the command that unpacks it: corpuslint reads no compressed files but
    gzipped JSONL (`.jsonl.gz`, `.ndjson.gz`), read as JSONL. Such a file whose stream breaks (a
    truncated download) is CL902 too, at the line where it breaks; the records before it are checked.
    (A Jupyter notebook is read as its cells; one of nbformat 3, which corpuslint does not read, is CL913.)

    ## Why is this bad?
    A PDF, image or archive among text files usually means a scraper saved the wrong response;
    text rules would report nonsense on it, so it is skipped and named instead.

    ## Example
    `corpus/scan.txt:1:1: CL902 [binary-file] binary file (it holds NUL bytes); not checked`

    ## Fix safety
    No fix: the file is never written.
    """

    code = "CL902"
    name = "binary-file"


class UnsupportedFormat(InputRule):
    """## What it does
    Reports a file named on the command line (or included) that is text in a format corpuslint
    does not read: a Jupyter notebook of nbformat 3 or older (`.ipynb` whose cells lie in
    `worksheets`; nbformat 4 notebooks are read), with the command that converts it into one it reads.

    ## Why is this bad?
    Read as plain text, a notebook's JSON would pass or fail on escaped strings, cell metadata and
    base64 images, not on its prose: a result that says nothing of it. It is named instead, so a run
    never passes a file it did not read. It is no binary file (CL902): the file is fine, the reader
    is missing.

    ## Example
    `nb/analysis.ipynb:1:1: CL913 [unsupported-format] Jupyter notebook in nbformat 3 (cells in
    `worksheets`): corpuslint reads nbformat 4; not checked (upgrade it first: `jupyter nbconvert
    --to notebook --inplace FILE`)`

    ## Fix safety
    No fix: the file is never written.
    """

    code = "CL913"
    name = "unsupported-format"


class UndecodableText(InputRule):
    """## What it does
    Reports text that is not valid in the configured encoding (UTF-8 unless `encoding` says
    otherwise, or a BOM names another; an HTML page that declares its own, `<meta charset>` or
    `<?xml encoding?>`, is read in that when the configured one fails, and is reported only when
    neither reads it), with the line and byte offset of the first bad byte;
    and a JSONL record holding a lone surrogate escape (`\\ud800` without its pair), which
    Python's json reads but no UTF-8 writer (orjson, datatrove) writes: the record is not checked.

    ## Why is this bad?
    Invalid bytes become replacement characters or crash the next tool in the pipeline. Often
    the file is Latin-1 or Windows-1252; set `encoding` for that file set, or re-encode it.

    ## Example
    `corpus/old.txt:12:40: CL903 [undecodable-text] not valid utf-8: byte(s) e9 20 6c 61 ...`

    ## Fix safety
    No fix: guessing an encoding can corrupt text; the file is never written.
    """

    code = "CL903"
    name = "undecodable-text"


class EmptyDocument(InputRule):
    """## What it does
    Reports a file (or a Markdown body with no front matter) that holds no text, or only
    whitespace.

    ## Why is this bad?
    An empty document is almost always a failed extraction; kept in a corpus, it skews counts
    and wastes a slot.

    ## Example
    `corpus/fnc1-0047.txt:1:1: CL904 [empty-document] empty document: the file holds no text`

    ## Fix safety
    No fix: deleting files is left to the user.
    """

    code = "CL904"
    name = "empty-document"
    severity = Severity.WARNING


class MalformedFrontMatter(InputRule):
    """## What it does
    Reports YAML front matter (in `.md`) or a metadata sidecar (`name.meta.yaml` next to a
    `.txt`) that does not parse, is not a mapping, or is never closed; TOML front matter (`+++`)
    that does not parse; and front matter a site generator would not read: a blank line or a
    byte-order mark before the opening fence, or `key: value` lines closed by `---` with no
    opening fence (rendered as a heading).

    ## Why is this bad?
    Metadata that does not parse is lost to every tool downstream, and the metadata rules
    cannot check it.

    ## Example
    ```
    ---
    title: "Unclosed
    ---
    ```
    `post.md:2:1: CL905 [malformed-front-matter] malformed YAML front matter: ...`

    ## Fix safety
    No fix; a file with malformed front matter is never written by `--fix`, so nothing in it
    can be lost.
    """

    code = "CL905"
    name = "malformed-front-matter"


class MalformedRecord(InputRule):
    """## What it does
    Reports a JSON Lines record that is not valid JSON or not a JSON object, naming its line; and
    a Jupyter notebook that cannot be read: JSON that does not parse, no `nbformat` and `cells`, a
    cell without a `source` (that cell is not read).

    ## Why is this bad?
    One bad line makes many JSONL loaders drop the whole file. corpuslint reports it and goes
    on with the records after it.

    ## Example
    `corpus.jsonl:2:14: CL906 [malformed-record] malformed JSON record: Expecting ',' delimiter`

    ## Fix safety
    No fix: under `--fix`, the bad line is kept byte for byte; other records may still be fixed.
    A notebook with such a problem is never written.
    """

    code = "CL906"
    name = "malformed-record"


class MissingTextField(InputRule):
    """## What it does
    Reports a JSON Lines record without a string in its text field (`text`, or the configured
    `jsonl.text-field`).

    ## Why is this bad?
    A record without text is either a failed extraction or a sign that the text field is
    named differently in this corpus (set `jsonl.text-field`).

    ## Example
    `corpus.jsonl:7:1: CL907 [missing-text-field] record has no `text` field`

    ## Fix safety
    No fix.
    """

    code = "CL907"
    name = "missing-text-field"


class DocumentTooLarge(InputRule):
    """## What it does
    Reports a document (file or record) larger than `max-document-bytes` (16 MiB by default);
    it is not checked.

    ## Why is this bad?
    A single multi-megabyte "document" is usually a concatenation, a dump, or a binary blob
    with a text extension. Capping its size keeps one bad input from stalling a whole run.

    ## Example
    `dump.txt:1:1: CL908 [document-too-large] document is 52,428,800 bytes, over the ...`

    ## Fix safety
    No fix.
    """

    code = "CL908"
    name = "document-too-large"


class CheckTimeout(InputRule):
    """## What it does
    Reports a document on which a rule ran out of its time budget (`timeout`, CPU seconds per
    document), e.g. a pattern that backtracks badly on pathological text. The other rules still
    run. The budget counts CPU time, not wall time, so a loaded machine (a busy CI runner) gives
    the same findings as an idle one wherever a rule is far from the limit; a rule near it may
    still be stopped on one run and not on another, and this finding then says so. A corpus
    rule has the same budget while it fingerprints the document for the corpus index: stopped
    there, the index misses the rest of the document, so corpus findings here and in other
    documents may be missing, and the message says that.

    ## Why is this bad?
    Without a budget, one pathological document can hang a CI job or a pre-commit hook.

    ## Example
    `weird.txt:1:1: CL909 [check-timeout] rule CL101 stopped after 2.0 s of CPU time on this document`

    ## Fix safety
    No fix.
    """

    code = "CL909"
    name = "check-timeout"


class UnknownSuppression(InputRule):
    """## What it does
    Reports a suppression that names no rule: a code, prefix, name or family in a
    `<!-- corpuslint: disable ... -->` comment (Markdown) or in a document's
    `corpuslint-ignore` field (front matter, JSONL field or `.meta.yaml` sidecar) that matches
    none of the rules corpuslint knows.

    ## Why is this bad?
    A typo in a suppression (`CL2O1` for `CL201`, `stray-html-tags` for `stray-html-tag`)
    suppresses nothing, silently, and the finding it was meant to silence keeps coming back;
    a code of a rule that has since been renamed or removed is dead weight.

    ## Example
    ```markdown
    <!-- corpuslint: disable-next CL2O2 -->
    Fish &amp; chips, as the menu spells it.
    ```

    Use instead:
    ```markdown
    <!-- corpuslint: disable-next CL202 -->
    Fish &amp; chips, as the menu spells it.
    ```

    ## Fix safety
    No fix: which rule was meant is for a person to say.
    """

    code = "CL910"
    name = "unknown-suppression"
    severity = Severity.WARNING


class BoilerplateOnlyDocument(InputRule):
    """## What it does
    Reports a document that is nothing but boilerplate: its safe fixes (a disclaimer removed, a
    copyright line removed...) would together leave it empty.

    ## Why is this bad?
    A page whose every paragraph is site furniture is not a document: kept in a corpus it adds
    only boilerplate. But deleting a document is for a person (or a corpus builder) to decide, so
    the fixes that would empty it are not applied as safe fixes: they become unsafe, and this
    finding says why.

    ## Example
    ```
    External links are provided for reference purposes. ABC News is not responsible for the
    content of external Internet sites.

    Copyright © 2017 ABC News Internet Ventures.
    ```

    ## Fix safety
    In JSON Lines, an unsafe fix drops the record (`--fix --unsafe-fixes`). A `.txt` or `.md`
    file is never emptied or deleted by `--fix`, even with `--unsafe-fixes`: it is reported only.
    """

    code = "CL911"
    name = "boilerplate-only-document"
    severity = Severity.WARNING
    fix_availability = FixAvailability.SOMETIMES


RULES = (UnreadableFile, BinaryFile, UndecodableText, EmptyDocument, MalformedFrontMatter, MalformedRecord,
         MissingTextField, DocumentTooLarge, CheckTimeout, UnknownSuppression, BoilerplateOnlyDocument,
         DataDumpDocument, UnsupportedFormat)


@hookimpl
def corpuslint_register_rules(register):
    for rule in RULES:
        register(rule)
