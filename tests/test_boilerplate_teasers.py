"""CL140's teaser records (`checks/boilerplate/teasers.py`): other stories' cards after the article (a
headline, a one-sentence dek, a frame repeated from card to card) go with the page's furniture; an
article of short sections, a listicle's numbered items and a list standing in for the article stay.
Real lines: thepennyhoarder.com's page as inscriptis renders it (mercury-parser's fixtures), BuzzFeed's
Demi Lovato listicle (the same fixtures)."""

from __future__ import annotations

from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.teasers import teaser_records

ARTICLE = """\
Barns, sheds and other outbuildings around a home are natural places to hide things, and good places to continue your treasure hunt. You might find valuable items left behind by previous owners.

My neighbor sold the scrap metal for me, but I still wonder about a classic oil stove we found. It looked old enough to be a collectible antique. I probably should have had it appraised before we moved and left it to the next owner.

If someone lifted the one that was three back and four over from the southwest corner, and dug into the dirt a couple inches, they would have discovered my old coin collection in a plastic peanut butter jar. A simple metal detector would have revealed the location of that little treasure.

My coins are no longer there, but I'm certainly not the only one who has hidden a collection, and people who hide things often die without revealing all of their hiding places.

"""
FURNITURE = "0 SHARES\n\nShare Share\n\nTop Articles\n\n"
CARDS = [
    ("Here's Why You Might Want to Give Your Kids Paperback Books This Year",
     "The paper books vs. ebooks debate raises lots of strong feelings -- but as it turns out, paperbacks have an advantage when it comes to making more paper."),
    ("7 Tricks Every Budget-Conscious Beauty Junkie Needs to Know",
     "Beauty may hurt, but it doesn't have to hurt your wallet. These seven strategies will help keep you -- and your budget -- looking good."),
    ("7 Life Insurance Traps That Cost You Big Time",
     "Life insurance premiums can drain your monthly budget. This seasoned insurance agent teaches you the tricks you'll need to save money when buying a policy."),
    ("Dream Job Alert: These Guys Make $10K/Year Teaching Lightsaber Combat",
     "These guys found a way to harness the Force and start a side hustle that makes them an extra $10,000 a year teaching lightsaber combat classes."),
]
MORE = "- CONTINUE READING -"


def _cards(frame: str | None) -> str:
    return "".join(f"{head}\n\n{dek}\n\n" + (f"{frame}\n\n" if frame else "") for head, dek in CARDS)


def _flagged(lines, texts) -> set[int]:
    return {i for i, line in enumerate(lines) if line.text in texts}


def test_teaser_cards_after_the_article_under_its_furniture_are_found():
    lines = candidate_lines(ARTICLE + FURNITURE + _cards(MORE) + "Privacy Policy\n")
    flagged = _flagged(lines, {"0 SHARES", "Share Share", "Top Articles", MORE, "Privacy Policy"})
    found = {lines[i].text for i in teaser_records(lines, flagged)}
    assert found == {text for card in CARDS for text in card}  # each headline and dek; nothing of the article


def test_the_articles_own_sections_a_numbered_listicle_and_a_list_for_the_article_stay():
    # no frame repeated from card to card: an article's subheads over one-sentence paragraphs
    lines = candidate_lines(ARTICLE + FURNITURE + _cards(None) + "Privacy Policy\n")
    assert teaser_records(lines, _flagged(lines, {"0 SHARES", "Share Share", "Top Articles", "Privacy Policy"})) == []
    # the cards with no article above them longer than they are: the page's own list
    lines = candidate_lines(ARTICLE.split("\n\n")[0] + "\n\n" + FURNITURE + _cards(MORE))
    assert teaser_records(lines, _flagged(lines, {"0 SHARES", "Share Share", "Top Articles", MORE})) == []
    # the article's numbered items, each under an image's credit and its flagged ID (BuzzFeed's listicle)
    items = "".join(f"View this image ›\n\n@delafro_ / Twitter / Via Twitter: @delafro_\n\nID: 972423{k}\n\n{k}. {dek}\n\n"
                    for k, (_, dek) in enumerate(CARDS, 6))
    lines = candidate_lines(ARTICLE + items + "Check out more articles on BuzzFeed.com!\n")
    flagged = {i for i, line in enumerate(lines) if line.text.startswith(("ID:", "View this", "Check out"))}
    assert teaser_records(lines, flagged) == []
    # a Wikipedia article's references, each a title's line over its source's and a date (web corpus, wikipedia-4)
    refs = """\
^"1990 (63rd): Short Film (Live Action)"
. Academy Awards Database. Academy of Motion Picture Arts and Sciences. Archived from the original
on 2015-04-02.
^"It's like Groundhog Day, but different. What is it?"
. TV Guide. Archived from the original
on 2014-03-28. Retrieved 2014-03-27.
^ Fischer, Russ (2011-02-02). " 'Groundhog Day:' Just How Long Was Phil Connors Stuck in a Time Loop?"
. Slashfilm. Retrieved 2014-03-27.
^"Over and over: why is Hollywood still obsessed with Groundhog Day?"
. the Guardian. 2019-02-13. Retrieved 2022-03-23.
^"Groundhog Day: the perfect comedy, for ever"
. the Guardian. 2013-02-07. Retrieved 2022-03-23.
^"The Pop Culture Legacy of 'Groundhog Day'"
. www.vice.com. 2 February 2017. Retrieved 2022-03-23.
^ Caro, Jason. "Christmas Every Day"
. Radio Times. Retrieved 6 May 2014.
"""
    lines = candidate_lines(ARTICLE + FURNITURE + refs)
    assert teaser_records(lines, _flagged(lines, {"0 SHARES", "Share Share", "Top Articles"})) == []
