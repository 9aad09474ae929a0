"""A bio given again reworded until no cue is left (issue 16): a copy of a bio with its cues, of the
same person, alike sentence by sentence, after the article. Real bios (Tom's Hardware's author boxes)
under real articles (tests/data/bios); the rewordings are the bios25 probe's."""

from __future__ import annotations

from pathlib import Path

from corpuslint import Document
from corpuslint.checks.bios.likeness import profile_name, sentence_similarity

from conftest import by
from conftest import corpus_linter as linter

DATA = Path(__file__).parents[1] / "data" / "bios"
SHIELDS = "Joe Shields is a staff writer at Tom’s Hardware. He reviews motherboards and PC components."
SHIELDS_REWORDED = "He reviews motherboards and PC components. Joe Shields writes on staff at Tom’s Hardware."
SHILOV = ("Anton Shilov is a contributing writer at Tom’s Hardware. Over the past couple of decades, he has "
          "covered everything from CPUs and GPUs to supercomputers and from modern process technologies and "
          "latest fab tools to high-tech industry trends.")
SHILOV_REWORDED = ("Over the past couple of decades, he has covered everything from CPUs and GPUs to supercomputers "
                   "and from modern process technologies and latest fab tools to high-tech industry trends. "
                   "Anton Shilov contributes as a writer at Tom’s Hardware.")
FOOTER = "Related Articles\n\nNewsletter\n\nPrivacy Policy | Terms of Use\n"


def _articles() -> list[str]:
    return [(DATA / f"{name}.txt").read_text(encoding="utf-8").strip() for name in ("fnc1-train-0035", "fnc1-train-0077")]


def _cl410(bios: list[str]) -> list:
    corpus = [Document.from_text(f"{article}\n\n{bio}\n\n{FOOTER}", id=f"p{n}", path=f"p{n}.txt")
              for n, (article, bio) in enumerate(zip(_articles(), bios))]
    return by(linter().check(corpus), "CL410")


def test_a_profile_is_a_name_and_a_verb_of_the_present_and_every_sentence_about_that_person():
    assert profile_name(SHIELDS_REWORDED) == "Joe Shields"
    assert profile_name(SHILOV_REWORDED.replace("Anton Shilov", "ANTON SHILOV")) == "Anton Shilov"
    # a story's sentences about its subject: what he did, what was said, another person
    assert profile_name("AK Verma was fired after last appearing for work in December 1990. He appealed.") is None
    assert profile_name("Ahmed Abdi Godane leads al-Shabab, officials said. He ordered the Westgate attack.") is None
    assert profile_name("Joe Shields writes on staff at Tom’s Hardware. She reviews his work.") is None
    # news.jsonl: a bio without a cue is a profile; a place that "is" something is no person
    assert profile_name("Mason Adams writes from southwest Virginia. He's on Twitter at @MasonAtoms.") == "Mason Adams"
    assert profile_name("Wake County is fairly representative of the country in terms of race and ethnicity, "
                        "but it has a more highly educated population.") is None
    assert sentence_similarity(SHIELDS, SHIELDS_REWORDED) >= 0.5 > sentence_similarity(SHIELDS, SHILOV)


def test_a_bio_reworded_until_no_cue_is_left_under_another_article_is_the_same_bio():
    found = _cl410([SHILOV, SHILOV_REWORDED])
    assert sorted(f.text[:40] for f in found) == sorted([SHILOV[:40], SHILOV_REWORDED[:40]])
    assert any("reworded" in f.message for f in found)
    # left alone: two people's bios of one shape, and a profile no bio with cues stands beside
    assert not _cl410([SHILOV, SHIELDS_REWORDED])
    assert not _cl410([SHIELDS_REWORDED, SHIELDS_REWORDED])


def test_a_unit_s_profile_is_read_once_for_the_index_and_the_check(monkeypatch):
    """The profile by shape is kept on the unit (`CorpusUnit.profile`): the collect phase and the check ask it
    of the same units, and the reworded copy is found as before (speed27)."""
    from corpuslint.checks.bios import repeated

    asked = []
    real = repeated.profile_name
    monkeypatch.setattr(repeated, "profile_name", lambda block: asked.append(block) or real(block))
    found = _cl410([SHILOV, SHILOV_REWORDED])
    assert any("reworded" in f.message for f in found)
    assert SHILOV_REWORDED in asked and len(asked) == len(set(asked))


def test_a_bio_given_again_reworded_in_one_page_is_a_duplicated_bio_but_not_between_the_article_s_paragraphs():
    article = _articles()[0]
    text = f"{article}\n\n{SHIELDS}\n\nShare this article\n\n{SHIELDS_REWORDED}\n\n{FOOTER}"
    found = linter_one().check([Document.from_text(text, id="a", path="a.txt")])
    assert [f.text for f in by(found, "CL401")] == [SHIELDS_REWORDED]
    # the same sentences about the person among the article's paragraphs: the story's, not a bio
    paragraphs = article.split("\n")
    story = "\n\n".join(paragraphs[:2] + [SHIELDS_REWORDED] + paragraphs[2:])
    text = f"{story}\n\n{SHIELDS}\n\n{FOOTER}"
    assert not by(linter_one().check([Document.from_text(text, id="a", path="a.txt")]), "CL401")


def linter_one():
    from corpuslint import Linter
    from corpuslint.config import Config

    return Linter(Config(select=["CL401", "CL402", "CL403"]))


# -- author boxes as author evidence (`boxes.author_boxes`) -------------------------------------

KRYWKO = "Jacek Krywko is a freelance writer who covers space exploration and computer science."  # Scientific American


def test_an_author_box_names_its_writer_by_its_label_its_name_line_or_its_links():
    from corpuslint.checks.bios.boxes import author_boxes

    page = (DATA / "web-002.txt").read_text(encoding="utf-8")  # "About the Author" / "Nikhil Marathe" / the bio / a link
    found = [(b.name, b.how, page[b.start:b.end][:20]) for b in author_boxes(page)]
    assert found == [("Nikhil Marathe", "label", "Nikhil works on impl"), ("Nikhil Marathe", "link", "Read more articles b")]
    boxed = (f"{_articles()[0]}\n\nAbout Jacek Krywko\n\n{KRYWKO} His personal website is example.net.\n\n"
             "Subscribe to Jacek Krywko's feed\n\n" + FOOTER)
    assert [(b.name, b.how) for b in author_boxes(boxed)] == [("Jacek Krywko", "label"), ("Jacek Krywko", "link")]
    # left alone: a menu's "About ..." line, a site's "About This Site" over a line naming no person by pronoun
    menu = "Get unlimited access to the best stories on Medium — and support writers while you’re at it.\nAbout Help Legal\n"
    site = "About This Site\n\nDaring Fireball is written and produced by John Gruber.\n\nPortrait by George Del Barrio\n"
    assert author_boxes(menu) == author_boxes(site) == []
