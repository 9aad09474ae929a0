"""Open a report in headless Chromium (Debian's `chromium`): what the page shows, its errors, a screenshot.

No driver library: the page is copied with two scripts added, one first in <head> that records
errors (uncaught, console.error, CSP violations: the page may fetch nothing), one last in <body>
that reads the numbers the page shows, clicks every number to check the findings table it opens,
and writes all that as JSON into the DOM, which `--dump-dom` prints. Used by tests/test_report.py
and benchmarks/report.py.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

CHROMIUM = next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--hide-scrollbars", "--mute-audio", "--enable-logging=stderr", "--v=0"]

ERRORS = """<script>
window.__errors = [];
window.addEventListener("error", function (e) { window.__errors.push("error: " + e.message); });
window.addEventListener("unhandledrejection", function (e) { window.__errors.push("rejection: " + e.reason); });
document.addEventListener("securitypolicyviolation", function (e) { window.__errors.push("csp: " + e.blockedURI); });
(function () { var original = console.error;
  console.error = function () { window.__errors.push("console: " + [].join.call(arguments, " ")); original.apply(console, arguments); };
})();
</script>"""

PROBE = """<script>
(function () {
  document.body.offsetHeight;  // layout done
  var out = {ready_ms: performance.now(), script_ms: window.corpuslintReport.scriptMs, errors: window.__errors.slice()};
  function num(el) { return el ? Number(el.textContent.replace(/,/g, "")) : null; }
  out.total = num(document.getElementById("total-findings"));
  out.documents = num(document.getElementById("documents"));
  out.affected = num(document.getElementById("affected-documents"));
  out.rules = {};
  document.querySelectorAll("tr[data-rule]").forEach(function (tr) {
    out.rules[tr.getAttribute("data-rule")] = [num(tr.querySelector(".findings a")), num(tr.querySelector(".documents a"))];
  });
  out.families = {};
  document.querySelectorAll("#families tr[data-family]").forEach(function (tr) {
    out.families[tr.getAttribute("data-family")] = num(tr.querySelector("td.num a"));
  });
  out.sections = Array.prototype.map.call(document.querySelectorAll("section"), function (s) { return s.id; });
  out.embedded = JSON.parse(document.getElementById("report-data").textContent).rows.length;
  var status = document.getElementById("table-status");
  out.links = [];
  var links = document.querySelectorAll("[data-f]");
  var started = performance.now();
  for (var i = 0; i < links.length && i < LIMIT; i++) {
    var link = links[i];
    link.dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true}));
    out.links.push([link.getAttribute("data-f"), link.getAttribute("data-n") === null ? null : Number(link.getAttribute("data-n")),
                    Number(status.getAttribute("data-matching")), document.querySelectorAll("#findings-body tr").length,
                    status.textContent]);
  }
  out.click_ms = links.length ? (performance.now() - started) / Math.min(links.length, LIMIT) : 0;
  out.errors = window.__errors.slice();
  var pre = document.createElement("pre"); pre.id = "probe-result"; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>"""

CONSOLE = re.compile(r":(?:INFO|WARNING|ERROR):CONSOLE\(\d+\)\] \"(.*)\", source: (\S*)")


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="corpuslint-chromium-") as profile:
        return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=timeout)


def console_messages(stderr: str) -> list[str]:
    return [f"{m.group(1)} ({m.group(2)})" for m in CONSOLE.finditer(stderr)]


def probe(page: Path, *, limit: int = 2000, timeout: float = 120) -> dict:
    """Open `page` with the probe; its result, plus the console messages Chromium logged."""
    text = page.read_text(encoding="utf-8")
    text = text.replace("<head>", "<head>" + ERRORS, 1)
    text = text[:text.rindex("</body>")] + PROBE.replace("LIMIT", str(limit)) + text[text.rindex("</body>"):]
    with tempfile.TemporaryDirectory(prefix="corpuslint-probe-") as folder:
        probed = Path(folder) / page.name
        probed.write_text(text, encoding="utf-8")
        done = _run(["--dump-dom", probed.as_uri()], timeout)
    found = re.search(r'<pre id="probe-result">(.*?)</pre>', done.stdout, re.S)
    if not found:
        raise AssertionError(f"the probe did not run; chromium said:\n{done.stderr[-3000:]}")
    result = json.loads(html.unescape(found.group(1)))
    result["console"] = console_messages(done.stderr)
    return result


def screenshot(page: Path, out: Path, *, width: int = 1280, height: int = 1700, timeout: float = 120) -> list[str]:
    """Save a screenshot of the page's top; returns the console messages."""
    out.parent.mkdir(parents=True, exist_ok=True)
    done = _run([f"--window-size={width},{height}", f"--screenshot={os.path.abspath(out)}", page.as_uri()], timeout)
    if not out.exists():
        raise AssertionError(f"no screenshot; chromium said:\n{done.stderr[-3000:]}")
    return console_messages(done.stderr)


def load_seconds(page: Path, *, runs: int = 3, timeout: float = 120) -> float:
    """Wall time of Chromium loading `page` and dumping its DOM, less that of an empty page (best of `runs`)."""
    def best(target: Path) -> float:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            _run(["--dump-dom", target.as_uri()], timeout)
            times.append(time.perf_counter() - started)
        return min(times)

    with tempfile.TemporaryDirectory(prefix="corpuslint-empty-") as folder:
        empty = Path(folder) / "empty.html"
        empty.write_text("<!DOCTYPE html><html><body></body></html>", encoding="utf-8")
        return best(page) - best(empty)
