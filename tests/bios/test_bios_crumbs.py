"""CL402 and a breadcrumb trail that ends with its page's headline (sb26 B lynx, a French union's
post, real lines): the trail was "the fuller copy" and the unsafe fix removed the headline. The
trail names the page it stands on, no copy: no finding. Both ways: the headline given again as a
paragraph further down is still a copy."""

from __future__ import annotations

from corpuslint.checks.bios.rules import DuplicateParagraph
from corpuslint.models import Document

PAGE = """    #Syndiquer tout le site

   Accueil > Actualités et humeurs > Décisions de l’AG Éducation IDF du mardi 10 septembre

Décisions de l’AG Éducation IDF du mardi 10 septembre

   mercredi 11 septembre 2019

   L’AG Éducation Île-de-France inter-degrés a réuni le mardi 10 septembre en tout 80
   collègues en provenance de plus de 30 établissements et écoles.
"""


def lines_found(text: str) -> list[int]:
    doc = Document.from_text(text, path="post.txt")
    return [doc.position(v.start)[0] for v in DuplicateParagraph().check(doc)]


def test_a_breadcrumb_ending_with_the_headline_is_no_copy_of_it():
    assert lines_found(PAGE) == []


def test_the_headline_given_again_as_a_line_of_its_own_is_still_a_copy():
    again = PAGE + "\n   Décisions de l’AG Éducation IDF du mardi 10 septembre 2019\n"
    assert lines_found(again) == [12]
