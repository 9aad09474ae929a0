"""An inline XML example is the text's own, not residue (tester31): shared-mime-info's specification
(GPL-2+, Debian package shared-mime-info; pdftotext -layout of shared-mime-info-spec.pdf) writes
`<a><b/><c/></a>`, which main's safe CL201 fix cut to `<c/>`. Both ways: HTML tags beside Word's
`<o:p>` residue are still found and fixed."""

from __future__ import annotations

from corpuslint.config import Config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.models import Document

LINTER = Linter(Config(select=["CL201", "CL203"]))
SPEC = ("The <match> elements can be nested in the same way to provide the equivalent of continuation lines. "
        "That is, <a><b/><c/></a> means 'a and (b or c)'.\n")


def run(text: str):
    doc = Document.from_text(text, path="t.txt", format="plain")
    return LINTER.check_document(doc), fix_document(LINTER, doc).document.text


def test_an_xml_example_in_a_sentence_is_no_finding_and_survives_fix():
    found, fixed = run(SPEC)
    assert found == [] and fixed == SPEC


def test_html_tags_around_office_residue_are_still_fixed():
    found, fixed = run("Prices rose <b>sharply</b> in May.<p><o:p></o:p></p>\n")
    assert [v.code for v in found] == ["CL201", "CL201"]
    assert "<b>" not in fixed and "sharply" in fixed
