"""A raw e-mail's quoted-printable bodies, where its headers declare them: shared by CL211 (which
decodes them) and the plain-text reader (`plain_code`: an encoded body's lines are read as neither
code nor structure).

Quoted-printable writes `=` signs everywhere (`=3D`, `=E2=80=93`, `=` closing each wrapped line), so
an encoded body reads as assignments: a text part's `Upcoming Webinar =E2=80=93 So=2C You Have A
Disaster` or `www=2Eaquillaindustries=2Ecom` was taken for code, and CL211's fix that decodes the
body was withheld as one that "would change a line of a code" (qa22 r10: 12 of 19 declared bodies).
What the encoded lines are is known only once they are decoded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

QP_HEADER = re.compile(r"(?im)^content-transfer-encoding:[ \t]*quoted-printable[ \t\r]*$")
BOUNDARY_PARAM = re.compile(r'(?i)\bboundary="?([^"\r\n;]+)"?')
CHARSET_PARAM = re.compile(r'(?i)\bcharset="?([\w.:-]+)"?')
PLAIN_BOUNDARY = re.compile(r"--[^\s]{1,70}")
BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def declared_bodies(text: str) -> Iterator[tuple[int, int, str | None]]:
    """The bodies that a `Content-Transfer-Encoding: quoted-printable` header declares: (start, end,
    the charset its headers name). A body starts after the header block's blank line and ends at
    the next multipart boundary line (one the text declares, `--=_alternative 005C…_=`; where it
    declares none, any `--token`) or the text's end: a rule of dashes in the body is no boundary."""
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
            if line.startswith("--") and (line in boundaries or line[:-2] in boundaries
                                          or not boundaries and PLAIN_BOUNDARY.fullmatch(line)):
                end = pos
                break
            if line_end < 0:
                break
            pos = line_end + 1
        charset = CHARSET_PARAM.search(block)
        yield start, end, charset.group(1) if charset else None
