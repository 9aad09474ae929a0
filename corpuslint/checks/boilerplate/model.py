"""The boilerplate-line model: small gradient-boosted trees, stored as JSON, run in pure Python.

The model is data (`model.json` next to this module, written by
`training/train_boilerplate.py`): the feature names it was trained on, a base score, and a list
of trees whose internal nodes are `[feature, threshold, left, right]` (go left when the feature
is <= the threshold) and whose leaves are `[value]`. The score of a line is the logistic of the
base plus one leaf value per tree. No numpy or scikit-learn at run time: at load time the trees
are compiled into one Python expression, so a line costs a few hundred comparisons.

A model may carry a second stage (`"context"`: trees over `context.CONTEXT_FEATURE_NAMES`, its
threshold, and the share and number of a document's lines the first stage must flag before it runs), which
judges the sentence-shaped lines the first stage leaves by the furniture around them.

A cross-validation bundle (`"kind": "cv-bundle"`, written by the training script's `--cv-bundle`)
holds one model per held-out group of sites; `model_for(document id)` picks the one trained
without the document's site, so `score.py` can measure the rule on sites it never saw. Point
the rule at a model file with the `model` option or the `CORPUSLINT_CL140_MODEL` variable.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import math
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpuslint.checks.boilerplate.context import CONTEXT_FEATURE_NAMES
from corpuslint.checks.boilerplate.linefeatures import FEATURE_NAMES
from corpuslint.errors import ConfigError

__all__ = ["DEFAULT_MODEL", "Model", "ModelError", "load_model"]

DEFAULT_MODEL = Path(__file__).with_name("model.json")
FORMAT = "corpuslint-boilerplate-model/1"


class ModelError(ConfigError):
    """A model file that cannot be used: named, with the reason."""


def _expression(tree: list[list[float]], node: int = 0) -> str:
    entry = tree[node]
    if len(entry) == 1:
        return repr(float(entry[0]))
    feature, threshold, left, right = entry
    return (f"({_expression(tree, int(left))} if x{int(feature)} <= {float(threshold)!r} "
            f"else {_expression(tree, int(right))})")


CODE_VERSION = 2  # of the generated code (in the cache key): 2 = features unpacked into locals


def _compile(base: float, trees: list, size: int, key: str = "") -> Callable[[Sequence[float]], float]:
    """The trees as one compiled expression over the `size` features, unpacked into local
    names first (a local costs less than an index, and a line takes ~700 comparisons).
    Compiling takes ~70 ms, so the code object is kept in the user's cache folder (keyed by the
    model file's hash and the Python version) and a later run loads it in a millisecond, as
    Python keeps a module's bytecode."""
    cache = _cache_path(key) if key else None
    code = None
    if cache is not None:
        try:
            code = marshal.loads(cache.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            code = None
    if code is None:
        body = " + ".join([repr(float(base))] + [_expression(t) for t in trees])
        names = "".join(f"x{i}, " for i in range(size))
        code = compile(f"def score(x):\n    {names}= x\n    return {body}\n", "<boilerplate-model>", "exec")
        if cache is not None:
            try:
                cache.parent.mkdir(parents=True, exist_ok=True)
                tmp = cache.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_bytes(marshal.dumps(code))
                os.replace(tmp, cache)
            except OSError:
                pass  # a read-only home: compile again next time
    space: dict = {"__builtins__": {}}
    exec(code, space)  # noqa: S102 - our own arithmetic, built from numbers only
    return space["score"]


def _cache_path(key: str) -> Path | None:
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home folder
            return None
    return Path(base) / "corpuslint" / f"cl140-{key}-v{CODE_VERSION}-{sys.implementation.cache_tag}.marshal"


@dataclass
class Model:
    """A scoring function over `FEATURE_NAMES` vectors and the threshold it was tuned for."""

    raw: Callable[[Sequence[float]], float]
    threshold: float
    source: str
    context: Model | None = None  # the second stage (`context`), if the model has one
    context_share: float = 1.0  # ... run on documents whose lines the first stage flags this much
    context_lines: int = 0  # ... and at least this many

    def score(self, features: Sequence[float]) -> float:
        """The probability that the line is boilerplate."""
        z = self.raw(features)
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


class Bundle:
    """One model per held-out group of sites (leave-site-out evaluation)."""

    def __init__(self, data: dict, source: str) -> None:
        self.groups: dict[str, int] = data["groups"]
        self.models = [_model(f, data["threshold"], source) for f in data["folds"]]
        self.threshold = data["threshold"]
        self.source = source

    def model_for(self, document: str) -> Model:
        stem = Path(document).stem if "/" in document or document.endswith(".txt") else document
        group = re.sub(r"-\d+$", "", stem)
        index = self.groups.get(group)
        if index is None:
            index = self.groups.get(f"news:{stem}", 0)
        return self.models[index]


def _model(data: dict, threshold: float, source: str, key: str = "") -> Model:
    """The first stage and, if the data has one, its second (context) stage."""
    model = Model(_compile(data["base"], data["trees"], len(FEATURE_NAMES), key), float(threshold), source)
    context = data.get("context")
    if context:
        if list(context.get("features", ())) != list(CONTEXT_FEATURE_NAMES):
            raise ModelError(f"{source}: the model's context stage was trained on other features than this "
                             "version computes; retrain it with training/train_boilerplate.py")
        model.context = Model(_compile(context["base"], context["trees"], len(CONTEXT_FEATURE_NAMES),
                                       key + "-context" if key else ""),
                              float(context["threshold"]), source)
        model.context_share = float(context["share"])
        model.context_lines = int(context.get("lines", 0))
    return model


def _validate(data: object, source: str) -> dict:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(f"{source}: not a boilerplate model (expected \"format\": \"{FORMAT}\")")
    if list(data.get("features", ())) != list(FEATURE_NAMES):
        raise ModelError(f"{source}: the model was trained on other features than this version computes; "
                         "retrain it with training/train_boilerplate.py")
    return data


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> Model | Bundle:
    try:
        raw = Path(path).read_bytes()
        data = json.loads(raw)
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path}: cannot read the boilerplate model: {exc}") from exc
    data = _validate(data, path)
    if data.get("kind") == "cv-bundle":
        return Bundle(data, path)
    try:
        key = hashlib.sha1(raw).hexdigest()[:16]
        return _model(data, data["threshold"], path, key)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ModelError(f"{path}: malformed boilerplate model: {exc}") from exc


def load_model(path: str | Path | None = None) -> Model | Bundle:
    """The model at `path` (the shipped one by default), compiled once per process."""
    path = Path(path) if path else DEFAULT_MODEL
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise ModelError(f"{path}: cannot read the boilerplate model: {exc}") from exc
    return _load(str(path), mtime)
