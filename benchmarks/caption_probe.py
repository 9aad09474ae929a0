"""Held-out read of CL402's neighbour rule (session 11): a caption or sentence given again right under
itself, retouched, is a copy from 0.8 containment when both open with the same six words and give the
same figures (`checks/bios/copies.py`, `_NEXT_CONTAINMENT`). The rule was made on the five txt/ records
it was measured on (fnc1-train-0168, -0188, -0781, -2249, -2278); this probe measures it elsewhere.

    .venv/bin/python benchmarks/caption_probe.py [--seed 2248] [--per-form 80] [--show FORM]

1. Natural pairs: `find_copies` on every document of the held-out page sets (newspaper4k, trafilatura,
   htmldate test pages: benchmarks/newspaper4k_set.py, testpages_set.py, when their cache is built),
   web/txt, markdown/posts, txt/ and news.jsonl, with the rule and without it (`_NEXT_CONTAINMENT`
   set above 1): every copy only the rule finds is printed, to be read. Also counted: pairs of
   neighbouring units that open with the same six words (the rule's candidates) and how many of
   them reach 0.8 containment.
2. Perturbations: prose paragraphs of real documents (12-60 words, ending a sentence, no URL; not
   the five tuned records; drawn with `random.Random(seed)` from txt/, web/txt, markdown/posts and
   the held-out pages) given again right under themselves, retouched one way per form:
   `credit` a picture credit glued on after the full stop, `respelt` one name (a capitalised word
   after the opening) spelled with one letter changed, `apostrophe` an apostrophe or quotation mark
   dropped (else a small word), `word` one word added after the opening, `credit+respelt` and
   `credit+word` both. Each counts as found without the rule (containment >= 0.9 or Jaccard >= 0.8),
   found only by the rule, or missed (with the pair's containment). `apart`: the `credit+respelt`
   copy one paragraph further down (not a neighbour). Negatives: `figure` the copy with one figure
   changed (two claims, which the rule is to leave alone), `other-name` one name replaced by another
   (two captions of two people: "Rep. Duncan Hunter speaks …" / "Rep. Darrell Issa speaks …"),
   `template` the paragraph's first six words over the rest of a paragraph of another document (a
   template's opening): a finding on these is a false positive.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from corpuslint.checks.bios import copies as C  # noqa: E402
from corpuslint.checks.bios.options import CopyOptions  # noqa: E402
from corpuslint.checks.bios.units import units_of  # noqa: E402

ROOT = HERE.parent.parent / "shared" / "corpora"
TUNED = {"fnc1-train-0168", "fnc1-train-0188", "fnc1-train-0781", "fnc1-train-2249", "fnc1-train-2278"}
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "corpuslint"
HELD_OUT = ("newspaper4k-0.9.6", "trafilatura-1.0.0", "htmldate-0.7.3")
CREDITS = ("AP Photo/Evan Vucci", "Getty Images", "Reuters", "AFP/Getty Images", "Photo: Facebook",
           "Image: Twitter", "(Photo: Supplied)", "EPA")
ADDED = ("also", "reportedly", "now", "still", "recently")
OPTIONS = CopyOptions()


def documents():
    """(corpus, name, text) of every document the probe reads."""
    for held in HELD_OUT:
        for p in sorted((CACHE / held / "txt").glob("*.txt")):
            yield held.split("-")[0], p.stem, p.read_text(encoding="utf-8")
    for p in sorted((ROOT / "web" / "txt").glob("*.txt")):
        yield "web/txt", p.stem, p.read_text(encoding="utf-8")
    for p in sorted((ROOT / "markdown" / "posts").glob("*.md")):
        yield "markdown", p.stem, p.read_text(encoding="utf-8")
    for p in sorted((ROOT / "txt").glob("*.txt")):
        yield "txt", p.stem, p.read_text(encoding="utf-8", errors="replace")
    for line in open(ROOT / "news.jsonl", encoding="utf-8"):
        rec = json.loads(line)
        yield "news", rec["id"], rec.get("text") or ""


def copies(text: str, rule: bool):
    saved = C._NEXT_CONTAINMENT
    if not rule:
        C._NEXT_CONTAINMENT = 9.9
    try:
        return C.find_copies(text, OPTIONS)
    finally:
        C._NEXT_CONTAINMENT = saved


def natural():
    by_corpus: dict[str, list] = {}
    for corpus, name, text in documents():
        stats = by_corpus.setdefault(corpus, [0, 0, 0, []])
        stats[0] += 1
        with_rule = copies(text, True)
        units = units_of(text)
        for a, b in zip(units, units[1:]):
            if len(a.tokens) >= C._OPENING_WORDS and a.tokens[:C._OPENING_WORDS] == b.tokens[:C._OPENING_WORDS]:
                stats[1] += 1
                sa, sb = a.shingles, b.shingles
                if sa and sb and len(sa & sb) / min(len(sa), len(sb)) >= C._NEXT_CONTAINMENT:
                    stats[2] += 1
        without = {(c.later, c.earlier) for c in copies(text, False)}
        for c in with_rule:
            if (c.later, c.earlier) not in without:
                stats[3].append((name, text[c.earlier[0]:c.earlier[1]], text[c.later[0]:c.later[1]],
                                 round(c.containment, 3)))
    print("1. natural pairs (documents; neighbours opening with the same 6 words; of them >= 0.8 "
          "containment; copies only the rule finds)")
    for corpus, (n, same, high, only) in by_corpus.items():
        print(f"   {corpus:11} {n:5} docs  same-opening neighbours {same:4}  >=0.8 {high:3}  rule-only {len(only)}")
        for name, e, l, cont in only:
            print(f"      {name} {cont}\n        A {e[:220]!r}\n        B {l[:220]!r}")


PROSE = re.compile(r"[.!?][\"”’']?$")


def paragraphs(rng):
    pool = []
    for corpus, name, text in documents():
        if corpus == "news" or name in TUNED:
            continue  # news.jsonl holds the txt/ records again
        paras = [p.strip() for p in re.split(r"\n\s*\n", text)]
        for i, p in enumerate(paras):
            words = p.split()
            if ("\n" not in p and 12 <= len(words) <= 60 and PROSE.search(p) and "http" not in p
                    and "|" not in p and not p.startswith(("#", "*", "-", ">"))):
                pool.append((corpus, name, paras, i))
    rng.shuffle(pool)
    return pool


def retouch(p: str, form: str, rng, paras, i) -> str | None:
    words = p.split()
    if form == "credit":
        return p + rng.choice(("", " ")) + rng.choice(CREDITS)
    if form == "respelt":
        names = [k for k in range(7, len(words)) if re.fullmatch(r"[A-Z][a-z]{4,}[,.]?", words[k])]
        if not names:
            return None
        k = rng.choice(names)
        w = words[k]
        vowels = [m.start() for m in re.finditer("[aeiou]", w[1:])]
        if not vowels:
            return None
        v = 1 + rng.choice(vowels)
        w = w[:v] + rng.choice([x for x in "aeiou" if x != w[v]]) + w[v + 1:]
        return " ".join(words[:k] + [w] + words[k + 1:])
    if form == "apostrophe":
        for mark in ("'s ", "’s ", "“", "\"", "'"):
            if mark in p[30:]:
                at = p.index(mark, 30)
                return p[:at] + p[at:].replace(mark, mark.replace("'", "").replace("’", "")
                                               .replace("“", "").replace("\"", ""), 1)
        small = [k for k in range(7, len(words)) if words[k].lower() in ("the", "a", "of", "that")]
        if not small:
            return None
        k = rng.choice(small)
        return " ".join(words[:k] + words[k + 1:])
    if form == "word":
        k = rng.randrange(7, len(words))
        return " ".join(words[:k] + [rng.choice(ADDED)] + words[k:])
    if form in ("credit+respelt", "credit+word", "apart"):
        inner = retouch(p, "word" if form == "credit+word" else "respelt", rng, paras, i)
        return None if inner is None else retouch(inner, "credit", rng, paras, i)
    if form == "figure":
        figs = [k for k in range(len(words)) if re.search(r"\d", words[k])]
        if not figs:
            return None
        k = rng.choice(figs)
        w = re.sub(r"\d", lambda m: str((int(m.group()) + 3) % 10), words[k], count=1)
        return " ".join(words[:k] + [w] + words[k + 1:])
    if form == "template":
        other = rng.choice(OTHERS).split()
        return " ".join(words[:C._OPENING_WORDS] + other[C._OPENING_WORDS:])
    if form == "other-name":
        names = [k for k in range(7, len(words)) if re.fullmatch(r"[A-Z][a-z]{3,}[,.]?", words[k])]
        if not names:
            return None
        k = rng.choice(names)
        tail = words[k][-1] if words[k][-1] in ",." else ""
        return " ".join(words[:k] + [rng.choice(NAMES) + tail] + words[k + 1:])
    raise ValueError(form)


FORMS = ("credit", "respelt", "apostrophe", "word", "credit+respelt", "credit+word", "apart", "figure",
         "other-name", "template")
OTHERS: list[str] = []  # prose paragraphs of other documents (`template`)
NAMES = ("Jackson", "Moreno", "Whitfield", "Okafor", "Lindqvist", "Brennan", "Takahashi", "Delgado")


def probe(seed: int, per_form: int, show: str):
    rng = random.Random(seed)
    pool = paragraphs(rng)
    OTHERS[:] = [paras[i] for _, _, paras, i in pool[-2000:]]
    print(f"2. perturbations (seed {seed}; pool of {len(pool)} prose paragraphs)")
    cursor = 0
    for form in FORMS:
        counts = {"old": 0, "rule": 0, "missed": 0}
        missed_cont: list[float] = []
        n = 0
        while n < per_form and cursor < len(pool):
            corpus, name, paras, i = pool[cursor]
            cursor += 1
            p = paras[i]
            q = retouch(p, form, rng, paras, i)
            if q is None or q == p:
                continue
            n += 1
            new = list(paras)
            where = i + 2 if form == "apart" else i + 1
            new.insert(where, q)
            text = "\n\n".join(new) + "\n"
            start = text.index("\n\n" + q + "\n") + 2 if ("\n\n" + q + "\n") in text else text.index(q)
            hits = lambda cs: [c for c in cs if c.later[0] <= start < c.later[1] or c.earlier[0] <= start < c.earlier[1]]
            old, new_ = hits(copies(text, False)), hits(copies(text, True))
            kind = "old" if old else "rule" if new_ else "missed"
            counts[kind] += 1
            units = units_of(text)
            pu = next((u for u in units if text[u.start:u.end].strip() == p), None)
            qu = next((u for u in units if text[u.start:u.end].strip() == q), None)
            cont = None
            if pu and qu and pu.shingles and qu.shingles:
                cont = round(len(pu.shingles & qu.shingles) / min(len(pu.shingles), len(qu.shingles)), 2)
            if kind == "missed":
                missed_cont.append(cont)
            if show in (form, "all"):
                print(f"   [{form}] {kind} {cont} {corpus}/{name}\n      A {p[:200]!r}\n      B {q[:200]!r}")
        missed_cont = sorted(c for c in missed_cont if c is not None)
        print(f"   {form:15} probes {n:3}  found without the rule {counts['old']:3}  only by the rule "
              f"{counts['rule']:3}  not found {counts['missed']:3}  (containment of those: "
              f"{', '.join(map(str, missed_cont[-8:]))}{' ...' if len(missed_cont) > 8 else ''})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=2248)
    ap.add_argument("--per-form", type=int, default=80)
    ap.add_argument("--show", default="")
    ap.add_argument("--skip-natural", action="store_true")
    args = ap.parse_args()
    if not args.skip_natural:
        natural()
    probe(args.seed, args.per_form, args.show)


if __name__ == "__main__":
    main()
