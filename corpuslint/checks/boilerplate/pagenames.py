"""The lines a page holds that CL151 counts only because the site's other pages name the page.

A documentation site's pages name one another: a page's title is an entry of the index page's
contents list (Sphinx's toctree), the `Next:` of the page before it, an entry of the sidebar on
every page. Counted, such a line recurs across the site; read where it stands, it is the page's own:

- the text's first line that names it (its title, alone over the text's own paragraph), which its
  carriers hold inside their texts, not at their head or tail (fewer than half of them): their list
  entries and headings naming this page (Flask's `Static Files` over its tutorial step: a toctree's
  entry on the index page and on the tutorial's, a section of the quickstart). A template's first
  line (`Navigation`, a site's name) stands at the head of its carriers too, and still counts.
- an entry of an HTML page's own list: a list inside the region the page's markup names its main
  content (`<main>`, `role="main"`), in no navigation landmark (`<nav>`, `<aside>`, `<header>`,
  `<footer>`, `role="navigation"`; `html_markup.HtmlLayout.own_lists`): a doc page's contents (an
  index page's toctree). The sidebar's and the relbar's lists, in their landmarks, still count. So
  is an entry of a definition list (`<dl>`: terms over their definitions) in no
  navigation landmark: a manual's options, which all manuals of a suite share (`-v` / `--verbose`
  over `Be verbose.` in git's), an API's entries, a glossary.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from corpuslint.checks.boilerplate.navlists import bulleted
from corpuslint.checks.corpus_features import LONG_WORDS, CorpusUnit
from corpuslint.textutil import ends_sentence

__all__ = ["in_own_list", "names_the_text"]


def in_own_list(own_lists: list[tuple[int, int]], start: int) -> bool:
    """Whether the offset `start` lies in one of an HTML page's own lists (`own_lists`, sorted)."""
    k = bisect.bisect_right(own_lists, (start, start)) - 1
    return k >= 0 and own_lists[k][0] <= start < own_lists[k][1]


def names_the_text(text: str, u: CorpusUnit, edge_share: float, repeated_at: Callable[[int], bool]) -> bool:
    """Whether the unit `u` is the first line of `text`, its title (a line alone, a few words ending no sentence, no
    bullet) over a paragraph of the text's own (`repeated_at` false of its first line), that the carriers of its key
    hold away from their head and tail (`edge_share`, the share of them at it, below a half)."""
    if edge_share >= 0.5 or u.words >= LONG_WORDS or text[:u.start].strip() or bulleted(text, u.start):
        return False
    line = text[u.start:u.end]
    if "\n" in line.strip() or ends_sentence(line.strip()):
        return False
    after = text.find("\n", u.end)
    if after < 0 or text.find("\n", after + 1) < 0 or text[after + 1:text.find("\n", after + 1)].strip():
        return False  # (no blank line under it: the first line of a paragraph, or of a list)
    below = len(text) - len(text[after:].lstrip())
    return below < len(text) and not repeated_at(text.rfind("\n", 0, below) + 1)
