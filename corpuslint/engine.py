"""Compatibility: the names plugins, scripts and tests imported from `corpuslint.engine` before
the core was layered (issue 12). A top-layer module (it imports the session): nothing inside
corpuslint imports it. New code imports from where each name lives:

- `Linter` (the public API, with `fix` and `run`): corpuslint.session (also `corpuslint.Linter`);
  the thin checking linter underneath: corpuslint.linter
- `FileOutcome`, `RunResult`, `FixResult`, `RuleCrash`, `Tally`, `applicable`: corpuslint.results
- `read_source`, `MAX_FIX_PASSES`: corpuslint.fixer; `PARALLEL_MIN_BYTES`: corpuslint.runner
"""

from __future__ import annotations

import sys
from typing import Any

from corpuslint.fixer import MAX_FIX_PASSES, read_source
from corpuslint.results import FileOutcome, FixResult, RuleCrash, RunResult, Tally, applicable
from corpuslint.runner import PARALLEL_MIN_BYTES
from corpuslint.session import Linter

__all__ = ["MAX_FIX_PASSES", "PARALLEL_MIN_BYTES", "FileOutcome", "FixResult", "Linter", "RuleCrash",
           "RunResult", "Tally", "applicable", "eprint", "read_source"]


def eprint(*args: Any) -> None:
    print(*args, file=sys.stderr)
