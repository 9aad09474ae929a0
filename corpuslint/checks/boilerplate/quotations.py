"""A quotation or an embedded post that documents share: the news they report, not their template."""

from __future__ import annotations

import regex

# A quotation or an embedded post: it opens with a quotation mark, or ends with a tweet's signature
# ("— Jane Doe (@jdoe) May 5, 2017"), or holds a picture link of one
QUOTATION_OPEN = regex.compile(r"^\W{0,3}[\"“‘«„]")
EMBEDDED_POST = regex.compile(r"(?:[—–-]\s*[^\n()]{1,60}\(@\w{1,15}\)\s*\p{L}+\.?\s+\d{1,2},\s+\d{4}\s*$|"
                              r"pic\.twitter\.com/|instagram\.com/p/)")


def quoted(block: str) -> bool:
    """A quotation or an embedded post, which outlets that report the same news all carry."""
    return QUOTATION_OPEN.match(block) is not None or EMBEDDED_POST.search(block) is not None
