"""CL140's spec sheets: a product's `Label: value` lines under its description are the product page's content.

A product page describes its product in a paragraph or two, then lists what it is made of and what it
measures, a feature a line (`Диагональ экрана:5"`, `Тип экрана:TFT`, `* Seat height: 44 cm`, `Crossover:
1500Hz, 8th-order`): short lines, no sentence, a number in many, in a run, which the line model reads as
furniture (shops27: a fish finder's 60 lines of characteristics, all taken). What the sheet IS: a run of
`SPEC_LINES` lines or more each a label and its short value (`spec_line`: a label of `LABEL_WORDS` words at most
opening with a letter, a colon, a value of `VALUE_WORDS` words at most, no address, no form's field `____` or
required field `*`, no second column far to its right), their labels mostly different (`DISTINCT` of them), at most
a blank line apart, its sections' headings closing with a colon between them (`Возможности управления:`); standing
right under the page's main run of prose (the prose cluster with the most words, a prose line of it within `NEAR`
lines above the sheet's first: the description it details), or right under the product's price (a priced line within
`NEAR` + 1 lines above, its buy box's button and note between: `399,99 €` / `-10%` / `Ajouter au panier` / `(*) Prix
internet`, micromania's console, its description a screen further down), the next run of the sheet as near under the
one before.

A product page may set its sheet in a tab further down (ebrosia's wine: `Details` / `Menü schließen` / `Angaben
laut Lebensmittelinformationsverordnung` between the description and `Alkoholgehalt: 10 % vol.`), and break it into
parts, each under a title of its own without a colon (`Details zum Artikel`) or with a longer value (the maker's
address): inside a run, such a line between two sheet lines (`_bridge`) joins them, and a long sheet (`LONG_SHEET`
labels or more, which a contact block or a post's meta lines never have) may stand `FAR` lines under the
description. A masthead's staff (`Editor: ...`, `Head of Marketing: ...`) has the shape too, but at the page's foot,
a screen under the article: it stays the model's.

Not a template's labelled block: a forum's author box (`Join Date: Jan 2005` / `Posts: 1,234` / ...) stands
under the post before it as well, but its labels recur elsewhere on the page with other values (each
post's author has one); a sheet's labels are given once (or its whole copy again, the same values, a
product page's second tab). Not a teaser list: its `Topic: headline` values are longer than a value,
and it does not stand under the page's main prose.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from corpuslint.checks.boilerplate.catalogue import priced
from corpuslint.checks.boilerplate.context import prose_clusters
from corpuslint.checks.boilerplate.linefeatures import Line

__all__ = ["DISTINCT", "FAR", "LABEL_WORDS", "LONG_SHEET", "NEAR", "SPEC_LINES", "VALUE_WORDS", "spec_line",
           "spec_lines"]

SPEC_LINES = 5  # lines of a sheet at least: a contact block (address, phone, e-mail) has fewer
LABEL_WORDS = 6  # `Размер экрана (В х Ш), мм`, `Потребляемый ток, мА (без подсветки)`
VALUE_WORDS = 8  # `500 (средняя) / 4000 (пиковая)`; a teaser's headline after its topic is most often longer
DISTINCT = 0.8  # of a sheet's labels, this share at least different from one another
NEAR = 3  # lines at most from the description's last line to the sheet's first (a heading between)
LONG_SHEET = 8  # labels of a long sheet, which may stand further down ...
FAR = 6  # ... this many lines at most under the description (a tab's title and its close button between)

_SPEC = regex.compile(r"^(?:[*•\-–]\s+)?(?P<label>\p{L}[^:]{0,60}?)\s?:\s*(?P<value>\S.*)$")
_COLUMNS = regex.compile(r"\S\s{8,}\S")
_ADDRESS = regex.compile(r"://|www\.|@|_{3,}|\[|(?:^|:|\s)\*\s*$")  # ... a form's required field (`Nom :  *`)


def spec_line(line: Line) -> tuple[str, str] | None:
    """The label and the value of a sheet's line (see the module's docstring), or None."""
    if line.prose:
        return None
    match = _SPEC.match(line.text)
    if match is None or _ADDRESS.search(line.text):
        return None
    label, value = match["label"].strip(), match["value"].strip()
    if _COLUMNS.search(value):
        return None  # two columns side by side (a form's field, a sidebar's entry far to its right)
    if len(label.split()) > LABEL_WORDS or len(value.split()) > VALUE_WORDS or value[-1] in ".!?":
        return None
    return label, value


def _heading(line: Line) -> bool:
    """A sheet's section heading: a short line closing with a colon (`Основные характеристики:`)."""
    return not line.prose and line.words <= LABEL_WORDS and line.text.rstrip().endswith(":")


def _labelled(line: Line) -> bool:
    """A label and a value longer than a sheet's (`Unternehmeradresse: Schlumberger GmbH & Co. KG, Postfach 11
    20, 53333, Meckenheim, DE`, two cells a dump joined) or closing on an abbreviation's stop (`Alkoholgehalt: 10 %
    vol.`): no sentence (a value of four words or more closing with a stop), no address."""
    match = _SPEC.match(line.text.rstrip())
    if match is None or _ADDRESS.search(line.text) or _COLUMNS.search(match["value"].strip()):
        return False
    value = match["value"].split()
    return (len(match["label"].split()) <= LABEL_WORDS and len(value) <= 2 * VALUE_WORDS
            and not (value[-1][-1] in ".!?" and len(value) > 3))


def _bridge(lines: Sequence[Line], i: int, specs: list[tuple[str, str] | None]) -> bool:
    """Line `i`, right between two sheet lines (a blank line at most on either side), joins them: a part's
    title without a colon (`Details zum Artikel`), or a label with a longer value (`_labelled`)."""
    line = lines[i]
    if not (0 < i < len(lines) - 1 and specs[i - 1] is not None and specs[i + 1] is not None):
        return False
    if line.number - lines[i - 1].number > 2 or lines[i + 1].number - line.number > 2:
        return False
    title = not line.prose and line.words <= LABEL_WORDS and line.text.rstrip()[-1:] not in ".!?"
    return title or _labelled(line)


def _top(lines: Sequence[Line], top: int) -> int:
    """The sheet's first line: up to two labelled lines (`_labelled`) right above its run join it."""
    for _ in range(2):
        if top > 0 and lines[top].number - lines[top - 1].number <= 2 and _labelled(lines[top - 1]):
            top -= 1
    return top


def _runs(lines: Sequence[Line], specs: list[tuple[str, str] | None]) -> list[list[int]]:
    """Runs of sheet lines at most a blank line apart, a section heading allowed between two; each run
    ends at its last sheet line."""
    out: list[list[int]] = []
    run: list[int] = []
    for i, line in enumerate(lines):
        near = not run or line.number - lines[run[-1]].number <= 2
        if specs[i] is not None and near:
            run.append(i)
            continue
        if (run and near and (_heading(line) or _bridge(lines, i, specs)) and i + 1 < len(lines)
                and specs[i + 1] is not None):
            run.append(i)
            continue
        if run:
            out.append(run)
        run = [i] if specs[i] is not None else []
    if run:
        out.append(run)
    return out


def spec_lines(lines: Sequence[Line]) -> set[int]:
    """The indices of the lines of a product's spec sheet under its description (see the module's
    docstring), its headings with them."""
    specs = [spec_line(line) for line in lines]
    if sum(spec is not None for spec in specs) < SPEC_LINES:
        return set()
    values: dict[str, set[str]] = {}
    for spec in specs:
        if spec is not None:
            values.setdefault(spec[0].casefold(), set()).add(spec[1])
    cid, words = prose_clusters(lines)
    if not words:
        return set()
    main = max(words, key=words.__getitem__)
    out: set[int] = set()
    last = -NEAR - 1  # the end of the sheet's run before
    for run in _runs(lines, specs):
        labels = [specs[i][0].casefold() for i in run if specs[i] is not None]
        if len(labels) < SPEC_LINES or len(set(labels)) < DISTINCT * len(labels):
            continue
        if sum(len(values[label]) > 1 for label in labels) * 2 > len(labels):
            continue  # a template's labels, each with other values elsewhere (authors' boxes)
        top = _top(lines, run[0])
        if top > 0 and _heading(lines[top - 1]):
            top -= 1  # the sheet's heading (`Основные характеристики:`)
        reach = FAR if len(labels) >= LONG_SHEET else NEAR
        described = any(lines[j].prose and cid[j] == main for j in range(max(0, top - reach), top))
        described = described or any(priced(lines[j]) for j in range(max(0, top - NEAR - 1), top))  # its buy box
        if not (described or 0 < top - last <= NEAR):
            continue
        out.update(range(top, run[-1] + 1))
        last = run[-1]  # the sheet's next section, as near under this one
    return out
