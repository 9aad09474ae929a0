"""Placeholder: the urls family is being written (see the issues)."""

from __future__ import annotations

from corpuslint import hookimpl


@hookimpl
def corpuslint_register_rules(register):
    return None
