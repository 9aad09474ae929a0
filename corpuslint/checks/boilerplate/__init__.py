"""CL1xx: boilerplate, the page furniture a scraper keeps along with the article.

Share buttons and counters, "follow us" calls, membership and newsletter appeals, copyright and
fair-use notices, disclaimers, cookie banners and navigation leftovers ("Story Continued Below",
"Scroll down for video"). They are not content: they repeat across documents, skew statistics
and teach a model to produce them.

Most of the family's rules are data: YAML rule packs (the format: docs/rule-packs.md), shipped in
the top-level `rules/` folder of the repository (`corpuslint/builtin_packs/` once installed).
This package registers those packs (their paths only: it never imports the pack engine); the
linter loads them, and the packs users name under `packs:` in their config, with
`corpuslint.packs.load_pack`.

CL101-CL139 are the packs' codes; CL140 (`classifier.py`) is the trained line model, which knows
furniture by its shape (`linefeatures.py`, `model.py`); CL141 (`pages.py`) is a printed
document's page numbers and running heads, known by their place at the pages' edges; CL142
(`menus.py`) a whole page's menu, a run of short names before its first sentence or after its
last; CL143 (`gutenberg.py`) the header and licence Project Gutenberg frames its books with,
known by the project's START and END marker lines; CL144 (`morelinks.py`) the "read more" link
closing each excerpt of a listing, known by its shape in any language; CL145 (`mailquote.py`) the earlier message an e-mail reply
repeats, known by the line a mail client opens it with; CL146 (`mailsignature.py`) an e-mail's
signature, known by RFC 3676's delimiter and its place at the message's tail; CL148 (`mailtagline.py`) the
tagline a mail service or client appends, known by its shape at the tail and its repetition across senders; CL151 (`repeated.py`) is
the corpus-wide repeated-paragraph check.
"""

from __future__ import annotations

from pathlib import Path

from corpuslint import hookimpl
from corpuslint.checks.boilerplate.calibrate import fit_for
from corpuslint.checks.boilerplate.classifier import BoilerplateLine
from corpuslint.checks.boilerplate.gutenberg import GutenbergFrame
from corpuslint.checks.boilerplate.mailquote import QuotedReply
from corpuslint.checks.boilerplate.mailsignature import MailSignature
from corpuslint.checks.boilerplate.mailsignoff import MailSignatureBlock
from corpuslint.checks.boilerplate.mailtagline import MailTagline
from corpuslint.checks.boilerplate.menus import NavigationMenu
from corpuslint.checks.boilerplate.morelinks import ExcerptMoreLink
from corpuslint.checks.boilerplate.pages import PageFurniture
from corpuslint.checks.boilerplate.repeated import RepeatedParagraph

BoilerplateLine.fit_threshold = staticmethod(fit_for)  # for `learn --boilerplate-labels`


def builtin_pack_dir() -> Path | None:
    """The folder of the shipped packs: `builtin_packs/` in a wheel, `<repo>/rules` in a checkout."""
    package = Path(__file__).resolve().parents[2]  # corpuslint/
    for candidate in (package / "builtin_packs", package.parent / "rules"):
        if candidate.is_dir():
            return candidate
    return None


def builtin_pack_paths() -> list[Path]:
    """The packs loaded by default: the `*.yaml` files directly inside the packs folder.

    Sub-folders (`examples/`) hold templates that are loaded only when a config names them.
    """
    folder = builtin_pack_dir()
    if folder is None:
        return []
    return sorted(p for p in folder.glob("*.yaml") if p.is_file())


@hookimpl
def corpuslint_register_packs(register):
    for path in builtin_pack_paths():
        register(path)


@hookimpl
def corpuslint_register_rules(register):
    register(BoilerplateLine)
    register(PageFurniture)
    register(NavigationMenu)
    register(GutenbergFrame)
    register(ExcerptMoreLink)
    register(QuotedReply)
    register(MailSignature)
    register(MailSignatureBlock)
    register(MailTagline)
    register(RepeatedParagraph)
