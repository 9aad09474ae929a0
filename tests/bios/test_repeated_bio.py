"""CL410 on real documents: an author bio repeated across the corpus moves to the metadata."""

from __future__ import annotations

from corpuslint import Document
from corpuslint.models import Applicability

from conftest import by
from conftest import corpus_docs as docs
from conftest import corpus_linter as linter


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


def test_an_author_box_stamped_under_two_articles_is_a_repeated_bio():
    from pathlib import Path

    data = Path(__file__).parents[1] / "data" / "bios"
    page = (data / "web-002.txt").read_text(encoding="utf-8")
    # web/txt/002's box, as the page gives it, between the article and the page's furniture
    box = page[page.index("About the Author"):page.index("Articles by Category")]
    bio = "Nikhil works on implementing Web APIs in Gecko."
    assert bio in box
    furniture = "Articles by Category\n\nArchives\n\nSubscribe to our newsletter\n"
    articles = [(data / f"{name}.txt").read_text(encoding="utf-8").strip()
                for name in ("fnc1-train-0035", "fnc1-train-0077")]

    def run(box_text):
        corpus = [Document.from_text(f"{a}\n\n{box_text}\n{furniture}", id=f"p{n}", path=f"p{n}.txt")
                  for n, a in enumerate(articles)]
        return [f for f in linter().check(corpus) if f.code == "CL410"]

    found = run(box)
    assert len(found) == 2 and all(f.text.startswith("Nikhil works on") for f in found)
    # left alone: the same paragraph without the box's label (no role, no cue: not known as a bio)
    assert not run(box.replace("About the Author", "Related"))


def test_a_freelancer_s_box_and_a_sign_off_in_capitals_stamped_under_two_articles_are_repeated_bios():
    # bio_probe.py's two misses (session 10): real boxes of ../shared/corpora/web/txt
    # (schema-org-context-object, herald-sun-1), written under two real articles
    from pathlib import Path

    data = Path(__file__).parents[1] / "data" / "bios"
    articles = [(data / f"{name}.txt").read_text(encoding="utf-8").strip()
                for name in ("fnc1-train-0035", "fnc1-train-0077")]

    def run(box_text):
        corpus = [Document.from_text(f"{a}\n\n{box_text}\n", id=f"p{n}", path=f"p{n}.txt")
                  for n, a in enumerate(articles)]
        return [f for f in linter().check(corpus) if f.code == "CL410"]

    for box, name in [("Stella Kim is an NBC News freelance producer based in Seoul.", "Stella Kim"),
                      ("LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR", "Laurie Oakes")]:
        found = run(box)
        assert len(found) == 2 and all(f.data["name"] == name for f in found)
    # left alone: the same lines with "freelance" before no trade, a headline in capitals
    assert not run("Stella Kim is an NBC News freelance job board based in Seoul.")
    assert not run("CATHOLIC PRIEST WHO DIED FOR 48 MINUTES CLAIMS THAT GOD IS A WOMAN")


def test_a_box_under_the_article_counts_as_the_end_of_a_page_with_a_long_footer():
    # bio_probe.py's folha miss: a box right under the article, then 5,000 characters of the page's
    # teasers, menus and footer (web/txt/folha's, tests/data/bios/web-folha-footer.txt): the box stands
    # at 0.2-0.5 of the text but past all of the article's prose
    from pathlib import Path

    data = Path(__file__).parents[1] / "data" / "bios"
    footer = (data / "web-folha-footer.txt").read_text(encoding="utf-8")
    articles = [(data / f"{name}.txt").read_text(encoding="utf-8").strip().split("\n\n")
                for name in ("fnc1-train-0035", "fnc1-train-0077")]
    # (the short article is one block of lines: cut in two after its third line, for a middle to stand in)
    lines = articles[0][0].split("\n")
    articles[0] = ["\n".join(lines[:3]), "\n".join(lines[3:])]
    box = "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR"

    def run(split):
        corpus = []
        for n, paras in enumerate(articles):
            cut = len(paras) // 2 if split else len(paras)
            # the whole footer under the short article (the box at 0.2 of the text), its first lines
            # under the other (two pages mostly of one footer would count as one article)
            text = "\n\n".join(paras[:cut] + [box] + paras[cut:]) + "\n\n" + (footer if n == 0 else footer[:800])
            corpus.append(Document.from_text(text, id=f"p{n}", path=f"p{n}.txt"))
        assert corpus[0].text.index(box) / len(corpus[0].text) < 0.3
        return [f for f in linter().check(corpus) if f.code == "CL410"]

    found = run(split=False)
    assert len(found) == 2 and all(f.data["name"] == "Laurie Oakes" for f in found)
    # left alone: the same line in the middle of the article's prose (a story's sentence)
    assert not run(split=True)


# Robert Gehl's bio as thefederalistpapers.org prints it (mercury's page, reads24's probe), under
# two short stories of one site; on the second page its last two sentences are swapped
_GEHL = ("Robert Gehl is a college professor in Phoenix, Arizona. He has over 15 years journalism experience, "
         "including two Associated Press awards. He lives in Glendale with his wife and two young children.")
_GEHL_SWAPPED = ("Robert Gehl is a college professor in Phoenix, Arizona. He lives in Glendale with his wife and two "
                 "young children. He has over 15 years journalism experience, including two Associated Press awards.")
_STORIES = (
    "The city council voted on Tuesday to extend the contract for another year, after a long debate about costs.\n\n"
    "Critics said the vote came too late and that residents had not been heard.\n\n",
    "The governor signed the budget bill late on Friday, ending a standoff that had lasted three weeks.\n\n"
    "Lawmakers from both parties praised the compromise but warned of cuts next year.\n\n",
)


def _site_pages(first_bio: str, second_bio: str) -> list[Document]:
    return [Document.from_text(story + bio + "\n", id=f"p{i}", path="pages.jsonl",
                               metadata={"url": f"https://news.example.com/{i}"})
            for i, (story, bio) in enumerate(zip(_STORIES, (first_bio, second_bio)))]


def test_a_bio_reordered_on_another_short_page_of_the_site_is_the_same_bio():
    # two short pages of one site are alike by the bio alone: like a paragraph given word for word
    # (site_articles), the bio of one person counts once per article of the site (reads24 repros/swap)
    findings = by(linter().check(_site_pages(_GEHL, _GEHL_SWAPPED)), "CL410")
    assert len(findings) == 2 and "as a bio of Robert Gehl" in findings[0].message
    assert by(linter().check(_site_pages(_GEHL, _GEHL)), "CL410")  # word for word, as before


def test_another_person_s_bio_on_another_page_of_the_site_is_not_a_repeat():
    other = ("Laura E. Adkins is the Forward’s contributing network editor. Contact her at adkins@forward.com "
             "or on Twitter, @Laura_E_Adkins.")
    assert not by(linter().check(_site_pages(_GEHL, other)), "CL410")


def test_a_bio_above_the_page_s_footer_and_reworded_on_another_page_of_the_site_is_the_same_bio():
    from pathlib import Path

    # the end of mercury's nationalgeographic.com page: the bio, then the page's footer (not among
    # its last lines); on another page of the site, the bio reworded (reads24's probe)
    page = (Path(__file__).parents[1] / "data" / "bios" / "natgeo-daly-tail.txt").read_text(encoding="utf-8")
    assert "Natasha Daly is an assistant editor at National Geographic. Follow her on Twitter." in page

    def pages(bio: str) -> list[Document]:
        return [Document.from_text(text, id=f"p{i}", path="pages.jsonl",
                                   metadata={"url": f"https://www.nationalgeographic.com/{i}"})
                for i, text in enumerate((page, _STORIES[0] + bio + "\n"))]

    reworded = "She is on Twitter. Natasha Daly works as an assistant editor for National Geographic."
    [finding] = by(linter().check(pages(reworded)), "CL410")
    assert "as a bio of Natasha Daly" in finding.message and finding.document == "p1"
    another = "You can find him on Twitter at @jackmirkinson. Jack Mirkinson works as an editor for Fusion."
    assert not by(linter().check(pages(another)), "CL410")


# -- bios25 (issue 16): a bio above a page's footer reordered; a stamped bio's copy above the article ----

# the first lines of the footer under natgeo-daly-tail.txt's bio
_FOOTER = "Comment on This Story\n\n© 1996-2016 National Geographic Society.\n\nAbout the Magazine\n\nAdvertise With Us\n\nContact Us\n"


def _pages(first_bio: str, second_bio: str, *, top: bool = False) -> list[Document]:
    from pathlib import Path

    data = Path(__file__).parents[1] / "data" / "bios"
    stories = [(data / f"{name}.txt").read_text(encoding="utf-8").strip() for name in ("fnc1-train-0035", "fnc1-train-0077")]
    return [Document.from_text((bio + "\n\n" if top and i == 0 else "") + story + "\n\n" + bio + "\n\n" + _FOOTER,
                               id=f"p{i}", path=f"p{i}.txt")
            for i, (story, bio) in enumerate(zip(stories, (first_bio, second_bio)))]


def test_a_bio_reordered_above_the_footers_of_two_pages_is_the_same_bio_and_another_person_s_is_not():
    # not among the pages' last lines, and of no known site: the same bio by its sentences' shingles
    findings = by(linter().check(_pages(_GEHL, _GEHL_SWAPPED)), "CL410")
    assert sorted(f.document for f in findings) == ["p0", "p1"] and "as a bio of Robert Gehl" in findings[0].message
    other = ("Laura E. Adkins is the Forward’s contributing network editor. Contact her at adkins@forward.com "
             "or on Twitter, @Laura_E_Adkins.")
    assert not by(linter().check(_pages(_GEHL, other)), "CL410")


def test_a_stamped_bio_is_reported_above_the_article_as_well_as_under_it():
    findings = by(linter().check(_pages(_GEHL, _GEHL, top=True)), "CL410")
    assert sorted((f.document, f.line) for f in findings) == [("p0", 1), ("p0", 13), ("p1", 59)]


def test_where_a_unit_stands_by_bisection_is_outside_prose():
    """`_stamped` places a repeated unit by bisection of the prose units (`_after_the_article`): the same
    answer as `unitbio.outside_prose`, for a box above the story, its paragraphs, and a bio under it."""
    from corpuslint.checks.bios.unitbio import outside_prose
    from corpuslint.checks.bios.repeated import _after_the_article, _outside_prose
    from corpuslint.checks.corpus_features import features

    text = ("Subscribe to our newsletter\nHome News Sport\n\n"
            + "".join(f"The council met on Tuesday evening and voted {n} times on the new budget for the city schools.\n\n"
                      for n in range(6))
            + "A line of the story, wrapped\nover two lines of the same paragraph here.\n\n"
            "Jane Roe is a reporter for the Daily Planet. She lives in Metropolis with her two cats.\n\n"
            "Copyright 2024 Daily Planet\n")
    f = features(Document.from_text(text, id="p", path="p.txt"))
    after = _after_the_article(f)
    answers = [_outside_prose(u, after) for u in f.units]
    assert answers == [outside_prose(f, u) for u in f.units]
    assert True in answers and False in answers  # (both ways: the box and the bio outside, the story's lines amid it)
