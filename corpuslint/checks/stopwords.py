"""The function words of the languages corpuslint reads most, one list each, and a cheap guess of
a text's language from them (review19 #5).

The boilerplate-line features count any of them (`STOP_WORDS`: jusText-style stop-word density);
the corpus rules ask whether two documents named alike but for a language code are in two
languages (`language_of`), which a translation is and two articles of one regional site are not.

`FUNCTION_WORDS` adds the function words of the languages written in Cyrillic and Greek
(`MORE_STOP_BY_LANGUAGE`: Russian, Ukrainian, session 22; Bulgarian, Serbian, Greek, session 29):
CL140's guards ask whether a line has a sentence's core in any language they know, and the line
features count them on a line written mostly in those scripts (`scripts.other_script_stop`), which the
model's Latin-script training never showed it (the density means the same in any alphabet). They
are not in `STOP_WORDS`: its Latin-script lines' features, and `language_of`'s answers, stay as they
were.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

__all__ = ["FUNCTION_WORDS", "MORE_STOP_BY_LANGUAGE", "STOP_BY_LANGUAGE", "STOP_WORDS", "language_of"]

# the most frequent words of English, French, Spanish, Portuguese, Italian, German, Dutch, Czech
# and Polish
STOP_BY_LANGUAGE: dict[str, tuple[str, ...]] = {lang: tuple(words.split()) for lang, words in {
    "en": """a about after all also an and any are as at be because been but by can could did do does for
from had has have he her his how i if in into is it its just may more most my no not now of on
one only or other our out over she should so some such than that the their them then there these
they this those through to too up was we were what when where which while who will with would you""",
    "fr": """le la les un une des du de et est en dans que qui pour pas sur au aux ce cette il elle ils nous
vous son sa ses leur mais ou par plus avec se ne sont été être fait comme tout aussi""",
    "es": """el los las una unos unas y es del al por con para como más pero sus su lo le se ha fue son
ser entre cuando muy sin sobre también hasta desde donde todo esta este ese esa""",
    "pt": "o os um uma das dos do da na no em que não com para por mais foi ao pelo pela seu sua são",
    "it": "il lo gli della delle dei nel nella che di da per non con una sono è anche come ma",
    "de": """der die das und ist nicht ein eine einen dem den des mit auf für von zu im sich auch es sie
er wir ich wird werden war hat haben bei aus nach wie oder aber noch nur dass""",
    "nl": "het een en van de is niet op te dat die voor zijn met ook als maar bij aan er om",
    "cs": "je se na v a že to jako ale pro by jsou byl bylo jeho jak které který která o z do",
    "pl": "i w z na się nie że do jest to jak co ale po od za tak przez",
}.items()}
STOP_WORDS = frozenset(w for words in STOP_BY_LANGUAGE.values() for w in words)
# ... and of languages the line model's features do not count (the module's doc)
MORE_STOP_BY_LANGUAGE: dict[str, tuple[str, ...]] = {lang: tuple(words.split()) for lang, words in {
    "ru": """и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне
было вот от меня еще нет о из ему когда даже ли если уже или ни быть был него до вас вам там потом себя ей
может они тут где есть надо ней для мы тебя их чем была сам без кто этот того потому этого какой этом тем
чтобы при об после над через эти нас про них это эту этой также которые который которая которое ещё всё её""",
    "uk": """і й в у на з із що не та до як від для це за по але або які який яка яке щоб при його її їх
ми ви він вона вони був була було бути є також коли якщо вже ще тому цей ця ці""",
    "bg": """и в във на за от да не се с със по че са е беше това като но или към при след до което които
който която ще има няма също""",
    "sr": """и у на да је се за од са не су што као али или из по до који која које то ће би био била""",
    "el": """και το η ο να του της την τα με σε για που από στο στη στην στον των οι τις τους είναι δεν θα
ως ένα μια ένας αλλά ή αν όταν επίσης""",
}.items()}
FUNCTION_WORDS = STOP_WORDS | frozenset(w for words in MORE_STOP_BY_LANGUAGE.values() for w in words)

# a word of one list only tells its language (`de`, `en`, `la`, `que`, `die` ... are several's)
_OWNER = {w: lang for w, lang in ((w, lang) for lang, words in STOP_BY_LANGUAGE.items() for w in words)
          if sum(w in words for words in STOP_BY_LANGUAGE.values()) == 1}
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 20_000  # of the text's head: a language shows in its first pages
_MIN_TOLD = 8  # the telling words a guess wants


def language_of(text: str) -> str:
    """A guess of the text's language: the list (`STOP_BY_LANGUAGE`) most of its telling words are
    of, when there are enough of them and most are one list's; for a text written mostly in
    letters beyond Latin the first word of their Unicode names (`CYRILLIC`, `GREEK`, `ARABIC`,
    `CJK`, `HANGUL` ...); "" when the text does not tell (another Latin-script language, code)."""
    head = text[:_SAMPLE_CHARS]
    words = _WORD.findall(head.lower())
    told = Counter(_OWNER[w] for w in words if w in _OWNER)
    latin = other = 0
    scripts: Counter[str] = Counter()
    for w in words:
        if w.isascii():
            latin += len(w)
        elif w[0] >= "\u0250":  # beyond Latin's letters (a word is of one script, mostly)
            other += len(w)
            scripts[unicodedata.name(w[0], "?").split()[0]] += len(w)
        else:
            latin += len(w)
    if other > latin:
        return scripts.most_common(1)[0][0]
    if told:
        lang, n = told.most_common(1)[0]
        if n >= _MIN_TOLD and 2 * n > sum(told.values()):
            return lang
    return ""
