"""The built-in rule families, one package each, registered through the `corpuslint` entry points
exactly like a third-party plugin (see pyproject.toml):

- `input/` CL9xx: problems reading a file (encoding, JSON, size).
- `boilerplate/` CL1xx: page furniture; most rules are YAML packs (top-level `rules/`), CL151 is
  the corpus-wide repeated paragraph.
- `markup/` CL2xx: HTML tags, entities, comments, scripts, mojibake.
- `urls/` CL3xx: one address spelled several ways.
- `bios/` CL401-CL403, CL410: author bios and text repeated inside a document or across the corpus.
- `duplicates/` CL411/CL412: duplicate and near-duplicate documents.
- `metadata/` CL5xx: metadata missing, empty, invalid, or left in the body.

`corpus_features.py` is the shared plumbing of the corpus rules (CL151, CL410, CL411, CL412).
A family imports only the lowest layer (models, rule, textutil, errors, yamlio), the shared
analysis (`corpuslint.similarity`, `corpus_features`) and its own modules, with one exception:
CL151 asks `bios/biography.py` whether a paragraph is a bio, to leave it to CL410. Nothing
outside `checks/` imports a family.
"""
