"""CL140: a form's widgets in a text browser's dump of a page (issue 15): fields, buttons, check boxes.

lynx prints a page's form as its widgets: a text field as a row of underscores (`Name *
______________________________`, a search box `Suche nach: ____________________ (BUTTON) Suche`,
a comment's text area as rows of them), a button as `(BUTTON)` (`(BUTTON) Schließen`), a check box
as `[ ]` or `[X]` (`Sign In [ ] Remember me`, `[ ] Daten merken?`), a radio button as `( )` or
`(*)` (`(*) Female ( ) Male`). A form is a page's furniture (a sign-in, a search, a newsletter's
sign-up, a comment form, a share bar's buttons), never the article's text, but the model, which
learned pages' words, scores many of these lines under its threshold (0.5-0.94 on the dev pages):
a site's own labels it never saw.

A widget line (`widget_line`): a widget, and `LABEL_WORDS` words at most besides (its label, its
button's caption: a sentence beside a check box is a consent's text, judged by the model as it
is); not a row of underscores alone `RULE_WIDTH` wide or more: lynx's `<hr>`, a rule between the
article's sections as often as under it, no field (a widget's field is 10 to 60 wide; a rule
under the article's last paragraph flagged drew its photo credit, `Quellen Bild: S-F /
Shutterstock.com`, between it and a check box into the finding). Flagged in a text browser's dump (`dumps.page_lines`: a page dumped by lynx, w3m or links,
where these marks are the browser's, not the text's: a quiz's `The capital is ____.` in an article
is no field) where the model was asked about it and scored it `FLOOR` or more, on a page where it flags a line.
A page with `CHOICES` lines or more holding a check box or a radio button is a form of options (a
shop's advanced search, its `[ ] Artifact` / `[ ] Basic Land` / `[ ] Creature` ..., the page's very
content on shops_dev): its check boxes and radio buttons are the page's own there, not furniture.
On the lynx dumps of the dev pages' half A (in-sample), no widget line so flagged is the article's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpuslint.checks.boilerplate.linefeatures import Line

__all__ = ["CHOICES", "FLOOR", "LABEL_WORDS", "RULE_WIDTH", "WIDGET", "form_widgets", "widget_line"]

FLOOR = 0.5  # the least first-stage score of a widget line flagged
LABEL_WORDS = 6  # a widget's label's words at most
# a text field (a row of underscores), a button, a check box, a radio button
WIDGET = re.compile(r"_{4,}|\(BUTTON\)|(?<!\S)\[[ xX]?\](?!\S)|(?<!\S)\([ *]\)(?!\S)")
CHOICES = 5  # lines with a check box or a radio button on a page at least: a form of options, the page's own
_CHOICE = re.compile(r"(?<!\S)(?:\[[ xX]?\]|\([ *]\))(?!\S)")
RULE_WIDTH = 70  # a row of underscores alone this wide or wider: lynx's `<hr>` (82-91 on the dev pages), no field
_RULE = re.compile(rf"_{{{RULE_WIDTH},}}")


def widget_line(text: str) -> bool:
    """A line holding a form's widget and `LABEL_WORDS` words at most besides; not a rule (`RULE_WIDTH`)."""
    return (WIDGET.search(text) is not None and len(WIDGET.sub(" ", text).split()) <= LABEL_WORDS
            and _RULE.fullmatch(text) is None)


def form_widgets(lines: Sequence[Line], first: Sequence[float | None], threshold: float, dump: bool) -> list[int]:
    """The indices of the widget lines of a text browser's `dump` the first stage scored in [`FLOOR`, `threshold`),
    where it flags a line at `threshold` or more."""
    if not dump or not any(s is not None and s >= threshold for s in first):
        return []  # plain text's marks are its own; a page the model flags nothing of has no furniture
    choices = sum(1 for line in lines if _CHOICE.search(line.text))
    return [i for i, (line, s) in enumerate(zip(lines, first))
            if s is not None and FLOOR <= s < threshold and widget_line(line.text)
            and (choices < CHOICES or _CHOICE.search(line.text) is None)]
