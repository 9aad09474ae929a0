"""Code and structure in plain text (`corpuslint.plain_code`): reST literal blocks and
directives, indented code, a document that is all code, titles and man-page section headings
are protected lines, so no fix changes them; indented prose (a man page's description, a reST
definition's body) stays prose, and its findings keep their fixes. Real text, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.analysis import Role, analyse, code_residue, plain_kept
from corpuslint.config import load_config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.models import Document
from corpuslint.plain_code import code_line, inline_code, plain_structure

DATA = Path(__file__).parent / "data" / "plain_code"
LINTER = Linter(load_config(None))


def roles_of(name: str) -> dict[str, Role | None]:
    text = (DATA / name).read_text(encoding="utf-8")
    s = analyse(text, markdown=False)
    return {line.strip(): s.line_role[n] for n, line in enumerate(text.split("\n")) if line.strip()}


def fixed(text: str, *, unsafe: bool = True) -> str:
    return fix_document(LINTER, Document.from_text(text, path="doc.txt"), unsafe=unsafe).document.text


def test_rest_literal_blocks_and_code_directives_are_code():
    roles = roles_of("pytest-monkeypatch-excerpt.rst.txt")
    assert roles["def getssh():"] is Role.CODE
    assert roles['return Path.home() / ".ssh"'] is Role.CODE
    assert roles["# always return '/abc'"] is Role.CODE  # a comment inside the code-block
    assert roles[".. code-block:: python"] is Role.CODE
    assert roles[".. currentmodule:: pytest"] is Role.MARKER
    # the title and its underline
    assert roles["How to monkeypatch/mock modules and environments"] is Role.HEADING
    assert roles["Monkeypatching functions"] is Role.HEADING
    assert roles["------------------------"] is Role.HEADING
    # the prose around them
    assert roles["Consider the following scenarios:"] is Role.PROSE
    assert roles["can be used to patch functions dependent on the user to always return a"] is Role.PROSE


def test_a_literal_block_after_a_double_colon_is_code_and_its_marker_line_is_kept():
    roles = roles_of("pytest-fixtures-excerpt.txt")
    assert roles["def test_customer_records(make_customer_record):"] is Role.CODE
    assert roles["created_records = []"] is Role.CODE
    assert roles["Example::"] is Role.MARKER  # without it the block reads as a quotation
    assert roles["Fixtures can be requested more than once per test (return values are cached)."] is Role.PROSE


def test_no_fix_takes_a_test_out_of_a_literal_block():
    text = (DATA / "pytest-fixtures-excerpt.txt").read_text(encoding="utf-8")
    assert fixed(text) == text  # main: CL402 removed the second `def test_customer_records` block


def test_a_conf_py_example_keeps_its_copyright_line():
    text = (DATA / "sphinx-conf-py-example.txt").read_text(encoding="utf-8")
    assert roles_of("sphinx-conf-py-example.txt")["copyright = '2000-2042, The Test Project Authors'"] is Role.CODE
    assert fixed(text, unsafe=False) == text  # main: CL120 removed the four lines of conf.py


def test_a_source_file_is_code_from_end_to_end():
    roles = roles_of("pygments-cypher-test.cyp.txt")
    assert set(roles.values()) == {Role.CODE}
    text = (DATA / "pygments-cypher-test.cyp.txt").read_text(encoding="utf-8")
    assert fixed(text) == text  # main: CL402 removed a query's START line


def test_a_man_page_s_headings_and_synopsis_are_kept_its_description_is_prose():
    roles = roles_of("uconv.1-excerpt.txt")
    assert roles["NAME"] is Role.HEADING and roles["DESCRIPTION"] is Role.HEADING
    assert roles["--verbose ] [ -l, --list | -l, --list-code code | --default-code |  -L,"] is Role.CODE
    assert roles["uconv - convert data from one encoding to another"] is Role.PROSE
    assert roles["if no file is specified) from one encoding to another.  The transcoding"] is Role.PROSE
    assert roles["Print help about usage and exit."] is Role.PROSE


def test_a_here_documents_body_is_code_the_prose_around_it_is_not():
    roles = roles_of("git-README.Debian-excerpt.txt")
    assert roles["cat >> /etc/inetd.conf <<EOF"] is roles["EOF"] is Role.CODE
    assert roles["git stream tcp6 nowait nobody /usr/bin/git git daemon --inetd --base-path=/var/lib /var/lib/git"] \
        is Role.CODE
    assert roles["Or:"] is roles["repositories.  This package provides the git-daemon program, to enable a"] is Role.PROSE


@pytest.mark.parametrize("text", [
    "The shift x << 2 is x times four.\nx\n",  # an operator: no command opens a here-document, none ends
    "Write cat <<EOF and then the text, then EOF alone.\nThe text ends with a line that holds EOF only.\n",
    "cat > page.html <<EOF\n<p>never closed</p>\n",  # no line ends it: no here-document
])
def test_no_here_document_without_its_command_and_its_end(text):
    assert plain_structure(text) is None


def test_indented_prose_stays_prose_and_its_duplicate_is_still_fixed():
    # a reST definition's body, indented: its repeated paragraph is still CL402's (fixable)
    assert plain_structure((DATA / "sphinx-configuration-excerpt.txt").read_text(encoding="utf-8")) is None
    text = ("The build reads conf.py first.\n\n"
            + (DATA / "sphinx-conf-py-example.txt").read_text(encoding="utf-8")
            + "\nThe build then picks these values up for the HTML title and the footer.\n")
    findings = LINTER.check_document(Document.from_text(text, path="doc.txt"))
    dup = [f for f in findings if f.code == "CL402"]
    assert dup and dup[0].fix is not None
    out = fixed(text, unsafe=False)
    assert out.count("The build then picks these values up") == 1
    assert "copyright = '2000-2042, The Test Project Authors'" in out


@pytest.mark.parametrize("line", [
    "RETURN keanu;", "x = getssh()", "}", "int main(void)", "$ pip install pytest", ">>> import os",
    "monkeypatch.setattr(Path, \"home\", mockreturn)", "@pytest.fixture"])
def test_code_lines(line):
    assert code_line(line)


@pytest.mark.parametrize("line", [
    "The build then picks these values up for the HTML title and the footer.",
    "If your project does not draw a meaningful distinction between",
    "With three-years left on his contract, at an annual salary of $6 million -- his cap hit is",
    "(see the notes below) and the program's output (a list).",
    "Print help about usage and exit."])
def test_prose_lines(line):
    assert not code_line(line)


def test_a_corpus_rule_does_not_count_code_or_titles():
    text = (DATA / "pytest-monkeypatch-excerpt.rst.txt").read_text(encoding="utf-8")
    kept = plain_kept(Document.from_text(text, path="doc.txt"))
    at = text.index(".. code-block:: python")
    assert kept(at, at + len(".. code-block:: python"))
    at = text.index("Consider the following scenarios:")
    assert not kept(at, at + len("Consider the following scenarios:"))
    assert plain_kept(Document.from_text("A line of news.\n\nAnother one.", path="n.txt")) is None


@pytest.mark.parametrize("line,code", [
    ("}", True), ("{", True), ("];", True), ("#", True), (");", True),
    ("end;", True), ("end.", True), ("fi", True),
    ("* * *", False), ("___", False), ("906", False), (".", False), ("END", False), ("The end.", False),
    ("==========", False), ("| | |", False), ("-=-=-", False), (">>>", False), ("*/", True)])
def test_code_residue_is_never_boilerplate_a_news_separator_may_be(line, code):
    assert code_residue(line) is code


def test_inline_literals_and_roles_are_spans_no_fix_cuts_into():
    text = ("It's easy to create custom markers. They are\n"
            "commonly used to :ref:`select tests <mark run>` on the command-line.\n\n"
            "The first H1 is actually ``<h1 class=\"title\">``; this is the document title.\n")
    out = fixed(text, unsafe=False)
    assert "<mark run>" in out and '<h1 class="title">' in out  # main: CL203 stripped both
    # an old-style ``quotation'' is no literal
    assert analyse("He said ``no way'' and left `x`.", markdown=False).code_spans == [(28, 31)]


def test_a_list_item_s_hanging_lines_are_not_an_indented_block():
    text = ("       A warning is issued in these cases:\n\n"
            "           1.  Turning a common symbol into a reference, because there is\n"
            "               already a definition for the symbol.\n\n"
            "                       <file>(<section>): warning: common of `<symbol>'\n"
            "                          overridden by definition\n"
            "                       <file>(<section>): warning: defined here\n")
    s = analyse(text, markdown=False)
    assert s.line_role[3] is not Role.CODE  # "already a definition for the symbol."
    assert s.line_role[5] is Role.CODE and s.line_role[7] is Role.CODE


def test_a_readme_s_fenced_code_in_plain_text_is_code_its_heading_is_not():
    text = ("Click is a Python package.\n\n```python\nimport click\n\n@click.command()\ndef hello():\n"
            "    click.echo(\"Hello!\")\n```\n\n## Donate\n\nThe Pallets organization develops Click.\n")
    s = analyse(text, markdown=False)
    assert [s.line_role[n] for n in (2, 3, 5, 6, 8)] == [Role.CODE] * 5
    assert s.line_role[10] is Role.PROSE and s.line_role[12] is Role.PROSE
    # a fence never closed is left alone
    assert plain_structure("Use three backticks:\n```\nand then text.\n") is None


def test_long_lines_of_literals_and_long_option_lists_take_linear_time():
    """review16b #3: a ``x`` lookahead that read to the line's end (a 400 KB one-line text: 8 s in
    inline_code alone) and a directive's options each re-reading the ones before it (10,000: 12 s)."""
    import time

    flat = " ".join(f"the function returns a value use ``foo_{i}()`` here &amp; there." for i in range(6200))
    options = ".. note::\n\n" + "".join(f"   :opt{i}: value {i}\n" for i in range(10_000)) + "\n   Body text.\n"
    assert len(flat) > 400_000
    start = time.process_time()
    assert len(inline_code(flat)) == 6200
    roles = plain_structure(options)
    findings = LINTER.check_document(Document.from_text(flat, path="flat.txt"))
    LINTER.check_document(Document.from_text(options, path="options.txt"))
    # linear: 0.5-5 s of CPU by the machine (the two documents' whole default run, CL140's first use included;
    # 4.4-4.7 s at d22a048 and at session 25's main on a loaded 2-core machine); quadratic: > 20 s
    assert time.process_time() - start < 10.0
    assert roles.count(Role.MARKER) == 10_001 and roles[-2] is None  # the options, not the body
    assert any(f.code == "CL202" for f in findings)  # the &amp; outside the literals is still found


def test_a_quotation_in_tex_quotes_is_no_literal_a_literal_before_one_is():
    text = "Run ``make all`` first; he called it ``the best way'' to start."
    spans = [text[a:b] for a, b in inline_code(text)]
    assert spans == ["``make all``"]


@pytest.mark.parametrize("name,defect,repaired", [
    ("review16b-verse.txt", "&rsquo;", "’"),  # short lines ending in `;`
    ("review16b-letter.txt", "â€™", "’"),
    ("review16b-terms.txt", "&#8217;", "’"),  # a lettered legal list
    ("review16b-recipe.txt", "&amp;", "&"),  # an indented `;` list after a colon
    ("review16b-recipe.txt", "Ã©", "é"),
    ("review16b-readme-mojibake.txt", "â€™", "’"),  # mojibake is no code symbol
    ("review16b-crlf.txt", "&#8217;", "’"),  # nor an entity
    ("review16b-usenet.txt", "&amp;", "&"),  # `hello' is a quotation, no code span
    ("review16b-apos.txt", "&#8217;", "’"),  # don`t is a word
])
def test_prose_that_is_no_code_keeps_its_safe_fixes(name, defect, repaired):
    """review16b #2: prose read as code (its fix lost): `;` ends with no other mark of code, a
    defect's own marks, a backtick for a quote or an apostrophe."""
    text = (DATA / name).read_text(encoding="utf-8")
    assert defect in text
    after = fixed(text, unsafe=False)
    assert defect not in after and repaired in after


def test_a_news_label_over_an_indented_paragraph_is_no_man_page_heading():
    text = (DATA / "review16b-wire.txt").read_text(encoding="utf-8")
    after = fixed(text, unsafe=False)
    assert "ADVERTISEMENT" not in after and "RELATED COVERAGE" not in after
    assert "Lawmakers from both parties" in after
    man = "LS(1)                User Commands                LS(1)\n\nNAME\n       ls - list directory contents\n"
    assert plain_structure(man)[2] is Role.HEADING  # a man page's heading still is one


def test_semicolon_ends_alone_are_no_source_file_statements_are():
    assert plain_structure("She paused;\nthen she spoke again.\nIt was late; nobody answered;\nthe house was dark.") is None
    assert not code_line("(a) pay the rent on the first day of each month;")
    assert not code_line("Arsenal 2-1 Chelsea;")
    for line in ("int x = 1;", "return;", "DROP TABLE users;", "RETURN keanu;", "i++;", "use strict;", "};"):
        assert code_line(line), line
    source = "#include <stdio.h>\nint main(void) {\n    printf(\"&amp;\\n\");\n    return 0;\n}\n"
    assert set(plain_structure(source)) <= {Role.CODE, None} and plain_structure(source)[2] is Role.CODE


def test_a_console_session_at_the_margin_is_code():
    """review16b #1: `$ echo "<b>hello</b>" > page.html` at the margin was rewritten by --fix."""
    text = (DATA / "review16b-console.txt").read_text(encoding="utf-8")
    after = fixed(text)
    assert '$ echo "<b>hello</b>" > page.html' in after and "\n<b>hello</b>\n" in after
    roles = plain_structure(text)
    assert roles[0] is None and roles[2] is roles[4] is Role.CODE
    # money and a mail's nested quote are no prompts
    assert plain_structure("It cost\n$ 100 in all, he said.\n") is None
    assert plain_structure("On Monday you wrote:\n\n>>> I think we should all go to the meeting on Friday.\n") is None


def test_a_source_file_whose_docstring_is_prose_is_code():
    """review16b #1b: a Python module in a JSONL record, a prose docstring over its assignments."""
    import json

    text = json.loads((DATA / "review16b-module.jsonl").read_text(encoding="utf-8"))["text"]
    assert 'FOOTER = "Tom &amp; Jerry\'s shop"' in fixed(text)
    assert plain_structure(text)[text.split("\n").index('FOOTER = "Tom &amp; Jerry\'s shop"')] is Role.CODE
    # a prose text that quotes a docstring mark is no module
    assert plain_structure('"""Why?" she asked.\nThe answer = nothing, he said.\n') is None


def test_math_symbols_and_declarations_stay_marks_of_code():
    assert code_line('Notation "∙⊤∙" := true_predicate : predicate_scope.')
    assert code_line("winname: string;") and code_line("zalloc, zfree: TAlloc;")
    assert not code_line("HAMLET: To be, or not to be;") and not code_line("Itâ€™s free â€” enjoy!")


def test_a_sentence_over_a_rule_is_no_title_and_its_fix_stays():
    # qa16c N3: a footer line over `-----` was taken for a reST title (a heading: no fix may touch it)
    text = (DATA / "qa16c-footer-over-rule.txt").read_text(encoding="utf-8")
    roles = plain_structure(text) or []
    lines = text.split("\n")
    n = next(i for i, line in enumerate(lines) if line.startswith("Copyright by respective poet"))
    assert roles[n] is None if n < len(roles) else True


def test_an_html_mail_saved_as_text_is_no_source_file():
    # qa16c N4: a raw-HTML newsletter was "code from end to end", so its tags lost every markup fix
    text = (DATA / "qa16c-html-mail.txt").read_text(encoding="utf-8", errors="replace")
    roles = plain_structure(text)
    assert roles is None or not all(role is not None for role, line in zip(roles, text.split("\n")) if line.strip())


def test_a_rest_title_underlined_with_tildes_opens_no_fence_its_prose_stays_prose():
    # twins24: `Example` / `~~~~~~~` read as a Markdown fence's opening made the prose down to the next
    # tilde underline code (qa23 user__config.txt: 788 of its lines), which no rule looks at
    roles = roles_of("docutils-config-tilde-titles.txt")
    assert roles["Below are the Docutils runtime settings, listed by config file section."] is Role.PROSE
    assert roles['Recognize and link to standalone PEP references (like "PEP 258").'] is Role.PROSE
    assert roles["Example"] is roles["~~~~~~~"] is Role.HEADING
    assert roles["pep_base_url"] is roles["~~~~~~~~~~~~"] is Role.HEADING
    assert roles["[general]"] is roles["datestamp: %Y-%m-%d %H:%M UTC"] is Role.CODE  # its literal block
    # the same with CRLF line ends
    text = (DATA / "docutils-config-tilde-titles.txt").read_text(encoding="utf-8")
    crlf = plain_structure(text.replace("\n", "\r\n"))
    assert crlf == plain_structure(text)


def test_a_tilde_fence_in_a_plain_text_stays_code_closed_under_a_short_line():
    # the other way: a fence under a blank line opens; one under a code line shorter than it (`}`) closes
    roles = roles_of("scalafix-post-tilde-fences.txt")
    assert roles["sbt scalafix"] is roles["}"] is roles["~~~scala"] is Role.CODE
    assert roles["@volatile lazy val x = ... // after"] is Role.CODE
    assert roles["Deprecating or dropping procedure syntax is part of a general effort to"] is Role.PROSE
    assert roles["What can scalafix do?"] is Role.HEADING


def test_a_literal_block_opening_with_a_directive_is_code_and_no_fix_cuts_it():
    # dict24: CL120's safe fix cut the sample after "John Q." (qa23 ref__rst__definitions:41): the
    # literal block's first line, `.. include::`, was read as a directive ending the block
    text = (DATA / "docutils-definitions-literal.txt").read_text(encoding="utf-8")
    roles = roles_of("docutils-definitions-literal.txt")
    assert roles[".. include:: <isonum.txt>"] is Role.CODE
    assert roles["Copyright |copy| 2003 by John Q. Public, all rights reserved."] is Role.CODE
    assert roles['``isonum.txt`` as "copy"::'] is Role.MARKER
    assert roles["__ restructuredtext.html#substitution-definitions"] is Role.LINK_DEFINITION  # an anonymous target
    assert roles["Individual substitution definitions can also be copied from definition"] is Role.PROSE
    # the short form's link block is one URI or reference, never words (a form's blanks)
    form = "Tick one:\n\n__ Yes\n__ No\n\n.. note:: Return the form by Friday.\n"
    assert plain_structure(form)[2] is plain_structure(form)[3] is None
    # a substitution definition is explicit markup (qa23 user__slide-shows:61-62), as `restdoc` reads it too
    subs = ".. |bullet| unicode:: U+02022\n.. |mode| unicode:: U+00D8 .. capital o with stroke\n"
    assert plain_structure(subs)[:2] == [Role.MARKER, Role.MARKER]
    for unsafe in (False, True):
        assert "2003 by John Q. Public, all rights reserved." in fixed(text, unsafe=unsafe)
    # a directive at the paragraph's own column is still a directive, its body no literal block
    directive = ("For example::\n\n    x = 1\n\n.. note:: Any setting may be specified in any section.\n\n"
                 "   Only settings from active sections will be used.\n")
    assert plain_structure(directive)[4] is Role.MARKER


# inscriptis' rendering of blog.python.org's sidebar (trafilatura 1.0.0's tests/cache): a list indented
# under its heading, each item short and full of marks (bullet, triangle, a count's parentheses, dots)
BLOG_SIDEBAR = """\
        Blog Archive

                * ► 2017 (9)
                    + ► August (1)
                    + ► July (3)
                * ▼ 2016 (18)
                    + ▼ December (5)
                        o Python 3.6.0 is now available!
                        o Python 2.7.13 released
                    + ► November (1)

        Contributors

            * A.M. Kuchling
            * Alfonso de la Guarda Reyes
            * Antoine P.
"""


def test_a_rendered_bulleted_list_under_its_heading_is_no_code():
    roles = plain_structure(BLOG_SIDEBAR)
    assert not roles or Role.CODE not in roles  # the page's list: CL140's to judge, its fix's to remove


def test_a_bulleted_list_of_statements_stays_code():
    text = "Set the options first:\n\n    * x = compute(1);\n    * y = f(x);\n    * z = x + y;\n"
    roles = plain_structure(text)
    assert roles and roles[2] is Role.CODE and roles[4] is Role.CODE


def test_a_bulleted_list_of_dotted_names_stays_code():
    """review26: `_bulleted_list` took a list of identifiers for a page's list (code at the base)."""
    roles = plain_structure("A Python list of them:\n\n    * os.path.join\n    * os.path.exists\n    * sys.argv\n")
    assert roles and all(roles[k] is Role.CODE for k in (2, 3, 4))


def test_lynx_deeper_list_levels_are_a_menu_not_shell_comments():
    # lynx marks a list's third and fourth levels `#` and `@` (under `o`): a menu, whose fixes may go
    roles = roles_of("lynx-nested-menu-excerpt.txt")
    assert roles["# Wie hat Demokratie eigentlich angefangen?"] is not Role.CODE
    assert roles["@ Die Französische Revolution"] is not Role.CODE
    # an indented block of comments and commands under a sentence is still code
    text = "Run it so:\n\n    # build the page\n    make html\n    # serve it\n    python -m http.server\n"
    assert all(role is Role.CODE for role in plain_structure(text)[2:6])


def test_a_forms_text_fields_are_no_code():
    roles = roles_of("lynx-comment-form-excerpt.txt")
    assert roles["Ihr Name ______________________________"] is not Role.CODE
    assert roles["____________________________________________________________"] is not Role.CODE
    # a code sample that draws a rule of underscores is still code
    text = "Print a rule:\n\n    print('_' * 40)\n    ________ = 1;\n"
    assert plain_structure(text)[2] is Role.CODE


def test_a_heading_printed_in_colour_is_no_code():
    # fortunes-zh's Debian reference (tester32): a numbered heading in a terminal's colour codes, with a no-break
    # space after its number, read as code by the escapes' marks, and CL210's fix (strip the codes) was withheld
    assert not code_line("\x1b[37;1m3.1. 指导原则\x1b[;m")
    assert not code_line("\x1b[37;1m1.2.3.\xa0文件系统权限\x1b[;m")
    assert code_line("\x1b[31;1mx = compute(y);\x1b[;m")  # a line of code in colour is still code
