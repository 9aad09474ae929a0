"""docs/rules.md, generated from the rules themselves, so the reference cannot drift from the code.

Each rule's section is the text `corpuslint rule CODE` prints (its docstring or pack fields, fix
availability and options), with every Markdown heading one level deeper so that the rules sit
under one page title. Regenerate after changing a rule or a shipped pack:

    python -m corpuslint.docgen > docs/rules.md

`tests/test_docs.py` fails while docs/rules.md differs from this output.
"""

from __future__ import annotations

import sys

from corpuslint import Linter, load_config
from corpuslint.rule import Rule, explain

REGENERATE = "python -m corpuslint.docgen > docs/rules.md"

_FIX_COLUMN = {"always": "yes", "sometimes": "some", "none": "—"}

_INTRO = """\
<!-- Generated from the rule classes and the shipped packs by `{regenerate}`; do not edit. -->
# Rules

Every rule corpuslint ships, as `corpuslint rule CODE` (or the rule's name) explains it: what it
finds, why it matters, an example, its options and whether its fix is safe. `corpuslint rules`
prints the one-line list (`--all` adds the rules that are off by default, `--output-format json`
gives it to scripts).

"corpus" rules compare each document with the whole corpus (through the corpus index, see
[ci.md](ci.md#the-corpus-index-and-the-result-cache)). Fix: `yes`, `some` (for some findings),
`—` (none); whether a fix is safe is in the rule's explanation and on each finding (`[*]` safe,
`[-]` unsafe; see [fixes.md](fixes.md)). Select rules by code, code prefix (`CL2`), name or
family ([configuration.md](configuration.md)).

The boilerplate rules CL101–CL135 are declarative YAML packs in `rules/` (`social`, `appeals`, `mailings`,
`legal`, `navigation`), loaded through the `corpuslint_register_packs` hook;
`rules/examples/globalresearch.yaml` is a publisher-specific pack to copy, not loaded by default.
How to write one: [rule-packs.md](rule-packs.md).

| code | name | family | fix | on by default | what it finds |
|---|---|---|---|---|---|
"""


def demote_headings(markdown: str) -> str:
    """Every ATX heading outside fenced code one level deeper (`# x` becomes `## x`)."""
    out, fenced = [], False
    for line in markdown.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and line.startswith("#"):
            line = "#" + line
        out.append(line)
    return "\n".join(out)


def _anchor(rule: type[Rule]) -> str:
    """GitHub's anchor of the heading `## name (CODE)`."""
    return f"{rule.name}-{rule.code}".lower()


def rules_markdown() -> str:
    """The whole of docs/rules.md: the summary table, then every rule's explanation."""
    linter = Linter(load_config(None).model_copy(update={"select": ["ALL"], "extend_select": [], "ignore": []}))
    rules = list(linter.all_rules.values())
    parts = [_INTRO.format(regenerate=REGENERATE)]
    for rule in rules:
        family = rule.family + (" (corpus)" if rule.is_corpus_rule() else "")
        summary = rule.one_line().replace("|", "\\|")
        parts.append(f"| [{rule.code}](#{_anchor(rule)}) | `{rule.name}` | {family} | "
                     f"{_FIX_COLUMN[rule.fix_availability.value]} | {'yes' if rule.default_enabled else 'no'} | "
                     f"{summary} |\n")
    for rule in rules:
        parts.append("\n" + demote_headings(explain(rule)) + "\n")
    return "".join(parts)


def main() -> int:
    sys.stdout.write(rules_markdown())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
