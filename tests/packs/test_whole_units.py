"""A pack rule's fix takes a whole unit or nothing (tester28, READMEs read as plain text): markdown-it-py's
bold "See also" with its Markdown link is the text's own (CL135 removed half its sentence); a heading over the
section that stays (click's `## Donate` over its appeal), a link's definition whose reference stays
(`[please donate today]: …` under `[please\\ndonate today][]`). Their fixes are unsafe; both ways, the
same units whole (a heading at the text's end, a definition nothing refers to) keep their
safe fix."""

from __future__ import annotations

from corpuslint.config import Config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.models import Document

LINTER = Linter(Config(select=["CL110", "CL135"]))

MARKDOWN_IT = ("This is a Python port of [markdown-it], and some of its associated plugins.\n"
               "For more details see: <https://markdown-it-py.readthedocs.io>.\n\n"
               "For details on [markdown-it] itself, see:\n\n"
               "- The __[Live demo](https://markdown-it.github.io)__\n"
               "- [The markdown-it README][markdown-it-readme]\n\n")
CLICK = ("# Click\n\n"
         "Click is a Python package for creating beautiful command line interfaces\n"
         "in a composable way with as little code as necessary. It's the \"Command\n"
         "Line Interface Creation Kit\". It's highly configurable but comes with\n"
         "sensible defaults out of the box.\n\n")
SEE_ALSO = MARKDOWN_IT + ("**See also:** [markdown-it-pyrs](https://github.com/chrisjsewell/markdown-it-pyrs) for an experimental "
                          "Rust binding,\nfor even more speed!\n")
DONATE = CLICK + ("## Donate\n\n"
                  "The Pallets organization develops and supports Click and other popular\n"
                  "packages. In order to grow the community of contributors and users, and\n"
                  "allow the maintainers to devote more time to the projects, [please\n"
                  "donate today][].\n\n"
                  "[please donate today]: https://palletsprojects.com/donate\n")


def run(text: str):
    doc = Document.from_text(text, path="t.txt", format="plain")
    return LINTER.check_document(doc), fix_document(LINTER, doc).document.text


def test_a_see_also_in_bold_with_its_link_in_markdown_is_the_texts_own():
    found, fixed = run(SEE_ALSO)
    assert found == [] and fixed == SEE_ALSO


def test_a_section_half_removed_has_no_safe_fix():
    found, fixed = run(DONATE)
    assert [f.fix.applicability for f in found] == ["unsafe", "unsafe"] and fixed == DONATE


def test_a_heading_and_a_definition_left_alone_keep_their_safe_fix():
    text = CLICK + DONATE[DONATE.index("[please donate today]:"):]
    found, fixed = run(text + "\n## Donate\n")
    assert [f.fix.applicability for f in found] == ["safe", "safe"] and "donate" not in fixed.lower()
