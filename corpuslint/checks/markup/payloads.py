"""CL208 and CL209: data that is no text, left in text — encoded blobs (base64 attachments,
uuencode, hex runs, `data:` URIs) and a subtitle file's machinery (cue numbers, timing lines,
the `WEBVTT` header). Their own module: the markup family's was past the 600-line cap.

Both are found by their shape alone, which prose never has: a blob is a block of lines of one
width in a 64-letter alphabet with no space, a timing line follows a fixed grammar
(`00:01:02,000 --> 00:01:04,500`). A line must start at its first column, so an indented code
block never matches, and in Markdown the fenced blocks and code spans are not looked at.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import regex

from corpuslint import textlines
from corpuslint.models import Applicability, Document, Fix, Severity, TextEdit, Violation
from corpuslint.rule import FixAvailability, Rule
from corpuslint.subtitles import CUE_NUMBER as SUBRIP_NUMBER, CUE_TIME, WEBVTT
from corpuslint.textutil import LazyPattern, block_removal, shorten

# a Markdown fenced block or code span (blanked out before looking: code is never reported)
MD_CODE = LazyPattern(r"(?ms)^[ \t]{0,3}(```|~~~).*?^[ \t]{0,3}\1[ \t]*$|`[^`\n]+`")


def looked_at(doc: Document) -> str:
    """The text, with Markdown's fenced blocks and code spans blanked out (same length)."""
    text = doc.text
    if doc.origin.format != "markdown" or ("`" not in text and "~~~" not in text):
        return text
    return MD_CODE.sub(lambda m: regex.sub(r"[^\n]", " ", m.group()), text)


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


# --- CL208 encoded-blob -------------------------------------------------------------------------

BLOB_MIN_WIDTH = 40  # a line of a block: this many characters of the alphabet, no space
BLOB_MIN_LINES = 3  # a block: this many such lines, all but the last of one width
BLOB_MIN_RUN = 200  # a blob on one line (in a field, after `base64,`): this long
HASH_WIDTHS = (40, 64, 128)  # a SHA-1 (git, hg), a SHA-256, a SHA-512 in hex: an id each, no payload

# the cheap test first: 40 base64 characters in a row (every base64 block and run has them), a
# uuencoded line, a `data:` URI; `PREFILTER.search(text) is not None`, which `may_hold_payload`
# answers faster
PREFILTER = re.compile(r"[A-Za-z0-9+/]{40}|^M[ -`]{60}$|data:", re.M)
UU_PREFILTER = re.compile(r"^M[ -`]{60}$", re.M)
# base64's alphabet (ASCII, one byte each in UTF-8) as `a`, every other byte as a space
_ALPHABET_TABLE = bytes(0x61 if chr(c).isascii() and (chr(c).isalnum() or chr(c) in "+/") else 0x20
                        for c in range(256))
_ALPHABET_RUN = b"a" * BLOB_MIN_WIDTH


def may_hold_payload(text: str) -> bool:
    """`PREFILTER.search(text) is not None`, by C-level byte operations: the alternation in `re`
    tried its three branches at every character (0.25 s of CPU on the 10 MB bench, the run's
    costliest regex call; 5x less this way). The alphabet is ASCII, so a run of it in the text is
    the same run in its UTF-8 bytes, where `translate` marks it and a substring search finds 40 in
    a row; a uuencoded line starts a line with `M`."""
    return ("data:" in text
            or _ALPHABET_RUN in text.encode("utf-8", "surrogatepass").translate(_ALPHABET_TABLE)
            or ("\nM" in text or text[:1] == "M") and UU_PREFILTER.search(text) is not None)
B64_LINE = LazyPattern(r"[A-Za-z0-9+/]+={0,2}")
HEX_LINE = LazyPattern(r"[0-9A-Fa-f]+")
UU_LINE = LazyPattern(r"M[ -`]{60}")  # a full uuencoded line: `M` (45 bytes) and 60 characters
UU_SHORT = LazyPattern(r"[ -`]+")
UU_BEGIN = LazyPattern(r"(?m)^begin(?:-base64)? [0-7]{3,4} \S[^\n]*$")
UU_END = LazyPattern(r"\n[`\x20]?\nend[ \t]*(?=\n|\Z)")
DATA_URI = LazyPattern(r"\bdata:[\w.+-]+/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*(?:;base64,[A-Za-z0-9+/]{40,}={0,2}"
                       r"|,(?:%[0-9A-Fa-f]{2}|[\w.!~*'()/:;=&?@#$,+-]){200,})")
LONG_RUN = LazyPattern(rf"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{{{BLOB_MIN_RUN},}}={{0,2}}(?![A-Za-z0-9+/=])")
# the header that says a MIME part's body is base64, and a multipart boundary line
B64_HEADER = LazyPattern(r"(?i)content-transfer-encoding:[ \t]*base64[ \t]*")
BOUNDARY = LazyPattern(r"--[^\s]{1,70}")


def _mixed(s: str) -> bool:
    """Upper and lower case letters and digits: what base64 of binary data always has, and a
    banner (`//////`), a long word or a run of one letter has not."""
    return any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s)


def _blob_line(line: str) -> str | None:
    """What kind of encoded line `line` is (`base64`, `hex`, `uuencode`), or None."""
    if UU_LINE.fullmatch(line) and not B64_LINE.fullmatch(line):
        return "uuencode"  # (its alphabet has the space: a zero byte)
    line = line.rstrip(" ")
    if len(line) < BLOB_MIN_WIDTH or " " in line:
        return None
    if HEX_LINE.fullmatch(line):
        return "hex" if any(c.isdigit() for c in line) and any(c.isalpha() for c in line) else None
    if B64_LINE.fullmatch(line) and any(c.isalpha() for c in line):
        return "base64"  # (mixed case and digits are asked of the block: `AQEBAQEB…H/wAALCA` has no digit)
    return None


def _last_line(line: str, kind: str | None, width: int) -> bool:
    """Whether `line` can end a block of `kind` whose lines are `width` long: shorter, in the
    alphabet (base64 with its padding: `BkuYoD5lpDK6eUs6CkDqpETwl1EqpfhJpVeKpVl6EgUAADs=`)."""
    if kind == "base64":
        line = line.rstrip()
        return 4 <= len(line) < BLOB_MIN_WIDTH and B64_LINE.fullmatch(line) is not None
    return kind == "uuencode" and 2 <= len(line) < width and UU_SHORT.fullmatch(line) is not None


def _blocks(text: str) -> Iterator[tuple[int, int, str, int]]:
    """Blocks of encoded lines: (start, end, kind, number of lines). All lines but the last have
    one width (a MIME body's 76, uuencode's 61), the last is no wider, and the block holds
    `BLOB_MIN_LINES` lines or more."""
    run: list[tuple[int, int, str]] = []
    kind = None

    def flush():
        if len(run) >= BLOB_MIN_LINES and (kind != "base64" or 2 * sum(_mixed(line) for _, _, line in run) >= len(run)):
            widths = {len(line) for _, _, line in run[:-1]}
            if kind == "hex" and {len(line) for _, _, line in run} <= set(HASH_WIDTHS):
                return None  # hashes one to a line (commits, checksums): ids, each of its own width
            if len(widths) == 1 and len(run[-1][2]) <= widths.pop():
                return run[0][0], run[-1][1], kind, len(run)
        return None

    for start, end, line in _lines(text):
        line = line.rstrip("\r")
        this = _blob_line(line) if line[:1].isalnum() or line[:1] in "+/" else None
        if this is None and run and _last_line(line, kind, len(run[0][2])):
            run.append((start, end, line))  # a block's short last line
            if (found := flush()) is not None:
                yield found
            run, kind = [], None
            continue
        if this is not None and (not run or this == kind):
            run.append((start, end, line if this == "uuencode" else line.rstrip(" ")))
            kind = this
            continue
        if (found := flush()) is not None:
            yield found
        run, kind = ([(start, end, line if this == "uuencode" else line.rstrip(" "))], this) if this else ([], None)
    if (found := flush()) is not None:
        yield found


def _part_headers(text: str, start: int) -> list[str] | None:
    """The header lines of the MIME part whose base64 body starts at `start` (folded lines
    unfolded), or None: the headers (`Content-Transfer-Encoding: base64` among them) stand right
    above the body, one blank line between, opened by the multipart boundary (`--BOUNDARY`), a
    blank line or the text's start."""
    above = textlines.lines_above(text, start)
    if (first := next(above, None)) is None or first.strip():
        return None
    headers: list[str] = []
    for line in above:
        line = line.rstrip("\r")
        if not line.strip() or BOUNDARY.fullmatch(line):
            break
        if not regex.match(r"[\w-]+:|[ \t]", line):
            return None  # a line of text, not a header
        headers.append(line)
    unfolded: list[str] = []
    for line in reversed(headers):
        if line[:1] in " \t" and unfolded:
            unfolded[-1] += " " + line.strip()
        else:
            unfolded.append(line)
    return unfolded if any(B64_HEADER.fullmatch(line) for line in unfolded) else None


def _whole_body(text: str, end: int) -> bool:
    """Whether after the block ending at `end` come only blank lines, then the boundary or the end."""
    pos = end
    while pos < len(text) and text[pos] in "\r\n":
        pos += 1
    line_end = text.find("\n", pos)
    return pos == len(text) or BOUNDARY.match(text[pos:line_end if line_end >= 0 else len(text)].rstrip("\r")) is not None


# a part's type (the default, where no `Content-Type` says, is `text/plain`) and what says it is a file
PART_TYPE = LazyPattern(r"(?i)content-type:[ \t]*([\w.+-]+)/")
PART_FILE = LazyPattern(r"(?i)content-disposition:[ \t]*attachment\b|\b(?:file)?name\*?=")


def _text_part(headers: list[str]) -> tuple[bool, bool]:
    """(Whether the part is text, whether it is a file attached) by its headers: text is
    `text/*`, `message/*` or no `Content-Type` at all; a file has `Content-Disposition:
    attachment` or a file name."""
    kinds = [m.group(1).lower() for line in headers if (m := PART_TYPE.match(line))]
    text = not kinds or kinds[0] in ("text", "message", "multipart")
    return text, any(PART_FILE.search(line) for line in headers)


ARMOUR_BEGIN = LazyPattern(r"-----BEGIN [A-Z0-9 ]{1,40}-----")
ARMOUR_END = LazyPattern(r"-----END [A-Z0-9 ]{1,40}-----")
ARMOUR_HEADER = LazyPattern(r"[\w-]+: [^\n]*|")  # `Version: GnuPG v1`, or a blank line
ARMOUR_CHECKSUM = LazyPattern(r"=[A-Za-z0-9+/]{4}|")  # an OpenPGP armour's checksum line, or none


def _armoured(text: str, start: int, end: int) -> tuple[int, int]:
    """The block with its ASCII armour, where it has one (`-----BEGIN PGP SIGNATURE-----` above,
    its header lines and a blank line between; `=HKxi` and `-----END PGP SIGNATURE-----` below):
    removing the body alone would leave the two armour lines around nothing."""
    begin = start
    for n, line in enumerate(textlines.lines_above(text, start)):  # up to four header lines, then the BEGIN line
        begin -= len(line) + 1
        if ARMOUR_BEGIN.fullmatch(line.rstrip("\r")):
            break
        if n >= 4 or not ARMOUR_HEADER.fullmatch(line.rstrip("\r")):
            return start, end
    else:
        return start, end
    below: list[str] = []  # the two lines under the block
    pos = end
    while len(below) < 2 and pos < len(text):
        line_end = text.find("\n", pos + 1)
        below.append(text[pos + 1:line_end if line_end >= 0 else len(text)])
        pos = line_end if line_end >= 0 else len(text)
    ends = [i for i, line in enumerate(below) if ARMOUR_END.fullmatch(line.rstrip("\r"))]
    if not ends or not all(ARMOUR_CHECKSUM.fullmatch(line.rstrip("\r")) for line in below[:ends[0]]):
        return start, end
    new_end = end + 1 + sum(len(line) + 1 for line in below[:ends[0]]) + len(below[ends[0]])
    return begin, new_end


class EncodedBlob(Rule):
    """## What it does
    Finds data encoded as text, left in a text: a base64 attachment of an e-mail (the lines under
    `Content-Transfer-Encoding: base64`), a PEM key or certificate body, a uuencoded file
    (`begin 644 name`, lines of `M…`, to `end`), a block of hex, a `data:` URI (`data:image/png;base64,…`)
    and any other run of 200 base64 characters or more. A block is three lines or more, each from
    its first column, in the base64 (or hex, or uuencode) alphabet with no space, upper and lower
    case letters and digits mixed, all but the last of one width (76, 64, 61...).

    ## Why is this bad?
    It is no language: thousands of tokens of noise per attachment in a training corpus, and
    n-grams that no reader will ever write. The bytes it encodes (an image, an archive) belong
    outside the text, if anywhere.

    ## Example
    ```
    Content-Type: image/gif; name="dingusfish.gif"
    Content-Transfer-Encoding: base64

    R0lGODdhAAEAAfAAAP///wAAACwAAAAAAAEAAQAC/oSPqcvtD6OctNqLs968+w+G4kiW5omm6sq2
    7gvH8kzX9o3n+s73/g8MCofEovGITGICTKbyCV0FDNOo9SqpQqpOrJfXzTQj2vD3TGtqL+NtGQ2f
    qTXmxzuOd7WXdcc9DyjU53ewFni4s0fGhdiYaEhGBelICTNoV1j5NUnFcrmUqemjNifJVWpaOqaI
    ```
    Use instead: the part without its body (or no attachment at all).

    ## Fix safety
    Safe only for the body of a MIME part that is a file, not text: its headers above it say
    `Content-Transfer-Encoding: base64` and a `Content-Type` that is not `text/*` (`image/gif`,
    `application/pdf`), and after it come only blank lines, then the multipart boundary or the end.
    There the lines are by the message's own declaration the attachment's bytes, never its words,
    and the fix removes just those lines (the part's headers stay). A `text/*` part (or one with no
    `Content-Type`, which is `text/plain`) in base64 is the message's own words, encoded: it is
    reported with no fix (data `text_part`), since removing it would remove the message, and
    decoding it is a MIME decoder's work, not a fix's (the part's header would still say base64,
    and its charset may be missing or wrong); a text part sent as a file (`Content-Disposition:
    attachment`, a file name) has an unsafe fix. Everywhere else the fix is unsafe: a key
    or a blob in a tutorial may be the example it shows; a PEM or PGP block's fix takes its armour
    with it (`-----BEGIN PGP SIGNATURE-----` … `-----END PGP SIGNATURE-----`), so no empty frame is
    left. A `data:` URI or a run inside a line has no fix (removing it would break the element or
    the field around it).

    ## Known problems
    A block of fewer than three lines is not reported, nor a hex dump with offsets and spaces
    (`00000000: 4865 6c6c`), nor base64url (`-` and `_`). A block of hex lines all 40, 64 or 128
    digits wide is taken for hashes one to a line (commit ids, checksums) and left alone, so a hex
    dump in lines of exactly 64 digits is missed. In Markdown, fenced blocks and code
    spans are never looked at; an indented block never matches (its lines do not start at the
    first column).
    """

    code = "CL208"
    name = "encoded-blob"
    family = "markup"
    severity = Severity.WARNING
    fix_availability = FixAvailability.SOMETIMES

    def quiet(self, doc: Document) -> bool:
        return not may_hold_payload(doc.text)

    def check(self, doc: Document) -> Iterator[Violation]:
        if not may_hold_payload(doc.text):
            return
        text = looked_at(doc)
        taken: list[tuple[int, int]] = []
        begins: list[re.Match] | None = None  # the `begin 644 name` lines, found once
        begin_ends: list[int] = []
        for start, end, kind, count in _blocks(text):
            taken.append((start, end))
            if kind == "uuencode":
                if begins is None:
                    begins = list(UU_BEGIN.finditer(text))
                    begin_ends = [m.end() for m in begins]
                k = bisect.bisect_right(begin_ends, start)  # the last `begin` line above the block
                if k and not text[begins[k - 1].end():start].strip():
                    start = begins[k - 1].start()
                if (tail := UU_END.match(text, end)) is not None:
                    end = tail.end()  # the zero-length line and `end`
            headers = _part_headers(text, start) if kind == "base64" else None
            text_part, attached = _text_part(headers) if headers is not None else (False, False)
            safe = headers is not None and not text_part and _whole_body(text, end)
            if kind == "base64":
                start, end = _armoured(text, start, end)  # the finding spans what its fix removes
            a, b = block_removal(text, start, end)
            fix = None if text_part and not attached else Fix.delete(a, b, f"Remove the {kind} lines", safe=safe)
            data = {"kind": kind, "lines": count, "mime_body": safe}
            if headers is not None:
                data["text_part"] = text_part
            yield Violation(start, end, f"{kind} data in text: {count} lines (`{shorten(text[start:end], 40)}`)",
                            fix=fix, source=kind, data=data)
        for pattern, kind in ((DATA_URI, "data-uri"), (LONG_RUN, "base64")):
            for m in pattern.finditer(text):
                if any(s <= m.start() < e for s, e in taken) or (kind == "base64" and not _mixed(m.group())):
                    continue
                taken.append((m.start(), m.end()))
                yield Violation(m.start(), m.end(), f"{'`data:` URI' if kind == 'data-uri' else 'base64 run'} "
                                f"of {m.end() - m.start()} characters in text: `{shorten(m.group(), 40)}`",
                                source=kind, data={"kind": kind, "chars": m.end() - m.start()})


# --- CL209 subtitle-timing -----------------------------------------------------------------------

CUE_MIN = 3  # timing lines a document needs before any is reported (one, under a `WEBVTT` header)

_TIME = r"(?:\d{1,2}:)?[0-5]\d:[0-5]\d[,.]\d{3}"
# after the end time only WebVTT's cue settings (`align:start position:0%`): a line with words there
# (`00:00:01,000 --> 00:00:03,000 Previously on Lost`) carries the cue's text and is no machinery
TIMING = LazyPattern(rf"(?m)^{_TIME}[ \t]+-->[ \t]+{_TIME}(?:[ \t]+[\w-]+:[^\s]+)*[ \t\r]*$")
# under a `WEBVTT` header, the times as players read them: unpadded (`0:0:3.540 --> 0:0:7.23`, Teams' transcripts)
VTT_TIMING = LazyPattern(rf"(?m)^{CUE_TIME}[ \t]+-->[ \t]+{CUE_TIME}(?:[ \t]+[\w-]+:[^\s]+)*[ \t\r]*$")
# WebVTT's own tags inside a cue's text: a voice (`<v Jane Doe>`, `<v.loud Jane>`, its name kept as a speaker's
# label), a class span (`<c.colorE5E5E5>`), a language span, their ends, a karaoke timestamp (`<00:17.500>`);
# `<b>`, `<i>`, `<u>` are HTML's too and CL201's, but with a class (`<i.blue>`) only WebVTT's (tester27)
CUE_TAG = LazyPattern(r"<v(?:\.[\w.-]+)?[ \t]+(?P<voice>[^<>\n]+?)[ \t]*>|<(?:c|lang)(?:\.[\w.-]+)*(?:[ \t][^<>\n]*)?>"
                      r"|<[biu](?:\.[\w-]+)+>"
                      r"|</(?:v|c|lang)>|<(?:\d+:)?\d{2}:\d{2}\.\d{3}>")
CUE_NUMBER = LazyPattern(rf"{SUBRIP_NUMBER}[ \t\r]*")
VTT_HEADER = LazyPattern(rf"\ufeff?{WEBVTT}[ \t\r]*")
VTT_BLOCK = LazyPattern(r"(?:NOTE|STYLE|REGION)(?:[ \t][^\n]*)?[ \t\r]*")


def _cue_machinery(text: str) -> tuple[list[tuple[int, int]], int, bool, list[int]]:
    """The lines of a subtitle file's machinery: (their spans, the number of timing lines, whether
    the text is all cues, the indexes of the cues' text lines). Machinery: each timing line, the cue
    number (or any identifier, in WebVTT) on the line right above it after a blank line, the `WEBVTT`
    header, `NOTE`, `STYLE` and `REGION` blocks. All cues: every block between blank lines is one of
    these or a cue."""
    lines = list(_lines(text))
    spans: list[tuple[int, int]] = []
    timings = 0
    vtt = bool(lines) and VTT_HEADER.fullmatch(lines[0][2]) is not None
    timing = VTT_TIMING if vtt else TIMING
    cue_lines: set[int] = set()
    said: list[int] = []  # the cues' text lines
    i = 0
    while i < len(lines):
        start, end, line = lines[i]
        if timing.match(line):
            timings += 1
            spans.append((start, end))
            cue_lines.add(i)
            above = lines[i - 1][2] if i else ""
            if i and above.strip() and "-->" not in above and (i < 2 or not lines[i - 2][2].strip()) \
                    and (CUE_NUMBER.fullmatch(above) or vtt):
                spans.append(lines[i - 1][:2])
                cue_lines.add(i - 1)
            j = i + 1
            while j < len(lines) and lines[j][2].strip() and not timing.match(lines[j][2]):  # the cue's text
                cue_lines.add(j)
                said.append(j)
                j += 1
            i = j
            continue
        i += 1
    if timings < (1 if vtt else CUE_MIN):
        return [], timings, False, []
    if vtt:
        k = 0
        while k < len(lines) and lines[k][2].strip():  # the header and its lines (`Kind: captions`)
            spans.append(lines[k][:2])
            cue_lines.add(k)
            k += 1
        for k, (start, end, line) in enumerate(lines):
            if VTT_BLOCK.fullmatch(line) and (k == 0 or not lines[k - 1][2].strip()):
                m = k
                while m < len(lines) and lines[m][2].strip():
                    spans.append(lines[m][:2])
                    cue_lines.add(m)
                    m += 1
    whole = all(k in cue_lines or not line.strip() for k, (_, _, line) in enumerate(lines))
    if whole:  # a subtitle file: the blank lines left above its first cue's text go too
        machinery = {start for start, _ in spans}
        for start, end, line in lines:
            if line.strip() and start not in machinery:
                break
            if not line.strip():
                spans.append((start, end))
    return sorted(set(spans)), timings, whole, said


# a web address in a cue's text: a link, `www.…`, or a host name with a top-level domain (`AllSubs.org`,
# `OpenSubtitles.com`): a site's stamp, not a line anyone in the film says
_WEB_ADDRESS = LazyPattern(r"(?i)(?:https?://|\bwww\.)[\w.-]+|\b[\w-]{2,}(?:\.[\w-]+)*\.(?:com|org|net|info|tv|ws|io|to)\b")
_STAMP_WORDS = 12  # a site's stamp is a line or two: "Downloaded From www.AllSubs.org"
_LINE_BREAKS = LazyPattern(r"\n(?:[ \t\r]*\n)*")


def _stamp_cues(text: str, lines: list[tuple[int, int, str]], said: list[int]) -> list[tuple[int, int, bool]]:
    """The cues whose whole text is a site's stamp (a short line or two naming a web address: "Downloaded
    From www.AllSubs.org", "Subtitles by www.OpenSubtitles.org"): (start, end of the cue's text, whether
    it is the file's first or last cue, where the site that hands the file out puts its stamp)."""
    cues: list[list[int]] = []
    for k in said:
        if cues and cues[-1][-1] == k - 1:
            cues[-1].append(k)
        else:
            cues.append([k])
    found = []
    for n, cue in enumerate(cues):
        words = " ".join(lines[k][2] for k in cue)
        if len(words.split()) <= _STAMP_WORDS and _WEB_ADDRESS.search(words) is not None:
            found.append((lines[cue[0]][0], lines[cue[-1]][1], n in (0, len(cues) - 1)))
    return found


def _blank_lines_after(text: str, end: int) -> int:
    """Where the line ending at `end` ends with its line break and the blank lines under it (the cue's
    paragraph removed whole: the first cue's blank line is no paragraph of the text)."""
    m = _LINE_BREAKS.match(text, end)
    return m.end() if m else len(text)


def _cue_tag_edits(text: str, lines: list[tuple[int, int, str]], said: list[int]) -> list[TextEdit]:
    """The edits taking WebVTT's tags out of the cues' text: each tag removed, a voice's tag
    (`<v Jane Doe>Good morning`) written as its speaker's label (`Jane Doe: Good morning`)."""
    edits = []
    for k in said:
        start, _end, line = lines[k]
        for m in CUE_TAG.finditer(line):
            edits.append(TextEdit(start=start + m.start(), end=start + m.end(),
                                  replacement=f"{m['voice']}: " if m["voice"] else ""))
    return edits


def _line_removal(text: str, start: int, end: int) -> tuple[int, int]:
    """A whole line with its line break."""
    return start, min(len(text), end + 1)


class SubtitleTiming(Rule):
    """## What it does
    Finds a subtitle file's machinery in text: the timing lines of its cues
    (`00:01:02,000 --> 00:01:04,500`, with WebVTT's cue settings after them:
    `position:50.00%,middle align:middle line:84.67%`), the cue numbers above them, and in WebVTT
    the `WEBVTT` header (with the lines under it: `Kind: captions`), the cue identifiers and the
    `NOTE`, `STYLE` and `REGION` blocks, and WebVTT's own tags in the cues' text: a voice
    (`<v Jane Doe>`, `</v>`), a class or language span (`<c.colorE5E5E5>`, `</c>`, `<lang en>`) and a
    karaoke timestamp (`<00:17.500>`). Also a cue whose whole text is a site's stamp, a short line or
    two naming a web address (`Downloaded From www.AllSubs.org`, put in the file by the site that
    hands it out), reported on its own. A document is reported once, at its first timing line, when
    it holds three timing lines or more, or one under a `WEBVTT` header opening the text; under
    that header the times may be unpadded, as players read them (`0:0:3.540 --> 0:0:7.23`).

    ## Why is this bad?
    The lines are the player's, not the dialogue's: in a corpus meant to be text they are half of
    a subtitle file's lines, numbers and arrows that no speaker said, and they cut every sentence
    that runs over two cues.

    ## Example
    ```
    1
    00:00:27,074 --> 00:00:30,566
    CE FILM RELATE DES ÉVÉNEMENTS
    QUI ONT EXISTÉ.

    2
    00:00:30,610 --> 00:00:34,102
    LES NOMS, LIEUX ET ÉVÉNEMENTS
    ```
    Use instead:
    ```
    CE FILM RELATE DES ÉVÉNEMENTS
    QUI ONT EXISTÉ.

    LES NOMS, LIEUX ET ÉVÉNEMENTS
    ```

    ## Fix safety
    Safe where the document is a subtitle file: every block between its blank lines is a cue
    (a number or identifier, a timing line, the cue's text), the `WEBVTT` header or a `NOTE`,
    `STYLE` or `REGION` block. The fix removes only the machinery's lines, which the timing
    grammar tells apart from any line of dialogue; the cues' text stays, each cue a paragraph. A
    WebVTT cue's tags go, a voice's written as its speaker's label (`<v Jane Doe>Good morning` becomes
    `Jane Doe: Good morning`), so every word of a cue stays.
    Where the cues stand among other paragraphs (a page that shows what an SRT file looks like)
    the fix is unsafe: they may be the example the text is about.
    A site's stamp goes with its cue's text: safe in a subtitle file's first or last cue, where
    the site puts it; unsafe between two cues of dialogue, where a line may name a site.

    ## Known problems
    Fewer than three timing lines are not reported. In Markdown, fenced blocks and code spans are
    never looked at. Formatting inside cues (`<i>…</i>`, `<b>`, `<u>`) is CL201's (with a class, `<i.blue>`,
    WebVTT's own span: this rule's, its `</i>` then CL203's), and a ruby span
    (`<ruby>…<rt>…</rt></ruby>`) is left as it is. Unpadded times are read only under a `WEBVTT` header (an
    SRT file's must be padded). After the end time only cue
    settings (`name:value`) are read: a line with words there (`00:00:01,000 --> 00:00:03,000
    Previously on Lost`, some converters put the cue's text or its speaker there) is no timing line,
    so its cue makes the fix unsafe, and three such lines alone are not reported. A line of CSS in
    a WebVTT header (`::cue(c.colorCCCCCC) { color: … }`) reads as code to the fixer, which
    withholds the rule's fix there (the finding's `data.fix_withheld` says why): the rule always
    offers one, the fixer does not apply it to code.
    """

    code = "CL209"
    triggers = ("-->",)  # (the text `looked_at` blanks holds it where it does)
    name = "subtitle-timing"
    family = "markup"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS

    def check(self, doc: Document) -> Iterator[Violation]:
        text = looked_at(doc)
        if "-->" not in text:
            return
        vtt = text.lstrip("\ufeff").startswith("WEBVTT")
        first = (VTT_TIMING if vtt else TIMING).search(text)
        if first is None:
            return
        spans, timings, whole, said = _cue_machinery(text)
        if not spans:
            return
        edits = [TextEdit(start=a, end=b) for a, b in (_line_removal(text, s, e) for s, e in spans)]
        lines = list(_lines(text))
        tags = _cue_tag_edits(text, lines, said) if vtt and said and "<" in text else []
        fix = Fix(title=f"Remove the subtitle machinery ({len(spans)} lines" + (f", {len(tags)} cue tags)" if tags else ")"),
                  edits=sorted(edits + tags, key=lambda e: e.start),
                  applicability=Applicability.SAFE if whole else Applicability.UNSAFE)
        data = {"timings": timings, "lines": len(spans), "subtitle_file": whole}
        if tags:
            data["cue_tags"] = len(tags)
        # the finding spans the machinery, from its first line to its last: the fix stays inside it
        yield Violation(spans[0][0], max(spans[-1][1], max((e.end for e in tags), default=0)),
                        f"subtitle cues' machinery in text: {timings} timing lines "
                        f"like `{shorten(first.group().rstrip(), 50)}`, {len(spans) - timings} other lines "
                        "(cue numbers, headers, notes)" + (f", {len(tags)} cue tags (`<v …>`, `<c.…>`, `<00:01.000>`)"
                                                           if tags else ""), fix=fix, data=data)
        for start, end, edge in _stamp_cues(text, lines, said) if "." in text else ():
            # a site's stamp in its own cue: the cue's text goes too (its number and time are the machinery's)
            yield Violation(start, end, f"subtitle site's stamp in a cue: `{shorten(text[start:end], 60)}`",
                            fix=Fix(title="Remove the stamp's cue text",
                                    edits=[TextEdit(start=start, end=_blank_lines_after(text, end))],
                                    applicability=Applicability.SAFE if whole and edge else Applicability.UNSAFE),
                            data={"stamp": True})


RULES = (EncodedBlob, SubtitleTiming)
