"""CL402 on a line of code, where main's safe fix broke a call (tester31): zoo's FAQ vignette (R package
zoo, GPL-2 | GPL-3; pdftotext of zoo-faq.pdf, tests/data/bios/tester31/zoo_faq_read.txt) gives two
`read.zoo(` calls whose second lines are the same arguments. Each closes its own call: no copy. Both
ways: the prose paragraph above the session given again below it is still a copy, removed safely."""

from __future__ import annotations

from copyfound import data_text, found  # tests/bios/copyfound.py

ZOO = data_text("tester31/zoo_faq_read.txt")


def test_a_calls_second_line_given_again_in_another_call_is_no_copy():
    assert found(ZOO) == []


def test_a_prose_paragraph_given_twice_beside_the_code_is_still_a_safe_copy():
    prose = ZOO[:ZOO.index("> Lines")]
    assert found(prose + "\n" + ZOO + "\n" + prose) == [(38, "safe")]
