"""When two host names are one site, one typing slip apart: the typo model behind CL301 and CL305.

`typo_variant` says yes only when everything but one label is identical and that label differs by
ONE typing slip that people actually make: two neighbouring keys or look-alike letters swapped for
each other (`i`/`j`, `n`/`m`, `o`/`0`), two letters transposed, or a doubled / neighbouring key added
or dropped (any letter inside a label of six or more, not before it: `ipython` is `python` with a
prefix, another name), on a label long enough that one slip is a small part of it. Different
suffixes (`nytimes.com`, `nytimes.co`), different subdomains (`news.` vs `blog.`), a plural `s`, a
hyphen, a digit for a digit, and short labels (`cnn`, `abc`) never make a typo: those are
deliberate, distinct names. `site_keys` gives the keys under which such hosts meet in an index.
"""

from __future__ import annotations

import regex

from corpuslint.checks.urls.hosts import core_host, split_host

# -- the typo model ----------------------------------------------------------------------------

_KEY_ROWS = ("1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard_neighbours() -> dict[str, frozenset[str]]:
    where = {ch: (r, c) for r, row in enumerate(_KEY_ROWS) for c, ch in enumerate(row)}
    out: dict[str, set[str]] = {ch: set() for ch in where}
    for ch, (r, c) in where.items():
        for dr, dcs in ((0, (-1, 1)), (-1, (0, 1)), (1, (-1, 0))):
            rr = r + dr
            if 0 <= rr < len(_KEY_ROWS):
                for dc in dcs:
                    cc = c + dc
                    if 0 <= cc < len(_KEY_ROWS[rr]):
                        out[ch].add(_KEY_ROWS[rr][cc])
    return {ch: frozenset(n) for ch, n in out.items()}


KEY_NEIGHBOURS = _keyboard_neighbours()
# Letters that look alike in print, in OCR and in handwriting. Digit-for-letter swaps (`paypa1`,
# `g00gle`) are left out on purpose: they are the homoglyphs of deliberate look-alike domains.
LOOK_ALIKE = frozenset(frozenset(p) for p in ("ij", "il", "jl", "uv", "nm", "nh", "ce", "gq", "vw"))


def _confusable(x: str, y: str) -> bool:
    if x.isdigit() and y.isdigit():
        return False  # site1 / site2: numbering, not a slip
    return y in KEY_NEIGHBOURS.get(x, ()) or frozenset((x, y)) in LOOK_ALIKE


# Look-alike runs of letters (`paulrnartin` for `paulmartin`) and digits for letters (`j0hnsmith`).
LOOK_ALIKE_RUNS = (("rn", "m"), ("vv", "w"), ("cl", "d"))
DIGIT_LOOK_ALIKE = frozenset(frozenset(p) for p in ("0o", "1l", "1i", "5s", "3e"))
# Digits for letters count only in labels this long: a short brand with a digit (`paypa1`,
# `g00gle`) is the classic deliberate look-alike; a long personal or site name is a slip.
MIN_DIGIT_LOOK_ALIKE = 8
# Labels this long take any one letter added or dropped inside them (`gihub` / `github`,
# `river-gazete` / `river-gazette`), not only a doubled or neighbouring key; at their end only
# from `MIN_ANY_LETTER` on (`huffingtonpos`), where a shorter name is less often a word of its own.
MIN_ANY_INNER_LETTER = 6
MIN_ANY_LETTER = 8


def _dedoubled(label: str) -> str:
    return regex.sub(r"(.)\1+", r"\1", label)


def label_typo(a: str, b: str, *, min_length: int = 5) -> str | None:
    """How `b` is one typing slip away from `a` ("i/j", "transposed", "extra n", "rn/m", ...), or None.

    Both labels must be at least `min_length` long: on short labels one letter is a different
    name (`abc`/`nbc`, `cnn`/`cnbc`). A hyphen added or dropped, a final plural `s` and
    digit-for-digit changes are deliberate spellings, not slips; a digit for a look-alike letter
    (`j0hnsmith`) counts only in a label of `MIN_DIGIT_LOOK_ALIKE` characters or more.
    """
    if a == b or min(len(a), len(b)) < min_length or abs(len(a) - len(b)) > 1:
        return None
    if a.replace("-", "") == b.replace("-", ""):
        return None  # bbc-news / bbcnews: another registration
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            i = diffs[0]
            x, y = a[i], b[i]
            if "-" in (x, y):
                return None
            if _confusable(x, y):
                return f"{x}/{y}"
            if frozenset((x, y)) in DIGIT_LOOK_ALIKE and min(len(a), len(b)) >= MIN_DIGIT_LOOK_ALIKE:
                return f"{x}/{y} look-alike"
            return None
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
            i = diffs[0]
            if a[i] == b[i + 1] and a[i + 1] == b[i] and not (a[i].isdigit() and a[i + 1].isdigit()):
                if "-" in (a[i], a[i + 1]) or "." in (a[i], a[i + 1]):
                    return None
                return f"{a[i]}{a[i + 1]}/{b[i]}{b[i + 1]} transposed"
        if len(diffs) >= 2 and _dedoubled(a) == _dedoubled(b) and len(a) >= MIN_ANY_LETTER:
            return "doubled letter moved"  # gazzete / gazette
        return None
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    for run, letter in LOOK_ALIKE_RUNS:  # one letter longer: rn for m
        at = longer.find(run)
        while at != -1:
            if longer[:at] + letter + longer[at + 2:] == shorter:
                return f"{run}/{letter}" if longer is a else f"{letter}/{run}"
            at = longer.find(run, at + 1)
    i = 0
    while i < len(shorter) and longer[i] == shorter[i]:
        i += 1
    if longer[i + 1:] != shorter[i:]:
        return None
    extra = longer[i]
    if extra in "-." or extra.isdigit() or shorter[:i].endswith(extra * 3):
        return None  # one more of a run of 3+ is a redaction mask's length (`xxxxxx@`/`xxxxxxx@`), no slip
    before = longer[i - 1] if i > 0 else ""
    after = longer[i + 1] if i + 1 < len(longer) else ""
    final = i == len(longer) - 1
    if extra == "s" and final and before != "s":
        return None  # time / times (a doubled final s, `scala-jss`, is no plural)
    doubled = extra in (before, after)
    slipped = any(extra in KEY_NEIGHBOURS.get(ch, ()) for ch in (before, after) if ch)
    # a letter before the name is a prefix, the other label a name of its own (`ipython` /
    # `python`, `jquery` / `query`): only a doubled or neighbouring key counts there
    anywhere = i > 0 and (len(shorter) >= MIN_ANY_LETTER if final else len(longer) >= MIN_ANY_INNER_LETTER)
    if not (doubled or slipped or anywhere):
        return None
    verb = "extra" if longer is b else "missing"
    return f"{verb} {extra}"


def digit_look_alike(host_a: str, host_b: str, *, min_length: int = 5) -> str | None:
    """How `host_b` writes one letter of `host_a` as its look-alike digit (`cloud.goog1e.com`), in a label
    too short for `typo_variant` to call it a slip (a short brand with a digit, `paypa1`, is the classic
    deliberate look-alike), or None. Only one digit, everything else equal: a caller decides on evidence."""
    pair = _one_label_apart(host_a, host_b)
    if pair is None:
        return None
    x, y = pair
    if len(x) != len(y) or len(x) < min_length or sum(c.isdigit() for c in x + y) != 1:
        return None
    at = [i for i in range(len(x)) if x[i] != y[i]]
    if len(at) != 1 or frozenset((x[at[0]], y[at[0]])) not in DIGIT_LOOK_ALIKE:
        return None
    return f"{x[at[0]]}/{y[at[0]]} look-alike"


def typo_variant(host_a: str, host_b: str, *, min_length: int = 5) -> str | None:
    """Why `host_b` reads as a misspelling of `host_a` (one label, one slip), or None.

    Everything but one label must be identical, the public suffix included: `nytimes.co` is not
    a typo of `nytimes.com` (another registration, often a deliberate look-alike), and
    `author.example.com` is not one of `news.example.com` (another subdomain).
    """
    pair = _one_label_apart(host_a, host_b)
    return None if pair is None else label_typo(*pair, min_length=min_length)


def _one_label_apart(host_a: str, host_b: str) -> tuple[str, str] | None:
    """The one label two hosts differ in (`goog1e`, `google`), or None: the same public suffix and the
    same number of labels, every other label identical (the ground both typo readers stand on)."""
    a, b = split_host(host_a), split_host(host_b)
    if a.suffix != b.suffix or len(a.sub) != len(b.sub):
        return None
    labels_a, labels_b = (*a.sub, a.label), (*b.sub, b.label)
    diffs = [i for i in range(len(labels_a)) if labels_a[i] != labels_b[i]]
    return (labels_a[diffs[0]], labels_b[diffs[0]]) if len(diffs) == 1 else None


def same_site(host_a: str, host_b: str) -> str | None:
    """How two hosts are one site, for metadata fields that name one page, or None.

    "www" (only `www.` differs), "subdomain" (one registrable domain), "suffix" (the same name
    under another suffix: `addictinginfo.org` / `.com`), "typo" (one slip apart).
    """
    ha, hb = host_a.lower().rstrip("."), host_b.lower().rstrip(".")
    if ha == hb:
        return None
    if core_host(ha) == core_host(hb):
        return "www"
    a, b = split_host(ha), split_host(hb)
    if a.registrable == b.registrable:
        return "subdomain"
    if a.label == b.label and len(a.label) >= 4 and a.suffix and b.suffix:
        return "suffix"
    if typo_variant(ha, hb):
        return "typo"
    return None


def site_keys(host: str, *, min_length: int = 5) -> list[str]:
    """Keys under which hosts one slip apart collide (a SymSpell deletion neighbourhood).

    The key is the public suffix plus the rest of the host with at most one character deleted:
    `silendman.blogspot.com` and `sjlendman.blogspot.com` share `blogspot.com|slendman`. Only
    labels long enough to hold a typo (`min_length`, as in `typo_variant`) get deletion keys, so a
    host costs one key per character of its long labels, plus one.
    """
    parts = split_host(host)
    labels = (*parts.sub, parts.label)
    rest = ".".join(labels)
    keys = {f"{parts.suffix}|{rest}"}
    offset = 0
    for label in labels:
        if len(label) >= min_length:
            for i in range(offset, offset + len(label)):
                keys.add(f"{parts.suffix}|{rest[:i]}{rest[i + 1:]}")
        offset += len(label) + 1
    for run, letter in LOOK_ALIKE_RUNS:  # `paulrnartin` meets `paulmartin` under its own key
        if run in rest:
            keys.add(f"{parts.suffix}|{rest.replace(run, letter)}")
    return sorted(keys)
