"""The words and shapes of page furniture that head extraction recognises (shapes, not lists of
sites), and the sizes it allows."""

from __future__ import annotations

from corpuslint.stamps import MONTHS, WEEKDAYS
from corpuslint.textutil import LazyPattern


# -- vocabularies (shapes of page furniture, not lists of sites) ------------------------------

SMALL_WORDS = frozenset(
    "a an the and or nor but of to in on at for by with from as into onto via vs v per than "
    "de la le du des da del di von van".split())
FUNCTION_WORDS = frozenset(
    "the this that these those then now all some any far contrast way time one two no not its "
    "his her their our my your it he she they we you there here".split())
NAME_STOP = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    "today tomorrow yesterday morning evening night noon midnight updated posted published filed last".split())
# `By A Updated Jul 24`, `By A Posted at 5:16 PM, Jun 06, 2013`, `By A Last updated at 10:00 AM on 6th June 2013`
CONNECTORS = frozenset({"of", "for", "the"})
# a button's verb opening its label (`View Images`, `Watch Video`, `Shop Now`): the reader is told to act, no person named
BUTTON_VERBS = frozenset("view watch read see shop listen download explore discover browse learn get show visit".split())
# words of a body's or a firm's name, never of a person's
BODY_WORDS = frozenset("inc llc ltd limited corp corporation company co media group news press publishing "
                       "foundation university institute association society network networks studio studios "
                       "digital labs gmbh ag sa plc trust magazine times journal team project contributors "
                       "authors holdings partners "
                       # the same in German, French, Spanish, Italian, Portuguese, Dutch
                       "medien verlag zeitung gruppe presse éditions editions groupe société prensa grupo "
                       "ediciones editorial editora editore edizioni stampa uitgeverij omroep".split())
# words of a site's furniture named after the site, never of a person's name beside it (`<site> Email Features`, a
# newsletter box's heading; `<site> Media Group`)
FURNITURE_WORDS = BODY_WORDS | frozenset("email e-mail mail alerts newsletters updates features sections topics".split())
# what follows a byline's name after a comma when it is no co-author: the writer's outlet, desk or role
# (`By Stephen Lendman, Global Research`, `Jane Doe, Staff Writer`, `A, Chicago Tribune`)
AFFILIATION_WORDS = BODY_WORDS | frozenset(
    "research center centre college school council review report reports post tribune herald gazette daily "
    "weekly insider wire wires service services bureau agency agence staff desk writer writers editor editors "
    "reporter correspondent columnist contributor contributing special senior chief tv radio online blog today "
    "world business politics science sports health technology "
    # the head nouns of a job title (`Software Engineer`, `Product Manager`, `Developer Advocate`)
    "engineer engineers manager developer developers designer scientist director officer analyst researcher "
    "president founder cofounder co-founder professor student intern advocate lead head consultant specialist "
    "architect producer photographer fellow member partner strategist evangelist".split())
PARTICLES = frozenset("de da del della der den di du dos la le van von bin ibn al el st.".split())
# words of a page's chrome; a first line holding one is not a title
CHROME_WORDS = LazyPattern(r"(?i)\b(?:shares?|facebook|twitter|tweet|subscribe|advertisement|comments?|"
                             r"newsletter|sign\s+up|log\s*in|cookies?|javascript|loading)\b")
# a menu item's or a button's first word: a verb telling the reader what to do (`Meet Our Staff`,
# `Contact Editorial Staff`, `Join Our Team`) or a label's `About`; no name of a person or a newsroom opens so
CALL_START = LazyPattern(r"(?i)^(?:meet|contact|join|e-?mail|message|write|call|ask|reach|follow|subscribe|"
                         r"support|thank|hire|become|find|view|see|read|visit|about)\b")
# a line announcing other stories: their headlines, bylines and dates follow it
TEASERS_HEADING = LazyPattern(r"(?i)^(?:you\s+(?:may|might)\s+(?:also\s+)?like|related(?:\s+(?:stories|articles|posts|content|"
                              r"coverage|news))?|more\s+(?:from|on|stories|news|to\s+read)\b.*|recommended(?:\s+for\s+you)?|"
                              r"read\s+(?:more|next|also)|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|"
                              r"latest(?:\s+(?:news|stories))?|top\s+stories|what\s+to\s+read\s+next|see\s+also|"
                              # the same headings in French, German, Spanish, Portuguese, Italian
                              r"sur\s+le\s+m[êe]me\s+sujet|(?:[àa]\s+)?lire\s+aussi|voir\s+aussi|mehr\s+zum\s+thema|"
                              r"auch\s+interessant|das\s+k[öo]nnte\s+sie\s+(?:auch\s+)?interessieren|lee\s+tambi[ée]n|"
                              r"te\s+puede\s+interesar|noticias\s+relacionadas|leia\s+tamb[ée]m|veja\s+tamb[ée]m|"
                              r"leggi\s+anche|articoli\s+correlati|(?:ähnliche|verwandte)\s+(?:beiträge|artikel)|articles\s+similaires|"
                              r"art[íi]culos\s+relacionados|articoli\s+simili)\W*$")
# a Chinese or Japanese page's author label: `作者：张三`, `记者 李四`, `文／王五`; not the editor's
# (`责任编辑：`), and not a label left empty before the next one (`作者： 责任编辑：肖春芳`)
CJK_BYLINE = LazyPattern(r"(?:^|(?<=[\s|｜︱/／》】【\[（(]))(?:(?:本文)?(?:作者|记者|記者|撰文|撰稿)\s*[：:︱｜|/／\s]|文\s*[：:︱｜|/／])\s*"
                         r"(?P<name>\p{Han}{2,4}(?:[·・]\p{Han}{1,4})?)(?!\p{Han}|\s*[：:])")
# a byline in a script without capitals (Arabic, Persian, Hebrew): its label (`بقلم` "by the pen of", `نویسنده` "author",
# `מאת` "by"; `كتب:` "wrote", with its colon: `كتب` alone is "books" too), then two to four words of that script and nothing but a separator and the stamp after
# them; not an editor's (`تحرير`) or a translator's label, and never a name guessed without its label
RTL_BYLINE = LazyPattern(r"^(?:(?:بقلم|الكاتب|نویسنده|نوشته|מאת)\s*[:：]?|(?:كتب|كتبت|כתב|כתבה)\s*[:：–—-])\s*"
                         r"(?P<name>[\p{Arabic}\p{Hebrew}]{2,}(?:\s+[\p{Arabic}\p{Hebrew}'\"׳״]{2,}){1,3})\s*(?:$|[|•·،,–—-]\s*\S)")
# a reporter's credit on a line of its own, the outlet or the column before the role word and the names closing
# the line: `扬子晚报记者 张楠`, `新京报记者 陆一夫`, `采写：南都记者 余毅菁 向雪妮`, `【文/观察者网专栏作者 王文】`; a
# separator after the role word (`作者最新文章`, a link, has none); a writer's role before it, not a picture's
# (`图片来源：每经记者 张蕊 摄`)
CJK_NAME = r"\p{Han}{2,4}(?:[·・]\p{Han}{1,4})?"
CJK_CREDIT_LINE = LazyPattern(rf"^[【\[（(]?\s*(?:(?:采写|采访|撰文|撰稿|文)\s*[：:/／]\s*)?[\p{{Han}}《》]{{0,10}}?(?:记者|記者|作者)[\s：:]\s*"
                              rf"(?P<name>{CJK_NAME})(?P<more>(?:\s+{CJK_NAME}){{0,3}})\s*[】\]）)]?$")
# a reporter's credit in brackets in a story's dateline: `新华社巴黎12月9日电（记者唐霁）法国9日…`,
# `新京报快讯（记者 裴剑飞）今日…`
CJK_DATELINE_CREDIT = LazyPattern(rf"^[^\s（(。，]{{2,24}}?[（(](?:本报|本台)?(?:记者|記者)\s*(?P<name>{CJK_NAME})"
                                  rf"(?P<more>(?:[\s、]+{CJK_NAME}){{0,3}})[)）]")
# an update's stamp, not the publication's: `Updated 10:32 AM ET`, `and last updated ...`, a legal page's
# `Date of Last Revision: August 9, 2017` / `Last revision: ...`
UPDATE_LINE = LazyPattern(r"(?i)^\s*(?:and\s+)?(?:(?:date\s+of\s+)?last\s+)?"
                          r"(?:updated|modified|edited|revised|(?<=last\s+)(?:revision|update|modification))\b")

# the words a page says its date is the publication's in ("Published on", "Veröffentlicht am", "publié le"):
# the verbs, and the word before the date in each language
PUBLISHING_VERBS = "published|posted|veröffentlicht|erschienen|publié|publicado|pubblicato|gepubliceerd"
DATE_PREPOSITIONS = "on|am|le|el|il|em|op"

KNOWN_LABELS = {
    "author": "author", "authors": "author", "by": "author", "byline": "author", "written by": "author",
    "writer": "author", "posted by": "author", "reporter": "author",
    "date": "date", "dated": "date", "published": "date", "published on": "date", "posted": "date",
    "posted on": "date", "publication date": "date", "date published": "date", "pubdate": "date",
    "source": "source", "publisher": "source", "published by": "source", "site": "source",
    "title": "title", "headline": "title",
    "tags": "tags", "tag": "tags", "tagged": "tags", "categories": "tags", "category": "tags",
    "filed under": "tags", "posted in": "tags", "topics": "tags", "keywords": "tags", "labels": "tags",
}
# labels that open captions, credits, kickers, notes and quotes, not metadata
NOT_LABELS = frozenset(
    "image images photo photos picture pictures video videos watch credit credits caption related "
    "more note warning breaking example claim share follow via update updates exclusive urgent "
    "listen click read trending advertisement sponsored correction clarification editor editors "
    "origins rating status question answer q a transcript quote archive archives results search".split())
HONORIFICS = frozenset("dr dr. prof prof. mr mr. mrs mrs. ms ms. rev rev. sir dame".split())
SPEECH_WORDS = LazyPattern(r"(?i)\b(?:said|says|say|told|tells|asks?|asked|added|adds|writes|wrote|"
                             r"tweeted|explained|replied|noted|stated|declared)\b")

LABEL_LINE = LazyPattern(r"^(?P<label>\p{Lu}[\p{L}'’]*(?:[ ][\p{L}'’]+){0,2})\s*:\s*(?P<value>\S.*)$")
BYLINE_START = LazyPattern(r"^(?i:(?:(?:posted|submitted|written|story|reported|words|text|report|photos?\s+and\s+text|analysis|opinion|commentary"
                           r"|(?:a\s+)?guest\s+(?:post|column|article|essay|blog(?:\s+post)?)|column|essay|review)\s+)?by)"
                             r"(?::\s*|\s+)(?=\S)")
# a name's word: capitalised, initials, or a surname whose lower-case particle is glued to its capital
# (`Michael deAgonia`, `Neil deGrasse Tyson`, `vanDyke`, `d'Alessio`)
NAME_TOKEN = LazyPattern(r"^(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|(?:de|da|di|du|del|della|van|von|le|la|d['’])\p{Lu}\p{Ll}[\p{L}'’\-]*)$")
WIRE_DATELINE = LazyPattern(
    r"^(?P<place>\p{Lu}[\p{L}.'’\-]*(?:[ /]\p{Lu}[\p{L}.'’\-]*){0,3}"
    r"(?:\s?,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?"  # `KOBANE , Syria`: a space before the comma too
    r"(?:,\s*\p{L}{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s+)?"
    r"\((?P<agency>[^()\n]{2,30})\)(?P<dash>\s*(?:[-–—]{1,2}|:)\s*|\s+)(?=\p{Lu}|\S)")
NOT_AGENCIES = frozenset({"source", "sources", "excerpt", "photo", "photos", "video", "via", "image", "file",
                          "file photo", "reuters photo", "ap photo", "updated", "update", "watch", "see",
                          "pictured", "above", "below", "left", "right", "center", "centre",
                          "button"})  # lynx renders a form's button as `(BUTTON) Menü`
SENTENCE_END = tuple('.!?"”’')

MAX_BYLINE_CHARS = 100
# weekdays in the languages whose months `dates.py` reads (English is in `stamps.py`'s date pattern): a pattern
# for the day's name before a date, never a place, a source or a title (`Freitag, November 22, 2019`)
WEEKDAY_NAMES = (r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|"
                 r"vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|luned[iì]|"
                 r"marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|maandag|dinsdag|woensdag|donderdag|"
                 r"vrijdag|zaterdag|zondag|segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?|(?:mon|tues?|wed(?:nes)?|"
                 r"thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?")
MAX_LABEL_VALUE_WORDS = 12
