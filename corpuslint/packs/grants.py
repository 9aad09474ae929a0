"""Where a notice's removal stops before a licence's grant (tester33 A1).

SPDX's Borceux licence is two lines and a list: `Copyright 1993 Francis Borceux` over `You may freely use,
modify, and/or distribute each of the files in this package without limitation.`, its only operative
sentence. CL120's unit is the paragraph, and its safe fix took both. A notice withholds rights (`You may not
reproduce …`); a sentence that grants them is the licence's own (`licences.grants_rights`): the fix, unsafe
then (`goes_on` returns the sentence), takes the notice's lines above it and leaves the grant.
"""

from __future__ import annotations

from corpuslint.licences import grants_rights


def lines_before_grant(text: str, start: int, end: int, after: str | None) -> int | None:
    """Where the lines of the unit text[start:end] above the line that `after` opens end, where `after` (the
    sentence the unit goes on with, `blocks.goes_on`) grants rights and opens a line below the unit's first;
    else None."""
    if not after or not grants_rights(after):
        return None
    at = text.find(after, start, end)
    if at < 0:
        return None
    line_start = text.rfind("\n", 0, at) + 1
    if line_start <= start or text[line_start:at].strip(" \t>"):
        return None
    kept = line_start - 1
    while kept > start and text[kept - 1].isspace():
        kept -= 1
    return kept if kept > start else None
