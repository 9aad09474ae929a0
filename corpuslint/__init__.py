"""corpuslint: a data-quality linter and autofixer for text corpora.

The public Python API, for pipelines that lint documents without the CLI::

    from corpuslint import Document, Linter

    linter = Linter()                       # built-in defaults, or Linter(load_config(path))
    for finding in linter.check([Document.from_text("<u>Reuters</u> said")]):
        print(finding.code, finding.message)
"""

from __future__ import annotations

from typing import Any

import pluggy

__version__ = "0.1.0"

hookimpl = pluggy.HookimplMarker("corpuslint")

__all__ = [
    "ConfigError",
    "CorpuslintError",
    "CorpusRule",
    "Document",
    "Finding",
    "Fix",
    "Linter",
    "Rule",
    "UsageError",
    "Violation",
    "__version__",
    "hookimpl",
    "load_config",
]

_LAZY = {
    "Linter": "corpuslint.session",
    "load_config": "corpuslint.config",
    "Document": "corpuslint.models",
    "Finding": "corpuslint.models",
    "Fix": "corpuslint.models",
    "Violation": "corpuslint.models",
    "Rule": "corpuslint.rule",
    "CorpusRule": "corpuslint.rule",
    "ConfigError": "corpuslint.errors",
    "CorpuslintError": "corpuslint.errors",
    "UsageError": "corpuslint.errors",
}


def __getattr__(name: str) -> Any:
    # Lazy, so that `import corpuslint` (and every plugin's `from corpuslint import hookimpl`)
    # does not pay for pydantic before it is needed. Their types are in __init__.pyi, not in a
    # TYPE_CHECKING block: every plugin module imports this package, so it imports nothing
    # above them, not even for type checkers (see tests/test_layers.py).
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)
