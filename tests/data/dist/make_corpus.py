"""Build the dist parity corpus (tests/data/dist/corpus/*.jsonl) from ../shared/corpora/news.jsonl.

Real news documents, plus what the corpus rules are about: an exact copy and a near copy of a
document in other files (CL411, CL412), a sign-off line at the tail of different articles in
every file (CL151), a host spelled one way in six documents and with a slip in one (CL304), and
a malformed and an empty record (CL906, CL904). Run from the repository root.
"""

import json
import random
from pathlib import Path

SOURCE = Path("../shared/corpora/news.jsonl")
OUT = Path("tests/data/dist/corpus")
SIGN_OFF = "Sign up for the Morning Ledger newsletter to get stories like this in your inbox every day."

rng = random.Random(18)
docs = [json.loads(line) for line in SOURCE.open(encoding="utf-8")]
docs = [d for d in docs if 800 <= len(d["text"]) <= 4000]
picked = rng.sample(docs, 36)
files = {name: [] for name in "abcd"}
for i, doc in enumerate(picked):
    files["abcd"[i % 4]].append(doc)
# the shared sign-off, in two documents of each file
for name in "abcd":
    for doc in files[name][:2]:
        doc["text"] = doc["text"].rstrip() + "\n\n" + SIGN_OFF
# the dominant spelling of a host in six documents, the slip in one
for j, doc in enumerate(picked[8:14]):
    doc["text"] = doc["text"].rstrip() + "\n\nRead more analysis at sjlendman.blogspot.com every week."
picked[20]["text"] = picked[20]["text"].rstrip() + "\n\nRead more analysis at silendman.blogspot.com every week."
# an exact copy (new id) and a near copy (a sentence changed) in other files
original = files["a"][3]
copy = dict(original, id=original["id"] + "-copy")
files["c"].append(copy)
near = dict(files["b"][4], id=files["b"][4]["id"] + "-near")
words = near["text"].split(" ")
near["text"] = " ".join(words[:-6] + ["and", "that", "is", "all", "we", "know."])
files["d"].append(near)
OUT.mkdir(parents=True, exist_ok=True)
for name, records in files.items():
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    if name == "b":
        lines.insert(2, '{"id": "broken", "text": "an unterminated record')
    if name == "d":
        lines.insert(1, json.dumps({"id": "empty-one", "text": "   "}))
    (OUT / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
