"""A console session in plain text: what a prompt line is, for the readers and every rule family.

A session is a prompt and the command typed after it, then what the program printed. The prompts:
a shell's (a user's `$` or `%`, root's `#`, `user@host:~$`), Windows' (`C:\\>`,
PowerShell's `PS C:\\>`), Python's (`>>> `, its `... ` going on), IPython's (`In [3]:`). A
prompt alone says little (`$ 19.99` is a price, `# Title` a heading, `...` an ellipsis): each
reader asks for what must follow it, and that is where they differ, on purpose:

- `CODE_PROMPT` (plain_code: a line of code or a console session) takes every mark before a space
  or a tab: the line's other marks, and the sentence test, decide the rest.
- `PROMPT_BEFORE_TEXT` (techlines: a lead-in's colon over code) takes the short marks before
  anything: the lead-in's own shape decides.
- `SESSION_OPENER` (codelines: a session kept whole, the output with it) opens only at `>>> ` or
  at `$ ` and a command's name: `...`, `#` and `%` lines go on a session, never open one
  (pagination's `...`, a `>>>` link alone).
- `SHELL_COMMAND` (bios: a tutorial's command is no copy) and `COMMAND_PROMPT` (bios: a session
  set apart from the prose) ask for a command's first character after the mark (`COMMAND_START`);
  the latter takes `>` too before a command with an option (`> perl -d data`, never a mail's
  `> quoted words`).
- `OWN_COMMAND` (boilerplate: a repeated line that is the document's own code sample) asks for a
  whole command word after `$` or `%` (`$ ls -la`, never `$ 19.99` nor `% Change on the day`).

The pieces (`PYTHON`, `WINDOWS`, …) are regular-expression sources that `re` and `regex` read alike.
Not read yet: `mysql>`, `(gdb)`, perl's `DB<1>` (no reader asks for them; adding a mark changes
what its readers find, so it comes with that reader's measures).
"""

from __future__ import annotations

import re

import regex

__all__ = ["CODE_PROMPT", "COMMAND_PROMPT", "COMMAND_START", "OWN_COMMAND", "PROMPT_BEFORE_TEXT", "SESSION_OPENER",
           "SHELL_COMMAND"]

SHELL = r"[$#%]"  # a user's `$` or `%`, root's `#`
PYTHON = ">>>"
PYTHON_MORE = r"\.\.\."  # Python's continuation prompt
WINDOWS = r"[A-Z]:\\[^>\n]*>"  # `C:\>`, `C:\Users\me>`
IPYTHON = r"In \[\d+\]:"
USER_AT_HOST = r"\w+@[\w.-]+:\S*[$#]"  # a shell's prompt with its user, host and folder: `me@box:~/src$`
COMMAND_START = r"[a-z./~]"  # a command's first character: a program's name in lower case, or a path

# every mark before a space or a tab (PowerShell's `PS>` and `PS C:\>` with it)
CODE_PROMPT = re.compile(rf"(?:{SHELL}|{PYTHON}|{PYTHON_MORE}|PS[^>\n]{{0,40}}>|{WINDOWS}|{IPYTHON}|{USER_AT_HOST})[ \t]")
# a line that opens with a prompt and something after it (`$ make`, `# apt install`, `>>> f()`, `C:\> dir`)
PROMPT_BEFORE_TEXT = re.compile(rf"^(?:{SHELL}|{PYTHON}|{PYTHON_MORE}|{WINDOWS})\s+\S")
# a session's first prompt: Python's before a command (`>>> x`), a shell's before a command (`$ python3 -X dev`)
SESSION_OPENER = re.compile(rf"^(?:{PYTHON} (?=\S)|\$ {COMMAND_START}[\w.+/-]*(?:\s|$))")
# a command typed at a shell's or an interpreter's prompt ("$ hg push", ">>> import os")
SHELL_COMMAND = regex.compile(rf"(?:\$|{PYTHON}) (?={COMMAND_START})")
# a line opening with a prompt and a command, indented or not, or `>` before a command with an option
COMMAND_PROMPT = regex.compile(rf"(?m)^[ \t]*(?:(?:{SHELL}|{PYTHON})[ \t]+{COMMAND_START}|>[ \t]+[a-z][\w.+-]*[ \t]+-)")
# after `$ ` or `% ` a lower-case command word, a path or a home-relative path, then a space or the line's end
# (`$ wasmer run hello.wasm`, `$ ./configure`); Python's or PowerShell's prompt before anything
OWN_COMMAND = regex.compile(r"[ \t]*(?:[$%][ \t]+(?:[a-z][\w.-]*|\.{0,2}/\S*|~\S*)(?:[ \t]|$)"
                            rf"|(?:{PYTHON}|PS [^>\n]{{0,80}}>)[ \t]+\S)", regex.M)
