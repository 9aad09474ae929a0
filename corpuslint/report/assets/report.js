// The findings table: filters from any number's link (data-f) or from the controls. Plain JS, no network.
(function () {
  "use strict";
  var started = performance.now();
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var F = {}; data.fields.forEach(function (name, i) { F[name] = i; });
  var rows = data.rows, rules = data.rules;
  var filter = {}, expected = null, limit = 200, STEP = 200;
  var body = document.getElementById("findings-body");
  var status = document.getElementById("table-status");
  var more = document.getElementById("more");
  var box = document.getElementById("filters");
  var KEYS = ["code", "family", "group", "severity", "status", "key", "cluster", "q"];
  var controls = {};

  function value(row, key) {
    if (key === "family") return (rules[row[F.code]] || ["", ""])[1];
    return String(row[F[key]]);
  }
  function matches(row) {
    for (var key in filter) {
      var want = filter[key];
      if (want === "") continue;
      if (key === "q") {
        var hay = (row[F.message] + " " + row[F.text] + " " + row[F.doc] + " " + row[F.where]).toLowerCase();
        if (hay.indexOf(want.toLowerCase()) < 0) return false;
      } else if (value(row, key) !== want) return false;
    }
    return true;
  }
  function options(key) {
    var seen = {};
    rows.forEach(function (row) { seen[value(row, key)] = 1; });
    return Object.keys(seen).filter(function (v) { return v !== ""; }).sort();
  }
  function control(key, label, choices) {
    var wrap = document.createElement("label");
    wrap.textContent = label;
    var input;
    if (choices) {
      input = document.createElement("select");
      var any = document.createElement("option"); any.value = ""; any.textContent = "(any)"; input.appendChild(any);
      choices.forEach(function (c) {
        var o = document.createElement("option"); o.value = c;
        o.textContent = key === "code" && rules[c] ? c + " " + rules[c][0] : c;
        input.appendChild(o);
      });
      input.addEventListener("change", function () { set(key, input.value); });
    } else {
      input = document.createElement("input"); input.type = "search";
      input.addEventListener("input", function () { set(key, input.value); });
    }
    input.id = "filter-" + key;
    wrap.appendChild(input); box.appendChild(wrap); controls[key] = input;
  }
  function set(key, v) { filter[key] = v; expected = null; limit = STEP; render(); }
  function sync() {
    KEYS.forEach(function (key) {
      var input = controls[key]; if (!input) return;
      var v = filter[key] || "";
      if (input.tagName === "SELECT" && v && !Array.prototype.some.call(input.options, function (o) { return o.value === v; })) {
        var o = document.createElement("option"); o.value = v; o.textContent = v; input.appendChild(o);
      }
      input.value = v;
    });
  }
  function cell(tr, text, cls) {
    var td = document.createElement("td"); if (cls) td.className = cls; td.textContent = text; tr.appendChild(td); return td;
  }
  function render() {
    var hits = rows.filter(matches);
    var frag = document.createDocumentFragment();
    hits.slice(0, limit).forEach(function (row) {
      var tr = document.createElement("tr");
      if (row[F.status] === "known") tr.className = "known";
      var rule = rules[row[F.code]] || ["", ""];
      cell(tr, row[F.code] + " " + rule[0] + (row[F.status] ? " (" + row[F.status] + ")" : ""));
      var doc = cell(tr, row[F.doc]); var where = document.createElement("div");
      where.className = "where"; where.textContent = row[F.where]; doc.appendChild(where);
      cell(tr, row[F.group]); cell(tr, row[F.message]);
      var ctx = cell(tr, row[F.before], "ctx"); var mark = document.createElement("mark");
      mark.textContent = row[F.text]; ctx.appendChild(mark); ctx.appendChild(document.createTextNode(row[F.after]));
      frag.appendChild(tr);
    });
    body.textContent = ""; body.appendChild(frag);
    var active = Object.keys(filter).filter(function (k) { return filter[k] !== ""; })
      .map(function (k) { return k + " = " + filter[k]; }).join(", ");
    var fmt = function (v) { return v.toLocaleString("en-US"); };
    var text;
    if (!active) text = fmt(data.total) + " findings in all; the page embeds " + fmt(rows.length);
    else if (expected !== null) text = fmt(expected) + " findings match (" + active + "); the page embeds " + fmt(hits.length);
    else text = fmt(hits.length) + " of the " + fmt(rows.length) + " embedded findings match (" + active + ")";
    status.textContent = text + (hits.length > limit ? "; showing the first " + fmt(limit) : "") + ".";
    status.setAttribute("data-matching", String(hits.length));
    more.hidden = hits.length <= limit;
  }
  function open(spec, count) {
    filter = {};
    new URLSearchParams(spec).forEach(function (v, k) { filter[k] = v; });
    expected = count; limit = STEP; sync(); render();
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-f]") : null;
    if (!link) return;
    event.preventDefault();
    var n = link.getAttribute("data-n");
    open(link.getAttribute("data-f"), n === null ? null : Number(n));
    document.getElementById("findings").scrollIntoView();
    if (history.replaceState) history.replaceState(null, "", "#findings?" + link.getAttribute("data-f"));
  });
  more.addEventListener("click", function () { limit += STEP; render(); });

  control("code", "rule", options("code"));
  control("family", "family", options("family"));
  control("group", "group", options("group"));
  control("severity", "severity", options("severity"));
  if (rows.some(function (r) { return r[F.status]; })) control("status", "new / known", options("status"));
  control("key", "repeated text key", null);
  control("cluster", "duplicate cluster", null);
  control("q", "text contains", null);
  var hash = location.hash.match(/^#findings\?(.*)$/);
  if (hash) open(hash[1], null); else render();
  window.corpuslintReport = { open: open, scriptMs: performance.now() - started };
})();
