"""What a rule pack may say: the pydantic models a pack file is validated against.

One header for the pack, one model per rule `kind` (a union discriminated on `kind`), all
`extra="forbid"`, so a typo is named with its pack, rule and line (see `loader._describe`).
The format itself is documented in docs/rule-packs.md.
"""

from __future__ import annotations

import functools
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from corpuslint.models import Severity

CODE_RE = r"^[A-Z][A-Z0-9]*[0-9]{3}$"
NAME_RE = r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"
KINDS = ("phrases", "patterns")


class _Strict(BaseModel):
    # `defer_build`: a run whose packs come from the disk cache (all but the first) never
    # validates a pack, so it need not build the validators (~6 ms of every start-up)
    model_config = ConfigDict(extra="forbid", defer_build=True)


class FailCase(_Strict):
    """A `fail` test case with the expected text after the fix."""

    text: str
    fixed: str | None = None


class RuleTests(_Strict):
    pass_: list[str] = Field(default_factory=list, alias="pass")
    fail: list[str | FailCase] = Field(default_factory=list)


class RuleSpecBase(_Strict):
    code: str = Field(pattern=CODE_RE)
    name: str = Field(pattern=NAME_RE)
    summary: str | None = None
    message: str = Field(min_length=1)
    severity: Severity = Severity.WARNING
    scope: Literal["line", "paragraph"] = "paragraph"
    anchor: Literal["none", "start", "whole"] = "none"
    position: Literal["anywhere", "head", "tail"] = "anywhere"
    edge_paragraphs: int = Field(8, alias="edge-paragraphs", ge=1)
    edge_percent: float = Field(25.0, alias="edge-percent", gt=0, le=100)
    max_length: int | None = Field(None, alias="max-length", gt=0)
    ignore_case: bool = Field(True, alias="ignore-case")
    fix: Literal["remove", "none"] = "remove"
    # true: always safe; "edge": safe for a whole paragraph at the head or tail of a document (where
    # boilerplate stands), unsafe where the same words stand inside the article; false: unsafe
    safe: bool | Literal["edge"] = False
    enabled: bool = True
    # kinds of documents the rule does not look in (`documents.KINDS`): a licence's copyright line is its
    # content, a citation's names a work the text cites
    not_in: list[Literal["licence", "citation"]] = Field(default_factory=list, alias="not-in")
    # patterns of the labels (the whole line) that head a list of related links ("MORE:", "RELATED"): a
    # line finding on one takes the headline-shaped lines under it (`blocks.headline_items`)
    item_labels: list[Annotated[str, Field(min_length=1)]] = Field(default_factory=list, alias="item-labels")
    # "footer": the cue lines at the end of a message and the short blocks among and under them are one finding
    # (`packs.footers`), a mailing's footer as a region
    region: Literal["none", "footer"] = "none"
    why: str | None = None
    example: str | None = None
    known_problems: str | None = Field(None, alias="known-problems")
    tests: RuleTests = Field(default_factory=RuleTests)


class PhrasesSpec(RuleSpecBase):
    kind: Literal["phrases"]
    phrases: list[Annotated[str, Field(min_length=1)]] = Field(min_length=1)


class PatternsSpec(RuleSpecBase):
    kind: Literal["patterns"]
    patterns: list[Annotated[str, Field(min_length=1)]] = Field(min_length=1)
    prefilter: list[Annotated[str, Field(min_length=1)]] = Field(default_factory=list)


RuleSpec = Annotated[PhrasesSpec | PatternsSpec, Field(discriminator="kind")]


@functools.cache
def rule_adapter() -> TypeAdapter[PhrasesSpec | PatternsSpec]:
    return TypeAdapter(RuleSpec)


class PackSpec(_Strict):
    pack: str = Field(pattern=NAME_RE)
    description: str = Field(min_length=1)
    link: str | None = None
    rules: list[Any] = Field(min_length=1)


RULE_KEYS = sorted({f.alias or n for m in (PhrasesSpec, PatternsSpec) for n, f in m.model_fields.items()})
KIND_KEYS = {"phrases": sorted(f.alias or n for n, f in PhrasesSpec.model_fields.items()),
              "patterns": sorted(f.alias or n for n, f in PatternsSpec.model_fields.items())}
PACK_KEYS = sorted(f.alias or n for n, f in PackSpec.model_fields.items())

