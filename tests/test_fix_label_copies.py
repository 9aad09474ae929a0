"""A safe `--fix` applies what `check` labels `[*]`, also where copies of one line are labelled
differently (qa24 r09): Surat al-Qamar's refrain (tests/data/bios/scripture) given four times, its second
and third copies labelled safe, its fourth unsafe. The run keyed what the text as given labelled unsafe by
the rule and the matched line (`results.head_key`), which all copies share: it applied neither safe fix,
`check --fix` changed nothing on every run and said a second `--fix` would take the unsafe one. A rule of
a plugin labels the copies as CL402 did on main (CL402 now reads the refrain as a chorus)."""

from __future__ import annotations

from pathlib import Path

from corpuslint import hookimpl
from corpuslint.config import load_config
from corpuslint.engine import Linter
from corpuslint.models import Document, Fix, TextEdit, Violation
from corpuslint.rule import FixAvailability, Rule

TEXT = (Path(__file__).parent / "data" / "bios" / "scripture" / "surat_al_qamar.txt").read_text(encoding="utf-8")
REFRAIN = TEXT.split("\n")[18]


class _Refrain(Rule):
    """Each copy of the refrain after the first, its removal safe for the second and third copy."""

    code = "XRF1"
    name = "refrain-copy"
    family = "test"
    fix_availability = FixAvailability.ALWAYS

    def check(self, doc):
        starts = [at for at, line in _lines(doc.text) if line == REFRAIN]
        for k, at in enumerate(starts[1:], 1):
            yield Violation(at, at + len(REFRAIN), "copy", fix=Fix(
                title="remove", applicability="safe" if k < 3 else "unsafe",
                edits=[TextEdit(start=at, end=at + len(REFRAIN) + 1)]))


def _lines(text):
    at = 0
    for line in text.split("\n"):
        yield at, line
        at += len(line) + 1


class _Plugin:
    @hookimpl
    def corpuslint_register_rules(self, register):
        register(_Refrain)


LINTER = Linter(load_config(None, overrides={"select": ["XRF1"]}), plugins=(_Plugin(),))


def test_the_copies_labelled_safe_go_and_the_one_labelled_unsafe_stays():
    doc = Document.from_text(TEXT)
    labels = [f.fix.applicability.value for f in LINTER.check([doc])]
    assert labels == ["safe", "safe", "unsafe"]
    result = LINTER.fix(doc)
    assert result.applied == {"XRF1": 2}  # as many as `check` showed `[*]` (main: none)
    assert result.document.text.count(REFRAIN) == 2
    # in the fixed text the last copy is the second: labelled safe there, held back here and said so
    assert [f.line for f in result.held] == [42]
    assert LINTER.fix(result.document).document.text.count(REFRAIN) == 1  # a second `--fix` takes it


def test_the_unsafe_run_takes_all_three():
    result = LINTER.fix(Document.from_text(TEXT), unsafe=True)
    assert result.document.text.count(REFRAIN) == 1 and not result.held
