"""CL5xx: document metadata: missing, empty, invalid, or left in the body.

Every rule of the family reads the same **schema**: the fields a document's metadata should
hold, each with a type, the keys that count as it (`aliases`), and whether it is required.
The default schema:

| field  | type   | required        | keys looked at                                                   |
|--------|--------|-----------------|------------------------------------------------------------------|
| title  | string | with-metadata   | title, headline                                                  |
| author | list   | with-metadata   | author, authors, byline, creator                                 |
| date   | date   | with-metadata   | date, publish_date, published, pubdate, date_published, published_at |
| source | string | with-metadata   | source, site_name, publisher, site                               |
| url    | url    | never           | url, link, canonical_url                                         |

Whether a corpus should carry metadata at all is the corpus owner's policy, so CL501
(missing-metadata) is off by default: turn it on with `extend-select: [CL501]`. The other rules
are on: an empty or invalid value, or metadata left in the body, is a defect whatever the policy.

`with-metadata` (the default requirement) means: required in a document that carries article
metadata at all, i.e. has at least one key of the schema (even an empty one). A bare `.txt` without a
sidecar, or a JSONL record holding only `id` and `text`, is not told it lacks an author: in a
corpus of 1,578 bare texts that would be 6,000 findings saying one thing, that the corpus has no
metadata, which its owner knows. Where a producer did record metadata, a field it left out is a
defect of that record (39 FakeNewsNet records carry a title and nothing else). A JSONL record's
`id` or provenance fields do not count: only schema keys show that article metadata was meant.
Set `required: always` to demand a field everywhere, `never` to only check its type.

The package: `schema.py` (the schema and a document's metadata read against it), `values.py`
(type checks, comparing values), `rules.py` (CL501-CL503), `body.py` (CL504/CL505, metadata left
in the body), `extract.py` (reading titles, bylines, datelines and labels from a document's head)
and `dates.py` (reading dates).

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
