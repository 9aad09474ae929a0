"""A line that is code's residue once its letters are gone: a bracket, a `;`, a comment's mark or a
block's keyword alone (`}`, `);`, `*/`, `fi`). Corpus rules never take it for boilerplate, however
many documents carry it; `analysis` names it for them."""

_CODE_MARKS = frozenset("{}[]();")
_COMMENT_MARKS = frozenset({"#", "//", "/*", "*/", "<!--", "-->", "?>", "%>", "\\"})


def code_residue(line: str) -> bool:
    """A line without a letter or a digit that holds a bracket or `;` (`}`, `{`, `];`, `);`) or is a
    comment's mark alone (`#`, `*/`), or a block's keyword alone (`end;`, `fi`): a corpus rule never
    takes it for boilerplate. (A separator `* * *`, `___`, `=====`, `| | |` or a counter `906` under a
    news article may still be the page's furniture.)"""
    if line.rstrip(";.").strip() in _BLOCK_ENDS:
        return True
    if any(c.isalnum() for c in line):
        return False
    # a bracket or `;` (`}`, `];`, `);`), or a comment's mark alone; not a separator (`=====`, `| | |`,
    # `-=-=-`, `>>>`): those are the page's furniture (review16b #2f)
    return any(c in _CODE_MARKS for c in line) or "".join(line.split()) in _COMMENT_MARKS


# a block's keyword alone on its line, in lower case (Pascal's `end;`, Ruby's `end`, sh's `fi`)
_BLOCK_ENDS = frozenset({"end", "begin", "fi", "done", "esac", "endif", "end if", "end do", "endwhile",
                         "endfor", "else", "then", "do", "try", "finally", "return", "break", "continue"})
