"""What a rule is: identity, documentation, options, and the check it runs.

A rule is a class. Its class attributes say who it is (code, kebab-case name, family), its
docstring is the user documentation that `corpuslint rule CODE` prints (ruff's fixed headings:
What it does / Why is this bad? / Example / Options / Fix safety / Known problems), and its
`Options` model is what the `rules:` section of the config may set for it.

Two kinds exist:

* `Rule` sees one document at a time (`check`), so it can run in any worker, in any order.
* `CorpusRule` sees the corpus in two passes: `fingerprints` of every document go into the
  index first, then `check_corpus` asks the index how often a fingerprint occurs, and where.
"""

from __future__ import annotations

import inspect
import json
import re
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from pydantic import BaseModel, ConfigDict

from corpuslint.models import Severity

if TYPE_CHECKING:
    from corpuslint.models import Document, Violation


# a full stop and a space, but not the one in "i.e. ", "e.g. " or "etc. "
SENTENCE_END = re.compile(r"(?<!\bi\.e)(?<!\be\.g)(?<!\betc)(?<!\bvs)\.\s")



class RuleClock:
    """When the rule running now started (CPU seconds, as `time.process_time()`), None between rules.

    The engine starts it for each rule and document (`start`); the time budget
    (runner.time_budget) stops the rule once it has run `timeout` seconds. A rule that runs
    others in one call (a pack group scans a document for all pack rules) restarts it for each,
    so that every rule has its own budget and which one times out does not depend on the order
    they ran in.

    Where the budget's timer runs, a start is not read from the system (`process_time` is a system
    call, ~1.2 µs, and the engine starts ~50 rules per document: ~0.25 s per 10 MB): the timer's
    handler leaves `mark`, the CPU time of its tick plus one period, which no rule starting before
    the next tick has reached; a rule starts at `mark`. Its time is then counted from a moment
    no earlier than its real start, and the handler stops it half a period past its budget: with the
    period a quarter of the limit, the tick that stops it is the sixth after the one before its start
    (never sooner than its budget; the jitter of the ticks' delivery does not pick the fifth or sixth).
    """

    __slots__ = ("started", "timer", "mark")

    def __init__(self) -> None:
        self.started: float | None = None
        # set while runner.time_budget's own SIGPROF handler stops the rule (not a caller's
        # profiler, whose timer stops nothing: time_budget stands aside for it)
        self.timer = False
        self.mark = 0.0  # (while `timer`: see above)

    def start(self) -> float:
        """Start a budget (the engine, for each rule and document); returns the start time."""
        if self.timer:
            started = self.started = self.mark
        else:
            import time

            started = self.started = time.process_time()
        return started

    def restart(self) -> float:
        """Start a new budget if one is running; returns the start time."""
        if self.timer:
            now = self.mark
        else:
            import time

            now = time.process_time()
        if self.started is not None:
            self.started = now
        return now

    def left(self, limit: float) -> float:
        """CPU seconds left of the running rule's `limit` (all of it when no budget runs)."""
        import time

        started = self.started
        return limit if started is None else min(limit, limit - (time.process_time() - started))

    def regex_timeout(self, limit: float) -> float | None:
        """The `timeout=` for a `regex` call inside a rule with this budget: None where the
        engine's own profiling timer (SIGPROF, CPU time) stops the rule, since a wall-clock timeout
        would stop it sooner on a loaded machine and change its findings; elsewhere (a thread, a
        rule called outside the engine, a caller's profiler owning SIGPROF) the CPU time left, as a
        wall-clock bound."""
        import threading

        if (self.started is not None and self.timer
                and threading.current_thread() is threading.main_thread()):
            return None
        return max(self.left(limit), 0.001)


CLOCK = RuleClock()

class FixAvailability(str, Enum):
    NONE = "none"
    SOMETIMES = "sometimes"
    ALWAYS = "always"


class StrictOptions(BaseModel):
    """Base of every rule's options: an unknown key is an error that names it (a typo in a config
    must never be ignored silently), and an option is read by its kebab-case alias or its Python
    name.

    Its validator is built on first use (`defer_build`): a rule's options are validated only when
    a config sets them (`Rule.__init__` takes the defaults with `model_construct`), so a run that
    sets none builds none of the ~15 validators, ~2 ms each at start-up."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)


class NoOptions(StrictOptions):
    """The options of a rule that has none."""


def options_key(options: object, include: Iterable[str] | None = None) -> str:
    """A deterministic text of a rule's option values (or of the fields `include` names), for
    the keys that depend on them: the result cache's run key, the index stamp, a rule's own
    memo. "" for options that are not a model.

    `model_dump_json` gave the same for a key but built the model's serializer and validator to
    do it: every built-in and pack rule's, ~40 per run, the largest share of a one-file check's
    start-up spent in pydantic. This reads the values as they are (nested models, enums, sets
    made plain), so options taken as defaults (`model_construct`) stay unbuilt.
    """
    if not isinstance(options, BaseModel):
        return ""
    values = options.__dict__
    if include is not None:
        values = {name: values[name] for name in include}
    return json.dumps(_plain(values), sort_keys=True, separators=(",", ":"), default=str)


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return {name: _plain(v) for name, v in value.__dict__.items()}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=repr)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


NO_DOCUMENTATION = "No documentation: the rule's class has no docstring (see docs/plugins.md)."


class Rule:
    """Base class of a per-document rule."""

    code: ClassVar[str]
    name: ClassVar[str]
    family: ClassVar[str]
    summary: ClassVar[str] = ""  # one line for `corpuslint rules`; defaults to the docstring's first
    severity: ClassVar[Severity] = Severity.WARNING
    fix_availability: ClassVar[FixAvailability] = FixAvailability.NONE
    default_enabled: ClassVar[bool] = True
    # formats the rule does not apply to, e.g. markup rules skip "markdown"
    skip_formats: ClassVar[frozenset[str]] = frozenset()
    Options: ClassVar[type[BaseModel]] = NoOptions
    # A catch-all rule (CL151, repeated text) whose finding adds nothing where a specific rule
    # already reports (most of) the same text: the engine drops it there, so a user sees one
    # finding per defect, the one whose message says what it is.
    defers_to_specific: ClassVar[bool] = False
    # Among catch-all rules, the higher order defers to the lower: CL140 (a model's guess, 1)
    # gives way to CL151 (a count across the corpus, 0) where both report the same text.
    defer_order: ClassVar[int] = 0
    # The share of a deferring finding's text another finding must cover for it to be dropped:
    # CL151's paragraph goes where half of it is named; CL140's block of lines only where all
    # of it is, so that the lines a pack does not name are still reported (and removed).
    defer_share: ClassVar[float] = 0.5
    # A rule whose verdict on a line depends on the lines around it (CL140 reads a window of
    # neighbours): once other fixes removed those, it would judge a page nobody saw and could
    # flag the article itself, so `--fix` applies only what it found in the document as given.
    fixes_first_reading_only: ClassVar[bool] = False
    # A removal rule whose verdict is the text's own words (a notice, a label, a licence frame, a paragraph
    # the corpus repeats), whatever stands around it: where it removes a copy that a copy-removing fix kept
    # (CL401-CL403, `data.keeps`), that copy is the same boilerplate, so `--fix` does not count it lost
    # (corpuslint.keptcopy). Not a guess from a model or from a line's neighbours, whose copy may be the article's.
    judges_by_words: ClassVar[bool] = False
    origin: ClassVar[str] = ""  # the plugin that registered it, filled at registration
    # Literals one of which the text a rule checks holds wherever it can find anything (CL202:
    # `&`): the engine skips the rule's call on a document without any (`quiet`). Most (rule,
    # document) calls find nothing (97.8% on the 10 MB bench, issue 17). Empty: no such proof.
    triggers: ClassVar[tuple[str, ...]] = ()

    def __init__(self, options: BaseModel | None = None, *, timeout: float = 2.0) -> None:
        # the defaults without validation (they are valid by definition): the pack rules' option
        # models then never build their validators unless a config sets their options
        self.options = options if options is not None else self.Options.model_construct()
        # Seconds a regex may run on one document (pass it as `timeout=` to `regex` calls). A
        # `TimeoutError` that escapes `check` is reported by the engine as CL909, and the run goes on.
        self.timeout = timeout

    def check(self, doc: Document) -> Iterable[Violation]:
        """Yield the violations in one document."""
        raise NotImplementedError

    def quiet(self, doc: Document) -> bool:
        """Whether the rule is known to find nothing in `doc` (the view it would check) before
        it is called: by default, none of its `triggers` in the text. Asked by the engine for
        every document, before the rule's call, only of a rule that has triggers or overrides
        this method: it must be cheap, and exact (True only where `check` would find nothing;
        tests/test_quiet.py holds each rule to it)."""
        text = doc.text
        return not any(literal in text for literal in self.triggers)

    def warm_up(self) -> None:
        """Build now what the rule builds on its first document (a table, a lazily imported
        module): called in a process about to fork workers, which then inherit it instead of
        each building it again. Nothing by default; patterns (`LazyPattern`) are the linter's."""

    @classmethod
    def bind(cls, rules: list[Rule]) -> None:
        """Called once by the engine with every active rule that shares this method, after all
        are created: rules that work as a group (the YAML pack rules scan a document once for all
        of them) learn here who their partners are. Nothing to do by default."""

    # -- documentation -------------------------------------------------------------------

    @classmethod
    def explanation(cls) -> str:
        """The rule's docstring (dedented), or NO_DOCUMENTATION when it has none (`documented`)."""
        doc = cls.own_doc()
        return textwrap.dedent(inspect.cleandoc(doc)).strip() if doc else NO_DOCUMENTATION

    @classmethod
    def documented(cls) -> bool:
        """Whether the rule has documentation of its own (`rule --output-format json`'s `documented`)."""
        return cls.explanation() != NO_DOCUMENTATION

    @classmethod
    def own_doc(cls) -> str | None:
        """The docstring of the rule's class, or of a class it derives from that is no base class of
        corpuslint's (a plugin's variant of its own documented rule shares its doc); None when there is
        none. A plugin rule without a docstring used to show Rule's ("Base class of a per-document rule.")
        as its documentation (qa18b #7)."""
        for klass in cls.__mro__:
            if not issubclass(klass, Rule) or klass.__module__.startswith("corpuslint.") and "code" not in klass.__dict__:
                continue  # object, a mixin; Rule, CorpusRule, a family's base (MetadataRule): not the rule's doc
            doc = klass.__dict__.get("__doc__")
            if doc and doc.strip():
                return doc
        return None

    @classmethod
    def one_line(cls) -> str:
        """The first sentence of the doc's first paragraph (after a `## What it does` heading)."""
        if cls.summary:
            return cls.summary
        if cls.explanation() == NO_DOCUMENTATION:
            return "(no documentation)"
        paragraph: list[str] = []
        for line in cls.explanation().splitlines():
            stripped = line.strip()
            if stripped.startswith("#"):
                if paragraph:
                    break
                continue
            if not stripped:
                if paragraph:
                    break
                continue
            paragraph.append(stripped)
        text = " ".join(paragraph)
        end = SENTENCE_END.search(text)
        return text[: end.start() + 1] if end else text

    @classmethod
    def source_location(cls) -> tuple[str | None, int | None]:
        try:
            return inspect.getsourcefile(cls), inspect.getsourcelines(cls)[1]
        except (OSError, TypeError):
            return None, None

    @classmethod
    def is_corpus_rule(cls) -> bool:
        return False


@dataclass(slots=True, frozen=True, init=False)
class Fingerprint:
    """A hashed feature of a document (a paragraph, a host, a MinHash band) and where it stands."""

    kind: str  # namespaces keys per rule or purpose: "paragraph", "host", "band3", ...
    key: str
    start: int = 0
    end: int = 0
    value: str = ""  # a short, optional payload (a spelling, a size) kept in the index


def _fingerprint_setters() -> Any:
    """A frozen dataclass's __init__ sets each field through object.__setattr__ (~1.2 us a
    fingerprint, ~178,000 per 10 MB); the slots' own setters do the same in a third of the time."""
    set_kind, set_key, set_start, set_end, set_value = (getattr(Fingerprint, n).__set__ for n in Fingerprint.__slots__)

    def __init__(self: Fingerprint, kind: str, key: str, start: int = 0, end: int = 0, value: str = "") -> None:
        set_kind(self, kind)
        set_key(self, key)
        set_start(self, start)
        set_end(self, end)
        set_value(self, value)

    return __init__


Fingerprint.__init__ = _fingerprint_setters()  # type: ignore[method-assign]


Row = tuple[str, str, str, int]  # a fingerprint's kind, key and value, and its line


def rows(fingerprints: Iterable[tuple[Fingerprint, int]]) -> list[Row]:
    """(fingerprint, line) pairs as plain tuples: what a worker sends back of a document (a
    frozen dataclass pickles ~10x slower than a tuple: ~1 s per 10 MB, most of it in the parent,
    which writes the index alone)."""
    return [(fp.kind, fp.key, fp.value, line) for fp, line in fingerprints]


@dataclass(slots=True, frozen=True)
class Occurrence:
    """Where a fingerprint occurs in the corpus."""

    path: str
    document: str
    record: int | None
    line: int
    value: str = ""


class CorpusView(Protocol):
    """What a corpus rule may ask of the index during `check_corpus`."""

    def document_count(self) -> int:
        """How many documents the corpus holds."""

    def count(self, kind: str, key: str) -> int:
        """How many distinct documents carry the fingerprint."""

    def occurrences(self, kind: str, key: str, limit: int = 5) -> list[Occurrence]:
        """Some documents that carry it, in a stable order (earliest path first)."""

    def values(self, kind: str, key: str) -> dict[str, int]:
        """For one key: each stored value and in how many documents it occurs."""

    def warm_up(self, checked: Sequence[str]) -> None:
        """The engine's, not a rule's: before a check's workers are forked, with the files they
        will check, read now what each would read alike (an index in memory has nothing to read)."""


class CorpusRule(Rule):
    """Base class of a rule that compares a document with the rest of the corpus."""

    # True while the engine runs `fingerprints` to build the index (the collect phase), False
    # when it runs it for `own` before `check_corpus`: a rule may keep what it computed while
    # collecting for the check that follows (the built-in ones keep their document features).
    collecting: bool = False
    # Set by the engine while the collect phase fingerprints one document (a new object for each
    # document, None otherwise): rules that store the same fingerprints of a document (the
    # built-in ones: its units, its signature) store them once per token; the index keeps one
    # row per key and document anyway, and the copies cost as much as the rows kept.
    collect_token: object | None = None
    # False for a rule whose `check_corpus` ignores `own`: the engine then passes [] instead of
    # running `fingerprints` a second time for every document it checks
    uses_own_fingerprints: bool = True

    def fingerprints(self, doc: Document) -> Iterable[Fingerprint]:
        """Yield the fingerprints this rule needs from one document (the collect phase)."""
        return ()

    def check_corpus(self, doc: Document, corpus: CorpusView, own: list[Fingerprint]) -> Iterable[Violation]:
        """Yield violations of one document, seen against the corpus index.

        `own` is what `fingerprints(doc)` yielded, so the rule need not compute it twice (an empty
        list when the rule sets `uses_own_fingerprints = False`).
        """
        return ()

    def check(self, doc: Document) -> Iterator[Violation]:
        return iter(())

    # -- what a forked worker of the collect phase kept, handed to the parent -------------------

    def prepare(self, docs: list[Document]) -> None:
        """Called by the collect phase with its next documents (a batch) before their
        `fingerprints`: what is cheaper for many documents at once may be computed here.
        Nothing by default."""

    def hand_over(self) -> Any:
        """What this rule kept while collecting in this process (a forked worker), as picklable
        data the engine gives to `take_over` in the parent, whose check workers are forked from
        it; forgotten here. None: nothing (the default: nothing is kept)."""
        return None

    def take_over(self, kept: Any) -> None:
        """Keep what `hand_over` gave in a worker, for the check later in the run."""

    def forget(self) -> None:
        """Drop the index's answers this rule kept (its per-run caches): the linter calls it each
        time it is handed an index, a new one or the same one refreshed, so a fix's re-check in
        the same process answers from the fixed corpus. The default keeps nothing."""

    # -- what an index built elsewhere must hold (corpuslint.dist) -------------------------------
    # An index assembled from files between the stages of a distributed job answers only what it
    # was told would be asked: the counts and occurrences of a document's own keys always, the
    # rest through these three declarations. Asked anything else, it raises rather than guess.

    # kinds whose `values` the rule asks for (value counts are kept for these kinds only)
    value_kinds: ClassVar[frozenset[str]] = frozenset()
    # the kinds whose answers `follow_ups` may name keys for: the job calls it (and builds the
    # `Occurrence`s it reads) for answers of these kinds only. None (the default): every kind
    follow_up_kinds: ClassVar[frozenset[str] | None] = None

    def lookups(self, doc: Document) -> Iterable[tuple[str, str]]:
        """(kind, key) pairs `check_corpus` may ask about `doc` beyond its own fingerprints (a
        field the document lacks, counted over the corpus)."""
        return ()

    def follow_ups(self, kind: str, key: str, count: int, occurrences: list[Occurrence],
                   values: dict[str, int]) -> Iterable[tuple[str, str]]:
        """(kind, key) pairs `check_corpus` may ask about once it has read the answer for one of
        a document's own keys: `count`, the first `occurrences` in index order and `values`
        (empty unless the kind is in `value_kinds`). The signature of each document that carries
        a paragraph, say, is looked up by the text hash its occurrence names. Called only for
        the kinds in `follow_up_kinds` when the rule declares them."""
        return ()

    @classmethod
    def is_corpus_rule(cls) -> bool:
        return True


def rule_options(rule_cls: type[Rule]) -> list[dict[str, Any]]:
    """Each option of a rule: name, type, default and description, for docs and the CLI."""
    rows = []
    for name, field in rule_cls.Options.model_fields.items():
        rows.append({
            "name": field.alias or name.replace("_", "-"),
            "type": getattr(field.annotation, "__name__", str(field.annotation)),
            "default": field.get_default(call_default_factory=True),
            "description": field.description or "",
        })
    return rows


_FIX_SENTENCE = {
    "always": "Fix is always available.",
    "sometimes": "Fix is sometimes available.",
    "none": "Fix is not available.",
}


def explain(rule: type[Rule]) -> str:
    """The whole explanation of a rule, as `corpuslint rule CODE` prints it and docs/rules.md holds it."""
    corpus = " A corpus rule: it compares each document with the whole corpus." if rule.is_corpus_rule() else ""
    lines = [
        f"# {rule.name} ({rule.code})",
        "",
        f"Family: {rule.family}. Default severity: {rule.severity.value}. "
        f"{'On' if rule.default_enabled else 'Off'} by default.{corpus}",
        _FIX_SENTENCE[rule.fix_availability.value] + (f" From {rule.origin}." if rule.origin else ""),
        "",
        rule.explanation(),
    ]
    options = rule_options(rule)
    if options and "## Options" not in rule.explanation():
        lines += ["", "## Options"]
        lines += [f"- `{o['name']}` ({o['type']}, default `{o['default']!r}`): {o['description']}" for o in options]
    return "\n".join(lines)
