"""The options of the in-document copy rules (CL401-CL403), shared by their analysis."""

from __future__ import annotations

from pydantic import Field

from corpuslint.rule import StrictOptions


class CopyOptions(StrictOptions):
    """Options shared by CL401 and CL402 (each rule reads its own copy)."""

    min_words: int = Field(8, alias="min-words", ge=1,
                           description="A paragraph shorter than this (in words) is never reported as a "
                                       "duplicate, except a bio (see `min-bio-words`).")
    min_chars: int = Field(40, alias="min-chars", ge=1,
                           description="A paragraph shorter than this (normalised characters) is never reported.")
    min_bio_words: int = Field(4, alias="min-bio-words", ge=1,
                               description="A short paragraph repeated exactly is still reported if it is a bio "
                                           "(\"Follow Evan McMurry (@evanmcmurry) on Twitter\") and has this many words.")
    near_threshold: float = Field(0.8, alias="near-threshold", gt=0.0, le=1.0,
                                  description="Jaccard similarity of word shingles from which two paragraphs are "
                                              "near copies.")
    containment_threshold: float = Field(0.9, alias="containment-threshold", gt=0.0, le=1.0,
                                         description="Share of the shorter paragraph's shingles found in the fuller "
                                                     "one from which the two are near copies (when the shorter has "
                                                     "at least `min-length-ratio` of the fuller's length).")
    min_length_ratio: float = Field(0.5, alias="min-length-ratio", gt=0.0, le=1.0,
                                    description="A short paragraph contained in a much longer one (a pull quote) is "
                                                "not a copy: the shorter must have this share of the fuller's shingles.")
    run_threshold: float = Field(0.8, alias="run-threshold", gt=0.0, le=1.0,
                                 description="Share of a run of consecutive paragraphs' shingles found in one other "
                                             "paragraph from which the run is a copy of it.")
    max_run: int = Field(6, alias="max-run", ge=2,
                         description="Most consecutive paragraphs that may together form one copy.")
    shingle_size: int = Field(3, alias="shingle-size", ge=1, le=8,
                              description="Words per shingle.")
    max_paragraphs: int = Field(1500, alias="max-paragraphs", ge=2,
                                description="Above this many paragraphs only exact copies are looked for "
                                            "(keeps huge documents fast).")
