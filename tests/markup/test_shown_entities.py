"""A character reference the text shows as written is talked about, not leaked: no safe fix decodes it
(entity34: DocBook XSL's reference page gives the parameter value `*&#x2020;&#x2021;&#x25CA;&#x2720;`
in quotes; four safe CL202 fixes made it `*†‡◊✠`). A leaked reference between a story's words keeps
its safe fix. Excerpts: tests/data/markup/shown_entities (README there), tests/data/markup/fnc1-*."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from corpuslint.config import Config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.models import Document

DATA = Path(__file__).parents[1] / "data" / "markup"
PAGE = DATA / "shown_entities" / "docbook-table.footnote.number.symbols.html"
LINTER = Linter(Config(select=["CL202"]))


def _findings(cli, path: Path) -> list[dict]:
    out = cli("check", path, "--isolated", "--no-index", "--no-cache", "--select", "CL202",
              "--output-format", "json", "--exit-zero").out
    return json.loads(out)


def test_a_quoted_parameter_value_on_a_page_keeps_its_references(cli, tmp_path):
    page = tmp_path / PAGE.name
    shutil.copy(PAGE, page)
    findings = _findings(cli, page)
    assert [f["text"] for f in findings] == ["&amp;#x2020;", "&amp;#x2021;", "&amp;#x25CA;", "&amp;#x2720;"]
    assert {f["fix"]["applicability"] for f in findings} == {"unsafe"}
    cli("check", page, "--isolated", "--no-index", "--no-cache", "--select", "CL202", "--fix")
    assert page.read_text(encoding="utf-8") == PAGE.read_text(encoding="utf-8")


def test_a_leaked_reference_in_a_page_keeps_its_safe_fix(cli, tmp_path):
    page = tmp_path / PAGE.name
    text = PAGE.read_text(encoding="utf-8").replace("is not the empty string,", "is not the&amp;nbsp;empty string,")
    page.write_text(text, encoding="utf-8")
    safe = [f["text"] for f in _findings(cli, page) if f["fix"]["applicability"] == "safe"]
    assert safe == ["&amp;nbsp;"]


def _plain(text: str):
    doc = Document.from_text(text, path="t.txt", format="plain")
    return LINTER.check_document(doc), fix_document(LINTER, doc).document.text


def test_a_value_in_plain_text_is_shown_as_written():
    quoted = "For example, “*&#x2020;&#x2021;&#x25CA;&#x2720;” will identify footnotes with “*”, “†”.\n"
    found, fixed = _plain(quoted)
    assert len(found) == 4 and not any(v.fix.applicability == "safe" for v in found) and fixed == quoted
    bare = "footnotes will use the characters it contains, for example *&#x2020;&#x2021;&#x25CA;&#x2720; as symbols.\n"
    found, fixed = _plain(bare)
    assert len(found) == 4 and fixed == bare  # a run of references to distinct characters is a value


def test_a_leaked_reference_in_a_news_story_is_still_decoded():
    text = (DATA / "fnc1-train-0330.txt").read_text(encoding="utf-8")
    found, fixed = _plain(text)
    assert [v.fix.applicability == "safe" for v in found if "nbsp" in v.text] == [True]
    assert "&amp;amp;amp;amp;amp;nbsp;" not in fixed
    glued = "Smith &amp;amp; Wesson said “it&rsquo;s over”, she wrote &quot;no&quot;.\n"
    found, fixed = _plain(glued)
    assert all(v.fix.applicability == "safe" for v in found)
    assert fixed == "Smith & Wesson said “it’s over”, she wrote \"no\".\n"
