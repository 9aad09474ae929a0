"""Rebuild benchmarks/reads/read_findings.jsonl once from the seeds READS.md records (session 16).

    python benchmarks/reads/rebuild_ledger.py POOLS_DIR

Each earlier read is replayed as it was drawn (its seed, its --skip-seed chain, read_sample.py's or
cl140_read.py's draw) on the pool it was drawn from: sessions 12 and 15 kept their findings files
(/tmp/reads12-all.json, /tmp/meta12-all.json, /tmp/reads15/all.json, /tmp/reads15b/all.json,
/tmp/cl140q12/cl140.json; the replays agree with the sample files kept beside them); the pools of
sessions 4-10 are rebuilt by running the commit READS.md names on ../shared/corpora
(POOLS_DIR/pool-COMMIT.json: `check . --select ALL`, and cl140-49ffbce.json: `check txt
--extend-select CL140`). CL140's reads before session 12 whose commit is not recorded (seeds 3-6,
140, 613, 2027, 2611-2777 of training/README.md, 1909 and 1911) are replayed on the two pools that
bracket them (session 8's rebuilt and session 12's kept) and recorded as `approximate`.
"""

import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import read_ledger  # noqa: E402

FAM, N = read_ledger.FAMILIES, read_ledger.SIZES
KEPT = {'s12': '/tmp/reads12-all.json', 's12meta': '/tmp/meta12-all.json', 's15': '/tmp/reads15/all.json',
        's15b': '/tmp/reads15b/all.json'}
REBUILT = {'s4': 'ea4a86f', 's7': '5de6524', 's8': '49ffbce', 's8b': 'd774222', 's10b': '658b583', 's10': '0833e24'}
B = [16, 1707, 1808, 1810, 1916]
# (read, family, seed, skip chain, kept pool or None), as READS.md's commands give them
READS = [
    ('s4/16', 'urls', 16, [], 's4'), ('s4/16', 'metadata', 16, [], 's4'), ('s4/16', 'bios', 16, [], 's4'),
    ('s4/16', 'corpus', 16, [], 's4'), ('s4/16', 'dupdocs', 16, [], 's4'),
    ('s7/1707', 'urls', 1707, [16], 's7'), ('s7/1707', 'metadata', 1707, [16], 's7'),
    ('s7/1707', 'bios', 1707, [16], 's7'),
    ('s8/1808', 'bios', 1808, [16, 1707], 's8'), ('s8/1810', 'bios', 1810, [16, 1707, 1808], 's8b'),
    ('s10/1916', 'bios', 1916, [16, 1707, 1808, 1810], 's10b'),
    ('s10/2016', 'urls', 2016, [16, 1707], 's10'), ('s10/2016', 'metadata', 2016, B, 's10'),
    ('s12/2248', 'bios', 2248, B, 's12'), ('s12/2249', 'urls', 2249, [16, 1707, 2016], 's12'),
    ('s12/2247', 'metadata', 2247, B + [2016], 's12meta'),
    ('s15/2501', 'metadata', 2501, B + [2016, 2247], 's15'), ('s15/2502', 'bios', 2502, B + [2248], 's15'),
    ('s15b/2504', 'bios', 2504, B + [2248, 2502], 's15b'),
]
CL140_PLAIN = [3, 4, 5, 6, 140, 613, 2027, 2611, 2612, 2741, 2777]
CL140_CHAINED = [(1808, [6, 613], 's8'), (1909, [6, 613, 1808], None), (1911, [6, 613, 1808, 1909], None),
                 (2251, [3, 4, 5, 6, 140, 613, 1808, 1909, 1911, 2027, 2611, 2612, 2741, 2777], 's12')]
CL140_KEPT = {'s12': '/tmp/cl140q12/cl140.json'}
CL140_REBUILT = {'s8': 'cl140-49ffbce.json'}


def replay(findings, fam, seed, chain):
    pool = [f for f in findings if FAM[fam](f['code'])]
    n = min(N[fam], len(pool))
    seen = set()
    for earlier in chain:
        seen |= {id(f) for f in read_ledger.draw(pool, earlier, n, skip_ids=seen)[0]}
    return read_ledger.draw(pool, seed, n, skip_ids=seen)[0], pool, seen


def cl140_replay(found, seed, chain):
    import random
    if not chain and seed in CL140_PLAIN:
        return random.Random(seed).sample(found, min(50, len(found)))
    seen = {id(f) for s in chain for f in random.Random(s).sample(found, min(50, len(found)))}
    return [f for f in random.Random(seed).sample(found, len(found)) if id(f) not in seen][:50]


def main():
    rebuilt = Path(sys.argv[1])
    files = dict(KEPT, **{name: str(rebuilt / f'pool-{c}.json') for name, c in REBUILT.items()})
    pools = {name: json.load(open(p)) for name, p in files.items()}
    entries = []
    for read, fam, seed, chain, kept in READS:
        drawn = replay(pools[kept], fam, seed, chain)[0]
        how = (f'exact: replayed on its own pool {files[kept]}' if kept in KEPT else
               f'rebuilt: replayed on the pool of commit {REBUILT[kept]}, rebuilt')
        entries += [read_ledger.entry(f, fam, read, how) for f in drawn]
        print(read, fam, how.split(':')[0], len(replay(pools[kept], fam, seed, chain)[1]), 'in the pool;',
              dict(collections.Counter(f['code'] for f in drawn)))
    # session 15b's "fresh 50": seed 2504's order over its pool, passing over the chain redrawn on that pool
    # and the old chain (16 ... 2502) as drawn on session 15's pool
    old = set()
    for read, fam, seed, chain, kept in READS:
        if fam == 'bios' and kept == 's15':
            _, pool, seen = replay(pools['s15'], fam, seed, chain)
            old |= {read_ledger.key(f) for f in pool if id(f) in seen}
            old |= {read_ledger.key(f) for f in replay(pools['s15'], fam, seed, chain)[0]}
    _, pool, seen = replay(pools['s15b'], 'bios', 2504, B + [2248, 2502])
    fresh = read_ledger.draw(pool, 2504, 50, skip_keys=old, skip_ids=seen)[0]
    entries += [read_ledger.entry(f, 'bios', 's15b/2504-fresh', f'exact: replayed on its own pool {KEPT["s15b"]}')
                for f in fresh]
    print('s15b/2504-fresh bios exact', len(fresh))
    files140 = dict(CL140_KEPT, **{name: str(rebuilt / p) for name, p in CL140_REBUILT.items()})
    found = {name: [f for f in json.load(open(p)) if f['code'] == 'CL140'] for name, p in files140.items()}
    reads140 = [(s, [], None) for s in CL140_PLAIN] + CL140_CHAINED
    for seed, chain, kept in reads140:
        read = f'cl140/{seed}'
        if kept:
            drawn = cl140_replay(found[kept], seed, chain)
            how = (f'exact: replayed on its own pool {files140[kept]}' if kept in CL140_KEPT else
                   f'rebuilt: replayed on the pool of commit 49ffbce, rebuilt')
            entries += [read_ledger.entry(f, 'cl140', read, how) for f in drawn]
            print(read, how.split(':')[0], len(found[kept]), 'findings;', len(drawn), 'drawn')
            continue
        keys = set()
        for name, pool in found.items():
            for f in cl140_replay(pool, seed, chain):
                if read_ledger.key(f) not in keys:
                    keys.add(read_ledger.key(f))
                    entries.append(read_ledger.entry(f, 'cl140', read, 'approximate: commit not recorded; union of '
                                                     'replays on the pools of sessions 8 (rebuilt) and 12 (kept)'))
        print(read, 'approximate', len(keys))
    print(read_ledger.append(entries), 'entries added to', read_ledger.FINDINGS)


if __name__ == '__main__':
    main()
