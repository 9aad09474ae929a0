"""Hook specifications: what a corpuslint plugin can provide.

Every hook receives a ``register`` callable instead of returning a list, so that corpuslint
validates each item as it arrives and can name the plugin that sent a bad one.

All hooks are called once, when the plugin manager is set up (before any file is read), in no
particular order between plugins. None of them is ``firstresult``: every plugin's items count.
Built-in families are plugins too, registered through the same ``corpuslint`` entry-point group
that third-party plugins use; see ``corpuslint plugins``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from corpuslint.formats.base import Format
    from corpuslint.reporters.base import Reporter
    from corpuslint.rule import Rule

hookspec = pluggy.HookspecMarker("corpuslint")

# -------------------------------------------------------------------------
# Reading and writing documents
# -------------------------------------------------------------------------


@hookspec
def corpuslint_register_formats(register: Callable[[type[Format]], None]) -> None:
    """Register readers/writers of document formats.

    :param register: call with a `Format` subclass. Its ``name`` must be unique and its
        ``extensions`` say which files it reads (``.txt``); a later plugin cannot take an
        extension a built-in format owns.

    Use in plugins: add a format for a corpus layout corpuslint does not read yet (CSV,
    Parquet, WARC), giving both directions so that ``--fix`` can write back.
    """


# -------------------------------------------------------------------------
# Checking
# -------------------------------------------------------------------------


@hookspec
def corpuslint_register_rules(register: Callable[[type[Rule]], None]) -> None:
    """Register rule classes.

    :param register: call with a `Rule` or `CorpusRule` subclass. Its ``code`` (``CL201``,
        or a plugin's own prefix such as ``XYZ101``) and kebab-case ``name`` must be unique
        across all plugins; a clash stops the run with a message naming both plugins.

    Use in plugins: the usual hook of a third-party plugin. See docs/plugins.md ("Writing a plugin").
    """


@hookspec
def corpuslint_register_packs(register: Callable[[Path], None]) -> None:
    """Register declarative YAML rule packs (files like those in ``rules/``).

    :param register: call with the path of one pack file. Packs are validated when the rule
        registry is built; an invalid pack is a configuration error naming file and line.

    Use in plugins: ship publisher- or language-specific boilerplate phrases as data.
    """


# -------------------------------------------------------------------------
# Reporting
# -------------------------------------------------------------------------


@hookspec
def corpuslint_register_reporters(register: Callable[[type[Reporter]], None]) -> None:
    """Register output formats for ``--output-format``.

    :param register: call with a `Reporter` subclass; its ``name`` is the option value.

    Use in plugins: feed findings to a dashboard or a data catalogue.
    """
