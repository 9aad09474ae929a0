"""The command line: parse, load the config, call the engine, pick a reporter. Nothing else.

Exit codes: 0 no findings (at or above `fail-on`), 1 findings, 2 usage, configuration or
internal error. A user never sees a traceback unless CORPUSLINT_DEBUG=1.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
from pathlib import Path
from typing import Any

from corpuslint import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
COMMANDS = ("check", "fix", "rules", "rule", "plugins", "learn", "report", "version", "dist")


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _positive(value: str) -> int:
    """An argparse type: a whole number of 1 or more (`--jobs`, and `dist check`'s counts)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {number}")
    return number


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Every command's parser, or `only` one's (a run builds just its own: ~3 ms less start-up)."""
    parser = argparse.ArgumentParser(
        prog="corpuslint",
        description="A data-quality linter and autofixer for text corpora.",
        epilog="Run `corpuslint COMMAND --help` for a command's options.")
    parser.add_argument("--version", action="version", version=f"corpuslint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    if only in (None, "check"):
        _check_arguments(sub.add_parser("check", help="check files and directories (the main job)",
                                        description="Check .txt, .md and .jsonl files; directories are walked."))
    if only in (None, "fix"):
        _check_arguments(sub.add_parser("fix", help="shorthand for `check --fix`",
                                        description="Apply fixes (safe ones; unsafe ones with --unsafe-fixes)."))
    if only in (None, "rules"):
        rules = sub.add_parser("rules", help="list every rule: code, name, family, fix, summary")
        rules.add_argument("--output-format", choices=["text", "json"], default="text")
        rules.add_argument("--all", action="store_true", help="also rules that are off by default (marked)")
        _config_arguments(rules)
    if only in (None, "rule"):
        rule = sub.add_parser("rule", help="explain one rule (by code or name)")
        rule.add_argument("rule", metavar="CODE_OR_NAME")
        rule.add_argument("--output-format", choices=["text", "json"], default="text")
        _config_arguments(rule)
    if only in (None, "plugins"):
        sub.add_parser("plugins", help="list the plugins (built-in and installed) and what they provide").add_argument(
            "--output-format", choices=["text", "json"], default="text")
    if only in (None, "learn"):
        learn = sub.add_parser("learn", help="write the corpus's repeated paragraphs as a rule pack to review",
                               description="Find lines and paragraphs repeated across many documents (CL151) "
                               "and write them as a YAML rule pack, with counts as comments.")
        learn.add_argument("paths", nargs="*", default=["."], metavar="PATH", help="files or directories (default: .)")
        learn.add_argument("-o", "--output", metavar="FILE", help="write the pack to FILE (default: stdout)")
        learn.add_argument("--pack", default="learned", help="the pack's name (kebab-case; default: learned)")
        learn.add_argument("--prefix", default="LRN", help="code prefix of the pack's rules (default: LRN)")
        learn.add_argument("--min-documents", type=int, metavar="N",
                           help="independent documents a paragraph must occur in (default: CL151's option)")
        learn.add_argument("--no-index", action="store_true", help="do not use or update the persistent corpus index")
        learn.add_argument("--boilerplate-labels", metavar="FILE", type=Path,
                           help="instead: fit CL140's threshold to your labelled lines (JSON Lines of path, line, "
                                "label; see docs/boilerplate-model.md) and print the config to use")
        learn.add_argument("--precision", type=float, default=0.97, metavar="P",
                           help="with --boilerplate-labels: the precision the threshold must keep (default 0.97)")
        _config_arguments(learn)
    if only in (None, "report"):
        report = sub.add_parser("report", help="write a self-contained HTML report of a corpus's health",
                                description="Check PATHs (or read the findings of an earlier `check --output-format "
                                "json|jsonl` with --from) and write one HTML page with charts: findings per family, "
                                "rule and site or folder, what the fixes would remove, repeated lines and bios, "
                                "duplicate clusters, metadata completeness, samples, and a filterable findings table.")
        _report_arguments(report)
    if only in (None, "version"):
        sub.add_parser("version", help="print the version")
    if only in (None, "dist"):
        from corpuslint.dist.cli import add_parser as add_dist_parser  # imports no datatrove
        add_dist_parser(sub, positive=_positive)
    return parser


def _report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files or directories (default: . unless --from is given)")
    parser.add_argument("-o", "--output-file", metavar="FILE", default="corpuslint-report.html",
                        help="the HTML file to write (default: corpuslint-report.html)")
    parser.add_argument("--from", dest="from_file", metavar="FINDINGS",
                        help="report the findings of this JSON or JSONL file (gzipped or not, or a folder of them, "
                        "as the distributed job writes) instead of checking; with PATHs, "
                        "the corpus is read (not checked) for its sizes, groups and metadata")
    parser.add_argument("--group-by", default="site", metavar="KEY",
                        help="break findings down by site (default), folder, file, or field:NAME (a metadata field)")
    parser.add_argument("--baseline", metavar="FILE", help="mark findings new or known against this baseline")
    parser.add_argument("--select", type=_csv, metavar="RULES", help="run only these rules (codes, prefixes, names)")
    parser.add_argument("--extend-select", type=_csv, default=[], metavar="RULES", help="add these rules")
    parser.add_argument("--ignore", type=_csv, default=[], metavar="RULES", help="leave these rules out")
    parser.add_argument("--jobs", "-j", type=int, metavar="N", help="worker processes (default: all cores)")
    parser.add_argument("--no-index", action="store_true",
                        help="compare the checked files with each other only, not with the indexed corpus")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the result cache")
    _config_arguments(parser)


def _config_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="FILE", help="use this config file instead of searching for one")
    parser.add_argument("--isolated", action="store_true", help="ignore every config file")


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or directories (default: .); - reads stdin")
    parser.add_argument("--stdin-filename", metavar="NAME", help="read stdin, named NAME (its extension: the format)")
    _config_arguments(parser)
    parser.add_argument("--output-format", default=None, metavar="FORMAT",
                        help="text (default), json, jsonl, github, sarif, junit, html, or a plugin's reporter")
    parser.add_argument("-o", "--output-file", metavar="FILE", help="write the report to FILE instead of stdout")
    parser.add_argument("--select", type=_csv, metavar="RULES", help="run only these rules (codes, prefixes, names)")
    parser.add_argument("--extend-select", type=_csv, default=[], metavar="RULES", help="add these rules")
    parser.add_argument("--ignore", type=_csv, default=[], metavar="RULES", help="leave these rules out")
    parser.add_argument("--fix", action="store_true", default=None, help="apply safe fixes, report what remains")
    parser.add_argument("--no-fix", dest="fix", action="store_false")
    parser.add_argument("--unsafe-fixes", action="store_true", default=None, help="also apply unsafe fixes")
    parser.add_argument("--no-unsafe-fixes", dest="unsafe_fixes", action="store_false")
    parser.add_argument("--diff", action="store_true", help="show what --fix would change as a diff; write nothing")
    parser.add_argument("--diff-format", choices=["patch", "records"], help="implies --diff: patch (default) or "
                        "records (a JSONL file's changed records one by one, each text line by line, for review)")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even when findings remain")
    parser.add_argument("--exit-non-zero-on-fix", action="store_true",
                        help="with --fix: exit 1 when a file was written (a new metadata sidecar too), even if "
                             "no finding remains (pre-commit sees only changed tracked files)")
    parser.add_argument("--fail-on", choices=["error", "warning", "info"], help="lowest severity that fails")
    parser.add_argument("--statistics", action="store_true", help="count findings per rule (-q: only the table)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only the summary")
    parser.add_argument("--show-fixes", action="store_true", help="list the fixes applied, per rule")
    parser.add_argument("--no-source", action="store_true", help="do not show the offending text")
    parser.add_argument("--jobs", "-j", type=_positive, metavar="N",
                        help="worker processes, at least 1 (default, and at most: the cores)")
    parser.add_argument("--force-exclude", action="store_true", default=None,
                        help="apply `exclude` to paths given on the command line too, and skip corpuslint's own reports there")
    parser.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    parser.add_argument("--no-index", action="store_true",
                        help="compare the checked files with each other only, not with the indexed corpus")
    parser.add_argument("--rebuild-index", action="store_true", help="rebuild the persistent corpus index")
    parser.add_argument("--baseline", metavar="FILE", help="report only findings that this baseline does not hold")
    parser.add_argument("--write-baseline", metavar="FILE",
                        help="record the current findings in FILE; with --baseline FILE they then pass")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the result cache")
    parser.add_argument("--allow-empty", action="store_true", default=None,
                        help="exit 0 when no file or document was found to check (default: exit 2 and say why)")


def main(argv: list[str] | None = None) -> int:
    if argv is None:  # the command's own process (the script, `python -m corpuslint`): see `_settled`
        gc.disable()
    given = sys.argv[1:] if argv is None else argv
    parser = build_parser(only=given[0] if given and given[0] in COMMANDS else None)
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # named by the (sub)command's own usage line, not the top-level one
        _command_parser(parser, args).error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    from corpuslint.errors import CorpuslintError, internal_error

    try:
        handler = {"check": cmd_check, "fix": cmd_check, "rules": cmd_rules, "rule": cmd_rule,
                   "plugins": cmd_plugins, "version": cmd_version, "learn": cmd_learn,
                   "report": cmd_report, "dist": cmd_dist}[args.command]
        if handler is not cmd_check:
            _settled()
        from corpuslint.cli_args import sigterm_as_interrupt

        with sigterm_as_interrupt():
            return handler(args)
    except CorpuslintError as exc:
        internal = getattr(exc, "internal", "")  # a worker's bug (TaskFailed): worded as without --jobs
        if internal:
            if os.environ.get("CORPUSLINT_DEBUG"):
                print(exc.traceback, end="", file=sys.stderr)
            print(internal_error(internal), file=sys.stderr)
            return EXIT_ERROR
        print(f"corpuslint: error: {exc}", file=sys.stderr)
        if os.environ.get("CORPUSLINT_DEBUG") and getattr(exc, "traceback", None):  # a worker's (TaskFailed)
            print(exc.traceback, end="", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt as exc:  # Ctrl-C: 130; SIGTERM (errors.Terminated): 143, as shells count them
        print(f"corpuslint: interrupted{getattr(exc, 'label', '')}{': ' + str(exc) if exc.args else ''}", file=sys.stderr)
        return getattr(exc, "exit_code", 130)
    except BrokenPipeError as exc:
        from corpuslint.cli_stdout import quiet_stdout, stdout_closed

        if stdout_closed():  # `corpuslint check ... | head -1`: the reader has what it wanted
            quiet_stdout()
            return EXIT_OK
        # a pipe to a worker, a plugin's, a socket: an error, never a quiet success
        print(f"corpuslint: error: broken pipe: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:
        if os.environ.get("CORPUSLINT_DEBUG"):
            raise
        print(internal_error(f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return EXIT_ERROR


def _command_parser(parser: argparse.ArgumentParser, args: argparse.Namespace) -> argparse.ArgumentParser:
    """The parser of the innermost (sub)command `args` were parsed by (`dist check`, `check`, ...)."""
    for dest in ("command", "dist_command"):
        actions = parser._subparsers._group_actions if parser._subparsers else []
        chosen = getattr(args, dest, None)
        if not actions or chosen not in actions[0].choices:
            break
        parser = actions[0].choices[chosen]
    return parser


def _settled() -> None:
    """Start-up is over: what the imports and rules made lives as long as the run. The cyclic collector,
    off from `main` to here, walked it again and again as it was made (~0.1 s of a one-file check);
    frozen, it is never walked again, and forked workers do not copy the pages a walk writes to."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def load_for(args: argparse.Namespace, paths: list[str] | None = None, overrides: dict[str, Any] | None = None):
    from corpuslint.config import find_config, load_config

    if getattr(args, "isolated", False):
        return load_config(None, overrides=overrides)
    if getattr(args, "config", None):
        if not Path(args.config).is_file():
            from corpuslint.errors import UsageError

            raise UsageError(f"config file not found: {args.config}")
        return load_config(args.config, overrides=overrides)
    start = Path(paths[0]) if paths else Path.cwd()
    if not start.exists():  # `--stdin-filename docs/new.md`: the config of the folder it names
        start = start.parent if str(start.parent) not in ("", ".") and start.parent.is_dir() else Path.cwd()
    found = find_config(start)
    from corpuslint.config import config_warnings

    for warning in config_warnings(start, found):
        print(f"corpuslint: warning: {warning}", file=sys.stderr)
    return load_config(found, overrides=overrides)


def cmd_check(args: argparse.Namespace) -> int:
    from corpuslint.cli_args import (check_output_file, check_paths, empty_run, interrupted, refuse_documents,
                                     selection, write_baseline)
    from corpuslint.stdin import read_stdin, run_stdin, stdin_mode
    from corpuslint.session import Linter
    from corpuslint.errors import UsageError
    from corpuslint.runner import useful_jobs

    args.fix = True if args.command == "fix" and args.fix is None else args.fix
    args.diff = "records" if args.diff_format == "records" else args.diff or args.diff_format == "patch"  # implied
    stdin = stdin_mode(args.paths, args.stdin_filename)  # `check -`: one input, named by --stdin-filename
    name = args.stdin_filename or "-" if stdin else None
    args.paths = [name] if stdin else args.paths or ["."]
    config = load_for(args, args.paths)
    updates: dict[str, Any] = selection(args, config)
    if args.fail_on:
        from corpuslint.models import Severity

        updates["fail_on"] = Severity(args.fail_on)
    if args.force_exclude is not None:
        updates["force_exclude"] = args.force_exclude
    if args.unsafe_fixes is not None:
        updates["unsafe_fixes"] = args.unsafe_fixes
    if args.allow_empty is not None:
        updates["allow_empty"] = args.allow_empty
    if updates:
        config = config.model_copy(update=updates)
    if not stdin:
        check_paths(args.paths)
    check_output_file(args.output_file)
    check_output_file(args.write_baseline, "--write-baseline", "the baseline")
    if not stdin:
        refuse_documents({"-o/--output-file": args.output_file, "--write-baseline": args.write_baseline},
                         args.paths, config)

    linter = Linter(config)
    _settled()
    index_mode = "memory" if args.no_index else "rebuild" if args.rebuild_index else "persistent"
    format_name = args.output_format or "text"
    reporter_cls = linter.registry.reporters.get(format_name)
    if reporter_cls is None:
        from corpuslint.plugins import selection_note

        raise UsageError(f"unknown output format {format_name!r}; "
                         f"choose from {', '.join(sorted(linter.registry.reporters)) or 'nothing'}"
                         f"{selection_note()}")

    progress = _progress_bar() if sys.stderr.isatty() and format_name == "text" else None
    from corpuslint.results import RunResult

    result = RunResult()
    matcher = None
    if args.baseline and not args.write_baseline:
        from corpuslint.baseline import Matcher

        matcher = Matcher(args.baseline, linter)  # a missing or broken baseline fails before the run
        result.filters.append(matcher)

    from corpuslint.cli_args import record_written, report_output

    # -o FILE replaces the file whole when the run ends, or leaves it as it was (files.atomic_output);
    # with --diff, stdout is the patch alone (as ruff does): the report goes to stderr
    output = contextlib.ExitStack()
    stream = output.enter_context(report_output("-o/--output-file", args.output_file)) if args.output_file else \
        sys.stderr if args.diff or (stdin and args.fix) else sys.stdout
    with output:
        color = args.color == "always" or (args.color == "auto" and stream.isatty() and not os.environ.get("NO_COLOR"))
        reporter = reporter_cls(stream, show_source=not args.no_source, quiet=args.quiet,
                                statistics=args.statistics, show_fixes=args.show_fixes, color=color)
        # A streaming reporter writes each file's findings as it is checked, so memory stays flat
        # however large the corpus; --diff prints the patch first, so it reports at the end.
        # a fix with corpus rules reports what a check of the fixed corpus finds (Linter._recheck)
        stream_out = (reporter.streaming and not args.write_baseline and not args.diff and not stdin
                      and not (args.fix and linter.corpus_rules))
        if stream_out:
            reporter.start()
            result.sink = reporter.add
        if stdin:  # no index, cache or sidecar written; --fix: the fixed text to stdout, after the report
            fixed = run_stdin(linter, read_stdin(), name, result, fix=bool(args.fix), unsafe=config.unsafe_fixes,
                              diff=args.diff)
        else:
            try:
                linter.run(args.paths, fix=bool(args.fix), unsafe=config.unsafe_fixes, diff=args.diff,
                           jobs=useful_jobs(args.jobs), progress=progress, cache=not args.no_cache, result=result,
                           index=index_mode)
            except KeyboardInterrupt as stop:  # Ctrl-C, or SIGTERM (errors.Terminated)
                raise interrupted(args, result, stop) from None  # saying what --fix had already written
        if progress:
            progress(0, done=True)
        if matcher is not None and matcher.matched and not args.quiet:
            print(f"corpuslint: {matcher.matched} known finding{'s' if matcher.matched != 1 else ''} not "
                  f"shown (in the baseline {args.baseline})", file=sys.stderr)
        if args.write_baseline:
            write_baseline(args, linter, result)
        if args.diff:
            for chunk in result.diffs:
                sys.stdout.write(chunk)
        elif stdin and args.fix and fixed is not None:
            sys.stdout.flush()
            sys.stdout.buffer.write(fixed)
        if stream_out:
            reporter.finish(result)
        elif result.findings or not (args.write_baseline and format_name == "text"):
            reporter.report(result)  # (not "All checks passed" once the findings went to a baseline)
    record_written(args, config)  # as written (not before: a stopped run leaves the file the user's)
    from corpuslint.reporters.text import printable

    for note in result.notes:
        print(f"corpuslint: warning: {printable(note)}", file=sys.stderr)
    for error in result.errors:
        print(f"corpuslint: error: {printable(error)}", file=sys.stderr)
    if result.errors:
        return EXIT_ERROR
    empty = empty_run(result, args, config)
    if empty:
        if config.allow_empty:
            print(f"corpuslint: warning: {empty}", file=sys.stderr)
        else:
            print(f"corpuslint: error: {empty}; pass --allow-empty (or set `allow-empty: true`) if that is "
                  "expected", file=sys.stderr)
            return EXIT_ERROR
    if args.diff:
        return EXIT_FINDINGS if result.diffs and not args.exit_zero else EXIT_OK
    if getattr(args, "exit_non_zero_on_fix", False) and result.written:
        return EXIT_FINDINGS
    if result.failing_count(config.fail_on) and not args.exit_zero:
        return EXIT_FINDINGS
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    """`corpuslint report`: check (or read findings), render the page, write it whole or not at all."""
    from corpuslint.cli_args import check_output_file, output_errors, record_written, refuse_documents, selection
    from corpuslint.session import Linter
    from corpuslint.errors import UsageError
    from corpuslint.report.build import from_findings, from_paths, write_atomic
    from corpuslint.report.corpus import GROUP_KINDS
    from corpuslint.report.html import render

    paths = args.paths or ([] if args.from_file else ["."])
    missing = [p for p in paths if not os.path.exists(p)]
    if missing:
        raise UsageError(f"no such file or directory: {', '.join(missing)}")
    check_output_file(args.output_file)
    if args.group_by not in GROUP_KINDS and not (args.group_by.startswith("field:") and len(args.group_by) > 6):
        raise UsageError(f"--group-by {args.group_by!r}: choose site, folder, file or field:NAME")
    config = load_for(args, paths)
    config = config.model_copy(update=selection(args, config))
    refuse_documents({"-o/--output-file": args.output_file}, paths, config)
    linter = Linter(config)
    linter.index_mode = "memory" if args.no_index else "persistent"
    if args.from_file:
        report = from_findings(args.from_file, linter=linter, paths=paths, group_by=args.group_by,
                               baseline=args.baseline)
    else:
        progress = _progress_bar() if sys.stderr.isatty() else None
        report = from_paths(linter, paths, group_by=args.group_by, baseline=args.baseline, jobs=args.jobs,
                            progress=progress, cache=not args.no_cache)
        if progress:
            progress(0, done=True)
    with output_errors("-o/--output-file", args.output_file):  # checked before the run: a full disk remains
        size = write_atomic(args.output_file, render(report))
    record_written(argparse.Namespace(output_file=args.output_file, paths=paths), config)  # not checked next time
    for note in report.notes:
        if not args.from_file:
            print(f"corpuslint: warning: {note}", file=sys.stderr)
    for error in report.errors:
        print(f"corpuslint: error: {error}", file=sys.stderr)
    documents = f" in {report.stats.documents:,} documents" if report.stats else ""
    print(f"Wrote {args.output_file}: {report.aggregate.total:,} findings{documents} "
          f"({size / 1e6:.1f} MB, {report.seconds:.1f} s).")
    return EXIT_ERROR if report.errors else EXIT_OK


def _progress_bar():
    """A one-line counter on stderr (only when stderr is a terminal)."""
    state = {"n": 0}

    def tick(n: int, done: bool = False) -> None:
        state["n"] += n
        if done:
            sys.stderr.write("\r\x1b[K")
        elif state["n"] % 50 == 0:
            sys.stderr.write(f"\rchecked {state['n']} files…")
        sys.stderr.flush()

    return tick


def _linter_for_listing(args: argparse.Namespace):
    from corpuslint.linter import Linter

    config = load_for(args)
    return Linter(config.model_copy(update={"select": ["ALL"], "extend_select": [], "ignore": []}))


def cmd_rules(args: argparse.Namespace) -> int:
    from corpuslint.policy import enabled

    linter = _linter_for_listing(args)
    config = load_for(args)
    rows = []
    for rule in linter.all_rules.values():
        on = enabled(rule, config.select, config.extend_select, config.ignore)
        if not args.all and not rule.default_enabled and not on:
            continue
        rows.append({
            "code": rule.code, "name": rule.name, "family": rule.family,
            "severity": linter.severity[rule.code].value, "fix": rule.fix_availability.value,
            "enabled": on, "default_enabled": rule.default_enabled,
            "corpus": rule.is_corpus_rule(), "summary": rule.one_line(), "origin": rule.origin,
        })
    if args.output_format == "json":
        print(json.dumps(rows, indent=2))
        return EXIT_OK
    fix_mark = {"always": "fix", "sometimes": "fix?", "none": ""}
    for row in rows:
        flags = fix_mark[row["fix"]] + (" corpus" if row["corpus"] else "") + ("" if row["enabled"] else " off")
        print(f"{row['code']:<7} {row['name']:<30} {row['family']:<12} {flags.strip():<11} {row['summary']}")
    return EXIT_OK


def cmd_rule(args: argparse.Namespace) -> int:
    from corpuslint.errors import UsageError
    from corpuslint.rule import explain, rule_options

    linter = _linter_for_listing(args)
    rule = linter.lookup(args.rule)
    if rule is None:
        import difflib

        known = [*linter.all_rules, *(r.name for r in linter.all_rules.values())]
        hint = difflib.get_close_matches(args.rule.strip(), known, n=1) or \
            difflib.get_close_matches(args.rule.strip().upper(), known, n=1)
        raise UsageError(f"no rule is called {args.rule!r}" + (f" (did you mean `{hint[0]}`?)" if hint else "")
                         + "; `corpuslint rules` lists them")
    path, line = rule.source_location()
    if args.output_format == "json":
        print(json.dumps({
            "code": rule.code, "name": rule.name, "family": rule.family, "severity": rule.severity.value,
            "fix": rule.fix_availability.value, "default_enabled": rule.default_enabled,
            "corpus": rule.is_corpus_rule(), "summary": rule.one_line(), "explanation": rule.explanation(),
            "options": rule_options(rule), "origin": rule.origin, "source": path, "source_line": line,
            "documented": rule.documented(),
        }, indent=2, default=str))
        return EXIT_OK
    print(explain(rule))
    return EXIT_OK


def cmd_plugins(args: argparse.Namespace) -> int:
    from corpuslint.plugins import build_registry

    rows = build_registry().listing()
    for row in rows:  # a rule's documentation is what `corpuslint rule` prints (docs/plugins.md)
        for key, what in (("undocumented", "no documentation (no docstring)"),
                          ("without_headings", "documentation without the headings (## What it does, ...)")):
            if row[key]:
                print(f"corpuslint: warning: plugin {row['name']}: {what}: {', '.join(row[key])}", file=sys.stderr)
    if args.output_format == "json":
        print(json.dumps(rows, indent=2))
        return EXIT_OK
    for row in rows:
        kind = "built-in" if row["builtin"] else "installed"
        status = f"  FAILED: {row['error']}" if row["error"] else ""
        print(f"{row['name']:<12} {kind:<9} {row['module']} {row['version'] or ''}{status}")
        if row["hooks"]:
            print(f"{'':<12} hooks: {', '.join(row['hooks'])}")
        if row["rules"]:
            print(f"{'':<12} rules: {', '.join(row['rules'])}")
    return EXIT_OK


def cmd_learn(args: argparse.Namespace) -> int:
    from corpuslint.cli_args import check_output_file, output_errors
    from corpuslint.errors import UsageError
    from corpuslint.files import atomic_output
    from corpuslint.learn import RULE_CODE, check_names, collect, render

    check_names(args.pack, args.prefix)  # before the corpus is read
    check_output_file(args.output, "-o/--output", "the pack")
    missing = [p for p in args.paths if not os.path.exists(p)]
    if missing:
        raise UsageError(f"no such file or directory: {', '.join(missing)}")
    if args.boilerplate_labels is not None:
        return _learn_threshold(args)
    config = load_for(args, args.paths)
    rules = dict(config.rules)
    if args.min_documents is not None:
        options = next((dict(v or {}) for k, v in rules.items() if k.upper() == RULE_CODE or k == "repeated-paragraph"),
                       {})
        rules = {k: v for k, v in rules.items() if k.upper() != RULE_CODE and k != "repeated-paragraph"}
        rules[RULE_CODE] = {**options, "min-documents": args.min_documents}
    config = config.model_copy(update={"select": [RULE_CODE], "extend_select": [], "ignore": [], "rules": rules})
    found = collect(config, args.paths, index="memory" if args.no_index else "persistent")
    if not found:
        print("corpuslint: no repeated boilerplate found; nothing written", file=sys.stderr)
        return EXIT_OK
    text = render(found, pack=args.pack, prefix=args.prefix, source=" ".join(args.paths))
    if args.output:
        with output_errors("-o/--output", args.output), atomic_output(args.output) as stream:  # whole or not at all
            stream.write(text)
        print(f"corpuslint: wrote {len(found)} repeated paragraph(s) to {args.output}; review it, then add it "
              "to `packs:` in corpuslint.yaml", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _learn_threshold(args: argparse.Namespace) -> int:
    """`learn --boilerplate-labels`: the CL140 threshold that keeps `--precision` on the user's sample."""
    from corpuslint.learn import boilerplate_threshold

    text, warning = boilerplate_threshold(args.boilerplate_labels, args.paths, args.precision)
    sys.stdout.write(text)
    if warning:
        print(f"corpuslint: {warning}", file=sys.stderr)
    return EXIT_OK


def cmd_dist(args: argparse.Namespace) -> int:
    from corpuslint.cli_args import check_output_file
    from corpuslint.dist.cli import cmd_dist as run

    check_output_file(getattr(args, "output_file", None))  # before the job, as `check -o` says it
    return run(args)


def cmd_version(args: argparse.Namespace) -> int:
    print(f"corpuslint {__version__}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
