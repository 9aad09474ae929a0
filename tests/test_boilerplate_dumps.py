"""CL140 on a web page dumped by a text browser (issue 15, session 21): lynx -dump wraps every
paragraph at 80 columns, so the rule's `pages-only` gate took it for hard-wrapped text and said
nothing. A dump is told by what the browser leaves of the page (`(BUTTON)`, `[logo.png]`, its
bullets, text fields), its wrapped paragraphs are read as one line each, and a finding covers
whole paragraphs. Other hard-wrapped text (a changelog) is no dump and is still left alone."""

from __future__ import annotations

from pathlib import Path

from cl140_lines import flagged

from corpuslint.checks.boilerplate.classifier import BoilerplateLine
from corpuslint.analysis import plain_kept
from corpuslint.checks.boilerplate.dumps import _browsers_line, dump_kept, manual, text_browser_dump, unwrap
from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.pageshape import hard_wrapped, page_shape
from corpuslint.models import Applicability, Document

DATA = Path(__file__).parent / "data" / "boilerplate"
# a blog post of caktusgroup.com as lynx 2.9 prints it (trafilatura's test page, qa20b's lynx set)
CAKTUS = DATA / "dumps" / "lynx-caktusgroup.com.django.txt"
# the Debian Reference's chapter 6 (French) as lynx dumps it: its head and its last section (review21 #1)
DEBREF = DATA / "dumps" / "lynx-debref-ch06.fr-excerpt.txt"


def _numbers(text: str, start: int, end: int) -> tuple[int, int]:
    return text.count("\n", 0, start) + 1, text.count("\n", 0, end) + 1


def test_a_lynx_dump_is_recognised_and_a_changelog_is_not():
    text = CAKTUS.read_text(encoding="utf-8")
    assert hard_wrapped(candidate_lines(text)) and text_browser_dump(text)
    changelog = (DATA / "pageshape" / "debian-changelog-curl.txt").read_text(encoding="utf-8")
    assert not text_browser_dump(changelog)
    assert page_shape(candidate_lines(changelog)) == "hard-wrapped text"
    assert not flagged(DATA / "pageshape" / "debian-changelog-curl.txt")[1]  # still left alone


def test_wrapped_paragraphs_are_joined_and_menu_items_are_not():
    text = CAKTUS.read_text(encoding="utf-8")
    lines = unwrap(text, candidate_lines(text))
    spans = {_numbers(text, line.start, line.end): line for line in lines}
    # `It was my second webcast ...`: seven lines of 79 columns or less, one line
    paragraph = spans[(53, 59)]
    assert paragraph.text.startswith("It was my second webcast") and paragraph.text.endswith("And it failed.")
    assert "going through the code" in paragraph.text  # the lines joined by a space
    # the menu's items and the subheadings between the paragraphs stay lines of their own
    assert spans[(5, 5)].text == "* Services" and spans[(6, 6)].text == "+ Service types"
    assert spans[(51, 51)].text == "What Happened"
    # a line the next one's first word would have fitted on is not wrapped: `Get tips, see case
    # studies, and stay up to date on Caktus news.` / `Learn more.`
    assert spans[(242, 242)].text.startswith("Get tips") and spans[(243, 243)].text == "Learn more."
    # numbered again, a paragraph counting one: consecutive lines stay consecutive
    k = lines.index(paragraph)
    assert lines[k + 1].number == paragraph.number + 2  # a blank line, then `Test Failure`


def test_the_furniture_of_a_dump_is_found_and_its_article_left():
    lines, found = flagged(CAKTUS)
    # the menu at the top, the related posts, the contact block and the footer's links
    assert set(range(5, 25)) <= found
    assert {187, 205, 215, 225, 230} <= found
    # none of the article's paragraphs, wrapped over three to seven lines
    for first, last in ((47, 49), (53, 59), (63, 66), (70, 75), (77, 77)):
        assert not found & set(range(first, last + 1)), (first, lines[first - 1])


def test_a_finding_covers_whole_paragraphs():
    text = CAKTUS.read_text(encoding="utf-8")
    _, found = flagged(CAKTUS)
    for line in unwrap(text, candidate_lines(text)):
        first, last = _numbers(text, line.start, line.end)
        covered = found & set(range(first, last + 1))
        assert not covered or len(covered) == last - first + 1, (first, last)
    # `Please enable JavaScript to view the comments powered by Disqus. blog comments powered by`
    # / `Disqus`: both lines of the widget's sentence
    assert {180, 181} <= found


def test_lynx_references_list_is_one_finding_and_its_link_numbers_no_words():
    # the same page dumped with lynx's link numbers (`[29]webcast`) and its `References` list
    path = DATA / "dumps" / "lynx-references-caktusgroup.com.django.txt"
    lines, found = flagged(path)
    start = lines.index("References") + 1
    assert set(range(start, len(lines))) <= found  # `References` to the last link, every line
    text = path.read_text(encoding="utf-8")
    findings = [v for v in BoilerplateLine().check(Document.from_text(text, path=str(path), format="text"))]
    tail = findings[-1]
    assert text[tail.start:].startswith("References") and tail.data["lines"] == 74  # `References`, `Visible links:`, `Hidden links:`, 71 links
    assert tail.fix is not None and tail.fix.applicability == Applicability.UNSAFE
    # the article is left, its paragraphs read without the link numbers
    assert not found & set(range(47, 81))
    joined = unwrap(text, candidate_lines(text))
    assert any(line.text.startswith("I had the opportunity to give a webcast for O’Reilly") for line in joined)
    assert set(range(5, 25)) <= found  # the menu, `* [3]Services` ...


def test_a_manuals_chapter_dumped_by_lynx_is_left_alone():
    # DocBook's navigation shows two dump signs (the `#Title` link, menu bullets), but between its
    # bars stand the chapter's headings, contents, a table, shell commands: all of them its own.
    # 297378f..ee752f0 read it as a page and flagged the contents, the RFC table, `$ telnet ...`.
    text = DEBREF.read_text(encoding="utf-8")
    lines = candidate_lines(text)
    assert hard_wrapped(lines) and text_browser_dump(text)
    assert manual(candidate_lines(text, unwrap(text, lines)))  # `6.1. Navigateurs Web`, `6.1.1. ...`, ...
    assert not flagged(DEBREF)[1]


def test_a_page_dump_is_no_manual():
    text = CAKTUS.read_text(encoding="utf-8")
    assert not manual(candidate_lines(text, unwrap(text, candidate_lines(text))))
    # a number that is no section's (`66.820 Gebrauchtmaschinen`, landwirt.com), a numbered list
    page = "\n".join(["66.820 Gebrauchtmaschinen, 23.777 Kleinanzeigen", "1. Home", "2. News", "3. Contact"] * 3)
    assert not manual(candidate_lines(page))


def test_lynx_references_list_has_no_model_score_and_follows_furnished():
    path = DATA / "dumps" / "lynx-references-caktusgroup.com.django.txt"
    text = path.read_text(encoding="utf-8")
    doc = Document.from_text(text, path=str(path), format="text")
    tail = list(BoilerplateLine().check(doc))[-1]
    assert text[tail.start:].startswith("References")
    assert "score" not in tail.message and "score" not in tail.data and tail.data["text_browser"] is True
    # `furnished`: the list is reported beside the page's own furniture ...
    furnished = list(BoilerplateLine(BoilerplateLine.Options(furnished=True)).check(doc))
    assert len(furnished) > 1 and text[furnished[-1].start:].startswith("References")
    # ... and not alone, where the model flags nothing of the page
    alone = BoilerplateLine.Options(furnished=True, threshold=1.0, context=False)
    assert not list(BoilerplateLine(alone).check(doc))
    assert [v.data.get("text_browser") for v in BoilerplateLine(BoilerplateLine.Options(
        furnished=False, threshold=1.0, context=False)).check(doc)] == [True]


# session 24: a dump's nested menus were read as code, and a dump whose width cannot be told as hard-wrapped text
DEMOKRATIE = DATA / "dumps" / "lynx-demokratiewebstatt.at.luft-excerpt.txt"


def test_a_dumps_nested_menu_is_furniture_not_code():
    # lynx's fourth and fifth bullets (`#`, `@`), indented deeper than the line above, read as an
    # indented code block (a comment, a decorator): plain text's structure keeps them as code, and
    # CL140 flagged none of them (main at 5ef21cc: of lines 1-59 only the 8 `*`, `+`, `o` items)
    lines, found = flagged(DEMOKRATIE, furnished=True)
    assert lines[4].strip().startswith("# Was versteht man") and lines[7].strip().startswith("@ Zahlen")
    assert set(range(5, 60)) <= found
    # the article's paragraphs, wrapped over two to eight lines, are left
    for first, last in ((94, 95), (98, 105), (107, 110), (112, 115), (117, 120)):
        assert not found & set(range(first, last + 1)), (first, lines[first - 1])


def test_dump_kept_leaves_out_only_the_browsers_list_items():
    text = DEMOKRATIE.read_text(encoding="utf-8")
    doc = Document.from_text(text, path="page.txt", format="text")
    kept = plain_kept(doc)
    menu = text.index("# Was versteht man")
    # plain text's structure reads lynx's deeper levels under an `o` item as a list since session 32 (it read an
    # indented code block, which only `dump_kept` told from a dump's menu item): no line of the menu is kept
    assert kept is None or not kept(menu, menu + 10)
    assert dump_kept(doc) is None or not dump_kept(doc)(menu, menu + 10)
    # an indented code sample in a dump is still code; a shop's line or a comment form's field in
    # the same block (toralin.de, piratenpartei-mv.de as lynx prints them) reads as no code line
    _assert_read_in_a_code_block(text, (("x = compute(y);", True), ("Auf den Wunschzettel", False),
                                        ("______________________ Name *", False)))


def _assert_read_in_a_code_block(text: str, lines: tuple[tuple[str, bool], ...]) -> None:
    """Set `lines` in the menu's indented block in place of its `# E-Book` line (with a statement first, so that
    plain text reads the block as code): each is kept as the block's, and `dump_kept` keeps it as the document's
    own or not (`own`)."""
    sample = text.replace("                    # E-Book\n", "".join(f"                    {line}\n" for line, _ in lines), 1)
    doc = Document.from_text(sample, path="page.txt", format="text")
    kept = plain_kept(doc)
    for line, own in lines:
        at = sample.index(line)
        assert kept(at, at + 5) and dump_kept(doc)(at, at + 5) is own, line


def test_a_dumps_list_marks_and_form_fields_are_read_as_plain_text_reads_them():
    # one reading of a rendered list's bullet marks and of a form's field (`plain_code.bulleted_line`,
    # `form_field`) serves plain text's structure and `dump_kept`: in a block read as code, lynx's marks and a
    # search field (sb26 A lynx, buchperlen) are the browser's; a statement, and a numbered line (nytimes'
    # `1. Loading...` rail: a number opens a code sample's lines too), stay the block's
    _assert_read_in_a_code_block(DEMOKRATIE.read_text(encoding="utf-8"), (
        ("x = compute(y);", True), ("1. Loading...", True), ("Suche nach: ____________________ Suche", False)))
    assert _browsers_line("* ► 2017 (9)") and _browsers_line("@ Zahlen und Fakten zu politischen AkteurInnen in Österreich")
    assert not _browsers_line("4.5 * x + y;") and not _browsers_line("o.next();")


def test_a_dump_is_a_page_whatever_its_width():
    # a dump with too few lines of text to tell its width (a shop's or a team's page: menus, names)
    # stays wrapped, and its `o` bullets (`o Identity Awareness` / `o IPS`) read as sentences running
    # on in lower case: `hard-wrapped text` for plain text, a page for a dump
    lines = DEMOKRATIE.read_text(encoding="utf-8").split("\n")
    menu = "\n".join(lines[:60]) + "\n\n   Ein Satz, der hier weiterläuft und auf der nächsten Zeile\n" \
        "   weitergeht, wie ein umbrochener Absatz es tut, und dann noch einmal auf\n   der nächsten.\n"
    shaped = candidate_lines(menu)
    assert hard_wrapped(shaped) and page_shape(shaped) == "hard-wrapped text"
    assert page_shape(shaped, dump=True) is None


def test_a_labelled_text_field_and_an_inline_frame_are_a_dumps_marks():
    # the head of sonntag-sachsen.de's page as lynx prints it (qa20b, half A): a search field of 30
    # underscores between its labels and a menu; main took only the menu for a mark (its text field
    # was lynx's default, exactly 20 underscores), one mark of the two a dump shows
    head = ("   [tr?id=1552112498444486&ev=PageView&noscript=1]\n\n     * Montag, 09.12.2019\n     * Über uns\n"
            "     * Aboservice\n     * Anzeigenservice\n     * Kontakt\n\n     * Login\n\n   teaser_image\n   Menü\n"
            "   Suche ______________________________ Suche\n")
    assert text_browser_dump(head)
    menu = head.replace("Suche ______________________________ Suche", "Suche")
    assert not text_browser_dump(menu)
    # lynx's line for an iframe is a mark of its own (Scrapinghub's page: `IFRAME: https://www.googletagmanager...`)
    assert text_browser_dump("\n\n   IFRAME: https://www.googletagmanager.com/ns.html?id=GTM-TK3JGJ6\n\n" + menu)
    # a rule of underscores alone on its line (lynx's <hr>, an e-mail's separator) is no field
    assert not text_browser_dump("     * One\n     * Two\n     * Three\n\n" + "_" * 70 + "\n\n   _______________\n")


def test_an_image_by_its_resized_copys_name_is_a_dumps_mark():
    # the head of newrepublic.com's page as `lynx -dump -nolist` prints it (session 26's page set, half A):
    # its menu, and its picture named with the query of a resized copy, wrapped by lynx; main took only the menu
    menu = "   Close\n     * Latest\n     * Minutes\n     * Politics\n     * Culture\n\n   Menu\n"
    image = ("   [29020c1e6b108813cf65b54487ad2b5a65aa6079.jpeg?w=1000&amp;q=65&amp;dpi=1&amp;fm=pjpg&amp;fi\n"
             "   t=crop&amp;crop=faces&amp;h=667]\n   Warner Bros.\n")
    assert text_browser_dump(menu + image)
    assert not text_browser_dump(menu) and not text_browser_dump(image)
    assert not text_browser_dump(menu + "   See [the chart] and the figure (chart.png?) below [1].\n")


def test_dump_kept_keeps_a_wrapped_sentences_fragment_between_formulas():
    # MathML's source stands between the fragments of a sentence and plain text's structure reads
    # them all as code; a fragment that goes on in lower case is the sentence's, kept as main kept it
    # (a first version of dump_kept left them to the model, which flagged three of them)
    text = (DATA / "dumps" / "lynx-wikipedia-tsne-math-excerpt.txt").read_text(encoding="utf-8")
    doc = Document.from_text(text, path="page.txt", format="text")
    kept = plain_kept(doc)
    for line in ("x_{j} as its neighbor", "under a Gaussian centered at", "x_{i} would pick"):
        at = text.index(line)
        assert kept(at, at + 5) and dump_kept(doc)(at, at + 5), line
    # the same page further down: a fragment after the formula's TeX (its second stage flagged it
    # once a line that opens with no capital was left to the model), and a shop's label
    assert not _browsers_line(r"{\displaystyle \lVert x_{i}-x_{j}\rVert } , it is affected by the curse of dimensionality,")
    assert _browsers_line("Auf den Wunschzettel") and _browsers_line("+ Facebook")


def test_a_run_of_findings_is_cut_at_the_fixers_guarded_lines():
    # the fixer changes no line plain text's structure keeps (its code): a finding over the menu's
    # `#` items and its `o` items would lose its whole fix, and the `o` items their removal (qa20b
    # lynx before the cut: 885 fewer boilerplate lines removed than main, found more)
    text = DEMOKRATIE.read_text(encoding="utf-8")
    doc = Document.from_text(text, path=str(DEMOKRATIE), format="text")
    kept = plain_kept(doc) or (lambda start, end: False)  # (none since session 32: the menu reads as a list)
    findings = list(BoilerplateLine(BoilerplateLine.Options(furnished=True)).check(doc))
    for v in findings:
        first, last = _numbers(text, v.start, v.end)
        lines = text.split("\n")[first - 1:last]
        offsets = [sum(len(x) + 1 for x in text.split("\n")[:n - 1]) for n in range(first, last + 1)]
        guarded = {kept(o, o + len(line)) for o, line in zip(offsets, lines) if line.strip()}
        assert len(guarded) == 1, (first, last)
    item = text.index("o Thema: Demokratie weltweit")
    assert any(v.start <= item < v.end and v.fix is not None for v in findings)
