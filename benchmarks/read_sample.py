"""Draw the seeded samples of findings read for benchmarks/READS.md (precision reads, issue 16).

    cd ../shared/corpora && corpuslint check . --select ALL --isolated --no-cache --no-index \
        --jobs 1 --exit-zero --output-format json -o /tmp/all.json
    .venv/bin/python benchmarks/read_sample.py /tmp/all.json OUT_DIR [--seed N] [--skip-seed M ...]

Per family, `random.Random(seed).sample(pool, n)` over that family's findings, in report order
(seed 16 by default, so session 4's reads stay reproducible); each sampled finding is written to
OUT_DIR/<family>.txt with its message, fix, metadata (JSONL) and the lines around it, for reading.
With `--skip-seed M` the findings that seed M draws are left out and the draw goes further, so a
new read does not read the same findings again (the number skipped is printed). Given more than
once, the earlier reads are redrawn as they were drawn, each skipping the seeds before it
(`--seed 1808 --skip-seed 16 --skip-seed 1707`: seed 1707's draw skipped seed 16's).

Seeds alone do not keep reads apart when the pool changes (the shuffle is another), so every finding
in the ledger `benchmarks/reads/read_findings.jsonl` (`read_ledger.py`: file, document, line, code,
text hash of each finding read before) is passed over too (`--ledger PATH`, `--no-ledger`). With
`--record READ` (e.g. `s16/2601`) the drawn findings of the families given by `--family` (only
those you read) are appended to the ledger, so the next read skips them whatever its seed.
"""

import argparse
import collections
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import read_ledger  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
parser = argparse.ArgumentParser()
parser.add_argument('findings')
parser.add_argument('out')
parser.add_argument('--seed', type=int, default=16)
parser.add_argument('--skip-seed', type=int, action='append', default=[])
parser.add_argument('--ledger', default=str(read_ledger.FINDINGS), help='findings read before (skipped)')
parser.add_argument('--no-ledger', action='store_true', help='redraw an old read as it was drawn')
parser.add_argument('--family', action='append', default=[], help='only these families (default: all)')
parser.add_argument('--record', metavar='READ', help="append the draw of --family's families to the ledger")
args = parser.parse_args()
if args.record and not args.family:
    parser.error('--record needs --family: record only the families you read')
ledger = set() if args.no_ledger else read_ledger.load_keys(args.ledger)
recorded = []
findings = json.load(open(args.findings))
OUT = Path(args.out)
OUT.mkdir(parents=True, exist_ok=True)
FAM, N = read_ledger.FAMILIES, read_ledger.SIZES
_cache = {}
def doc_text(f):
    if f['path'].endswith('.jsonl'):
        if f['path'] not in _cache:
            _cache[f['path']] = [json.loads(l) for l in open(ROOT / f['path'])]
        rec = _cache[f['path']][f['record'] - 1]
        return rec.get('text', ''), {k: v for k, v in rec.items() if k != 'text'}
    return (ROOT / f['path']).read_text(encoding='utf-8', errors='replace'), None
for fam, pick in FAM.items():
    if args.family and fam not in args.family:
        continue
    pool = [f for f in findings if pick(f['code'])]
    n = min(N[fam], len(pool))
    seen = set()
    for earlier in args.skip_seed:
        seen |= {id(f) for f in read_ledger.draw(pool, earlier, n, skip_ids=seen)[0]}
    in_ledger = sum(read_ledger.key(f) in ledger for f in pool)
    sample, skipped = read_ledger.draw(pool, args.seed, n, skip_keys=ledger, skip_ids=seen)
    out = open(OUT / f'{fam}.txt', 'w')
    print(fam, len(pool), collections.Counter(f['code'] for f in sample), f'skipped {skipped}',
          f'({in_ledger} of the pool in the ledger)')
    if args.record:
        recorded += [read_ledger.entry(f, fam, args.record, 'drawn by read_sample.py') for f in sample]
    for i, f in enumerate(sample, 1):
        text, meta = doc_text(f)
        where = f"{f['path']}#{f.get('document') or ''}:{f['line']}-{f['end_line']}"
        out.write(f"\n##### {i} {f['code']} {where}\nMSG: {f['message'][:400]}\n")
        if f.get('fix'): out.write(f"FIX: {f['fix']['applicability']} {f['fix']['message'][:200]}\n")
        if meta and fam in ('metadata', 'urls'):
            out.write('META: ' + json.dumps({k: (str(v)[:100]) for k, v in meta.items()}, ensure_ascii=False)[:600] + '\n')
        if meta is None:
            lines = text.split('\n')
            a, b = f['line'], f['end_line']
            ctx = '\n'.join(f"{n:5d}{'>' if a <= n <= b else ' '} {lines[n-1][:300]}" for n in range(max(1, a - 3), min(len(lines), b + 2) + 1))
            out.write('CTX:\n' + ctx + '\n')
            continue
        s, e = f.get('offset') or 0, f.get('end_offset') or 0
        lo = text.rfind('\n', 0, max(0, s - 200)) + 1 if s else 0
        hi = text.find('\n', min(len(text), e + 150))
        hi = len(text) if hi == -1 else hi
        ctx = text[lo:s] + '[[' + text[s:e] + ']]' + text[e:hi]
        out.write('CTX: ' + ctx[:1500].replace('\n', '\n     ') + '\n')
if args.record:
    print(f'{read_ledger.append(recorded, args.ledger)} findings added to {args.ledger}')
