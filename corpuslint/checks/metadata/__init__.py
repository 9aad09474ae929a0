"""CL5xx: document metadata: missing, empty, invalid, or left in the body.

Every rule of the family reads the same **schema**: the fields a document's metadata should
hold, each with a type, the keys that count as it (`aliases`), and whether it is required.
The default schema:

| field  | type   | required | keys looked at                                                   |
|--------|--------|----------|------------------------------------------------------------------|
| title  | string | usual    | title, headline                                                  |
| author | list   | usual    | author, authors, byline, creator, by                             |
| date   | date   | usual    | date, publish_date, published, pubdate, date_published, published_at (and a Jekyll post's file name) |
| source | string | usual    | source, site_name, publisher, site                               |
| url    | url    | never    | url, link, canonical_url                                         |

`usual` (the default requirement) means: expected of a document that carries article metadata
(at least one key of the schema) when most such documents of its corpus, or of its site, have
the field (`expected-share`, 80%; CL501 counts them in the corpus index). A record without the author all its neighbours carry stands out; a corpus that never
records a source (225 JSONL records with no `source` were 225 findings saying one thing its owner
knows) or a blog that keeps its dates in file names is not told so on every document. A field a
fifth of the corpus lacks is the corpus's own convention: an optional field. The empty and
invalid checks (CL502, CL503) read `usual` as `with-metadata`.

`with-metadata` means: required in a document that carries article metadata at all, i.e. has at
least one key of the schema (even an empty one); a JSONL record's `id` or provenance fields do
not count. Set `required: always` to demand a field everywhere, `never` to only check its type.

The package: `schema.py` (the schema and a document's metadata read against it), `values.py`
(type checks, comparing values), `rules.py` (CL501-CL503), `body.py` (CL504/CL505, metadata left
in the body), `extract.py` (reading titles, bylines, datelines and labels from a document's head),
`dates.py` (reading dates) and `restdoc.py` (a reStructuredText source's adorned title and docinfo fields).

The schema is a rule option (`fields`), read by every rule of the family. Entries are merged
into the defaults field by field; `null` removes a default field:

```yaml
rules:
  CL501: &schema
    fields:
      title: {required: always}
      language: {type: one-of, values: [en, de], required: always, aliases: [lang]}
      url: null
  CL502: *schema
  CL503: *schema
  CL504: {<<: *schema, head-lines: 10}
  CL505: *schema
```
"""

from __future__ import annotations

from corpuslint import hookimpl
from corpuslint.checks.metadata.body import MetadataInBody, MetadataLineInBody
from corpuslint.checks.metadata.rules import EmptyMetadata, InvalidMetadata, MissingMetadata

__all__ = ["EmptyMetadata", "InvalidMetadata", "MetadataInBody", "MetadataLineInBody", "MissingMetadata", "RULES"]

RULES = (MissingMetadata, EmptyMetadata, InvalidMetadata, MetadataInBody, MetadataLineInBody)


@hookimpl
def corpuslint_register_rules(register):
    for rule in RULES:
        register(rule)
