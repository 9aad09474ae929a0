"""The report's numbers: findings folded, one at a time, into counts, groups, clusters and samples.

Exact counts are kept for everything; the findings themselves are kept only as a sample (up to
`per_rule` per rule, plus a few per group, per repeated text and per duplicate cluster), so the
page stays a few MB whatever the corpus size. The page says so wherever it shows the sample.
"""

from __future__ import annotations

import os
import random
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from corpuslint.models import Applicability, Finding
from corpuslint.report.corpus import CorpusStats, doc_key, folder_of
from corpuslint.results import fix_label

REPEATED_LINE = "CL151"
REPEATED_BIO = "CL410"
DUPLICATES = ("CL411", "CL412")
MISSING_METADATA = "CL501"
FAMILY_ORDER = ("boilerplate", "markup", "urls", "bios", "duplicates", "metadata", "input")
MESSAGE_CHARS = 240


@dataclass(slots=True)
class Row:
    """One finding as the page's table shows it."""

    index: int
    code: str
    group: str
    doc: int
    path: str
    record: int | None
    document: str | None
    line: int
    column: int
    severity: str
    message: str
    text: str
    offset: int
    end_offset: int
    status: str = ""
    key: str = ""
    cluster: str = ""
    before: str = ""
    after: str = ""

    @property
    def label(self) -> str:
        return self.document or self.path

    def to_json(self) -> list[Any]:
        return [self.code, self.group, self.label, f"{self.path}:{self.line}:{self.column}", self.severity,
                self.message, self.before, self.text, self.after, self.status, self.key, self.cluster]


ROW_FIELDS = ["code", "group", "doc", "where", "severity", "message", "before", "text", "after", "status",
              "key", "cluster"]


@dataclass
class Repeated:
    """A text stamped on many documents (CL151 line or paragraph, CL410 bio)."""

    text: str
    documents: int = 0  # as the rule counted them across the corpus
    findings: int = 0
    site: str = ""
    examples: list[str] = field(default_factory=list)


class _Clusters:
    """Union-find over documents linked by a duplicate finding."""

    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, node: Any) -> Any:
        parent = self.parent.setdefault(node, node)
        while parent != node:
            grand = self.parent.setdefault(parent, parent)
            self.parent[node] = grand
            node, parent = parent, grand
        return node

    def union(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[Any]]:
        out: dict[Any, list[Any]] = defaultdict(list)
        for node in list(self.parent):
            out[self.find(node)].append(node)
        return sorted(out.values(), key=lambda members: (-len(members), min(members)))


class Aggregate:
    """Fold findings (`add`) and the corpus's counts into the report's data (`result`)."""

    def __init__(self, stats: CorpusStats | None, group_by: str, *, per_rule: int = 100,
                 per_group: int = 2, per_text: int = 3, per_cluster: int = 10, top: int = 25) -> None:
        self.stats = stats
        self.group_by = group_by if stats is not None or group_by in ("folder", "file") else "folder"
        self.per_rule, self.per_group, self.per_text, self.top = per_rule, per_group, per_text, top
        self.per_cluster = per_cluster
        self.total = 0
        self.doc_ids: dict[tuple[str, int | None], int] = {}
        self.doc_labels: dict[int, str] = {}
        self.rules: dict[str, dict[str, str]] = {}
        self.by_rule: Counter = Counter()
        self.rule_docs: dict[str, set[int]] = defaultdict(set)
        self.fixable: dict[str, Counter] = defaultdict(Counter)  # code -> safe/unsafe/none
        self.status: dict[str, Counter] = defaultdict(Counter)  # code -> new/known
        self.group_findings: dict[str, Counter] = defaultdict(Counter)  # group -> family -> n
        self.group_docs: dict[str, set[int]] = defaultdict(set)
        self.edits: dict[int, list[tuple[int, int, int, str, bool]]] = defaultdict(list)
        self.repeated: dict[str, dict[str, Repeated]] = {REPEATED_LINE: {}, REPEATED_BIO: {}}
        self.clusters = {code: _Clusters() for code in DUPLICATES}
        self.dup_rows: dict[str, list[Row]] = {code: [] for code in DUPLICATES}
        self.missing: Counter = Counter()
        self.missing_docs: dict[str, set[int]] = defaultdict(set)
        self._seen_rule: Counter = Counter()
        self._reservoir: dict[str, list[Row]] = defaultdict(list)
        self._random: dict[str, random.Random] = {}
        self._per_group: Counter = Counter()
        self._per_key: Counter = Counter()
        self._extras: Counter = Counter()
        self._extra: list[Row] = []
        self.ungrouped = 0

    # -- folding ------------------------------------------------------------------------------

    def _doc(self, path: str, record: int | None, label: str | None) -> int:
        key = doc_key(path, record)
        number = self.doc_ids.get(key)
        if number is None:
            number = self.doc_ids[key] = len(self.doc_ids)
        if label and number not in self.doc_labels:
            self.doc_labels[number] = label
        return number

    def _group(self, f: Finding) -> str:
        if self.stats is not None:
            label = self.stats.group_for(f.path, f.record, f.document)
            if label is not None:
                return label
            self.ungrouped += 1
        if self.group_by == "file":
            return f.path
        return folder_of(f.path)

    def add(self, f: Finding, status: str = "") -> None:
        self.total += 1
        code, family = f.code, f.family
        if code not in self.rules:
            self.rules[code] = {"name": f.name, "family": family}
        doc = self._doc(f.path, f.record, f.document or (f.path if f.record is None else None))
        group = self._group(f)
        self.by_rule[code] += 1
        self.rule_docs[code].add(doc)
        self.group_findings[group][family] += 1
        self.group_docs[group].add(doc)
        if status:
            self.status[code][status] += 1
        fix, label = f.fix, fix_label(f)  # (a removal `--fix` takes with its run has no edits of its own)
        if label is None:
            self.fixable[code]["none"] += 1
        else:
            safe = label is Applicability.SAFE
            self.fixable[code]["safe" if safe else "unsafe"] += 1
            for edit in fix.edits if fix is not None else []:
                if edit.end > edit.start or edit.replacement:
                    self.edits[doc].append((edit.start, edit.end, len(edit.replacement), family, safe))
        row = None
        key = ""
        if code in self.repeated:
            key = f.source or (f.text or f.message)[:80]
            item = self.repeated[code].get(key)
            if item is None:
                item = self.repeated[code][key] = Repeated(text=f.text or "", site=str(f.data.get("site") or ""))
            item.findings += 1
            item.documents = max(item.documents, int(f.data.get("documents") or f.data.get("independent") or 0))
            label = f.document or f.path
            if len(item.examples) < 3 and label not in item.examples:
                item.examples.append(label)
        elif code in self.clusters:
            clusters = self.clusters[code]
            for related in f.related:
                other = self._doc(related.path, related.record, None)
                clusters.union(doc, other)
            clusters.find(doc)
            row = self._row(f, doc, group, status, key)
            self.dup_rows[code].append(row)
        elif code == MISSING_METADATA:
            name = str(f.data.get("field") or "?")
            key = f"field:{name}"
            self.missing[name] += 1
            self.missing_docs[name].add(doc)
        self._sample(f, doc, group, status, key, row)

    def _row(self, f: Finding, doc: int, group: str, status: str, key: str) -> Row:
        message = f.message if len(f.message) <= MESSAGE_CHARS else f.message[:MESSAGE_CHARS - 1] + "…"
        return Row(index=self.total, code=f.code, group=group, doc=doc, path=f.path, record=f.record,
                   document=f.document, line=f.line, column=f.column, severity=f.severity.value,
                   message=message, text=f.text or "", offset=f.offset, end_offset=f.end_offset,
                   status=status, key=key)

    def _sample(self, f: Finding, doc: int, group: str, status: str, key: str, row: Row | None) -> None:
        code = f.code
        self._seen_rule[code] += 1
        seen = self._seen_rule[code]
        reservoir = self._reservoir[code]
        if len(reservoir) < self.per_rule:
            reservoir.append(row or self._row(f, doc, group, status, key))
            return
        rng = self._random.get(code)
        if rng is None:
            rng = self._random[code] = random.Random(zlib.crc32(code.encode()))
        slot = rng.randrange(seen)
        if slot < self.per_rule:
            reservoir[slot] = row or self._row(f, doc, group, status, key)
            return
        # a few of every group and every repeated text, so each link of the page finds rows
        if self._extras[code] >= self.per_rule:  # at most as many again as the reservoir
            return
        if self._per_group[(code, group)] < self.per_group:
            self._extras[code] += 1
            self._per_group[(code, group)] += 1
            self._extra.append(row or self._row(f, doc, group, status, key))
        elif key and self._per_key[key] < self.per_text:
            self._per_key[key] += 1
            self._extras[code] += 1
            self._extra.append(row or self._row(f, doc, group, status, key))

    # -- results ------------------------------------------------------------------------------

    def sample_rows(self) -> list[Row]:
        """Every row the page embeds, in the order the findings came."""
        rows: dict[int, Row] = {}
        for reservoir in self._reservoir.values():
            for row in reservoir:
                rows[row.index] = row
        for row in self._extra:
            rows[row.index] = row
        for cluster in self._cluster_rows():
            rows[cluster.index] = cluster
        return [rows[i] for i in sorted(rows)]

    def _cluster_rows(self) -> list[Row]:
        out = []
        for code, clusters in self.clusters.items():
            top = {}
            for number, members in enumerate(clusters.groups()[:self.top], 1):
                for member in members:
                    top[member] = f"{code}-{number}"
            taken: Counter = Counter()
            for row in self.dup_rows[code]:
                name = top.get(row.doc)
                if name:
                    row.cluster = name
                    if taken[name] < self.per_cluster:
                        taken[name] += 1
                        out.append(row)
        return out

    def examples(self, code: str, k: int = 3) -> list[Row]:
        """The first `k` sampled findings of a rule, in corpus order."""
        return sorted(self._reservoir[code], key=lambda row: row.index)[:k]

    def removed_chars(self) -> dict[str, dict[str, int]]:
        """Characters the fixes of each family would remove (overlaps counted once), safe and all."""
        out: dict[str, dict[str, int]] = defaultdict(lambda: {"safe": 0, "all": 0, "documents": 0})
        total = {"safe": 0, "all": 0, "documents": 0}
        for edits in self.edits.values():
            by_family: dict[str, list[tuple[int, int, int, bool]]] = defaultdict(list)
            for start, end, added, family, safe in edits:
                by_family[family].append((start, end, added, safe))
            for family, spans in by_family.items():
                out[family]["all"] += _removed(spans)
                out[family]["safe"] += _removed([s for s in spans if s[3]])
                out[family]["documents"] += 1
            every = [(s, e, a, safe) for s, e, a, _family, safe in edits]
            total["all"] += _removed(every)
            total["safe"] += _removed([s for s in every if s[3]])
            total["documents"] += 1
        result = dict(out)
        result["*"] = total
        return result

    def cluster_table(self, code: str) -> dict[str, Any]:
        groups = self.clusters[code].groups()
        sizes = Counter(_size_bucket(len(members)) for members in groups)
        findings = Counter(self.find_root(code, row.doc) for row in self.dup_rows[code])
        top = []
        for number, members in enumerate(groups[:self.top], 1):
            labels = [self.doc_labels.get(m) or self._label_of(m) for m in sorted(members)]
            top.append({"id": f"{code}-{number}", "size": len(members), "members": labels[:5],
                        "findings": findings[self.find_root(code, members[0])]})
        return {"clusters": len(groups), "documents": sum(len(m) for m in groups),
                "copies": sum(len(m) - 1 for m in groups), "top": top,
                "sizes": [(label, sizes[label]) for _low, label in SIZE_BUCKETS if sizes[label]]}

    def find_root(self, code: str, doc: int) -> int:
        return self.clusters[code].find(doc)

    def _label_of(self, number: int) -> str:
        if not hasattr(self, "_keys_by_number"):  # built once, for the few members without a finding
            self._keys_by_number = {n: key for key, n in self.doc_ids.items()}
        path, record = self._keys_by_number[number]
        return f"{os.path.basename(path)} record {record}" if record is not None else path


SIZE_BUCKETS = ((2, "2 documents"), (3, "3 documents"), (4, "4 documents"), (5, "5–9 documents"),
                (10, "10–19 documents"), (20, "20–49 documents"), (50, "50–99 documents"), (100, "100 or more"))


def _size_bucket(size: int) -> str:
    label = SIZE_BUCKETS[0][1]
    for low, name in SIZE_BUCKETS:
        if size >= low:
            label = name
    return label


def _removed(spans: list[tuple[int, int, int, bool]]) -> int:
    """Length of the union of the spans, less what replacements put back."""
    if not spans:
        return 0
    length, cursor = 0, -1
    for start, end, _added, _safe in sorted(spans):
        if end <= cursor:
            continue
        length += end - max(start, cursor)
        cursor = end
    return max(0, length - sum(span[2] for span in spans))
