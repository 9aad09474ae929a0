"""The encoding an HTML page declares in its own bytes, found as the HTML Standard finds it.

A page saved from the web has lost the HTTP header that named its charset; what remains is its
`<meta charset=…>`, its `<meta http-equiv="Content-Type" content="text/html; charset=…">`, or an
XHTML page's `<?xml … encoding="…"?>` (DocBook's Latin-1 manuals). This is the Standard's
"prescan a byte stream to determine its encoding" (the tags, comments and attributes a browser
skips, skipped the same way, so a `charset=` in a comment or another tag's attribute is not read),
then its "get an XML encoding"; labels are the Encoding Standard's (`latin1`, `iso-8859-1` and
`us-ascii` all name windows-1252, as every browser reads them). The Standard advises 1,024 bytes;
Chromium reads on to the end of the `<head>`, and so does this (at most `HEAD_BYTES`), stepping over
a `<script>`'s or `<style>`'s body as its tokenizer does: a page whose head opens with a long
script or a row of `<link>`s still declares its charset after them (a farm-equipment shop's
`charset=iso-8859-1` at byte 2,388). Nothing is guessed from the text: a page that declares
nothing gets nothing here.
"""

from __future__ import annotations

PRESCAN_BYTES = 1024
HEAD_BYTES = 65536  # how far the scan may follow a page's <head> past PRESCAN_BYTES
_RAW_TEXT = (b"script", b"style")  # elements whose body is no markup: the scan steps over it
_SPACE = b"\t\n\x0c\r "
_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

# The Encoding Standard's labels, by the Python codec that decodes what the label names (its
# `windows-1252` is Python's cp1252, and so on). A label not here is no encoding: the scan goes on.
_LABELS = {
    "utf-8": "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8",
    "cp866": "866 cp866 csibm866 ibm866",
    "iso8859-2": "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2",
    "iso8859-3": "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3",
    "iso8859-4": "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4",
    "iso8859-5": "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988",
    "iso8859-6": "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e "
                 "iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987",
    "iso8859-7": "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 "
                 "iso_8859-7 iso_8859-7:1987 sun_eu_greek",
    "iso8859-8": "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 "
                 "iso_8859-8 iso_8859-8:1988 visual csiso88598i iso-8859-8-i logical",
    "iso8859-10": "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6",
    "iso8859-13": "iso-8859-13 iso8859-13 iso885913",
    "iso8859-14": "iso-8859-14 iso8859-14 iso885914",
    "iso8859-15": "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9",
    "iso8859-16": "iso-8859-16",
    "koi8-r": "cskoi8r koi koi8 koi8-r koi8_r",
    "koi8-u": "koi8-ru koi8-u",
    "mac-roman": "csmacintosh mac macintosh x-mac-roman",
    "cp874": "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874",
    "cp1250": "cp1250 windows-1250 x-cp1250",
    "cp1251": "cp1251 windows-1251 x-cp1251",
    "cp1252": "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 "
              "iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252",
    "cp1253": "cp1253 windows-1253 x-cp1253",
    "cp1254": "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 "
              "latin5 windows-1254 x-cp1254",
    "cp1255": "cp1255 windows-1255 x-cp1255",
    "cp1256": "cp1256 windows-1256 x-cp1256",
    "cp1257": "cp1257 windows-1257 x-cp1257",
    "cp1258": "cp1258 windows-1258 x-cp1258",
    "mac-cyrillic": "x-mac-cyrillic x-mac-ukrainian",
    "gb18030": "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk gb18030",
    "big5hkscs": "big5 big5-hkscs cn-big5 csbig5 x-x-big5",
    "euc_jp": "cseucpkdfmtjapanese euc-jp x-euc-jp",
    "iso2022_jp": "csiso2022jp iso-2022-jp",
    "cp932": "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
    "cp949": "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 "
             "windows-949",
    "utf-16-be": "unicodefffe utf-16be",
    "utf-16-le": "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le",
    "x-user-defined": "x-user-defined",
}
_CODEC = {label: codec for codec, labels in _LABELS.items() for label in labels.split()}

# what a page's label names, as the Python codec that reads it and the label's own spelling (for messages)
Declared = tuple[str, str]


def codec_of(label: bytes) -> str | None:
    """The Python codec of an Encoding Standard label (ASCII whitespace around it and case ignored), or None."""
    try:
        name = label.decode("ascii").strip("\t\n\x0c\r ").lower()
    except UnicodeDecodeError:
        return None
    return _CODEC.get(name)


def declared_encoding(data: bytes) -> Declared | None:
    """(codec, label) of the encoding the page's first 1,024 bytes declare: a `<meta>`'s, else its XML
    declaration's; None when they declare none the Encoding Standard knows."""
    found = _prescan(data[:_extent(data)]) or _xml_encoding(data[:PRESCAN_BYTES])
    if found is None:
        return None
    codec, label = found
    if codec.startswith("utf-16"):  # bytes a prescan can read are no UTF-16: the Standard reads them as UTF-8
        codec = "utf-8"
    elif codec == "x-user-defined":
        codec = "cp1252"
    return codec, label


def _extent(data: bytes) -> int:
    """How many bytes the scan reads: to the end of the page's head (its `</head>` or `<body`), at least
    `PRESCAN_BYTES` and at most `HEAD_BYTES`."""
    head = data[:HEAD_BYTES].lower()
    ends = [at for at in (head.find(b"</head"), head.find(b"<body")) if at >= 0]
    return max(PRESCAN_BYTES, min(ends) if ends else PRESCAN_BYTES)


def _prescan(b: bytes) -> Declared | None:
    """The Standard's prescan loop: skip comments, other tags and their attributes; read each `<meta>`."""
    pos, end, lowered = 0, len(b), b.lower()
    while pos < end:
        if b.startswith(b"<!--", pos):
            close = b.find(b"-->", pos + 2)  # `<!-->` ends at once: the `--` of its opening counts
            if close < 0:
                return None
            pos = close + 3
            continue
        if b[pos:pos + 5].lower() == b"<meta" and pos + 5 < end and b[pos + 5] in _SPACE + b"/":
            found, pos = _meta(b, pos + 6)
            if found:
                return found
            continue
        if b[pos:pos + 1] == b"<" and pos + 1 < end and (
                b[pos + 1] in _LETTERS or (b[pos + 1] == 0x2F and pos + 2 < end and b[pos + 2] in _LETTERS)):
            start = pos + 1
            while pos < end and b[pos] not in _SPACE + b">":
                pos += 1
            tag = b[start:pos].lower()
            while True:
                attribute, pos = _attribute(b, pos)
                if attribute is None:
                    break
            pos += 1
            if tag in _RAW_TEXT:  # its body is text to a browser's tokenizer, not tags
                close = lowered.find(b"</" + tag, pos)
                pos = close if close >= 0 else end
            continue
        if b.startswith((b"<!", b"</", b"<?"), pos):
            close = b.find(b">", pos)
            if close < 0:
                return None
            pos = close + 1
            continue
        pos += 1
    return None


def _meta(b: bytes, pos: int) -> tuple[Declared | None, int]:
    """A `<meta>`'s declared encoding (if its attributes make one), and where the scan goes on."""
    seen: set[bytes] = set()
    got_pragma = False
    need_pragma: bool | None = None
    charset: Declared | None = None
    unknown = False
    while True:
        attribute, pos = _attribute(b, pos)
        if attribute is None:
            break
        name, value = attribute
        if name in seen:
            continue
        seen.add(name)
        if name == b"http-equiv" and value == b"content-type":
            got_pragma = True
        elif name == b"content" and charset is None and not unknown:
            label = _content_charset(value)
            codec = codec_of(label) if label is not None else None
            if codec:
                charset, need_pragma = (codec, label.decode("ascii", "replace").strip()), True
        elif name == b"charset":
            codec = codec_of(value)
            charset, unknown = ((codec, value.decode("ascii", "replace").strip()) if codec else None), codec is None
            need_pragma = False
    pos += 1
    if need_pragma is None or (need_pragma and not got_pragma) or charset is None:
        return None, pos
    return charset, pos


def _attribute(b: bytes, pos: int) -> tuple[tuple[bytes, bytes] | None, int]:
    """The Standard's "get an attribute": (name, value), lowercased, and the position after it; None at
    the tag's `>` (or the bytes' end), the position then on that `>`."""
    end = len(b)
    while pos < end and b[pos] in _SPACE + b"/":
        pos += 1
    if pos >= end or b[pos] == 0x3E:
        return None, pos
    name = bytearray()
    while True:
        if pos >= end:
            return None, pos
        c = b[pos]
        if c == 0x3D and name:  # `=`
            break
        if c in _SPACE:
            while pos < end and b[pos] in _SPACE:
                pos += 1
            if pos >= end or b[pos] != 0x3D:
                return (bytes(name), b""), pos
            break
        if c in b"/>":
            return (bytes(name), b""), pos
        name.append(c | 0x20 if 0x41 <= c <= 0x5A else c)
        pos += 1
    pos += 1  # past `=`
    while pos < end and b[pos] in _SPACE:
        pos += 1
    if pos >= end:
        return None, pos
    value = bytearray()
    quote = b[pos]
    if quote in b"\"'":
        close = b.find(bytes([quote]), pos + 1)
        if close < 0:
            return None, end
        return (bytes(name), b[pos + 1:close].lower()), close + 1
    if quote == 0x3E:
        return (bytes(name), b""), pos
    while pos < end and b[pos] not in _SPACE + b">":
        c = b[pos]
        value.append(c | 0x20 if 0x41 <= c <= 0x5A else c)
        pos += 1
    if pos >= end:
        return None, pos
    return (bytes(name), bytes(value)), pos


def _content_charset(value: bytes) -> bytes | None:
    """The Standard's "extracting a character encoding from a meta element": the label after `charset=`
    in a `content` attribute (`text/html; charset=ISO-8859-1`), or None."""
    pos = 0
    while True:
        found = value.find(b"charset", pos)
        if found < 0:
            return None
        pos = found + 7
        while pos < len(value) and value[pos] in _SPACE:
            pos += 1
        if pos < len(value) and value[pos] == 0x3D:
            break
    pos += 1
    while pos < len(value) and value[pos] in _SPACE:
        pos += 1
    if pos >= len(value):
        return None
    if value[pos] in b"\"'":
        close = value.find(value[pos:pos + 1], pos + 1)
        return value[pos + 1:close] if close >= 0 else None
    stop = pos
    while stop < len(value) and value[stop] not in _SPACE + b";":
        stop += 1
    return value[pos:stop]


def _xml_encoding(b: bytes) -> Declared | None:
    """The Standard's "get an XML encoding": the `encoding` of an `<?xml …?>` declaration at the very start."""
    if not b.startswith(b"<?xml"):
        return None
    close = b.find(b">")
    if close < 0:
        return None
    found = b.find(b"encoding", 5, close)
    if found < 0:
        return None
    pos = found + 8
    while pos < close and b[pos] <= 0x20:
        pos += 1
    if pos >= close or b[pos] != 0x3D:
        return None
    pos += 1
    while pos < close and b[pos] <= 0x20:
        pos += 1
    if pos >= close or b[pos] not in b"\"'":
        return None
    stop = b.find(b[pos:pos + 1], pos + 1, close)
    if stop < 0:
        return None
    label = b[pos + 1:stop]
    codec = codec_of(label)
    return (codec, label.decode("ascii", "replace")) if codec else None
