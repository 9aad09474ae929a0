"""Draw CL140's news read for benchmarks/READS.md (issue 15): 50 findings to read, 20 documents to fix.

    cd ../shared/corpora && corpuslint check txt --extend-select CL140 --isolated --no-cache \
        --no-index --jobs 1 --exit-zero --output-format json -o /tmp/cl140.json
    .venv/bin/python benchmarks/cl140_read.py /tmp/cl140.json OUT_DIR --seed 1808 \
        --skip-seed 6 --skip-seed 613 --fix-seed 1809

The findings are drawn as `training/sample_findings.py` draws them (CL140's findings in report
order); every finding an earlier read drew (`--skip-seed`, each seed's plain draw of 50, as
sample_findings.py made it) is left out and the draw goes further. Each is written to
OUT_DIR/cl140.txt with the lines around it, for reading.

The fix check: 20 documents with a finding (`--fix-seed`) are copied to OUT_DIR/fix/ and fixed by
the real CLI (`--select CL140 --fix --unsafe-fixes`: only this rule's fix, and every line it
finds, also those a pack would otherwise claim); every line the fix took away is listed for
reading, and every prose paragraph (a line of 12 words or more that ends a sentence) of the
original that is not in the fixed text is reported lost.

Every finding in the ledger `benchmarks/reads/read_findings.jsonl` (`read_ledger.py`) is passed over
too (`--ledger`, `--no-ledger`): seeds redrawn over a changed pool skip other findings than they drew.
`--record READ` appends the 50 drawn to the ledger.
"""

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import read_ledger  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
CORPUSLINT = Path(sys.executable).with_name("corpuslint")
parser = argparse.ArgumentParser()
parser.add_argument('findings')
parser.add_argument('out')
parser.add_argument('--seed', type=int, default=1808)
parser.add_argument('--skip-seed', type=int, action='append', default=[])
parser.add_argument('--fix-seed', type=int, default=1809)
parser.add_argument('-n', type=int, default=50)
parser.add_argument('--fix-docs', type=int, default=20)
parser.add_argument('--ledger', default=str(read_ledger.FINDINGS), help='findings read before (skipped)')
parser.add_argument('--no-ledger', action='store_true', help='redraw an old read as it was drawn')
parser.add_argument('--record', metavar='READ', help='append the drawn findings to the ledger')
args = parser.parse_args()
ledger = set() if args.no_ledger else read_ledger.load_keys(args.ledger)
OUT = Path(args.out)
OUT.mkdir(parents=True, exist_ok=True)


def path_of(finding):
    return ROOT / finding['path']


found = [f for f in json.load(open(args.findings)) if f['code'] == 'CL140']
seen = {id(f) for s in args.skip_seed for f in random.Random(s).sample(found, min(args.n, len(found)))}
sample = [f for f in random.Random(args.seed).sample(found, len(found))
          if id(f) not in seen and read_ledger.key(f) not in ledger][:args.n]
print(f"{len(found)} CL140 findings; {len(seen)} drawn by seeds {args.skip_seed} left out; "
      f"{sum(read_ledger.key(f) in ledger for f in found)} in the ledger left out; "
      f"{len(sample)} drawn with seed {args.seed}")
if args.record:
    added = read_ledger.append([read_ledger.entry(f, 'cl140', args.record, 'drawn by cl140_read.py') for f in sample],
                               args.ledger)
    print(f"{added} findings added to {args.ledger}")
with open(OUT / 'cl140.txt', 'w') as out:
    for i, f in enumerate(sample, 1):
        lines = path_of(f).read_text(encoding='utf-8').split('\n')
        first, last = f['line'], f['end_line']
        out.write(f"\n##### {i} {f['path']}:{first}-{last} {f['message']}\n")
        for n in range(max(1, first - 4), min(len(lines), last + 4) + 1):
            if lines[n - 1].strip():
                out.write(f"{'>>' if first <= n <= last else '  '} {n:4} {lines[n - 1][:240]}\n")

docs = sorted({f['path'] for f in found})
chosen = random.Random(args.fix_seed).sample(docs, min(args.fix_docs, len(docs)))
fixdir = OUT / 'fix'
shutil.rmtree(fixdir, ignore_errors=True)
fixdir.mkdir()
for p in chosen:
    shutil.copy(ROOT / p, fixdir / Path(p).name)
    (fixdir / Path(p).name).chmod(0o644)
subprocess.run([str(CORPUSLINT), 'check', str(fixdir), '--select', 'CL140', '--fix', '--unsafe-fixes',
                '--isolated', '--no-cache', '--no-index', '--jobs', '1', '--exit-zero', '-q'], check=True)
SENTENCE_END = re.compile(r'[.!?…]["”’)\]]*$')
lost_all = 0
with open(OUT / 'fix.txt', 'w') as out:
    for p in chosen:
        before = (ROOT / p).read_text(encoding='utf-8')
        after = (fixdir / Path(p).name).read_text(encoding='utf-8')
        # compared stripped: a fix that takes a block away may take the trailing blanks of the line above
        kept = {line.strip() for line in after.split('\n')}
        removed = [line for line in before.split('\n') if line.strip() and line.strip() not in kept]
        prose = [line for line in before.split('\n')
                 if len(line.split()) >= 12 and SENTENCE_END.search(line.strip())]
        lost = [line for line in prose if line.strip() not in after]
        lost_all += len(lost)
        out.write(f"\n##### {p}: {len(removed)} lines removed, {len(prose)} prose paragraphs, "
                  f"{len(lost)} lost\n")
        out.writelines(f"  - {line[:240]}\n" for line in removed)
        out.writelines(f"  LOST {line[:240]}\n" for line in lost)
print(f"fix check: {len(chosen)} documents drawn with seed {args.fix_seed}; "
      f"prose paragraphs lost: {lost_all} (removed lines in {OUT / 'fix.txt'})")
