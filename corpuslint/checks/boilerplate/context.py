"""The second look of CL140: sentence-shaped lines judged by the furniture around them.

The line model (`linefeatures`, first stage) never flags a line that reads as a sentence: on an
article's own text that is the precision guard. But whole pages carry furniture written in
sentences: reader comments between "Reply" and "Like" lines, teasers of other articles between
their headlines, cookie and consent notices, legal text in the footer. One such line alone looks
like prose; among lines the first stage flags, far from the article's main run of prose, it
reads as what it is (jusText's context: a block takes the class of its neighbours): "You must
login to comment.", an author's name and title, a teaser's one-line summary.

So this stage scores the lines the first stage left alone (its guarded lines; never a line of
prose, `Line.prose`, nor a line of a cluster holding `BODY_SHARE` of the page's prose: on 94
pages, a fifth of the prose lines it would flag were the article's) from the first stage's
verdicts on the lines around them
(within 2, 5 and 10 lines), from the prose cluster they stand in (the article's body is the
cluster with the most prose words; clusters are separated by `CLUSTER_GAP` lines that are not
prose), and from the line's own shape. It runs only on a document whose lines the first stage
flags for a large share and many lines (`whole_page`): on an extracted article
there is nothing around a sentence to judge it by, and its sentences are left alone.

A page shows its furniture (`furnished`, CL140's option, on by default since session 22; session 21, moved from
`pageshape` in session 22: a verdict on where the flagged lines stand, as `whole_page` is): the
line model flags a line above the article's body (the prose clusters holding a tenth of its prose,
`body_clusters`) and one below it (a menu at the head, a footer at the tail), one of them saying
what furniture says (`furniture_cue`, or a menu's run of bulleted items: review22 #0, position alone
passed a screenplay, a paper, a manual, a licence and Markdown posts given as .txt), or many lines
(`FURNITURE_LINES` and `FURNITURE_SHARE` of them, as `whole_page`: a page of menus and lists), one of
them saying it too (session 23: a post that is a grade table or a song's lyrics, a line each, is no
page of menus). One side suffices where it shows that much (session 32, `ONE_SIDE_LINES` flagged lines
there, `ONE_SIDE_CUES` different ones saying it: a page whose head menu the model does not flag on its own;
on sb26's half B 118 boilerplate lines more for no content line, news: one finding more, a site's menu). An
extracted article has neither: what the model flags there is one or two short lines among the
article's own (a subheading, a list, a credit), right or wrong by a hair. On the news corpus 10
of 621 documents with a finding keep theirs (22 of 710 findings, each a share bar, a credit or a
`Related` on reading); on qa20b's whole pages the line recall goes 0.625 to 0.622.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from corpuslint.checks.boilerplate.formwidgets import widget_line
from corpuslint.checks.boilerplate.linefeatures import COUNT_IN_PARENS, URL, Line, own_features
from corpuslint.checks.calltoaction import CTA
from corpuslint.checks.sitewords import MENU_MARKS, site_line

__all__ = ["CLUSTER_GAP", "CONTEXT_FEATURE_NAMES", "FURNITURE_LINES", "FURNITURE_SHARE", "body_clusters", "body_span", "context_rows", "flagged",
           "furnished", "furniture_cue", "in_quiet_gap", "prose_clusters", "whole_page"]

CLUSTER_GAP = 5  # lines without prose that end a run of prose (a cluster)
# a cluster with this share of the page's prose words is the article's (a long article broken
# by ads and captions into parts): its lines are never judged by their neighbours
BODY_SHARE = 0.1
FURNITURE_LINES = 15  # flagged lines: a page's furniture, wherever they stand (`furnished`) ...
FURNITURE_SHARE = 0.3  # ... and this share of the lines

CONTEXT_FEATURE_NAMES: tuple[str, ...] = (
    "c_log_chars", "c_log_words", "c_avg_word_len", "c_ends_sentence", "c_ends_punct", "c_sentence_marks",
    "c_stop_ratio", "c_cap_ratio", "c_upper_ratio", "c_urls", "c_phones", "c_digit_ratio", "c_symbol_ratio",
    "c_separators", "c_cta", "c_cta_ratio", "c_bullet", "c_comma_ratio", "c_count_in_parens", "c_cjk",
    "fast_path", "line_score",
    "p1_score", "n1_score", "p2_score", "n2_score",
    "win2_flagged", "win2_score", "win5_flagged", "win5_score", "win10_flagged", "win10_score",
    "in_main_cluster", "cluster_vs_main", "cluster_share",
    "position",
)


def prose_clusters(lines: Sequence[Line]) -> tuple[list[int], dict[int, float]]:
    """Each line's cluster (-1 outside any), and each cluster's prose words. A cluster is a run of
    prose lines with fewer than `CLUSTER_GAP` non-prose lines between two of them."""
    cid = [-1] * len(lines)
    words: dict[int, float] = {}
    current, gap, last = -1, CLUSTER_GAP, -1
    for i, line in enumerate(lines):
        if not line.prose:
            gap += 1
            continue
        if gap >= CLUSTER_GAP:
            current += 1
            words[current] = 0.0
        else:
            for j in range(last + 1, i):
                cid[j] = current
        cid[i] = current
        words[current] += line.words
        gap, last = 0, i
    return cid, words


def body_clusters(lines: Sequence[Line]) -> tuple[list[int], set[int]]:
    """Each line's prose cluster (`prose_clusters`) and the clusters of the article's body: those
    holding `BODY_SHARE` of the page's prose words."""
    cid, words = prose_clusters(lines)
    total = sum(words.values()) or 1.0
    return cid, {c for c, w in words.items() if w >= BODY_SHARE * total}


def body_span(lines: Sequence[Line], cid: Sequence[int], body: Collection[int]) -> tuple[int, int] | None:
    """The first and the last prose line of the article's body (`body_clusters`' `cid` and `body`),
    None on a page without one: what stands outside the article is above the one or below the other."""
    in_body = [i for i, line in enumerate(lines) if line.prose and cid[i] in body]
    return (in_body[0], in_body[-1]) if in_body else None


def in_quiet_gap(lines: Sequence[Line], first: Sequence[float | None], threshold: float, i: int,
                 body: tuple[list[int], set[int]]) -> bool:
    """Line `i` stands between two paragraphs of the article's body (`body_clusters`) and the
    first stage flags no line between them (a list under the article's lead-in, `Those would be:`
    / its items / the next paragraph): no furniture around it to judge it by, so the second stage
    leaves it to the first (jusText: a short block between good ones is good). Furniture written
    in sentences stands among lines the first stage flags (a comment's `Reply`) or among short
    paragraphs outside the body (a list of teasers with their one-line summaries)."""
    above = i - 1
    while above >= 0 and not lines[above].prose:
        if first[above] is not None and first[above] >= threshold:
            return False
        above -= 1
    below = i + 1
    while below < len(lines) and not lines[below].prose:
        if first[below] is not None and first[below] >= threshold:
            return False
        below += 1
    cid, clusters = body
    return above >= 0 and below < len(lines) and cid[above] in clusters and cid[below] in clusters


def flagged(first: Sequence[float | None], threshold: float) -> int:
    """How many of the document's lines the first stage flags."""
    return sum(1 for s in first if s is not None and s >= threshold)


def whole_page(first: Sequence[float | None], threshold: float, share: float, lines: int) -> bool:
    """A page with its furniture (menus, footers: at least `lines` lines and `share` of its
    lines flagged by the first stage), where the second stage has context to judge by. An
    extracted article has a few furniture lines at most (11 in 2,000 news documents)."""
    count = flagged(first, threshold)
    return count >= lines and count >= share * len(first)


_MENU_MARK = re.compile(rf"[{MENU_MARKS}»›→►▶▸◆■●]| / ")  # a menu's or a breadcrumb's separators ...
_CRUMB = re.compile(r"^[|»›→►▶▸]|[|»›→►▶▸]$")  # ... or one closing a line: `The Python Standard Library »`
_LETTER = re.compile(r"[^\W\d_]")
_MEDIA = re.compile(r"(?i)\b(?:loading|gallery|slideshow)\b|^(?:videos?|photos?)\b")  # a player's, a gallery's label
MENU_RUN = 4  # flagged lines in a row, each a short bulleted item: a menu (`furnished`)
MENU_WORDS = 6  # ... of this many words at most
ONE_SIDE_CUES = 3  # different flagged lines saying furniture on one side of the body: a page's furniture (`furnished`) ...
ONE_SIDE_LINES = 6  # ... among this many flagged lines there at least (an article's tail: a credit, a `Follow` line)
_MENU_ITEM = re.compile(r"(?:[-*+•·–—►▶▸◆■●○]|o(?= ))\s*\S")


def furniture_cue(text: str) -> bool:
    """Whether a flagged line says what furniture says, by the signs the line features read: a
    call to action or a site's word in any language `CTA` knows (`Share`, `Sign in`, `Newsletter`,
    `Cookies`, `Menu`, `Copyright`, `Weiterlesen`, `分享` ...), a site's legal or navigation word in the
    languages `sitewords` covers, a phrase on a short line or a word alone on it (`* Impressum`,
    `Mentions légales`, `+ Aviso Legal`, `Zum Inhalt springen`, `sitewords.site_line`: `Auf Ebay
    Kleinanzeigen stand ich mit „Mi“ in Kontakt.` is a sentence, `Datenschutz` over an article its
    kicker), a player's or a gallery's label (`Video loading`, `VIEW GALLERY`: `CREDIT`'s media words),
    a link or address (`URL`) within a line (`Follow us on twitter.com/x`; a bare one is as often an
    author's, under a paper's affiliation), a menu's or a breadcrumb's separators (two or more, `Home |
    News | Sport`, or one opening or closing the line, `Python Standard Library »`), a link's label alone
    in brackets (`[Подробнее...]`, `(浏览全文 引用此文)`), a count in brackets after a word (`Comments (12)`,
    `▼ May (1)`; not an equation's number) or a copyright sign. Position alone says
    nothing: a screenplay's cues (`MIKE`), a paper's authors and `1 Introduction`, a licence's
    `Preamble` and `The End` stand above and below a text's body too, and say none of these."""
    if CTA.search(text) is not None or "©" in text or _MEDIA.search(text) is not None:
        return True
    if site_line(text):
        return True  # a menu's item or a footer's row, not a sentence nor a kicker
    link = URL.search(text)
    if link is not None and (link.start() > 0 or " " in text.strip()):
        return True  # (a bare address on its line is an author's, under a paper's affiliation, as often)
    if text[:1] in "[(（" and text[-1:] in "])）" and len(text) > 2 and _LETTER.search(text):
        return True  # a link's label alone on its line: `[Подробнее...]`, `(浏览全文 引用此文)`
    if "«" not in text and "‹" not in text and (len(_MENU_MARK.findall(text)) >= 2 or _CRUMB.search(text)):
        return True  # (French and Russian quotes are no menu: `«Файл control»`)
    count = COUNT_IN_PARENS.search(text)
    return count is not None and _LETTER.search(text, 0, count.start()) is not None  # not an equation's `(1)`


def furnished(lines: Sequence[Line], flagged: Sequence[int], dump: bool = False) -> bool:
    """Whether the lines the model flags (`flagged`, indices into `lines`, in order) show a page's
    furniture: one above the article's body and one below it (one of the two, on a text browser's
    `dump`), or `FURNITURE_LINES` lines and `FURNITURE_SHARE` of the document's, wherever they stand;
    and among those (outside the body, or all of the many) one that says what furniture says
    (`furniture_cue`), a menu's run of bulleted items or, on a dump, a form's widget. It only grows
    with `flagged` (more lines, one higher or lower): CL140 proves with it, before its model scores a
    line, that no part of the lines it could flag shows furniture (`BoilerplateLine._may_be_furnished`).

    Why one side suffices on a dump (session 29): a text browser prints a whole page, never an
    extracted article nor authored text, the cases the two sides tell apart; and the model misses
    one side of many dumps (a menu of the site's own words at the head, `* Blog` / `* Archiv`, a
    comment form's fields at the tail), which cost CL140 every finding on those pages."""
    if not flagged:
        return False
    if len(flagged) >= FURNITURE_LINES and len(flagged) >= FURNITURE_SHARE * len(lines):
        return any(_says_furniture(lines, flagged, k, dump) for k in range(len(flagged)))
    cid, body = body_clusters(lines)
    first = next((i for i, line in enumerate(lines) if line.prose and cid[i] in body), None)
    if first is None:
        return False
    last = next(i for i in range(len(lines) - 1, -1, -1) if lines[i].prose and cid[i] in body)
    above, below = flagged[0] < first, flagged[-1] > last
    if above and below or dump and (above or below):
        return any(_says_furniture(lines, flagged, k, dump) for k, i in enumerate(flagged) if i < first or i > last)
    return (above or below) and _one_side_furnished(lines, flagged, first, last)


def _one_side_furnished(lines: Sequence[Line], flagged: Sequence[int], first: int, last: int) -> bool:
    """Whether the flagged lines on one side of the article's body (`first`..`last`) show furniture by
    themselves: `ONE_SIDE_LINES` flagged lines or more there, `ONE_SIDE_CUES` different ones saying what
    furniture says (`_says_furniture`: `Share`, `Follow Us`, `Subscribe To Our Newsletter`, a menu's run of
    `* About` / `* Privacy`). A page whose head the model misses (a menu of the site's own words) shows its
    footer, share bar and newsletter box below the article; an extracted article ends with a few such
    lines at most (`[h/t ABC News]` / `[Image via screengrab]` / `>> Follow Evan McMurry on Twitter`), a
    screenplay's or a paper's lines below the body say none of these."""
    outside = [k for k, i in enumerate(flagged) if i < first or i > last]
    if len(outside) < ONE_SIDE_LINES:
        return False
    said = {lines[flagged[k]].text.strip().casefold() for k in outside if _says_furniture(lines, flagged, k)}
    return len(said) >= ONE_SIDE_CUES


def _says_furniture(lines: Sequence[Line], flagged: Sequence[int], k: int, dump: bool = False) -> bool:
    """The `k`-th flagged line says what furniture says (`furniture_cue`), is a form's widget in a
    text browser's `dump` (`formwidgets.widget_line`: `Name * ______`, `(BUTTON) Suche`), or opens a
    menu: `MENU_RUN` flagged lines in a row, each a short bulleted item (`* Impressum`, `+ Datenschutz`,
    `o Kontakt`)."""
    if furniture_cue(lines[flagged[k]].text) or (dump and widget_line(lines[flagged[k]].text)):
        return True
    run = flagged[k:k + MENU_RUN]
    return (len(run) == MENU_RUN and run[-1] - run[0] == MENU_RUN - 1
            and all(lines[i].words <= MENU_WORDS and _MENU_ITEM.match(lines[i].text) for i in run))


def context_rows(lines: Sequence[Line], first: Sequence[float | None], threshold: float,
                 raw_score: Callable[[Line], float], articles: Collection[int] = ()) -> list[tuple[int, list[float]]]:
    """(index, `CONTEXT_FEATURE_NAMES` vector) of every line the first stage left alone (`first`
    None) that is not prose, not in the article's body (`BODY_SHARE`) and not one of `articles`.

    `first` is the first stage's score of each line (None where it was not asked), `threshold`
    the first stage's own, `raw_score` what the first stage would say of a guarded line, `articles`
    the lines a guard keeps as the document's (`classifier.articles_own`): no lines to judge, and
    for their neighbours the document's own text (unflagged, score 0), as every line not asked is."""
    n = len(lines)
    eff = [s if s is not None else 0.0 for s in first]
    flag = [1.0 if s >= threshold else 0.0 for s in eff]
    pf, pe = [0.0], [0.0]
    for f, e in zip(flag, eff):
        pf.append(pf[-1] + f)
        pe.append(pe[-1] + e)
    cid, words = prose_clusters(lines)
    main = max(words, key=words.__getitem__) if words else -1
    main_words = words.get(main, 0.0) or 1.0
    total = sum(words.values()) or 1.0
    out: list[tuple[int, list[float]]] = []
    for i, line in enumerate(lines):
        c = cid[i]
        if first[i] is not None or line.prose or (c >= 0 and words[c] >= BODY_SHARE * total) or i in articles:
            continue
        fast = line.features is None
        own = own_features(line) if fast else (line.own or own_features(line))
        window: list[float] = []
        for k in (2, 5, 10):
            lo, hi = max(0, i - k), min(n, i + k + 1)
            span = max(hi - lo - 1, 1)
            window += [(pf[hi] - pf[lo] - flag[i]) / span, (pe[hi] - pe[lo] - eff[i]) / span]
        out.append((i, own + [
            1.0 if fast else 0.0, -1.0 if fast else raw_score(line),
            eff[i - 1] if i >= 1 else -1.0, eff[i + 1] if i + 1 < n else -1.0,
            eff[i - 2] if i >= 2 else -1.0, eff[i + 2] if i + 2 < n else -1.0,
            *window,
            1.0 if c == main else 0.0, words[c] / main_words if c >= 0 else -1.0, words[c] / total if c >= 0 else -1.0,
            i / n,
        ]))
    return out
