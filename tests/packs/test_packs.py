"""The rule-pack format: loading, validation errors (file and line), caching, user packs, and the
inline `tests` of every shipped pack rule."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from conftest import DATA
from corpuslint import Linter
from corpuslint.checks.boilerplate import builtin_pack_dir, builtin_pack_paths
from corpuslint.config import Config
from corpuslint.errors import ConfigError
from corpuslint.models import Document
from corpuslint.packs import PackRule, load_pack
from corpuslint.rule import FixAvailability

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "rules" / "examples" / "globalresearch.yaml"

MINIMAL = """\
pack: acme
description: ACME's footer.
rules:
  - code: ACME101
    name: acme-footer
    kind: phrases
    message: "ACME footer `{match}`"
    phrases: ["Read ACME every day"]
"""


def write(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def all_pack_rules():
    for path in [*builtin_pack_paths(), EXAMPLE]:
        for cls in load_pack(path):
            yield pytest.param(cls, id=f"{cls.code}-{cls.name}")


def apply(text: str, fix) -> str:
    for edit in sorted(fix.edits, key=lambda e: e.start, reverse=True):
        text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text


# -- the shipped packs -------------------------------------------------------------------


def test_builtin_packs_are_the_top_level_yaml_files_only():
    paths = builtin_pack_paths()
    names = {p.name for p in paths}
    assert {"social.yaml", "appeals.yaml", "legal.yaml", "navigation.yaml"} <= names
    assert all(p.parent == builtin_pack_dir() for p in paths)
    assert "globalresearch.yaml" not in names  # the example is a template, not a default


def test_builtin_codes_are_unique_and_in_the_family_range():
    codes = [cls.code for p in builtin_pack_paths() for cls in load_pack(p)]
    assert len(codes) == len(set(codes))
    assert all(c.startswith("CL1") and 101 <= int(c[2:]) <= 149 for c in codes)


@pytest.mark.parametrize("rule_cls", list(all_pack_rules()))
def test_inline_pack_tests(rule_cls):
    """Every `fail` example is found (and fixed as stated), every `pass` example stays clean."""
    spec = rule_cls.compiled.spec
    assert spec.tests.fail and spec.tests.pass_, f"{rule_cls.code} needs fail and pass examples"
    rule = rule_cls()
    for case in spec.tests.fail:
        text = case if isinstance(case, str) else case.text
        found = list(rule.check(Document.from_text(text)))
        assert found, f"{rule_cls.code} missed: {text!r}"
        if not isinstance(case, str) and case.fixed is not None:
            assert len(found) == 1
            assert apply(text, found[0].fix) == case.fixed
    for text in spec.tests.pass_:
        found = list(rule.check(Document.from_text(text)))
        assert not found, f"{rule_cls.code} flagged prose: {text!r} -> {[text[v.start:v.end] for v in found]}"


@pytest.mark.parametrize("rule_cls", list(all_pack_rules()))
def test_pack_rule_identity_and_docs(rule_cls):
    assert issubclass(rule_cls, PackRule)
    assert rule_cls.family == "boilerplate"
    assert rule_cls.fix_availability in (FixAvailability.ALWAYS, FixAvailability.NONE)
    doc = rule_cls.explanation()
    headings = [line for line in doc.splitlines() if line.startswith("## ")]
    assert headings[:2] == ["## What it does", "## Why is this bad?"]
    assert "## Example" in headings and "## Fix safety" in headings
    assert headings.index("## Example") < headings.index("## Fix safety")
    assert rule_cls.compiled.spec.why, "shipped rules explain why"
    assert rule_cls.one_line() and not rule_cls.one_line().startswith("#")
    path, line = rule_cls.source_location()
    assert path and Path(path).is_file() and line


# -- loading -----------------------------------------------------------------------------


def test_user_pack_loads_and_matches(tmp_path):
    path = write(tmp_path, MINIMAL)
    (cls,) = load_pack(path)
    assert (cls.code, cls.name, cls.family) == ("ACME101", "acme-footer", "boilerplate")
    text = "The article.\n\nRead  ACME every day!\n\nMore article."
    (v,) = cls().check(Document.from_text(text))
    assert text[v.start:v.end] == "Read  ACME every day!"
    assert v.source == "acme/acme-footer: Read ACME every day"  # shortened: spacing folded
    assert v.message == "ACME footer `Read ACME every day`"
    assert v.fix.applicability.value == "unsafe"  # `safe` defaults to false
    assert apply(text, v.fix) == "The article.\n\nMore article."


def test_user_pack_runs_through_the_engine(tmp_path):
    from corpuslint.config import load_config
    from corpuslint.engine import Linter

    pack = write(tmp_path, MINIMAL, "acme.yaml")
    (tmp_path / "corpuslint.yaml").write_text(f"packs: [{pack.name}]\nselect: [ACME101]\n", encoding="utf-8")
    doc = tmp_path / "doc.txt"
    doc.write_text("The article.\n\nRead ACME every day\n", encoding="utf-8")
    linter = Linter(load_config(tmp_path / "corpuslint.yaml"))
    findings = linter.check([Document.from_text(doc.read_text(), path=str(doc))])
    assert [(f.code, f.line) for f in findings] == [("ACME101", 3)]


def test_pack_is_loaded_once_per_process(tmp_path):
    path = write(tmp_path, MINIMAL)
    assert load_pack(path)[0] is load_pack(path)[0]


def test_options_override_pack_defaults(tmp_path):
    path = write(tmp_path, MINIMAL.replace('phrases: ["Read ACME every day"]',
                                           'phrases: ["Read ACME every day"]\n    max-length: 30'))
    (cls,) = load_pack(path)
    text = "Read ACME every day, said the sign on the door of the shop."
    assert not list(cls().check(Document.from_text(text)))
    loose = cls(cls.Options.model_validate({"max-length": 100}))
    assert len(list(loose.check(Document.from_text(text)))) == 1


def test_timeout_propagates(tmp_path):
    path = write(tmp_path, """\
        pack: slow
        description: A catastrophic pattern.
        rules:
          - code: SLOW101
            name: slow
            kind: patterns
            message: slow
            patterns: ['(?:a+)+b']
        """)
    (cls,) = load_pack(path)
    with pytest.raises(TimeoutError):
        list(cls(timeout=0.05).check(Document.from_text("a" * 5000 + "c")))


# -- every error path names the file and the line --------------------------------------------

ERRORS = {
    "malformed-yaml": ("pack: acme\nrules: [\n  - code: X\n", 3, "malformed YAML"),
    "not-a-mapping": ("- just\n- a list\n", 1, "must be a mapping"),
    "unknown-header-key": (MINIMAL.replace("description:", "descripton: x\ndescription:"), 2,
                           "unknown key `descripton` (did you mean `description`?)"),
    "missing-rules": ("pack: acme\ndescription: d\n", 1, "missing key `rules`"),
    "kind-typo": (MINIMAL.replace("kind: phrases", "kind: phrase"), 6,
                  "rule ACME101 acme-footer: `kind`: unknown kind 'phrase' (did you mean `phrases`?)"),
    "missing-kind": (MINIMAL.replace("    kind: phrases\n", ""), 4, "missing key `kind`"),
    "unknown-rule-key": (MINIMAL.replace("    kind: phrases\n", "    kind: phrases\n    scpoe: line\n"), 7,
                         "unknown key `scpoe` (did you mean `scope`?)"),
    "missing-field": (MINIMAL.replace('    message: "ACME footer `{match}`"\n', ""), 4,
                      "rule ACME101 acme-footer: missing key `message`"),
    "bad-value": (MINIMAL.replace("    kind: phrases\n", "    kind: phrases\n    scope: sentence\n"), 7,
                  "`scope`: Input should be 'line' or 'paragraph'"),
    "bad-code": (MINIMAL.replace("ACME101", "acme-1"), 4, "'acme-1' is not a code like CL101"),
    "phrases-key-on-patterns": (MINIMAL.replace("kind: phrases", "kind: patterns"), 8,
                                "key `phrases` does not belong to a rule of kind `patterns`"),
    "invalid-regex": (MINIMAL.replace("kind: phrases", "kind: patterns").replace(
        'phrases: ["Read ACME every day"]', "patterns:\n      - 'fine'\n      - 'broken('"), 10,
        "`patterns`: invalid regex pattern 'broken('"),
    "empty-match": (MINIMAL.replace("kind: phrases", "kind: patterns").replace(
        'phrases: ["Read ACME every day"]', "patterns: ['x*']"), 8, "matches the empty string"),
    "bad-placeholder": (MINIMAL.replace("{match}", "{matched}"), 7, "unknown placeholder {matched}"),
    "duplicate-code": (MINIMAL + MINIMAL.split("rules:\n")[1].replace("acme-footer", "acme-other"), 9,
                       "code ACME101 is used twice in this pack (first on line 4)"),
    "duplicate-name": (MINIMAL + MINIMAL.split("rules:\n")[1].replace("ACME101", "ACME102"), 10,
                       "name acme-footer is used twice"),
}


@pytest.mark.parametrize("case", list(ERRORS))
def test_load_errors_name_file_and_line(tmp_path, case):
    text, line, needle = ERRORS[case]
    path = tmp_path / f"{case}.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_pack(path)
    err = info.value
    assert err.path == str(path)
    assert err.line == line, str(err)
    assert needle in str(err), str(err)
    assert str(err).startswith(f"{path}:{line}: ")
    if case not in ("malformed-yaml", "not-a-mapping", "missing-rules"):
        assert "pack 'acme'" in str(err)


def test_missing_file_and_bad_encoding(tmp_path):
    with pytest.raises(ConfigError, match="cannot read rule pack"):
        load_pack(tmp_path / "nope.yaml")
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("pack: caf\xe9\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="not valid UTF-8"):
        load_pack(bad)


def test_validated_packs_are_cached_on_disk_and_a_bad_entry_is_ignored(tmp_path, monkeypatch):
    import shutil

    from corpuslint.packs import loader as packs_module

    monkeypatch.setenv("CORPUSLINT_CACHE_DIR", str(tmp_path / "cache"))
    source = builtin_pack_paths()[0]
    pack = tmp_path / source.name
    shutil.copy(source, pack)
    first = packs_module._load(pack)
    [entry] = (tmp_path / "cache" / "packs").iterdir()

    def no_yaml(*args, **kwargs):
        raise AssertionError("the cached pack was parsed again")

    monkeypatch.setattr(packs_module.yamlio, "load", no_yaml)
    second = packs_module._load(pack)
    assert [r.code for r in second] == [r.code for r in first]
    doc = Document.from_text("The story.\n\n196 SHARES Facebook Twitter\n")
    assert [v.message for r in first for v in r().check(doc)] == [v.message for r in second for v in r().check(doc)]

    monkeypatch.undo()
    monkeypatch.setenv("CORPUSLINT_CACHE_DIR", str(tmp_path / "cache"))
    entry.write_bytes(b"not a pickle")
    assert [r.code for r in packs_module._load(pack)] == [r.code for r in first]
    pack.write_text(pack.read_text(encoding="utf-8").replace("rules:", "rulez:", 1), encoding="utf-8")
    with pytest.raises(ConfigError):
        packs_module._load(pack)  # a changed pack is validated again, never taken from the cache


# -- the scanners' building blocks ---------------------------------------------------------


def test_white_space_set_is_what_a_blank_run_can_hold():
    import regex

    from corpuslint.packs.literals import WS

    everything = "".join(map(chr, range(0x110000)))
    expected = {c for c in everything if c.isspace()} | set(regex.findall(r"\s", everything))
    assert WS == expected - {"\n"}


def test_case_traps_are_all_non_ascii_characters_that_case_insensitively_equal_ascii():
    """`bytes.lower()` lowers ASCII only; these characters send a document to `str.lower()`."""
    import re

    import regex

    from corpuslint.packs.matcher import _CASE_TRAPS

    letters = regex.compile("[a-z]", regex.I), re.compile("[a-z]", re.I)
    cased = (chr(cp) for cp in range(0x80, 0x110000))
    cased = (c for c in cased if c.lower() != c or c.upper() != c or c.casefold() != c)
    traps = {c for c in cased if any(p.fullmatch(c) for p in letters) or any("a" <= x <= "z" for x in c.lower())}
    assert traps == set(_CASE_TRAPS)


def test_squeeze_is_one_space_per_white_space_run():
    import random

    from corpuslint.packs.matcher import _BLANKS_B, _squeeze

    pieces = [b"a", b"b", b" ", b"  ", b"\t", b"\r", b"\x1c", "\xa0".encode(), "\u2009".encode(),
              "\u3000".encode(), "\xe9".encode(), "\u2019".encode()]
    rng = random.Random(7)
    for _ in range(3000):
        line = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _squeeze(line) == _BLANKS_B.sub(b" ", line), line


def test_paragraph_offsets_are_textutil_paragraphs():
    from corpuslint.packs.blocks import paragraph_bounds
    from corpuslint.textutil import paragraphs

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").glob("*/*.txt"))]
    texts += ["", "\n", "\n\n", "  \n\n a", "a\n\n\xa0\n\nb", "a\n \n", "x", " x \n\n\n y \n", "a\r\n\r\nb",
              "a\n\x0c\nb", "\n\n\nlast"]
    for text in texts:
        starts, ends = paragraph_bounds(text)
        assert list(zip(starts, ends)) == [(p.start, p.end) for p in paragraphs(text)], text[:60]


def test_a_group_finds_the_same_after_it_switches_to_the_dfa():
    from corpuslint import Linter
    from corpuslint.config import Config
    from corpuslint.packs.matcher import _DFA_AFTER

    seed = (Path(__file__).parents[2] / "seeds").glob("*.txt")
    text = next(iter(sorted(seed))).read_text(encoding="utf-8")
    linter = Linter(Config(select=["boilerplate"]))

    def findings():
        return [(f.code, f.line) for f in linter.check_document(Document.from_text(text, id="seed"))]

    before = findings()  # the group's first document: the NFA
    for _ in range(_DFA_AFTER):
        findings()
    after = findings()
    assert {"CL121", "CL103"} <= {code for code, _ in before}  # fair use, share plea
    assert after == before


LABELS = DATA / "packs" / "labels"


@pytest.mark.parametrize("name", ["c-comment-close.txt", "binutils-ld-like-this.txt",
                                  "dbus-copyright-comment-field.txt", "python-future-statement.txt",
                                  "python-future-statement-rendered.txt"])
def test_a_line_that_only_looks_like_a_label_is_left_alone(name):
    # qa16a/qa16b: CL131's SAFE fix removed a C comment's close, the end of a wrapped sentence
    # before a command, and a copyright file's `Comment:` field name over its text; qa19a: an item
    # of an enumeration a sentence runs over (`* comments,` under "... before a future statement are:")
    doc = Document.from_text((LABELS / name).read_text(encoding="utf-8"))
    assert Linter(Config(select=["CL131"])).check([doc]) == []


@pytest.mark.parametrize("name, label", [("fnc1-train-0198-head.txt", "RECOMMENDED"),
                                         ("web-bbc-1-comments.txt", "941 comments")])
def test_labels_alone_on_a_line_are_still_found(name, label):
    doc = Document.from_text((LABELS / name).read_text(encoding="utf-8"))
    assert [label in f.message for f in Linter(Config(select=["CL131"])).check([doc])] == [True]


@pytest.mark.parametrize("name, count", [("review16-teaser.txt", 2), ("review16-related.txt", 1)])
def test_labels_a_text_browser_dumps_are_found(name, count):
    # review16a: a lower-case `read more...` under a headline, `Related:` over an indented list
    doc = Document.from_text((LABELS / name).read_text(encoding="utf-8"))
    assert len(Linter(Config(select=["CL131"])).check([doc])) == count
