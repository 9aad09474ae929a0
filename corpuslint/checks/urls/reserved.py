"""Host names reserved for documentation (RFC 2606, RFC 6761): examples, never one site mistyped.

`example.com`, `example.net`, `example.org` (and any name under them), the top-level domains
`.example`, `.test`, `.invalid` and `.localhost`, and `localhost` itself name no one's site: a
manual or a tutorial writes them to show the shape of an address (curl(1): `https://example.com`,
`https://example.com/`, `ftp://example.com`, `https://www.example.com/` in separate commands).
Two spellings of such names are two examples chosen for what each shows, not one address
written two ways, so the URL family does not compare them with each other. A name that is not
reserved still is compared with one that is: `exmaple.com` beside `example.com` is a slip.
"""

from __future__ import annotations

EXAMPLE_DOMAINS = frozenset(("example.com", "example.net", "example.org"))
RESERVED_TLDS = frozenset(("example", "test", "invalid", "localhost"))


def reserved_for_examples(host: str) -> bool:
    """Whether a host is a documentation name: `example.org`, `www.example.com`, `api.test`, `localhost`."""
    host = host.lower().rstrip(".")
    last_two = host.rsplit(".", 2)[-2:]
    return last_two[-1] in RESERVED_TLDS or ".".join(last_two) in EXAMPLE_DOMAINS


def two_examples(host_a: str, host_b: str) -> bool:
    """Two documentation names: two examples, never one address spelled two ways."""
    return reserved_for_examples(host_a) and reserved_for_examples(host_b)
