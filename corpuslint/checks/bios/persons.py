"""The patterns that find a person in a paragraph (bios, issue 16): a name's shape, where a
sentence starts, the pronouns that refer to one person, reported speech and the first person that
weigh against a bio. One module that `biography`, `likeness` and `boxes` read alike."""

from __future__ import annotations

import regex

from corpuslint.textutil import LazyPattern

__all__ = ["FIRST_PERSON", "HE", "NAME", "NAMED", "NAME_WORD", "NOT_NAME", "OPENING_QUOTE", "PERSON_WORD", "REPORTING",
           "SENTENCE_START", "SHE", "WORD", "about"]

# A person's name: 2-5 capitalised words or initials ("Julian E. Zelizer", "Josh Gerstein").
# Determiners and sentence openers that are capitalised only by position are excluded.
NOT_NAME = (r"(?!(?:The|A|An|This|That|These|Those|It|Its|In|On|At|For|But|And|Or|If|When|While|"
           r"After|Before|As|Our|Their|His|Her|We|They|You|I|He|She|Mr|Mrs|Ms|Dr)\b)")
NAME_WORD = r"(?:\p{Lu}[\p{Ll}'’][\p{L}'’\-]*|\p{Lu}\.)"
# a first name of two capitals is initials written together ("AJ Dellinger"), before a name word
NAME = rf"{NOT_NAME}(?:{NAME_WORD}|\p{{Lu}}{{2}}(?=\s+\p{{Lu}}\p{{Ll}}))(?:\s+{NAME_WORD}){{1,4}}"
NAMED = rf"(?P<name>{NAME})"

# a sentence starts a paragraph (after a sign-off's dash or a bullet at most: "— Katherine Timpf is a
# reporter at National Review Online."), follows a sentence's end, or starts a line
SENTENCE_START = r"(?:^|(?<=^[—–―•*>-]{1,4}\s{0,2})|(?<=[.!?:;\"”’)]\s{1,3})|(?<=\n))"

# Reported speech and first person weigh against a bio.
REPORTING = LazyPattern(r"\b(?:said|says|told|according\s+to|asked|added)\b", regex.I)
FIRST_PERSON = LazyPattern(r"\b(?:I|I'm|I’m|I've|I’ve|we|our|us)\b")
OPENING_QUOTE = LazyPattern(r"^\W{0,2}[\"“‘']")
WORD = LazyPattern(r"\w+")
PERSON_WORD = LazyPattern(r"\b(?i:he|she|his|her|him|himself|herself)\b")
HE = LazyPattern(r"\b(?i:he|his|him|himself)\b")
SHE = LazyPattern(r"\b(?i:she|her|hers|herself)\b")


def about(block: str, name: str) -> bool:
    """`block` names the person `name` (a word of the name) and refers to a person (he, she, his, her...)."""
    return any(len(word) > 2 and word in block for word in name.split()) and PERSON_WORD.search(block) is not None
