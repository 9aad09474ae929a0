"""`text`: ruff-like lines for people, with the offending text, and a summary."""

from __future__ import annotations

from corpuslint.models import Applicability
from corpuslint.reporters.base import Reporter
from corpuslint.results import fix_label

BOLD, RED, YELLOW, CYAN, DIM, RESET = "\x1b[1m", "\x1b[31m", "\x1b[33m", "\x1b[36m", "\x1b[2m", "\x1b[0m"


def printable(text: str) -> str:
    """`text` with control characters (a newline, an escape sequence) and undecodable bytes of a
    file name shown escaped, as Python writes them: a name can neither break a line of the report
    nor drive the terminal."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


class TextReporter(Reporter):
    name = "text"
    description = "path:line:col: CODE [name] message, the offending text, and a summary (the default)."

    def _c(self, code: str, text: str) -> str:
        return f"{code}{text}{RESET}" if self.color else text

    streaming = True

    def add(self, findings) -> None:
        if self.quiet:
            return
        out = self.stream
        for f in findings:
            path = printable(f.path)
            where = f"{path}:{f.line}:{f.column}:"
            if f.data and "cell" in f.data:  # a notebook's cell and the line in it, as ruff writes them
                where = f"{path}:cell {f.data['cell']}:{f.data['cell_line']}:{f.column}:"
            elif f.record is not None:  # and in a chat record, the message the column counts in
                part = f.data.get("part") if f.data else None
                where = f"{path}:{f.line}:{f.column}: [record {f.record}{', ' + part if part else ''}]"
            label = fix_label(f)  # (a removal `--fix` takes with the run after it: `data.fix_with_run`)
            marker = "" if label is None else " [*]" if label == Applicability.SAFE else " [-]"
            level = {"error": RED, "warning": YELLOW, "info": CYAN}[f.severity.value]
            out.write(f"{self._c(BOLD, where)} {self._c(level, f.code)}{marker} "
                      f"[{f.name}] {printable(f.message)}\n")
            if self.show_source and f.text and f.text not in f.message:
                out.write(self._c(DIM, f"    | {f.text}") + "\n")

    def finish(self, result) -> None:
        if self.statistics:
            self._statistics(result)
        self._summary(result)

    def _statistics(self, result) -> None:
        tally = result.tally
        for code, n in sorted(tally.by_code.items(), key=lambda kv: (-kv[1], kv[0])):
            # as on the findings' lines: [*] a safe fix (`--fix`), [-] only unsafe ones
            safe, fixable = tally.safely_fixable[code], tally.fixable[code]
            mark = "[*]" if safe else "[-]" if fixable else "   "
            # a rule marked by its best fix: how many of each, where they differ (tester27: CL504
            # `[*]` though 20 of its 21 fixes were unsafe)
            kinds = [f"{k} {label}" for k, label in ((safe, "[*]"), (fixable - safe, "[-]"), (n - fixable, "no fix")) if k]
            split = f" ({', '.join(kinds)})" if len(kinds) > 1 else ""
            self.stream.write(f"{n:>7}  {code:<7} {mark} {tally.names[code]}{split}\n")

    def _summary(self, result) -> None:
        out = self.stream
        tally = result.tally
        if result.fix_mode and result.fixed:
            total = sum(result.fixed.values())
            per_rule = ", ".join(f"{code} ×{n}" for code, n in sorted(result.fixed.items()))
            verb = "Would fix" if result.diffs and not result.written else "Fixed"
            out.write(f"{verb} {total} finding{'s' if total != 1 else ''} ({per_rule}) "
                      f"in {getattr(result, 'fixed_files', 0) or len(set(result.written)) or len(result.diffs)} "
                  "file(s).\n")
            checked = set(result.paths)
            sidecars = len({path for path in result.written if path not in checked})
            if sidecars and result.written:  # (tester27: a quotes corpus got 21 of them, unannounced)
                out.write(f"Wrote {sidecars} metadata sidecar{'s' if sidecars != 1 else ''} beside the texts "
                          "(the metadata the fixes moved out of them, `sidecar-suffix`).\n")
            rules = result.rules
            if verb == "Would fix" and (any(code in rules and rules[code].is_corpus_rule() for code in result.fixed)
                                        or result.corpus_rules and result.documents > 1):
                # a corpus rule's verdicts change once its fixes are in (a template gone, the pages
                # count as more articles), and a per-document fix rewrites lines the corpus rules then
                # read anew (an HTML feed's `<b>Язык:</b> English` is `Язык: English`, repeated in 10
                # entries: tester29): `--fix` checks the corpus again, and fixes only what these
                # fixes create, never another line the files hold (corpuslint.given, qa16c N5)
                out.write("`--fix` then checks the corpus again and may find more to fix, but removes no other "
                          "line the files hold now: only what these fixes create (this diff shows the first "
                          "pass).\n")
        if self.show_fixes and result.fixed:
            for code, n in sorted(result.fixed.items()):
                rule = result.rules.get(code)
                out.write(f"    {n:>5} × {code} [{rule.name if rule else '?'}]\n")
        n = tally.total
        docs = f"{result.documents} document{'s' if result.documents != 1 else ''} in {result.files} file" \
               f"{'s' if result.files != 1 else ''}"
        if not n and not result.documents:
            out.write(f"Nothing was checked ({docs}).\n")  # the CLI says why, on stderr
            return
        preview = result.fix_mode and result.diffs and not result.written  # --diff: nothing written
        if not n and preview:
            # the files still hold what the diff would fix: they have not passed yet
            out.write(f"No findings would remain after these fixes ({docs}); `--fix` applies them.\n")
            return
        if not n:
            out.write(f"All checks passed ({docs}).\n")
            return
        safe, unsafe = tally.safe, tally.unsafe
        left = "remaining" if result.fix_mode else "found"
        out.write(f"{n} finding{'s' if n != 1 else ''} {left} ({docs}).\n")
        if result.fix_mode:
            no_fix = tally.no_fix
            if no_fix:
                listed = ", ".join(f"{c} ×{k}" for c, k in sorted(no_fix.items()))
                out.write(f"No automatic fix for {sum(no_fix.values())} of them ({listed}).\n")
            if unsafe and not result.unsafe_fixes:
                self._unsafe_hint(unsafe)
        else:
            if safe:
                out.write(f"[*] {safe} fixable with `corpuslint check --fix`.\n")
            if unsafe:
                self._unsafe_hint(unsafe)

    def _unsafe_hint(self, unsafe: int) -> None:
        """One wording, after a check and after a fix."""
        self.stream.write(f"[-] {unsafe} more fixable with `--fix --unsafe-fixes` (review them first: "
                          "`--diff --unsafe-fixes`).\n")
