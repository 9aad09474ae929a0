"""The rule set of a configuration: every known rule (plugins' and packs'), and the selected
ones, instantiated with their options and bound to their partners.

Built once per linter; nothing here reads a document.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from corpuslint.config import Config, config_line, rule_options_line
from corpuslint.errors import ConfigError
from corpuslint.plugins import Registry, check_loaded, selection_note
from corpuslint.policy import enabled, is_selector_known
from corpuslint.rule import CorpusRule, Rule


class RuleSet:
    """`all_rules` (code -> class, sorted), `rules` (the selected ones, instantiated), and their
    split into per-document and corpus rules."""

    def __init__(self, config: Config, registry: Registry) -> None:
        self.config = config
        self.registry = registry
        check_loaded(registry.plugins)
        self.all_rules = self._all_rule_classes()
        self.rules = self._instantiate()
        self.doc_rules = [r for r in self.rules if not isinstance(r, CorpusRule)]
        self.corpus_rules = [r for r in self.rules if isinstance(r, CorpusRule)]
        self.by_code = {r.code: r for r in self.rules}
        # catch-all rules whose findings give way to a specific rule's (see Rule.defers_to_specific):
        # code -> its defer_order, and code -> the defer_share of its text that must be covered
        self.deferring = {r.code: r.defer_order for r in self.rules if r.defers_to_specific}
        self.defer_share = {r.code: r.defer_share for r in self.rules if r.defers_to_specific}

    def _all_rule_classes(self) -> dict[str, type[Rule]]:
        rules = dict(self.registry.rules)
        pack_paths = list(self.registry.packs) if self.config.builtin_packs else []
        pack_paths += [self.config.root / p for p in self.config.packs]
        if pack_paths:
            from corpuslint.packs import load_pack

            builtin = set(self.registry.packs)
            names = {r.name: code for code, r in rules.items()}
            sources = {code: f"plugin {r.origin!r}" for code, r in rules.items()}  # code -> where it came from
            for path in pack_paths:
                if not path.is_file():
                    raise ConfigError(f"rule pack not found: {path}", path=self.config.path)
                for rule_cls in load_pack(path):
                    code, name = rule_cls.code, rule_cls.name
                    if code in rules and rules[code] is not rule_cls:
                        raise ConfigError(f"rule code {code} of pack {path} is already used by "
                                          f"{sources.get(code) or rules[code].__module__}", path=str(path))
                    if name in names and names[name] != code and rules[names[name]] is not rule_cls:
                        raise ConfigError(f"rule name {name!r} of {code} in pack {path} is already used by "
                                          f"{names[name]} of {sources.get(names[name], 'another rule')}",
                                          path=str(path))
                    rule_cls.origin = rule_cls.origin or (f"pack {path.name}" if path in builtin else str(path))
                    rules[code] = rule_cls
                    names[name] = code
                    sources.setdefault(code, f"{'built-in ' if path in builtin else ''}pack {path}")
        return dict(sorted(rules.items()))

    def lookup(self, code_or_name: str) -> type[Rule] | None:
        key = code_or_name.strip()
        if key.upper() in self.all_rules:
            return self.all_rules[key.upper()]
        return next((r for r in self.all_rules.values() if r.name == key.lower()), None)

    def _instantiate(self) -> list[Rule]:
        config = self.config
        classes = list(self.all_rules.values())
        self._check_selectors(classes)
        options = self._options(classes)
        active = []
        for rule_cls in classes:
            if enabled(rule_cls, config.select, config.extend_select, config.ignore):
                active.append(rule_cls(options.get(rule_cls.code), timeout=config.timeout))
        if not active:
            raise self._nothing_selected()
        partners: dict[Any, list[Rule]] = {}
        for rule in active:
            partners.setdefault(type(rule).bind.__func__, []).append(rule)
        for bind, rules in partners.items():
            bind(type(rules[0]), rules)
        return active

    def _split(self, key: str) -> tuple[list[str], list[str] | None]:
        """A selection setting's items from the config file, and from its option (None: not given)."""
        value = getattr(self.config, key) or []
        given = self.config.given.get(key)
        if given is None:
            return list(value), None
        return ([] if key == "select" else list(value[:len(value) - len(given)])), list(given)

    def _check_selectors(self, classes: list[type[Rule]]) -> None:
        """Every selector names a rule, prefix or family; else an error naming the option, or
        the config file's line (a typo must not silently select or ignore nothing)."""
        config = self.config
        for key in ("select", "extend_select", "ignore"):
            alias = key.replace("_", "-")
            from_file, from_option = self._split(key)
            for selector in from_option or []:
                if not is_selector_known(selector, classes):
                    raise ConfigError(f"--{alias}: no rule, prefix or family matches `{selector}` "
                                      "(see `corpuslint rules`)")
            for i, selector in enumerate(from_file):
                if not is_selector_known(selector, classes):
                    raise ConfigError(f"`{alias}`: no rule, prefix or family matches `{selector}` "
                                      "(see `corpuslint rules`)", path=config.path, line=config_line(config, [alias, i]))
        for pattern, selectors in config.per_file_ignores.items():
            for i, selector in enumerate(selectors):
                if not is_selector_known(selector, classes):
                    raise ConfigError(f"`per-file-ignores` `{pattern}`: no rule, prefix or family matches "
                                      f"`{selector}` (see `corpuslint rules`)", path=config.path,
                                      line=config_line(config, ["per-file-ignores", pattern, i]))

    def _nothing_selected(self) -> ConfigError:
        """No rule is selected: a run would check nothing and pass. Say which settings did it."""
        config = self.config
        name = Path(config.path).name if config.path else "the configuration"
        parts, in_file = [], False
        for key in ("select", "extend_select", "ignore"):
            alias = key.replace("_", "-")
            from_file, from_option = self._split(key)
            if from_option is not None:
                parts.append(f"--{alias} {','.join(from_option) or repr('')}")
            if from_file or (key == "select" and config.select is not None and from_option is None):
                parts.append(f"`{alias}: [{', '.join(from_file)}]` in {name}")
                in_file = True
        only_file = in_file and not config.given.keys() & {"select", "extend_select", "ignore"}
        return ConfigError(f"no rule selected ({'; '.join(parts) or 'the default rules'}): the run would check "
                           "nothing and pass; name the rules to run (`corpuslint rules` lists them)" + selection_note(),
                           path=config.path if only_file else None,
                           line=next(filter(None, (config_line(config, [k]) for k in ("select", "ignore"))), None)
                           if only_file else None)

    def _options(self, classes: list[type[Rule]]) -> dict[str, Any]:
        """Each configured rule's validated options.

        `rules:` keys are rule codes or names, or a family name whose options apply to each of
        its rules (the metadata schema, say, is shared by CL501-CL505); a rule's own entry wins
        over its family's, key by key.
        """
        config = self.config
        raw: dict[str, dict[str, Any]] = {}
        families = {r.family for r in classes}
        for key, value in sorted(config.rules.items(), key=lambda kv: self.lookup(kv[0]) is not None):
            rule_cls = self.lookup(key)
            if rule_cls is None and key in families:
                for member in (r for r in classes if r.family == key):
                    raw.setdefault(member.code, {}).update(value or {})
                continue
            if rule_cls is None:
                raise ConfigError(f"`rules`: no rule or family is called `{key}` (see `corpuslint rules`)",
                                  path=config.path, line=rule_options_line(config, key))
            raw.setdefault(rule_cls.code, {}).update(value or {})
        options: dict[str, Any] = {}
        for code, value in raw.items():
            rule_cls = self.all_rules[code]
            key = next((k for k in config.rules if self.lookup(k) is rule_cls), rule_cls.family)
            try:
                options[code] = rule_cls.Options.model_validate(value)
            except ValidationError as exc:
                problems = "; ".join(
                    f"`{'.'.join(str(p) for p in e['loc'])}`: "
                    + ("unknown option" if e["type"] == "extra_forbidden" else e["msg"])
                    for e in exc.errors())
                known = ", ".join(f"`{f.alias or n}`" for n, f in rule_cls.Options.model_fields.items()) or "none"
                # the line of the first wrong option, else of the rule's entry (qa18b #10: always the entry's)
                first = [str(p) for p in exc.errors()[0]["loc"]] if exc.errors() else []
                line = (config_line(config, ["rules", key, *first]) if first else None) or rule_options_line(config, key)
                raise ConfigError(f"invalid options for rule {rule_cls.code} ({rule_cls.name}): {problems}; "
                                  f"its options are: {known}", path=config.path, line=line) from None
        return options

    def collectors(self) -> list[CorpusRule]:
        """Every corpus rule, selected or not, with its configured options.

        The persistent index holds the fingerprints of all of them, so that a run with another
        `--select` neither rebuilds it nor finds it lacking.
        """
        active = {rule.code: rule for rule in self.corpus_rules}
        rules = []
        for code, rule_cls in self.all_rules.items():
            if not issubclass(rule_cls, CorpusRule):
                continue
            rule = active.get(code)
            if rule is None:
                options = None
                for key, value in self.config.rules.items():
                    if self.lookup(key) is rule_cls:
                        try:
                            options = rule_cls.Options.model_validate(value or {})
                        except Exception:
                            options = None
                rule = rule_cls(options, timeout=self.config.timeout)
            rules.append(rule)
        return rules
