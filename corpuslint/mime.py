"""A raw e-mail's quoted-printable bodies, where its headers declare them: shared by CL211 (which
decodes them) and the plain-text reader (`plain_code`: an encoded body's lines are read as what they
say once decoded).

Quoted-printable writes `=` signs everywhere (`=3D`, `=E2=80=93`, `=` closing each wrapped line), so
an encoded body reads as assignments: a text part's `Upcoming Webinar =E2=80=93 So=2C You Have A
Disaster` or `www=2Eaquillaindustries=2Ecom` was taken for code, and CL211's fix that decodes the
body was withheld as one that "would change a line of a code" (qa22 r10: 12 of 19 declared bodies).
What the encoded lines are is known only once they are decoded: `readable_lines` decodes them line
for line, and an HTML snippet a list mail quotes (`    <ul class=3D"nav">`) is still code (review23 #1).
"""

from __future__ import annotations

import binascii
import quopri
import re
from collections.abc import Iterator

QP_HEADER = re.compile(r"(?im)^content-transfer-encoding:[ \t]*quoted-printable[ \t\r]*$")
BOUNDARY_PARAM = re.compile(r'(?i)\bboundary="?([^"\r\n;]+)"?')
CHARSET_PARAM = re.compile(r'(?i)\bcharset="?([\w.:-]+)"?')
HTML_TYPE = re.compile(r"(?i)\bcontent-type:[ \t]*text/html\b")
BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def html_body(text: str, start: int) -> bool:
    """Whether the headers over the body at `start` (one of `declared_bodies`) say `text/html`: an
    HTML part is the markup rules' to clean, never code a mail quotes."""
    block = text[max(0, text.rfind("\n\n", 0, max(0, start - 2))):start]
    return HTML_TYPE.search(block) is not None


def declared_bodies(text: str) -> Iterator[tuple[int, int, str | None]]:
    """The bodies that a `Content-Transfer-Encoding: quoted-printable` header declares: (start, end,
    the charset its headers name). A body starts after the header block's blank line and ends at
    the next multipart boundary line that the text declares (`--=_alternative 005C…_=`) or the text's
    end: a rule of dashes, a patch's `---`, a signature's `--=20` or a `--verbose` line in the body
    is no boundary (review23 #1)."""
    headers = list(QP_HEADER.finditer(text)) if "=" in text else []
    if not headers:
        return
    boundaries = {"--" + m.group(1).strip() for m in BOUNDARY_PARAM.finditer(text)}
    for header in headers:
        blank = BLANK_LINE.search(text, header.end() - 1)
        if blank is None:
            continue
        block_start = text.rfind("\n\n", 0, header.start())
        block = text[max(0, block_start):blank.start()]
        start = blank.end()
        end = len(text)
        pos = start
        while pos < len(text):
            line_end = text.find("\n", pos)
            line = text[pos:line_end if line_end >= 0 else len(text)].rstrip("\r\t ")
            if line.startswith("--") and (line in boundaries or line[:-2] in boundaries):
                end = pos
                break
            if line_end < 0:
                break
            pos = line_end + 1
        charset = CHARSET_PARAM.search(block)
        yield start, end, charset.group(1) if charset else None


def readable_lines(body: str, charset: str | None) -> str:
    """`body` decoded line for line (a soft break's `=` dropped, not joined: line N is still line N),
    in `charset` (UTF-8 where none is named; bytes that do not read are replaced). A line that is not
    ASCII is no quoted-printable any more (CL211's fix decoded it) and stays as it is."""
    lines = body.split("\n")
    for n, line in enumerate(lines):
        if "=" in line and line.isascii():
            try:
                lines[n] = quopri.decodestring(line.encode("ascii")).decode(charset or "utf-8", "replace")
            except (LookupError, ValueError):
                lines[n] = quopri.decodestring(line.encode("ascii")).decode("utf-8", "replace")
    return "\n".join(line.replace("\n", " ") for line in lines)


def decoded_body(body: str, charset: str | None) -> str | None:
    """`body` decoded from quoted-printable and `charset` (UTF-8 where none is named), or None where
    its bytes do not read in it."""
    try:
        raw = quopri.decodestring(body.encode("ascii"))
        return raw.decode(charset or "utf-8").replace("\r\n", "\n")
    except (UnicodeError, LookupError, binascii.Error, ValueError):
        return None


def decodes_body(text: str, start: int, end: int, replacement: str) -> bool:
    """Whether replacing `text[start:end]` by `replacement` decodes a declared body whole (CL211's
    fix): the lines it changes are what the mail reader shows, code included, so the structure
    guard lets it change a line of code that the body quotes (`    <ul class=3D"nav">`)."""
    if "=" not in text[start:end] or not text[start:end].isascii():
        return False
    return any(a == start and b == end and decoded_body(text[a:b], charset) == replacement
               for a, b, charset in declared_bodies(text))


# a MIME entity's own fields: what its body is and how it is written
MIME_FIELD = re.compile(r"(?i)(?:mime-version|content-[a-z-]+)[ \t]*:")
_HEADER_FIELD = re.compile(r"[!-9;-~]+[ \t]*:")  # any header field's name and colon (RFC 5322's printable name)
_HEADER_LINES = 30  # a part's header block: a few fields and their folded lines
_ENCODING = re.compile(r"(?im)^content-transfer-encoding[ \t]*:")


def part_header(text: str, start: int) -> bool:
    """Whether the line at `start` is a header of a MIME entity: a line of the header block right under
    a boundary line the text declares (`--===============0934372227844987316==` over `Content-Type:
    text/plain`, `Content-Transfer-Encoding: base64`), or a MIME field (`MIME-Version: 1.0`,
    `Content-Type: multipart/alternative; boundary=…`) of a message that declares a boundary or a
    transfer encoding. The
    headers say what the body under them is and how to decode it: taken alone (CL151 removed
    `Content-Transfer-Encoding: base64` that 12 messages carry, tester25), they leave a body no
    reader can decode, the part half removed."""
    line_start = text.rfind("\n", 0, start) + 1
    if MIME_FIELD.match(text, line_start):
        return "oundary" in text or _ENCODING.search(text) is not None
    boundaries = {"--" + m.group(1).strip() for m in BOUNDARY_PARAM.finditer(text)} if "oundary" in text else ()
    if not boundaries:
        return False
    pos = line_start
    for _ in range(_HEADER_LINES):
        line_end = text.find("\n", pos)
        line = text[pos:line_end if line_end >= 0 else len(text)].rstrip("\r\t ")
        if pos != line_start and line.startswith("--") and (line in boundaries or line[:-2] in boundaries):
            return True  # the boundary over the part's headers
        if not line or not (_HEADER_FIELD.match(line) or line[:1] in " \t"):
            return False  # out of a header block
        if pos == 0:
            return False
        pos = text.rfind("\n", 0, pos - 1) + 1
    return False
