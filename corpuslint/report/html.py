"""The report as one self-contained HTML page: inline CSS, inline SVG, inline plain JavaScript.

Every number is a link (`<a data-f="filter" data-n="count">`) that filters the findings table
at the bottom; the table holds the embedded sample, and says how many findings the filter has in
all. Nothing is fetched at view time.
"""

from __future__ import annotations

import json
from html import escape
from importlib.resources import files
from urllib.parse import urlencode

from corpuslint.report.build import Report
from corpuslint.report.charts import color_of, hbar, legend, stacked
from corpuslint.report.model import (
    DUPLICATES,
    FAMILY_ORDER,
    MISSING_METADATA,
    REPEATED_BIO,
    REPEATED_LINE,
    ROW_FIELDS,
)

TOP = 25


def _asset(name: str) -> str:
    return (files("corpuslint.report") / "assets" / name).read_text(encoding="utf-8")


def n(value: int, filter_: dict[str, str] | None = None, *, count: int | None = None, attr: str = "") -> str:
    """A number that opens the findings behind it (`count`: how many findings the filter has)."""
    f = urlencode(filter_ or {})
    total = value if count is None else count
    return f'<a class="n" href="#findings" data-f="{escape(f)}" data-n="{total}"{attr}>{value:,}</a>'


def pct(part: float, whole: float) -> str:
    if not whole:
        return "–"
    share = 100 * part / whole
    return f"{share:.2f}%" if share < 10 else f"{share:.1f}%"


def _families(report: Report) -> list[str]:
    seen = {rule["family"] for rule in report.aggregate.rules.values()}
    return [f for f in FAMILY_ORDER if f in seen] + sorted(seen - set(FAMILY_ORDER))


def render(report: Report) -> str:
    agg = report.aggregate
    sections = [
        _summary(report), _by_family(report), _by_rule(report), _removed(report), _by_group(report),
        _repeated(report, REPEATED_LINE, "Repeated lines and paragraphs",
                  "Lines stamped on many documents (CL151), most widespread first."),
        _repeated(report, REPEATED_BIO, "Repeated author bios",
                  "Bios repeated across documents (CL410), most widespread first."),
        _duplicates(report), _metadata(report), _baseline(report), _samples(report), _table(report),
    ]
    rows = agg.sample_rows()
    data = {"fields": ROW_FIELDS, "rules": {c: [r["name"], r["family"]] for c, r in agg.rules.items()},
            "total": agg.total, "rows": [row.to_json() for row in rows]}
    # no "<" at all inside the script element: neither "</script>" nor "<!--" can end or bend it
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    title = "corpuslint report: " + (", ".join(report.sources) or report.findings_file or "")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'; img-src data:\">"
        f"<title>{escape(title)}</title><style>{_asset('report.css')}</style></head><body>"
        + "".join(s for s in sections if s)
        + f'<script type="application/json" id="report-data">{payload}</script>'
        + f"<script>{_asset('report.js')}</script></body></html>\n"
    )


def _section(id_: str, title: str, intro: str, body: str) -> str:
    return (f'<section id="{id_}"><h2>{escape(title)}</h2>'
            + (f'<p class="intro">{intro}</p>' if intro else "") + body + "</section>")


def _summary(report: Report) -> str:
    agg, stats = report.aggregate, report.stats
    removed = agg.removed_chars()["*"]
    affected = len({d for docs in agg.rule_docs.values() for d in docs})
    source = escape(", ".join(report.sources)) if report.sources else ""
    if report.findings_file:
        source = (source + " · " if source else "") + "findings from " + escape(report.findings_file)
    cards = [("findings", n(agg.total, {}, attr=' id="total-findings"'), ""),
             ("documents with findings", n(affected, {}, count=agg.total, attr=' id="affected-documents"'),
              pct(affected, stats.documents) + " of the corpus" if stats else "")]
    if stats:
        cards.insert(0, ("documents", f'<span id="documents">{stats.documents:,}</span>',
                         f"{stats.files:,} file{'s' if stats.files != 1 else ''} · {stats.chars:,} characters"))
    cards.append(("characters the fixes would remove",
                  n(removed["all"], {}, count=agg.total, attr=' id="removed-chars"'),
                  (pct(removed["all"], stats.chars) + " of the text · " if stats else "")
                  + f"{removed['safe']:,} by safe fixes"))
    dups = sum(agg.cluster_table(code)["copies"] for code in DUPLICATES)
    cards.append(("duplicate copies", n(dups, {"family": "duplicates"},
                                         count=sum(agg.by_rule[c] for c in DUPLICATES)),
                  "exact and near, beyond the first of each cluster"))
    body = '<div class="cards">' + "".join(
        f'<div class="card"><div class="big">{value}</div><div class="what">{escape(what)}</div>'
        f'<div class="more">{escape(more)}</div></div>' for what, value, more in cards) + "</div>"
    notes = "".join(f'<p class="note">{escape(note)}</p>' for note in report.notes)
    notes += "".join(f'<p class="note error">error: {escape(e)}</p>' for e in report.errors)
    cap = (f'<p class="note">All counts are exact. The findings table embeds a sample of '
           f'{len(agg.sample_rows()):,} of the {agg.total:,} findings (up to {agg.per_rule} per rule, plus a few '
           f'per group, repeated text and cluster); `corpuslint check` lists them all.</p>')
    return (f'<header><h1>Corpus health report</h1><p class="meta">{source}<br>'
            f'generated {escape(report.generated)} by corpuslint {escape(report.version)} in '
            f'{report.seconds:.1f} s · grouped by {escape(report.group_by)}'
            + (f" · baseline {escape(report.baseline)}" if report.baseline else "")
            + f'</p>{body}{notes}{cap}<nav>{_nav(report)}</nav></header>')


def _nav(report: Report) -> str:
    links = [("families", "Families"), ("rules", "Rules"), ("removed", "What fixes remove"),
             ("groups", "By " + report.group_by), ("repeated-CL151", "Repeated lines"),
             ("repeated-CL410", "Bios"), ("duplicates", "Duplicates"), ("metadata", "Metadata"),
             ("samples", "Samples"), ("findings", "Findings table")]
    if report.baseline:
        links.insert(-2, ("baseline", "New vs known"))
    return " · ".join(f'<a href="#{id_}">{escape(label)}</a>' for id_, label in links)


def _by_family(report: Report) -> str:
    agg = report.aggregate
    families = _families(report)
    counts = {f: sum(agg.by_rule[c] for c, r in agg.rules.items() if r["family"] == f) for f in families}
    docs = {f: len(set().union(*[agg.rule_docs[c] for c, r in agg.rules.items() if r["family"] == f]))
            for f in families}
    order = sorted(families, key=lambda f: -counts[f])
    chart = hbar([(f, counts[f], urlencode({"family": f}), color_of(f)) for f in order],
                 title="findings per family")
    rows = "".join(
        f'<tr data-family="{escape(f)}"><td><i class="sw" style="background:{color_of(f)}"></i>{escape(f)}</td>'
        f'<td class="num">{n(counts[f], {"family": f})}</td>'
        f'<td class="num">{n(docs[f], {"family": f}, count=counts[f])}</td>'
        f'<td class="num">{sum(1 for r in agg.rules.values() if r["family"] == f)}</td></tr>'
        for f in order)
    table = ('<table><thead><tr><th>family</th><th>findings</th><th>documents</th><th>rules</th></tr></thead>'
             f"<tbody>{rows}</tbody></table>")
    return _section("families", "Findings per family", "Findings and the documents they are in.",
                    f'<div class="pair">{chart}{table}</div>')


def _by_rule(report: Report) -> str:
    agg = report.aggregate
    order = sorted(agg.rules, key=lambda c: (-agg.by_rule[c], c))
    chart = hbar([(f"{c} {agg.rules[c]['name']}", agg.by_rule[c], urlencode({"code": c}),
                   color_of(agg.rules[c]["family"])) for c in order[:TOP]], title="findings per rule", width=560)
    baseline = bool(report.baseline)
    rows = []
    for c in order:
        fixes = agg.fixable[c]
        fix = "safe" if fixes["safe"] else "unsafe" if fixes["unsafe"] else ""
        status = (f'<td class="num">{n(agg.status[c]["new"], {"code": c, "status": "new"})}</td>'
                  f'<td class="num">{n(agg.status[c]["known"], {"code": c, "status": "known"})}</td>') if baseline else ""
        rows.append(
            f'<tr data-rule="{c}"><td><code>{c}</code></td><td>{escape(agg.rules[c]["name"])}</td>'
            f'<td>{escape(agg.rules[c]["family"])}</td>'
            f'<td class="num findings">{n(agg.by_rule[c], {"code": c})}</td>'
            f'<td class="num documents">{n(len(agg.rule_docs[c]), {"code": c}, count=agg.by_rule[c])}</td>'
            f'<td>{fix}</td>{status}</tr>')
    head = "<th>new</th><th>known</th>" if baseline else ""
    table = ("<table><thead><tr><th>code</th><th>name</th><th>family</th><th>findings</th><th>documents</th>"
             f"<th>fix</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")
    more = f" (the {TOP} largest in the chart)" if len(order) > TOP else ""
    return _section("rules", "Findings per rule", f"Every rule that found something{more}; "
                    "`corpuslint rule CODE` explains one.", f'<div class="pair">{chart}{table}</div>')


def _removed(report: Report) -> str:
    agg, stats = report.aggregate, report.stats
    removed = agg.removed_chars()
    families = [f for f in _families(report) if f in removed]
    order = sorted(families, key=lambda f: -removed[f]["all"])
    chart = stacked([(f, [("safe", removed[f]["safe"]), ("unsafe", removed[f]["all"] - removed[f]["safe"])],
                      urlencode({"family": f})) for f in order], title="characters removed per family")
    whole = stats.chars if stats else 0
    found = {f: sum(agg.by_rule[c] for c, r in agg.rules.items() if r["family"] == f) for f in order}
    rows = "".join(
        f'<tr data-family="{escape(f)}"><td>{escape(f)}</td>'
        f'<td class="num">{n(removed[f]["safe"], {"family": f}, count=found[f])}</td>'
        f'<td class="num">{n(removed[f]["all"], {"family": f}, count=found[f])}</td>'
        f'<td class="num">{pct(removed[f]["all"], whole)}</td>'
        f'<td class="num">{n(removed[f]["documents"], {"family": f}, count=found[f])}</td></tr>' for f in order)
    total = removed["*"]
    rows += (f'<tr class="total"><td>all families</td><td class="num">{total["safe"]:,}</td>'
             f'<td class="num">{total["all"]:,}</td><td class="num">{pct(total["all"], whole)}</td>'
             f'<td class="num">{total["documents"]:,}</td></tr>')
    table = ("<table><thead><tr><th>family</th><th>safe fixes</th><th>all fixes</th><th>share of text</th>"
             f"<th>documents</th></tr></thead><tbody>{rows}</tbody></table>")
    intro = ("Characters the fixes of each family would delete (from the findings' fix edits; overlapping "
             "edits counted once), by `--fix` (safe) and by `--fix --unsafe-fixes` (all).")
    if not stats:
        intro += " The share of the text needs the corpus's size: name the corpus too."
    if not order:
        return _section("removed", "What the fixes would remove", intro, "<p>No fix removes text.</p>")
    return _section("removed", "What the fixes would remove", intro,
                    f'<div class="pair"><div>{chart}{legend(["safe", "unsafe"])}</div>{table}</div>')


def _by_group(report: Report) -> str:
    agg, stats = report.aggregate, report.stats
    families = _families(report)
    groups = sorted(agg.group_findings, key=lambda g: (-sum(agg.group_findings[g].values()), g))
    chart = stacked([(g, [(f, agg.group_findings[g][f]) for f in families], urlencode({"group": g}))
                     for g in groups[:TOP]], title="findings per group")
    rows = []
    for g in groups[:TOP * 2]:
        found = sum(agg.group_findings[g].values())
        docs = stats.group_documents[g] if stats else 0
        worst = agg.group_findings[g].most_common(1)[0][0]
        rows.append(
            f'<tr data-group="{escape(g)}"><td>{escape(g)}</td>'
            + (f'<td class="num">{n(docs, {"group": g}, count=found)}</td>' if stats else "")
            + f'<td class="num">{n(found, {"group": g})}</td>'
            f'<td class="num">{n(len(agg.group_docs[g]), {"group": g}, count=found)}</td>'
            + (f'<td class="num">{found / docs:.2f}</td>' if stats and docs else "<td></td>" if stats else "")
            + f"<td>{escape(worst)}</td></tr>")
    head = "<th>documents</th>" if stats else ""
    per = "<th>findings per document</th>" if stats else ""
    table = (f"<table><thead><tr><th>{escape(report.group_by)}</th>{head}<th>findings</th>"
             f"<th>documents with findings</th>{per}<th>most findings in</th></tr></thead>"
             f"<tbody>{''.join(rows)}</tbody></table>")
    more = f" The {TOP * 2} worst of {len(groups):,} are listed." if len(groups) > TOP * 2 else ""
    intro = (f"Findings per {escape(report.group_by)} (`--group-by`), most first, colored by family.{more}")
    return _section("groups", f"By {report.group_by}", intro,
                    f'{legend(families)}<div class="pair">{chart}{table}</div>')


def _repeated(report: Report, code: str, title: str, intro: str) -> str:
    agg = report.aggregate
    items = sorted(agg.repeated[code].items(), key=lambda kv: (-kv[1].documents, -kv[1].findings, kv[0]))
    if not items:
        return _section(f"repeated-{code}", title, intro, "<p>None found.</p>")
    chart = hbar([(item.text, item.documents, urlencode({"key": key}), color_of(agg.rules[code]["family"]))
                  for key, item in items[:15]], title=title, width=720)
    rows = "".join(
        f'<tr data-key="{escape(key)}"><td class="quote">{escape(item.text)}</td>'
        f'<td class="num">{n(item.documents, {"key": key}, count=item.findings)}</td>'
        f'<td class="num">{n(item.findings, {"key": key})}</td><td>{escape(item.site)}</td>'
        f'<td class="examples">{"<br>".join(escape(e) for e in item.examples)}</td></tr>'
        for key, item in items[:TOP])
    table = ("<table><thead><tr><th>text</th><th>documents (corpus)</th><th>findings</th><th>site</th>"
             f"<th>examples</th></tr></thead><tbody>{rows}</tbody></table>")
    more = f" The {TOP} most widespread of {len(items):,} are listed." if len(items) > TOP else ""
    return _section(f"repeated-{code}", title, intro + more, chart + table)


def _duplicates(report: Report) -> str:
    agg = report.aggregate
    parts = []
    for code, kind in zip(DUPLICATES, ("Exact duplicates", "Near duplicates")):
        table = agg.cluster_table(code)
        if not table["clusters"]:
            parts.append(f"<h3>{kind} ({code})</h3><p>None found.</p>")
            continue
        sizes = hbar([(label, count, urlencode({"code": code}), color_of("duplicates"))
                      for label, count in table["sizes"]], title="clusters by size", width=520)
        rows = "".join(
            f'<tr data-cluster="{c["id"]}"><td>{c["id"]}</td><td class="num">'
            f'{n(c["size"], {"cluster": c["id"]}, count=c["findings"])}</td>'
            f'<td class="num">{n(c["findings"], {"cluster": c["id"]})}</td>'
            f'<td class="examples">{"<br>".join(escape(m) for m in c["members"])}'
            f'{"<br>…" if c["size"] > len(c["members"]) else ""}</td></tr>' for c in table["top"])
        parts.append(
            f'<h3>{kind} ({code})</h3><p><span class="clusters" data-code="{code}">{table["clusters"]:,}</span> '
            f'clusters hold {table["documents"]:,} documents: '
            f'{n(agg.by_rule[code], {"code": code})} findings, one per copy beyond the first.</p>'
            f'<div class="pair"><div>{sizes}<p class="legend">clusters per size</p></div>'
            f'<table><thead><tr><th>cluster</th><th>documents</th><th>findings</th><th>members</th></tr></thead>'
            f'<tbody>{rows}</tbody></table></div>')
    return _section("duplicates", "Duplicate clusters",
                    "Documents linked by a duplicate finding, grouped (the largest clusters first).", "".join(parts))


def _metadata(report: Report) -> str:
    agg, stats = report.aggregate, report.stats
    body = ""
    if stats and stats.with_metadata:
        keys = stats.metadata_keys.most_common(20)
        body += hbar([(k, 100 * v / stats.documents, "", color_of("metadata")) for k, v in keys],
                     fmt=lambda v: f"{v:.1f}%", title="documents with a value per field", width=560)
        body += (f"<p>{stats.with_metadata:,} of {stats.documents:,} documents carry metadata; the chart shows "
                 "the share of all documents with a non-empty value for each of the 20 most frequent "
                 "top-level fields.</p>")
    elif stats:
        body += f"<p>None of the {stats.documents:,} documents carries metadata (plain text files).</p>"
    else:
        body += ("<p>From a findings file alone only the missing fields that CL501 reported are known; "
                 "name the corpus too to measure completeness.</p>")
    if agg.missing:
        rows = "".join(
            f'<tr data-field="{escape(k)}"><td>{escape(k)}</td>'
            f'<td class="num">{n(len(agg.missing_docs[k]), {"key": "field:" + k}, count=v)}</td>'
            + (f'<td class="num">{pct(len(agg.missing_docs[k]), stats.documents)}</td>' if stats else "")
            + "</tr>" for k, v in agg.missing.most_common())
        head = "<th>share of documents</th>" if stats else ""
        body += (f"<h3>Missing required fields ({MISSING_METADATA})</h3><table><thead><tr><th>field</th>"
                 f"<th>documents without it</th>{head}</tr></thead><tbody>{rows}</tbody></table>")
    return _section("metadata", "Metadata completeness", "", body)


def _baseline(report: Report) -> str:
    if not report.baseline:
        return ""
    agg = report.aggregate
    order = sorted(agg.status, key=lambda c: (-agg.status[c]["new"], c))
    chart = stacked([(c, [("new", agg.status[c]["new"]), ("known", agg.status[c]["known"])],
                      urlencode({"code": c})) for c in order[:TOP]], title="new and known findings per rule")
    new = sum(s["new"] for s in agg.status.values())
    known = sum(s["known"] for s in agg.status.values())
    return _section("baseline", "New since the baseline",
                    f"{n(new, {'status': 'new'})} new and {n(known, {'status': 'known'})} known findings "
                    f"(held by the baseline {escape(report.baseline)}).",
                    chart + legend(["new", "known"]))


def _samples(report: Report) -> str:
    agg = report.aggregate
    order = sorted(agg.rules, key=lambda c: (-agg.by_rule[c], c))
    parts = []
    for code in order:
        rows = agg.examples(code)
        items = "".join(
            f'<li><div class="where">{escape(r.label)} · {escape(r.path)}:{r.line}:{r.column}</div>'
            f'<div class="ctx">{escape(r.before)}<mark>{escape(r.text)}</mark>{escape(r.after)}</div>'
            f'<div class="msg">{escape(r.message)}</div></li>' for r in rows)
        parts.append(f'<h3><code>{code}</code> {escape(agg.rules[code]["name"])} · '
                     f'{n(agg.by_rule[code], {"code": code})}</h3><ul class="samples">{items}</ul>')
    return _section("samples", "Samples per rule", "A few findings of each rule, the offending text marked "
                    "in its context.", "".join(parts))


def _table(report: Report) -> str:
    return _section("findings", "Findings", "Click any number above to filter; or choose here.",
                    '<div id="filters"></div><p id="table-status"></p>'
                    '<table id="findings-table"><thead><tr><th>rule</th><th>document</th><th>group</th>'
                    '<th>message</th><th>text in context</th></tr></thead><tbody id="findings-body"></tbody>'
                    '</table><p><button id="more" type="button">show more</button></p>')
