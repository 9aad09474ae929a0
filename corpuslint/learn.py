"""`corpuslint learn`: turn the corpus's repeated paragraphs (CL151) into a rule pack.

The pack is for a person to read, trim and commit: one rule per site (or one for the whole
corpus when documents name no site), each phrase preceded by a comment saying in how many
documents (and how many different articles) it was found and one place. Lines that differ only
in their numbers ("8.1k SHARES Facebook Twitter", "196 SHARES Facebook Twitter") become one
pattern with `\\d+` where the numbers were. Every rule matches whole lines only (`anchor: whole`)
and covers the paragraph unless the paragraph is longer than the phrase (`max-length`), so a
learned phrase quoted inside prose is left alone. The output loads with
`corpuslint.packs.load_pack`; add it to `packs:` in corpuslint.yaml to use it.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import regex

from corpuslint.config import Config
from corpuslint.discovery import Discovery
from corpuslint.errors import UsageError
from corpuslint.linter import Linter
from corpuslint.models import Document
from corpuslint.session import Session, outputs_folder

RULE_CODE = "CL151"
_NOT_SLUG = regex.compile(r"[^a-z0-9]+")
_DIGITS = regex.compile(r"\d+")


@dataclass
class Learned:
    key: str
    documents: int = 0
    independent: int = 0
    forms: Counter = field(default_factory=Counter)  # surface text -> documents
    sites: Counter = field(default_factory=Counter)
    where: str = ""


def collect(config: Config, paths: list[str], *, index: str = "persistent") -> dict[str, Learned]:
    """Run CL151 over `paths` (against the corpus index) and gather what it reports, by key.

    `config` selects CL151 (with its options); `index` is the session's index mode.
    """
    linter = Linter(config)
    rule = linter.by_code.get(RULE_CODE)
    if rule is None:
        return {}
    files = list(Discovery(linter.config, outputs_folder(linter.config, paths)).files(paths))
    if not files:  # "nothing learned" would pass a wrong path or an `exclude` that leaves nothing
        from corpuslint.errors import UsageError

        raise UsageError(f"nothing to learn from: no files to check under {', '.join(paths)} "
                         "(see `include`, `extend-include` and `exclude` in the configuration)")
    corpus = Session(linter, index=index).corpus_index(files, paths)
    found: dict[str, Learned] = {}
    for path in files:
        for item in linter.format_for(path).iter_documents(path, linter.read_settings):
            if not isinstance(item, Document):
                continue
            own = list(rule.fingerprints(item))
            for v in rule.check_corpus(item, corpus, own):
                key = v.data.get("key")
                if not key:
                    continue
                entry = found.setdefault(key, Learned(key=key, where=f"{path}:{item.position(v.start)[0]}"))
                entry.documents = max(entry.documents, v.data.get("documents", 0))
                entry.independent = max(entry.independent, v.data.get("independent", 0))
                entry.forms[" ".join(item.text[v.start:v.end].split())] += 1
                entry.sites[v.data.get("site") or ""] += 1
    return found


def boilerplate_threshold(labels: Path, folders: list[str], precision: float) -> tuple[str, str]:
    """`learn --boilerplate-labels`: CL140's threshold for the user's labelled lines, as the text
    to print and a warning ("" if none). CL140 comes from the registry: learn imports no check."""
    from corpuslint.plugins import build_registry

    rule = build_registry().rules.get("CL140")
    if rule is None or getattr(rule, "fit_threshold", None) is None:
        raise UsageError("CL140 (boilerplate-line) is not registered; is the boilerplate plugin loaded?")
    files, fit = rule.fit_threshold(labels, folders, precision)
    out = [f"{fit.lines} labelled lines in {files} files, {fit.boilerplate} boilerplate", "threshold  precision  recall"]
    out += [f"     {t:.2f}      {p:.3f}   {r:.3f}" for t, p, r in fit.curve[::5]]
    if fit.threshold is None:
        return "\n".join(out) + "\n", f"no threshold keeps precision {precision} on this sample; keep the default"
    out += [f"\nprecision {fit.precision:.3f}, recall {fit.recall:.3f} at threshold {fit.threshold:.2f}; "
            "in corpuslint.yaml:\n", f"rules:\n  CL140:\n    threshold: {fit.threshold:.2f}"]
    return "\n".join(out) + "\n", ""


def check_names(pack: str, prefix: str) -> None:
    """Refuse a pack name or code prefix the written pack could not load with, or that takes
    corpuslint's own prefix (CL: `--select CL` would select the learned rules too)."""
    from corpuslint.packs.schema import NAME_RE

    if not regex.match(NAME_RE, pack):
        raise UsageError(f"--pack {pack!r}: a pack's name is kebab-case, like learned or mysite-footer")
    if not regex.fullmatch(r"[A-Z][A-Z0-9]*", prefix):
        raise UsageError(f"--prefix {prefix!r}: a code prefix is capital letters (and digits), like LRN or ACME")
    if prefix.startswith("CL"):
        raise UsageError(f"--prefix {prefix!r}: CL is corpuslint's own prefix (`--select CL` would select the "
                         "learned rules too); use your own, like LRN or ACME")


def render(found: dict[str, Learned], *, pack: str = "learned", prefix: str = "LRN", source: str = "") -> str:
    """The YAML text of the pack (the format: docs/rule-packs.md)."""
    check_names(pack, prefix)
    groups: dict[str, list[Learned]] = defaultdict(list)
    for entry in found.values():
        site, n = entry.sites.most_common(1)[0]
        groups[site if site and n * 2 >= sum(entry.sites.values()) else ""].append(entry)
    out = [
        f"# Learned by `corpuslint learn`{f' from {source}' if source else ''}: lines and paragraphs that",
        "# recur across many different documents of the corpus (CL151). Review before committing:",
        "# delete any phrase that is real content, then list this file under `packs:` in corpuslint.yaml.",
        f"pack: {pack}",
        "description: Boilerplate learned from the corpus (repeated lines and paragraphs).",
        "",
        "rules:",
    ]
    number = 0
    for site in sorted(groups, key=lambda s: (s == "", s)):
        entries = sorted(groups[site], key=lambda e: (-e.documents, e.key))
        phrases = [e for e in entries if not _DIGITS.search(e.forms.most_common(1)[0][0])]
        numbered = [e for e in entries if _DIGITS.search(e.forms.most_common(1)[0][0])]
        slug = _NOT_SLUG.sub("-", site.lower()).strip("-") or "corpus"
        for kind, items in (("phrases", phrases), ("patterns", numbered)):
            if not items:
                continue
            number += 1
            longest = max(len(form) for e in items for form in e.forms)
            name = f"{pack}-{slug}" + ("-numbered" if kind == "patterns" else "")
            out += [
                "",
                f"  - code: {prefix}{number:03d}",
                f"    name: {_NOT_SLUG.sub('-', name.lower()).strip('-')}",
                f"    kind: {kind}",
                f"    summary: {json.dumps(f'Boilerplate repeated across the corpus' + (f' ({site})' if site else '') + '.')}",
                '    message: "boilerplate learned from the corpus: `{match}`; remove it"',
                "    scope: paragraph",
                "    anchor: whole",
                f"    max-length: {longest + 20}",
                f"    {kind}:",
            ]
            for e in items:
                out.append(f"      # {e.documents} documents, {e.independent}{'+' if e.independent >= 24 else ''} "
                           f"different articles; e.g. {e.where}")
                for value in _values(e, kind):
                    out.append(f"      - {json.dumps(value, ensure_ascii=False)}")
    if number == 0:
        return "\n".join(out[:-2]) + "\n# (no repeated boilerplate found)\n"
    return "\n".join(out) + "\n"


def _values(entry: Learned, kind: str) -> list[str]:
    """Each surface form CL151 counted under the entry's key, most frequent first.

    CL151 counts a paragraph across documents by a normalised key (case and punctuation folded:
    "More to come.", "more to come", "MORE TO COME!"), a pack matches its phrases literally but
    for case: one phrase per form, so that the pack finds what the comment counted.
    """
    values: dict[str, str] = {}
    for form, _n in entry.forms.most_common():
        value = form if kind == "phrases" else _pattern(form)
        values.setdefault(value.casefold(), value)  # packs ignore case by default
    return list(values.values())


def _pattern(form: str) -> str:
    """A regex matching `form` with any number where it has one."""
    parts = _DIGITS.split(form)
    return r"\d+".join(r"\s+".join(regex.escape(w) for w in part.split(" ")) for part in parts)
