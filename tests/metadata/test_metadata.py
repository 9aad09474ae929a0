"""The metadata family (CL501-CL505) on real documents and real FakeNewsNet / FNC-1 records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from corpuslint.checks.metadata.body import MetadataInBody, MetadataLineInBody
from corpuslint.checks.metadata.rules import EmptyMetadata, InvalidMetadata, MissingMetadata
from corpuslint.checks.metadata.schema import BodyOptions, InvalidOptions, SchemaOptions
from corpuslint.config import Config
from corpuslint.engine import Linter
from corpuslint.errors import ConfigError
from corpuslint.models import Applicability, Document

DATA = Path(__file__).parents[1] / "data" / "metadata"
SEED = "000_8649d156db22d76a.txt"


def doc(name: str, metadata: dict | None = None) -> Document:
    path = DATA / name
    return Document.from_text(path.read_text(encoding="utf-8"), path=str(path), metadata=metadata)


def records() -> dict[str, Document]:
    """The sample records as the JSONL reader builds them: text, and every other field as metadata."""
    out = {}
    for line in (DATA / "news-sample.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record.pop("text")
        out[record["id"]] = Document.from_text(text, id=record["id"], metadata=record, format="jsonl")
    return out


def run(rule, document: Document) -> list:
    return list(rule.check(document))


def by_field(violations) -> dict:
    return {v.data["field"]: v for v in violations}


# -- CL504 on the seed --------------------------------------------------------------------------


def test_seed_values_found_in_the_body():
    seed = doc(SEED)
    found = run(MetadataInBody(), seed)
    fields = by_field(found)
    assert list(fields) == ["title", "author", "date", "source", "region", "theme"]
    values = {k: v.data["value"] for k, v in fields.items()}
    assert values == {
        "title": 'Russia Sends "Peacekeeping" Troops to Venezuela. Joint Military Exercises.',
        "author": "Stephen Lendman",
        "date": "2019-03-25",
        "source": "Global Research",
        "region": "Latin America & Caribbean, Russia and FSU",
        "theme": "Militarization and WMD",
    }
    lines = {k: seed.position(v.start)[0] for k, v in fields.items()}
    assert lines == {"title": 3, "author": 5, "date": 7, "source": 7, "region": 9, "theme": 13}
    # the region finding covers its broken continuation line `and FSU` (line 11)
    assert seed.position(fields["region"].end)[0] == 11
    for v in found:
        assert v.fix.applicability == Applicability.SAFE
        assert v.fix.edits == []
        assert [(m.key, m.value) for m in v.fix.metadata] == [(v.data["field"], v.data["value"])]
    assert 'author found in the body: "Stephen Lendman" (metadata has none)' in fields["author"].message


def test_seed_prose_is_not_metadata():
    seed = doc(SEED)
    for v in run(MetadataInBody(), seed):
        assert seed.position(v.start)[0] <= 13  # nothing from the article (line 15 on)


def test_seed_fix_loop_converges_safe_then_unsafe():
    linter = Linter(Config(select=["CL5", "CL501"]))
    seed = doc(SEED)
    safe = linter.fix(seed)
    assert safe.document.metadata == {
        "title": 'Russia Sends "Peacekeeping" Troops to Venezuela. Joint Military Exercises.',
        "author": "Stephen Lendman", "date": "2019-03-25", "source": "Global Research",
        "region": "Latin America & Caribbean, Russia and FSU", "theme": "Militarization and WMD"}
    assert safe.document.text == seed.text  # the safe pass never touches the text
    assert sorted({f.code for f in safe.remaining}) == ["CL505"]
    assert len(safe.remaining) == 5
    unsafe = linter.fix(seed, unsafe=True)
    text = unsafe.document.text
    assert text.lstrip().startswith("According to <u>Reuters</u> on Sunday")
    assert "By Stephen Lendman" not in text and "and FSU" not in text and "Theme:" not in text
    assert unsafe.remaining == []
    # everything after the head is untouched
    assert text.endswith(seed.text[seed.text.index("According to"):])


# -- CL504 on real documents --------------------------------------------------------------------


@pytest.mark.parametrize(("name", "expected"), [
    ("fakenewsnet-PolitiFact_Fake_39.txt", {"author": "Free Wood Post", "place": "Houston"}),  # HOUSTON —
    ("fnc1-train-1341.txt", {"author": "Sylvia Westall", "source": "Reuters",  # (Additional reporting by …;
     "contributors": ["Oliver Holmes", "Phil Stewart", "David Alexander"], "editor": "Gareth Jones"}),  # Editing by …)
    ("fnc1-train-1821.txt", {"author": "Isaac Abrak", "source": "Reuters"}),
    ("fnc1-train-2230.txt", {"author": ["Benjamin Kang Lim", "Tony Munroe"], "source": "Reuters"}),
    ("fakenewsnet-BuzzFeed_Fake_23.txt", {"author": "Frank Wilkenmeyer", "date": "2016-09-19"}),
    ("fnc1-train-0829.txt", {"author": "Press Trust of India", "date": "2015-01-08"}),
    ("fnc1-train-0405.txt", {"date": "2014-08-23"}),
    ("fnc1-train-1485.txt", {"source": "AP"}),
    ("fakenewsnet-BuzzFeed_Real_17.txt", {"source": "CNN"}),  # "(CNN) Jeb Bush ..." after two highlights
    ("fakenewsnet-BuzzFeed_Fake_83.txt", {"title": "EXPOSED: Soros Funding Fake Veterans’ PAC To Take Trump Down"}),
    ("fnc1-train-0282.txt", {"title": "One More Thing … You Have to Charge It Every Day"}),
    ("fnc1-train-1791.txt", {"author": "Rory McConville"}),
])
def test_metadata_in_body_on_real_documents(name, expected):
    found = {k: v.data["value"] for k, v in by_field(run(MetadataInBody(), doc(name))).items()}
    assert found == expected


def test_inline_byline_covers_only_the_byline():
    document = doc("fnc1-train-1821.txt")
    author = by_field(run(MetadataInBody(), document))["author"]
    assert document.text[author.start:author.end] == "By Isaac Abrak"


@pytest.mark.parametrize("name", [
    "fnc1-train-0130.txt",  # "By Friday, Cuba-related Twitter accounts ..." in the prose
    "fnc1-train-0140.txt",  # "The Islamic State (Isis) has flown ..."
    "fakenewsnet-PolitiFact_Fake_111.txt",  # "House Speaker Paul Ryan (R-WI) this week ..."
    "fnc1-train-1987.txt",  # a picture credit "CRAIG WARGA/NY DAILY NEWS/GETTY IMAGES" first
    "fnc1-train-0210.txt",  # a caption "... Photo: Reuters"
    "fnc1-train-1623.txt",  # "Meet 19-year-old Jess Smith." opens the prose
    "fnc1-train-0917.txt",  # "Source: Detroit Free Press" credits the story, no byline near
    "fnc1-train-0004.txt",  # "Source: The Daily Caller" after the first paragraph
    "fnc1-train-1728.txt",  # "BY EDDIE SCARRY | ..." in a list of other stories at the end
    "fnc1-train-1303.txt",  # a quoted article's "February 4th, 2015 | by Barbara Johnson"
    "fakenewsnet-PolitiFact_Fake_82.txt",  # "Seth Rich Seth Rich"
    "fakenewsnet-BuzzFeed_Fake_46.txt",  # "4.3k SHARES Facebook Twitter"
])
def test_metadata_in_body_stays_quiet_on_real_documents(name):
    assert run(MetadataInBody(), doc(name)) == []


def test_a_picture_credit_is_not_metadata_but_the_dateline_under_it_is():
    # "Jeny Chang for BuzzFeed / Via Drug Policy Alliance data" / "NEW YORK CITY — The New York Police ..."
    found = run(MetadataInBody(), doc("fnc1-train-1368.txt"))
    assert [(v.data["field"], v.data["value"]) for v in found] == [("place", "New York City")]


def test_metadata_in_body_only_where_metadata_lacks_the_field():
    rule = MetadataInBody()
    full = {"title": "x", "author": "Someone Else", "date": "2019-01-01", "source": "Elsewhere",
            "region": "r", "theme": "t"}
    assert run(rule, doc(SEED, full)) == []
    # an empty key is filled in place, in its shape
    found = by_field(run(rule, doc(SEED, {"authors": [], "publish_date": None})))
    assert [(m.key, m.value) for m in found["author"].fix.metadata] == [("authors", ["Stephen Lendman"])]
    assert [(m.key, m.value) for m in found["date"].fix.metadata] == [("publish_date", "2019-03-25")]
    assert "metadata's `authors` is empty" in found["author"].message


def test_metadata_in_body_options():
    seed = doc(SEED)
    no_labels = MetadataInBody(BodyOptions.model_validate({"generic-labels": False}))
    assert "region" not in by_field(run(no_labels, seed))
    short = MetadataInBody(BodyOptions.model_validate({"head-lines": 2}))
    assert list(by_field(run(short, seed))) == ["title", "author"]


# -- CL505 --------------------------------------------------------------------------------------


def test_metadata_line_in_body_on_the_seed_after_the_fix():
    seed = doc(SEED)
    meta = {m.key: m.value for v in run(MetadataInBody(), seed) for m in v.fix.metadata}
    filled = doc(SEED, meta)
    found = run(MetadataLineInBody(), filled)
    assert [filled.position(v.start)[0] for v in found] == [3, 5, 7, 9, 13]
    region = found[3]
    (edit,) = region.fix.edits
    assert region.fix.applicability == Applicability.UNSAFE
    assert filled.text[edit.start:edit.end] == "Region: Latin America & Caribbean, Russia\n\nand FSU\n\n"
    assert "byline \"By Stephen Lendman\" repeats the metadata's author \"Stephen Lendman\"" in found[1].message


def test_metadata_line_in_body_needs_the_same_value():
    # a different author: the byline is not a mere repeat
    assert run(MetadataLineInBody(), doc(SEED, {"author": "Someone Else"})) == []
    assert run(MetadataLineInBody(), doc(SEED)) == []
    # the date matches but the source is unknown: the dateline still carries something
    assert run(MetadataLineInBody(), doc(SEED, {"date": "2019-03-25"})) == []
    # an author list and a date stamp count as the same values
    found = run(MetadataLineInBody(), doc(SEED, {"authors": ["Stephen Lendman"],
                                                 "publish_date": {"$date": 1553472000000},
                                                 "source": "https://www.globalresearch.ca"}))
    assert [v.data["fields"] for v in found] == [["author"], ["date", "source"]]


def test_title_line_repeating_a_record_title():
    recs = records()
    found = run(MetadataLineInBody(), recs["fakenewsnet-BuzzFeed_Fake_83"])
    assert len(found) == 1 and found[0].data["fields"] == ["title"]
    assert found[0].start == 0
    assert run(MetadataInBody(), recs["fakenewsnet-BuzzFeed_Fake_83"]) == []


# -- CL501 / CL502 / CL503 on real records ------------------------------------------------------


def test_records_missing_empty_invalid():
    recs = records()
    missing, empty, invalid = MissingMetadata(), EmptyMetadata(), InvalidMetadata()
    # 39 FakeNewsNet records hold a title and nothing else
    title_only = recs["fakenewsnet-BuzzFeed_Fake_22"]
    assert sorted(v.data["field"] for v in run(missing, title_only)) == ["author", "date", "source"]
    v = by_field(run(missing, title_only))["author"]
    assert (v.start, v.end) == (0, 0)
    assert "`author`, `authors`, `byline`" in v.message
    # empty `authors` list, null publish_date
    found = by_field(run(empty, recs["fakenewsnet-BuzzFeed_Fake_13"]))
    assert sorted(found) == ["author", "date"]
    assert "`authors` = []" in found["author"].message
    assert "`publish_date` = null" in found["date"].message
    # a complete record, with {"$date": ms} dates and http URLs, is clean
    complete = recs["fakenewsnet-BuzzFeed_Fake_1"]
    for rule in (missing, empty, invalid):
        assert run(rule, complete) == []
    # FNC-1 records (id, Body ID, provenance) carry no article metadata: nothing to require
    for rule in (missing, empty, invalid):
        assert run(rule, recs["fnc1-train-0000"]) == []


def test_bare_text_is_not_told_it_lacks_metadata():
    for rule in (MissingMetadata(), EmptyMetadata(), InvalidMetadata()):
        assert run(rule, doc(SEED)) == []


@pytest.mark.parametrize(("metadata", "field", "problem"), [
    ({"title": 42}, "title", "is a number, not a string"),
    ({"title": ["a", "b"]}, "title", "is a list, not a string"),
    ({"title": "t", "date": "2019-02-30"}, "date", "is not a date"),
    ({"title": "t", "published": "yesterday"}, "date", "is not a date"),
    ({"title": "t", "url": "www.example.com/story"}, "url", "no scheme"),
    ({"title": "t", "url": "https:///story"}, "url", "no host"),
    ({"title": "t", "authors": ["Jane Doe", 7]}, "author", "item 2 is a number"),
])
def test_invalid_metadata(metadata, field, problem):
    found = run(InvalidMetadata(), Document.from_text("text", metadata=metadata))
    assert len(found) == 1
    assert found[0].data["field"] == field
    assert problem in found[0].message


@pytest.mark.parametrize("metadata", [
    {"title": "t", "date": "March 25, 2019"},
    {"title": "t", "date": "2019-03-25T10:00:00Z"},
    {"title": "t", "publish_date": 1553472000},
    {"title": "t", "url": "https://www.example.com/a?b=c", "authors": "Jane Doe"},
])
def test_valid_metadata(metadata):
    assert run(InvalidMetadata(), Document.from_text("text", metadata=metadata)) == []


def test_iso_dates_option_fixes_readable_dates():
    rule = InvalidMetadata(InvalidOptions.model_validate({"iso-dates": True}))
    (v,) = run(rule, Document.from_text("t", metadata={"date": "March 25, 2019"}))
    assert [(m.key, m.value) for m in v.fix.metadata] == [("date", "2019-03-25")]
    (v,) = run(rule, Document.from_text("t", metadata={"date": "03/04/2019"}))
    assert v.fix is None and "ambiguous" in v.message
    assert run(rule, Document.from_text("t", metadata={"date": "2019-03-25"})) == []


def test_empty_placeholders_and_requiredness():
    found = by_field(run(EmptyMetadata(), Document.from_text("t", metadata={"title": "N/A", "author": " "})))
    assert sorted(found) == ["author", "title"]
    # `url` is optional: an empty one is not reported
    assert run(EmptyMetadata(), Document.from_text("t", metadata={"title": "x", "author": "a", "date": "2019",
                                                                   "source": "s", "url": ""})) == []


# -- the schema as options ----------------------------------------------------------------------


def test_schema_defaults():
    fields = SchemaOptions().fields
    assert list(fields) == ["title", "author", "date", "source", "url"]
    assert fields["author"].aliases[:2] == ["authors", "byline"]
    assert fields["date"].type == "date" and "publish_date" in fields["date"].aliases
    assert {f.required for n, f in fields.items() if n != "url"} == {"usual"}


def test_schema_is_merged_and_extended():
    options = SchemaOptions.model_validate({"fields": {
        "title": {"required": True},
        "language": {"type": "one-of", "values": ["en", "de"], "required": "always", "aliases": ["lang"]},
        "url": None,
    }})
    assert options.fields["title"].required == "always"
    assert options.fields["title"].aliases == ["headline"]  # kept from the default
    assert "url" not in options.fields
    rule = InvalidMetadata(InvalidOptions.model_validate({"fields": options.model_dump()["fields"]}))
    (v,) = run(rule, Document.from_text("t", metadata={"lang": "fr"}))
    assert v.data["field"] == "language" and "not one of the allowed values" in v.message
    missing = MissingMetadata(options)
    assert sorted(v.data["field"] for v in run(missing, Document.from_text("t"))) == ["language", "title"]


@pytest.mark.parametrize("bad", [
    {"field": {}},  # typo for `fields`
    {"fields": {"title": {"requird": "always"}}},
    {"fields": {"title": {"type": "number"}}},
    {"fields": {"lang": {"type": "one-of"}}},  # one-of without values
    {"fields": {"lang": {"values": ["en"]}}},  # values without one-of
    {"fields": {"title": {"required": "sometimes"}}},
])
def test_schema_option_errors(bad):
    with pytest.raises(ValidationError):
        SchemaOptions.model_validate(bad)


def test_unknown_option_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown option"):
        Linter(Config(select=["CL5", "CL501"], rules={"CL501": {"fieldz": {}}}))
    Linter(Config(select=["CL5", "CL501"], rules={"missing-metadata": {"fields": {"title": {"required": "always"}}},
                                         "CL504": {"head-lines": 10}}))


def test_every_metadata_rule_is_on_by_default():
    assert {"CL501", "CL502", "CL503", "CL504", "CL505"} <= set(Linter(Config()).by_code)


def test_missing_metadata_on_real_records_with_only_a_title(tmp_path, cli):
    # FakeNewsNet records that carry a title and nothing else, among complete ones: the scraper
    # lost the rest of those two
    import json

    records = [json.loads(line) for line in (DATA / "news-sample.jsonl").read_text(encoding="utf-8").splitlines()]
    bare = [r for r in records if set(r) - {"id", "text", "_provenance"} == {"title"}]
    full = [r for r in records if {"title", "authors", "publish_date", "source"} <= set(r)]
    assert bare and len(full) >= 5, "the sample needs a title-only record and complete ones"
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in full + bare), encoding="utf-8")
    findings = [f for f in cli("check", path, "--isolated", "--select", "CL501", "--output-format", "json").json()
                if f["code"] == "CL501"]  # an empty record's text is CL904, reported whatever is selected
    assert {f["record"] for f in findings} == {len(full) + 1}
    assert sorted(f["message"].split("`")[1] for f in findings) == ["author", "date", "source"]
    assert "of the documents with metadata have it" in findings[0]["message"]


def test_a_field_the_corpus_does_not_keep_is_not_expected(tmp_path, cli):
    # the same title-only records, many of them: no record stands out, so nothing is reported
    import json

    records = [json.loads(line) for line in (DATA / "news-sample.jsonl").read_text(encoding="utf-8").splitlines()]
    titled = [{"id": f"r{i}", "title": r["title"], "text": r["text"]} for i, r in enumerate(records) if r.get("title")]
    path = tmp_path / "titles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in titled), encoding="utf-8")
    findings = cli("check", path, "--isolated", "--select", "CL501", "--output-format", "json").json()
    assert [f for f in findings if f["code"] == "CL501"] == []  # an empty record's text is CL904
    # an explicit schema still demands it
    config = tmp_path / "corpuslint.yaml"
    config.write_text("select: [CL501]\nrules:\n  CL501:\n    fields:\n      source: {required: with-metadata}\n",
                      encoding="utf-8")
    findings = cli("check", path, "--config", config, "--output-format", "json", "--exit-zero").json()
    checked = [f for f in findings if f["code"] == "CL501"]
    assert len(checked) >= len(titled) - 1 and all("`source`" in f["message"] for f in checked)  # one has no text


def test_jekyll_dates_in_file_names_and_by_count(tmp_path, cli):
    posts = tmp_path / "_posts"
    posts.mkdir()
    for day in (1, 2, 3, 4):
        (posts / f"2022-01-0{day}-post.md").write_text(f"---\ntitle: Post {day}\nby: Jane Roe\n---\n\nText {day}.\n",
                                                      encoding="utf-8")
    (posts / "2022-01-05-no-author.md").write_text("---\ntitle: Post 5\n---\n\nText five.\n", encoding="utf-8")
    (posts / "undated.md").write_text("---\ntitle: Post 6\nby: Jane Roe\n---\n\nText six.\n", encoding="utf-8")
    findings = cli("check", posts, "--isolated", "--no-index", "--select", "CL501", "--output-format", "json").json()
    assert sorted((Path(f["path"]).name, f["message"].split("`")[1]) for f in findings) == [
        ("2022-01-05-no-author.md", "author"), ("undated.md", "date")]


def test_rules_are_registered_with_docs():
    linter = Linter(Config(select=["CL5", "CL501"]))
    assert sorted(linter.by_code) == ["CL501", "CL502", "CL503", "CL504", "CL505"]
    for rule in linter.rules:
        text = rule.explanation()
        headings = [h for h in ("## What it does", "## Why is this bad?", "## Example", "## Fix safety")
                    if h in text]
        assert len(headings) == 4, rule.code


def test_schema_shared_through_yaml_anchors(tmp_path):
    from corpuslint.config import load_config

    (tmp_path / "corpuslint.yaml").write_text(
        "select: [CL5, CL501]\n"
        "rules:\n"
        "  CL501: &schema\n"
        "    fields:\n"
        "      language: {type: one-of, values: [en, de], required: always, aliases: [lang]}\n"
        "  CL503: *schema\n"
        "  CL504: {<<: *schema, head-lines: 10}\n", encoding="utf-8")
    linter = Linter(load_config(tmp_path / "corpuslint.yaml"))
    assert "language" in linter.by_code["CL501"].options.fields
    assert linter.by_code["CL504"].options.head_lines == 10
    assert "language" in linter.by_code["CL504"].options.fields
    found = linter.check([Document.from_text("text", metadata={"title": "t", "lang": "fr"})])
    assert {f.code for f in found} >= {"CL503"}


def test_a_fix_that_writes_some_fields_creates_no_findings_for_the_others(tmp_path, cli):
    # bare texts of a corpus without metadata; the safe fix moves what the seed's head holds into
    # its sidecar: the other documents are not now "missing" what one document got
    import shutil

    from conftest import SEED as seed

    shutil.copy(seed, tmp_path / "seed.txt")
    for name in sorted((Path(__file__).parent / "data" / "fix").glob("*.txt"))[:4]:
        shutil.copy(name, tmp_path / name.name)
    cli("check", tmp_path, "--fix", "--isolated", "--no-cache")
    assert (tmp_path / "seed.meta.yaml").is_file()
    findings = cli("check", tmp_path, "--select", "CL501", "--output-format", "json", "--isolated", "--no-cache").json()
    assert findings == []


# -- issue 16: the forms the extractor learnt, on real text (tests/data/metadata/forms) ------------

FORMS = DATA / "forms"


def form(name):
    path = FORMS / name
    return Document.from_text(path.read_text(encoding="utf-8"), path=str(path))


@pytest.mark.parametrize(("name", "expected"), [
    ("degrees-webmd.txt", {"author": "Brenda Goodman", "date": "2015-02-23"}),  # "By Brenda Goodman, MA"
    # the head stops at the dek (prose); the page reader finds the byline under the repeated headline
    ("headline-twice-cnet.txt", {"title": "Zuckerberg offers peek at Facebook's acquisition strategies",
                                 "author": "Steven Musil", "date": "2017-01-18"}),
    ("place-fnc1-train-0757.txt", {"place": "Palm Beach Gardens, Fla."}),
    ("attribution-fnc1-train-2058.txt", {"source": "Slate"}),
    ("attribution-fnc1-train-0687.txt", {"source": "The Daily Dot"}),
    ("source-url-fakenewsnet-PolitiFact_Fake_98.txt",
     {"source": "http://ourlandofthefree.com/2017/06/libtard-hero-al-franken-forced-to-resign-in-disgrace/"}),
    ("post-meta-blogger.txt", {"author": "Andrew Zonenberg", "tags": ["FPGA", "Tools"]}),
    ("post-meta-ebb.txt", {"author": "Bradley M. Kuhn", "date": "2019-10-15"}),
    ("headline-caps-fakenewsnet-PolitiFact_Real_103.txt", {}),  # "WHAT YOU NEED TO KNOW --" is no place
])
def test_issue_16_forms_on_real_text(name, expected):
    found = {k: v.data["value"] for k, v in by_field(run(MetadataInBody(), form(name))).items()}
    assert found == expected


PROSE = "\n\nThe study found that most patients recovered within weeks of the first dose, researchers said on Monday.\n"


@pytest.mark.parametrize(("head", "expected"), [
    ("By Dr. Ann Lee, MD, MPH", {"author": "Ann Lee"}),
    ("Posted by admin", {"author": "admin"}),
    ("Posted on March 3, 2016 by jdoe42", {"author": "jdoe42", "date": "2016-03-03"}),
    ("TOLEDO, Ohio -- Police said", {}),  # a dash, but no lede of four words after it
    ("NEW YORK — Police released a photo of a 28-year-old immigrant", {"place": "New York"}),  # Politico
    ("NEW — Police released a photo of a 28-year-old immigrant", {}),  # a kicker, not a place
    # fnc1-train-1106: a space before the comma (the page's markup), the dateline read all the same
    ("KOBANE , Syria, Dec. 1 (UPI) -- There are conflicting reports whether Gill Rosenberg, a Canadian-Israeli "
     "woman who claims to have joined the fight against the Islamic State, has been captured.", {"source": "UPI"}),
    ("TOLEDO , Ohio -- The city council voted on Tuesday to approve the plan", {"place": "Toledo, Ohio"}),
    ("However , Syria (and Iraq) said the talks would go on", {}),
    ("By Jane Doe\n\nCategories: News, Politics | Tags: Trump, Clinton",
     {"author": "Jane Doe", "tags": ["News", "Politics", "Trump", "Clinton"]}),
    # never a plea, a site's name, or a label that is not metadata
    ("Watch The Full Episode Here Now\n\nBy Jane Doe", {"author": "Jane Doe"}),
    ("Example News ®\n\nBy Jane Doe", {"author": "Jane Doe"}),
    ("Tag Archives: gardening\n\nBy Jane Doe", {"author": "Jane Doe"}),
    ("by the way, this is nice", {}),
])
def test_issue_16_heads_both_ways(head, expected):
    document = Document.from_text(head + PROSE)
    found = {k: v.data["value"] for k, v in by_field(run(MetadataInBody(), document)).items()}
    assert found == expected


@pytest.mark.parametrize(("tail", "expected"), [
    ("This piece first appeared on Truthout and is republished with permission.", {"source": "Truthout"}),
    ("Written by Jane Doe for The Conversation.", {"author": "Jane Doe", "source": "The Conversation"}),
    ("Syndicated by Tribune Content Agency", {"source": "Tribune Content Agency"}),
    ("https://example.org/2017/06/story", {"source": "https://example.org/2017/06/story"}),
    ("Follow Josh Feldman on Twitter: @feldmaniac", {"author": "Josh Feldman"}),  # fnc1-train-2003's last line
    ("Follow us on Twitter", {}),
    ("Posted by Alon Zakai.", {"author": "Alon Zakai"}),  # v8.dev's sign-off: the full stop ends the sentence
    ("Posted by Martin Luther King Jr.", {"author": "Martin Luther King Jr."}),  # a suffix keeps its stop
    # left alone: a story credit, a finding in prose, a link list
    ("Source: Detroit Free Press", {}),
    ("The report was published in The Lancet on Monday.", {}),
    ("https://example.org/a\n\nhttps://example.org/b", {}),
])
def test_issue_16_attribution_at_the_end_both_ways(tail, expected):
    document = Document.from_text(PROSE.lstrip() + "\n" + tail + "\n")
    found = {k: v.data["value"] for k, v in by_field(run(MetadataInBody(), document)).items()}
    assert found == expected


def test_a_writers_sign_off_closing_the_story_is_its_author():
    # The Week's `- - Jon Terbush` alone on the last line, and `… memories. --Jon Terbush` ending the last
    # paragraph over an embedded clip's `(Reddit)`; HollywoodLife's `– Tierney McAfee` under the plea
    def authors(name):
        doc = Document.from_text((DATA / name).read_text(encoding="utf-8"))
        return [v.data["value"] for v in MetadataInBody().check(doc) if v.data["field"] == "author"]
    assert authors("fnc1-train-1745.txt") == ["Jon Terbush"]
    assert authors("fnc1-train-1438.txt") == ["Jon Terbush"]
    assert authors("fnc1-train-0179.txt") == ["Tierney McAfee"]
    # left alone: a name under a paragraph that closes a quotation (a speaker or a sign-off: the text does not
    # say which), tweets signed `— Dark Gable (@bigdaddykane) November 11, 2014` over a `[FOX]` credit
    assert authors("fnc1-train-0416.txt") == []
    assert authors("fnc1-train-0536.txt") == []
    for text in ("He left.\n\n“Float like a butterfly, sting like a bee.”\n\n— Muhammad Ali\n",
                 "He said it: “Float like a bee.” —Muhammad Ali\n",
                 "It was over.\n\n— The Editors\n",
                 "The end of the story, said the mayor. —Washington Post\n"):
        assert [v for v in MetadataInBody().check(Document.from_text(text)) if v.data["field"] == "author"] == []


def test_a_sign_off_ending_a_paragraph_is_cut_from_it_and_the_prose_stays():
    # once the metadata has the author, CL505 removes the sign-off that repeats it: only ` --Jon Terbush`,
    # never the paragraph it ends
    text = (DATA / "fnc1-train-1438.txt").read_text(encoding="utf-8")
    doc = Document.from_text(text, metadata={"author": "Jon Terbush"})
    (v,) = [v for v in MetadataLineInBody().check(doc)]
    (edit,) = v.fix.edits
    assert text[edit.start:edit.end] == " --Jon Terbush"
    assert text[edit.start - len("(admittedly phony) memories."):edit.start] == "(admittedly phony) memories."
    # alone on its line, the sign-off goes with its line
    text = (DATA / "fnc1-train-1745.txt").read_text(encoding="utf-8")
    (v,) = [v for v in MetadataLineInBody().check(Document.from_text(text, metadata={"author": "Jon Terbush"}))]
    assert text[v.start:v.end] == "- - Jon Terbush"


def _found(name, field, *, folder=DATA, metadata=None):
    doc = Document.from_text((folder / name).read_text(encoding="utf-8"), metadata=metadata)
    return [(v.data["value"], doc.text[v.start:v.end]) for v in MetadataInBody().check(doc) if v.data["field"] == field]


def test_a_contributor_line_closing_a_story_gives_the_contributors():
    # The Globe and Mail's `With reports from …` and ABC News' `… contributed to this report.` (session 11's
    # recall misses); a Reuters credit in parentheses gives the contributors and the editor
    assert _found("fnc1-train-0162.txt", "contributors") == [
        (["Steven Chase", "Kim Mackrael"], "With reports from Steven Chase and Kim Mackrael")]
    ((value, line),) = _found("fakenewsnet-BuzzFeed_Real_82.txt", "contributors")
    assert value == ["Cindy Galli", "Megan Christie", "Randy Kreider", "Alex Hosenball", "Cho Park"]
    assert line.startswith("ABC News' Cindy Galli") and line.endswith("contributed to this report.")
    assert _found("fnc1-train-1341.txt", "contributors") == [
        (["Oliver Holmes", "Phil Stewart", "David Alexander"], ANY_LINE)]
    assert [v for v, _ in _found("fnc1-train-1341.txt", "editor")] == ["Gareth Jones"]


class _AnyLine:
    def __eq__(self, other):
        return isinstance(other, str)


ANY_LINE = _AnyLine()


def test_a_contributor_list_that_is_not_only_people_is_left_alone():
    # `Rik Stevens in Rochester, New Hampshire, and Zeina Karam …`: after a place, a comma may go on with the
    # place; an agency (`The Associated Press`, `AP`) is not a person; a sentence naming someone is prose
    assert _found("fnc1-train-2386.txt", "contributors") == []
    for line in ("The Associated Press contributed to this report.", "Lazar Berman and AP contributed to this report.",
                 "Additional reporting by agencies", "Additional reporting by Agence France-Presse",
                 "The senator said Rik Stevens contributed to this report.",
                 "John Smith and his family contributed to this article."):
        doc = Document.from_text(PROSE.lstrip() + "\n" + line + "\n")
        assert [v for v in MetadataInBody().check(doc) if v.data["field"] == "contributors"] == []


def test_a_contributor_line_that_repeats_the_metadata_is_removed():
    text = (DATA / "fnc1-train-0162.txt").read_text(encoding="utf-8")
    doc = Document.from_text(text, metadata={"contributors": ["Steven Chase", "Kim Mackrael"]})
    (v,) = MetadataLineInBody().check(doc)
    assert text[v.start:v.end] == "With reports from Steven Chase and Kim Mackrael"
    assert v.fix.applicability == Applicability.UNSAFE
    doc = Document.from_text(text, metadata={"contributors": ["Steven Chase"]})
    assert list(MetadataLineInBody().check(doc)) == []  # a list the line does not repeat whole: not removed


def test_a_chapters_credit_block_gives_its_author_and_editor():
    # google-sre-book-1: `Written by Rob Ewaschuk` / `Edited by Betsy Beyer` under the chapter's heading (session 11's
    # recall miss); since session 21 the page reader signs the chapter's headline with it: the editor is still read
    pages = DATA / "pages"
    assert _found("google-sre-book-1.txt", "author", folder=pages) == [("Rob Ewaschuk", "Written by Rob Ewaschuk")]
    assert _found("google-sre-book-1.txt", "editor", folder=pages) == [("Betsy Beyer", "Edited by Betsy Beyer")]
    # left alone: a lone `Written by` over a teaser (lifehacker's related post: the page's own byline wins),
    # a lone `Edited by` closing a story, and lwn-1 (the undated stamp tried in session 11 lost its values)
    assert _found("lifehacker-working.txt", "author", folder=pages) == [("Patrick Allan", "Patrick Allan")]
    assert _found("fnc1-train-1027.txt", "editor") == []
    assert [v for v, _ in _found("lwn-1.txt", "author", folder=pages)] == ["Nathan Willis"]
