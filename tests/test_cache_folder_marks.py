"""The cache folder's `.gitignore` and `CACHEDIR.TAG` (qa17b F3): a torn copy (a full disk once
left an empty `.gitignore`, so `git add .` took the index) is written again by the next run; a
file corpuslint did not write is left alone."""

from __future__ import annotations

from fault_helpers import cl

from corpuslint.files import CACHE_GITIGNORE, CACHEDIR_TAG


def _corpus(tmp_path):
    (tmp_path / "a.txt").write_text("The harbour board met on Monday and agreed to repair the east pier.\n",
                                    encoding="utf-8")


def test_an_empty_or_cut_gitignore_and_tag_are_written_again(tmp_path):
    _corpus(tmp_path)
    assert cl("check", ".", cwd=tmp_path).code == 0
    cache = tmp_path / ".corpuslint_cache"
    assert (cache / ".gitignore").read_text(encoding="utf-8") == CACHE_GITIGNORE
    (cache / ".gitignore").write_text("", encoding="utf-8")
    (cache / "CACHEDIR.TAG").write_text(CACHEDIR_TAG[:10], encoding="utf-8")
    assert cl("check", ".", cwd=tmp_path).code == 0
    assert (cache / ".gitignore").read_text(encoding="utf-8") == CACHE_GITIGNORE
    assert (cache / "CACHEDIR.TAG").read_text(encoding="utf-8") == CACHEDIR_TAG
    (cache / ".gitignore").write_text("# written by corp", encoding="utf-8")  # cut short, index only
    assert cl("check", ".", "--no-cache", cwd=tmp_path).code == 0
    assert (cache / ".gitignore").read_text(encoding="utf-8") == CACHE_GITIGNORE


def test_a_gitignore_corpuslint_did_not_write_is_left_alone(tmp_path):
    _corpus(tmp_path)
    cache = tmp_path / ".corpuslint_cache"
    cache.mkdir()
    (cache / ".gitignore").write_text("*.sqlite\n", encoding="utf-8")
    assert cl("check", ".", cwd=tmp_path).code == 0
    assert (cache / ".gitignore").read_text(encoding="utf-8") == "*.sqlite\n"
    assert [p.name for p in cache.iterdir() if p.name.startswith(".corpuslint-")] == []  # no temporary left
