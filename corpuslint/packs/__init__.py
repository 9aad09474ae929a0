"""Declarative rule packs: boilerplate phrases and patterns as YAML data.

The format, how a rule matches, fixes and errors: docs/rule-packs.md. The package reads as the
life of a pack: `schema` (what a pack may say), `literals` and `compile` (one alternation and
the scanner's filters per rule), `blocks`, `scanner` and `matcher` (all pack rules look at a
document together, once), `rule` (`PackRule`, the class every pack rule derives from) and
`loader` (`load_pack`, with its caches). Which packs ship with corpuslint is the boilerplate
family's business (`corpuslint.checks.boilerplate.builtin_pack_paths`).
"""

from __future__ import annotations

from corpuslint.packs.blocks import removal_span
from corpuslint.packs.loader import load_pack
from corpuslint.packs.rule import PackRule

__all__ = ["PackRule", "load_pack", "removal_span"]
