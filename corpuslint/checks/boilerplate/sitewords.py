"""A site's own words for its legal pages and its navigation, one table per concept, by language
(the languages of `checks.stopwords`' tables, and Russian and Ukrainian of its `MORE_STOP_BY_LANGUAGE`).

A German, French or Spanish site's menu and footer (`Startseite`, `Kontakt`, `Impressum`,
`Datenschutz`, `Mentions légales`, `Aviso legal`) say no English call to action: `context.furniture_cue`
reads these words as furniture's too (own23). They are not `linefeatures.CTA_WORDS`: a word added there
moves the line model's features of every line, a retraining's business, not a gate's.

Only the words a site's furniture says and a text's sentence seldom does (a heading of a paper, a
screenplay's cue, a licence's title): no bare verb of searching (`buscar`, `suche`, `поиск`), no word
that is a preposition too (Italian `cerca`), no `inicio` (`al inicio de`).
"""

from __future__ import annotations

import re

__all__ = ["LEGAL_BY_LANGUAGE", "NAVIGATION_BY_LANGUAGE", "SITE_LINE_WORDS", "SITE_WORD"]

# a site's legal pages: its imprint, privacy and cookie notices, terms, the rights it reserves
def _table(by_language: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Each language's words and phrases, written `;`-separated."""
    return {lang: tuple(w.strip() for w in words.split(";") if w.strip()) for lang, words in by_language.items()}


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
    "de": "startseite; kontakt; über uns; zum inhalt; nach oben; hauptmenü; mediadaten",
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

SITE_LINE_WORDS = 8  # a line saying one as furniture does (a menu's item, a footer's row): this many words at most
# any of them, a whole word or phrase, in any case
SITE_WORD = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(
    {w for table in (LEGAL_BY_LANGUAGE, NAVIGATION_BY_LANGUAGE) for words in table.values() for w in words},
    key=len, reverse=True)) + r")(?!\w)", re.I)
