"""The Markdown structure no fix may take, read independently of corpuslint's reader.

Table rows, the opening and closing lines of extension blocks (pymdown `///`, MkDocs `!!!`/`???`,
GitHub `> [!NOTE]`, Docusaurus `:::`, `===` tabs), quotation lines, front matter, and in MDX the
ESM and JSX lines: `kept_lines(before) == kept_lines(after)` says a fix left them all as they were
(check_safety.py in ../shared counts fences, headings and link definitions, not these).
Run as a script over two folders (original, fixed) it lists the files whose kept lines differ.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

FENCE = re.compile(r"^\s*(?:>\s*)*(`{3,}|~{3,})")
QUOTE = re.compile(r"^\s{0,3}>")
DELIMITER_ROW = re.compile(r"^\s*(?:>\s*)*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
MARKERS = [
    ("pymdown block", re.compile(r"^\s*(?:>\s*)*/{3,}(?:\s|$)")),
    ("admonition", re.compile(r"^\s*(?:>\s*)*(?:!!!|\?\?\?\+?)\s+\S")),
    ("alert", re.compile(r"^\s*(?:>\s*)+\[![A-Za-z-]+\]")),
    ("container", re.compile(r"^\s*(?:>\s*)*:{3,}")),
    ("tab", re.compile(r"^\s*===[!+]?\s+\"")),
]
MDX_LINE = re.compile(r"^(?:import|export)\s|^\s*<[A-Za-z/>]|^\s*\{")


def kept_lines(text: str, mdx: bool = False) -> list[tuple[str, str]]:
    """(kind, line) of each line no fix may change, in order."""
    lines = text.split("\n")
    kept: list[tuple[str, str]] = []
    start = 0
    if lines and lines[0].rstrip() in ("---", "+++"):
        fence = lines[0].rstrip()
        for n in range(1, len(lines)):
            if lines[n].rstrip() in (fence, "..."):
                kept.extend(("front matter", line) for line in lines[:n + 1])
                start = n + 1
                break
    table = _table_lines(lines)
    fence = None
    for n in range(start, len(lines)):
        line = lines[n]
        m = FENCE.match(line)
        if fence is not None:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = None
            continue
        if m:
            fence = m.group(1)
            continue
        if n in table:
            kept.append(("table", line))
        elif any(rx.match(line) for _kind, rx in MARKERS):
            kept.append((next(kind for kind, rx in MARKERS if rx.match(line)), line))
        elif QUOTE.match(line):
            kept.append(("quote", line))
        elif mdx and MDX_LINE.match(line):
            kept.append(("jsx", line))
    return kept


def _table_lines(lines: list[str]) -> set[int]:
    """A GFM table: a header row with a `|`, its delimiter row, and the rows up to a blank line."""
    found: set[int] = set()
    for n in range(1, len(lines)):
        if "-" in lines[n] and "|" in lines[n - 1] and DELIMITER_ROW.match(lines[n]) and (
                "|" in lines[n] or lines[n - 1].count("|") >= 2):
            m = n + 1
            while m < len(lines) and lines[m].strip() and "|" in lines[m]:
                m += 1
            found.update(range(n - 1, m))
    return found


def lost(before: str, after: str, mdx: bool = False) -> Counter:
    """Kept lines of `before` (by kind) missing or changed in `after`."""
    old, new = Counter(kept_lines(before, mdx)), Counter(kept_lines(after, mdx))
    return Counter({kind: n for kind, n in Counter(k for (k, _line), c in (old - new).items()
                                                     for _ in range(c)).items()})


def main(original: str, fixed: str) -> int:
    total: Counter = Counter()
    files = 0
    for path in sorted(Path(original).rglob("*")):
        if path.suffix.lower() not in (".md", ".markdown", ".mdx") or not path.is_file():
            continue
        other = Path(fixed) / path.relative_to(original)
        before = path.read_text(encoding="utf-8", errors="replace")
        after = other.read_text(encoding="utf-8", errors="replace") if other.exists() else ""
        found = lost(before, after, path.suffix.lower() == ".mdx")
        if found:
            files += 1
            total.update(found)
            print(f"{path.relative_to(original)}: {dict(found)}")
    print(f"{files} file(s) lost kept lines: {dict(total)}")
    return 1 if files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
