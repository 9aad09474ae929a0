"""`junit`: JUnit XML for CI dashboards: one test suite, one test case per file checked, one
`<failure>` per finding in it (a file without findings is a passing test case), and one test case
"corpuslint run" for each run error (a rule's crash), holding its `<error>`; `tests` counts them all."""

from __future__ import annotations

import re
from collections import defaultdict

from corpuslint.reporters.base import Reporter

# characters XML 1.0 cannot hold at all, even escaped (control characters, non-characters)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _safe(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


class JunitReporter(Reporter):
    name = "junit"
    description = "JUnit XML: a test case per file, a failure per finding (for CI dashboards)."

    def report(self, result) -> None:
        from xml.etree import ElementTree as ET  # here, not at start-up (~3 ms of every run)

        by_path: dict[str, list] = defaultdict(list)
        for f in result.findings:
            by_path[f.path].append(f)
        paths = list(dict.fromkeys([*getattr(result, "paths", []), *by_path]))
        failing = sum(1 for p in paths if by_path.get(p))
        errors = len(result.errors)
        tests = str(len(paths) + errors)  # each run error is a test case of its own ("corpuslint run")
        suites = ET.Element("testsuites", name="corpuslint", tests=tests, failures=str(failing),
                            errors=str(errors), time=f"{result.seconds:.3f}")
        suite = ET.SubElement(suites, "testsuite", name="corpuslint", tests=tests,
                              failures=str(failing), errors=str(errors), skipped="0",
                              time=f"{result.seconds:.3f}")
        for path in paths:
            case = ET.SubElement(suite, "testcase", name=_safe(path), classname="corpuslint", file=_safe(path))
            for f in by_path.get(path, []):
                where = f"{f.path}:{f.line}:{f.column}" + (f" [record {f.record}]" if f.record is not None else "")
                failure = ET.SubElement(case, "failure", type=f.code,
                                        message=_safe(f"{f.code} [{f.name}] {f.message}"))
                failure.text = _safe(f"{where}: {f.code} [{f.name}] ({f.severity.value}) {f.message}" + (
                    f"\n    | {f.text}" if f.text and self.show_source else ""))
        for error in result.errors:
            case = ET.SubElement(suite, "testcase", name="corpuslint run", classname="corpuslint")
            ET.SubElement(case, "error", message=_safe(error)).text = _safe(error)
        ET.indent(suites)
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.stream.write(ET.tostring(suites, encoding="unicode"))
        self.stream.write("\n")
