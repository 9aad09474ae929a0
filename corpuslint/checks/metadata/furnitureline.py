"""A first line that is the page's furniture: the text kept no `<title>` over it (issue 16).

The page reader takes a whole page's first line for its `<title>` (a browser's dump of a page that kept it). A text
browser's or an HTML-to-text converter's dump of the body alone opens with what the page prints first instead:

    * Home                                          <- a menu's entry (a bullet, or a bullet alone)
    1. Skip to navigation                           <- a numbered list's skip link
    Home | News | Sports | Opinion                  <- a menu laid out on one line
    [sharelogo2.jpg]  /  IFRAME: https://…  /  <p style=…>   <- a picture's file, a frame, markup left as text
    (BUTTON) Select Country Site  /  ____________________ Go  <- a form's button or field
    JavaScript scheint in Ihrem Browser deaktiviert zu sein.  <- a message to the reader about the page
    Login  Register  FAQ  Search  /  Startseite               <- a menu's entries set apart by gaps, a site's word
    Sign in or Register  /  Already a print or digital subscriber?   <- an account's or a basket's call
    Reviewed by 35 customers  /  Basket: 0 item(s)            <- a count of things
    View site in English, Español, or Français                <- a language switcher

None of them is a title, and none names the story: the page's headline is then found as on a page whose `<title>`
is the site's name (over its byline or stamp), or there is no title (a wrong one is worse than none). Told by
shape: the bullet or the number, the separators and the entries' length, the brackets, the markup; the message by
its sentence end, its length and a word of what the page asks of the browser (`JavaScript`, `cookies`).
The calls, counts and switchers (issue 16: a shop's, a forum's, a section's page, qa25) are told by the words the
boilerplate family already reads as furniture (`calltoaction.CTA`, `sitewords.site_line`) in a line shaped as no
headline is: made of them, or a question with no name in it, or a number of things in lower case; `furniture_title`
(and `furniture_line`) is asked of any title the page reader settles on.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpuslint.checks.calltoaction import CTA
from corpuslint.checks.metadata.lines import Line
from corpuslint.checks.metadata.notitle import SKIP_LINK
from corpuslint.checks.sitewords import SITE_PHRASE, site_line
from corpuslint.checks.stopwords import FUNCTION_WORDS
from corpuslint.textutil import LazyPattern

# a list's entry: a bullet and a short label, or a bullet alone (`*`, `* Home`, `• Login`)
BULLETED = LazyPattern(r"^[*+•·▪►](?:\s+\S.{0,40})?$")
NUMBERED = LazyPattern(r"^\d{1,2}[.)]\s+(?P<rest>.+)$")
# what a converter leaves of markup or of a form: a tag, a template's braces, a frame, a picture's file name in
# brackets (`[sharelogo2.jpg]`, `[tr?id=…&noscript=1]`; a bracketed word, `[Video]`, may open a headline), a button
# or a field's underscores, a program's error
RESIDUE = LazyPattern(r"^(?:<[a-zA-Z!/]|\{\{|(?:IFRAME|FRAME|REFRESH\([^)]{0,20}\))\s*:|\((?:BUTTON|submit|image)\)|_{4,}"
                      r"|\[[^\]\s]*[./?=_][^\]\s]*\](?:\s|$))"
                      # a program's error printed over the page: `Warning: Unknown: open(/tmp/sess_…) failed`
                      r"|^(?:Warning|Notice|Fatal error|Parse error|Deprecated|Strict Standards)\s*:.*(?:\(|\s)/(?:tmp|var|home|usr|srv)/"
                      # lynx's line of a page's `<link rel>` labels opening with a mark (`#» Feed » Kommentar-Feed`), a
                      # logo's text (`Modepilot Logo`, `Logo Stadt Stuttgart`)
                      r"|^#[^\w\s]|^(?:\S+\s+){1,3}(?i:logo)$|^(?i:logo)\s+(?:\S+\s*){1,3}$")
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


# a menu laid out by gaps (a table's cells, links set apart): three or more entries of one or two words
GAP = LazyPattern(r" {2,}|\t")
# an account's, a basket's or a subscription's word (beside `CTA`'s `sign in`, `login`, `register`, `subscribe`)
ACCOUNT = LazyPattern(r"(?i)\b(?:subscribers?|sign\s*(?:in|up|on)|log\s*(?:in|on)|login|register|password|"
                      r"account|basket|cart|checkout|wish\s*list|warenkorb|konto|einloggen|anmelden|registrieren|panier|"
                      r"registrarse|regístrate|s['’]inscrire|identifiez-vous|"
                      r"connexion|compte|carrito|cesta|cuenta|carrello|accedi|registrati|winkelwagen|inloggen|koszyk|"
                      r"zaloguj|košík|корзина|войти|вход|регистрация)\b|登录|注册|购物车|ログイン|カート")
CALL_WORDS = 8  # a call to the reader is short
# what a question to the reader asks of them: to be a subscriber, a member, to sign in (not a basket: `Why the cart
# before the horse?`)
MEMBER = LazyPattern(r"(?i)\b(?:subscri(?:ber|bed)s?|members?|abonnée?s?|abonnent(?:in)?|suscriptora?|abbonat[oi]|"
                     r"account|sign(?:ed)?\s*(?:in|up)|log(?:ged)?\s*in|login|register(?:ed)?|password)\b")
# a count of things: `12 comments`, `Reviewed by 35 customers`, `0 item(s)` (the noun in lower case: `10 Things …`
# is a headline's), led by at most a label's word or two and `by`/`of`
COUNT = LazyPattern(r"^(?:\p{L}+(?:\s\p{L}+)?\s+(?:by|of|von|de|par|da|di)\s+|\p{L}+\s*:\s*)?\(?\d[\d,.]*\)?\s+\p{Ll}+\W{0,2}$"
                    r"|\p{L}\(s\)(?!\w)")
# a language switcher names languages in their own names (`View site in English, Español, or Français`)
ENDONYMS = LazyPattern(r"(?<!\w)(?:English|Español|Français|Deutsch|Italiano|Português|Nederlands|Polski|Русский|"
                       r"Українська|Svenska|Dansk|Norsk|Suomi|Čeština|Magyar|Română|Türkçe|Ελληνικά|Català|中文|"
                       r"日本語|한국어|العربية|עברית)(?!\w)")
SWITCHER_WORDS = 12
COUNT_WORDS = 6  # `COUNT`'s first branch: two words of a label, `by`, the number, the noun, two marks after a space
SITE_WORDS = 3  # a menu's or a footer's entry of the site's own words, on the first line
# a label whose value was a picture or a menu (`EDITIONS:`), a widget's reading (`74°`, `0 %`)
LONE_LABEL = LazyPattern(r"^\p{L}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*)?\s?:$")
READING = LazyPattern(r"^[-+]?\d[\d.,]*\s?(?:°[CF]?|%)$|^[$€£¥]\s?\d[\d.,]*$")


def furniture_title(text: str) -> str | None:
    """What a title the page reader found is instead (`call`, `count`, `languages`), or None: a line of the
    page's furniture no headline is shaped as."""
    words = text.split()
    return _furniture_title(" ".join(words), words)


def _furniture_title(text: str, words: list[str]) -> str | None:
    """`furniture_title` of a line already made flat, `words` its words (`furniture_first` splits it once)."""
    if len(words) <= SWITCHER_WORDS and len(ENDONYMS.findall(text)) >= 2:
        return "languages"
    # (`COUNT`'s first branch spans 6 words at most, its other holds `(s)`: a paragraph's scan, a third of
    # this function's time on the first lines of the 10 MB bench, is asked only where one can match)
    if (len(words) <= COUNT_WORDS or "(s)" in text) and COUNT.search(text):
        return "count"
    if len(words) > CALL_WORDS or not (CTA.search(text) or ACCOUNT.search(text) or MEMBER.search(text)):
        return None
    # made of furniture's words (`Sign in or Register`, `Login Register FAQ Search`), or of two of them and one
    # word more (`Subscribe Now Log In 0 Settings`; not `Register to vote`, a headline's call)
    calls = len(CTA.findall(text))
    rest = CTA.sub(" ", text)
    calls += len(ACCOUNT.findall(rest))
    rest = ACCOUNT.sub(" ", rest)
    words_left = [w for w in WORD.findall(rest) if not w.isupper()]
    others = [w for w in words_left if w.casefold() not in FUNCTION_WORDS]
    # (a sentence's function words around them: `Why you should subscribe to newsletters` is a headline)
    if len(others) <= (calls >= 2) and len(words_left) - len(others) <= 1:
        return "call"
    # a question to the reader with no name in it (`Already a print or digital subscriber?`; not `Will Apple's
    # subscribers stay?`, a headline's)
    if text.endswith("?") and MEMBER.search(text) and not any(w[:1].isupper() for w in words[1:]):
        return "call"
    return None


WORD = LazyPattern(r"\p{L}[\p{L}'’-]*")


# a forum's post's labels before its thread's title: `Post subject: Re: <title>`, `Re: <title>`, `AW: <title>`
REPLY_LABEL = LazyPattern(r"(?i)^(?:\p{L}+(?:\s\p{L}+){0,3}\s*:\s*)?(?:re|aw|sv|vs|odp|antw|ynt|rif|ha)(?:\[\d+\]|\^\d+)?\s*:\s*"
                          r"(?:(?:re|aw)\s*:\s*)*(?=\S)")


def without_reply_label(title: str) -> str:
    """`Post subject: Re: Dual boot problem` -> `Dual boot problem`: the thread's title, not the reply's labels."""
    label = REPLY_LABEL.match(title)
    return title[label.end():] if label is not None else title


def furniture_first(text: str) -> str | None:
    """What the line is instead of a `<title>` (`menu`, `skip-link`, `residue`, `message`, and `furniture_title`'s
    `call`, `count`, `languages`), or None: a list's entry and a menu's gaps are told on the page's first line only
    (a title found further down may keep its bullet: `• Affaire KPMG: un juge se récuse`)."""
    stripped = text.strip()
    # (a gap is two spaces or a tab: a line with neither is one cell, and the split's scan is not asked; the line is
    # made flat and split into words once for every test below, each of which did both again)
    if "  " in stripped or "\t" in stripped:
        cells = GAP.split(stripped)
        if len(cells) >= MENU_ENTRIES and all(len(cell.split()) <= ENTRY_WORDS for cell in cells):
            return "menu"  # `Login  Register  FAQ  Search`: entries set apart by gaps
    words = stripped.split()
    text = " ".join(words)
    if SKIP_LINK.match(text):
        return "skip-link"
    if BULLETED.match(text):
        return "menu"
    numbered = NUMBERED.match(text)
    if numbered is not None and SKIP_LINK.match(numbered["rest"]):
        return "skip-link"
    if len(words) <= SITE_WORDS and site_line(text):
        return "menu"  # `Startseite`, `Impressum · Kontakt` (a legal page's own headline, `Privacy Policy`, stands lower)
    return _furniture_line(text, words)  # (its skip link's test asked above)


def furniture_line(text: str) -> str | None:
    """What a line is instead of a title wherever it stands (`skip-link`, `menu`, `residue`, `message`, `label`, `call`,
    `count`, `languages`), or None."""
    words = text.split()
    text = " ".join(words)
    if SKIP_LINK.match(text):
        return "skip-link"
    return _furniture_line(text, words)


def _furniture_line(text: str, words: list[str]) -> str | None:
    """`furniture_line`'s tests after the skip link's, of a line already made flat, `words` its words."""
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
    if (len(text) <= MESSAGE_CHARS and SENTENCE_CLOSE.search(text) and len(words) <= MESSAGE_WORDS
            and (MECHANICS.search(UNSPACED.sub(" ", text)) or SITE_PHRASE.search(text))):
        return "message"  # (or the site's terms: `Our Terms of Service and Privacy Policy have changed.`)
    if LONE_LABEL.match(text) or READING.match(text):
        return "label"
    return _furniture_title(text, words)


def lone_word(first: str, lines: Sequence[Line]) -> bool:
    """`Menu`, `Close`, `Welcome`: a first line of one word over another short line (a menu's entry, a button), that
    the page never prints again as a line of its own, is a button's or a greeting's, no `<title>` (a site's name or a
    one-word headline stands again over the story; a `<title>` such as `Document` stands over the text's prose)."""
    word = first.strip()
    if len(word.split()) != 1 or not word.isalpha() or len(lines) < 2 or len(lines[1].text.split()) > LONE_WORD_NEXT:
        return False
    return not any(line.text.strip() == word for line in lines[1:])


LONE_WORD_NEXT = 4  # the words of a menu's entry or a button's label under the lone word
