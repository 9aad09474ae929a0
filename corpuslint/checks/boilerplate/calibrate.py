"""Fit CL140's threshold to a user's own labelled lines (`corpuslint learn --boilerplate-labels`).

The shipped threshold keeps precision on the web pages the model was measured on; a corpus of
another kind (forum dumps, product pages, transcripts) may want another one. Label a sample of
lines, content or boilerplate, and this module scores them with the model and picks the lowest
threshold whose precision on the sample is at least the precision asked for (precision first:
the recall it then reaches is reported, not traded for). No training dependency is needed.

Labels are JSON Lines, one object per line labelled: `{"path": "pages/a.txt", "line": 12,
"label": "boilerplate"}` (`line` is the 1-based file line, blank lines counted; `label` is
`content` or `boilerplate`, anything else is skipped). `id` may stand for `path`: the file
`<id>.txt` (or `<id>`) under one of the folders named on the command line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from corpuslint.checks.boilerplate.classifier import line_scores
from corpuslint.checks.boilerplate.linefeatures import line_features
from corpuslint.checks.boilerplate.model import Bundle, Model
from corpuslint.errors import UsageError

__all__ = ["Fit", "fit_for", "fit_threshold", "read_labels", "score_labels"]


@dataclass
class Fit:
    threshold: float | None  # None: no threshold reaches the precision asked for
    precision: float
    recall: float
    lines: int
    boilerplate: int
    curve: list[tuple[float, float, float]]  # (threshold, precision, recall)


def read_labels(path: Path, folders: list[str]) -> dict[Path, dict[int, int]]:
    """The labelled lines, by file: {file: {line: 1 boilerplate / 0 content}}."""
    out: dict[Path, dict[int, int]] = {}
    try:
        rows = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read the labels {path}: {exc}") from exc
    for number, raw in enumerate(rows, 1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
            label = row["label"]
            line = int(row["line"])
            name = row.get("path") or row["id"]
        except (ValueError, KeyError, TypeError) as exc:
            raise UsageError(f"{path}:{number}: a label needs `path` (or `id`), `line` and `label`: {exc}") from exc
        if label not in ("content", "boilerplate"):
            continue
        file = _resolve(str(name), folders)
        if file is None:
            raise UsageError(f"{path}:{number}: no file for {name!r} (looked under {', '.join(folders) or '.'})")
        out.setdefault(file, {})[line] = int(label == "boilerplate")
    if not out:
        raise UsageError(f"{path}: no line labelled `content` or `boilerplate`")
    return out


def _resolve(name: str, folders: list[str]) -> Path | None:
    candidates = [Path(name)] + [Path(f) / name for f in folders] + [Path(f) / f"{name}.txt" for f in folders]
    return next((c for c in candidates if c.is_file()), None)


def score_labels(labels: dict[Path, dict[int, int]], model: Model | Bundle) -> list[tuple[float, int]]:
    """(score, label) of every labelled line, as the rule scores it; a line the rule never flags
    (long prose, a sentence, a subheading, ...) scores 0."""
    scored: list[tuple[float, int]] = []
    for file, by_line in labels.items():
        chosen = model.model_for(file.stem) if isinstance(model, Bundle) else model
        lines = line_features(file.read_text(encoding="utf-8"))
        scores = {line.number: score for line, score in zip(lines, line_scores(lines, chosen))}
        for number, label in by_line.items():
            score = scores.get(number)
            scored.append((score if score is not None else 0.0, label))
    return scored


def fit_threshold(scored: list[tuple[float, int]], precision: float = 0.97) -> Fit:
    """The lowest threshold (0.50 ... 0.99) whose precision on the sample is >= `precision`."""
    positives = sum(label for _, label in scored)
    curve = []
    for step in range(50, 100):
        t = step / 100
        tp = sum(1 for s, label in scored if s >= t and label)
        fp = sum(1 for s, label in scored if s >= t and not label)
        curve.append((t, tp / (tp + fp) if tp + fp else 1.0, tp / positives if positives else 0.0))
    chosen = next((c for c in curve if c[1] >= precision and c[2] > 0), None)
    if chosen is None:
        return Fit(None, 0.0, 0.0, len(scored), positives, curve)
    return Fit(chosen[0], chosen[1], chosen[2], len(scored), positives, curve)


def fit_for(labels: Path, folders: list[str], precision: float) -> tuple[int, Fit]:
    """`corpuslint learn --boilerplate-labels`: the number of labelled files, and the threshold
    that keeps `precision` on them (scored by the shipped model, as the rule scores)."""
    from corpuslint.checks.boilerplate.model import load_model

    found = read_labels(labels, folders)
    return len(found), fit_threshold(score_labels(found, load_model()), precision)
