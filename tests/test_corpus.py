"""Corpus rules on real documents: site furniture, shared wire quotes, bios, duplicates, learn."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpuslint import Document, Linter
from corpuslint.config import Config
from corpuslint.models import Applicability

DATA = Path(__file__).parent / "data" / "corpus"
CODES = ["CL151", "CL410", "CL411", "CL412"]

# Wire stories that four outlets ran: their paragraphs repeat, but are quotations, not boilerplate.
SHARED_WIRE = ["fnc1-train-0035", "fnc1-train-0432", "fnc1-train-1162", "fnc1-train-1318",
               "fnc1-train-0061", "fnc1-train-0117", "fnc1-train-1815", "fnc1-train-2325"]


def docs(names=None) -> list[Document]:
    paths = sorted(DATA.glob("*.txt")) if names is None else [DATA / f"{n}.txt" for n in names]
    return [Document.from_text(p.read_text(encoding="utf-8"), id=p.stem, path=str(p)) for p in paths]


def linter(**rules) -> Linter:
    return Linter(Config(select=CODES, rules=rules))


@pytest.fixture(scope="module")
def corpus_findings():
    return linter().check(docs())


def by(findings, code, name=None):
    return [f for f in findings if f.code == code and (name is None or Path(f.path).stem == name)]


def test_site_furniture_is_reported_in_every_article_with_count_and_another_place(corpus_findings):
    politico = ["fakenewsnet-BuzzFeed_Real_12", "fakenewsnet-BuzzFeed_Real_18", "fakenewsnet-BuzzFeed_Real_19",
                "fakenewsnet-BuzzFeed_Real_20", "fakenewsnet-PolitiFact_Real_115"]
    for name in politico:
        [finding] = [f for f in by(corpus_findings, "CL151", name) if f.text == "Story Continued Below"]
        assert "occurs in 5 documents" in finding.message
        assert finding.related and Path(finding.related[0].path).stem != name
        assert finding.fix.applicability == Applicability.UNSAFE


def test_short_lines_repeated_across_unrelated_stories_are_boilerplate(corpus_findings):
    for name in ["fnc1-train-0059", "fnc1-train-0077", "fnc1-train-0156", "fnc1-train-0229"]:
        assert [f.text for f in by(corpus_findings, "CL151", name)] == ["Scroll down for video"]


def test_shared_wire_quotations_are_not_boilerplate(corpus_findings):
    for name in SHARED_WIRE:
        assert by(corpus_findings, "CL151", name) == [], name


def test_a_quote_shared_by_two_stories_is_not_flagged_even_at_a_low_threshold():
    findings = linter(CL151={"min-documents": 2}).check(docs(SHARED_WIRE))
    assert by(findings, "CL151") == []


def test_fix_removes_the_line_with_its_blank_lines():
    lint = linter()
    corpus = docs()
    lint.build_index(corpus)
    doc = next(d for d in corpus if d.id == "fakenewsnet-BuzzFeed_Real_12")
    result = lint.fix(doc, unsafe=True, only={"CL151"})
    assert "Story Continued Below" not in result.document.text
    assert "\n\n\n" not in result.document.text
    assert result.document.text.count("\n\n") == doc.text.count("\n\n") - 1


def test_repeated_bio_is_its_own_finding_and_moves_to_metadata(corpus_findings):
    for name in ["fakenewsnet-BuzzFeed_Real_65", "fakenewsnet-BuzzFeed_Real_69"]:
        [finding] = by(corpus_findings, "CL410", name)
        assert "bio" in finding.message and "Josh Gerstein" in finding.message
        assert finding.fix.applicability == Applicability.UNSAFE
        assert finding.fix.metadata[0].key == "author_bio"
        assert finding.fix.metadata[0].value == "Josh Gerstein is a senior reporter for POLITICO."
        assert not any("Josh Gerstein" in (f.text or "") for f in by(corpus_findings, "CL151", name))
    greenfield = by(corpus_findings, "CL410", "fakenewsnet-PolitiFact_Real_115")
    assert greenfield and "Jeff Greenfield" in greenfield[0].message
    for name in ["fnc1-train-0382", "fnc1-train-1370", "fnc1-train-1776", "fnc1-train-2166"]:
        [finding] = by(corpus_findings, "CL410", name)
        assert "Evan McMurry" in finding.message


def test_bio_fix_removes_the_paragraph_and_sets_the_field():
    lint = linter()
    corpus = docs()
    lint.build_index(corpus)
    doc = next(d for d in corpus if d.id == "fakenewsnet-BuzzFeed_Real_65")
    fixed = lint.fix(doc, unsafe=True, only={"CL410"}).document
    assert "Josh Gerstein is a senior reporter" not in fixed.text
    assert fixed.metadata["author_bio"] == "Josh Gerstein is a senior reporter for POLITICO."


def test_a_bio_of_the_same_person_in_other_words_counts():
    a = ("The committee met on Tuesday and voted to delay the bill until the spring session. "
         "Its chairman said the members needed more time to read the amendments.\n\n"
         "Maria Lopez is a senior reporter for the Courier covering state politics.")
    b = ("Voters in the district will choose between three candidates for the open seat. "
         "Turnout in the primary was the lowest in a decade, officials said on Monday.\n\n"
         "Maria Lopez is a staff writer at the Courier. Follow her on Twitter @mlopez.")
    findings = linter().check([Document.from_text(a, id="a", path="a.txt"),
                               Document.from_text(b, id="b", path="b.txt")])
    assert len(by(findings, "CL410")) == 2
    assert "as a bio of Maria Lopez" in by(findings, "CL410")[0].message


def test_exact_duplicate_is_reported_on_the_later_document(corpus_findings):
    [finding] = by(corpus_findings, "CL411")
    assert Path(finding.path).stem == "fakenewsnet-PolitiFact_Real_9"
    assert "fakenewsnet-PolitiFact_Real_8" in finding.message
    assert not by(corpus_findings, "CL411", "fakenewsnet-PolitiFact_Real_8")


def test_near_duplicates_name_the_earlier_document_and_the_similarity(corpus_findings):
    [finding] = by(corpus_findings, "CL412", "fnc1-train-1318")
    assert "fnc1-train-0432" in finding.message and "estimated similarity 0.9" in finding.message
    assert not by(corpus_findings, "CL412", "fnc1-train-0432")


def _variant(text: str, every: int) -> str:
    words = text.split(" ")
    return " ".join("CHANGED" if i % every == 0 else w for i, w in enumerate(words))


@pytest.mark.parametrize("threshold, reported", [(0.5, True), (0.95, False)])
def test_near_duplicate_threshold(threshold, reported):
    original = (DATA / "fnc1-train-0061.txt").read_text(encoding="utf-8")
    pair = [Document.from_text(original, id="a", path="a.txt"),
            Document.from_text(_variant(original, 12), id="b", path="b.txt")]
    findings = linter(CL412={"threshold": threshold}).check(pair)
    near = by(findings, "CL412")
    assert bool(near) is reported
    if reported:
        assert near[0].path == "b.txt" and 0.5 <= near[0].data["similarity"] < 0.95


def test_learn_writes_a_pack_that_loads_and_finds_the_boilerplate(tmp_path, cli):
    from corpuslint.packs import load_pack

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in DATA.glob("*.txt"):
        (corpus / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "rules" / "learned.yaml"
    result = cli("learn", corpus, "-o", out, "--isolated", "--no-index")
    assert result.code == 0, result
    text = out.read_text(encoding="utf-8")
    assert "# 5 documents, 5 different articles" in text and '"Story Continued Below"' in text
    assert "Josh Gerstein" not in text  # bios are CL410's, not boilerplate
    rules = load_pack(out)
    assert rules and all(r.family == "boilerplate" for r in rules)
    doc = Document.from_text((DATA / "fnc1-train-0077.txt").read_text(encoding="utf-8"), path="x.txt")
    hits = [v for r in rules for v in r().check(doc)]
    assert any("Scroll down for video" in doc.text[v.start:v.end] for v in hits)
    prose = Document.from_text("He said the paper was full of lines like Scroll down for video and more.", path="y.txt")
    assert not [v for r in rules for v in r().check(prose)]


def test_a_repeated_line_that_a_pack_rule_names_is_reported_once(tmp_path, cli):
    # "Story Continued Below" on many politico pages: the pack rule CL132 says what it is, so the
    # catch-all CL151 (repeated across documents) does not report the same line again
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    leads = [
        ("The Senate passed the budget late on Friday after a long debate over defence spending.",
         "Three senators voted against it, citing the deficit and the cost of new ships."),
        ("A storm knocked out power to thousands of homes along the coast on Tuesday night.",
         "Crews expect to restore most lines by the weekend, the utility said in a statement."),
        ("The museum reopened its east wing with a show of early photographs from the city.",
         "Curators spent two years restoring the glass plates, some of them badly cracked."),
        ("Local farmers say the dry spring has cut their wheat yields by nearly a third.",
         "Some are switching to crops that need less water, such as sorghum and millet."),
    ]
    for i, (lead, end) in enumerate(leads):
        (corpus / f"p{i}.txt").write_text(f"{lead}\n\nStory Continued Below\n\n{end}\n", encoding="utf-8")
    findings = cli("check", corpus, "--isolated", "--no-cache", "--select", "CL132,CL151",
                   "--output-format", "json").json()
    assert sorted({f["code"] for f in findings}) == ["CL132"]
    alone = cli("check", corpus, "--isolated", "--no-cache", "--select", "CL151", "--output-format", "json").json()
    assert {f["code"] for f in alone} == {"CL151"}  # with the pack rule off, the catch-all reports


# -- the features' shortcuts are the long way's results -----------------------------------------

_TEXT = st.text(alphabet="ab Zé\u0301\u3000\u00a0\n\t.:/@w5ﬁ", max_size=80)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(_TEXT)
def test_the_text_normal_form_built_from_lines_is_normalize_of_the_whole(text):
    from corpuslint import similarity as sim
    from corpuslint.checks.corpus_features import _units

    assert _units(text)[1].split() == sim.tokens(text)


def test_normal_form_from_lines_on_real_documents():
    from corpuslint import similarity as sim
    from corpuslint.checks.corpus_features import _units

    paths = sorted((Path(__file__).parent / "data").rglob("*.txt"))
    assert len(paths) > 30
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert _units(text)[1].split() == sim.tokens(text), path.name


def test_features_kept_from_the_collect_phase_are_the_features_computed_afresh():
    from corpuslint.checks import corpus_features as corpus

    documents = docs()
    corpus._KEPT.clear()
    corpus._CACHE[:] = [None, None, None]
    kept = [corpus.features(d, keep=True) for d in documents]  # the collect phase keeps them
    assert len(corpus._KEPT) == len(documents)
    again = [corpus.features(Document.from_text(d.text, id=d.id, path=d.origin.path)) for d in documents]
    assert not corpus._KEPT  # each used once
    corpus._CACHE[:] = [None, None, None]
    fresh = [corpus.features(Document.from_text(d.text, id=d.id, path=d.origin.path)) for d in documents]
    corpus._KEPT.clear()
    for a, b, c in zip(kept, again, fresh):
        assert (b.text_hash, b.signature, b.words, b.site, [u.key for u in b.units]) == \
               (c.text_hash, c.signature, c.words, c.site, [u.key for u in c.units])
        assert b.text == c.text and a.signature == c.signature


def test_features_are_kept_only_while_the_index_is_built():
    from corpuslint.checks import corpus_features as corpus

    corpus._KEPT.clear()
    linter = Linter(Config(select=CODES))
    documents = docs()
    linter.build_index(documents)
    assert len(corpus._KEPT) == len(documents)
    for doc in documents:
        linter.check_document(doc)
    assert not corpus._KEPT  # the check used each once and kept nothing more
    for doc in documents:
        linter.check_document(doc)  # a check without a collect phase before it (a built index)
    assert not corpus._KEPT


# -- issue 16: a site's templates; quotations and embedded posts that outlets share ---------------

SITE = DATA / "site"


def site_docs(*sites):
    paths = sorted(SITE.glob("*.txt"))
    return [Document.from_text(p.read_text(encoding="utf-8"), id=p.stem, path=str(p), metadata={"source": site})
            for p, site in zip(paths, sites)]


def test_a_line_a_site_stamps_on_two_of_its_articles_is_its_template():
    findings = linter().check(site_docs("http://winningdemocrats.com", "http://winningdemocrats.com"))
    found = by(findings, "CL151")
    assert [f.text for f in found] == ["Featured image from file"] * 2
    assert all("2 of them from winningdemocrats.com" in f.message for f in found)


def test_the_same_line_in_two_articles_of_two_sites_is_not_a_template():
    findings = linter().check(site_docs("http://winningdemocrats.com", "http://addictinginfo.org"))
    assert by(findings, "CL151") == []


@pytest.mark.parametrize("block, is_quoted", [
    ("— Brown Moses (@Brown_Moses) September 13, 2014", True),  # fnc1-train-0269: an embedded tweet
    ("“We are aware of the reports and are looking into them,” a spokesman said.", True),
    ("pic.twitter.com/AbC123 — NBC News (@NBCNews) May 5, 2017", True),
    ("Featured image from file", False),
    ("Have something to add to this story? Share it in the comments.", False),
])
def test_quotations_and_embedded_posts_are_the_news_not_boilerplate(block, is_quoted):
    from corpuslint.checks.boilerplate.repeated import quoted

    assert quoted(block) is is_quoted
