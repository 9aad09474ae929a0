"""Which files a walk finds: excludes and `.gitignore` files, resolved a folder at a time."""

from __future__ import annotations

import os
from pathlib import Path

from corpuslint.config import Config
from corpuslint.discovery import Discovery


def _tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _found(root: Path, *paths: str, **options) -> list[str]:
    discovery = Discovery(Config(**options))
    discovery.root = root  # the corpus root (the config's folder, else the current one)
    return sorted(os.path.relpath(p, root).replace(os.sep, "/") for p in discovery.files([str(root / p) for p in paths]))


def test_gitignore_files_apply_from_the_folder_up_to_the_repository_root(tmp_path):
    outer = tmp_path / "outer"
    _tree(outer, {
        ".gitignore": "*.txt\n",  # above the repository: does not apply inside it
        "repo/.git/HEAD": "ref\n",
        "repo/.gitignore": "drafts/\nsecret.txt\n",
        "repo/a.txt": "a", "repo/secret.txt": "s", "repo/drafts/d.txt": "d",
        "repo/sub/.gitignore": "local-*.txt\n!local-keep.txt\n",
        "repo/sub/b.txt": "b", "repo/sub/local-x.txt": "x", "repo/sub/local-keep.txt": "k",
        "repo/sub/deep/secret.txt": "a name the repo root's .gitignore matches at any depth",
    })
    found = _found(outer / "repo", ".")
    assert found == ["a.txt", "sub/b.txt", "sub/local-keep.txt"]


def test_excludes_match_paths_relative_to_the_root_even_through_a_symlinked_folder(tmp_path):
    root = tmp_path / "corpus"
    _tree(root, {"keep/a.txt": "a", "archive/old.txt": "o", "x/archive/also.txt": "n"})
    (tmp_path / "link").symlink_to(root, target_is_directory=True)
    assert _found(root, ".", exclude=["x/archive/"]) == ["archive/old.txt", "keep/a.txt"]
    # the same corpus reached through a symlink: the folder is resolved, the root-anchored
    # exclude still applies
    linked = Discovery(Config(exclude=["x/archive/"]))
    linked.root = root
    walked = sorted(Path(p).name for p in linked.files([str(tmp_path / "link")]))
    assert walked == ["a.txt", "old.txt"]


def test_extend_include_adds_to_the_default_globs_and_include_replaces_them(tmp_path):
    _tree(tmp_path, {"a.txt": "Some plain text.\n", "b.html": "<p>A page.</p>\n"})
    assert _found(tmp_path, ".") == ["a.txt"]
    assert _found(tmp_path, ".", extend_include=["*.html"]) == ["a.txt", "b.html"]
    assert _found(tmp_path, ".", include=["*.html"]) == ["b.html"]


def test_a_folder_of_html_pages_alone_says_how_to_read_them(cli, tmp_path):
    (tmp_path / "page.html").write_text("<html><body><p>A short page about gardens.</p></body></html>\n")
    result = cli("check", tmp_path, "--isolated", "--no-index", "--no-cache")
    assert result.code == 2 and '`extend-include: ["*.html", "*.htm"]`' in result.err
    (tmp_path / "corpuslint.yaml").write_text('extend-include: ["*.html"]\n')
    (tmp_path / "notes.txt").write_text("Some notes about gardens and their paths.\n")
    walked = cli("check", ".", "--no-index", "--no-cache", cwd=tmp_path)
    assert walked.code == 0 and "(2 documents in 2 files)" in walked.out + walked.err
