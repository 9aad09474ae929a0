"""CL140 on a documentation site dumped by lynx (tester27: python3-doc's pages): the page's nav bars
and footer are its furniture; its console sessions (`>>> args` / `['a1', 'a2']`), code samples and
the sentences leading into them are the page's own text."""

from __future__ import annotations

from pathlib import Path

from cl140_lines import flagged

from corpuslint.checks.boilerplate.codelines import code_lines
from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.techlines import _grids

PAGES = Path(__file__).parent / "data" / "boilerplate" / "docpages"


def test_a_doc_pages_sessions_and_code_are_its_own_its_nav_bars_are_not():
    lines, found = flagged(PAGES / "library_getopt.txt", furnished=True)
    assert lines[133] == ">>> args = '-a -b -cfoo -d bar a1 a2'.split()"
    # main flagged 135-151 (the sessions' commands and output), 157 `import getopt, sys`, 163 and 179 (comments)
    assert not found & set(range(132, 196))
    assert {8, 9, 10, 20, 30} <= found  # the relbar's `* index`, `* modules |` ... above the body


def test_a_sentence_leading_into_code_is_the_texts_even_with_a_call_to_action():
    lines, found = flagged(PAGES / "library_atexit.txt", furnished=True)
    assert lines[123].strip().startswith("Positional and keyword arguments may also be passed to register()")
    assert lines[134].strip() == "Usage as a decorator:" and lines[135] == "import atexit"
    assert not found & {124, 125, 135, 136}  # main: "a sentence among page furniture", its fix removed them
    assert {8, 9, 10, 20, 30} <= found


def _code(text: str) -> set[int]:
    return code_lines(candidate_lines(text))


def test_a_session_opens_at_a_prompt_before_a_command_only():
    assert _code(">>> squares[-1]\n25\n\n>>> word[:2]\n'Py'\n") == {1, 2, 4, 5}
    assert _code("$ python3 script.py README.txt\n269\n") == {1, 2}
    # a page's pagination `...`, a `>>>` link alone, a price: no session, their neighbours not code
    assert not _code("1\n2\n...\nNext\nLast\n") and not _code(">>>\nMore stories\n") and not _code("$ 25.00\nBuy now\n")
    assert _code("except getopt.GetoptError as err:\n    x = f(err)\n    # print help and exit:\n") == {2, 3}
    assert not _code("# Top stories\nWorld\n")
    # lynx's `#alternate` link line under a PHP warning's `... on line 145` (sb26 sciencefly, twitter pages)
    assert 2 not in _code("x = f(1)\n#alternate alternate Lina Morgana on Twitter\n")
    assert 2 not in _code("- Encoder.reset()\n# IncrementalDecoder Objects\n")  # lynx's fourth-level bullet


def test_a_table_one_cell_a_line_under_its_lead_in_is_the_texts():
    # array's type-code table as lynx prints it (main: 115 lines, one finding, fix removing them)
    lines = candidate_lines((PAGES / "array_typecodes_excerpt.txt").read_text(encoding="utf-8"))
    grid = _grids(lines)
    texts = [lines[i].text for i in sorted(grid)]
    assert texts[0].endswith("The following type codes are defined:") and texts[1:3] == ["Type code", "C Type"]
    assert "signed char" in texts and "'B'" in texts
    # a list of headlines under a sentence ending with a colon is no grid: its entries are longer
    stories = ["Here is what we are following today:"] + [
        "Storm closes the coastal highway for a second night", "Council votes to rebuild the old bridge by spring",
        "Local team wins the title after a long wait", "Prices of fuel rise again across the region"] * 3
    assert not _grids(candidate_lines("\n\n".join(stories) + "\n"))
    # buzzfeed's editor widget under "Something's wrong, a mini-history of this post:": its buttons stand
    # line under line, a table's cells a blank line apart (shared/corpora/web buzzfeed-1, lines 314-327)
    widget = ["Something's wrong, a mini-history of this post:", "", "Reload the page", "View Draft",
              "What type of post are you making?", "New Article", "List", "Breaking", "Crop Image ×",
              "Upload an Image Crop Image Are These Thumbnails Okay? ×", "Preview Thumbnails Save Thumbnails",
              "I know, right? Will your friends agree?", "Close", "Cancel", "Save", "Publish"]
    assert not _grids(candidate_lines("\n".join(widget) + "\n"))
