"""Draw the documents of a recall read for benchmarks/READS.md (issue 16).

    .venv/bin/python benchmarks/recall_sample.py SAMPLE_DIR [--seed 1717] [--per-pool 5] [--all-reads]

Five documents from each pool (news.jsonl records, txt/, web/txt/, markdown/posts/), in that
order, with one `random.Random(seed)`; left out: every document READS.md names (up to its
session 7 section) and every document of the precision samples in SAMPLE_DIR (read_sample.py's
output), so the recall read looks at documents no read has looked at. A document already drawn
from an earlier pool (a txt/ copy of a drawn news record) is passed over.
"""

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import read_ledger  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
parser = argparse.ArgumentParser()
parser.add_argument('sample_dir')
parser.add_argument('--seed', type=int, default=1717)
parser.add_argument('--per-pool', type=int, default=5)
parser.add_argument('--all-reads', action='store_true',
                    help='leave out the documents every section of READS.md names (else up to session 7)')
parser.add_argument('--no-ledger', action='store_true', help='redraw an old read as it was drawn')
parser.add_argument('--record', metavar='READ', help='append the documents drawn to the ledger')
args = parser.parse_args()
reads = open(Path(__file__).parent / 'READS.md').read()
if not args.all_reads:
    reads = reads.split('## Session 7 reads')[0]
sampled = set()
for f in Path(args.sample_dir).glob('*.txt'):
    for m in re.finditer(r'^##### \d+ \S+ (\S+?)#(\S*?):\d', f.read_text(), re.M):
        sampled.add(Path(m.group(2) or m.group(1)).stem)
pools = {
    'news.jsonl': [json.loads(line)['id'] for line in open(ROOT / 'news.jsonl')],
    'txt': sorted(p.name for p in (ROOT / 'txt').glob('*.txt')),
    'web/txt': sorted(p.name for p in (ROOT / 'web/txt').glob('*.txt')),
    'markdown/posts': sorted(p.name for p in (ROOT / 'markdown/posts').glob('*.md')),
}
if not args.no_ledger:
    sampled |= read_ledger.load_documents()
    if read_ledger.FINDINGS.exists():
        for line in read_ledger.FINDINGS.open(encoding='utf-8'):
            if line.strip():  # (a blank line in the ledger is no entry)
                e = json.loads(line)
                sampled.add(Path(e['document'] or e['file']).stem)


def abbreviated_in(stem, text):
    """Whether READS.md names the document the short way its tables do (`fnc1-train-0508, -0239`,
    `Fake_79`, a post by its date): over-counting only leaves out a document more."""
    m = re.fullmatch(r'fnc1-train-(\d{4})', stem)
    if m:
        return re.search(r'(?<![\d-])-' + m.group(1) + r'(?!\d)|\b' + m.group(1) + r'\b', text) is not None
    m = re.fullmatch(r'fakenewsnet-\w+?_((?:Fake|Real)_\d+)', stem)
    if m:
        return re.search(r'\b' + m.group(1) + r'\b', text) is not None
    m = re.match(r'(\d{4}-\d\d-\d\d)-', stem)
    return bool(m) and m.group(1) in text


rng = random.Random(args.seed)
recorded = []
picked = set()
for name, pool in pools.items():
    pool = [x for x in pool if Path(x).stem not in reads and Path(x).stem not in sampled
            and not (args.all_reads and Path(x).stem.removeprefix('fakenewsnet-') in reads)
            and not (args.all_reads and not args.no_ledger and abbreviated_in(Path(x).stem, reads))]
    drawn = []
    for x in rng.sample(pool, len(pool)):
        if Path(x).stem not in picked:
            drawn.append(x)
            picked.add(Path(x).stem)
        if len(drawn) == args.per_pool:
            break
    print(f'{name} (pool {len(pool)}):', ' '.join(drawn))
    recorded += [{'document': Path(x).stem, 'pool': name, 'read': args.record} for x in drawn]
if args.record:
    print(read_ledger.append(recorded, read_ledger.DOCUMENTS), 'documents added to', read_ledger.DOCUMENTS)
