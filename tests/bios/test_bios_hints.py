"""corpuslint.checks.bios.unitbio: `bio_of`'s hint test, derived from the cues, lets through every
unit that can reach the threshold (a bio with no role word, only a post at a place and a memoir or a
novel, was never scored: biospeed33), and prose that names a memoir is still no bio."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint import Document
from corpuslint.checks import corpus_features as corpus
from corpuslint.checks.bios import biography, unitbio
from corpuslint.checks.bios.biography import BIO_THRESHOLD, CUES, bio_evidence, may_be_bio
from corpuslint.checks.bios.unitbio import bio_of

DATA = Path(__file__).parents[1] / "data" / "bios"


def units_of(text: str):
    corpus._CACHE[:] = [None, None, None]
    f = corpus.features(Document.from_text(text, id="hinted"))
    return f, {f.text[u.start:u.end].strip(): u for u in f.units}


def article_closing_with(bio: str) -> str:
    """A real article (Politico's, tests/data/bios) whose closing bio is `bio` instead of its own."""
    text = (DATA / "fakenewsnet-BuzzFeed_Real_52.txt").read_text(encoding="utf-8").rstrip()
    assert text.endswith("Jack Shafer is Politico’s senior media writer.")
    return text.rsplit("\n\n", 1)[0] + "\n\n" + bio + "\n"


# No bio of this shape (a post at a place, no role word, and a memoir, a novel or a website) is in
# ../shared/corpora, sb26 or the bench: biospeed33's example, and two of the same shape.
@pytest.mark.parametrize("bio, cue", [
    ("Jane Roe is a partner at Smith Capital in Boston. Her new memoir, Counting Days, is out in May.", "new-book"),
    ("Tom Reyes was a teacher at the Lincoln School in Denver for 20 years. His first novel, The Quiet Yard, "
     "comes out this fall.", "new-book"),
    ("Ana Silva is a nurse at Mercy Hospital in Chicago. Her website is anasilva.org.", "visit-blog"),
])
def test_a_bio_without_a_role_word_is_scored(bio, cue):
    f, units = units_of(article_closing_with(bio))
    evidence = bio_of(f, units[bio])
    assert evidence is not None and evidence.score >= BIO_THRESHOLD
    assert set(evidence.cues) == {"name-affiliation", cue}


@pytest.mark.parametrize("text, line", [
    # ../shared/corpora/txt/fnc1-train-2154.txt: a teaser naming a memoir under a news story
    ("Residents of the capital had made a lucky escape as no one was injured, officials said.\n\n"
     "Exclusive extract from Janis Winehouse's poignant new memoir\n",
     "Exclusive extract from Janis Winehouse's poignant new memoir"),
    # ../shared/corpora/web/txt/videos-1.txt: a critic's memoirs in an article's first paragraph
    ("In the introduction to her review anthology For Keeps: 30 Years at the Movies, the legendary film critic "
     "Pauline Kael wrote, “I’m frequently asked why I don’t write my memoirs. I think I have.” She meant what most "
     "movie critics realize at some point: that reading your past reviews and revisiting the lists of films you "
     "liked most during the year reveals not just something about a particular year in cinema, but something "
     "about you as well.\n", None),
])
def test_prose_naming_a_memoir_is_no_bio(text, line):
    f, units = units_of(text)
    block = line or text.strip()
    assert unitbio._hinted(block.lower())  # asked now ("memoir"), and found no bio
    assert bio_of(f, units[block]) is None


def test_the_hints_are_the_cues_words():
    """Every cue's words are hints but the unhinted cues', which together stay below the threshold
    (an author box's link aside: furniture, see `_UNHINTED_CUES`)."""
    for name, _, needs in biography._CUE_SOURCES:
        if name not in unitbio._UNHINTED_CUES:
            assert set(needs) <= set(unitbio._BIO_HINTS), name
    assert unitbio._unhinted_bound() < BIO_THRESHOLD
    assert {"memoir", "novel", "website"} <= set(unitbio._BIO_HINTS)
    assert "about" not in unitbio._BIO_HINTS  # "about the author" holds "author"
    assert CUES["author-box"] >= BIO_THRESHOLD


def test_an_author_box_link_alone_is_furniture():
    # sb26 B, bloomberg's page: scored a bio by its words, but left to CL151 by `bio_of`, as before
    line = "More stories by Jeremy Herron"
    assert bio_evidence(line).score >= BIO_THRESHOLD
    f, units = units_of(article_closing_with(line))
    assert bio_of(f, units[line]) is None


def test_a_unit_no_bio_cue_can_reach_is_marked_below():
    """`bio_of` marks a unit with no hint word and no author box's word (only name-affiliation and
    award-winning could match: `_unhinted_bound`) `words_bio = False`, unscored; CL410's `_stamped`
    reads it and asks neither `may_be_bio` nor a score (speed34: ~10,000 of the 13,128 units it asks
    per 10 MB). A unit whose words could reach the threshold is left to be asked."""
    f, units = units_of((DATA / "fakenewsnet-BuzzFeed_Real_65.txt").read_text(encoding="utf-8"))
    line = "Magistrate won't order federal arraignment for bombing suspect"  # "for": name-affiliation's word
    assert bio_of(f, units[line]) is None and units[line].words_bio is False
    assert not may_be_bio(line) and bio_evidence(line).score < BIO_THRESHOLD
    closing = "Josh Gerstein is a senior reporter for POLITICO."  # hinted ("reporter"): scored
    assert bio_of(f, units[closing]) and units[closing].words_bio.score >= BIO_THRESHOLD
    # an author box's link ("stories") scores by its words alone: not marked
    box = "More stories by Jeremy Herron"
    f, units = units_of(article_closing_with(box))
    assert bio_of(f, units[box]) is None and units[box].words_bio is None
    # the cues' words are looked for in the case-folded text: "ß" folds to "ss", so not marked by its lower case
    f, units = units_of((DATA.parent / "metadata" / "pages" / "heise.txt").read_text(encoding="utf-8"))
    event = "kostenfreies IT-Event im Fußballstadion"
    assert bio_of(f, units[event]) is None and units[event].words_bio is None


def test_cl410_asks_no_score_of_a_unit_marked_below(monkeypatch):
    from corpuslint.checks.bios import repeated

    f, units = units_of((DATA / "fakenewsnet-BuzzFeed_Real_65.txt").read_text(encoding="utf-8"))
    line = "Magistrate won't order federal arraignment for bombing suspect"
    bio_of(f, units[line])
    prose = repeated._after_the_article(f)
    assert repeated._may_be_stamped(units[line], prose)  # above the story's prose: asked
    monkeypatch.setattr(repeated, "may_be_bio", lambda block: 1 / 0)
    assert repeated._stamped(f, units[line], prose) is None
