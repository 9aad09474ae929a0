"""The options every pack rule has (`max-length`, `position`, `edge-paragraphs`, `edge-percent`), as a
pydantic model whose defaults are the rule's pack's: one model per set of defaults."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from corpuslint.packs.schema import RuleSpecBase
from corpuslint.rule import StrictOptions


class PackRuleOptions(StrictOptions):
    """The options every pack rule has; each rule's defaults are its pack's (`options_model`)."""

    # `defer_build`: the validator is built only when a config sets a pack rule's options
    model_config = ConfigDict(defer_build=True)


def options_model(spec: RuleSpecBase) -> type[BaseModel]:
    return _options_model_with(spec.max_length, spec.position, spec.edge_paragraphs, spec.edge_percent)


@lru_cache(maxsize=None)
def _options_model_with(max_length: int | None, position: str, edge_paragraphs: int,
                        edge_percent: float) -> type[BaseModel]:
    # One model per set of defaults, not per rule: the built-in packs' 35 rules have 6 sets, and
    # each `create_model` cost ~0.7 ms of every start-up (~20 ms in all); `defer_build` leaves the
    # validator unbuilt until a config sets a pack rule's options.
    return create_model(
        "PackRuleOptions",
        __base__=PackRuleOptions,
        max_length=(int | None, Field(max_length, alias="max-length", gt=0, description=(
            "Longest unit (characters) reported as a whole; longer ones are prose quoting the phrase."))),
        position=(Literal["anywhere", "head", "tail"], Field(position, description=(
            "Where in a document a match counts: anywhere, head or tail."))),
        edge_paragraphs=(int, Field(edge_paragraphs, alias="edge-paragraphs", ge=1, description=(
            "head/tail: within this many paragraphs of the edge..."))),
        edge_percent=(float, Field(edge_percent, alias="edge-percent", gt=0, le=100, description=(
            "...or within this percentage of the text from the edge."))),
    )
