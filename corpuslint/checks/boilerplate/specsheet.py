"""CL140's spec sheets: a product's `Label: value` lines under its description are the product page's content.

A product page describes its product in a paragraph or two, then lists what it is made of and what it
measures, a feature a line (`Диагональ экрана:5"`, `Тип экрана:TFT`, `* Seat height: 44 cm`, `Crossover:
1500Hz, 8th-order`): short lines, no sentence, a number in many, in a run, which the line model reads as
furniture (shops27: a fish finder's 60 lines of characteristics, all taken). What the sheet IS: a run of
`SPEC_LINES` lines or more each a label and its short value (`spec_line`: a label of `LABEL_WORDS` words at
most opening with a letter, a colon, a value of `VALUE_WORDS` words at most, no address, no form's field
`____`), their labels mostly different (`DISTINCT` of them), at most a blank line apart, its sections'
headings closing with a colon between them (`Возможности управления:`); standing right under the page's
main run of prose (the prose cluster with the most words, a prose line of it within `NEAR` lines above
the sheet's first: the description it details), or right under the product's price (a priced line within
`NEAR` + 1 lines above, its buy box's button and note between: `399,99 €` / `-10%` / `Ajouter au panier` / `(*) Prix
internet`, micromania's console, its description a screen further down), the next run of the sheet as near
under the one before.

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

__all__ = ["DISTINCT", "LABEL_WORDS", "NEAR", "SPEC_LINES", "VALUE_WORDS", "spec_line", "spec_lines"]

SPEC_LINES = 5  # lines of a sheet at least: a contact block (address, phone, e-mail) has fewer
LABEL_WORDS = 6  # `Размер экрана (В х Ш), мм`, `Потребляемый ток, мА (без подсветки)`
VALUE_WORDS = 8  # `500 (средняя) / 4000 (пиковая)`; a teaser's headline after its topic is most often longer
DISTINCT = 0.8  # of a sheet's labels, this share at least different from one another
NEAR = 3  # lines at most from the description's last line to the sheet's first (a heading between)

_SPEC = regex.compile(r"^(?:[*•\-–]\s+)?(?P<label>\p{L}[^:]{0,60}?)\s?:\s*(?P<value>\S.*)$")
_ADDRESS = regex.compile(r"://|www\.|@|_{3,}|\[")


def spec_line(line: Line) -> tuple[str, str] | None:
    """The label and the value of a sheet's line (see the module's docstring), or None."""
    if line.prose:
        return None
    match = _SPEC.match(line.text)
    if match is None or _ADDRESS.search(line.text):
        return None
    label, value = match["label"].strip(), match["value"].strip()
    if len(label.split()) > LABEL_WORDS or len(value.split()) > VALUE_WORDS or value[-1] in ".!?":
        return None
    return label, value


def _heading(line: Line) -> bool:
    """A sheet's section heading: a short line closing with a colon (`Основные характеристики:`)."""
    return not line.prose and line.words <= LABEL_WORDS and line.text.rstrip().endswith(":")


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
        if run and near and _heading(line) and i + 1 < len(lines) and specs[i + 1] is not None:
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
        top = run[0]
        if top > 0 and _heading(lines[top - 1]):
            top -= 1  # the sheet's heading (`Основные характеристики:`)
        described = any(lines[j].prose and cid[j] == main for j in range(max(0, top - NEAR), top))
        described = described or any(priced(lines[j]) for j in range(max(0, top - NEAR - 1), top))  # its buy box
        if not (described or 0 < top - last <= NEAR):
            continue
        out.update(range(top, run[-1] + 1))
        last = run[-1]  # the sheet's next section, as near under this one
    return out
