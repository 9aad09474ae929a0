"""corpuslint as datatrove pipeline steps, and the corpus rules as a multi-stage datatrove job.

An optional extra (`pip install 'corpuslint[dist]'`): nothing in the core imports this package,
and this package imports datatrove only where a step is built, so that `corpuslint dist` can say
what is missing instead of failing on import.

* Per-document steps (`corpuslint.dist.steps`, the filter in `corpuslint.dist.filter`):
  `CorpuslintAnnotator`, `CorpuslintFilter`, `CorpuslintFixer`; a reader through corpuslint's own parsers (`CorpuslintReader`) and an
  adapter for datatrove's stock readers (`corpuslint_adapter`).
* The corpus job (`corpuslint.dist.job`): fingerprints -> reduce by bucket -> resolve follow-up
  lookups -> check, chained executors for local, Slurm or Ray (`corpus_job`).

See docs/dist.md.
"""

from __future__ import annotations

from typing import Any

from corpuslint.errors import UsageError

INSTALL_HINT = "pip install 'corpuslint[dist]'"


def require_datatrove() -> None:
    """Raise a clear error when datatrove (or pyarrow) is not installed."""
    missing = []
    for module in ("datatrove", "pyarrow"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module)
    if missing:
        raise UsageError(f"corpuslint dist needs {' and '.join(missing)}, which {'is' if len(missing) == 1 else 'are'} "
                         f"not installed: {INSTALL_HINT}")


_EXPORTS = {
    "CorpuslintAnnotator": "corpuslint.dist.steps",
    "CorpuslintFilter": "corpuslint.dist.filter",
    "CorpuslintFixer": "corpuslint.dist.steps",
    "CorpuslintReader": "corpuslint.dist.reader",
    "corpuslint_adapter": "corpuslint.dist.convert",
    "chat_messages": "corpuslint.dist.convert",
    "corpus_job": "corpuslint.dist.job",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(name)
    require_datatrove()
    import importlib

    return getattr(importlib.import_module(module), name)
