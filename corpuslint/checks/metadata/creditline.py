"""Bylines that credit the writer without a `By` before the name, or with furniture after it (issue 16).

A newspaper's site prints the writer's name with what its CMS puts around it, by shape rather than by
a label the byline readers know:

    DANA REYES, Daily Star Staff Writer dreyes@example.com     <- the name, the outlet's job title, an address
    DANA REYES AP Sports Writer Published: June 7, 2013 2:15AM <- the name, the wire's title, the stamp
    * Article by: DANA REYES ASSOCIATED PRESS                  <- a label other than `By`, a list's bullet, the wire
    DANA REYES / ASSOCIATED PRESS                              <- the name over the wire it writes for
    By Dana Reyes and Lee Park, E-mail the writers             <- a byline, then a contact button
    Practical IT insight from Dana Reyes                       <- a column's tagline naming its writer
    Dana Reyes Example News / * Twitter                        <- a name, its outlet, the author's follow links
    Example Daily | Dana Reyes | Thursday, June 06, 2013       <- the site's name (its <title>'s), the name, the stamp
    Example Sports Dana Reyes                                  <- the site's name glued before the writer's
    News » Science » Biology / * Dana Reyes                    <- the name as the item under the page's breadcrumb
    Dana Reyes and Lee Park , Special for EXAMPLE TODAY 5:27 p.m. EDT March 17, 2019   <- names, the outlet written for
    By exampleuser, Community Contributor                      <- a user's log-in name, the site's role for it
    Dana Reyes, The Example Times / Ann Lee, MD, MPH           <- the name, then its outlet, role or degrees (a stamp
    Dana Reyes | dreyes@example.com / Dana Reyes Contributor      beside: `name_then_credit`)
    Dana Reyes , Example Times Staff / Dana Reyes , news services   <- the name, the newsroom's staff credit (`staff_credit`)
    Dana Reyes The Example Times / THE EXAMPLE TIMES Dana Reyes    <- the name glued to the site's name (`name_beside_site`)

Each is read only as a whole short line (a sentence of the story never is one), on the lines the page
reader looks at for a byline (under the headline).
"""

from __future__ import annotations

from corpuslint.checks.metadata.bylineline import CONTACT_BUTTON, OUTLET_CREDIT, bare_name, byline_names, clean_byline, is_stamp
from corpuslint.checks.metadata.lines import Line
from corpuslint.checks.metadata.vocabulary import CHROME_WORDS, FURNITURE_WORDS
from corpuslint.textutil import LazyPattern, word_key

# a job title closing a credit: the beat's or the rank's words, then the trade (`Staff Writer`, `AP Sports Writer`)
RANKS = ("Staff Sports Business Political Senior Chief Contributing Associate Medical Science Technology Entertainment "
         "Special Food Travel Golf Auto Education Health Legal Courts Crime Metro Feature Features").split()
TRADES = "Writer Reporter Correspondent Columnist Editor".split()
JOB_TITLE = LazyPattern(rf"^(?:[,–—-]\s*)?(?:\p{{Lu}}[\p{{L}}&.'’-]*\s+){{0,3}}?(?:(?:{'|'.join(RANKS)})\s+)*(?:{'|'.join(TRADES)})\b(?P<rest>.*)$")
EMAIL = LazyPattern(r"^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
PUBLISHED = LazyPattern(r"^\s*(?:[|•·–—-]\s*)?(?i:published|posted|updated)\b")
CREDIT_LABEL = LazyPattern(r"^(?:[*•]\s+)?(?i:article|story|report|text|words|written)\s+(?i:by):?\s+(?P<name>\S.{2,40})$")
CONTACT_TAIL = LazyPattern(r",?\s+(?i:e-?mail|contact)\s+(?i:the\s+)?(?i:writers?|reporters?|authors?)$")
TAGLINE = LazyPattern(r"^(?:\p{Lu}[\p{L}&-]*\s+){0,3}(?:\p{Ll}+\s+){0,2}(?:insights?|analysis|commentary|perspective|"
                      r"thoughts|advice)\s+from\s+(?P<name>\p{Lu}\S*(?:\s+\S+){1,3})$")
# the names, then the outlet they write for (`, Special for EXAMPLE TODAY`, `, for Example News`), then a stamp or nothing
WRITTEN_FOR = LazyPattern(r"^(?P<names>\p{Lu}.{3,80}?)\s*,\s+(?:(?i:special)\s+)?(?:to|for)\s+(?P<outlet>(?:\p{Lu}[\p{L}&.'-]*\s*){1,4})"
                          r"(?P<rest>.*)$")
# a user's log-in name written small after `By`, then the role a community site gives its writers
USER_ROLE = LazyPattern(r"^(?i:by)\s+(?P<user>[\w.-]{3,30}),\s+(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Contributor|Blogger|Member|Writer)$")
SOCIAL = LazyPattern(r"^(?:[*•+-]\s*)?(?i:twitter|facebook|e-?mail|linkedin|instagram|google\+|follow(?:\s+on\s+\w+|\s+@\w+)?)$")


def job_title_line(text: str) -> bool:
    """`Associate Editor, Example.com`, `Senior Political Reporter`: a line that is a job title alone, the outlet's
    name after a comma at most."""
    if len(text) > 60 or _name_then_title(text) is not None:
        return False
    job = JOB_TITLE.match(" ".join(text.split()))
    return job is not None and (not job["rest"].strip() or ROLE_OUTLET.match(job["rest"]) is not None)


ROLE_OUTLET = LazyPattern(r"^\s*,\s+(?:\p{Lu}[\p{L}&.'-]*(?:\s+|$)){1,4}$")


def _name_then_title(text: str) -> str | None:
    """`DANA REYES, Daily Star Staff Writer dreyes@…`, `DANA REYES AP Sports Writer Published: …`: the name, a job
    title after it (the outlet's words before the trade), then nothing (the title set off by a comma or a dash), an
    e-mail address, the stamp or the outlet after a comma."""
    if CONTACT_BUTTON.search(text) is not None:
        return None  # `Howard BlumeContact Reporter`: a button to write to the reporter, no job title (name_line's)
    words = text.split()
    for count in (2, 3):
        if len(words) <= count:
            return None
        name = bare_name(" ".join(words[:count]).rstrip(","))
        if name is None or any(word.strip(",").title() in RANKS or word.strip(",").title() in TRADES for word in words[:count]):
            continue  # `Senior Golf Columnist`: a job title alone
        rest = text[len(" ".join(words[:count])):] if text.startswith(" ".join(words[:count])) else None
        job = JOB_TITLE.match(rest.strip()) if rest is not None else None
        if job is None:
            continue
        tail = job["rest"]
        set_off = rest.lstrip()[:1] in ",–—-" or words[count - 1].endswith(",")  # `Jane Roe, Senior News Editor`
        if (EMAIL.match(tail) or PUBLISHED.match(tail) or tail.strip() and is_stamp(tail) or not tail.strip() and set_off
                or ROLE_OUTLET.match(tail) is not None):  # `Sam Stein Senior Politics Editor, The Huffington Post`
            return name  # not `Web Audio Editor`: a tool's name, no one's job title
    return None


# a breadcrumb's path of sections (`News » Science » Biology`), a list's item under it
BREADCRUMB = LazyPattern(r"^[^»›\n]{1,40}(?:\s[»›]\s[^»›\n]{1,40}){2,6}$")
ITEM = LazyPattern(r"^[*•]\s+(?=\S)")
# a wire service credited after the writer's name, in any case (`DANA REYES ASSOCIATED PRESS`, `Dana Reyes, AP`)
AGENCY_TAIL = LazyPattern(r"(?i)(?:\s*,\s*|\s+)(?:the\s+)?(?:associated\s+press|agence\s+france-presse|reuters|bloomberg(?:\s+news)?"
                          r"|canadian\s+press|press\s+association|xinhua|kyodo\s+news|ap|afp|upi)$")
SITE_BAR = LazyPattern(r"\s+[|•·—–/]\s+")


def _name_among_site_parts(text: str, masthead: frozenset[str]) -> str | None:
    """`Example Daily | Dana Reyes | Thursday, June 06, 2013`: a meta line of the site's name (a part of the page's
    `<title>` that is not the headline), one person's name and the stamp: the name."""
    parts = [part.strip() for part in SITE_BAR.split(text)]
    if len(parts) < 3:
        return None
    names, stamps, site = [], 0, False
    for part in parts:
        if word_key(part) in masthead:
            site = True
        elif is_stamp(part):
            stamps += 1
        elif (name := bare_name(part)) is not None:
            names.append(name)
        else:
            return None
    return names[0] if site and stamps and len(names) == 1 else None


# the noun that heads an outlet's name after its brand (`Example Sports`, `EXAMPLE TODAY`, `Daily Courier`)
OUTLET_NOUNS = frozenset("news sports today times post daily journal tribune herald gazette chronicle courier "
                         "review star globe mail telegraph register sun press staff bureau newsroom".split())
OUTLET_WORDS = 3


def _outlet(words: list[str], masthead: frozenset[str]) -> bool:
    """Words that name an outlet: the site's name (a part of its `<title>`), or two or three capitalised words ending
    in a newsroom's noun (`Example Sports`, `EXAMPLE TODAY`; a noun alone may be a surname: `Mary Ellen Post`)."""
    if not words or len(words) > OUTLET_WORDS:
        return False
    if word_key(" ".join(words)) in masthead:
        return True
    return (len(words) >= 2 and all(word[:1].isupper() for word in words)
            and words[-1].strip(",").casefold() in OUTLET_NOUNS)


def name_with_outlet(text: str, masthead: frozenset[str] = frozenset()) -> str | None:
    """The person's name on a line that is a name alone or a name and its outlet, either first (`Dana Reyes`, `Dana
    Reyes Example Sports`, `EXAMPLE Sports Dana Reyes`); else None."""
    text = clean_byline(text)
    words = text.split()
    for cut in range(2, len(words)):  # the outlet after the name (of two words or more), then before it
        if _outlet(words[cut:], masthead) and (name := bare_name(" ".join(words[:cut]))) is not None:
            return name
        if _outlet(words[:-cut], masthead) and (name := bare_name(" ".join(words[-cut:]))) is not None:
            return name
    return bare_name(text)


def without_agency(name: str) -> str:
    """`Dana Reyes Associated Press` (`By DANA REYES ASSOCIATED PRESS`): the writer's name without the wire's."""
    tail = AGENCY_TAIL.search(name) if len(name.split()) >= 3 else None
    return (bare_name(name[: tail.start()]) or name) if tail is not None else name


def credited_names(lines: list[Line], index: int, masthead: frozenset[str] = frozenset()) -> list[str]:
    """The writers line `index` credits in one of the shapes above, or []. `masthead`: the site's names the
    page's `<title>` gives beside its headline."""
    line = lines[index]
    text = " ".join(line.text.split())
    if len(text) > 100 or len(text) < 5:
        return []
    if masthead and (name := _name_among_site_parts(text, masthead)) is not None:
        return [name]
    if (label := CREDIT_LABEL.match(text)) is not None:
        named = label["name"].strip()
        tail = AGENCY_TAIL.search(named)
        name = bare_name(named[: tail.start()] if tail is not None else named)
        return [name] if name is not None else []
    if (tail := CONTACT_TAIL.search(text)) is not None:
        cut = text[: tail.start()]
        return byline_names(Line(line.start, line.start + len(cut), cut, True))
    if (tagline := TAGLINE.match(text)) is not None:
        name = bare_name(tagline["name"])
        return [name] if name is not None else []
    if (name := _name_then_title(text)) is not None:
        return [name]
    if (written := WRITTEN_FOR.match(text)) is not None and (not written["rest"].strip() or is_stamp(written["rest"])):
        names = byline_names(Line(line.start, line.start, f"By {written['names']}", True))
        if names and all(bare_name(name) for name in names):
            return names
    if (user := USER_ROLE.match(text)) is not None:
        return [user["user"]]
    if index > 0 and (item := ITEM.match(text)) is not None and BREADCRUMB.match(" ".join(lines[index - 1].text.split())):
        name = bare_name(text[item.end():])
        if name is not None:
            return [name]
    following = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    if following and AGENCY_TAIL.fullmatch(" " + following) is not None and (name := bare_name(text)) is not None:
        return [name]  # `DANA REYES` / `ASSOCIATED PRESS`
    if SOCIAL.match(following):
        # the author's follow links under the name, with the outlet credited after it (`Dana Reyes Example News`) or
        # the name printed twice (an avatar's alt text, then the link, as lynx prints them); not a name alone (a
        # share bar's `Ícone Facebook`)
        credit = OUTLET_CREDIT.search(text)
        if credit is not None:
            name = bare_name(text[: credit.start()])
        else:
            name = bare_name(text) if index > 0 and " ".join(lines[index - 1].text.split()) == text else None
        if name is not None:
            return [name]
    return []


# what a writer's credit puts after the name, set off by a comma: one to four capitalised words each (an outlet, a
# role, degrees: `, The Example Times`, `, Contributor`, `, MD, MPH`), or an e-mail address after a bar or a space
CREDIT_PARTS = LazyPattern(r"^(?:\s*,\s*(?:\p{Lu}[\p{L}&.'’-]*\.?(?:\s+|(?=,)|$)){1,4})+$")
EMAIL_AFTER = LazyPattern(r"^\s*(?:[|•·/–—-]\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
# a job title written capitalised after the name with no comma (`Dana Reyes Contributor`, `Dana Reyes Staff Writer`),
# a rank before the trade (a tool's name ends in one: `Web Audio Editor`)
TRADE_AFTER = LazyPattern(rf"^\s+(?:(?:(?:{'|'.join(RANKS)})\s+)+(?:{'|'.join(TRADES)})|Contributor)\s*$")


def name_then_credit(text: str) -> str | None:
    """`Dana Reyes, The Example Times`, `Ann Lee, MD, MPH`, `Dana Reyes | dreyes@example.com`, `Dana Reyes Staff Writer`:
    the name of two to four words, then only its credit (outlet, role, degrees, address). A line of names and places
    reads alike (`Ann Lee, Boston`): the caller wants the story's stamp beside it."""
    words = text.split()
    for count in (2, 3, 4):
        if len(words) <= count:
            return None
        head = " ".join(words[:count])
        name = bare_name(head.rstrip(","))
        if name is None or not text.startswith(head):
            continue
        rest = text[len(head):] if not head.endswith(",") else text[len(head) - 1:]
        if CREDIT_PARTS.match(rest) or EMAIL_AFTER.match(rest) or TRADE_AFTER.match(rest):
            return name
    return None


# a newsroom's credit after the writer's name and a comma, spaced before it or not as a CMS prints it: `, Staff`, `, Staff
# Writer`, `, Example Times Staff`, `, news services`, `, Staff and wire reports`. The role says the line is a byline, a
# stamp beside or not (`Dana Reyes, Boston` reads alike without one)
STAFF_CREDIT = LazyPattern(r"^\s*,\s+(?:(?:\p{Lu}[\p{L}&.'’!-]*|of|the|and)\s+){0,4}?(?i:staff(?:\s+(?:writers?|reporters?|reports?))?"
                           r"|(?:news|wire)\s+(?:services?|reports)|staff\s+and\s+(?:news|wire)\s+(?:services|reports))\s*$")


def staff_credit(text: str) -> str | None:
    """`Dana Reyes , Example Times Staff`, `Dana Reyes, news services`: a name of two to four words, then only the
    newsroom's staff or wire credit (held-out pages of issue 16, session 34)."""
    if len(text) > 80 or "," not in text:
        return None
    head, _, rest = text.partition(",")
    name = bare_name(head.strip())
    return name if name is not None and STAFF_CREDIT.match(f",{rest}") else None


def name_beside_site(text: str, masthead: frozenset[str]) -> str | None:
    """`Dana Reyes The Example Times`, `EXAMPLE NEWS Dana Reyes`: a name of two to four words glued to the site's own name
    (a part of its `<title>` line that is not the headline and no person's name: `masthead`), after it or before it;
    else None. Any other words beside the name (`Dana Reyes Fusion Reactor`) are not the site's."""
    words = clean_byline(text).split()
    if not masthead or len(words) > 10:
        return None
    for cut in range(2, min(len(words) - 1, 4) + 1):
        if _site_words(words[cut:], masthead) and (name := _person(words[:cut])) is not None:
            return name
        if _site_words(words[:-cut], masthead) and (name := _person(words[-cut:])) is not None:
            return name
    return None


def _person(words: list[str]) -> str | None:
    """A person's name, not the site's furniture named after it: `WSJ.com Email Features` (a newsletter box's heading),
    `Example News Staff Writers`, `Example Media Group` — a word of a widget, a job or a firm is no name's."""
    if any(word.casefold() in FURNITURE_WORDS or word in RANKS or word in TRADES for word in words):
        return None
    if CHROME_WORDS.search(" ".join(words)) is not None:
        return None
    return bare_name(" ".join(words))



def _site_words(words: list[str], masthead: frozenset[str]) -> bool:
    """The words are a part of the `<title>` line other than the headline, and no person's name (`… – Jakob Ulbrich –
    Medium`: the writer's name there, with the profile's buttons after it in the text, is no site's)."""
    text = " ".join(words)
    return word_key(text) in masthead and bare_name(text) is None
