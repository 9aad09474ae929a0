"""The on-disk cache of compiled `regex` patterns (corpuslint.rxcache): a pattern rebuilt from it
matches exactly as a freshly compiled one, a second process parses nothing it cached, and a
broken or foreign file is a miss, never an error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import regex

from corpuslint import rxcache

ROOT = Path(__file__).resolve().parent.parent
TEXT = Path(__file__).parent / "data" / "bios" / "fakenewsnet-BuzzFeed_Real_16.txt"  # real news text

# patterns of the kind the rules use: verbose, lookbehinds, named groups, case-insensitive, Unicode
PATTERNS = [
    (r"(?P<word>\w+)\s+(?:said|says)\b", regex.I),
    (r"(?<=[.!?]\s)(?P<first>[A-Z][a-z]+)", 0),
    (r"""
        (?<![\w@.])          # not inside a word or an address
        (?:https?://|www\.)  # a link
        \S+
     """, regex.X),
    (r"^[ \t]{0,3}#{1,6}[ \t]", regex.M),
    (r"[—–―•*>-]{1,4}\s{0,2}\p{Lu}", 0),
]

# one process: compile the patterns through the cache, print how many `regex` parsed, and a
# digest of every match on the text
SCRIPT = r"""
import hashlib, sys
import regex, regex._main as main
parsed = []
real = main._compile
main._compile = lambda *a: parsed.append(a[0]) or real(*a)
from corpuslint import rxcache
text = open(sys.argv[1], encoding="utf-8").read()
spans = []
for source, flags in PATTERNS:
    p = rxcache.compile(source, flags)
    spans.append([(m.span(), m.groupdict()) for m in p.finditer(text)])
print(len(parsed), hashlib.sha256(repr(spans).encode()).hexdigest())
"""


def _run(cache: Path, text: Path, **env: str) -> tuple[int, str]:
    script = f"PATTERNS = {[(source, int(flags)) for source, flags in PATTERNS]!r}\n{SCRIPT}"
    environ = {k: v for k, v in os.environ.items() if k != "CORPUSLINT_NO_REGEX_CACHE"}
    environ.update(PYTHONPATH=str(ROOT), CORPUSLINT_CACHE_DIR=str(cache), **env)
    out = subprocess.run([sys.executable, "-c", script, str(text)], env=environ, check=True,
                         capture_output=True, text=True).stdout.split()
    return int(out[0]), out[1]


def test_a_second_process_parses_nothing_it_cached_and_matches_the_same(tmp_path):
    text = TEXT
    first, matches = _run(tmp_path / "cache", text)
    assert first == len(PATTERNS)  # nothing cached yet: each parsed once
    assert list((tmp_path / "cache" / "regex").glob("patterns-*.bin"))
    second, again = _run(tmp_path / "cache", text)
    assert second == 0  # every pattern rebuilt from its compiled code
    assert again == matches
    off, plain = _run(tmp_path / "nocache", text, CORPUSLINT_NO_REGEX_CACHE="1")
    assert off == len(PATTERNS) and plain == matches  # the same matches as regex.compile's
    assert not (tmp_path / "nocache").exists()


def test_a_broken_cache_file_is_a_miss(tmp_path):
    text = TEXT
    _, matches = _run(tmp_path / "cache", text)
    [path] = (tmp_path / "cache" / "regex").glob("patterns-*.bin")
    data = path.read_bytes()
    path.write_bytes(data[:-40] + b"x" * 40)  # the digest no longer matches
    parsed, again = _run(tmp_path / "cache", text)
    assert parsed == len(PATTERNS) and again == matches
    path.write_bytes(b"not a cache")
    parsed, again = _run(tmp_path / "cache", text)
    assert parsed == len(PATTERNS) and again == matches


def test_in_process_a_pattern_is_the_compiled_one():
    for source, flags in PATTERNS:
        cached, plain = rxcache.compile(source, flags), regex.compile(source, flags)
        assert cached.pattern == plain.pattern and cached.flags == plain.flags
        assert cached.groupindex == plain.groupindex
        sample = "Ana Silva said it. Then Marc says www.example.org/x\n## Head\n— Élan"
        assert [m.span() for m in cached.finditer(sample)] == [m.span() for m in plain.finditer(sample)]
