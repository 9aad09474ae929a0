"""A removal that meets, on white space only, a larger one whose rule fixes only the text as given
(CL140) yields to it and is found again on the next pass (corpuslint.edgeshare)."""

from __future__ import annotations

import shutil
from pathlib import Path

from corpuslint.config import load_config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_file

DATA = Path(__file__).parent / "data" / "boilerplate" / "edgeshare"


def fixed(tmp_path: Path, name: str) -> tuple[str, dict]:
    path = tmp_path / name
    shutil.copy(DATA / name, path)
    outcome = fix_file(Linter(load_config(None)), str(path), unsafe=True, write=True, diff=False)
    return path.read_text(encoding="utf-8"), dict(outcome.fixed)


def test_a_footer_menu_whose_removal_shares_the_copyright_line_s_break_goes_with_it(tmp_path):
    text, applied = fixed(tmp_path, "apartmenttherapy-loft.lynx.txt")
    for furniture in ("Advertise With Us", "Privacy Policy", "Site Map", "© 1994–2016 AT Media."):
        assert furniture not in text
    # main's model before session 33: the copyright line (CL120) yielded, and went on the next pass; session 33's
    # model takes it in CL140's run itself (nothing left to yield), and the fixed text is byte-identical
    assert applied["CL140"] >= 4 and applied.get("CL120", 0) <= 1
    for prose in ("Welcome to our sunny and spacious downtown home", "Thanks, Ashley!",
                  "The Old Bank Districtʼs Rowan Loft has been a Luxury Downtown Favorite"):
        assert prose in text


def test_a_run_of_teasers_under_a_related_posts_label_goes_with_the_label(tmp_path):
    text, applied = fixed(tmp_path, "popsugar-decorating.lynx.txt")
    for furniture in ("Related Posts", "Vote For the Best TV Couple of 2016!", "by Kelsie Gibson 46 minutes ago",
                      "9 Things People With Clean Houses Do Every Day"):
        assert furniture not in text
    assert applied["CL131"] >= 1 and applied["CL140"] >= 1
    for prose in ("No generation is perfect, and when it comes to millennials, one area ripe for improvement",
                  "Sasha says. \"Commercial companies like CB2 and West Elm cater to this quick fix with their"):
        assert prose in text


def test_a_one_line_removal_does_not_hold_up_the_label_over_it(tmp_path):
    text, _ = fixed(tmp_path, "howtogeek-echo.lynx.txt")
    lines = [line.strip() for line in text.splitlines()]
    # the label goes, the teaser's headline under it stays (as before: nothing yields for one line)
    assert "How to Set Up and Configure Your Amazon Echo" in lines
    above = lines[lines.index("How to Set Up and Configure Your Amazon Echo") - 1]
    assert above.startswith("[ximg_56636dfee750b") and "RELATED ARTICLES" not in lines[:60]
    assert "which one should you buy if you’re in the market for a virtual home assistant? Here are" in lines
