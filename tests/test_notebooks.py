"""Jupyter notebooks (formats/notebook.py): cells read as what they are, positions naming the
cell, fixes written back as nbformat writes them.

tests/data/notebooks/caracas.ipynb is written as nbformat writes (indent 1, keys sorted,
`ensure_ascii` false); its Reuters line is the seed corpus's record (test_jsonl_text_format.py).
nbconvert_rawtest.ipynb is nbconvert 7.16.4's tests/exporters/files/rawtest.ipynb (BSD-3-Clause):
raw cells of several `raw_mimetype`s.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from corpuslint.formats.base import ReadSettings
from corpuslint.formats.notebook import NotebookFormat

DATA = Path(__file__).parent / "data" / "notebooks"
CARACAS = DATA / "caracas.ipynb"
FLAGS = ("check", "--isolated", "--no-index", "--no-cache")


def _json(cli, *args):
    return json.loads(cli(*FLAGS, "--output-format", "json", *args).out)


def test_markdown_cells_are_checked_code_cells_and_raw_markup_left_alone(cli):
    found = _json(cli, CARACAS)
    # the code cell holds the same label and plea, its output too: neither is read; the raw cell's
    # `<u>` is the author's inline HTML (nbconvert passes raw cells through), as in a Markdown cell
    assert [(f["code"], f["data"]["cell"], f["data"]["cell_line"]) for f in found] == [
        ("CL102", 1, 5), ("CL206", 1, 7), ("CL103", 4, 1)]
    lines = CARACAS.read_text(encoding="utf-8").splitlines()
    label, mojibake, plea = found
    # `line` is the file's line (the source line's JSON string), `column` counts in the cell's line
    assert lines[label["line"] - 1].strip() == '"Share this on Facebook\\n",'
    assert "Kremlinâ€™s" in lines[mojibake["line"] - 1]
    cell_line = json.loads(CARACAS.read_text(encoding="utf-8"))["cells"][0]["source"][6]
    assert mojibake["column"] == cell_line.index("â€™") + 1
    # a fix never empties a cell
    assert plea["fix"] is None and "would empty `cell 4`" in plea["data"]["fix_withheld"]
    text = cli(*FLAGS, CARACAS).out
    assert f"caracas.ipynb:cell 1:7:{mojibake['column']}: CL206" in text
    # a raw cell in another format (HTML, reStructuredText, Python, LaTeX) is code: nothing read there
    assert cli(*FLAGS, "--select", "ALL", DATA / "nbconvert_rawtest.ipynb").code == 0


def test_fixes_rewrite_only_the_edited_cell_as_nbformat_writes_it(cli, tmp_path):
    target = tmp_path / "caracas.ipynb"
    shutil.copy(CARACAS, target)
    before = json.loads(CARACAS.read_text(encoding="utf-8"))
    assert cli(*FLAGS, "--fix", target).code == 1  # the plea cell stays (its fix is withheld)
    after = json.loads(target.read_text(encoding="utf-8"))
    assert after["cells"][0]["source"] == [
        "# Russian troops in Caracas\n", "\n", before["cells"][0]["source"][2], "\n",
        before["cells"][0]["source"][6].replace("â€™", "’")]
    assert after["cells"][1:] == before["cells"][1:] and after["metadata"] == before["metadata"]
    expected = json.dumps(after, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    assert target.read_bytes() == expected.encode("utf-8")


def test_an_unchanged_notebook_round_trips_and_one_that_would_not_is_never_written(cli, tmp_path):
    for path in (CARACAS, DATA / "nbconvert_rawtest.ipynb"):
        source = NotebookFormat().read(str(path), path.read_bytes(), ReadSettings())
        doc = source.documents[0]
        assert doc.origin.read_only is None  # serialised as read, it is the same bytes
        edited = doc.model_copy(update={"text": doc.text})
        assert NotebookFormat().write(source, [edited]) == {}
    # another layout (JavaScript's JSON.stringify: one line, no spaces): checked, its fixes withheld,
    # the file left as it was
    compact = tmp_path / "compact.ipynb"
    compact.write_text(json.dumps(json.loads(CARACAS.read_text(encoding="utf-8")), separators=(",", ":"),
                                  ensure_ascii=False), encoding="utf-8")
    found = _json(cli, compact)
    assert sorted(f["code"] for f in found) == ["CL102", "CL103", "CL206"]  # (all on file line 1)
    assert all(f["fix"] is None and "byte for byte" in f["data"]["fix_withheld"] for f in found if f["code"] != "CL103")
    raw = compact.read_bytes()
    cli(*FLAGS, "--fix", compact)
    assert compact.read_bytes() == raw


def test_a_notebook_that_cannot_be_read_is_named_never_a_traceback(cli, tmp_path):
    (tmp_path / "broken.ipynb").write_text('{"cells": [\n  {"cell_type": }\n', encoding="utf-8")
    (tmp_path / "old.ipynb").write_text('{"nbformat": 3, "worksheets": []}', encoding="utf-8")
    cells = [{"cell_type": "markdown", "metadata": {}}, {"cell_type": "markdown", "metadata": {}, "source": ["Words."]}]
    (tmp_path / "nosource.ipynb").write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4,
                                                         "nbformat_minor": 5}, indent=1), encoding="utf-8")
    result = cli(*FLAGS, tmp_path / "broken.ipynb", tmp_path / "old.ipynb", tmp_path / "nosource.ipynb")
    assert result.code == 1 and "Traceback" not in result.err
    out = result.out
    assert "broken.ipynb:2:17: CL906 [malformed-record] malformed notebook: not valid JSON" in out
    assert "old.ipynb:1:1: CL913 [unsupported-format] Jupyter notebook in nbformat 3" in out
    assert "nosource.ipynb:" in out and "cell 1 has no `source`" in out


def test_a_fence_a_markdown_cell_leaves_open_ends_with_the_cell(cli, tmp_path):
    # Jupyter renders each cell alone: the next code cell's fence must not close this one, which
    # would make its code prose (here a share label inside a string)
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["Run this first:\n", "\n", "```python\n", "import pandas"]},
             {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
              "source": ["s = '''\n", "\n", "Share this on Facebook\n", "\n", "'''"]},
             {"cell_type": "markdown", "metadata": {}, "source": ["Share this on Facebook"]}]
    path = tmp_path / "fence.ipynb"
    path.write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1),
                    encoding="utf-8")
    assert [(f["code"], f["data"]["cell"]) for f in _json(cli, path)] == [("CL102", 3)]
    # so does an HTML comment left open, whose end marker a later code cell may hold
    cells[0]["source"] = ["Notes:\n", "\n", "<!-- draft, to be finished\n", "more notes"]
    cells[1]["source"] = ["print('-->')\n", *cells[1]["source"]]
    path.write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1),
                    encoding="utf-8")
    assert [(f["code"], f["data"]["cell"]) for f in _json(cli, path)] == [("CL102", 3)]


def test_a_message_names_the_other_copy_by_its_cell_and_line(cli, tmp_path):
    # the Python Data Science Handbook's navigation row, at the top and the bottom (01.08); the seed's two
    # spellings of one blog; a code cell between them
    nav = ("< [Profiling and Timing Code](01.07-Profiling-and-Timing.ipynb) | [Contents](Index.ipynb) | "
           "[Introduction to NumPy](02.00-Introduction-to-NumPy.ipynb) >")
    cells = [("markdown", ["# More IPython Resources\n", "\n", nav]),
             ("markdown", ["In this chapter, we've just scratched the surface of using IPython.\n", "\n",
                           "Visit his blog site at silendman.blogspot.com."]),
             ("code", ["print('hello')"]),
             ("markdown", [nav + "\n", "\n", "Stephen Lendman lives in Chicago. Visit his blog site at "
                           "sjlendman.blogspot.com. Listen to the Progressive Radio News Hour."])]
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps({"cells": [{"cell_type": kind, "metadata": {}, "source": source} for kind, source
                                          in cells], "metadata": {}, "nbformat": 4, "nbformat_minor": 5},
                               indent=1) + "\n", encoding="utf-8")
    found = {f["code"]: f for f in _json(cli, "--select", "CL301,CL402", path)}
    # in Jupyter the user sees cells: the message names the cell and its line, as the location does
    assert "repeats cell 1, line 3 exactly" in found["CL402"]["message"], found["CL402"]
    assert (found["CL402"]["data"]["earlier_cell"], found["CL402"]["data"]["earlier_cell_line"]) == (1, 3)
    assert found["CL402"]["data"]["earlier_line"] == found["CL402"]["related"][0]["line"] > 3  # the file's line
    assert "(cell 2, line 3)" in found["CL301"]["message"] and "(cell 4, line 3)" in found["CL301"]["message"]
