"""CL140 and a licence's head: its name, the product it covers and its first heading over its body are the
licence's own lines (tester33 B5: `Preamble`, SMPPL's product line and `Distribution Rights` were removed as a
page's furniture). Real documents: tests/data/legal/README.md."""
from __future__ import annotations

from pathlib import Path

from corpuslint import Document, Linter
from corpuslint.checks.boilerplate.doclines import DocLines
from corpuslint.checks.boilerplate.licencehead import licence_heading
from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.config import Config

LEGAL = Path(__file__).parents[1] / "data" / "legal"
MENU = "Home\n\nLicenses\n\nAbout\n\nSign in\n\nDonate\n\n"


def heads(text: str) -> list[str]:
    shared = DocLines(candidate_lines(text, gate=True))
    return [line.text for i, line in enumerate(shared.lines) if licence_heading(shared, i)]


def test_a_licences_name_and_first_heading_are_its_own():
    for name in ("spdx-LGPLLR.txt", "spdx-SMPPL.txt"):
        text = (LEGAL / name).read_text(encoding="utf-8")
        findings = Linter(Config(select=["CL140"])).check([Document.from_text(text, path=name)])
        assert not [f for f in findings if f.line <= 3], findings
    text = (LEGAL / "spdx-SMPPL.txt").read_text(encoding="utf-8")
    assert heads(text) == ["Secure Messaging Protocol (SMP) Libraries [ACL, CML, SFL]", "Distribution Rights"]


def test_a_menu_over_a_licence_and_a_heading_over_no_licence_are_left_to_the_model():
    text = (LEGAL / "spdx-LGPLLR.txt").read_text(encoding="utf-8")
    assert heads(text) == ["Lesser General Public License For Linguistic Resources", "Preamble"]
    assert heads(MENU + text) == []  # a page's menu runs longer than a licence's head
    story = ("Weather\n\nStorm warning\n\nHeavy rain is expected across the north of the country tonight, with winds "
             "of up to 90 km/h along the coast. Drivers are advised to stay at home where they can.\n")
    assert heads(story) == []  # no licence: the head's lines are the model's to judge
