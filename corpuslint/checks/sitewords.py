"""A site's own words for its legal pages and its navigation, one table per concept, by language
(the languages of `checks.stopwords`' tables, and Russian and Ukrainian of its `MORE_STOP_BY_LANGUAGE`).

A German, French or Spanish site's menu and footer (`Startseite`, `Kontakt`, `Impressum`,
`Datenschutz`, `Mentions légales`, `Aviso legal`) say no English call to action: `boilerplate.context.furniture_cue`
reads these words as furniture's too (own23). They are not `calltoaction.CTA_WORDS`: a word added there
moves the line model's features of every line, a retraining's business, not a gate's.

Only the words a site's furniture says and a text's sentence seldom does (a heading of a paper, a
screenplay's cue, a licence's title): no bare verb of searching (`buscar`, `suche`, `поиск`), no word
that is a preposition too (Italian `cerca`), no `inicio` (`al inicio de`). And how a line says them
(`site_line`, review23 #3): a phrase (`Mentions légales`, `Zum Inhalt springen`, `política de
privacidad`) anywhere in a short line; a single word only as the whole line, a menu's bullet or mark
at most (`Impressum`, `* Kontakt`, `Contacto`), or among other site words alone (`Impressum Kontakt`):
a word in a line of other words is a heading's or a kicker's (`Главная причина`, `Início da guerra`,
`Accueil des réfugiés`, `Kontakt z naturą`, `Datenschutz in der Praxis`). The words that are a news
topic too (`TOPIC_WORDS`: `Datenschutz`, `Privacidade` over an article on data protection) count only
with a menu's mark or beside other site words.
"""

from __future__ import annotations

import re

__all__ = ["LEGAL_BY_LANGUAGE", "MENU_MARKS", "NAVIGATION_BY_LANGUAGE", "SITE_LINE_WORDS", "SITE_PHRASE", "SITE_WORD", "TOPIC_WORDS", "site_line"]

def _table(by_language: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Each language's words and phrases, written `;`-separated."""
    return {lang: tuple(w.strip() for w in words.split(";") if w.strip()) for lang, words in by_language.items()}


# a site's legal pages: its imprint, privacy and cookie notices, terms, the rights it reserves
LEGAL_BY_LANGUAGE = _table({
    "en": "imprint; legal notice; disclaimer; privacy policy; terms of use; terms of service; terms and conditions",
    "de": """impressum; datenschutz; datenschutzerklärung; datenschutzhinweise; nutzungsbedingungen; agb;
             haftungsausschluss; alle rechte vorbehalten; cookie-einstellungen""",
    "fr": """mentions légales; confidentialité; politique de confidentialité; données personnelles;
             conditions générales; cgu; cgv; tous droits réservés""",
    "es": """aviso legal; privacidad; política de privacidad; términos y condiciones; condiciones de uso;
             política de cookies; todos los derechos reservados""",
    "pt": """privacidade; política de privacidade; termos de uso; termos e condições; política de cookies;
             todos os direitos reservados""",
    "it": "note legali; informativa sulla privacy; termini e condizioni; condizioni d'uso; tutti i diritti riservati",
    "nl": "colofon; privacyverklaring; privacybeleid; algemene voorwaarden; alle rechten voorbehouden",
    "cs": "ochrana osobních údajů; podmínky užití; všechna práva vyhrazena",
    "pl": "polityka prywatności; regulamin; wszelkie prawa zastrzeżone",
    "ru": "политика конфиденциальности; пользовательское соглашение; все права защищены",
    "uk": "політика конфіденційності; всі права захищені",
})

# a site's navigation: its home page, contact and about pages, site map, the way back to the top
NAVIGATION_BY_LANGUAGE = _table({
    "en": "contact us; about us; sitemap; site map; back to top; main menu; skip to content",
    "de": "startseite; zur startseite; kontakt; über uns; zum inhalt; nach oben; hauptmenü; mediadaten",
    "fr": "accueil; plan du site; nous contacter; contactez-nous; qui sommes-nous; retour en haut; aller au contenu",
    "es": "contacto; contáctenos; mapa del sitio; mapa web; quiénes somos; volver arriba; ir al contenido",
    "pt": "início; contato; fale conosco; mapa do site; quem somos; voltar ao topo",
    "it": "contatti; chi siamo; mappa del sito; torna su",
    "nl": "over ons; naar boven; hoofdmenu",
    "cs": "kontakt; kontakty; úvodní stránka; o nás; mapa stránek",
    "pl": "strona główna; o nas; mapa strony",
    "ru": "главная; контакты; о нас; карта сайта",
    "uk": "головна; контакти; про нас",
})

SITE_LINE_WORDS = 8  # a line saying a phrase as furniture does (a menu's item, a footer's row): this many words at most
_ALL = {w for table in (LEGAL_BY_LANGUAGE, NAVIGATION_BY_LANGUAGE) for words in table.values() for w in words}
# a news topic's word too, a kicker over an article (`Datenschutz`, `Privacidade`): a site word with a menu's mark only
TOPIC_WORDS = frozenset("datenschutz confidentialité privacidad privacidade disclaimer regulamin".split())


def _words(words: set[str]) -> re.Pattern[str]:
    """Any of `words`, a whole word or phrase, in any case."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)",
                      re.I)


SITE_PHRASE = _words({w for w in _ALL if " " in w})
SITE_WORD = _words({w for w in _ALL if " " not in w})
# a menu's mark around an item: a bullet opening it (`* `, `+ `, `o `, `» `), a separator closing it (`Kontakt |`)
_MARKS = re.compile(r"^(?:[-*+•·–—►▶▸◆■●○»›|>]|o(?= ))\s*|\s*[|»›]$")
# the marks between a menu's entries on one line (`Impressum · Kontakt`, `Home | News | Sport`), as every reader of a
# menu's line here counts them: this one between site words (with `,`, `;`, `/`), `context.furniture_cue` two of them
# in a line (with `»`, `›` and the arrows and bullets a breadcrumb or a menu is drawn with), `feedshape` two between
# spaces (with `»`, `›`, `/`, `>`, `>>`)
MENU_MARKS = "|·•"
_SEPARATORS = re.compile(rf"[\s,;/{MENU_MARKS}]+")


def site_line(text: str) -> bool:
    """Whether a line says a site's legal or navigation word as a menu or a footer does: a phrase in a
    line of `SITE_LINE_WORDS` words at most; a single word as the whole line, with a menu's mark at
    most (`TOPIC_WORDS` only with one), or site words alone on the line (`Impressum · Kontakt`)."""
    if len(text.split()) > SITE_LINE_WORDS:
        return False
    if SITE_PHRASE.search(text) is not None:
        return True
    core = _MARKS.sub("", text.strip())
    words = SITE_WORD.findall(core)
    if not words or _SEPARATORS.sub("", SITE_WORD.sub("", core)):
        return False  # no site word, or other words beside it
    return len(words) >= 2 or core != text.strip() or words[0].lower() not in TOPIC_WORDS
