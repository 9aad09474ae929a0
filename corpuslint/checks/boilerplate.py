"""CL1xx: boilerplate, the page furniture a scraper keeps along with the article.

Share buttons and counters, "follow us" calls, membership and newsletter appeals, copyright and
fair-use notices, disclaimers, cookie banners and navigation leftovers ("Story Continued Below",
"Scroll down for video"). They are not content: they repeat across documents, skew statistics
and teach a model to produce them.

The family's rules are data: YAML rule packs (see `corpuslint.packs` for the format), shipped in
the top-level `rules/` folder of the repository (`corpuslint/builtin_packs/` once installed).
This module only registers those packs; the engine loads them, and the packs users name under
`packs:` in their config, with `corpuslint.packs.load_pack`.

CL101-CL149 are the packs' codes; CL150+ is the corpus-wide repeated-boilerplate check.
"""

from __future__ import annotations

from corpuslint import hookimpl
from corpuslint.packs import builtin_pack_paths


@hookimpl
def corpuslint_register_packs(register):
    for path in builtin_pack_paths():
        register(path)
