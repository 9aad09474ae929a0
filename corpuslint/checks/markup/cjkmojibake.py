"""UTF-8 read as a legacy CJK encoding (CL206; qa20 r05): `縺ェ繧九⊇縺ゥ` is `なるほど` whose UTF-8
bytes were decoded as Shift_JIS (CP932). ftfy repairs single-byte readings only (Windows-1252,
Latin-1, Mac Roman, ...), and its C1 step would write `€` for the U+0080 such a run holds (the
third byte of `繧\\x80` = E3 82 80 = `む`).

A line's run is encoded back to the legacy codec and its bytes decoded as UTF-8. Text written
correctly in Japanese, Chinese or Korean gives bytes that are seldom valid UTF-8 (CP932's common
kanji open with 0x88-0x9F, never a UTF-8 lead byte); mojibake gives back nearly all of its bytes
as CJK characters. A run is mojibake when its bytes decode so (`MOJIBAKE_SHARE` of them at least,
as three-byte characters, `MIN_DECODED` or more, nearly all of them CJK letters or punctuation). Its repair is
exact only where every byte decodes: a reading that lost bytes (a decoder that dropped or
replaced what it could not read: `菴懈譌・譎`) cannot be undone, and the finding has no fix; nor
can a CP932 reading whose half-width katakana were widened afterwards (`_widened`), whose bytes
may still decode, to the wrong characters.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# the legacy codecs UTF-8 is misread as, and how a message names them
CODECS = (("cp932", "Shift_JIS (CP932)"), ("gbk", "GBK"), ("big5", "Big5"), ("cp949", "EUC-KR (CP949)"))
# CJK ideographs, kana (full and half width), Hangul, full-width forms: what such mojibake is made of
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff01-\uff9f]")
LINE = re.compile(r"[^\n]+")
MOJIBAKE_SHARE = 0.8  # of the run's non-ASCII bytes, decoded as three-byte UTF-8 characters
LINE_SHARE = 0.3  # of a whole line's (its characters the codec lacks read as `?`): else no run of it is asked
MIN_DECODED = 3  # letters decoded, at least (a word of real text may decode by chance)
LETTER_SHARE = 0.9  # of the decoded characters, CJK letters or punctuation
# half-width katakana (and their punctuation), and what widening makes of them
HALF_KANA = re.compile(r"[\uff61-\uff9f]")
FULL_KANA = re.compile(r"[\u30a1-\u30fc\u3001\u3002\u300c\u300d\u309b\u309c]")
CJK_PUNCTUATION = re.compile(r"[\u3000-\u303f\uff01-\uff65\u2010-\u2026\u00b7]")


_ASCII = bytes(range(128))
_NARROW = re.compile(r"[\x00-\u07ff\ufffd]+")  # characters of one or two bytes in UTF-8


class CjkMojibake(NamedTuple):
    start: int
    end: int
    codec: str  # how a message names it
    repaired: str | None  # the run as UTF-8, None where the misreading lost bytes
    partial: str  # what survives of it (U+FFFD for lost bytes)


def cjk_mojibake(text: str) -> list[CjkMojibake]:
    """The runs of `text` that are UTF-8 read as a legacy CJK encoding (one codec per line)."""
    if CJK.search(text) is None:
        return []
    found: list[CjkMojibake] = []
    for line in LINE.finditer(text):
        raw = line.group()
        if raw.isascii() or CJK.search(raw) is None:
            continue
        best: tuple[int, list[CjkMojibake]] = (0, [])
        for codec, name in CODECS:  # the codec that reads back the most bytes
            if _share(raw.encode(codec, errors="replace")) < LINE_SHARE:
                continue  # (most lines of real text: two encodings and a decoding, in C)
            runs, total = [], 0
            for a, b in _segments(raw, codec):
                read = _read(raw[a:b], codec)
                if read is not None:
                    total += read[0]
                    runs.append(CjkMojibake(line.start() + a, line.start() + b, name, read[1], read[2]))
            if total > best[0]:
                best = (total, runs)
        found.extend(best[1])
    return found


def _segments(line: str, codec: str) -> list[tuple[int, int]]:
    """The runs of `line` that `codec` can encode, from a non-ASCII character to a non-ASCII one."""
    spans = []
    pos = 0
    while pos < len(line):
        try:
            line[pos:].encode(codec)
            end, nxt = len(line), len(line)
        except UnicodeEncodeError as exc:
            end, nxt = pos + exc.start, pos + exc.end
        a, b = pos, end
        while a < b and line[a].isascii():
            a += 1
        while b > a and line[b - 1].isascii():
            b -= 1
        if b > a:
            spans.append((a, b))
        pos = nxt
    return spans


def _share(data: bytes) -> float:
    """The share of the non-ASCII bytes of `data` that make valid UTF-8 characters of three bytes
    (CJK, kana, Hangul, punctuation: what CJK text is made of; two-byte ones, Greek or Latin, are
    what double-byte text gives by chance: Big5's `しかし` is valid UTF-8 `ƻƯƻ`); 0 for fewer than
    `3 * MIN_DECODED` of them."""
    high = len(data.translate(None, _ASCII))
    if high < 3 * MIN_DECODED:
        return 0.0
    return 3 * len(_NARROW.sub("", data.decode("utf-8", errors="ignore"))) / high


def _read(run: str, codec: str) -> tuple[int, str | None, str] | None:
    """(the bytes it decodes, the repair or None, what survives) where `run` is UTF-8 read as `codec`."""
    data = run.encode(codec)
    share = _share(data)
    if share < MOJIBAKE_SHARE:
        return None
    good = round(share * len(data.translate(None, _ASCII)))
    decoded = data.decode("utf-8", errors="replace")
    valid = [ch for ch in decoded if not ch.isascii() and ch != "\ufffd"]
    if len(valid) < MIN_DECODED:
        return None
    letters = sum(1 for ch in valid if CJK.match(ch) or CJK_PUNCTUATION.match(ch))
    if letters < LETTER_SHARE * len(valid):
        return None
    exact = "\ufffd" not in decoded and (codec != "cp932" or not _widened(run))
    return good, decoded if exact else None, decoded


def _widened(run: str) -> bool:
    """Whether a CP932 reading may have had its half-width katakana widened (`ｧ` to `ァ`, as Japanese
    software does to text; qa20 r05): the run holds full-width katakana or kana punctuation and no
    half-width one. Such a run's bytes may decode as UTF-8 and still be wrong (`繧ソ繧、繝医Ν` gives
    `ゃ\\めAトル`, not `タイトル`): no exact repair can be told from a wrong one."""
    return HALF_KANA.search(run) is None and FULL_KANA.search(run) is not None


def lossy_reading(passage: str) -> tuple[str, str] | None:
    """(the codec's name, what survives) where `passage`, a text a decoder damaged (U+FFFD for the
    bytes it could not read), is UTF-8 read as a legacy CJK encoding: its other characters,
    encoded back, give mostly UTF-8 CJK characters (`浣�濂斤` is `你好` read as GBK, bytes lost).
    None where no codec reads it so (real CJK text encodes to bytes that are seldom UTF-8)."""
    if CJK.search(passage) is None:
        return None
    parts = [p for p in passage.split("\ufffd") if p]
    best: tuple[float, str, str] | None = None
    for codec, name in CODECS:
        data = b"".join(p.encode(codec, errors="replace") for p in parts)
        share = _share(data)
        if share < LINE_SHARE or (best is not None and share <= best[0]):
            continue
        survives = "".join(ch for ch in data.decode("utf-8", errors="replace") if CJK.match(ch))
        if len(survives) >= MIN_DECODED:
            best = (share, name, survives)
    return None if best is None else (best[1], best[2])
