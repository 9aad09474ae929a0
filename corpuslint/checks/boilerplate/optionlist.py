"""An entry of a command's list of options: a man page's or a `--help` text's `--help display this
help and exit`, `-V, --version` over `output version information and exit`.

Every GNU program documents `--help` and `--version` in the same words, so a corpus of man pages
carries them in every document (qa22 r08: CL151's unsafe fix deleted them from five man pages). Each
is an entry of the document's own definition list, the option over (or beside) what it does: the
page's reference, not a site's furniture. A page's furniture does not open with an option among
other options' entries.
"""

from __future__ import annotations

import regex

# an option opening an indented line: `-V`, `--version`, `-V, --version`, `--line-length=N`; or a
# quoted one opening any line, Texinfo's table item in an Info manual (`‘-o FILE’`, `'--output FILE'`)
_OPTION = regex.compile(r"(?m)^(?:[ \t]+|[ \t]*['‘`])(?:--?[\p{L}\d?][\w-]*)(?:[ \t,=\[’']|$)")
_ENTRIES = 3  # a list of options: this many option lines or more in the document


def _indent(text: str, start: int) -> int:
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)]
    return len(line) - len(line.lstrip(" \t"))


def option_entry(text: str, start: int) -> bool:
    """The unit's line opens with an option, or is indented deeper right under a line that does,
    and the document has `_ENTRIES` indented lines opening with an option or more: an entry of its
    list of options (the option and its description, beside it or under it)."""
    line_start = text.rfind("\n", 0, start) + 1
    if _OPTION.match(text, line_start) is None:
        if line_start < 2:
            return False
        above = text.rfind("\n", 0, line_start - 1) + 1
        if _OPTION.match(text, above, line_start - 1) is None or _indent(text, line_start) <= _indent(text, above):
            return False  # not a description indented under its option
    count = 0
    for _ in _OPTION.finditer(text):
        count += 1
        if count >= _ENTRIES:
            return True
    return False
