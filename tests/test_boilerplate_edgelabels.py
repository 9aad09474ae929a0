"""CL140's labels beside the page's furniture outside the article (`checks/boilerplate/edgelabels.py`): a label
the model scores under its threshold next to a flagged line goes with it below the body (`Afficher les
commentaires` under the page's `Cliquez ici »` calls) and above it (a menu's entry over the flagged menu); the
article's title under the menu, a line beside a byline, a weak line beside a label only, and the body's own
lines stay. Real lines: ici.radio-canada.ca's page in mercury-parser's fixtures, as inscriptis renders it."""

from __future__ import annotations

from corpuslint.checks.boilerplate.edgelabels import edge_labels
from corpuslint.checks.boilerplate.linefeatures import candidate_lines

HEAD = """\
* Accueil
* Justice et faits divers

Affaire KPMG: un juge se récuse

"""
BODY = """\
Un juge de la cour de l'impôt se récuse d'un dossier mettant en cause un stratagème du cabinet comptable KPMG. Selon les émissions Enquête et the fifth estate, le juge Bocock avait participé à une soirée cocktail organisée par un cabinet d'avocats lié à l'affaire.

Jusqu’à la semaine dernière, le juge Randall Bocock gérait la seule cause devant la cour de l’impôt concernant le stratagème mis au point par KPMG qui consistait à permettre à des gens d’affaires canadiens de cacher des actifs derrière une société de l’île de Man, un paradis fiscal situé entre l’Irlande et l’Angleterre.

Les autorités fiscales ont imposé 6 millions de dollars en pénalités à une famille de Victoria, les Cooper, qui a fait appel de cette décision devant le tribunal.

Avant la diffusion du reportage, le juge en chef avait déclaré à CBC/Radio-Canada que « le juge Bocock ne s’est pas placé en situation de conflit d’intérêts en assistant brièvement à une réception ouverte à tous les participants de la conférence ».

"""
TAIL = """\
Vous êtes témoin d'un événement? Cliquez ici »
Vous avez une coquille à signaler? Cliquez ici »
Afficher les commentaires
Justice et faits divers en continu
"""


def _labels(text: str, scores: dict[str, float]) -> set[str]:
    """The texts `edge_labels` finds, the first stage's `scores` given by text (0.95 and more: flagged)."""
    lines = candidate_lines(text)
    first = [scores.get(line.text) for line in lines]
    flagged = {i for i, s in enumerate(first) if s is not None and s >= 0.95}
    return {lines[i].text for i in edge_labels(lines, first, 0.95, flagged)}


def test_a_label_beside_the_furniture_below_the_body_goes_with_it():
    scores = {"Vous êtes témoin d'un événement? Cliquez ici »": 0.97, "Vous avez une coquille à signaler? Cliquez ici »": 0.98,
              "Afficher les commentaires": 0.92, "Justice et faits divers en continu": 0.88}
    assert _labels(HEAD + BODY + TAIL, scores) == {"Afficher les commentaires", "Justice et faits divers en continu"}


def test_a_weak_line_beside_a_label_only_stays():
    scores = {"Vous avez une coquille à signaler? Cliquez ici »": 0.98, "Afficher les commentaires": 0.7,
              "Justice et faits divers en continu": 0.7}
    assert _labels(HEAD + BODY + TAIL, scores) == {"Afficher les commentaires"}


def test_the_menu_entry_above_goes_and_the_title_under_the_menu_stays():
    scores = {"* Accueil": 0.9, "* Justice et faits divers": 0.97, "Affaire KPMG: un juge se récuse": 0.9}
    assert _labels(HEAD + BODY, scores) == {"* Accueil"}


def test_a_line_beside_a_byline_and_the_body_s_lines_stay():
    byline = "Par Jane Roe le 14 mars 2017"
    text = HEAD + "Partager\n" + byline + "\n\n" + BODY + TAIL
    scores = {"* Justice et faits divers": 0.97, "Partager": 0.9, byline: 0.96,
              "Les autorités fiscales ont imposé 6 millions de dollars en pénalités à une famille de Victoria, les Cooper, qui a fait appel de cette décision devant le tribunal.": 0.9}
    assert _labels(text, scores) == set()


# session 29 (labels29): what a line beside furniture IS decides before its place; real lines from web/citylab-1
# (a photo's caption over the title), web/wikipedia (its external links over a navigation box) and a blog's feed
# (tests/data/boilerplate/feeds/xy15400.blogcn.com-feed.txt: a letter, a post's last sentence with its link)
SHARE = "Partager\nTweeter\n\n"
SHARED = {"Partager": 0.99, "Tweeter": 0.99, "* Justice et faits divers": 0.97}


def test_a_caption_over_the_article_s_title_and_byline_stays():
    caption = "The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters"
    head = HEAD.replace("Affaire KPMG", caption + "\n\nAffaire KPMG") + "Sarah Archer\n\n1:39 PM ET\n\n" + SHARE
    assert _labels(head + BODY, {caption: 0.73, **SHARED}) == set()
    # over a title without a byline or a time stamp under it, no article's head shows: it goes
    bare = HEAD.replace("Affaire KPMG", caption + "\n\nAffaire KPMG") + SHARE
    assert _labels(bare + BODY, {caption: 0.73, **SHARED}) == {caption}


def test_a_salutation_and_a_sentence_with_its_link_are_no_labels():
    letter = ("okay,now I repay(reply) you.昨晚我到两点才睡着。我一直在思考我的生命有多容易被over。只要有谁……（部分略去）"
              "死离我有多近知道吗？……对于死亡，除了恐惧，还要有什么？你傻吗？为什么这么问，去想死干嘛？\n")
    calls = {"Vous avez une coquille à signaler? Cliquez ici »": 0.98}
    tail = "Vous avez une coquille à signaler? Cliquez ici »\n\n"
    assert _labels(HEAD + BODY + tail + "Vicky:\n" + letter, {"Vicky:": 0.93, **calls}) == set()
    assert _labels(HEAD + BODY + tail + "Vicky\n" + letter, {"Vicky": 0.93, **calls}) == {"Vicky"}
    last = "否则怎么活到现在。 (浏览全文 引用此文)"
    assert _labels(HEAD + BODY + last + "\n" + tail, {last: 0.87, **calls}) == set()
    assert _labels(HEAD + BODY + "(浏览全文 引用此文)\n" + tail, {"(浏览全文 引用此文)": 0.87, **calls}) == {"(浏览全文 引用此文)"}


def test_a_list_s_last_entry_stays_with_its_list():
    links = ("External links\n\nOfficial website, including the Mozilla Manifesto\n"
             "Mozilla Wiki (Major time line of community development)\nMozilla Mercurial Repository\n\nv\nt\ne\n")
    scores = {"Official website, including the Mozilla Manifesto": 0.37, "Mozilla Mercurial Repository": 0.62,
              "v": 0.98, "t": 0.98, "e": 1.0}
    assert _labels(HEAD + BODY + links, {**scores, "Mozilla Wiki (Major time line of community development)": 0.47}) == set()
    wiki = {**scores, "Mozilla Wiki (Major time line of community development)": 0.7}  # an entry the model doubts
    assert _labels(HEAD + BODY + links, wiki) == {"Mozilla Mercurial Repository"}


def test_a_credit_just_under_the_story_stays_a_label_there_goes():
    # a wire's credit closing the story (held-out shape, invented words) over the page's flagged furniture
    tail = "With files from The Example Press\nTop News Headlines\nVous avez une coquille à signaler? Cliquez ici »\n"
    scores = {"With files from The Example Press": 0.9, "Top News Headlines": 0.9,
              "Vous avez une coquille à signaler? Cliquez ici »": 0.98}
    assert _labels(HEAD + BODY + tail, scores) == {"Top News Headlines"}
