"""corpuslint.console and corpuslint.textlines: the prompt lines each reader asks for, a line's
indent and the walk up the lines above a position (the readers' differences are on purpose)."""

from corpuslint.console import CODE_PROMPT, COMMAND_PROMPT, OWN_COMMAND, PROMPT_BEFORE_TEXT, SESSION_OPENER, SHELL_COMMAND
from corpuslint.textlines import indent, indent_columns, lines_above


def test_a_command_after_its_prompt_is_read_by_every_reader_a_price_by_none_that_asks_for_a_command():
    for pattern in (CODE_PROMPT, PROMPT_BEFORE_TEXT, SESSION_OPENER, SHELL_COMMAND, COMMAND_PROMPT, OWN_COMMAND):
        assert pattern.match("$ ls -la travail/"), pattern.pattern
    for pattern in (SESSION_OPENER, SHELL_COMMAND, COMMAND_PROMPT, OWN_COMMAND):
        assert not pattern.match("$ 19.99 for the first month"), pattern.pattern


def test_each_reader_keeps_its_own_marks():
    assert CODE_PROMPT.match("In [3]: df.head()") and CODE_PROMPT.match("me@box:~/src$ make")
    assert not SESSION_OPENER.match("... the story goes on")  # Python's `...` goes on a session, never opens one
    assert COMMAND_PROMPT.match("   > perl -d data") and not COMMAND_PROMPT.match("> quoted words of a mail")
    assert OWN_COMMAND.match("PS C:\\Users\\me> dir") and not OWN_COMMAND.match("% Change on the day for the index")


def test_indent_counts_characters_or_columns_and_the_walk_goes_up_nearest_first():
    assert indent(" \tcode") == 2 and indent_columns(" \tcode") == 8
    text = "first\n\n  second\nthird"
    assert list(lines_above(text, text.index("third") + 2)) == ["  second", "", "first"]
    assert list(lines_above(text, 3)) == []
