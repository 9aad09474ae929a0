"""Recall probe for CL304 (issue 16): a host mistyped in ONE document, spelt right in others.

    .venv/bin/python benchmarks/url_corpus_probe.py [--ratio 5]

A copy of ../shared/corpora/txt where, for up to 40 hosts that 2-12 documents name, one of those
documents has the host rewritten with one slip (transposed, doubled, dropped, look-alike; drawn with
`random.Random(304)`); `corpuslint check --select CL304` (with `min-ratio` set when given) then
reports, by how many other documents spell the host right, how many of the changed documents it
finds. Every finding is listed: on the unchanged corpora CL304 finds nothing (ratio 2, 3 or 5).
"""
import argparse
import tempfile
from pathlib import Path
import sys, random, collections, shutil, subprocess, json
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT)); sys.path.insert(0, str(ROOT / 'benchmarks'))
from corpuslint.checks.urls.hosts import split_host
from corpuslint.checks.urls.urlsim import find_urls
from url_probe import mutate_host
ap = argparse.ArgumentParser(); ap.add_argument('--ratio', type=float); args = ap.parse_args()
work = Path(tempfile.mkdtemp(prefix='url-corpus-probe-'))
S = ROOT.parent / 'shared' / 'corpora' / 'txt'; out = work / 'txt'
shutil.rmtree(out, ignore_errors=True); shutil.copytree(S, out)
docs=collections.defaultdict(set)
texts={p.name:p.read_text() for p in sorted(S.glob('*.txt'))}
for n,t in texts.items():
    for h in {u.core for u in find_urls(t)}: docs[h].add(n)
# only documents whose texts are not copies: use fnc1 + fakenewsnet distinct
rng=random.Random(304)
cands=[h for h,d in docs.items() if 2<=len(d)<=12 and len(split_host(h).label)>=5 and split_host(h).label.replace('-','').isalpha()]
rng.shuffle(cands)
used=set(); probes=[]
for h in cands:
    d=sorted(docs[h]-used)
    if len(d)<2: continue
    form=rng.choice(('transposed','doubled','dropped','lookalike'))
    typo=mutate_host(h, form, rng)
    if not typo or typo in docs: continue
    n=rng.choice(d); t=texts[n]
    urls=[u for u in find_urls(t) if u.core==h]
    for u in sorted(urls, key=lambda u:-u.core_start): t=t[:u.core_start]+typo+t[u.core_end:]
    (out/n).write_text(t); used|=docs[h]
    probes.append((n,h,typo,len(docs[h])-1))
    if len(probes)>=40: break
config = ['--isolated']
if args.ratio:
    (work / 'c.yaml').write_text(f'rules:\n  CL304:\n    min-ratio: {args.ratio}\n')
    config = ['--config', str(work / 'c.yaml')]
r=subprocess.run([sys.executable,'-m','corpuslint.cli','check','txt','--select','CL304',*config,'--no-cache','--no-index','--jobs','1','--exit-zero','--output-format','json'],cwd=work,capture_output=True,text=True)
shutil.rmtree(work, ignore_errors=True)
f=json.loads(r.stdout)
f=[x for x in f if x['code']=='CL304']
hit={(Path(x['path']).name) for x in f}
by=collections.Counter()
for n,h,typo,k in probes:
    by[(min(k,6), n in hit)]+=1
print(len(f),'CL304 findings on', len(probes), 'changed documents')
for k in range(1,7): print('right spelling in',k if k<6 else '6+','other docs: found',by[(k,True)],'of',by[(k,True)]+by[(k,False)])
