"""CL140 boilerplate-line on real text: a whole web page (menus, footer), a Chinese page, news
articles with and without furniture, and Markdown whose structure it must leave alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpuslint.checks.boilerplate.calibrate import fit_threshold, read_labels, score_labels
from corpuslint.checks.boilerplate.classifier import BoilerplateLine
from corpuslint.checks.boilerplate.linefeatures import FEATURE_NAMES, line_features
from corpuslint.checks.boilerplate.model import ModelError, load_model
from corpuslint.checks.boilerplate.textguards import is_closing_sentence
from corpuslint.errors import CorpuslintError
from corpuslint.models import Document

DATA = Path(__file__).parent / "data" / "boilerplate"


def findings(path: Path, fmt: str = "text", **options):
    text = path.read_text(encoding="utf-8")
    doc = Document.from_text(text, path=str(path), format=fmt)
    rule = BoilerplateLine(BoilerplateLine.Options(**options)) if options else BoilerplateLine()
    return doc, list(rule.check(doc))


def flagged_lines(doc, violations) -> set[int]:
    lines = set()
    for v in violations:
        first, last = doc.text_position(v.start)[0], doc.text_position(v.end)[0]
        lines.update(range(first, last + 1))
    return lines


def test_the_shipped_model_loads_and_matches_the_features():
    model = load_model()
    assert 0.5 <= model.threshold < 1
    assert 0.0 <= model.score([0.0] * len(FEATURE_NAMES)) <= 1.0


def test_a_web_page_menu_and_footer_are_flagged_and_the_article_is_not():
    doc, found = findings(DATA / "web" / "ars-1.txt")
    lines = doc.text.split("\n")
    flagged = flagged_lines(doc, found)
    # the section menu at the top of the page
    assert {lines.index("Biz & IT") + 1, lines.index("Gaming & Culture") + 1} <= flagged
    # no line of the article's prose (the long lines above the author box)
    author_box = next(n for n, line in enumerate(lines, 1) if line.startswith("Dan Goodin Dan is"))
    prose = [n for n, line in enumerate(lines[:author_box - 1], 1) if len(line) > 150]
    assert prose and not flagged & set(prose)
    # the message says why in words, and the score
    assert any("short line" in v.message and "score" in v.message for v in found)


def test_a_sentence_among_furniture_is_flagged_by_the_context_stage_but_never_prose():
    doc, found = findings(DATA / "web" / "ars-1.txt")
    lines = doc.text.split("\n")
    flagged = flagged_lines(doc, found)
    # a short sentence below the article, among the comment widget's lines: the line model
    # leaves it (a closing sentence), the context stage does not
    plea = lines.index("You must login or create an account to comment.") + 1
    assert plea in flagged
    _, alone = findings(DATA / "web" / "ars-1.txt", context=False)
    assert plea not in flagged_lines(doc, alone)
    # a paragraph of prose is never judged by its neighbours, even furniture's (the author box)
    author_box = next(n for n, line in enumerate(lines, 1) if line.startswith("Dan Goodin Dan is"))
    assert author_box not in flagged


def test_a_chinese_page_is_read_with_characters_as_words():
    doc, found = findings(DATA / "web" / "qq.txt")
    lines = doc.text.split("\n")
    flagged = flagged_lines(doc, found)
    long_cjk = [n for n, line in enumerate(lines, 1) if len(line) > 60 and line.rstrip().endswith("。")]
    assert long_cjk and not flagged & set(long_cjk)


def test_news_furniture_is_flagged_and_fixed_but_the_prose_is_kept():
    doc, found = findings(DATA / "fnc1-train-1608.txt", furnished=False)  # an extracted article
    flagged = flagged_lines(doc, found)
    assert {3, 4} <= flagged  # "Read more: ... | The Times of Israel http://..." and "Follow us: ..."
    assert 5 not in flagged
    for v in found:
        assert v.fix is not None and v.fix.applicability.value == "unsafe"


def test_the_context_stage_leaves_an_article_with_a_few_furniture_lines_alone():
    # a news article's last sentence above "Loading... / Comments / comments": its neighbours are
    # furniture, but an extracted article is not a whole page, so the sentence is not judged by them
    doc, found = findings(DATA / "fakenewsnet-PolitiFact_Fake_115.txt", furnished=False)
    lines = doc.text.split("\n")
    last_sentence = lines.index("His body has since been deposited at the morgue awaiting autopsy.") + 1
    assert last_sentence not in flagged_lines(doc, found)
    assert lines.index("Loading...") + 1 in flagged_lines(doc, found)


def test_a_clean_news_article_has_no_finding():
    _, found = findings(DATA / "fnc1-train-0000.txt")
    assert found == []


def test_markdown_is_not_checked():
    # authored Markdown wraps its paragraphs: each line alone looks short and unfinished
    assert "markdown" in BoilerplateLine.skip_formats


def test_a_paragraph_wrapped_over_lines_is_left_alone():
    text = ("Home\nNews\nSport\n\n"
            "The community build compiles a large set of open source projects with each new\n"
            "version of the compiler, so that regressions are found before a release and not\n"
            "after it, by the people who maintain those projects.\n")
    flagged = flagged_lines(Document.from_text(text), list(BoilerplateLine().check(Document.from_text(text))))
    assert not flagged & {5, 6, 7}


def test_a_threshold_option_flags_less():
    doc, default = findings(DATA / "web" / "ars-1.txt")
    _, strict = findings(DATA / "web" / "ars-1.txt", threshold=0.999)
    assert len(flagged_lines(doc, strict)) < len(flagged_lines(doc, default))


def test_features_are_given_to_candidates_only():
    lines = line_features((DATA / "fnc1-train-0000.txt").read_text(encoding="utf-8"))
    assert all(len(line.features) == len(FEATURE_NAMES) for line in lines if line.features is not None)
    assert any(line.features is None for line in lines)  # the long sentences take the fast path


def test_a_text_of_long_sentences_is_not_read_line_by_line():
    from corpuslint.checks.boilerplate.classifier import may_have_candidates

    article = ("The council voted on Tuesday to close the bridge for repairs, the mayor said in a statement.\n\n"
               "  Engineers found cracks in two of its supports last month, and traffic has been limited since.  \n")
    assert not may_have_candidates(article)
    assert list(BoilerplateLine().check(Document.from_text(article))) == []
    assert may_have_candidates("Share this\n\n" + article)  # a short line
    assert may_have_candidates(article.replace("since.", "since"))  # a long line that ends no sentence


@pytest.mark.parametrize("page", ["web/ars-1.txt", "web/qq.txt", "fnc1-train-1732.txt", "fakenewsnet-BuzzFeed_Fake_32.txt"])
def test_the_rule_flags_what_the_full_features_score_above_the_threshold(page):
    # check() computes vectors only for the lines the model is asked about; line_features()
    # computes them for every candidate: the first stage's verdicts must be the same (with the
    # entries its scores flag by their neighbours, `smoothing.smoothed`, `edgelabels.edge_labels` and `sandwiched`)
    from corpuslint.checks.boilerplate.classifier import line_scores
    from corpuslint.checks.boilerplate.edgelabels import edge_labels
    from corpuslint.checks.boilerplate.smoothing import sandwiched, smoothed

    doc, found = findings(DATA / page, context=False, furnished=False)
    lines = line_features(doc.text)
    model = BoilerplateLine().model  # the rule's: the shipped one, or the one CORPUSLINT_CL140_MODEL names
    scores = line_scores(lines, model)
    expected = {line.number for line, score in zip(lines, scores) if score is not None and score >= model.threshold}
    flagged = {i for i, score in enumerate(scores) if score is not None and score >= model.threshold}
    flagged |= set(smoothed(lines, scores, model.threshold))
    labels = set(edge_labels(lines, scores, model.threshold, flagged))  # evidence for no other line
    expected |= {lines[i].number for i in flagged | labels | set(sandwiched(lines, scores, flagged))}
    nonblank = {line.number for line in lines}
    assert expected and flagged_lines(doc, found) & nonblank == expected


def test_the_ascii_shortcuts_count_what_the_patterns_count():
    import regex

    from corpuslint.checks.boilerplate import linefeatures as lf

    text = "\n".join((DATA / name).read_text(encoding="utf-8") for name in ("web/ars-1.txt", "fnc1-train-0053.txt"))
    lines = [line for line in line_features(text) if line.features is not None and line.text.isascii()]
    assert len(lines) > 50
    for line in lines:
        s, head, f = line.text, line.text[:lf.HEAD], dict(zip(FEATURE_NAMES, line.features))
        words = lf.WORD.findall(head.lower())
        assert line.stop == sum(w in lf.STOP_WORDS for w in words) / max(len(words), 1)
        letters = regex.findall(r"(?<!\w)\p{L}", head)
        assert f["cap_ratio"] == len(lf.CAP_WORD.findall(head)) / max(len(letters), 1)
        assert f["upper_ratio"] == len(lf.UPPER_WORD.findall(head)) / max(len(letters), 1)
        assert f["digit_ratio"] == len(lf.DIGIT.findall(head)) / len(head)
        assert f["symbol_ratio"] == len(lf.SYMBOL.findall(head)) / len(head)
        joined = " ".join(words)
        cta = sum(w in lf.CTA_WORDS for w in words) + sum(p in joined for p in lf.CTA_PHRASES)
        assert line.cta == cta, s
    assert all(lf.CJK.search(p) for p in lf.CTA_CJK)  # what lets a line without CJK skip them


def test_a_broken_model_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "model.json"
    bad.write_text(json.dumps({"format": "something else"}))
    with pytest.raises(ModelError, match="not a boilerplate model"):
        load_model(bad)
    assert issubclass(ModelError, CorpuslintError)


def test_learn_fits_a_threshold_to_labelled_lines(tmp_path):
    page = DATA / "web" / "ars-1.txt"
    lines = page.read_text(encoding="utf-8").split("\n")
    labels = tmp_path / "labels.jsonl"
    rows = [{"path": str(page), "line": lines.index("Biz & IT") + 1, "label": "boilerplate"},
            {"path": str(page), "line": lines.index("Forums") + 1, "label": "boilerplate"}]
    rows += [{"path": str(page), "line": n, "label": "content"} for n, line in enumerate(lines, 1) if len(line) > 150]
    labels.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    fit = fit_threshold(score_labels(read_labels(labels, []), load_model()), precision=0.97)
    assert fit.threshold is not None and fit.precision >= 0.97 and fit.recall > 0


def test_one_finding_per_defect_where_a_pack_names_the_whole_block():
    from corpuslint import Linter
    from corpuslint.config import Config

    text = (DATA / "fnc1-train-1608.txt").read_text(encoding="utf-8")
    found = Linter(Config(select=["boilerplate"])).check_document(Document.from_text(text, id="doc"))
    by_line: dict[int, list[str]] = {}
    for f in found:
        for n in range(f.line, f.end_line + 1):
            by_line.setdefault(n, []).append(f.code)
    # "Read more: ..." (a pack's) and "Follow us: ..." are reported, each line once
    assert 3 in by_line and 4 in by_line
    assert all(len(codes) == 1 for codes in by_line.values()), by_line


def test_bylines_dates_and_subheadings_are_left_alone():
    text = ("By Sylvia Westall\n\nMonday 08 September 2014\n\n"
            "The ministry said on Sunday that the talks would resume in Geneva next week, after a pause of a month.\n\n"
            "Talks resume\n\n"
            "Diplomats from both sides said they expected the first round to last two days and to end with a statement.\n")
    doc = Document.from_text(text)
    assert list(BoilerplateLine().check(doc)) == []


def test_the_compiled_model_is_cached_and_scores_the_same(tmp_path, monkeypatch):
    from corpuslint.checks.boilerplate import model as model_module

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    data = json.loads(model_module.DEFAULT_MODEL.read_text(encoding="utf-8"))
    fresh = model_module._compile(data["base"], data["trees"], len(FEATURE_NAMES), "testkey")
    assert list((tmp_path / "corpuslint").glob("cl140-testkey-*.marshal"))
    cached = model_module._compile(data["base"], data["trees"], len(FEATURE_NAMES), "testkey")
    lines = [line for line in line_features((DATA / "web" / "ars-1.txt").read_text(encoding="utf-8")) if line.features]
    assert [fresh(line.features) for line in lines] == [cached(line.features) for line in lines]


# lines of real news documents that read as furniture line by line but are the article's (or
# its metadata): the shapes the guards of `classifier.py` know, each left alone
ARTICLE_LINES = [
    ("fnc1-train-2069.txt", "Happy to help."),  # a short closing sentence
    ("fnc1-train-0416.txt", "– Benjamin Fearnow"),  # an author's sign-off (metadata)
    ("fnc1-train-1492.txt", "This story was amended on 10 November, following a comment from Robert Plant’s publicist"),
    ("fnc1-train-1904.txt", "BAGHDAD - morning Tariq al-Ali Mowaffak"),  # runs on into the next line
    ("fnc1-train-2370.txt", "Misreading of remarks"),  # a subheading under a one-sentence paragraph
    ("fnc1-train-0588.txt", "No comment on air strikes"),  # a subheading with a furniture word in it
    ("fnc1-train-2326.txt", "Can't believe this. Remember going up town with my dad to watch Home Alone in the "
                            "cinema. RIP Kevin xx http://t.co/2536YI8JmM"),  # a tweet the article quotes
    ("fnc1-train-0053.txt", "“To Parents"),  # a quoted letter opens
]


@pytest.mark.parametrize(("name", "line"), ARTICLE_LINES)
def test_the_article_s_own_short_lines_are_left_alone(name, line):
    doc, found = findings(DATA / name, furnished=False)  # the line model's guards, on extracted articles
    lines = [text.strip() for text in doc.text.split("\n")]
    assert line in lines
    assert lines.index(line) + 1 not in flagged_lines(doc, found)


def test_the_furniture_after_the_article_is_still_flagged():
    doc, found = findings(DATA / "fnc1-train-2385.txt", furnished=False)
    lines = [text.strip() for text in doc.text.split("\n")]
    flagged = flagged_lines(doc, found)
    assert {lines.index("[h/t ABC News]") + 1, lines.index("[Image via screengrab]") + 1} <= flagged
    assert not any(len(lines[n - 1]) > 100 for n in flagged)


def test_a_quoted_post_s_signature_and_text_are_left_alone_and_the_credit_below_is_flagged():
    # a tweet's signature alone on its line, and a tweet's text right above its signature: the
    # article's quotation (the model trained without early stopping scored both 0.96-0.98)
    doc, found = findings(DATA / "fnc1-train-0536.txt", furnished=False)
    lines = [text.strip() for text in doc.text.split("\n")]
    flagged = flagged_lines(doc, found)
    assert lines.index("— GOAT. (@llcoolj) November 11, 2014") + 1 not in flagged
    assert lines.index("[FOX]") + 1 in flagged
    doc, found = findings(DATA / "fnc1-train-0371.txt", furnished=False)
    lines = [text.strip() for text in doc.text.split("\n")]
    flagged = flagged_lines(doc, found)
    signature = lines.index("— Barbara Starr (@barbarastarrcnn) January 29, 2015") + 1
    assert {signature, signature - 2} & flagged == set()
    assert lines[signature - 3].startswith("Pentagon suspects detainee")


def test_the_rule_is_on_by_default_where_the_page_shows_its_furniture():
    from corpuslint import Linter
    from corpuslint.config import Config

    def cl140(name: str, config: Config) -> bool:
        doc = Document.from_text((DATA / name).read_text(encoding="utf-8"), id="doc")
        return any(f.code == "CL140" for f in Linter(config).check_document(doc))

    # a share bar above the article and an image credit and `Related` below it: found by default
    page = "furnished/fakenewsnet-BuzzFeed_Real_39.txt"
    assert cl140(page, Config()) and not cl140(page, Config(ignore=["CL140"]))
    # an extracted article's credits alone are not a page's furniture: only `furnished: false` speaks
    article = "fnc1-train-2385.txt"
    assert not cl140(article, Config())
    assert cl140(article, Config(rules={"CL140": {"furnished": False}}))


def test_an_extracted_article_is_proved_unfurnished_before_the_model_scores_a_line(monkeypatch):
    # `furnished` (on by default): where not even every line the model could flag would show a
    # page's furniture, the guards or the model are not asked at all; the same (no) findings
    from corpuslint.checks.boilerplate import classifier

    calls = {"asked": 0, "window": 0}

    def counted(name, real):
        def call(*args, **kwargs):
            calls[name] += 1
            return real(*args, **kwargs)
        return call

    monkeypatch.setattr(classifier, "asked", counted("asked", classifier.asked))
    monkeypatch.setattr(classifier, "Window", counted("window", classifier.Window))

    def run(name: str, **options) -> tuple[int, int, int]:
        calls.update(asked=0, window=0)
        return len(findings(DATA / name, **options)[1]), calls["asked"], calls["window"]

    # its candidates (`RELATED: ...`, `[h/t ABC News]`, a credit, `>> Follow`) stand in and below the
    # article's body, none above it: its first line is the article's prose
    assert run("fnc1-train-2385.txt") == (0, 0, 0)
    # ... asked once when not: how many it then finds is the model's (the shipped one 1, model32's a4 `RELATED: ...` too)
    found, *calls_made = run("fnc1-train-2385.txt", furnished=False)
    assert found and calls_made == [1, 1]
    # candidates above the body (its headline) and below it (a quoted post's signature, `[FOX]`), but
    # the guards leave the headline alone: nothing above the body is asked about
    assert run("fnc1-train-0536.txt") == (0, 1, 0)
    found, *calls_made = run("fnc1-train-0536.txt", furnished=False)
    assert found and calls_made == [1, 1]
    # a share bar above the article, a credit and `Related` below it: scored, and found
    # (two findings: the credit, `Like this: Like Loading...` and `Related` one run since session 24's
    # smoothing flags the line between them)
    assert run("furnished/fakenewsnet-BuzzFeed_Real_39.txt") == (2, 1, 1)


def test_the_proof_of_no_furniture_leaves_the_findings_as_they_were(monkeypatch):
    # the proof is exact: on the news articles of tests/data (most proved) and pages with their
    # furniture (found), the findings are those of the rule asking the model about every document
    names = [*sorted(DATA.glob("fnc1-*.txt")), *sorted(DATA.glob("fakenewsnet-*.txt")),
             *sorted((DATA / "furnished").glob("*.txt")), DATA / "menus" / "ars-1-head.txt", DATA / "menus" / "qq-head.txt"]
    proved = []
    real = BoilerplateLine._may_be_furnished

    def spy(self, lines, could, model, dump=False):
        answer = real(self, lines, could, model, dump)
        proved.append(not answer)
        return answer

    monkeypatch.setattr(BoilerplateLine, "_may_be_furnished", spy)
    with_proof = [findings(path)[1] for path in names]
    monkeypatch.setattr(BoilerplateLine, "_may_be_furnished", lambda self, lines, could, model, dump=False: True)
    assert with_proof == [findings(path)[1] for path in names]
    assert sum(proved) > len(names) / 2 and sum(1 for found in with_proof if found) >= 3


def test_typographic_lines_are_counted_on_bytes_as_the_patterns_count(monkeypatch):
    # a line that is ASCII but for curly quotes, dashes, an ellipsis or a no-break space is
    # measured on bytes (its typography replaced by ASCII stand-ins): the same counts as the
    # patterns give it, and a line with letters beyond ASCII still goes to the patterns
    from corpuslint.checks.boilerplate import linefeatures as lf

    names = ("fakenewsnet-BuzzFeed_Fake_10.txt", "fnc1-train-0588.txt", "fnc1-train-1732.txt", "web/ars-1.txt")
    text = "\n".join((DATA / name).read_text(encoding="utf-8") for name in names)
    typographic = [line.text for line in lf.split_lines(text)
                   if not line.text.isascii() and lf._ascii_head(line.text[:lf.HEAD]) is not None]
    assert len(typographic) > 20 and any("’" in s for s in typographic) and any("—" in s for s in typographic)
    assert lf._ascii_head("Café au lait") is None and lf._ascii_head("新闻") is None

    def measured(texts):
        out = []
        for s in texts:
            line = lf.Line(0, len(s), 1, s)
            lf._basic(line)
            out.append((line.words, line.stop, line.cta, line.prose, line.cjk, lf._rest(line)))
        return out

    on_bytes = measured(typographic)
    monkeypatch.setattr(lf, "_ascii_head", lambda head: None)  # every such line to the patterns
    assert measured(typographic) == on_bytes


def test_the_gate_builds_no_line_for_a_text_of_long_sentences_and_the_same_lines_otherwise():
    from corpuslint.checks.boilerplate.classifier import may_have_candidates
    from corpuslint.checks.boilerplate.linefeatures import candidate_lines, split_lines

    article = ("The council voted on Tuesday to close the bridge for repairs, the mayor said in a statement.\n\n"
               "  Engineers found cracks in two of its supports last month, and traffic has been limited since.  \n")
    assert candidate_lines(article, gate=True) == [] and len(candidate_lines(article)) == 2
    for path in sorted(DATA.glob("*.txt"))[:12] + [DATA / "web" / "ars-1.txt"]:
        text = path.read_text(encoding="utf-8")
        for variant in (text, "\n\n  " + text.replace("\n", "\n \n", 3) + "\n"):
            gated = candidate_lines(variant, gate=True)
            assert bool(gated) == may_have_candidates(variant)
            expected = [(ln.start, ln.end, ln.number, ln.text, ln.blank_before, ln.blank_after)
                        for ln in split_lines(variant)]
            assert [(ln.start, ln.end, ln.number, ln.text, ln.blank_before, ln.blank_after)
                    for ln in candidate_lines(variant)] == expected
            assert all(variant[ln.start:ln.end] == ln.text for ln in gated)


def test_the_window_measures_distances_runs_and_repeats_as_counted_line_by_line():
    from corpuslint.checks.boilerplate.linefeatures import Window, candidate_lines

    for name in ("web/ars-1.txt", "fnc1-train-1732.txt", "fakenewsnet-BuzzFeed_Fake_32.txt"):
        lines = candidate_lines((DATA / name).read_text(encoding="utf-8"))
        window = Window(lines)
        prose = [i for i, line in enumerate(lines) if line.prose]
        assert prose and len(lines) >= 10
        for i, line in enumerate(lines):
            nearest = min((abs(i - j) for j in prose), default=None)
            assert window._dist(i) == nearest
            assert window._repeats(line.text) == sum(other.text == line.text for other in lines)
            j = i
            while j >= 0 and lines[j].words < 8:
                j -= 1
            k = i
            while k < len(lines) and lines[k].words < 8:
                k += 1
            assert window.run[i] == (k - j - 1 if lines[i].words < 8 else 0)
    assert len(candidate_lines((DATA / "web/ars-1.txt").read_text(encoding="utf-8"))) > 64  # the Counter branch


def test_the_fix_removes_only_the_lines_found_in_the_page_as_given():
    # once its furniture is gone, the page left would be judged anew (each line's neighbours
    # changed) and the model flagged the blog post's title, byline and table of contents too
    from corpuslint import Linter
    from corpuslint.config import Config

    text = (DATA / "web" / "dropbox-blog.txt").read_text(encoding="utf-8")
    doc = Document.from_text(text, id="dropbox-blog")
    linter = Linter(Config(select=["CL140"]))
    found = [f for f in linter.check_document(doc) if f.code == "CL140"]
    flagged = {n for f in found for e in f.fix.edits
               for n in range(doc.text_position(e.start)[0], doc.text_position(max(e.start, e.end - 1))[0] + 1)}
    assert found
    kept = set(linter.fix(doc, unsafe=True).document.text.split("\n"))
    lines = text.split("\n")
    removed = {n for n, line in enumerate(lines, 1) if line.strip() and line not in kept}
    assert removed and removed <= flagged
    assert {"How we designed Dropbox ATF: an async task framework", "Lifecycle of a task"} <= kept


# session 9: the wrong shapes of the news read (seed 1808), each both ways on real documents:
# the article's line left alone, furniture of the same kind still flagged
ARTICLE_SHORT_LINES = [
    ("fnc1-train-0121.txt", "FALSE"),  # a fact check's verdict under its claim
    ("fnc1-train-1057.txt", "PROBABLY FALSE"),
    ("fnc1-train-1564.txt", "Watch their comments below:"),  # the article's lead-in to its video
    ("fakenewsnet-PolitiFact_Fake_87.txt", "WATCH:"),
    ("fakenewsnet-BuzzFeed_Real_76.txt", "Watch Biden lay into Trump here:"),
    # a quoted tweet that opens with "WATCH:", its signature (handle and date) at its end
    ("fakenewsnet-BuzzFeed_Real_76.txt", "WATCH: VP Biden goes off on Trump over Trump’s comments about not paying "
                                         "taxes: “It angers me! … What in the hell is he talking about!?” "
                                         "pic.twitter.com/Qg5L5HcnvL — NBC Nightly News (@NBCNightlyNews) "
                                         "September 27, 2016"),
    ("fnc1-train-1057.txt", "NT News. 16 October 2014"),  # a piece of a reference in the list of sources
    ("fnc1-train-1057.txt", "Woodcock, Mitchell. \"Bunbury Man's Bali horror.\" South Western Times. 16 October 2014"),
    ("fnc1-train-1791.txt", "By: Rory McConville"),  # a byline with a colon (metadata, for the CL5xx rules)
]
FURNITURE_LINES = [
    ("fakenewsnet-PolitiFact_Fake_119.txt", "SOURCE"),  # one word inside the article, not an answer
    ("fnc1-train-1916.txt", "Watch the video on RadarOnline.com:"),  # a lead-in to another site's page
    ("fakenewsnet-BuzzFeed_Real_76.txt", "Featured image via video screen capture"),  # under the quoted tweet
    ("fnc1-train-1916.txt", "PHOTOS: Most Notorious American Murder Trials"),
    ("fnc1-train-1791.txt", "0 comments"),  # under the byline
]


def _flagged(name: str, line: str) -> bool:
    # the line model's verdict on an extracted article: `furnished` (on by default) would keep it
    # from speaking there at all, and a guard's test would pass without the guard
    doc, found = findings(DATA / name, furnished=False)
    lines = [text.strip() for text in doc.text.split("\n")]
    assert line in lines
    return lines.index(line) + 1 in flagged_lines(doc, found)


@pytest.mark.parametrize(("name", "line"), ARTICLE_SHORT_LINES)
def test_verdicts_media_lead_ins_quoted_posts_and_citations_are_the_article_s(name, line):
    assert not _flagged(name, line)


@pytest.mark.parametrize(("name", "line"), FURNITURE_LINES)
def test_furniture_of_the_same_shapes_is_still_flagged(name, line):
    assert _flagged(name, line)


def test_a_short_pointer_at_the_article_s_media_is_its_own_wherever_it_stands():
    # the benchmark's corpus (BuzzFeed_Fake_89, BuzzFeed_Real_39, paragraphs shuffled: the pointer after the last
    # paragraph, or first): session 33's model flagged both (0.96, 0.94); a promotion or a call to action is no pointer
    from corpuslint.checks.boilerplate.articleown import is_media_lead_in
    from corpuslint.checks.boilerplate.linefeatures import candidate_lines

    for text in ("You can see it here:", "Watch the segment below:"):
        assert is_media_lead_in(candidate_lines(text)[0], 0.0), text
    for text in ("Watch the video on RadarOnline.com:", "Watch TMZ on TV:", "Read more here:", "See also:",
                 "Sign up for our newsletter here:"):
        assert not is_media_lead_in(candidate_lines(text)[0], 0.0), text


def test_a_row_of_answers_and_an_archive_selector_are_no_verdict_or_citation():
    from corpuslint.checks.boilerplate.articleown import is_citation_item, is_verdict
    from corpuslint.checks.boilerplate.linefeatures import candidate_lines

    poll = candidate_lines("Did you like this article?\n\nYes\n\nNo\n\nThe mayor said the bridge would "
                           "close for repairs on Tuesday, after the council voted for it.\n")
    assert not is_verdict(poll[1], poll[0], poll[2], 0.5) and not is_verdict(poll[2], poll[1], poll[3], 0.5)
    # the first line of fakenewsnet-BuzzFeed_Real_65 (a blog's archive selector): ends with a year, no reference
    first = candidate_lines((DATA / "fakenewsnet-BuzzFeed_Real_65.txt").read_text(encoding="utf-8"))
    assert first[0].text.endswith("2016") and not is_citation_item(first[0], None, first[1])
    assert _flagged("fakenewsnet-BuzzFeed_Real_65.txt", first[0].text)


def test_the_article_s_own_lines_are_no_lines_for_the_second_stage_to_judge():
    # own23 (review22 #1b): a line `articles_own` keeps (here the uuid page's `UUID.fields¶`-style entries and
    # headings under their permalinks, `techlines`) is not asked of the first stage; the second stage took it as
    # one of its lines to judge (a context row) and only dropped its verdict afterwards. For its neighbours it
    # stays the document's own text, unscored (0), as every line not asked is.
    from corpuslint.checks.boilerplate.classifier import asked
    from corpuslint.checks.boilerplate.context import context_rows
    from corpuslint.checks.boilerplate.doclines import DocLines
    from corpuslint.checks.boilerplate.linefeatures import Window, candidate_lines

    lines = candidate_lines((DATA / "techlines" / "python-library-uuid.txt").read_text(encoding="utf-8"))
    shared, own = DocLines(lines), set()
    ask = asked(shared, own)
    model = load_model()
    window, first = Window(lines, shared.position), [None] * len(lines)
    for i, line in enumerate(lines):
        if line.candidate:
            window.fill(i)
            first[i] = model.score(line.features) if ask[i] else None
    assert 96 in {lines[i].number for i in own} and not any(ask[i] for i in own)
    judged = {i for i, _ in context_rows(lines, first, model.threshold, lambda line: model.score(line.features))}
    judged_own = {i for i, _ in context_rows(lines, first, model.threshold, lambda line: model.score(line.features), own)}
    assert own & judged and not own & judged_own and judged - own == judged_own


def test_an_opinion_piece_s_closing_quips_are_its_own():
    # BuzzFeed_Fake_40 (record 35 of the report's news sample): the author signs off in a run of short lines,
    # `Punchline: The law abiding ones!` / `I’m so funny.` / `You’re welcome.`; no furniture stands below them
    # (model32's a4 flagged the last one: test_report pinned it only as its total, 269 -> 270)
    record = (DATA.parent / "report" / "news-sample.jsonl").read_text(encoding="utf-8").splitlines()[34]
    text = json.loads(record)["text"]
    assert text.endswith("I’m so funny.\n\nYou’re welcome.")
    assert not list(BoilerplateLine().check(Document.from_text(text)))
    # each of the run of short sentences after the last paragraph closes the text (session 33's model flagged
    # `You’re welcome.`, 0.95); a call to action, a caption's credit, a run broken by blank lines do not
    lines = line_features(text)
    assert all(is_closing_sentence(lines, i) for i in range(len(lines) - 4, len(lines)))
    tail = line_features(text.rsplit("\n\n", 3)[0] + "\n\nShare this article.\n\nPhoto courtesy of Getty Images.\n")
    assert not is_closing_sentence(tail, len(tail) - 2) and not is_closing_sentence(tail, len(tail) - 1)
    apart = line_features(text.replace("I’m so funny.\n\n", "I’m so funny.\n\n\n\n"))
    assert not is_closing_sentence(apart, len(apart) - 1)
