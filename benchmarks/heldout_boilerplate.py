"""Boilerplate figures on pages of sites the rules were not tuned on (issue 15), as web/score.py measures its corpus.

A page folder (DATA) holds one or more conversions of the same HTML pages to whole-page text, each with its lines
labelled against a gold article, and the pages' metadata:

    DATA/meta.jsonl              {"id", "lang" ("en" | "other"), "title", "byline", "excerpt", "publishedTime", ...}
    DATA/gold/<id>.txt           the gold article (for reading; the labels were made from it)
    DATA/<conversion>/txt/<id>.txt     the page as that converter wrote it (lynx, inscriptis, ...)
    DATA/<conversion>/labels.jsonl     {"id", "line", "label" (content | boilerplate | unsure), "sha"} per line

Two steps:

  label   (needs trafilatura, and ../shared/corpora/web/build.py: run it with a Python that has trafilatura)
      heldout_boilerplate.py label --html HTMLDIR --txt lynx=TXTDIR --txt inscriptis=TXTDIR --out DATA
    For every HTMLDIR/<id>.html the gold is trafilatura.extract(html) (tables kept, comments left out) and its
    metadata trafilatura.extract_metadata (title, author, description, date, sitename). Every TXTDIR/<id>.txt is
    labelled line by line by build.py's `label_page` and `demote_template_lines`: the very code that labels the
    dev corpus ../shared/corpora/web. Pages with an empty gold are left out (listed).

  score   (stdlib only; corpuslint is this checkout's, run as `python -m corpuslint`, or --src another checkout's)
      .venv/bin/python benchmarks/heldout_boilerplate.py score --data DATA [--json OUT] [-- CHECK ARGS...]
    Per conversion: (a) `check txt --isolated --no-cache --output-format json --exit-zero ARGS` on a copy:
    line-level P/R/F1 of the boilerplate family (CL1xx, CL204, CL205; unsure lines left out), overall and per
    language, and the lines each rule covers by label. (b) `check txt --fix --unsafe-fixes --isolated --no-cache
    --exit-zero ARGS` on another copy: word-4-gram P/R/F1 of the page before and after the fix against its
    content lines (macro over pages), the labelled lines removed or edited, and each content line removed:
    "copy kept" (the same text still stands in the fixed page), "edited elsewhere" (a fixed line resembles it,
    >= 0.8: the line diff paired it with another), else lost, listed longest first with the rules whose
    findings in run (a) cover it. Everything printed is in the JSON too (--json OUT, "-" for stdout).

The measure's functions are web/score.py's (sha10, covered_lines, predicts_boilerplate, overlap, without,
fates), copied here so a page folder needs nothing else. Exits 2 when it cannot run.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT.parent / "shared" / "corpora" / "web"  # build.py, for `label`
DETECTING = {"CL204", "CL205"}  # markup rules whose findings are boilerplate-like (comments, scripts)
WORD = re.compile(r"\w+")
EN_FUNCTION = set("""the of and to a in is that for it as was with be by on not he i this are or his from at
which but have an they you were her she there been one all we their has would when if so no will can who
more what its about than into them could our also""".split())


def die(message: str):
    print(f"heldout_boilerplate.py: {message}", file=sys.stderr)
    sys.exit(2)


def sha10(line: str) -> str:
    return hashlib.sha1(line.encode("utf-8")).hexdigest()[:10]


def language(text: str) -> str | None:
    """"en" when >= 15% of the words are English function words, else "other"; None under 20 words."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    if len(words) < 20:
        return None
    return "en" if sum(w in EN_FUNCTION for w in words) / len(words) >= 0.15 else "other"


def normalise(text: str) -> str:
    text = re.sub(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]", "\n", text)
    return text if text.endswith("\n") or not text else text + "\n"


# --------------------------------------------------------------------------- label


def cmd_label(a: argparse.Namespace) -> None:
    try:
        import trafilatura
    except ImportError:
        die("label needs trafilatura (pip install trafilatura) in the Python that runs it")
    sys.path.insert(0, str(a.web))
    try:
        import build  # (../shared/corpora/web/build.py: the dev corpus's labelling)
    except ImportError:
        die(f"no build.py in {a.web} (--web)")
    out = Path(a.out)
    conversions = dict(s.split("=", 1) for s in a.txt)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    golds, metas, skipped = {}, {}, []
    for html in sorted(Path(a.html).glob("*.htm*")):
        pid = html.name.rsplit(".", 1)[0]
        raw = html.read_bytes()
        gold = trafilatura.extract(raw, include_comments=False, include_tables=True) or ""
        if not gold.strip():
            skipped.append(pid)
            continue
        md = trafilatura.extract_metadata(raw)
        md = md.as_dict() if md else {}
        metas[pid] = {"title": md.get("title"), "byline": md.get("author"), "excerpt": md.get("description"),
                      "publishedTime": md.get("date"), "site": md.get("sitename")}
        golds[pid] = normalise(gold)
        (out / "gold" / f"{pid}.txt").write_text(golds[pid], encoding="utf-8")
    counts_all, langs = {}, {}
    for conversion, folder in conversions.items():
        pages = []
        txt = out / conversion / "txt"
        if txt.exists():
            shutil.rmtree(txt)
        txt.mkdir(parents=True)
        for pid in sorted(golds):
            path = Path(folder) / f"{pid}.txt"
            if not path.is_file():
                skipped.append(f"{conversion}:{pid} (no text)")
                continue
            text = normalise(path.read_bytes().decode("utf-8", errors="replace"))
            if not text.strip():
                skipped.append(f"{conversion}:{pid} (empty text)")
                continue
            langs.setdefault(pid, language(golds[pid]) or language(text) or "other")
            pages.append((pid, text, build.label_page(text, golds[pid], metas[pid]), metas[pid]))
        build.demote_template_lines(pages)
        counts = collections.Counter()
        with open(out / conversion / "labels.jsonl", "w", encoding="utf-8") as labels:
            for pid, text, labelled, _ in pages:
                (txt / f"{pid}.txt").write_bytes(text.encode("utf-8"))
                for number, label, raw in labelled:
                    counts[label] += 1
                    labels.write(json.dumps({"id": pid, "line": number, "label": label, "sha": build.sha10(raw)},
                                            ensure_ascii=False) + "\n")
        counts_all[conversion] = (len(pages), counts)
    with open(out / "meta.jsonl", "w", encoding="utf-8") as meta:
        for pid in sorted(golds):
            meta.write(json.dumps({"id": pid, "lang": langs.get(pid, "other"), **metas[pid]}, ensure_ascii=False) + "\n")
    print(f"gold: {len(golds)} pages; left out: {len(skipped)} {skipped}")
    print("languages: " + str(collections.Counter(langs.values())))
    for conversion, (n, c) in counts_all.items():
        total = sum(c.values())
        print(f"{conversion}: {n} pages, {total} lines: " + ", ".join(
            f"{k} {c[k]} ({100 * c[k] / total:.1f}%)" for k in ("content", "boilerplate", "unsure")))


# --------------------------------------------------------------------------- score: web/score.py's measure


def predicts_boilerplate(f: dict) -> bool:
    code = f.get("code") or ""
    return f.get("family") == "boilerplate" or code.startswith("CL1") or code in DETECTING


def covered_lines(f: dict) -> range:
    first, last = f["line"], f.get("end_line") or f["line"]
    if last > first and f.get("end_column") == 1:  # a span that stops at the start of a line
        last -= 1
    return range(first, last + 1)


def shingles(text: str, n: int = 4) -> collections.Counter:
    ts = WORD.findall(text.casefold())
    return collections.Counter(tuple(ts[i:i + n]) for i in range(len(ts) - n + 1))


def overlap(pred: str, gold: str) -> tuple[float, float]:
    a, b = shingles(pred), shingles(gold)
    tp = sum((a & b).values())
    fp, fn = sum(a.values()) - tp, sum(b.values()) - tp
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else (1.0 if not a else 0.0)
    return p, r


def without(text: str, shas: list[str]) -> str:
    """text minus the lines whose sha is in the multiset shas (each removed once per count)"""
    left = collections.Counter(shas)
    kept = []
    for line in text.split("\n"):
        s = sha10(line)
        if left[s] > 0:
            left[s] -= 1
            continue
        kept.append(line)
    return "\n".join(kept)


def fates(before: list[str], after: list[str]) -> dict[int, str]:
    """{line number in before: "kept" | "edited" | "removed"}, from a line diff of the two texts;
    a line of a replaced block is "edited" when a line of the new block still resembles it."""
    out = {}
    sm = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        for i in range(i1, i2):
            if op == "equal":
                out[i + 1] = "kept"
            elif op == "delete":
                out[i + 1] = "removed"
            else:
                best = max((difflib.SequenceMatcher(None, before[i], after[j]).ratio() for j in range(j1, j2)),
                           default=0.0)
                out[i + 1] = "edited" if best >= 0.6 else "removed"
    return out


def survival(line: str, after: list[str]) -> str:
    """A content line the line diff calls removed: "removed (copy kept)" when the same text still
    stands as a line of the fixed page (a duplicate-paragraph fix removed the other copy), "removed
    (edited elsewhere)" when a line of the fixed page resembles it (>= 0.8: the diff paired it with
    the wrong line, e.g. a mojibake repair next to a removed menu), else "removed" (lost)."""
    key = line.strip()
    if any(key == x.strip() for x in after):
        return "removed (copy kept)"
    for x in after:
        sm = difflib.SequenceMatcher(None, key, x.strip(), autojunk=False)
        if sm.real_quick_ratio() >= 0.8 and sm.quick_ratio() >= 0.8 and sm.ratio() >= 0.8:
            return "removed (edited elsewhere)"
    return "removed"


# --------------------------------------------------------------------------- score: the runs


def load_conversion(folder: Path) -> tuple[dict[str, str], dict[str, dict[int, tuple[str, str]]]]:
    if not (folder / "txt").is_dir() or not (folder / "labels.jsonl").is_file():
        die(f"{folder} has no txt/ or labels.jsonl (the `label` step makes them)")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((folder / "txt").glob("*.txt"))}
    labels: dict = collections.defaultdict(dict)
    with open(folder / "labels.jsonl", encoding="utf-8") as f:
        for row in f:
            r = json.loads(row)
            labels[r["id"]][r["line"]] = (r["label"], r["sha"])
    for pid, lines in labels.items():
        if pid not in texts:
            die(f"{folder}/labels.jsonl names {pid}, which txt/ lacks")
        split = texts[pid].split("\n")
        for n, (_, sha) in lines.items():
            if n > len(split) or sha10(split[n - 1]) != sha:
                die(f"{folder}/txt/{pid}.txt line {n} does not match its label's sha")
    return texts, labels


class Corpuslint:
    """`python -m corpuslint` of a checkout (this one, or --src), whatever corpuslint is installed."""

    def __init__(self, src: Path) -> None:
        self.src = src
        self.env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(src), os.environ.get("PYTHONPATH")]))}

    def __call__(self, args: list[str], cwd: Path) -> subprocess.CompletedProcess:
        r = subprocess.run([sys.executable, "-m", "corpuslint", *args], cwd=cwd, env=self.env, capture_output=True,
                           text=True)
        if r.returncode not in (0, 1):
            die(f"`corpuslint {' '.join(args)}` exited {r.returncode}:\n{r.stderr.strip()[-2000:]}")
        return r

    def version(self) -> str:
        return self(["version"], self.src).stdout.strip()


def scratch_copy(texts: dict[str, str], root: str, label: str) -> Path:
    folder = Path(root) / label / "txt"
    folder.mkdir(parents=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_bytes(text.encode("utf-8"))
    return folder.parent


def detect(corpuslint: Corpuslint, extra: list[str], texts: dict, labels: dict, root: str) -> dict:
    work = scratch_copy(texts, root, "detect")
    r = corpuslint(["check", "txt", "--isolated", "--no-cache", "--output-format", "json", "--exit-zero", *extra], work)
    try:
        findings = json.loads(r.stdout or "[]")
    except json.JSONDecodeError:
        die(f"corpuslint did not print JSON:\n{r.stdout[:500]}")
    hit = collections.defaultdict(set)
    rules_at = collections.defaultdict(set)  # (page, line) -> codes (any rule)
    by_rule: dict = collections.defaultdict(lambda: collections.defaultdict(set))
    other = collections.Counter()
    for f in findings:
        pid = Path(f["path"]).stem
        for n in covered_lines(f):
            rules_at[(pid, n)].add(f["code"])
        if not predicts_boilerplate(f):
            other[f["code"]] += 1
            continue
        for n in covered_lines(f):
            hit[pid].add(n)
            by_rule[f["code"]][labels[pid].get(n, ("blank", None))[0]].add((pid, n))
    pages = {}
    for pid in sorted(labels):
        c = collections.Counter()
        for n, (label, _) in labels[pid].items():
            if label == "unsure":
                continue
            pred = n in hit[pid]
            c["tp" if pred and label == "boilerplate" else "fp" if pred
              else "fn" if label == "boilerplate" else "tn"] += 1
        pages[pid] = c
    return {"findings": len(findings), "pages": pages, "by_rule": by_rule, "other": other, "rules_at": rules_at}


def clean(corpuslint: Corpuslint, extra: list[str], texts: dict, labels: dict, root: str) -> dict:
    work = scratch_copy(texts, root, "fix")
    corpuslint(["check", "txt", "--fix", "--unsafe-fixes", "--isolated", "--no-cache", "--exit-zero", *extra], work)
    pages = {}
    removed_lines = []  # (pid, line, label, text, fate)
    changed = 0
    for pid in sorted(labels):
        p = work / "txt" / f"{pid}.txt"
        fixed = p.read_text(encoding="utf-8") if p.exists() else ""
        changed += fixed != texts[pid]
        original = texts[pid].split("\n")
        lines = labels[pid]
        gold = "\n".join(original[n - 1] for n in sorted(lines) if lines[n][0] == "content")
        unsure = [sha for label, sha in lines.values() if label == "unsure"]
        bp, br = overlap(without(texts[pid], unsure), gold)
        fp, fr = overlap(without(fixed, unsure), gold)
        pages[pid] = {"baseline": (bp, br), "fixed": (fp, fr), "chars": len(texts[pid]) - len(fixed),
                      "total_chars": len(texts[pid])}
        after = fixed.split("\n")
        for n, fate in fates(original, after).items():
            if n in lines and fate != "kept":
                if fate == "removed" and lines[n][0] == "content":
                    fate = survival(original[n - 1], after)
                removed_lines.append((pid, n, lines[n][0], original[n - 1], fate))
    return {"pages": pages, "lines": removed_lines, "changed": changed}


def prf(t: collections.Counter) -> tuple[float, float, float]:
    tp, fp, fn = t["tp"], t["fp"], t["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def macro(pages: dict, key: str, ids: list[str]) -> tuple[float, float, float]:
    ids = [i for i in ids if i in pages]
    if not ids:
        return 0.0, 0.0, 0.0
    p = sum(pages[i][key][0] for i in ids) / len(ids)
    r = sum(pages[i][key][1] for i in ids) / len(ids)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_conversion(say, corpuslint: Corpuslint, extra: list[str], data: Path, conversion: str, langs: dict,
                     worst: int) -> dict:
    texts, labels = load_conversion(data / conversion)
    root = tempfile.mkdtemp(prefix="heldout-boilerplate-")
    try:
        det = detect(corpuslint, extra, texts, labels, root)
        cln = clean(corpuslint, extra, texts, labels, root)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    groups = {"all": sorted(labels), "en": [i for i in sorted(labels) if langs.get(i) == "en"],
              "other": [i for i in sorted(labels) if langs.get(i) != "en"]}
    nlab = collections.Counter(label for pid in labels for label, _ in labels[pid].values())
    say(f"\n=== {conversion}: {len(labels)} pages, labelled lines: "
        + ", ".join(f"{k} {nlab[k]}" for k in ("content", "boilerplate", "unsure")))
    say(f"(a) detection (CL1xx, CL204, CL205; unsure left out); findings {det['findings']}")
    say(f"    {'group':6s} {'pages':>5} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'fp':>5} {'fn':>6} {'tn':>6}")
    res: dict = {"detection": {}, "cleaning": {}}
    for g, ids in groups.items():
        t = collections.Counter()
        for i in ids:
            t.update(det["pages"][i])
        p, r, f1 = prf(t)
        res["detection"][g] = {"pages": len(ids), "P": p, "R": r, "F1": f1, **t}
        say(f"    {g:6s} {len(ids):5d} {p:6.3f} {r:6.3f} {f1:6.3f} {t['tp']:6d} {t['fp']:5d} {t['fn']:6d} {t['tn']:6d}")
    say("    lines covered by rule and label (content = false positive):")
    say(f"    {'rule':6s} {'boilerplate':>11} {'content':>8} {'unsure':>7}")
    res["by_rule"] = {}
    for code in sorted(det["by_rule"]):
        b = det["by_rule"][code]
        res["by_rule"][code] = {k: len(v) for k, v in b.items()}
        say(f"    {code:6s} {len(b['boilerplate']):11d} {len(b['content']):8d} {len(b['unsure']):7d}")
    if det["other"]:
        say("    other rules (not scored): " + ", ".join(f"{c} {n}" for c, n in sorted(det["other"].items())))
    say("(b) cleaning, word-4-gram shingles vs the gold article's content lines, macro over pages")
    say(f"    {'group':6s} {'unfixed P':>9} {'R':>6} {'F1':>6} | {'fixed P':>7} {'R':>6} {'F1':>6}")
    for g, ids in groups.items():
        b, f_ = macro(cln["pages"], "baseline", ids), macro(cln["pages"], "fixed", ids)
        res["cleaning"][g] = {"unfixed": b, "fixed": f_}
        say(f"    {g:6s} {b[0]:9.3f} {b[1]:6.3f} {b[2]:6.3f} | {f_[0]:7.3f} {f_[1]:6.3f} {f_[2]:6.3f}")
    rc = sum(v["chars"] for v in cln["pages"].values())
    tc = sum(v["total_chars"] for v in cln["pages"].values())
    say(f"    characters removed {rc} of {tc} ({100 * rc / tc:.1f}%); pages changed {cln['changed']} of {len(labels)}")
    fate_c = collections.Counter((lab, fate) for _, _, lab, _, fate in cln["lines"])
    gone = collections.Counter(lab for _, _, lab, _, fate in cln["lines"] if fate.startswith("removed"))
    say("    labelled lines removed (score.py's line diff): " + ", ".join(f"{k} {gone[k]}" for k in ("boilerplate", "content", "unsure"))
        + "; edited: " + ", ".join(f"{k} {fate_c[(k, 'edited')]}" for k in ("boilerplate", "content", "unsure")))
    say(f"    of the content lines removed: lost {fate_c[('content', 'removed')]}, "
        f"another copy kept {fate_c[('content', 'removed (copy kept)')]}, "
        f"edited and paired with another line by the diff {fate_c[('content', 'removed (edited elsewhere)')]}")
    res["lines_removed"] = dict(gone)
    res["content_fates"] = {k[1]: v for k, v in fate_c.items() if k[0] == "content"}
    lost = [x for x in cln["lines"] if x[2] == "content" and x[4] == "removed"]
    lost.sort(key=lambda x: (-len(x[3].strip()), x[0], x[1]))
    say("    content lines lost by language: " + ", ".join(
        f"{g} {sum(1 for x in lost if (langs.get(x[0]) == 'en') == (g == 'en'))}" for g in ("en", "other")))
    res["content_removed"] = [{"page": pid, "line": n, "lang": langs.get(pid), "text": t,
                               "rules": sorted(det["rules_at"].get((pid, n), ()))} for pid, n, _, t, _ in lost]
    say(f"    content lines lost ({len(lost)}), longest first (rules: findings of run (a) on that line):")
    for pid, n, _, t, _ in lost[:worst]:
        rules = ",".join(sorted(det["rules_at"].get((pid, n), ()))) or "?"
        say(f"      {pid[:60]}:{n} ({langs.get(pid)}) [{rules}] {t.strip()[:110]!r}")
    res["cleaning_pages"] = {pid: {"unfixed": v["baseline"], "fixed": v["fixed"], "chars_removed": v["chars"]}
                             for pid, v in cln["pages"].items()}
    res["content_edited"] = [{"page": pid, "line": n, "text": t, "rules": sorted(det["rules_at"].get((pid, n), ()))}
                             for pid, n, lab, t, fate in cln["lines"] if lab == "content" and fate == "edited"]
    return res


def cmd_score(a: argparse.Namespace) -> None:
    data = Path(a.data)
    if not (data / "meta.jsonl").is_file():
        die(f"{data} has no meta.jsonl (the `label` step makes it)")
    langs = {}
    with open(data / "meta.jsonl", encoding="utf-8") as f:
        for row in f:
            r = json.loads(row)
            langs[r["id"]] = r.get("lang", "other")
    extra = a.args
    conversions = a.conv.split(",") if a.conv else sorted(
        p.name for p in data.iterdir() if (p / "labels.jsonl").is_file())
    if not conversions:
        die(f"{data} has no conversion (a folder with labels.jsonl and txt/)")
    corpuslint = Corpuslint(Path(a.src).resolve() if a.src else ROOT)
    version = corpuslint.version()
    to_stdout = a.json == "-"

    def say(line: str) -> None:
        print(line, file=sys.stderr if to_stdout else sys.stdout)

    say(f"corpuslint: {version} ({corpuslint.src})  extra args: {extra or '(default rules)'}")
    everything = {conversion: score_conversion(say, corpuslint, extra, data, conversion, langs, a.worst)
                  for conversion in conversions}
    if a.json:
        report = json.dumps({"corpuslint": version, "args": extra, "convs": everything}, indent=1, ensure_ascii=False)
        if to_stdout:
            print(report)
        else:
            Path(a.json).write_text(report + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    passed = argv[argv.index("--") + 1:] if "--" in argv else []
    argv = argv[:argv.index("--")] if "--" in argv else argv
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 epilog="Arguments after `--` go to every `corpuslint check` (score).")
    sub = ap.add_subparsers(dest="cmd", required=True)
    la = sub.add_parser("label", help="make a page folder: gold articles, labelled page texts, metadata")
    la.add_argument("--html", required=True, help="folder of <id>.html pages")
    la.add_argument("--txt", action="append", required=True, help="NAME=DIR: the page texts of one conversion")
    la.add_argument("--out", required=True, help="the page folder to write")
    la.add_argument("--web", default=str(WEB), help="the folder of build.py (default: ../shared/corpora/web)")
    sc = sub.add_parser("score", help="score corpuslint on a page folder")
    sc.add_argument("--data", required=True, help="the page folder (gold/, meta.jsonl, CONVERSION/txt, CONVERSION/labels.jsonl)")
    sc.add_argument("--src", help="the root of another checkout whose corpuslint to run (default: this one)")
    sc.add_argument("--args", default="", help="extra check arguments in one string (as the old score_heldout.py)")
    sc.add_argument("--conv", help="comma-separated conversions (default: every one in DATA)")
    sc.add_argument("--worst", type=int, default=20, help="content lines lost to print (all are in the JSON)")
    sc.add_argument("--json", help="write everything as JSON to this file ('-': stdout, the report to stderr)")
    a = ap.parse_args(argv)
    if a.cmd == "label":
        cmd_label(a)
    else:
        import shlex

        a.args = shlex.split(a.args) + passed
        cmd_score(a)


if __name__ == "__main__":
    main()
