"""The boilerplate family (CL1xx) on real documents: the seed article, scraped news pages that
carry boilerplate, and articles whose prose talks about copyright, disclaimers or shares."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from corpuslint.checks import boilerplate
from corpuslint.checks.boilerplate import builtin_pack_paths
from corpuslint.models import Document
from corpuslint.packs import load_pack, removal_span
from corpuslint.textutil import paragraphs


DATA = Path(__file__).parents[1] / "data" / "boilerplate"
SEED = Path(__file__).parents[2] / "seeds" / "000_8649d156db22d76a.txt"
RULES = [cls for path in builtin_pack_paths() for cls in load_pack(path)]


def check(path: Path | str, text: str | None = None):
    text = Path(path).read_text(encoding="utf-8") if text is None else text
    doc = Document.from_text(text, path=str(path))
    found = []
    rules = [cls() for cls in sorted(RULES, key=lambda c: c.code)]  # created together, as the engine does
    for rule in rules:
        cls = type(rule)
        for v in rule.check(doc):
            found.append((cls.code, doc.position(v.start)[0], v))
    return doc, sorted(found, key=lambda f: (f[1], f[0]))


def apply(text, fix):
    for edit in sorted(fix.edits, key=lambda e: e.start, reverse=True):
        text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text


def test_hook_registers_the_builtin_packs():
    registered = []
    boilerplate.corpuslint_register_packs(register=registered.append)
    assert registered == builtin_pack_paths() and registered


# -- the seed ----------------------------------------------------------------------------

SEED_EXPECTED = {
    69: {"CL103"},  # Note to readers: please click the share buttons ...
    79: {"CL120"},  # The original source of this article is ... Copyright © ... (CL123 too: one finding)
    81: {"CL104"},  # Comment on Global Research Articles on our Facebook page
    83: {"CL110"},  # Become a Member of Global Research
    85: {"CL131"},  # Articles by: Stephen Lendman (a link label of the site's author page)
    87: {"CL131"},  # About the author: (the heading of the bio box)
    91: {"CL122"},  # Disclaimer: ...
    93: {"CL121"},  # ... contains copyrighted material ... fair use ...
    95: {"CL124"},  # For media inquiries: ...
}


def test_seed_boilerplate_paragraphs_found_on_their_lines():
    doc, found = check(SEED)
    by_line: dict[int, set[str]] = {}
    for code, line, _ in found:
        by_line.setdefault(line, set()).add(code)
    assert by_line == SEED_EXPECTED
    assert all(line > 65 for _, line, _ in found)  # nothing in the article's prose


def test_seed_findings_cover_whole_paragraphs_and_fix_them_away():
    doc, found = check(SEED)
    text = doc.text
    spans = {(p.start, p.end) for p in paragraphs(text)}
    for code, line, v in found:
        assert (v.start, v.end) in spans, (code, line)
        assert v.source.startswith(f"{v.data['pack']}/{v.data['rule']}: ")
        assert v.data["match"] in text[v.start:v.end]
        fixed = apply(text, v.fix)
        # the paragraph is gone, the others and their spacing are as they were
        kept = [p.of(text) for p in paragraphs(text) if (p.start, p.end) != (v.start, v.end)]
        assert [p.of(fixed) for p in paragraphs(fixed)] == kept
        assert "\n\n\n" not in fixed
        assert fixed.endswith(text[-20:]) or v.end == len(text)


def test_seed_all_fixes_together_leave_the_article_and_the_bio():
    doc, found = check(SEED)
    text = doc.text
    cuts = sorted({removal_span(text, v.start, v.end, next(p for p in paragraphs(text) if p.start == v.start))
                   for _, _, v in found}, reverse=True)
    fixed = text
    for start, end in cuts:
        fixed = fixed[:start] + fixed[end:]
    lines = fixed.split("\n")
    assert lines[:66] == text.split("\n")[:66]
    assert fixed.rstrip().endswith("It airs three times weekly: live on Sundays at 1PM Central time plus two "
                                   "prerecorded archived programs.")
    for needle in ("Note to readers", "Disclaimer", "fair use", "media inquiries", "Become a Member"):
        assert needle not in fixed


# -- real documents with boilerplate -------------------------------------------------------

REAL = {
    "fakenewsnet-BuzzFeed_Fake_10.txt": [("CL122", 87)],  # EagleRising opinion disclaimer
    "fakenewsnet-BuzzFeed_Fake_32.txt": [("CL101", 1), ("CL103", 19)],  # 196 SHARES ...; share this post
    "fakenewsnet-BuzzFeed_Fake_59.txt": [("CL101", 1), ("CL112", 23)],  # counter; "Add your name ..."
    "fakenewsnet-BuzzFeed_Real_12.txt": [("CL132", 7)],  # Story Continued Below
    "fakenewsnet-BuzzFeed_Real_44.txt": [("CL122", 1), ("CL120", 3)],  # ABC external links; copyright
    "fnc1-train-0059.txt": [("CL134", 7)],  # Scroll down for video
    "fnc1-train-0081.txt": [("CL131", 13), ("CL131", 19), ("CL105", 33)],  # Loading; comment prompt
    "fnc1-train-0119.txt": [("CL120", 25)],  # AP copyright
    "fnc1-train-0565.txt": [("CL104", 11)],  # HuffPost "Keep in touch! ..." (CL111 too: one finding)
    # Read more: ... / Follow us: ...: a paragraph unit starts at its match's line (or its labels)
    "fnc1-train-1466.txt": [("CL135", 23), ("CL104", 24)],
    "fnc1-train-1732.txt": [("CL131", 9), ("CL131", 20), ("CL132", 27), ("CL131", 32), ("CL132", 35),
                            ("CL132", 53), ("CL131", 55), ("CL132", 56)],  # NYT markers, "Photo", COMMENTS
    "fnc1-train-2013.txt": [("CL132", 6), ("CL135", 7)],  # Continue reading. / - See more at: ...
}


@pytest.mark.parametrize("name", sorted(REAL))
def test_real_boilerplate_found(name):
    _, found = check(DATA / name)
    assert sorted((code, line) for code, line, _ in found) == sorted(REAL[name])


def test_share_counter_line_and_its_fix():
    doc, found = check(DATA / "fakenewsnet-BuzzFeed_Fake_32.txt")
    code, line, v = found[0]
    assert (code, doc.text[v.start:v.end]) == ("CL101", "196 SHARES Facebook Twitter")
    assert v.fix.applicability.value == "safe"
    fixed = apply(doc.text, v.fix)
    assert fixed.startswith("For a little over a decade today’s millennials")


def test_line_inside_a_paragraph_is_removed_with_one_line_break():
    # the NYT layout: labels stuck to the lines of a larger block
    doc, found = check(DATA / "fnc1-train-1732.txt")
    v = next(v for code, line, v in found if line == 55)  # COMMENTS
    assert v.data["unit"] == "line"
    fixed = apply(doc.text, v.fix)
    before, after = doc.text.split("\n"), fixed.split("\n")
    assert after == before[:54] + before[55:]


# -- real prose that must stay clean ---------------------------------------------------------

CLEAN = [
    "fnc1-train-0053.txt",  # "the image appears to include a copyright from 1974"
    "fnc1-train-0292.txt",  # a 'R.I.P.' Facebook page attracted 'likes'
    "fnc1-train-0514.txt",  # "A disclaimer on the site states that ..."
    "fnc1-train-0569.txt",  # "in violation of copyright laws"
    "fnc1-train-0812.txt",  # "Here's the disclaimer: “A few stories are works of complete fiction ...”"
    "fnc1-train-1403.txt",  # "the Copyright Alert System ... voluntary copyright program"
    "fnc1-train-1467.txt",  # It used to read: “*DISCLAIMER: National Report is ...”
    "fnc1-train-2141.txt",  # Here's the disclaimer for the site: “Empire News is a satirical ...”
    "fnc1-train-2178.txt",  # an article about Comcast, Tor and copyright notices
]


@pytest.mark.parametrize("name", CLEAN)
def test_real_prose_stays_clean(name):
    _, found = check(DATA / name)
    assert [(code, line) for code, line, _ in found] == []


def test_prose_about_shares_is_not_a_share_counter():
    doc, found = check(DATA / "fakenewsnet-BuzzFeed_Fake_59.txt")
    assert "huge numbers of shares in the state-owned companies" in doc.text
    assert [code for code, *_ in found] == ["CL101", "CL112"]  # the widget line and the petition only


def test_long_paragraph_quoting_a_notice_is_prose():
    notice = "Copyright 2014 The Associated Press. All rights reserved."
    prose = ("The wire service's footer, which reads " + notice + " was pasted under the story by the "
             "blog, which then argued at length that the agency had no claim on the photographs, since "
             "they had been taken by a freelancer who had sold them to several outlets before the "
             "agency bought them, and that the notice therefore misled readers about who owned them.")
    _, found = check("<prose>", prose)
    assert found == []
    _, found = check("<notice>", "The story.\n\n" + notice + "\n")
    assert [(code, line) for code, line, _ in found] == [("CL120", 3)]


def test_engine_reports_seed_boilerplate(cli):
    result = cli("check", SEED, "--select", "CL1", "--no-index", "--output-format", "json")
    data = result.json()
    findings = data if isinstance(data, list) else data.get("findings", [])
    lines = {(f["code"], f["line"]) for f in findings}
    assert lines == {(code, line) for line, codes in SEED_EXPECTED.items() for code in codes}
    assert all(f["family"] == "boilerplate" for f in findings)
    assert all(f["end_line"] == f["line"] for f in findings)


# -- one finding per unit: the shared scanner and the overlap resolution ------------------------


def test_seed_line_79_is_one_finding_naming_the_other_rule():
    _, found = check(SEED)
    (v,) = [v for code, line, v in found if line == 79]
    assert v.source.endswith("(also CL123 syndication-notice)")
    assert v.data["also"] == [{"code": "CL123", "rule": "legal/syndication-notice",
                               "match": "The original source of this article is"}]


def test_nested_line_goes_to_the_enclosing_paragraph():
    # the real block with its lines the other way round: the "Follow us" paragraph now holds
    # the "Read more" line below its match
    real = (DATA / "fnc1-train-1466.txt").read_text(encoding="utf-8")
    read_more = next(line for line in real.splitlines() if line.startswith("Read more:"))
    follow = next(line for line in real.splitlines() if line.startswith("Follow us:"))
    doc, found = check(DATA / "fnc1-train-1466.txt", real.replace(f"{read_more}\n{follow}", f"{follow}\n{read_more}"))
    (code, line, v) = found[0]
    assert code == "CL104" and v.data["unit"] == "paragraph"
    assert [a["code"] for a in v.data["also"]] == ["CL135"]
    assert doc.text[v.start:v.end].startswith("Follow us:") and doc.text[v.start:v.end].endswith(read_more.strip()[-20:])


def test_a_paragraph_unit_starts_at_its_match_not_at_a_table_above():
    text = "Kindle\n52.4 MB\n19.1 MB (-64%)\nDisclaimer: the sizes above are estimates; we make no warranty of their accuracy."
    _, found = check("page.txt", text)
    assert [(code, line) for code, line, _ in found] == [("CL122", 4)]


def test_a_disclaimer_label_before_the_articles_own_remark_is_not_a_notice():
    # web/links-in-tables (Android Developers blog): the label opens the author's explanation of
    # the table above, in the site's voice about nothing: no liability, views, advice, affiliation
    text = ("Netflix\n16.2 MB\n7.7 MB (-52%)\n1.2 MB (-92%)\n\nDisclaimer: if you see different patch sizes when "
            "you press \"update\" manually, that is because we are not currently using File-by-file for interactive "
            "updates, only those done in the background.\n")
    assert check("page.txt", text)[1] == []
    notice = text.replace("if you see", "the views expressed are the author's own; if you see")
    assert [(code, line) for code, line, _ in check("page.txt", notice)[1]] == [("CL122", 6)]


def test_ignoring_the_winner_lets_the_other_rule_report(cli):
    result = cli("check", SEED, "--select", "CL1", "--ignore", "CL120", "--no-index", "--output-format", "json")
    data = result.json()
    findings = data if isinstance(data, list) else data.get("findings", [])
    assert ("CL123", 79) in {(f["code"], f["line"]) for f in findings}


def test_rules_created_apart_are_independent():
    text = SEED.read_text(encoding="utf-8")
    doc = Document.from_text(text, path=str(SEED))
    by_code = {cls.code: cls for cls in RULES}
    lone = by_code["CL123"]()
    assert [doc.position(v.start)[0] for v in lone.check(doc)] == [79]


def test_shared_scanner_finds_what_each_rule_finds_alone():
    """The group's candidate lines (heads and required literals) miss no finding of any rule."""
    for name in sorted(REAL) + CLEAN:
        doc = Document.from_text((DATA / name).read_text(encoding="utf-8"))
        alone = {(cls.code, v.start, v.end) for cls in RULES for v in cls()._find(doc)}
        rules = [cls() for cls in sorted(RULES, key=lambda c: c.code)]
        regions = rules[0].group._regions(doc.text, fast=False)
        shared = {(rules[slot].code, v.start, v.end)
                  for slot, reg in regions.items() for v in rules[slot]._find(doc, reg)}
        assert shared == alone, name


def test_every_shipped_alternative_gets_a_filter():
    from corpuslint.packs.literals import SPACE

    for cls in RULES:
        c = cls.compiled
        assert c.exact, cls.code
        assert all(k and not k.startswith(SPACE) for k in c.heads), cls.code
        assert all(len(lit) >= 4 or not lit.isascii() for lit in c.literals), cls.code


# -- the multi-literal matcher (ahocorasick-rs) and its fallback --------------------------------
#
# The group's scan finds candidate lines with the `ahocorasick_rs` matcher where it is installed
# and with `str.find` (`_Scan`) where it is not; the findings must be the same. `FakeAho` is a
# pure-Python stand-in with the same interface, so the matcher's path (keys, squeezed white
# space, byte to character offsets) is tested whether or not the package is installed.


class FakeAho:
    """`ahocorasick_rs` as far as the packs use it: every (overlapping) key in a bytes hay."""

    class Implementation:
        DFA = "dfa"

    class BytesAhoCorasick:
        def __init__(self, keys, implementation=None):
            self.keys = list(keys)

        def find_matches_as_indexes(self, hay, overlapping=True):
            assert overlapping
            out = []
            for index, key in enumerate(self.keys):
                at = hay.find(key)
                while at != -1:
                    out.append((index, at, at + len(key)))
                    at = hay.find(key, at + 1)
            return sorted(out, key=lambda m: (m[2], m[1]))


def _real_aho():
    try:
        import ahocorasick_rs
    except ImportError:
        pytest.skip("ahocorasick-rs is not installed")
    return ahocorasick_rs


MATCHERS = {"fake": lambda: FakeAho, "ahocorasick_rs": _real_aho, "none": lambda: None}


@pytest.fixture(params=sorted(MATCHERS))
def matcher(request, monkeypatch):
    from corpuslint.packs import matcher as packs

    module = MATCHERS[request.param]()
    monkeypatch.setattr(packs, "_AHO", module)
    return request.param


def findings(text: str, path: str = "<text>"):
    """Every finding of the shipped packs in `text`, field for field."""
    _, found = check(path, text)
    return [(code, line, v.start, v.end, v.message, v.source, repr(v.data), repr(v.fix)) for code, line, v in found]


def reference(text: str, path: str = "<text>"):
    """The same, with the `str.find` scan (no matcher); worked out once per text and path: each
    matcher's case compares with the same (the scan's three runs of every document cost ~1/3 of
    this file)."""
    return list(_reference(text, path))


@functools.lru_cache(maxsize=None)
def _reference(text: str, path: str) -> tuple:
    from corpuslint.packs import matcher as packs

    saved = packs._AHO
    packs._AHO = None
    try:
        return tuple(findings(text, path))
    finally:
        packs._AHO = saved


def all_documents():
    paths = sorted(DATA.glob("*.txt")) + [SEED]
    return [(p.name, p.read_text(encoding="utf-8")) for p in paths]


def test_matcher_and_fallback_find_the_same_on_every_document(matcher):
    for name, text in all_documents():
        assert findings(text, name) == reference(text, name), name


def test_matcher_serves_the_whole_group_on_the_shipped_packs(matcher):
    if matcher == "none":
        return
    rules = [cls() for cls in sorted(RULES, key=lambda c: c.code)]
    group = rules[0].group
    group._regions("The story.")
    assert group._fast, "the matcher can serve the shipped group"
    assert all(r.compiled.fast for r in rules)
    # every member, the share pleas and follow calls in other scripts too: their heads that
    # start with a non-ASCII letter are read from the lines that start with one, not left to
    # their own prefilter (`mail`, `share`: ~10% of the default run)
    from corpuslint.packs.matcher import _servable

    assert all(_servable(r.compiled) for r in rules)
    assert not group._fast.own
    assert group._fast.wide_heads


IRREGULAR = [
    # white space other than single spaces inside keys and heads: squeezed, searched again
    "The story.\n\nLike Us\t On Facebook |\tFollow us  on Twitter\u00a0\u2009\n",
    "The story.\r\n\r\nFollow  us on Twitter\r\n\r\nMore story.\r\n",
    "The story.\n\n\u201cQuoted\u201d \u00e9t\u00e9 — then:\n\nRead  more: \thttp://example.org/x\u00a0\n",
    "The story.\n\n  Advertisement\t\n\nCopyright\t\u00a9 2017 ABC News.\u2003All  rights\treserved.\n",
    # non-ASCII text before the boilerplate: byte offsets become character offsets
    "\u00c9l\u00e8ve \u2014 caf\u00e9 \U0001F600 na\u00efve.\n\nPlease share this story on Facebook!\n",
    # a lone surrogate (from a JSON escape) does not break the UTF-8 encoding
    "A broken \ud800 character.\n\nShare this: Facebook\n",
    # characters that bytes.lower() does not lower like str.lower(): the str.find scan
    "The story.\n\nFollow us on Twitter \u212aelvin\n",
    "The story.\n\nCopyright \u00a9 2014 \u0130stanbul Times\n",
    "\u017fome old text.\n\nSCROLL DOWN FOR VIDEO\n",
    # pleas in other scripts: members the matcher leaves to their own prefilter, beside ones it serves
    "The story.\n\n\u041f\u043e\u0434\u043f\u0438\u0441\u044b\u0432\u0430\u0439\u0442\u0435\u0441\u044c \u043d\u0430 \u043d\u0430\u0448 \u043a\u0430\u043d\u0430\u043b \u0432 Telegram!\nFollow us on Twitter\n",
    "\u4e16\u754c\u4eba\u6a29\u5ba3\u8a00\u3002\n\n\u3053\u306e\u8a18\u4e8b\u3092\u30b7\u30a7\u30a2\u3059\u308b / Twitter\u3067\u30b7\u30a7\u30a2\n\nShare this: Facebook\n",
    # heads that start with a non-ASCII letter after marks, in capitals, with odd white space;
    # ASCII-led heads with accented letters in either case
    "The story.\n\n\u2022 \u041f\u041e\u0414\u0415\u041b\u0418\u0422\u0415\u0421\u042c  \u044d\u0442\u043e\u0439 \u0441\u0442\u0430\u0442\u044c\u0435\u0439 \u0441 \u0434\u0440\u0443\u0437\u044c\u044f\u043c\u0438!\n\u2014 \u3053\u306e\u30da\u30fc\u30b8\u3092\u30b7\u30a7\u30a2\u3059\u308b\n",
    "\u201cQuoted\u201d story.\n\nS\u00cdGUENOS EN TWITTER\n\u2022 S\u00edguenos: Facebook Twitter\nH\u00e3y chia s\u1ebb b\u00e0i vi\u1ebft\n\u0110\u0103ng k\u00fd nh\u1eadn b\u1ea3n tin\n",
]


@pytest.mark.parametrize("text", IRREGULAR)
def test_matcher_and_fallback_agree_on_irregular_text(matcher, text):
    found = findings(text)
    assert found, "each of these texts holds boilerplate"
    assert found == reference(text)


def test_matcher_finds_a_key_spread_over_irregular_white_space(matcher, tmp_path):
    text = "The story.\n\nBe sure to \t like\tCaped Crusades on Facebook\n"
    assert [(code, line) for code, line, *_ in findings(text)] == [("CL104", 3)]
    # a phrase's space matches any white space (`[^\S\n]+`): no-break and thin spaces too
    pack = tmp_path / "acme.yaml"
    pack.write_text("pack: acme\ndescription: d\nrules:\n  - code: ACME101\n    name: acme-footer\n"
                    "    kind: phrases\n    message: m\n    phrases: ['Read ACME every day']\n", encoding="utf-8")
    (cls,) = load_pack(pack)
    for text in ("Read\u00a0ACME\u2009 every\u3000day", "\u00c9t\u00e9.\n\nRead ACME  every\tday!"):
        (v,) = cls().check(Document.from_text(text))
        assert text[v.start:v.end].startswith("Read")


def test_inline_pack_tests_through_the_matcher(matcher):
    """Every `fail` example of every shipped rule is found, every `pass` example stays clean."""
    for cls in RULES:
        spec = cls.compiled.spec
        for case in spec.tests.fail:
            text = case if isinstance(case, str) else case.text
            assert list(cls().check(Document.from_text(text))), (cls.code, text)
        for text in spec.tests.pass_:
            assert not list(cls().check(Document.from_text(text))), (cls.code, text)


def test_keys_are_selective():
    """The keys of the unanchored alternatives are phrases, not the common words they hold:
    `follow us on`, not `like` or `join` (which found 2,600 candidate lines in the dev corpus)."""
    by_code = {cls.code: cls.compiled for cls in RULES}
    assert {"follow us on ", "like us on ", "join us on "} <= by_code["CL104"].keys
    assert not {"like", "join", "find", "follow"} & by_code["CL104"].keys
    assert "all rights reserved" in by_code["CL120"].keys
    for cls in RULES:
        assert all(k.strip() for k in cls.compiled.keys), cls.code
