"""CL140's long lines framed by furniture outside the article (`checks/boilerplate/framed.py`): a newsletter's
promo between a widget's label and its button goes with them; the article's headline between a breadcrumb
and its dateline, a chronicle's numbered note and the article's paragraphs stay. Real lines: nydailynews.com's
page in mercury-parser's fixtures and psl.eu's, heimicke.de's in trafilatura 1.0.0's tests/cache, as inscriptis
renders them."""

from __future__ import annotations

from pathlib import Path

from corpuslint import Document, Linter
from corpuslint.checks.boilerplate.framed import framed_lines
from corpuslint.checks.boilerplate.linefeatures import candidate_lines

PAGE = Path(__file__).parent / "data" / "boilerplate" / "mercury-nydailynews-inscriptis.txt"
PROMO = "A daily blend of the most need-to-know Daily News stories, delivered right to your inbox."

BODY = """\
Le décret n°2019-1130 validant les nouveaux statuts de l’Université PSL vient d’être publié. Cette parution parachève un chantier institutionnel entamé il y a moins de deux ans.

Créé en application de l’ordonnance de décembre 2018, l’établissement expérimental qui prend le nom d’« Université PSL » repose sur un périmètre de 11 établissements composantes.

Située au cœur de Paris, l'Université PSL couvre tous les domaines du savoir, de l’innovation et de la création en arts, ingénierie, sciences, sciences humaines et sociales.

Au nom de toute la communauté PSL, le président Alain Fuchs déclare : « La parution du décret portant création de l’établissement expérimental Université PSL constitue une avancée majeure. Les statuts qui le régissent sont le fruit d’un travail collectif qui a mobilisé toutes nos communautés. La nécessaire réforme du paysage de l’ESR à laquelle nous participons porte ses fruits : dans un futur proche, l’Université PSL, Sorbonne Université, l’Université de Paris et l’Université Paris-Saclay seront les quatre grandes institutions structurant le paysage francilien. PSL va pouvoir désormais se concentrer sur le développement de son premier cycle et, au niveau master-doctorat, sur la mise en place de ses programmes gradués et de ses formations transverses. L’attractivité de notre université réside en grande partie sur sa capacité à favoriser la circulation étudiante d’un établissement à l’autre, d’une discipline à l’autre, et permettre ainsi la personnalisation des parcours. Les attentes de nos étudiantes et de nos étudiants, français et internationaux, sont très fortes dans ce domaine. Elles le sont d’autant plus qu’ils seront confrontés au cours de leur carrière à des enjeux d’une rare complexité. Dès le premier cycle et quel que soit le débouché envisagé, la qualité d’une formation se fonde sur sa proximité avec la recherche ; sans ce fondement scientifique solide et neuf, la formation s’affaiblit et se sclérose. Les universités sont les mieux placées pour garantir une telle qualité. Elles s’y sont activement préparées en se restructurant à cet effet ».
"""
HEAD = """\
* Entreprise
* Alumni
Université

L’Université PSL : quand les grandes écoles font université

Le
06 Novembre 2019
Partager :

"""
NOTES = """
Retour vers toutes les actualités
En savoir plus
[23] Josef Hesse, Geschichte des Kirchspiels und Klosters Drolshagen (Seite 505).
Télécharger le communiqué de presse
Consulter le décret n° 2019-1130
"""
# the page's foot, under the links above (`OK` is the newsletter form's button)
TAIL = """\
Les établissements de l'Université PSL
PSL dans les classements internationaux
Notre newsletter : pour rester en contact avec PSL
OK

Votre adresse de messagerie est uniquement utilisée pour l’envoi de la newsletter PSL.

* Facebook
* Twitter
"""
PROMO_PSL = "Votre adresse de messagerie est uniquement utilisée pour l’envoi de la newsletter PSL."


def _flag_all_but(lines, *kept):
    """Every line flagged but the `kept` texts and the prose: the furniture a page's model flags."""
    return {i for i, line in enumerate(lines) if line.text not in kept and not line.prose}


def test_a_newsletter_promo_among_the_page_head_furniture_is_found():
    text = PAGE.read_text(encoding="utf-8")
    found = [f for f in Linter({"select": ["CL140"]}).check([Document.from_text(text)])]
    promo = text.split("\n").index("          " + PROMO) + 1
    assert any(f.line <= promo <= f.end_line for f in found)
    first_paragraph = text.split("\n").index("    Michelle Obama understands your despair, America.") + 1
    assert not any(f.line <= n <= f.end_line for f in found for n in range(first_paragraph, first_paragraph + 40)
                   if text.split("\n")[n - 1].startswith("    The first lady"))


def test_the_headline_a_numbered_note_and_the_paragraphs_stay():
    title = "L’Université PSL : quand les grandes écoles font université"
    note = NOTES.split("\n")[3]
    lines = candidate_lines(HEAD + BODY + NOTES)
    flagged = _flag_all_but(lines, title, note)
    assert framed_lines(lines, flagged) == []
    # the same lines below the article, a promo among them and not its headline: found
    lines = candidate_lines(BODY + NOTES.replace(note + "\n", "") + TAIL)
    assert [lines[i].text for i in framed_lines(lines, _flag_all_but(lines, PROMO_PSL))] == [PROMO_PSL]


# verfassungsblog.de (sb26 half A, `benchmarks/pages_set.py`), inscriptis text lines 141-170, indentation and blank
# lines left out: the comment form's rules, its rows, the thread's count and the footer's menu
FORM = """\
WRITE A COMMENT
1. We welcome your comments but you do so as our guest.
2. We expect comments to be matter-of-fact, on-topic and free of sarcasm, innuendo and ad personam arguments.
3. Racist, sexist and otherwise discriminatory comments will be deleted.
4. Comments under pseudonym are allowed but a valid email address is obligatory.
Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.
Kommentar
Name *
E-Mail *
Website
5 Comments
V
* ABOUT
* AUTHORS
"""


def _form_scores(rows: dict[str, float]) -> tuple[list, list[float | None], set[int]]:
    """The form's lines, the first stage's scores (the shipped model's for the form's rows; 0.99 for the lines
    it flagged, None for the rest) and the flagged lines: every line but `rows`."""
    lines = candidate_lines(FORM)
    scores = [rows.get(line.text, 0.99) for line in lines]
    return lines, scores, {i for i, line in enumerate(lines) if line.text not in rows}


def test_a_form_s_rows_scored_just_under_the_threshold_between_two_runs_of_furniture_go_with_them():
    lines, scores, flagged = _form_scores({"Kommentar": 0.873, "Name *": 0.856, "E-Mail *": 0.825})
    got = [lines[i].text for i in framed_lines(lines, flagged, scores, 0.95)]
    assert got == ["Kommentar", "Name *", "E-Mail *"]
    assert framed_lines(lines, flagged) == []  # without the scores: the long lines only


def test_a_line_just_under_the_threshold_stays_when_its_gap_or_its_frame_is_not_furniture_s():
    # a gap of four lines: `Website` (0.60) left too
    lines, scores, flagged = _form_scores({"Kommentar": 0.873, "Name *": 0.856, "E-Mail *": 0.825, "Website": 0.6})
    assert framed_lines(lines, flagged, scores, 0.95) == []
    # under the floor; and a digit (`5 Comments`, a recipe's quantity, a chronicle's year)
    lines, scores, flagged = _form_scores({"Name *": 0.79, "5 Comments": 0.9})
    assert framed_lines(lines, flagged, scores, 0.95) == []
    # one flagged line under the gap (`* AUTHORS`, the text's last), no run; with the menu's two, a run
    lines, scores, flagged = _form_scores({"5 Comments": 0.5, "V": 0.9, "* ABOUT": 0.5})
    assert framed_lines(lines, flagged, scores, 0.95) == []
    lines, scores, flagged = _form_scores({"5 Comments": 0.5, "V": 0.9})
    assert [lines[i].text for i in framed_lines(lines, flagged, scores, 0.95)] == ["V"]
