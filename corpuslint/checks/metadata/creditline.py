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

Each is read only as a whole short line (a sentence of the story never is one), on the lines the page
reader looks at for a byline (under the headline).
"""

from __future__ import annotations

from corpuslint.checks.metadata.bylineline import CONTACT_BUTTON, OUTLET_CREDIT, bare_name, byline_names, is_stamp
from corpuslint.checks.metadata.lines import Line
from corpuslint.textutil import LazyPattern, word_key

# a job title closing a credit: the beat's or the rank's words, then the trade (`Staff Writer`, `AP Sports Writer`)
RANKS = ("Staff Sports Business Political Senior Chief Contributing Associate Medical Science Technology Entertainment "
         "Special Food Travel Golf Auto Education Health Legal Courts Crime Metro Feature Features").split()
TRADES = "Writer Reporter Correspondent Columnist Editor".split()
JOB_TITLE = LazyPattern(rf"^(?:,\s*)?(?:\p{{Lu}}[\p{{L}}&.'’-]*\s+){{0,3}}?(?:(?:{'|'.join(RANKS)})\s+)*(?:{'|'.join(TRADES)})\b(?P<rest>.*)$")
EMAIL = LazyPattern(r"^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
PUBLISHED = LazyPattern(r"^\s*(?:[|•·–—-]\s*)?(?i:published|posted|updated)\b")
CREDIT_LABEL = LazyPattern(r"^(?:[*•]\s+)?(?i:article|story|report|text|words|written)\s+(?i:by):?\s+(?P<name>\S.{2,40})$")
CONTACT_TAIL = LazyPattern(r",?\s+(?i:e-?mail|contact)\s+(?i:the\s+)?(?i:writers?|reporters?|authors?)$")
TAGLINE = LazyPattern(r"^(?:\p{Lu}[\p{L}&-]*\s+){0,3}(?:\p{Ll}+\s+){0,2}(?:insights?|analysis|commentary|perspective|"
                      r"thoughts|advice)\s+from\s+(?P<name>\p{Lu}\S*(?:\s+\S+){1,3})$")
SOCIAL = LazyPattern(r"^(?:[*•+-]\s*)?(?i:twitter|facebook|e-?mail|linkedin|instagram|google\+|follow(?:\s+on\s+\w+|\s+@\w+)?)$")


def _name_then_title(text: str) -> str | None:
    """`DANA REYES, Daily Star Staff Writer dreyes@…`, `DANA REYES AP Sports Writer Published: …`: the name, a job
    title after it (the outlet's words before the trade), then nothing, an e-mail address or the stamp."""
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
        if EMAIL.match(tail) or PUBLISHED.match(tail) or tail.strip() and is_stamp(tail) or not tail.strip() and "," in rest[:2]:
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


def without_masthead(name: str, masthead: frozenset[str]) -> str:
    """`Example Sports Dana Reyes` on a page whose `<title>` names the site `Example Sports`: the person's name after
    the site's."""
    words = name.split()
    for cut in range(1, len(words) - 1):
        if word_key(" ".join(words[:cut])) in masthead and (rest := bare_name(" ".join(words[cut:]))) is not None:
            return rest
    return name


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
