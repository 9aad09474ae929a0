"""Built-in reporters: text, json, jsonl, github (more register the same way)."""

from __future__ import annotations

from corpuslint import hookimpl


@hookimpl
def corpuslint_register_reporters(register):
    return None
