"""What the boilerplate-line features know of the world's scripts (issue 15): where their sentences
end, what closes a quotation, and how their words are counted where no space separates them.

The sentence test knew `.!?` and `。！？` only, and counted words by spaces: a Declaration of Human
Rights in Amharic, Thai, Hindi, Bengali or Urdu had no line of prose, and CL140 deleted it whole
or in half. Unicode's Sentence_Terminal property is the principled set of sentence ends; the
scripts written without spaces between words are counted by their characters, as CJK is.
"""

from __future__ import annotations

import re

import regex

from corpuslint.checks.stopwords import FUNCTION_WORDS, STOP_WORDS
from corpuslint.textutil import SENTENCE_END, STERM  # (below every family: the dialog's turns read them too)

__all__ = ["CJK", "CJK_STOP_RE", "CLOSING_QUOTES", "END_PUNCT", "ETHIOPIC_WORDSPACE", "LETTER_SCRIPT", "NOSPACE",
           "NO_MARK", "NO_MARK_RUN", "SENTENCE_CLOSE", "SENTENCE_CLOSE_MARKS", "SENTENCE_END", "SENTENCE_MARK",
           "STERM", "STOP_WORDS", "nospace_words", "other_script_stop", "spaceless_words"]

# Function words of English, French, Spanish, Portuguese, Italian, German, Dutch, Czech and
# Polish: the most frequent words of each language (jusText-style stop-word density), one list each
# in `corpuslint.checks.stopwords`, which the corpus rules' language guess shares

# particles and function characters of Chinese and Japanese: their density plays the stop words' role
CJK_STOP_RE = re.compile("[" + "的了是在和也有就不我他她这那们个与及而但之为其中对从以所のはがをにでともたてしなかいるれ" + "]")

# the ones beside `.!?` and 。！？ (which `SENTENCE_MARK` reads as before): a sentence ends at one
# that no letter or digit follows (in the caseless scripts no capital opens the next one)
STERM_OTHER = "".join(c for c in STERM if c not in "。！？")

# what closes a quotation after its sentence's mark: English `."` `.”`, German `.“` (of „…“) and
# `.«` (of »…«), French and Swiss `.»`, and a bracket
CLOSING_QUOTES = "\"'”’)“»«›‹"
# what opens the next sentence after `. `: a Latin capital or a digit (Greek and Cyrillic capitals
# only after a word's mark, `CASED_OPENER` below), and in
# the caseless scripts any letter, which has no capital to show (Korean `있습니다. 사용하기`, Arabic,
# Hebrew, the Indic scripts, Georgian, Ethiopic). Not kana or Han: Chinese and Japanese close their
# sentences with `。`, and `. ` before them numbers a heading (`次へ10.5. 動的ルーティング`, a nav link)
SENTENCE_OPENER = ("A-Z0-9\u00C0-\u024F\u05D0-\u05EA\u0620-\u06FF\u0750-\u077F"
                   "\u0900-\u0DFF\u10D0-\u10FF\u1100-\u11FF\u1200-\u137F\u3130-\u318F\uAC00-\uD7AF")
# a sentence's end inside a line (a capital or a digit opens the next one, in the caseless scripts anything)
# ... and a Cyrillic or Greek capital after a word's mark (`доставки. После`, `τέλος. Η`), not after a
# number's point: a chapter nav `Глава 5. Другие` numbers its headings, no sentence ends there (the
# letter is looked behind for: a letter tried at every place costs a third more on English lines)
CASED_OPENER = "\u0391-\u03A9\u0386\u0388-\u038A\u038C\u038E\u038F\u0400-\u042F\u0490"
SENTENCE_MARK = re.compile(r"[.!?][\"'”’)\]]?\s+[\"'“‘(]?[" + SENTENCE_OPENER + r"]|[。！？]|["
                           + STERM_OTHER + r"](?!\w)|(?<=[^\W\d_])[.!?][\"'”’)\]»]?\s+[\"'“‘(«]?[" + CASED_OPENER + "]")
END_PUNCT = frozenset(".!?。！？…:;\"'”’»)“«" + STERM)
# (the guillemets close a link's label as often as a quotation, `Weiterlesen »`: only a line's
# `ends_sentence`, which wants the mark before them, reads them)
SENTENCE_CLOSE = frozenset(".!?\"'”’)“。！？…" + STERM)
# a short sentence of the article closes so (`reads_as_sentence`; CJK's marks left out, as before)
SENTENCE_CLOSE_MARKS = ".!?\"”“" + "".join(c for c in STERM if c not in "。｡．！？")

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
# Scripts written without spaces between words (Thai, Lao, Tibetan, Myanmar, Khmer, Tai Tham, Tai
# Viet): a line in one counts its characters as words, four to a word (their words run to four or
# five characters with the vowel signs), as CJK counts two; Thai and Lao have no sentence mark at
# all (a space ends a sentence there), so a long line of them reads as prose by its length alone
NOSPACE = re.compile(r"[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u1a20-\u1aaf\uaa80-\uaadf]")
NO_MARK = re.compile(r"[\u0e00-\u0eff]")  # Thai and Lao
# ... but a menu's items are short between their spaces, prose runs long (Thai's phrases, 20-40
# characters): a line of them reads as prose only with this many characters a space-separated piece
NO_MARK_RUN = 10
ETHIOPIC_WORDSPACE = "\u1361"  # ፡, Ge'ez's word separator (Amharic, Tigrinya): a space
# a letter of a script the stop-word list has no words of (not Latin: Cyrillic, Greek, Arabic,
# Hebrew, the Indic scripts, Ethiopic ...): where the letters of a line are mostly such, its
# function words cannot be counted, and the prose test reads its length and sentences alone
LETTER_SCRIPT = regex.compile(r"(\p{Latin})|\p{L}")


# the function words the stop-word feature counts on a line written mostly in Cyrillic or Greek
# (`stopwords.MORE_STOP_BY_LANGUAGE`): a Russian sentence has them as densely as a Czech one
_OTHER_SCRIPT_STOP = FUNCTION_WORDS - STOP_WORDS


def other_script_stop(words: list[str]) -> int:
    """How many of a line's lower-cased words are function words of a Cyrillic- or Greek-script
    language (`stopwords.MORE_STOP_BY_LANGUAGE`)."""
    return sum(map(_OTHER_SCRIPT_STOP.__contains__, words))


def nospace_words(head: str, tokens: list[str]) -> float | None:
    """The words of a line written mostly in a script without spaces between words (`NOSPACE`):
    four characters a word, and its ASCII tokens; None for a line in another script."""
    chars = len(NOSPACE.findall(head))
    if chars * 3 < len(head):
        return None
    return chars / 4 + sum(1 for t in tokens if t.isascii())


def spaceless_words(s: str, head: str) -> float | None:
    """The words of a long line its spaces do not count (`head`: its first characters): Ge'ez's
    words between their separators, a script without spaces four characters a word (with the
    ASCII tokens among them); None for a line in another script. (CJK's long lines keep the count
    of their spaces, as before: measured by characters there, the model trained on the old count
    lost Chinese and Japanese furniture, held-out and out of fold.)"""
    if ETHIOPIC_WORDSPACE in head:
        return float(len(s.replace(ETHIOPIC_WORDSPACE, " ").split()))
    return nospace_words(head, s.split())
