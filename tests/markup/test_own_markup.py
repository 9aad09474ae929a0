"""CL201 / CL203 / CL205 leave the text's own markup alone (qa15 finding 3): tags an article names
in prose, and tags in its code samples, `>>>` sessions, HTTP examples and page listings; they
keep finding a scraper's residue (real lines of tests/data/markup/own, copied from the web
corpus and the readability-labels pages)."""

from __future__ import annotations

import pytest

from conftest import DATA, SEED
from corpuslint import Document, Linter
from corpuslint.config import Config

OWN = DATA / "markup" / "own"


def check(name_or_text, select=("CL201", "CL203")):
    text = (OWN / name_or_text).read_text(encoding="utf-8") if name_or_text.endswith(".txt") else name_or_text
    doc = Document.from_text(text)
    linter = Linter(Config(select=list(select)))
    return doc, linter.check([doc]), linter


@pytest.mark.parametrize("name, kept", [
    ("web-002-img-tag.txt", "if the request is from an <img>tag in the controlled document"),
    ("web-aclu-allowed-tags.txt", "Allowed HTML tags: <em> <strong> <blockquote> <cite> <p> <br> <ol> <ul> <li>"),
    ("rl-htmldate-github-doctest.txt",
     "html.fromstring(' <html><body><span class=\"entry-date\">July 12th, 2016</span></body></html> ')"),
    ("rl-htmldate-github-doctest.txt", "' # DEBUG analyzing: <h2 class=\"date-header\"><span>Friday, December 23, 2016"),
    ("web-001-html-listing.txt", "<!DOCTYPE html> <html> <head> <meta charset=\"utf-8\"> <title>Test</title>"),
    ("web-001-html-listing.txt", "<div id=\"mocha\"></div> <div id=\"messages\"></div>"),
    ("web-ietf-1-http-response.txt", "HTTP/1.1 200 OK <!DOCTYPE html> <html lang=\"en\"> <head> <title>Allow access?</title>"),
])
def test_the_texts_own_markup_is_not_reported_and_survives_every_fix(name, kept):
    doc, findings, linter = check(name)
    assert kept in doc.text
    assert findings == []
    everything = Linter(Config(select=["markup"]))
    assert kept in everything.fix(doc, unsafe=True).document.text


@pytest.mark.parametrize("text", [
    "Use the <div> element for a block and the <span> element for a run of text.",
    "Two <br> tags in a row make an empty line.",
    "Wrap the quote in \"<blockquote>\" and close it with \"</blockquote>\".",
    "Das <img>-Tag braucht ein alt-Attribut.",
    "La balise <p> ouvre un paragraphe.",
])
def test_tags_named_in_prose_are_not_reported(text):
    assert check(text)[1] == []


@pytest.mark.parametrize("name, code, snippet", [
    ("residue-web-yahoo-4-noscript.txt", "CL201", '<div class="alertBox">'),
    ("residue-web-yahoo-4-noscript.txt", "CL201", "<em>"),
    ("residue-web-buzzfeed-1-template.txt", "CL201", '<span class="pin_img">'),
    ("residue-web-cnet-sponsored.txt", "CL201", "<span class=firstTabBranding>"),
])
def test_a_scrapers_residue_is_still_found_with_a_safe_fix(name, code, snippet):
    doc, findings, _ = check(name)
    hits = [f for f in findings if f.code == code and doc.text[f.offset:].startswith(snippet)]
    assert hits and all(f.fix.applicability.value == "safe" for f in hits)


def test_a_bold_word_naming_tags_is_residue_not_a_named_tag():
    doc, findings, linter = check("<b>Tags</b>: Politics, Election\n\nThe <strong>element</strong> of surprise.")
    assert [f.code for f in findings] == ["CL201", "CL201"]
    assert linter.fix(doc).document.text == "Tags: Politics, Election\n\nThe element of surprise."


def test_a_tag_list_of_a_post_is_residue_not_named_tags():
    # "Tags:" naming the post's subjects, the link's tags left by the scraper
    doc, findings, _ = check("Tags: <strong>Politics</strong>, <strong>Election</strong>")
    assert [f.code for f in findings] == ["CL201", "CL201"]


def test_the_seed_keeps_its_reuters_tags():
    doc, findings, linter = check(SEED.read_text(encoding="utf-8"))
    assert [(f.code, f.line) for f in findings] == [("CL201", 15)]
    assert "According to Reuters on Sunday" in linter.fix(doc).document.text


def test_a_tag_on_a_line_that_reads_as_code_is_found_but_its_fix_is_unsafe():
    text = "Render it like this:\n\nReactDOM.render(<div>Hello</div>, root);\n"
    doc, [finding], linter = check(text)
    assert finding.fix.applicability.value == "unsafe"
    assert linter.fix(doc).document.text == text


def test_an_unextracted_page_is_residue_all_through():
    # a text that starts with a page's root is a page nobody extracted: its tags are reported
    text = "<!DOCTYPE html>\n<html><body><p>Breaking news from the council.</p></body></html>\n"
    assert {f.code for f in check(text)[1]} == {"CL201"}


def test_a_script_element_in_a_page_listing_is_the_articles():
    # (the test's code above the listing is CL205's untagged code: the whole article, about code,
    # has none reported; this excerpt is too short to tell)
    doc, findings, _ = check("web-001-html-listing.txt", select=("CL205",))
    assert [f.source for f in findings if f.source != "script-lines"] == []
    page = "The council met on Tuesday.\n\n<script>window.dataLayer.push({'event': 'pageview'});</script>\n"
    assert [f.source for f in check(page, select=("CL205",))[1]] == ["script"]


@pytest.mark.parametrize("text", [
    "Write the &nbsp; entity where a line must not break.",
    "An ampersand is written \"&amp;\" in HTML.",
    ">>> html.unescape('Smith &amp; Wesson')",
])
def test_entities_named_in_prose_or_shown_in_code_are_not_reported(text):
    assert check(text, select=("CL202",))[1] == []


def test_entities_left_by_a_scraper_are_still_found():
    _, findings, _ = check("Smith &amp; Wesson&#8217;s new model&nbsp;&hellip;", select=("CL202",))
    assert len(findings) == 4


@pytest.mark.parametrize("text, fixed", [
    ("The <b>price tag</b> for the house was high.", "The price tag for the house was high."),
    ("She wore a <i>name tag</i> to the meeting.", "She wore a name tag to the meeting."),
    ("Apply it to <b>bold</b> tags only.", "Apply it to bold tags only."),
])
def test_an_element_around_words_next_to_tag_is_formatting_removed_whole(text, fixed):
    # a pair around words formats them: the naming word ("tag") next to its closing tag does not
    # make that tag the text's own (safefix15 left "The price tag</b> for ..." with a safe fix)
    doc, findings, linter = check(text)
    assert [f.code for f in findings] == ["CL201"]
    assert linter.fix(doc).document.text == fixed


def test_a_link_around_a_hashtag_is_one_element_not_a_lone_opening_tag():
    doc, findings, _ = check("Follow the hashtag <a href=\"/h/x\">#elections</a> tag for updates.")
    assert [(f.code, f.fix.applicability.value) for f in findings] == [("CL201", "unsafe")]


def test_markdown_inline_html_element_next_to_tags_is_no_finding():
    # fastapi's docs (MIT): a closed inline element in Markdown is the language's own
    text = "You can use HTML-style <a href=\"url\">text</a> tags in the descriptions.\n"
    doc = Document.from_text(text, format="markdown")
    assert Linter(Config(select=["CL201", "CL203"])).check([doc]) == []


@pytest.mark.parametrize("text", [
    "Use the <b> and </b> tags to make a word bold.",
    "if the request is from an <img>tag in the controlled document",
    "The <p> tag opens a paragraph and </p> closes it.",
    "A block ends with the </div> tag, as every reader knows.",
])
def test_bare_tags_named_as_tags_stay_named(text):
    assert check(text)[1] == []


@pytest.mark.parametrize("text", [
    # a tag list or the next sentence after a scraper's line break, not the break named as a tag (review15b)
    "She said the plan would pass next week.<br>Tags: politics, budget, schools",
    "The vote is expected on Thursday afternoon after a long debate.</p> Tags: Senate, Vote",
    "More reporting by our staff in the capital.<br> Elements of the plan were leaked earlier this month.",
])
def test_a_label_or_a_sentence_after_a_break_is_no_name_for_it(text):
    _, findings, _ = check(text)
    assert [f.code for f in findings] in (["CL201"], ["CL203"])  # a lone `</p>` is CL203's


def test_where_the_text_starts_is_read_once_not_per_root():
    from corpuslint.checks.markup.ownmarkup import ANY_TAG, _first_text

    for text in ["", "   ", "<html> <body>\n<p>Hi", "<!DOCTYPE html>\n<html>", "Intro <html>", "< not a tag <b>",
                 "<b></b>\n\n  x"]:
        first = _first_text(text)
        assert not ANY_TAG.sub("", text[:first]).strip()
        assert first == len(text) or text[first] != "<" or ANY_TAG.match(text, first) is None


def test_many_page_roots_and_code_strings_cost_linear_time():
    # 3,000 lines each with a root after prose and 3,000 code lines: every span found by bisection, one
    # scan for where the text starts (was quadratic: CL909 and every finding lost on ~300 KB, review15b)
    from corpuslint.checks.markup import _tags
    from corpuslint.checks.markup.ownmarkup import own_tags

    text = "An article about frames.\n" + "".join(f"Embedded frame {i} <body> residue\n" for i in range(3000))
    text += "".join(f'x = foo("<b>{i}</b>") and <i>word</i>\n' for i in range(3000))
    tags = list(_tags(text))
    own = own_tags(text, tags)
    assert sum(1 for m in tags if m.group().startswith("<i") or m.group().startswith("</i")) == 6000
    assert not any(m.start() in own for m in tags if m.group() in ("<i>", "</i>"))  # residue
    assert all(m.start() in own for m in tags if m.group() in ("<b>", "</b>", "<body>"))  # a string, a listing


@pytest.mark.parametrize("text, kept", [
    # review15c: an opening tag named at a line's start or before a colon is a text about markup
    ("HTML reference for beginners, part two.\n\n<section> Element\nThe section element represents a generic "
     "standalone section of a document.\n", "<section> Element"),
    ("Headings, part one.\n\n<h1> Tags are used for the main title of a page.\n", "<h1> Tags are used"),
    ("The <blockquote> tag: marks a long quotation from another source.\n", "The <blockquote> tag:"),
    # a named closing tag far from its opening one names both
    ("Start the block with <div> on its own, then finish it with the </div> tag once the content is done.\n",
     "with the </div> tag"),
])
def test_tags_named_in_a_text_about_markup_survive_every_fix(text, kept):
    doc, findings, _ = check(text)
    assert findings == []
    everything = Linter(Config(select=["markup"]))
    assert kept in everything.fix(doc, unsafe=True).document.text


def test_a_page_whose_first_tag_spans_lines_is_residue_all_through():
    # review15c: `<html\n lang="en">` at offset 0 is an unextracted page's root, not a listing after prose
    text = ('<html\n lang="en">\nThe council voted on Tuesday to <b>delay</b> the vote until next month.\n\n'
            'More was said by the <i>clerk</i> of the council.\n</html>\n')
    _, findings, _ = check(text)
    assert len(findings) >= 2


@pytest.mark.parametrize("text", [
    (OWN / "sphinx-9.0.4-configuration-html_js_files.txt").read_text(encoding="utf-8"),
    "To load it, add a <script> tag to the page header and point it at the file.\n\n"
    "The rest of this guide explains the options.\n\nEach option has a default value that suits most sites.\n",
    "Use <style> for the page's own rules, and keep them short.\n\nThe next section explains why.\n",
    "Wrap the loader in <script> and </script> tags so that the browser runs it.\n",
])
def test_prose_naming_a_script_or_style_tag_is_no_element(text):
    # qa16b finding 1: an unclosed tag named in prose was an element running to the end of the
    # document, and its SAFE fix cut everything after "add a " (a Sphinx page lost 2,618 lines)
    assert check(text, select=("CL205",))[1] == []


@pytest.mark.parametrize("text", [
    "The council met on Tuesday.\n\n<script>\nwindow.dataLayer = window.dataLayer || [];\n"
    "function gtag(){dataLayer.push(arguments);}\n",  # a page cut off inside its script
    "The council met on Tuesday. <script src=\"https://platform.example.com/widgets.js\"></script>\n",
    "The council met on Tuesday.\n<style>\n.share-bar { display: none; }\n</style>\n",
])
def test_script_and_style_elements_are_still_found(text):
    assert [f.source for f in check(text, select=("CL205",))[1]] in (["script"], ["style"])


def test_prose_naming_the_comment_marker_is_no_comment():
    # the same flaw as CL205's: `<!--` never closed ran to the end of the document, a SAFE fix
    text = ("In HTML, a comment starts with <!-- and the browser ignores what follows until the end marker.\n\n"
            "The rest of this guide explains the options.\n")
    assert check(text, select=("CL204",))[1] == []
    cut_off = "The council met on Tuesday.\n\n<!-- BEGIN ad slot\ngoogletag.cmd.push(function() {\n"
    assert [f.code for f in check(cut_off, select=("CL204",))[1]] == ["CL204"]


REVIEW16 = DATA / "markup" / "review16"


@pytest.mark.parametrize("name, code, line, safe", [
    ("style.txt", "CL205", 3, True),  # a CSS line of words (font-family) is no prose line
    ("jsonld.txt", "CL205", 3, True),  # nor a JSON-LD "description"
    ("alert.txt", "CL205", 3, True),  # nor a string in a call
    ("lonescript.txt", "CL205", 4, True),  # an element with attributes cut off at the end
    ("mention_then_real.txt", "CL205", 5, True),  # the mention does not swallow the element after it
    ("comment_mention.txt", "CL204", 5, True),  # nor the comment after it
    ("comment_pair.txt", "CL204", 1, False),  # words on both sides: maybe prose naming the markers
])
def test_real_elements_beside_mentions_are_found(name, code, line, safe):
    doc = Document.from_text((REVIEW16 / name).read_text(encoding="utf-8"))
    found = Linter(Config(select=[code])).check([doc])
    assert [(f.code, f.line, f.fix.applicability.value == "safe") for f in found] == [
        (code, line, safe)]


# qa20 r03: a Russian forum on Template Toolkit (chardet's IBM855 test feeds, as qa20 decoded them):
# HTML inside a template the post quotes, and inside a numbered listing, is the code's own.
@pytest.mark.parametrize("name, kept", [
    ("forum-ru-template-toolkit-pre.txt", "[% FOREACH item = news.items %]\n<pre>\n[% item.title %]\n</pre>"),
    ("forum-ru-template-toolkit-filter.txt", "  # <B>Жирный!</B> and <I>Italic!</I><BR>"),
    ("forum-ru-numbered-listing.txt", "  72\t  </td></tr></table>"),
])
def test_markup_in_a_template_or_a_numbered_listing_is_the_codes_own(name, kept):
    text = (OWN / name).read_text(encoding="utf-8")
    assert kept in text
    doc = Document.from_text(text)
    assert [f.code for f in Linter(Config(select=["CL201", "CL202", "CL203"])).check([doc])] == []
    assert kept in Linter(Config(select=["markup"], unsafe_fixes=True)).fix(doc).document.text


@pytest.mark.parametrize("text, code", [
    # the forum post's prose after its template: a scraper's breaks there are residue
    ("{post}\nСпасибо за ответ!<br>Попробую завтра.\n", "CL201"),
    # a table of contents numbered 1, 2, 3 is no listing
    ("1 Введение\n2 Методы<br>\n3 Результаты\n", "CL201"),
    # wikitext's templates are no template code
    ("{{cite web |title=Report |url=http://example.org}} said the <u>council</u> on Monday.\n", "CL201"),
])
def test_residue_beside_a_template_or_in_numbered_lines_is_still_residue(text, code):
    post = (OWN / "forum-ru-template-toolkit-pre.txt").read_text(encoding="utf-8")
    doc = Document.from_text(text.replace("{post}", post))
    found = Linter(Config(select=["CL201", "CL203"])).check([doc])
    assert [(f.code, f.fix.applicability.value) for f in found] == [(code, "safe")]


# tester28 §4: a display the text introduces with a colon and sets deeper (a README's usage example, a pod's
# debugger listing and regex debug output): its own; a script under no lead-in is still found
@pytest.mark.parametrize("text, select", [
    ("Packages installed in /usr/share/javascript/ are exposed to Apache in\nhttp://localhost/javascript and can be "
     "used by through the following lines in\nyour html headers:\n\n\t<script language=\"javascript\" "
     "type=\"text/javascript\"\n\tsrc=\"/javascript/package/lib.js\"></script>\n\n -- Marcelo Jorge Vieira\n", ("CL205",)),
    ("    Ever wanted to know what a regex looked like? You'll need perl compiled\n    with the DEBUGGING flag for this "
     "one:\n\n      > perl -Dr -e '/^pe(a)*rl$/i'\n      Compiling REx `^pe(a)*rl$'\n         1: BOL(2)\n"
     "         2: EXACTF <pe>(4)\n         8:   EXACTF <a>(0)\n        12:   WHILEM(0)\n", ("CL203",)),
    ("            This shows the sorts of output the \"l\" command can produce:\n\n               DB<<13>> l\n"
     "             101:        @i{@i} = ();\n             102:b       @isa{@i,$pack} = ()\n             103"
     "             if(exists $i{$prevpack} || exists $isa{$pack});\n             104     }\n", ("CL205",)),
])
def test_a_display_the_text_introduces_is_its_own(text, select):
    assert check(text, select)[1] == []


def test_a_script_under_no_lead_in_is_still_residue():
    text = ("The council met on Tuesday and voted to close the road.\n\n\t<script type=\"text/javascript\" "
            "src=\"/js/ads.js\"></script>\n\nThe vote was seven to two.\n")
    assert [f.code for f in check(text, ("CL205",))[1]] == ["CL205"]
