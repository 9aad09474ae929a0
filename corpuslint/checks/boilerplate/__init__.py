"""CL1xx: boilerplate, the page furniture a scraper keeps along with the article.

Share buttons and counters, "follow us" calls, membership and newsletter appeals, copyright and
fair-use notices, disclaimers, cookie banners and navigation leftovers ("Story Continued Below",
"Scroll down for video"). They are not content: they repeat across documents, skew statistics
and teach a model to produce them.

Most of the family's rules are data: YAML rule packs (the format: docs/rule-packs.md), shipped in
the top-level `rules/` folder of the repository (`corpuslint/builtin_packs/` once installed).
This package registers those packs; the linter loads them, and the packs users name under
`packs:` in their config, with `corpuslint.packs.load_pack`.

CL101-CL139 are the packs' codes; CL140 (`classifier.py`) is the trained line model, which knows
furniture by its shape (`linefeatures.py`, `model.py`); CL151 (`repeated.py`) is the corpus-wide
repeated-paragraph check.
"""

from __future__ import annotations

from corpuslint import hookimpl
from corpuslint.checks.boilerplate.classifier import BoilerplateLine
from corpuslint.checks.boilerplate.repeated import RepeatedParagraph
from corpuslint.packs import builtin_pack_paths


@hookimpl
def corpuslint_register_packs(register):
    for path in builtin_pack_paths():
        register(path)


@hookimpl
def corpuslint_register_rules(register):
    register(BoilerplateLine)
    register(RepeatedParagraph)
