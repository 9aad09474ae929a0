"""The plugin manager and the registry of what plugins provide.

Built-in families are not special: they are listed under ``[project.entry-points.corpuslint]``
in our own pyproject.toml, exactly where a third-party plugin lists itself, and are loaded by
the same loop. A plugin that fails to import is reported by name and skipped here; the rule
set then fails the run (`check_loaded`), as a run without that plugin's rules would pass
silently, unless ``CORPUSLINT_IGNORE_BROKEN_PLUGINS=1``.

Set ``CORPUSLINT_PLUGINS=name1,name2`` to load only those entry points (by entry-point name),
and ``CORPUSLINT_TRACE_PLUGINS=1`` to print each registration on stderr.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pluggy

from corpuslint import hookspecs
from corpuslint.errors import ConfigError

if TYPE_CHECKING:
    from corpuslint.formats.base import Format
    from corpuslint.reporters.base import Reporter
    from corpuslint.rule import Rule

ENTRY_POINT_GROUP = "corpuslint"
# a rule's name: kebab-case, as a pack's rule must be (packs.schema.NAME_RE), so that every name
# can be typed after --select/--ignore and in `corpuslint rule NAME`
RULE_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


@dataclass
class PluginInfo:
    name: str
    module: str
    version: str | None
    hooks: list[str]
    builtin: bool
    error: str | None = None


@dataclass
class Registry:
    """Everything the plugins registered, validated and indexed."""

    rules: dict[str, type[Rule]] = field(default_factory=dict)  # by code
    packs: list[Path] = field(default_factory=list)
    formats: dict[str, type[Format]] = field(default_factory=dict)
    reporters: dict[str, type[Reporter]] = field(default_factory=dict)
    plugins: list[PluginInfo] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # rule name -> code

    def add_rule(self, rule_cls: type[Rule], origin: str) -> None:
        for attr in ("code", "name", "family"):
            if not getattr(rule_cls, attr, None):
                raise ConfigError(f"plugin {origin!r} registered rule {rule_cls.__name__} without a {attr}")
        code, name = rule_cls.code, rule_cls.name
        if not RULE_NAME.fullmatch(name):
            raise ConfigError(f"plugin {origin!r} registered rule {code} with the name {name!r}: a rule's name "
                              "must be kebab-case, like share-counter")
        if code in self.rules and self.rules[code] is not rule_cls:
            raise ConfigError(
                f"rule code {code} is registered twice: by {self.rules[code].origin!r} and by {origin!r}"
            )
        if name in self.names and self.names[name] != code:
            other = self.rules[self.names[name]]
            raise ConfigError(f"rule name {name!r} is registered twice: {other.code} by plugin {other.origin!r} "
                              f"and {code} by plugin {origin!r}")
        rule_cls.origin = origin
        self.rules[code] = rule_cls
        self.names[name] = code

    def listing(self) -> list[dict[str, Any]]:
        """`corpuslint plugins`' rows: each plugin, what it provides, and its rules whose documentation
        is missing (`undocumented`: no docstring; `rule` says "no documentation") or has none of the
        fixed headings (`without_headings`: no `## What it does`), which the command warns about."""
        rows = []
        for info in self.plugins:
            rules = [r for code, r in sorted(self.rules.items()) if r.origin == info.name]
            undocumented = [r.code for r in rules if r.own_doc() is None]
            rows.append({"name": info.name, "module": info.module, "version": info.version, "builtin": info.builtin,
                         "hooks": info.hooks, "rules": [r.code for r in rules], "error": info.error,
                         "undocumented": undocumented,
                         "without_headings": [r.code for r in rules if r.code not in undocumented
                                              and "## What it does" not in r.explanation()]})
        return rows

    def lookup(self, code_or_name: str) -> type[Rule] | None:
        key = code_or_name.strip()
        if key.upper() in self.rules:
            return self.rules[key.upper()]
        code = self.names.get(key.lower())
        return self.rules.get(code) if code else None


def _trace(message: str) -> None:
    if os.environ.get("CORPUSLINT_TRACE_PLUGINS"):
        print(f"corpuslint plugins: {message}", file=sys.stderr)


def _wanted() -> set[str] | None:
    """The entry points CORPUSLINT_PLUGINS names (None: all)."""
    selected = os.environ.get("CORPUSLINT_PLUGINS")
    return {n.strip() for n in selected.split(",") if n.strip()} if selected else None


def selection_note() -> str:
    """What to add to a message about something missing when CORPUSLINT_PLUGINS leaves plugins out."""
    wanted = _wanted()
    if wanted is None:
        return ""
    return (f" (CORPUSLINT_PLUGINS={os.environ['CORPUSLINT_PLUGINS']} loads only the plugins "
            f"{', '.join(sorted(wanted))}: the built-in plugins not named there, such as formats and "
            "reporters, are not loaded)")


def check_loaded(plugins: list[PluginInfo]) -> None:
    """Fail when a plugin failed to load: its rules would be missing and the run would pass."""
    failed = [p for p in plugins if p.error]
    if not failed or os.environ.get("CORPUSLINT_IGNORE_BROKEN_PLUGINS", "") not in ("", "0"):
        return
    names = "; ".join(f"{p.name!r} ({p.error})" for p in failed)
    raise ConfigError(f"plugin{'s' if len(failed) > 1 else ''} failed to load: {names}; the run would miss "
                      f"{'their' if len(failed) > 1 else 'its'} rules (`corpuslint plugins` lists them). Fix or uninstall the plugin, or set "
                      "CORPUSLINT_IGNORE_BROKEN_PLUGINS=1 to run without it")


def _entry_points() -> list[metadata.EntryPoint]:
    wanted = _wanted()
    eps = metadata.entry_points(group=ENTRY_POINT_GROUP)
    # sorted, so that loading (and thus any clash message) is deterministic
    return sorted((ep for ep in eps if wanted is None or ep.name in wanted), key=lambda ep: (ep.value, ep.name))


def _name_and_version(dist: metadata.Distribution | None) -> tuple[str | None, str | None]:
    """A distribution's name and version, from its ``name-version.dist-info`` folder when it has one.

    `Distribution.name` and `.version` parse the METADATA file with the email parser: ~2 ms per
    entry point, ~20 ms of every start-up for our own twelve; the folder's name says the same
    (wheel installs, editable ones included, always name it so).
    """
    if dist is None:
        return None, None
    folder = getattr(dist, "_path", None)
    stem = getattr(folder, "name", "").removesuffix(".dist-info")
    if stem != getattr(folder, "name", "") and stem.count("-") == 1:
        project, version = stem.split("-")
        return project.replace("_", "-").lower(), version
    return dist.name, dist.version


def get_plugin_manager(extra_plugins: tuple[Any, ...] = ()) -> tuple[pluggy.PluginManager, list[PluginInfo]]:
    """Create the manager, add the specs, load every entry point, then any extra plugin objects."""
    pm = pluggy.PluginManager(ENTRY_POINT_GROUP)
    pm.add_hookspecs(hookspecs)
    infos: list[PluginInfo] = []
    entry_points = _entry_points()
    for name in sorted((_wanted() or set()) - {ep.name for ep in entry_points}):
        error = "not installed (named in CORPUSLINT_PLUGINS)"
        infos.append(PluginInfo(name, "", None, [], False, error=error))
        print(f"corpuslint: plugin {name!r} is {error}", file=sys.stderr)
    for ep in entry_points:
        dist_name, version = _name_and_version(ep.dist)
        builtin = dist_name == "corpuslint"
        try:
            plugin = ep.load()
        except Exception as exc:  # a broken third-party plugin must not stop the run
            infos.append(PluginInfo(ep.name, ep.value, version, [], builtin, error=f"{type(exc).__name__}: {exc}"))
            print(f"corpuslint: plugin {ep.name!r} ({ep.value}, version {version}) failed to load: {exc}",
                  file=sys.stderr)
            continue
        if pm.is_registered(plugin):
            continue
        pm.register(plugin, name=ep.name)
        infos.append(PluginInfo(ep.name, ep.value, version, _hooks_of(pm, plugin), builtin))
        _trace(f"loaded {ep.name} = {ep.value}")
    for plugin in extra_plugins:
        name = getattr(plugin, "__name__", None) or type(plugin).__name__
        pm.register(plugin, name=name)
        infos.append(PluginInfo(name, name, None, _hooks_of(pm, plugin), False))
    return pm, infos


def _hooks_of(pm: pluggy.PluginManager, plugin: Any) -> list[str]:
    callers = pm.get_hookcallers(plugin) or []
    return sorted(caller.name for caller in callers)


def build_registry(extra_plugins: tuple[Any, ...] = ()) -> Registry:
    """Ask every plugin for its rules, packs, formats and reporters."""
    pm, infos = get_plugin_manager(extra_plugins)
    registry = Registry(plugins=infos)
    hook = pm.hook

    for impl in hook.corpuslint_register_rules.get_hookimpls():
        origin = impl.plugin_name
        impl.function(register=lambda cls, origin=origin: registry.add_rule(cls, origin))
        _trace(f"{origin}: rules registered")
    for impl in hook.corpuslint_register_packs.get_hookimpls():
        impl.function(register=lambda path: registry.packs.append(Path(path)))
    for impl in hook.corpuslint_register_formats.get_hookimpls():
        origin = impl.plugin_name

        def add_format(cls: type[Format], origin: str = origin) -> None:
            if cls.name in registry.formats:
                raise ConfigError(f"format {cls.name!r} is registered twice (again by {origin!r})")
            registry.formats[cls.name] = cls

        impl.function(register=add_format)
    for impl in hook.corpuslint_register_reporters.get_hookimpls():
        impl.function(register=lambda cls: registry.reporters.__setitem__(cls.name, cls))
    return registry
