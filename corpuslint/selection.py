"""Which rules run: `select`, `extend-select`, `ignore`, and per-file ignores.

Selectors are codes (`CL201`), code prefixes (`CL2`), rule names (`stray-html-tag`), family
names (`markup`) or `ALL`. As in ruff, the more specific selector wins: `select: [CL2]` with
`ignore: [CL201]` runs every CL2xx rule but CL201, and `ignore: [CL2]` with
`extend-select: [CL203]` keeps CL203.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from corpuslint.errors import ConfigError

if TYPE_CHECKING:
    from corpuslint.rule import Rule


def specificity(selector: str, rule: type[Rule]) -> int:
    """How precisely `selector` names `rule`: 0 for no match, higher is more specific."""
    sel = selector.strip()
    if not sel:
        return 0
    if sel.upper() == "ALL":
        return 1
    if sel.lower() == rule.family.lower():
        return 2
    if sel.lower() == rule.name.lower():
        return 100
    if rule.code.upper().startswith(sel.upper()):
        return 2 + len(sel)
    return 0


def is_selector_known(selector: str, rules: Iterable[type[Rule]]) -> bool:
    return any(specificity(selector, rule) for rule in rules) or selector.upper() == "ALL"


def enabled(rule: type[Rule], select: list[str] | None, extend_select: list[str], ignore: list[str]) -> bool:
    chosen = max((specificity(s, rule) for s in (select or [])), default=0)
    if select is None and rule.default_enabled:
        chosen = 1
    chosen = max(chosen, *(specificity(s, rule) for s in extend_select), 0)
    if not rule.default_enabled and chosen < 100 and not _exact_code(rule, [*(select or []), *extend_select]):
        return False  # off-by-default rules need their own code or name
    ignored = max((specificity(s, rule) for s in ignore), default=0)
    return chosen > 0 and chosen > ignored


def _exact_code(rule: type[Rule], selectors: list[str]) -> bool:
    return any(s.strip().upper() == rule.code.upper() for s in selectors)


def check_selectors(rules: Iterable[type[Rule]], selectors: Iterable[str], where: str) -> None:
    rules = list(rules)
    for selector in selectors:
        if not is_selector_known(selector, rules):
            raise ConfigError(f"{where}: no rule, prefix or family matches `{selector}` "
                              "(see `corpuslint rules`)")


class PerFileIgnores:
    """Glob (relative to the config file's folder) -> selectors ignored in matching files."""

    def __init__(self, table: dict[str, list[str]], root: Path) -> None:
        self.table = table
        self.root = root

    def ignored(self, path: str, rule: type[Rule]) -> bool:
        if not self.table:
            return False
        relative = self._relative(path)
        name = Path(path).name
        for pattern, selectors in self.table.items():
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(name, pattern):
                if any(specificity(s, rule) for s in selectors):
                    return True
        return False

    def _relative(self, path: str) -> str:
        try:
            return Path(path).resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return Path(path).as_posix()
