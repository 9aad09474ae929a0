"""CL2xx on real scraped documents (tests/data/markup), both ways, and their fixes."""

from __future__ import annotations

import pytest

from conftest import DATA, SEED
from corpuslint import Document, Linter
from corpuslint.config import Config

MARKUP = DATA / "markup"


@pytest.fixture(scope="module")
def linter():
    return Linter(Config(select=["markup"]))


def findings_for(linter, name):
    path = MARKUP / name
    doc = Document.from_text(path.read_text(encoding="utf-8"), path=str(path))
    return doc, linter.check([doc])


@pytest.mark.parametrize("name, code, snippet", [
    ("fnc1-train-2124.txt", "CL201", '<a href="http://www.engadget.com/products/apple/watch/">'),
    ("fnc1-train-0330.txt", "CL202", "&amp;amp;amp;amp;amp;nbsp;"),
    ("fnc1-train-0537.txt", "CL202", "&hellip;"),
    ("fnc1-train-0121.txt", "CL204", "<!-- google_ad_client"),
    ("fnc1-train-0247.txt", "CL205", "(function(d, s, id)"),
    ("fnc1-train-0382.txt", "CL205", "OO.ready(function()"),
    ("fnc1-train-1800.txt", "CL205", "//<![CDATA["),
    ("fnc1-train-0269.txt", "CL206", "â€”"),
    ("fnc1-train-1148.txt", "CL207", "\ufffd"),
])
def test_real_markup_defects_are_found(linter, name, code, snippet):
    doc, findings = findings_for(linter, name)
    hits = [f for f in findings if f.code == code]
    assert hits, findings
    assert any(doc.text[f.offset:f.end_offset].startswith(snippet) or snippet in doc.text[f.offset:f.end_offset]
               for f in hits)


def test_code_after_prose_on_one_line_leaves_the_prose_out(linter):
    doc, findings = findings_for(linter, "fnc1-train-1192.txt")
    [finding] = [f for f in findings if f.code == "CL205"]
    assert doc.text[finding.offset:].startswith("BF_STATIC.timequeue.push(")
    assert doc.text[:finding.offset].rstrip().endswith("report from yesterday follows below.")
    fixed = Linter(Config(select=["CL205"])).fix(doc, unsafe=True).document.text
    assert "BuzzFeed News’ report from yesterday follows below." in fixed and "BF_STATIC" not in fixed


@pytest.mark.parametrize("name", sorted(p.name for p in MARKUP.glob("clean_*.txt")))
def test_real_articles_without_markup_stay_clean(linter, name):
    _, findings = findings_for(linter, name)
    assert findings == []


@pytest.mark.parametrize("text", [
    "If x < y and y > z then x < z.",
    "I <3 this city.",
    "Send it to <john.doe@example.com> today.",
    "Fill in <insert name here> and <date>.",
    "AT&T and R&D spending rose; Q&A at 5.",
    "The function(x) returns a value; see var in the docs.",
])
def test_prose_with_brackets_and_ampersands_is_not_markup(linter, text):
    assert linter.check([Document.from_text(text)]) == []


def test_fixes_unwrap_decode_and_keep_spacing():
    linter = Linter(Config(select=["markup"]))
    text = "First para with <u>Reuters</u>.\n\nline one<br>line two &amp;amp;nbsp;end\n\n<!-- ad -->\n\nLast.\n"
    result = linter.fix(Document.from_text(text))
    assert result.document.text == "First para with Reuters.\n\nline one\nline two  end\n\nLast.\n"
    again = linter.fix(result.document)
    assert again.document.text == result.document.text and not again.applied


def test_link_unwrapping_is_unsafe():
    linter = Linter(Config(select=["markup"]))
    doc = Document.from_text('See <a href="http://x.org">the report</a>.')
    assert linter.fix(doc).document.text == doc.text
    assert linter.fix(doc, unsafe=True).document.text == "See the report."


def test_seed_has_exactly_one_markup_defect(linter):
    doc = Document.from_text(SEED.read_text(encoding="utf-8"), path=str(SEED))
    assert [(f.code, f.line) for f in linter.check([doc])] == [("CL201", 15)]


def test_an_entity_that_is_only_a_space_on_its_own_line_takes_the_line():
    linter = Linter(Config(select=["markup"]))
    assert linter.fix(Document.from_text("A.\n\n&amp;nbsp;\n\nB.\n")).document.text == "A.\n\nB.\n"


ENCODINGS = MARKUP / "encodings"


@pytest.mark.parametrize("name", ["latin1-fr.txt", "macroman-cs.txt"])
def test_mojibake_of_other_legacy_encodings_is_found_and_repaired(linter, name):
    # real French and Czech lines whose UTF-8 was read as Latin-1 / Mac Roman upstream
    doc, findings = findings_for(linter, f"encodings/{name}")
    hits = [f for f in findings if f.code == "CL206"]
    assert hits
    fixed = doc.text
    for f in sorted(hits, key=lambda f: f.offset, reverse=True):
        edit = f.fix.edits[0]
        fixed = fixed[:edit.start] + edit.replacement + fixed[edit.end:]
    clean = (ENCODINGS / "clean-fr-cs-zh.txt").read_text(encoding="utf-8").split("\n\n")
    assert fixed.strip() in [c.strip() for c in clean]


def test_french_czech_and_chinese_written_correctly_are_not_mojibake(linter):
    _, findings = findings_for(linter, "encodings/clean-fr-cs-zh.txt")
    assert not [f for f in findings if f.code == "CL206"]


def test_lines_of_curly_quotes_and_dashes_only_cannot_be_mojibake_to_ftfy():
    # CL206 sends a line to ftfy only when it holds a candidate character beyond typography
    # (a speed-up: most lines of real text hold nothing else). That is safe only while ftfy's
    # badness pattern, its first test, matches no string made of those characters and ASCII.
    import itertools

    from ftfy.badness import BADNESS_RE

    from corpuslint.checks.markup import BEYOND_TYPOGRAPHY, TYPOGRAPHY

    alphabet = TYPOGRAPHY + "aA .1\t中-"
    assert not BEYOND_TYPOGRAPHY.search(alphabet)
    for n in range(1, 6):
        for chars in itertools.product(alphabet, repeat=n):
            assert not BADNESS_RE.search("".join(chars))
    assert BEYOND_TYPOGRAPHY.search("itâ€™s")  # real mojibake still goes to ftfy


def _single_chars(node) -> set[str] | None:
    """The characters one element of a parsed pattern matches, when it is one character drawn
    from literals and ranges (None: anything else: a category such as `\\w`, a negated class,
    a repeat, an anchor)."""
    from re import _constants as c

    op, arg = node
    if op is c.LITERAL:
        return {chr(arg)}
    if op is not c.IN:
        return None
    chars: set[str] = set()
    for item_op, item in arg:
        if item_op is c.LITERAL:
            chars.add(chr(item))
        elif item_op is c.RANGE:
            chars.update(map(chr, range(item[0], item[1] + 1)))
        else:  # NEGATE, CATEGORY
            return None
    return chars


def test_every_badness_match_has_the_shape_cl206_looks_for():
    # CL206 asks ftfy about a line only when MOJIBAKE_SHAPE finds something in it. ftfy leaves a
    # line unchanged unless its badness pattern matches there, so this is safe while every
    # branch of that pattern needs, at consecutive places, two non-ASCII characters one of which
    # is beyond typography, or one of the characters MOJIBAKE_SHAPE names alone. Checked on the
    # parsed pattern of the installed ftfy, branch by branch.
    from re import _constants as c, _parser

    from ftfy.badness import BADNESS_RE

    from corpuslint.checks.markup import MOJIBAKE_SHAPE, TYPOGRAPHY

    alone = {chr(n) for n in range(0x80, 0xA0)} | set("\u0152\u0153\u00c2\u00c3")
    parsed = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    ((op, (_, branches)),) = list(parsed)
    assert op is c.BRANCH and len(branches) > 30
    for branch in branches:
        sets = [_single_chars(node) for node in branch]
        ok = any(s is not None and s <= alone for s in sets)
        for a, b in zip(sets, sets[1:]):
            if a is None or b is None or any(ch.isascii() for ch in a | b):
                continue
            ok = ok or all(ch not in TYPOGRAPHY for ch in a) or all(ch not in TYPOGRAPHY for ch in b)
        assert ok, branch
    # and the shape itself, both ways, on real kinds of line
    for line in ("itâ€™s", "voilÃ le travail", "Ã©tÃ©", "cÅ“ur", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚"):
        assert MOJIBAKE_SHAPE.search(line), line
    for line in ("José Mourinho said “no” — twice…", "in Zürich and Malmö", "naïve café"):
        assert not MOJIBAKE_SHAPE.search(line), line


def test_a_code_sample_in_a_how_to_is_never_cut_in_half():
    # qa15 finding 7: a Fortinet how-to's Frida sample, one statement per paragraph; the unsafe
    # fix took `NativeCallback(function (){` out of `Interceptor.replace(unlinkPtr, new ...` and
    # `var unlinkPtr = ...;` out of the sample
    linter = Linter(Config(select=["CL205"]))
    doc, findings = findings_for(linter, "fortinet-frida-howto.txt")
    assert findings and all(f.fix is None for f in findings)
    assert linter.fix(doc, unsafe=True).document.text == doc.text
    line = "Interceptor.replace(unlinkPtr, new NativeCallback(function (){"
    alone = Document.from_text(f"We hooked it so.\n\n{line}\n\nThat was all it took to skip the call.\n")
    assert all(f.fix is None for f in linter.check([alone]))


@pytest.mark.parametrize("name", ["fnc1-train-0247.txt", "fnc1-train-0382.txt", "fnc1-train-1192.txt",
                                  "fnc1-train-1800.txt"])
def test_a_widgets_code_in_a_news_page_keeps_its_fix(name):
    linter = Linter(Config(select=["CL205"]))
    _, findings = findings_for(linter, name)
    assert findings and all(f.fix is not None for f in findings)


def test_a_lone_c1_control_is_no_evidence_of_windows_1252(linter):
    # qa19c r10 (a few held-out lines): an image's alt text `Mandelplätzchen\x80, Copyright: …`, the only C1
    # control of the page: ftfy reads it as cp1252's `€`; the fix is unsafe and removes the control
    doc, findings = findings_for(linter, "encodings/kulinaria-stray-c1.txt")
    found = [f for f in findings if f.code == "CL206"]
    assert len(found) == 1 and found[0].fix.applicability.value == "unsafe"
    assert [e.replacement for e in found[0].fix.edits] == [""] and "stray C1 control U+0080" in found[0].message
    # many of them (a page decoded as Latin-1 from Windows-1252: its quotes at each place) keep the safe reading
    text = "主派议员们普遍指责梁振英\x93撒谎\x94，要求他马上辞职。\n\n\x93郑重道歉\x94\n"
    cl206 = [f for f in linter.check_document(Document.from_text(text, path="zh.txt")) if f.code == "CL206"]
    assert [(f.fix.applicability.value, f.fix.edits[0].replacement) for f in cl206] == [
        ("safe", "“"), ("safe", "”"), ("safe", "“"), ("safe", "”")]


def _apply(doc: Document, findings) -> str:
    fixed = doc.text
    for f in sorted((f for f in findings if f.fix is not None), key=lambda f: f.offset, reverse=True):
        for edit in sorted(f.fix.edits, key=lambda e: e.start, reverse=True):
            fixed = fixed[:edit.start] + edit.replacement + fixed[edit.end:]
    return fixed


def test_utf8_read_as_a_legacy_cjk_encoding_is_repaired_where_its_bytes_read_back(linter):
    # qa20 r05: UTF-8 read as CP932 (a Chinese line of Python's cjkencodings test data, and the blog's
    # `豌玲戟邇画焚` = 気持玉数) and as GBK (a Korean one): ftfy repairs neither
    doc, findings = findings_for(linter, "encodings/utf8-as-cjk-legacy.txt")
    found = [f for f in findings if f.code == "CL206"]
    assert [(f.fix.applicability.value, f.message.split("UTF-8 read as ")[1][:3]) for f in found] == [
        ("safe", "Shi"), ("safe", "GBK"), ("safe", "Shi")]
    clean = (ENCODINGS / "clean-cjk.txt").read_text(encoding="utf-8")
    assert clean.startswith(_apply(doc, found))


def test_chinese_japanese_and_korean_written_correctly_are_not_mojibake(linter):
    _, findings = findings_for(linter, "encodings/clean-cjk.txt")
    assert not [f for f in findings if f.code == "CL206"]


def test_cjk_mojibake_whose_bytes_were_lost_is_reported_without_a_fix_and_never_gets_a_euro(linter):
    # qa20 r05 (a few held-out lines): the blog's half-width katakana were widened (`ｧ` -> `ァ`) after
    # the misreading, so its bytes no longer read back; its U+0080 are bytes of UTF-8 (`繧\x80` = む),
    # not `€` (main: 8 safe fixes writing `€`, the mojibake itself unreported)
    doc, findings = findings_for(linter, "encodings/webry-cp932-widened.txt")
    found = [f for f in findings if f.code == "CL206"]
    assert all(f.fix is None for f in found)
    assert sum(f.message.startswith("mojibake") and "UTF-8 read as Shift_JIS (CP932)" in f.message for f in found) == 5
    assert sum(f.message.startswith("C1 control U+0080 beside CJK mojibake") for f in found) == 4
    assert "\x80" in doc.text and not any("`€`" in f.message and "not `€`" not in f.message for f in found)
    assert {f.line for f in found} == {1, 2, 3, 4, 5, 6}


def test_a_replacement_character_the_text_names_is_its_subject(linter):
    """tester27: the codecs documentation shows `�` by name; a `�` in a word is still lost text."""
    codecs = ("   Replace with a replacement marker. On encoding, use ? (ASCII\n"
              "   character). On decoding, use \ufffd (U+FFFD, the official REPLACEMENT\n"
              "   CHARACTER). Implemented in replace_errors().\n")
    assert not [f for f in linter.check([Document.from_text(codecs)]) if f.code == "CL207"]
    cafe = Document.from_text("The caf\ufffd opened in 2014.\n")
    assert [f.code for f in linter.check([cafe]) if f.code == "CL207"] == ["CL207"]
