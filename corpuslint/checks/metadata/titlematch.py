"""Where a page prints its `<title>`'s headline in other words or cut short (`Apple's Vision Pro
hands-on: ...` / `Apple's Vision Pro is ...`; a Chinese or Japanese `<title>` with the site's words after a
space): the line `page_metadata` anchors the byline and the date to."""

from __future__ import annotations

from corpuslint.checks.metadata.bylineline import byline_names, name_line
from corpuslint.checks.metadata.dates import day_written
from corpuslint.checks.metadata.headline import HEADLINE_CHARS, SHARED_WORDS, SIGNED_WITHIN
from corpuslint.checks.metadata.lines import UNSPACED_SCRIPT, Line
from corpuslint.checks.metadata.vocabulary import FUNCTION_WORDS, SMALL_WORDS
from corpuslint.textutil import word_key


def opens_cjk_title(key: str, whole: str) -> bool:
    """`動画：ナイジェリアで…31人死亡 写真1枚 国際ニュース：AFPBB News` / `動画：ナイジェリアで…31人死亡`: a
    Chinese or Japanese <title> adds the site's words after a space, with no separator; the headline
    is the line that opens it, at least half of it and six characters of the script long."""
    return (bool(key) and whole.startswith(key + " ") and len(key) * 2 >= len(whole)
            and len(UNSPACED_SCRIPT.findall(key)) >= 6)


def similar_headline(lines: list[Line], title: str, *, look: int = 400,
                      sharing: list[int] | None = None) -> int | None:
    """The headline when the page words it a little differently from its <title> (`Apple's Vision
    Pro hands-on: the Retina display moment` / `Apple's Vision Pro is the Retina display moment`), or
    cuts it short (`Samantha and The Great Big Lie. How to get…`): the first line that is the
    title's opening, or shares three quarters of its words, in the page's first `look` lines (`sharing`: the
    lines that share `SHARED_WORDS` content words with it, for `headline_over_signature`)."""
    key = word_key(title)
    words = key.split()
    if len(words) < 4:
        return None
    wanted = set(words)
    content = wanted - SMALL_WORDS - FUNCTION_WORDS if sharing is not None else frozenset()
    places = []
    for index in range(1, min(len(lines), look)):
        text = lines[index].text
        if len(text) > 300:
            continue
        printed = word_key(text)
        line_words = printed.split()
        if len(line_words) < 3:
            continue
        if content and len(text) <= HEADLINE_CHARS and not text.endswith(".") and _shares_words(content, line_words):
            sharing.append(index)
        if len(line_words) > 2 * len(words):
            continue
        shared = len(wanted & set(line_words))
        if (key.startswith(printed + " ") and (len(line_words) * 2 >= len(words) or is_first_sentence(title, text))
                or shared * 4 >= 3 * len(wanted) and shared * 4 >= 3 * len(set(line_words))):
            places.append(index)
    for index in places:  # as with a repeated headline: the one signed under it
        if any(byline_names(line) or day_written(line.text) or name_line(line.text)[1]
               for line in lines[index + 1: index + 1 + SIGNED_WITHIN]):
            return index
    return places[0] if places else None


def _shares_words(content: frozenset[str] | set[str], line_words: list[str]) -> bool:
    """`SHARED_WORDS` of the `<title>`'s content words, a third of the line's own at least."""
    shared = len(content.intersection(line_words))
    return shared >= SHARED_WORDS and 3 * shared >= len(set(line_words) - SMALL_WORDS - FUNCTION_WORDS)


def is_first_sentence(title: str, line: str, ends: str = ".:!?") -> bool:
    """`Samantha and The Great Big Lie` is the <title>'s headline before its subtitle (`…Big Lie.
    How to get shanked…`): the title goes on after the line with a sentence's (or a clause's) end."""
    head = " ".join(line.split())
    if not title.casefold().startswith(head.casefold()) or len(title) <= len(head):
        return False
    after = title[len(head)]  # `Florida, Alabama grandstanding? Urban Meyer, …`: the line keeps its own mark
    return after in ends or after == " " and head.endswith(("!", "?"))
