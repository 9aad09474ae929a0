"""A first line that is the page's furniture: the text kept no `<title>` over it (issue 16).

The page reader takes a whole page's first line for its `<title>` (a browser's dump of a page that kept it). A text
browser's or an HTML-to-text converter's dump of the body alone opens with what the page prints first instead:

    * Home                                          <- a menu's entry (a bullet, or a bullet alone)
    1. Skip to navigation                           <- a numbered list's skip link
    Home | News | Sports | Opinion                  <- a menu laid out on one line
    [sharelogo2.jpg]  /  IFRAME: https://…  /  <p style=…>   <- a picture's file, a frame, markup left as text
    (BUTTON) Select Country Site  /  ____________________ Go  <- a form's button or field
    JavaScript scheint in Ihrem Browser deaktiviert zu sein.  <- a message to the reader about the page

None of them is a title, and none names the story: the page's headline is then found as on a page whose `<title>`
is the site's name (over its byline or stamp), or there is no title (a wrong one is worse than none). Told by
shape: the bullet or the number, the separators and the entries' length, the brackets, the markup; the message by
its sentence end, its length and a word of what the page asks of the browser (`JavaScript`, `cookies`).
"""

from __future__ import annotations

from corpuslint.checks.metadata.notitle import SKIP_LINK
from corpuslint.textutil import LazyPattern

# a list's entry: a bullet and a short label, or a bullet alone (`*`, `* Home`, `• Login`)
BULLETED = LazyPattern(r"^[*+•·▪►](?:\s+\S.{0,40})?$")
NUMBERED = LazyPattern(r"^\d{1,2}[.)]\s+(?P<rest>.+)$")
# what a converter leaves of markup or of a form: a tag, a template's braces, a frame, a picture's file name in
# brackets (`[sharelogo2.jpg]`, `[tr?id=…&noscript=1]`; a bracketed word, `[Video]`, may open a headline), a button
# or a field's underscores
RESIDUE = LazyPattern(r"^(?:<[a-zA-Z!/]|\{\{|(?:IFRAME|FRAME|REFRESH\([^)]{0,20}\))\s*:|\((?:BUTTON|submit|image)\)|_{4,}"
                      r"|\[[^\]\s]*[./?=_][^\]\s]*\](?:\s|$))")
# a separator opening the line: the rest of a breadcrumb or of a post's strip (`/ Cory Doctorow / 10:08 am …`)
OPEN_SEPARATOR = LazyPattern(r"^(?:\||/|//|»|>)\s")
# a menu laid out on one line: three or more entries of one or two words each between separators
MENU_SEPARATOR = LazyPattern(r"\s+(?:\||//|·|•|»)\s+")
_SEPARATOR_MARKS = ("|", "/", "·", "•", "»")  # one of them stands in every separator
MENU_ENTRIES = 3
ENTRY_WORDS = 2
# a message about the page closes like a sentence (a title rarely does), is short, and names what the page needs of
# the reader's browser (`JavaScript scheint in Ihrem Browser deaktiviert zu sein.`, a cookie banner)
MECHANICS = LazyPattern(r"(?i)\b(?:javascript|cookies?|browser)\b")
MESSAGE_WORDS = 25
MESSAGE_CHARS = 160  # (a script written without spaces counts no words)
SENTENCE_CLOSE = LazyPattern(r"(?:\p{Ll}{2}|\))[.!]$|。$")
# a script written without spaces has no word boundaries: its characters are set apart for the chrome's words
UNSPACED = LazyPattern(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")


def furniture_first(text: str) -> str | None:
    """What the line is instead of a `<title>` (`menu`, `skip-link`, `residue`, `message`), or None."""
    text = " ".join(text.split())
    if SKIP_LINK.match(text):
        return "skip-link"
    if BULLETED.match(text):
        return "menu"
    numbered = NUMBERED.match(text)
    if numbered is not None and SKIP_LINK.match(numbered["rest"]):
        return "skip-link"
    if RESIDUE.match(text):
        return "residue"
    if OPEN_SEPARATOR.match(text):
        return "menu"
    # (a separator's character first: a line with none is one entry, and the split's scan was a third of this function)
    if any(mark in text for mark in _SEPARATOR_MARKS):
        entries = MENU_SEPARATOR.split(text)
        if len(entries) >= MENU_ENTRIES and all(len(entry.split()) <= ENTRY_WORDS for entry in entries):
            return "menu"
    # (the length first: the close's search of a long first line, a whole paragraph, was half this function's time)
    if (len(text) <= MESSAGE_CHARS and SENTENCE_CLOSE.search(text) and len(text.split()) <= MESSAGE_WORDS
            and MECHANICS.search(UNSPACED.sub(" ", text))):
        return "message"
    return None
