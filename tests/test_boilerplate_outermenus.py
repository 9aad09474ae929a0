"""CL140 on the lynx dumps of unseen pages (issue 15, session 28): a menu outside the article read whole by its
scores with nothing flagged around it (`outermenus`), and a form's widgets in a text browser's dump
(`formwidgets`); session 29: an image's file name alone on its line (`imagenames`), and one side of the
body showing furniture suffices on a dump (`context.furnished`). Real lines of the dev pages' half A (gofeminin.de, jovelstefan.de, intel.com, a craft
article's materials list), with the first-stage scores main gave them, both ways."""

from __future__ import annotations

from corpuslint.checks.boilerplate.context import furnished
from corpuslint.checks.boilerplate.formwidgets import form_widgets, widget_line
from corpuslint.checks.boilerplate.imagenames import image_lines
from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.outermenus import bar_row, named_row, outer_menus

T = 0.95
MENU = "* Mama\n* Job & Geld\n* Horoskop\n* Lifestyle\n* Produkttests\n* Spielen & Gewinnen\n"
MENU_SCORES = [0.93, 0.91, 0.84, 0.84, 0.86, 0.80]
BODY = """\
Wie man schnell abnehmen kann, haben sich wahrscheinlich die meisten von uns schon mal gefragt. Das Problem: Crash-Diäten ziehen meist den Jojo-Effekt nach sich. Wir verraten, wie ihr schnell aber dauerhaft Gewicht verlieren könnt.

Damit eure Diät von Erfolg gekrönt ist, braucht ihr vor allen Dingen eins: einen starken Willen. Es wird immer wieder Momente geben, in denen ihr einfach alles hinschmeißen und die Tüte Chips oder die Tafel Schokolade in euch reinstopfen wollt. Aber: Haltet durch!

Der wichtigste Aspekt, wenn ihr abnehmen wollt, ist eine gesunde, ausgewogene Ernährungsweise. Ihr müsst keine Kalorien zählen, aber ihr müsst wissen, was ihr esst. Ganz kurz lässt sich das so zusammenfassen: Esst euch an Obst und vor allen Dingen Gemüse satt.

"""
TAIL = "+ Archiv\n+ Datenschutzerklärung\n+ Impressum\n+ Anmelden\n"
TAIL_SCORES = [0.89, 0.92, 0.81, 0.94]
FLAGGED = "Newsletter abonnieren\n"  # a line the model flags (0.99): the page shows furniture


def test_a_menu_before_or_after_the_article_goes_whole_with_nothing_flagged_around_it():
    lines = candidate_lines(MENU + "\n" + BODY + TAIL + "\n" + FLAGGED)
    first = MENU_SCORES + [None] * 3 + TAIL_SCORES + [0.99]
    assert len(lines) == len(first)
    assert outer_menus(lines, first, T) == [0, 1, 2, 3, 4, 5, 9, 10, 11, 12]
    # the model reads it as no menu (its mean under 0.8), or an entry under 0.5 cuts it short of three
    assert outer_menus(lines, [s - 0.1 for s in MENU_SCORES] + [None] * 3 + [0.89, 0.45, 0.81, 0.94, 0.99], T) == []
    assert outer_menus(lines, first[:-1] + [0.9], T) == []  # the model flags nothing on the page


def test_a_run_inside_the_article_or_its_low_scored_list_stays():
    inside = candidate_lines(BODY.replace("\n\nDer wichtigste", "\n\n" + MENU + "\nDer wichtigste", 1))
    first = [None, None] + MENU_SCORES + [None]
    assert len(inside) == len(first) and outer_menus(inside + candidate_lines(FLAGGED), first + [0.99], T) == []
    # a craft article's materials after its text: its entries scored low, no menu
    materials = candidate_lines(BODY + "* 1 package plastic spoons\n* X-Acto knife\n* green cardstock\n* yellow paint\n"
                                "\n" + FLAGGED)
    assert outer_menus(materials, [None] * 3 + [0.08, 0.21, 0.09, 0.09, 0.99], T) == []
    # a page with no body of prose has no outside to read
    assert outer_menus(candidate_lines(MENU + "\n" + FLAGGED), MENU_SCORES + [0.99], T) == []


# cnn-arabic-lynx's footer (web/, session 33): a menu on one line, its entries between bars, in any script
BAR_ROWS = ("الصفحة الرئيسية | فيديو | الشرق الأوسط | العالم | اقتصاد | منوعات | صحة وتكنولوجيا | رياضة\n"
            "CNN en ESPAÑOL | CNN Chile | MÉXICO | English | |\n\nCNN International TV | CNN US TV | Work for us\n")
BAR_SCORES = [0.88, 0.93, 0.81]  # a retrained model's scores (model32's a4), all under the threshold


def test_a_row_of_entries_between_bars_outside_the_article_goes_whole():
    lines = candidate_lines(BODY + BAR_ROWS + "\n" + FLAGGED)
    first = [None] * 3 + BAR_SCORES + [0.99]
    assert len(lines) == len(first) and all(bar_row(lines, k) for k in (3, 4, 5))
    assert outer_menus(lines, first, T) == [3, 4, 5]
    assert outer_menus(lines, first[:4] + [0.45, 0.81, 0.99], T) == [3, 5]  # a row scored under 0.5 stays
    assert outer_menus(lines, first[:-1] + [0.9], T) == []  # the model flags nothing on the page
    # inside the article (between two of its paragraphs) the rows are no outer menu
    inside = candidate_lines(BODY.replace("\n\nDer wichtigste", "\n\n" + BAR_ROWS + "\nDer wichtigste", 1) + FLAGGED)
    assert outer_menus(inside, [None, None] + BAR_SCORES + [None, 0.99], T) == []


def test_a_table_s_rows_a_title_and_a_sentence_with_bars_are_no_row_of_entries():
    for text in ("Name    | Display   | Aliases\n------- | --------- | -------\n",  # pymdown's keys table over its rule
                 "1 | 2 | 3\n",  # figures (webmd-2's pager: a table's cells as often)
                 "Interactive maps, now in your language | Wikimedia Blog\n",  # a page's title and site: two
                 "Home | Read the full statement here. | Contact\n",  # an entry closing a sentence
                 # a post's head with its date (sb26 B, gregoryszorc.com): metadata, not a menu
                 "January 13, 2020 at 08:45 AM | categories: Python, Mercurial | View Comments\n",
                 "Mike Cason | mcason@al.com By Mike Cason | Politics\n", "By Jane Roe | Staff | Politics\n"):  # an author
        assert not bar_row(candidate_lines(text), 0), text


def test_a_row_of_entries_the_page_s_menu_names_is_its_categories():
    # Wikimedia blog (htmldate's fixture): the post's categories over its headline, their links in the menu above
    named = {"community", "wikipedia", "foundation", "technology", "share"}
    assert named_row("Foundation, From the archives, Technology", named)
    assert not named_row("Foundation, From the archives, Science", named)  # one named: a list of the text's own
    assert not named_row("Wikipedia, the free encyclopedia, and its Foundation are the subject of this piece.", named)
    head = candidate_lines("Community\nWikipedia\nFoundation\nTechnology\n\nFoundation, From the archives, Technology\n\n"
                           + BODY)
    first = [0.99, 0.99, 0.99, 0.99, 0.77, None, None, None]
    assert len(head) == len(first) and outer_menus(head, first, T) == [4]
    assert outer_menus(head, first[:4] + [0.45] + first[5:], T) == []  # scored under 0.5


def test_a_dump_s_form_widgets_are_furniture_its_text_is_not():
    for text in ("Sign In [ ] Remember me", "Name * ______________________________", "(BUTTON) Schließen",
                 "Suche nach: ____________________ (BUTTON) Suche", "(*) Female ( ) Male", "[ ] Daten merken?"):
        assert widget_line(text), text
    for text in ("[ ] Striking members of the UCU and other unions at University College last year walked out",
                 "Ihr müsst keine Kalorien zählen (und keine Punkte).", "__init__", "[1] Josef Hesse", "_" * 86):
        assert not widget_line(text), text  # ... nor lynx's `<hr>`, a row of underscores as wide as the page
    lines = candidate_lines("Sign In [ ] Remember me\n\nForgot your Intel username or password?\n\n"
                            "(BUTTON) Schließen\n\nTeilen\n")
    first = [0.94, 0.83, 0.45]
    assert form_widgets(lines, first + [0.99], T, dump=True) == [0]  # the button under the floor, the plea no widget
    assert form_widgets(lines, first + [0.9], T, dump=True) == []  # nothing flagged on the page: no furniture
    assert form_widgets(lines, first + [0.99], T, dump=False) == []  # plain text's underscores and brackets are its own
    # a form of options is the page's own (shops_dev: a shop's advanced search, `[ ] Artifact` ...): its check boxes stay
    options = candidate_lines("Sign In [ ] Remember me\n\n[ ] Artifact\n[ ] Basic Land\n[ ] Creature\n[ ] Emblem\n\n"
                              "(BUTTON) Search\n\nTeilen\n")
    assert form_widgets(options, [0.94, 0.6, 0.6, 0.6, 0.6, 0.7, 0.99], T, dump=True) == [5]


def test_a_dump_s_image_names_alone_are_its_placeholders_alt_text_and_prose_are_not():
    lines = candidate_lines("[cindy.jpeg]\n\n[12][EFFUnicorn.gif]\n\n[29020c.jpeg?w=1000&amp;q=65] [sep28x28.png]\n\n"
                            "[Photo of the mayor]\n\nSee [chart.png] for the figures of 2015.\n\n" + FLAGGED)
    first = [None, 0.6, 0.8, 0.9, 0.3]
    assert image_lines(lines, first + [0.99], T, dump=True) == [0, 1, 2]
    assert image_lines(lines, first + [0.9], T, dump=True) == []  # nothing flagged on the page: no furniture
    assert image_lines(lines, first + [0.99], T, dump=False) == []  # plain text's brackets are its own


def test_on_a_dump_one_side_of_the_body_with_a_cue_shows_furniture():
    lines = candidate_lines(BODY + TAIL)
    tail = [i for i, line in enumerate(lines) if line.text.startswith("+")]
    assert len(tail) == 4 and not furnished(lines, tail)  # plain text: both sides, or an extracted article's list
    assert furnished(lines, tail, dump=True)  # a dump: `+ Impressum` below the body
    assert not furnished(lines, tail[:1], dump=True)  # no cue there (`+ Archiv`)
    assert not furnished(lines, [1], dump=True)  # a line of the body is no side of it
