"""CL402's safe fix is for a copy near the first, in one section (qa18a #2): a reference manual says a
sentence again under each topic it applies to (vim help: a help tag's line, a `====` rule between),
and a far copy of a sentence may be the text's own; a scraper's copy stands near the first, repeats
its neighbours with it (an article pasted twice) or is a furniture line stamped at two places. A
record's field in a series of records (each patch entry's `Files: …`) is no paragraph at all.
The vim help lines are a few lines of qa18a's held-out corpus (its repros r05). An API reference
says a contract again under each function (a definition's head between, qa19a #1), and two
records whose keys differ (DEP-5 stanzas for `ipt_TTL.h` and `ipt_ttl.h`) are no copies: a few
lines of qa19a's held-out corpus (its repros r02, r08)."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.bios.rules import DuplicateParagraph
from corpuslint.models import Applicability, Document

DATA = Path(__file__).parents[1] / "data" / "bios"


def load(name: str) -> Document:
    path = DATA / f"{name}.txt"
    return Document.from_text(path.read_text(encoding="utf-8"), path=str(path))


def findings(doc: Document) -> dict[int, tuple[Applicability | None, str]]:
    return {doc.position(v.start)[0]: (v.fix.applicability if v.fix else None, v.message)
            for v in DuplicateParagraph().check(doc)}


def test_a_sentence_said_again_under_another_help_tag_gets_no_safe_fix():
    # pi_netrw: "Sets the marked file copy/move-to target." under *netrw-Tb* and *netrw-Th*
    found = findings(load("manuals/vim-netrw-targets"))
    assert list(found) == [26]
    assert found[26][0] is Applicability.UNSAFE and "section's marker" in found[26][1]


def test_a_paragraph_of_two_filetype_sections_gets_no_safe_fix():
    # syntax.txt: the Elixir/Euphoria paragraph closes the EUPHORIA section and the ELIXIR one
    found = findings(load("manuals/vim-syntax-elixir"))
    assert [(n, a) for n, (a, _m) in found.items()] == [(51, Applicability.UNSAFE)]


def test_a_note_after_a_rule_and_a_tag_line_gets_no_safe_fix():
    # tips.txt: "(Type this literally, …)" under two mappings, a `=====` rule and *scroll-smooth* between;
    # visual.txt: "(In the <> notation |<>|, …)" under two examples, *visual-search* between
    for name, line in (("manuals/vim-tips-scroll", 23), ("manuals/vim-visual-search", 25)):
        found = findings(load(name))
        assert list(found) == [line] and found[line][0] is Applicability.UNSAFE, name


def test_a_patch_entrys_files_field_is_no_duplicate_paragraph():
    # version8.txt: patches 7.4.063 and 7.4.084 change the same files; the field and the line of its
    # value wrapped under it were reported (unsafe) on main, 570 findings in the file
    assert findings(load("manuals/vim-version8-files")) == {}


def test_a_caption_stamped_far_from_the_first_gets_no_safe_fix_near_it_keeps_it():
    # fnc1-train-1562: a picture's caption (a sentence) three times: 5 paragraphs after the first
    # (near: safe) and 8 after it (far: unsafe, a sentence said again far away may be the text's own)
    found = findings(load("fnc1-train-1562"))
    assert found[21][0] is Applicability.SAFE
    assert found[27][0] is Applicability.UNSAFE and "8 paragraphs after the other" in found[27][1]


def test_a_stretch_pasted_again_keeps_its_safe_fix():
    # fakenewsnet-PolitiFact_Fake_59: the story's four paragraphs given twice, each copy beside the
    # copies of its neighbours: far apart, but a stretch pasted again
    found = findings(load("fakenewsnet-PolitiFact_Fake_59"))
    assert list(found) == [11, 13, 15, 17]
    assert all(a is Applicability.SAFE for a, _m in found.values())


def test_a_contract_said_again_under_each_function_of_an_api_reference_gets_no_safe_fix():
    # qa19a #1 (python3.11-doc, Sphinx pages as text): "The GIL must be held when using these
    # functions." under PyMem_* and PyObject_*, "Changed in version 3.10: The follow_symlinks
    # parameter was added." under Path.stat() and Path.chmod(), Path.rename()'s and Path.replace()'s
    # "The target path may be …" / "Changed in version 3.8: …": a definition's head stands between
    for name, lines in (("manuals/sphinx-c-api-memory-gil", [86, 96]),):
        found = findings(load(name))
        assert list(found) == lines, name
        for line in lines:
            assert found[line][0] is Applicability.UNSAFE and "a definition's head" in found[line][1], (name, line)
    # docsite27 (tester27 #7): each copy under its own entry's signature and permalink, `Path.stat(*, ...)¶`
    # then `Path.chmod(mode, *, ...)¶`, `Path.rename(target)¶` then `Path.replace(target)¶`, is that entry's own
    # field (`entries._two_definitions`): no finding (a C signature with its return type is not read so yet)
    assert not findings(load("manuals/sphinx-pathlib-follow-symlinks"))
    assert not findings(load("manuals/sphinx-pathlib-rename"))


def test_a_definitions_head_is_a_signature_or_a_headerlink_line_not_a_bracketed_count():
    from corpuslint.checks.bios.whole import _DEFINITION_HEAD

    for head in (" void *PyMem_Calloc(size_t nelem, size_t elsize)¶", " Path.rename(target)¶", "Object allocators¶",
                 "public String substring(int beginIndex)", "pub fn len(&self) -> usize", "BaseSelector.close()"):
        assert _DEFINITION_HEAD.fullmatch(head) is not None, head
    # a page's counter, a gloss in brackets, a caption's credit (dev corpora's txt and web lines)
    for line in ("Comments(301)", "我要评论(0)", "新竹一日遊(世博館)", "True then, true now.(Reddit / fryd_)",
                 "The museum (pictured) reopened on Monday.", "He said (AP)"):
        assert _DEFINITION_HEAD.fullmatch(line) is None, line


DEP5 = "Files: {name}\nCopyright: 2000, Harald Welte <laforge@{host}>\nLicense: GPL-2\n"


def test_two_records_for_files_whose_names_differ_in_case_are_no_copies():
    # qa19a r08: libxtables12's DEP-5 stanzas for ipt_TTL.h and ipt_ttl.h, two files on a
    # case-sensitive file system; the unsafe fix removed the second
    assert findings(load("manuals/dep5-libxtables12-case")) == {}


def test_a_record_given_again_with_its_key_is_still_a_copy():
    first = DEP5.format(name="include/linux/netfilter_ipv4/ipt_TTL.h", host="netfilter.org")
    for again in (first, DEP5.format(name="include/linux/netfilter_ipv4/ipt_TTL.h", host="gnumonks.org")):
        doc = Document.from_text(first + "\n" + DEP5.format(name="include/linux/netfilter_ipv4/ipt_ULOG.h",
                                                            host="gnumonks.org") + "\n" + again, path="copyright")
        assert list(findings(doc)) == [9]
