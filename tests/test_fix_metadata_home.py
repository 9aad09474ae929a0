"""A fix that moves text into metadata only where the metadata has a home of the document's own
(qa17b F15, F11): a sidecar that is a symbolic or hard link (shared with other documents) and
TOML front matter (read, never written) take no metadata fix; the finding stays, a note says why,
and the file's other fixes are applied. Real commands on real files."""

from __future__ import annotations

import os

from fault_helpers import cl
from fault_helpers import codes

HARBOUR = ("Harbour Works Begin on the East Pier\n\nBy Jane Marlow\n\nWork on the east pier began on Monday, "
           "the harbour board said, and will last two years while the old timber piles are replaced with "
           "concrete.\n")
LIBRARY = ("Library Opens New Reading Room\n\nBy Tom Bradey\n\nThe town library opened a new reading room on "
           "Friday, with forty seats and a wall of local history books donated by residents.\n")
COMMON = "source: The Coastal Gazette\nlicense: CC-BY\n"
APPEAL = "\nBecome a Member of the Coastal Gazette\n"


def _two_articles(folder, link) -> None:
    folder.mkdir()
    (folder / "common.yaml").write_text(COMMON, encoding="utf-8")
    (folder / "a.txt").write_text(HARBOUR + APPEAL, encoding="utf-8")
    (folder / "b.txt").write_text(LIBRARY, encoding="utf-8")
    for name in ("a.meta.yaml", "b.meta.yaml"):
        if link == "symlink":
            os.symlink("common.yaml", folder / name)
        else:
            os.link(folder / "common.yaml", folder / name)


def test_a_shared_symlinked_sidecar_is_never_written_and_the_other_fixes_are(tmp_path):
    corpus = tmp_path / "c"
    _two_articles(corpus, "symlink")
    plain = cl("check", "--no-cache", "--no-index", "--output-format", "json", "c", cwd=tmp_path)
    cl504 = [f for f in plain.json() if f["code"] == "CL504"]
    assert len(cl504) == 4 and all(f["fix"] is None for f in cl504), plain  # no [*] offered
    run = cl("check", "--fix", "--no-cache", "--no-index", "c", cwd=tmp_path)
    assert (corpus / "common.yaml").read_text(encoding="utf-8") == COMMON, run  # b.txt keeps its metadata
    assert os.path.islink(corpus / "a.meta.yaml") and os.path.islink(corpus / "b.meta.yaml")
    fixed = (corpus / "a.txt").read_text(encoding="utf-8")
    assert "Become a Member" not in fixed and fixed.startswith("Harbour Works Begin"), fixed  # CL110 applied
    assert "By Jane Marlow" in fixed
    assert "a.meta.yaml is a symbolic link to common.yaml, shared with c/b.meta.yaml" in run.err, run
    assert run.code == 1, run  # CL504 remains: nothing fails the run
    after = cl("check", "--no-cache", "--no-index", "--output-format", "json", "c", cwd=tmp_path)
    assert codes(after)["CL504"] == 4, after  # b.txt's findings are not silenced


def test_a_hard_linked_sidecar_is_never_written(tmp_path):
    corpus = tmp_path / "c"
    _two_articles(corpus, "hardlink")
    run = cl("check", "--fix", "--no-cache", "--no-index", "c", cwd=tmp_path)
    assert (corpus / "common.yaml").read_text(encoding="utf-8") == COMMON, run
    assert "hard links" in run.err and "Become a Member" not in (corpus / "a.txt").read_text(encoding="utf-8")


def test_a_sidecar_of_its_own_takes_the_metadata(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(HARBOUR, encoding="utf-8")
    (corpus / "a.meta.yaml").write_text(COMMON, encoding="utf-8")
    run = cl("check", "--fix", "--no-cache", "--no-index", "c", cwd=tmp_path)
    meta = (corpus / "a.meta.yaml").read_text(encoding="utf-8")
    assert "author: Jane Marlow" in meta and "not fixed" not in run.err, run


def test_toml_front_matter_takes_no_metadata_fix_and_the_other_fixes_are_applied(tmp_path):
    post = tmp_path / "t.md"
    head = '+++\ntags = ["a"]\n+++\n\n'
    post.write_text(head + "# " + HARBOUR + APPEAL, encoding="utf-8")
    plain = cl("check", "--no-cache", "--no-index", "--output-format", "json", "t.md", cwd=tmp_path)
    by_code = {f["code"]: f for f in plain.json()}
    assert by_code["CL504"]["fix"] is None and by_code["CL110"]["fix"] is not None, plain
    run = cl("check", "--fix", "--no-cache", "--no-index", "t.md", cwd=tmp_path)
    assert run.code == 1 and "TOML front matter" in run.err, run  # not 2: nothing is refused
    text = post.read_text(encoding="utf-8")
    assert text.startswith(head) and "By Jane Marlow" in text and "Become a Member" not in text, text
    yaml_post = tmp_path / "y.md"
    yaml_post.write_text("---\ntags: [a]\n---\n\n# " + HARBOUR, encoding="utf-8")
    cl("check", "--fix", "--no-cache", "--no-index", "y.md", cwd=tmp_path)
    assert "author: Jane Marlow" in yaml_post.read_text(encoding="utf-8")  # YAML front matter: fixed


def test_many_documents_sharing_one_sidecar_get_one_short_note_each_and_one_folder_scan(tmp_path, monkeypatch):
    """review18 #3: 2,000 documents linked to one common.yaml took 3 min 29 s (7 s before) and printed
    ~150 MB of notes: the folder was scanned for every document and every other link named, per finding."""
    import corpuslint.fixencoding as fixencoding

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "common.yaml").write_text(COMMON, encoding="utf-8")
    for n in range(12):
        (corpus / f"a{n:02}.txt").write_text(HARBOUR, encoding="utf-8")
        os.symlink("common.yaml", corpus / f"a{n:02}.meta.yaml")
    run = cl("check", "--fix", "--no-cache", "--no-index", "c", cwd=tmp_path)
    notes = [line for line in run.err.splitlines() if "is a symbolic link to common.yaml" in line]
    assert len(notes) == 12, run.err  # one per document, not one per CL504 finding (two each)
    assert "CL504 not fixed (2 findings)" in notes[0], notes[0]
    assert notes[0].endswith("set it by hand, or give the document a sidecar of its own"), notes[0]
    assert all(line.count(".meta.yaml") == 1 + 5 + 0 and "and 6 others" in line for line in notes), notes
    assert (corpus / "common.yaml").read_text(encoding="utf-8") == COMMON
    scans = []
    real_scandir = os.scandir
    monkeypatch.setattr(fixencoding.os, "scandir", lambda path: scans.append(path) or real_scandir(path))
    fixencoding.forget_links()
    target = os.path.realpath(corpus / "common.yaml")
    others = [fixencoding._links_to(target, str(corpus / f"a{n:02}.meta.yaml")) for n in range(12)]
    assert len(scans) == 1 and all(len(found) == 11 for found in others), scans
    os.symlink("common.yaml", corpus / "b.meta.yaml")  # the folder changed: scanned again
    assert str(corpus / "b.meta.yaml") in fixencoding._links_to(target, str(corpus / "a00.meta.yaml"))
    assert len(scans) == 2
