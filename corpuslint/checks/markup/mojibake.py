"""CL206: mojibake, UTF-8 read as a legacy encoding (its own module: the markup family's was past
the 600-line cap). Detection and repair are ftfy's; the shortcuts before it say which lines it
may change at all (tests/markup proves them on ftfy's own pattern)."""

from __future__ import annotations

import collections
import dataclasses
import difflib
import itertools
import re
from collections.abc import Iterator

from corpuslint.checks.markup.cjkmojibake import CJK, CjkMojibake, cjk_mojibake
from corpuslint.checks.markup.ownmarkup import CodeSpans
from corpuslint.checks.markup.shownmojibake import shown_on_purpose
from corpuslint.models import Applicability, Document, Fix, Severity, Violation
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textutil import LazyPattern, shorten


# a run of mojibake in a line too long for ftfy (`Mojibake._by_table`)
MOJIBAKE = LazyPattern(r"(?:[ÂÃ][\u0080-\u00BF]|â€[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E"
                         r"\u0192\u02C6\u02DC\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E\u2020\u2021\u2022"
                         r"\u2026\u2030\u2039\u203A\u20AC\u2122]?|Ã[\u0080-\u00BF\u2018-\u201E\u2020-\u2122\u0152"
                         r"-\u0178])+")


class Mojibake(Rule):
    """## What it does
    Finds mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1 somewhere upstream,
    so that `—` became `â€”`, `’` became `â€™` and `é` became `Ã©`; also UTF-8 read as Latin-1,
    Windows-1251 or Mac Roman. Detection and repair are ftfy's (`fix_encoding`), which decodes a
    line only where the result is more plausible text than the input, so Latin, Cyrillic and CJK
    text written correctly is left alone. UTF-8 read as a legacy CJK encoding (Shift_JIS/CP932,
    GBK, Big5, EUC-KR/CP949: `縺ェ繧九⊇縺ゥ` for `なるほど`), which ftfy does not handle, is found
    where a run's characters, encoded back, decode as UTF-8 letters almost byte for byte.

    ## Why is this bad?
    Every reader sees garbage, and the same word spelled two ways defeats search and
    deduplication.

    ## Example
    ```
    The president â€” who spoke on Friday â€” said itâ€™s time.
    ```
    Use instead:
    ```
    The president — who spoke on Friday — said it’s time.
    ```

    ## Fix safety
    Safe: the fix re-decodes the run, and is offered only where that gives valid UTF-8. A C1
    control alone (U+0080-U+009F, in a text that holds no other) is no evidence of Windows-1252:
    a text decoded as Latin-1 from it carries its quotes and dashes at many places, while one stray
    control in UTF-8 text (`Mandelplätzchen\x80,` in an image's alt text) would become an invented
    `€`. Its fix is unsafe: Windows-1252's quote, dash, ellipsis or bullet where that is what it
    reads as, `€` beside a figure, else the control removed. CJK mojibake is repaired (safely) only
    where every byte of the run reads back as UTF-8; a reading that lost bytes or whose half-width
    katakana were widened afterwards (`ｧ` to `ァ`) is reported without a fix, and a C1 control
    beside its characters is a byte of UTF-8 (`繧\x80` is `む`), never a `€`: no fix either. One
    character alone, outside a word, in a text with no other mis-decoded sequence (`variance Ã 2`,
    a maths font's σ that pdftotext mapped to `Ã`) is no proof of UTF-8 read as Latin-1: its fix is
    unsafe (a French text whose `à` went wrong has its `é` as `Ã©` too).

    ## Known problems
    Mojibake a text shows on purpose is its content, not reported: where every run stands quoted
    alone (a book on encodings: "characters like ”Ã©“ or ”Ã¨“", 「Ã©」) or in code (typed at a `>>>`
    prompt, in inline code or a fenced block: a mojibake fixer's README), and the text holds other
    non-ASCII characters read right. A text with a run in plain prose, or whose every accent is
    garbled, has all its runs reported.
    """

    code = "CL206"
    name = "mojibake"
    family = "markup"
    severity = Severity.ERROR
    fix_availability = FixAvailability.SOMETIMES

    def warm_up(self) -> None:
        import ftfy  # noqa: F401  (see `check`)

    def quiet(self, doc: Document) -> bool:
        return doc.text.isascii()

    def check(self, doc: Document) -> Iterator[Violation]:
        text = doc.text
        if text.isascii():
            return
        found = list(self._runs(text))
        if found and shown_on_purpose(text, [(v.start, v.end) for v in found]):
            return  # examples of mojibake, quoted or in code, in a text read right (shownmojibake)
        yield from (_unproven(text, found, v) for v in found)

    def _runs(self, text: str) -> Iterator[Violation]:
        cjk = cjk_mojibake(text)  # UTF-8 read as CP932, GBK, Big5 or CP949: not ftfy's (cjkmojibake)
        yield from map(_cjk_violation, itertools.repeat(text), cjk)
        taken = CodeSpans([(run.start, run.end) for run in cjk]) if cjk else None
        if BEYOND_TYPOGRAPHY.search(non_ascii(text)) is None and (
                len(text) <= MAX_MOJIBAKE_LINE or max(map(len, text.split("\n"))) <= MAX_MOJIBAKE_LINE):
            return  # typography only and no long line (most documents): no line for ftfy or the table
        for line in MOJIBAKE_CANDIDATE_LINE.finditer(text):
            start, raw = line.start(), line.group()
            if len(raw) > MAX_MOJIBAKE_LINE:
                yield from self._by_table(raw, start)
                continue
            if not BEYOND_TYPOGRAPHY.search(raw) or not MOJIBAKE_SHAPE.search(raw):
                continue  # only typography, or accented letters alone (`José`): ftfy leaves it alone
            from ftfy import fix_encoding  # imported when a document has a candidate line: ~60 ms

            repaired_line = fix_encoding(raw)
            if repaired_line == raw:
                continue
            for a, b, repaired in _changed_runs(raw, repaired_line):
                run = raw[a:b]
                if taken is not None and start + a in taken:
                    continue  # a byte of CJK mojibake (`繧\x80` is `む`), never a `€`
                if cjk and _C1_RUN.fullmatch(run) and _beside_cjk(text, start + a, start + b):
                    yield _cjk_control(text, start + a, start + b, cjk)
                    continue
                if _C1_RUN.fullmatch(run) and _controls(text, taken) < _C1_EVIDENCE:
                    yield _stray_control(text, start + a, start + b, repaired)
                    continue
                yield Violation(start + a, start + b, f"mojibake `{run}` (UTF-8 read as a legacy encoding); "
                                f"it should read `{repaired}`",
                                fix=Fix.replace(start + a, start + b, repaired, f"Replace `{run}` by `{repaired}`"))

    def _by_table(self, text: str, offset: int) -> Iterator[Violation]:
        """A line too long for ftfy's whole-line decoding (a 30,000-character blob): the common
        Windows-1252 runs only."""
        for m in MOJIBAKE.finditer(text):
            run = m.group()
            repaired = _repair(run)
            if repaired is None or repaired == run:
                continue
            yield Violation(offset + m.start(), offset + m.end(), f"mojibake `{run}` (UTF-8 read as Windows-1252); "
                            f"it should read `{repaired}`",
                            fix=Fix.replace(offset + m.start(), offset + m.end(), repaired,
                                            f"Replace `{run}` by `{repaired}`"))


# a line with a character that mojibake of UTF-8 is made of: Latin-1 and Windows-1252 letters and
# symbols, Cyrillic (UTF-8 read as Windows-1251), the Mac Roman ones; other lines cannot hold it
MOJIBAKE_CANDIDATE_LINE = LazyPattern(r"(?m)^.*[\u0080-\u00ff\u0152-\u0192\u02c6-\u02dc\u0400-\u045f"
                                      r"\u2013-\u2122\u2202-\u25ca\ufb01\ufb02].*$")
MAX_MOJIBAKE_LINE = 5000
# Most candidate lines of real text hold nothing but curly quotes, dashes, an ellipsis or a
# no-break space (news: 16,000 of 16,600 lines), and asking ftfy about each cost ~1.5 s per
# 10 MB. ftfy changes a line only where its badness pattern matches, and no match of it can
# be made of those characters and ASCII (tests/markup checks every string of up to five of
# them), so a line goes to ftfy only when it has a candidate character beyond them.
TYPOGRAPHY = "\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026"
# (`re`, not `regex`: a class of code points is the same in both, and `re` searches it ~6x faster;
# on the whole text it tells most documents apart from those with a line for ftfy)
BEYOND_TYPOGRAPHY = re.compile(r"[\u0080-\u009f\u00a1-\u00ff\u0152-\u0192\u02c6-\u02dc\u0400-\u045f"
                               r"\u2015-\u2017\u201a\u201b\u201e-\u2025\u2027-\u2122\u2202-\u25ca\ufb01\ufb02]")

# Every match of ftfy's badness pattern holds two non-ASCII characters side by side, one of them
# beyond typography, or one of a few characters (C1 controls, `Œœ`, `Ã`, `Â`) that it matches next
# to ASCII (tests/markup proves it branch by branch): a line with neither, such as one with a
# name in it (`José`, `Zürich`; 590 of the 614 candidate lines per 10 MB of news), is not asked.
MOJIBAKE_SHAPE = re.compile(rf"[\u0080-\u009f\u0152\u0153\u00c2\u00c3]|[^\u0000-\u007f{TYPOGRAPHY}][^\u0000-\u007f]"
                            rf"|[^\u0000-\u007f][^\u0000-\u007f{TYPOGRAPHY}]")

_ASCII = bytes(range(128))


def non_ascii(text: str) -> str:
    """The non-ASCII characters of `text`, in order: its UTF-8 without the ASCII bytes (every byte
    of a longer character is >= 0x80). A class of non-ASCII characters searched there is found
    as in the text, ~2x faster in news, where one in 50 characters is not ASCII."""
    return text.encode("utf-8", "surrogatepass").translate(None, _ASCII).decode("utf-8", "surrogatepass")


def _changed_runs(old: str, new: str) -> Iterator[tuple[int, int, str]]:
    """The runs of `old` that `new` replaces: (start, end, replacement), in order."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    a, b, c, d = prefix, len(old) - suffix, prefix, len(new) - suffix
    matcher = difflib.SequenceMatcher(None, old[a:b], new[c:d], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            yield a + i1, a + i2, new[c + j1:c + j2]


# C1 controls: Windows-1252's printable characters read as Latin-1 (`\x93` for `“`); a text so
# decoded holds them at each of its quotes, dashes and euro signs
_C1_RUN = re.compile(r"[\u0080-\u009f]+")
_C1_EVIDENCE = 2  # controls in the text from which they read as Windows-1252 (safely)
_PUNCTUATION = frozenset("‘’“”–—…•")


def _stray_control(text: str, start: int, end: int, repaired: str) -> Violation:
    """A lone C1 control: an unsafe fix, Windows-1252's reading where it fits its place (a quote, a
    dash, an ellipsis, a bullet; a `€` beside a figure), else the control removed."""
    run = text[start:end]
    near = text[max(0, start - 2):end + 2]
    fits = (all(ch in _PUNCTUATION for ch in repaired)
            or (repaired == "€" and any(ch.isdigit() for ch in near)))
    code = ", ".join(f"U+{ord(ch):04X}" for ch in run)
    message = (f"stray C1 control {code} (Windows-1252 would read it `{repaired}`, but one control alone is no "
               "evidence of that encoding)")
    fix = (Fix.replace(start, end, repaired, f"Replace {code} by `{repaired}`", safe=False) if fits
           else Fix.delete(start, end, f"Remove the control character {code}", safe=False))
    return Violation(start, end, message, fix=fix)


def _controls(text: str, taken: CodeSpans | None) -> int:
    """The C1 controls of `text` outside CJK mojibake (whose controls are bytes of UTF-8, not cp1252)."""
    return sum(1 for m in _C1_RUN.finditer(text) if taken is None or m.start() not in taken)


def _beside_cjk(text: str, start: int, end: int) -> bool:
    return bool(CJK.match(text, max(0, start - 1)) or CJK.match(text, end))


def _cjk_control(text: str, start: int, end: int, cjk: list[CjkMojibake]) -> Violation:
    """A C1 control glued to CJK characters in a text that holds CJK mojibake: a byte of a UTF-8
    character read as the same legacy encoding, in a run whose reading lost too much to be told
    (`莨\x80 莨ケ 菴`), never Windows-1252's `€`. No fix."""
    codec = collections.Counter(run.codec for run in cjk).most_common(1)[0][0]
    code = ", ".join(f"U+{ord(ch):04X}" for ch in text[start:end])
    return Violation(start, end, f"C1 control {code} beside CJK mojibake (UTF-8 read as {codec}): a byte of a "
                     "UTF-8 character, not `€`; no fix, re-extract the source as UTF-8")


def _cjk_violation(text: str, run: CjkMojibake) -> Violation:
    """CJK mojibake: a safe fix where its bytes read back exactly, else none (bytes were lost)."""
    raw = text[run.start:run.end]
    if run.repaired is not None:
        return Violation(run.start, run.end, f"mojibake `{shorten(raw, 40)}` (UTF-8 read as {run.codec}); "
                         f"it should read `{shorten(run.repaired, 40)}`",
                         fix=Fix.replace(run.start, run.end, run.repaired,
                                         f"Re-decode `{shorten(raw, 20)}` as UTF-8: `{shorten(run.repaired, 20)}`"))
    lost = run.partial.count("\ufffd")
    return Violation(run.start, run.end, f"mojibake `{shorten(raw, 40)}` (UTF-8 read as {run.codec}); it does not "
                     f"decode back at {lost} place{'s' if lost > 1 else ''} (bytes lost or changed after that reading): "
                     "no fix, re-extract the source as UTF-8")


def _unproven(text: str, found: list[Violation], v: Violation) -> Violation:
    """`v` with an unsafe fix where it is one character alone, beside no letter nor other non-ASCII
    character, and no other run of the text is a sequence that was mis-decoded: a maths font's glyph that pdftotext mapped to `Ã` (`variance Ã 2`
    for σ², tester31) is no UTF-8 read as Latin-1, and `à` would be another wrong letter. A French text
    whose `à` was garbled has its `é` garbled too (`Ã©`)."""
    if (v.end - v.start != 1 or v.fix is None or v.fix.applicability != Applicability.SAFE
            or _joined(text[v.start - 1:v.start]) or _joined(text[v.end:v.end + 1])
            or any(other.end - other.start > 1 for other in found)):
        return v
    return dataclasses.replace(v, message=v.message + " (a lone character, no other sequence of the text mis-decoded: "
                               "perhaps a glyph a PDF's font mapped wrong; check it)",
                               fix=v.fix.model_copy(update={"applicability": Applicability.UNSAFE}))


def _joined(neighbour: str) -> bool:
    """A letter, or a character beyond ASCII (`Â§`: the second byte of a mis-decoded `§`), beside a run."""
    return neighbour.isalpha() or (neighbour != "" and not neighbour.isascii())


def _repair(run: str) -> str | None:
    for encoding in ("cp1252", "latin-1"):
        try:
            return run.encode(encoding).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return None
