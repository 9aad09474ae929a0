// Mozilla Readability over saved pages, for training/readability_labels.py.
// Usage: node readability_extract.js LIST.json > OUT.jsonl   (LIST: [{"id", "path"}], UTF-8 HTML files)
// Needs @mozilla/readability and jsdom installed where node can find them (NODE_PATH).
// Like Readability's own test harness: the page parsed by jsdom at http://fakehost/test/page.html,
// default options, no scripts run.
"use strict";
const fs = require("fs");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const pages = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
for (const { id, path } of pages) {
  const row = { id };
  try {
    const html = fs.readFileSync(path, "utf8");
    const dom = new JSDOM(html, { url: "http://fakehost/test/page.html", virtualConsole: new VirtualConsole() });
    const article = new Readability(dom.window.document).parse();
    if (article) {
      for (const key of ["title", "byline", "excerpt", "publishedTime", "siteName", "lang", "content"]) {
        row[key] = article[key] ?? null;
      }
    }
    row.ok = Boolean(article);
    dom.window.close();
  } catch (err) {
    row.ok = false;
    row.error = String(err).slice(0, 200);
  }
  process.stdout.write(JSON.stringify(row) + "\n");
}
