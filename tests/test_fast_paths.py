"""The per-document shortcuts give the answers of the general code they skip, on real documents:
plain-text blocks without the per-line role matches, `is_structure` without its patterns, the
e-mail domains searched in the tokens that hold an "@", CL305's `www.` test without lowering
the text (CL206's line shape before ftfy is proved in tests/markup on ftfy's own pattern)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint import analysis
from corpuslint.checks.urls.urlsim import EMAIL_DOMAIN, email_domains
from corpuslint.checks.urls.www import _has_www
from corpuslint.plain_roles import plain_roles, prose_blocks
from corpuslint.roles import role_blocks
from corpuslint.textutil import FENCE, HEADING, TABLE_RULE, is_structure

BIOS = Path(__file__).parent / "data" / "bios"
PROSE_ONLY = ["fnc1-train-0382.txt", "fakenewsnet-BuzzFeed_Real_52.txt", "nytimes-5-teasers.txt"]
WITH_LISTS = ["fnc1-train-0386.txt", "fnc1-train-1424.txt", "fakenewsnet-PolitiFact_Real_110.txt"]


def _starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]


def _general_blocks(text: str) -> list[analysis.Block]:
    starts = _starts(text)
    return role_blocks(text, starts, plain_roles(text, starts))


@pytest.mark.parametrize("name", PROSE_ONLY)
def test_prose_only_news_gets_its_paragraphs_in_one_pass(name):
    text = (BIOS / name).read_text(encoding="utf-8")
    fast = prose_blocks(text, _starts(text))
    assert fast is not None and len(fast) > 3
    assert fast == _general_blocks(text)
    assert {b.role for b in fast} == {analysis.Role.PROSE}


@pytest.mark.parametrize("name", WITH_LISTS)
def test_news_with_list_items_or_rules_takes_the_general_path(name):
    text = (BIOS / name).read_text(encoding="utf-8")
    assert prose_blocks(text, _starts(text)) is None
    assert analysis.analyse(text, markdown=False).blocks == _general_blocks(text)


def test_a_list_item_in_otherwise_plain_prose_is_still_its_own_block():
    text = ("The senator spoke for an hour.\n\nHer three demands:\n- a vote on the bill\n"
            "- a hearing in May\n\nShe left without questions.")
    blocks = analysis.analyse(text, markdown=False).blocks
    assert [(b.role, b.first, b.last) for b in blocks] == [
        (analysis.Role.PROSE, 0, 0), (analysis.Role.PROSE, 2, 2), (analysis.Role.LIST_ITEM, 3, 3),
        (analysis.Role.LIST_ITEM, 4, 4), (analysis.Role.PROSE, 6, 6)]


def _is_structure_by_patterns(text: str, start: int, end: int) -> bool:
    """`is_structure` as it was, every test by its pattern."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end]
    if HEADING.match(line) or FENCE.match(line):
        return True
    if ("```" in text or "~~~" in text) and len(FENCE.findall(text, 0, line_start)) % 2 == 1:
        return True
    prev_end = max(0, line_start - 1)
    prev_line = text[text.rfind("\n", 0, prev_end) + 1:prev_end]
    next_start = min(len(text), line_end + 1)
    nl = text.find("\n", next_start)
    next_line = text[next_start: len(text) if nl == -1 else nl]
    if line.startswith(("    ", "\t")) and (prev_line.startswith(("    ", "\t")) or next_line.startswith(("    ", "\t"))):
        return True
    return " | " in line and (" | " in prev_line or " | " in next_line or TABLE_RULE.match(prev_line) is not None
                              or TABLE_RULE.match(next_line) is not None)


@pytest.mark.parametrize("name", PROSE_ONLY + WITH_LISTS)
def test_is_structure_answers_every_line_of_real_news_as_its_patterns_do(name):
    text = (BIOS / name).read_text(encoding="utf-8")
    text += "\n\n## A heading\n\n    code line one\n    code line two\n\nName | Role\n--- | ---\nAnn | editor\n"
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            assert is_structure(text, pos, pos + len(line)) == _is_structure_by_patterns(text, pos, pos + len(line))
        pos += len(line) + 1
    assert is_structure(text, text.index("## A"), text.index("## A") + 4)
    assert not is_structure(text, 0, 10)


@pytest.mark.parametrize("text", [
    (BIOS / "000_8649d156db22d76a.txt").read_text(encoding="utf-8"),
    (BIOS / "fnc1-train-0382.txt").read_text(encoding="utf-8"),  # @handles, no address
    "Write to editor@oak-review.org, or to news.desk+tips@mail.example.co.uk. Not @handle or a@b.",
    "mail:me@x.org,you@y.org\u00a0and\tthem@z.net. Not joe@site.com-x nor joe@site.com.x",
])
def test_email_domains_are_those_of_the_whole_text_search(text):
    expected = [(m.start("host"), m.end("host"), m.group("host")) for m in EMAIL_DOMAIN.finditer(text)]
    assert [(u.start, u.end, u.host) for u in email_domains(text)] == expected


def test_www_test_is_that_of_the_lowered_text():
    texts = [p.read_text(encoding="utf-8") for p in sorted(BIOS.glob("*.txt"))]
    assert sum("www." in t.lower() for t in texts) >= 3  # real documents with a www. host, and many without
    texts += ["See WWW.EXAMPLE.ORG now.", "wWw.x.org", "The law. The show. A new.", "Www-site. W. Bush",
              "Zürich ẞ İstanbul www.x.de", "", "w.", "www"]
    for text in texts:
        assert _has_www(text) == ("www." in text.lower()), text[:60]


def test_mojibake_characters_are_found_among_the_non_ascii_ones_as_in_the_text():
    from corpuslint.checks.markup import BEYOND_TYPOGRAPHY, non_ascii

    texts = [p.read_text(encoding="utf-8") for p in sorted(BIOS.glob("*.txt"))]
    texts += ["itâ€™s", "José — “quoted”…", "plain ASCII", "\ud800 lone surrogate and é", "日本語 and ñ", ""]
    found = [BEYOND_TYPOGRAPHY.search(text) is not None for text in texts]
    assert True in found and False in found
    for text, expected in zip(texts, found):
        assert (BEYOND_TYPOGRAPHY.search(non_ascii(text)) is not None) == expected, text[:60]


@pytest.mark.parametrize("name", PROSE_ONLY + WITH_LISTS)
def test_whole_document_guard_counts_as_the_whole_text_split_does(name):
    # wholedoc's prefix proof ("its first characters already hold `need` non-space ones") gives
    # the answer of counting the whole text, for every need and start, found or not
    from corpuslint.wholedoc import _has_solid, _solid

    text = (BIOS / name).read_text(encoding="utf-8")
    spaced = "   \n\n \t " * 40 + "ab\n" + " " * 300 + "c"  # the few non-space characters far apart
    for sample in (text, spaced, text[:40], ""):
        total = _solid(sample)
        for start in (0, 1, len(sample) // 2, len(sample) - 1, len(sample) + 5):
            for end in (None, start + 1, start + 70, start + 400, len(sample)):
                rest = _solid(sample[start:end])
                for need in (0, 1, 2, 3, 50, rest, rest + 1, total, total + 1):
                    assert _has_solid(sample, need, start, end) == (rest >= need), (name, start, end, need)


def test_a_built_document_is_the_one_model_construct_makes():
    # the JSONL reader's `Document.built` skips pydantic's per-field defaults; what it makes must
    # be model_construct's object: fields, fields set, extra, private attributes, equality, copies
    from corpuslint.models import Document, Origin

    origin = Origin(path="news.jsonl", format="jsonl", record=3, line=3, text_is_inline=True)
    fields = dict(id="a1", text="Some text.\nMore.", metadata={"url": "https://example.com/a"}, origin=origin,
                  ignore=["CL101"], fixable=True)
    made, built = Document.model_construct(**fields), Document.built(**fields)
    assert built == made
    for name in ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__"):
        assert getattr(built, name) == getattr(made, name), name
    assert built.model_dump() == made.model_dump()
    assert built.position(5) == made.position(5) and built.line_starts == [0, 11]
    copy = built.model_copy(update={"text": "Other."})
    assert copy.text == "Other." and built.text == fields["text"]
