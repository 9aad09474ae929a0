"""CL151 and the exemptions of a document's own lines: a numbered series, a code sample."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint import Document

from conftest import DATA
from conftest import by
from conftest import corpus_linter as linter

FURNITURE = DATA / "boilerplate" / "furniture"
WORDS = ("council budget schools roads mayor minutes members agreed debate vote district chamber "
         "publish expected afternoon thursday monday week plan approved").split()


def prose(seed: int, n: int = 28) -> str:
    """A paragraph of its own for document `seed` (no two alike)."""
    words = [WORDS[(seed * 7 + i * (seed + 3)) % len(WORDS)] for i in range(n)]
    return " ".join(words).capitalize() + f" {seed}."


def documents(body) -> list[Document]:
    return [Document.from_text(body(i), id=f"d{i}", path=f"/corpus/d{i}.txt") for i in range(6)]


def test_a_line_of_thousands_of_digits_does_not_stop_the_rule():
    # int() refuses a string over 4,300 digits: the series check compares long runs as text
    digits = "2914177763170669074391500080636083778353374068124158683449788" * 72  # 4,392 digits

    def body(i):
        return (f"Report {i}\n\n{prose(i)}\n\nRead more about our newsletter subscription offers\n\n"
                f"The value {digits}{i:02d}\n\n{prose(i + 10)}\n\nThe value {digits}{i + 1:02d}\n\n{prose(i + 20)}")
    found = by(linter().check(documents(body)), "CL151")
    assert sorted(Path(f.path).stem for f in found if f.text.startswith("Read more")) == [f"d{i}" for i in range(6)]


def test_a_line_of_thousands_of_leading_zeros_does_not_stop_the_rule():
    # a reviewer's three stories, each with `Ref 000…0001`: 4,400 zeros and a digit, a short number
    # that `int()` refused whole (CL151 crashed, exit 2)
    paths = sorted((FURNITURE / "zeros").glob("*.txt"))
    docs = [Document.from_text(p.read_text(encoding="utf-8"), id=p.stem, path=str(p)) for p in paths]
    assert any("0" * 4400 in d.text for d in docs)
    report = linter().check(docs)
    assert not by(report, "CL909")
    assert sorted(Path(f.path).stem for f in by(report, "CL151") if f.text.startswith("Read more")) \
        == ["z0", "z1", "z2"]


def test_lines_of_thousands_of_digits_do_not_stop_the_rule(tmp_path):
    # 8 lines of 4,880 digits in three stories: a counter pattern with `.*` lookaheads backtracked
    # inside each run (1.95 s on 10,000 digits), CL909 stopped CL151 and its findings were lost
    from corpuslint import Linter
    from corpuslint.config import Config

    from conftest import CORPUS_CODES

    paths = sorted((FURNITURE / "zeros").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    texts = ["\n\n".join(b for b in t.split("\n\n") if not b.startswith("Ref ")) for t in texts]
    run = "2914177763170669074391500080636083778353374068124158683449788" * 80

    def outcome(texts, name):
        folder = tmp_path / name
        folder.mkdir()
        for p, t in zip(paths, texts):
            (folder / p.name).write_text(t, encoding="utf-8")
        result = Linter(Config(select=CORPUS_CODES, timeout=1.0)).run([str(folder)], jobs=1)
        assert not result.errors
        return sorted((Path(f.path).stem, f.code, f.text) for f in result.findings if not (f.text or "").startswith("Ref "))
    plain = outcome(texts, "plain")
    with_runs = [t + "".join(f"\n\nRef {run}{i}{j}" for j in range(k)) for i, (t, k) in enumerate(zip(texts, (3, 3, 2)))]
    assert sum(t.count(run) for t in with_runs) == 8
    assert outcome(with_runs, "runs") == plain
    assert [code for _, code, _ in plain].count("CL151") == 3


@pytest.mark.parametrize("run, number", [
    ("0" * 4400 + "7", 7), ("000", 0), ("٠٠١٢", 12), ("१०", 10), ("12345678901234567890", (20, "12345678901234567890")),
])
def test_a_digit_run_reads_as_its_number(run, number):
    from corpuslint.checks.boilerplate.series import _number

    assert _number(run) == number


def folder(name: str, edit=lambda text: text) -> list[Document]:
    """A reviewer's six stories (tests/data/boilerplate/furniture/NAME), edited."""
    paths = sorted((FURNITURE / name).glob("*.txt"))
    return [Document.from_text(edit(p.read_text(encoding="utf-8")), id=p.stem, path=str(p)) for p in paths]


@pytest.mark.parametrize("kind", ["Photo", "Image"])
def test_a_gallerys_counter_between_paragraphs_is_furniture_not_a_series(kind):
    # six stories, each with a gallery counter above its paragraphs: `Photo 1 of 4. Click to enlarge
    # the gallery` … `4 of 4`; then `Image 1 of 4` … (a heading's shape, but a counter of media)
    def edit(text):
        return text if kind == "Photo" else text.replace("Photo", kind).replace(". Click to enlarge the gallery", "")
    found = [f for f in by(linter().check(folder("slides", edit)), "CL151") if f.text.startswith(kind)]
    assert sorted(f.text for f in found) == sorted(
        f"{kind} {n} of 4" + (". Click to enlarge the gallery" if kind == "Photo" else "")
        for n in range(1, 5) for _ in range(6))  # four counters in each of six stories


@pytest.mark.parametrize("lines, is_series", [
    (["Step 4 of 9", "Step 5 of 9"], True),
    (["Artikel 1.", "Artikel 2", "Artikel 3"], True),
    (["Photo 1 of 4. Click to enlarge the gallery", "Photo 2 of 4. Click to enlarge the gallery"], False),
    (["Image 1 of 4", "Image 2 of 4"], False),
    (["Slide 1/8", "Slide 2/8"], False),
    (["Chapter 1 in which the hero leaves home and finds a dog", "Chapter 2 in which the dog"], False),
])
def test_only_a_heading_shaped_line_is_a_term_of_a_series(lines, is_series):
    from corpuslint.checks.boilerplate.series import series_keys
    from corpuslint.checks.corpus_units import text_units

    between = "\n\nThe document's own text stands under each of them.\n\n"
    text = "A paragraph of the document's own prose before the lines.\n\n" + between.join(lines)
    units = text_units(text)[0]
    assert bool(series_keys(text, units)) is is_series


def test_a_tables_heading_with_a_percent_sign_is_not_a_prompt():
    # `% Change on the day for the index` heads a market table on six stories: the site's furniture,
    # not a shell's `%` prompt (whose line and the one under it are a code sample)
    found = by(linter().check(folder("prompt")), "CL151")
    assert sorted(Path(f.path).stem for f in found if f.text == "% Change on the day for the index") \
        == [f"d{i}" for i in range(6)]


@pytest.mark.parametrize("text, inside", [
    ("$ git status\n\nOn branch main", True),
    ("$ ls -la\ntotal 8", True),
    ("% make\ncc -o a a.c", True),
    ("% Change on the day for the index\n\nMarket data delayed", False),
    ("$ Dollar index\n\nUp 2 per cent", False),
    ("Prices start at\n\n$ 19.99", False),
])
def test_a_prompt_is_followed_by_a_command_word(text, inside):
    from corpuslint.checks.boilerplate.owncode import in_code_sample

    assert in_code_sample(text, text.rfind("\n") + 1) is inside
