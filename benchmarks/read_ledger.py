"""The findings and documents earlier reads looked at, kept in files (issue 16).

A read that skips by seed redraws each earlier seed over today's pool; when the pool has changed, the
shuffle is another and the old seeds skip other findings than they drew (session 15: 17 of 50 read
again). So every read skips by the findings themselves, stored here, and appends what it draws:

    benchmarks/reads/read_findings.jsonl    one finding a line: file, document, line, code, text hash
                                            (of the finding's `text`), family, read (session/seed), how
    benchmarks/reads/recall_documents.jsonl one document a line: document (stem), pool, read

A finding is the same finding on another day when file, document, line, code and text agree (the
corpora do not change; a message may).
"""

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent / "reads"
FINDINGS = HERE / "read_findings.jsonl"
# the families a read draws from, by code, and how many findings a read of each draws
FAMILIES = {
    'urls': lambda c: c.startswith('CL3'),
    'metadata': lambda c: c.startswith('CL5'),
    'bios': lambda c: c in ('CL401', 'CL402', 'CL403', 'CL410'),
    'corpus': lambda c: c == 'CL151',
    'dupdocs': lambda c: c in ('CL411', 'CL412'),
}
SIZES = {'urls': 50, 'metadata': 50, 'bios': 50, 'corpus': 50, 'dupdocs': 10}
DOCUMENTS = HERE / "recall_documents.jsonl"


def text_hash(finding):
    """The finding's text, hashed; a finding without text (a record's missing field) by its message,
    so that two of them on one record are two findings (review16a: CL501 × 2 on a record shared one key)."""
    text = finding.get("text") or ""
    if not text:
        text = "\0message\0" + (finding.get("message") or "")
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


# Findings without text were keyed by the empty text's hash before session 16: such a ledger entry
# still passes over every textless finding of its code on its line (over-skipping, never a re-read).
LEGACY_EMPTY = hashlib.sha1(b"").hexdigest()[:16]


def key(finding):
    """What makes a finding the same one in another run."""
    return (finding["path"], finding.get("document") or "", finding["line"], finding["code"], text_hash(finding))


def entry(finding, family, read, how):
    return {"file": finding["path"], "document": finding.get("document") or "", "line": finding["line"],
            "code": finding["code"], "text_hash": text_hash(finding), "family": family, "read": read, "how": how}


def load_keys(path=FINDINGS):
    """The keys of every finding read before (an empty set if there is no ledger)."""
    path = Path(path)
    if not path.exists():
        return set()
    keys = set()
    for line in path.open(encoding="utf-8"):
        if line.strip():
            e = json.loads(line)
            keys.add((e["file"], e["document"], e["line"], e["code"], e["text_hash"]))
    return keys


def append(entries, path=FINDINGS):
    """Add entries (dicts) to a ledger, one JSON object a line; an entry already there is not added again."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    have = set()
    if path.exists():
        have = {line.strip() for line in path.open(encoding="utf-8") if line.strip()}
    added = 0
    with path.open("a", encoding="utf-8") as out:
        for e in entries:
            line = json.dumps(e, ensure_ascii=False, sort_keys=True)
            if line not in have:
                out.write(line + "\n")
                have.add(line)
                added += 1
    return added


def load_documents(path=DOCUMENTS):
    """The document stems recall reads drew before."""
    path = Path(path)
    if not path.exists():
        return set()
    return {json.loads(line)["document"] for line in path.open(encoding="utf-8") if line.strip()}


def draw(pool, seed, n, skip_keys=frozenset(), skip_ids=frozenset()):
    """The first n of `random.Random(seed)`'s shuffle of `pool` read before neither by key nor by id;
    and how many were passed over."""
    import random
    if not skip_keys and not skip_ids:  # as read_sample.py always drew a first read
        return random.Random(seed).sample(pool, min(n, len(pool))), 0
    drawn, passed = [], 0
    for f in random.Random(seed).sample(pool, len(pool)):
        if len(drawn) == n:
            break
        if id(f) in skip_ids or key(f) in skip_keys or (
                not f.get("text") and key(f)[:4] + (LEGACY_EMPTY,) in skip_keys):
            passed += 1
        else:
            drawn.append(f)
    return drawn, passed
