#!/usr/bin/env node
// The task pane's initial download: the scripts taskpane.html loads itself (office.js aside),
// raw and gzipped as a web server sends them. `npm run build` prints it and writes it to
// dist/bundle-size.json; the production-build test holds it to the budget.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

/** The pane's budget: lighter than Microsoft's own React task-pane template's hello-world. */
const INITIAL_GZIP_BUDGET = 160 * 1024;

/** Every bundle of this build the page names: its script tags and its inline loader's list (minified). */
function scriptsOf(html, dir) {
  const named = [...html.matchAll(/["'=]([\w.-]+\.[0-9a-f]{8}\.js)\b/g)].map((m) => m[1]);
  return [...new Set(named)].filter((file) => fs.existsSync(path.join(dir, file)));
}

function initialSize(dir) {
  const scripts = scriptsOf(fs.readFileSync(path.join(dir, "taskpane.html"), "utf8"), dir);
  const files = scripts.map((src) => {
    const bytes = fs.readFileSync(path.join(dir, src));
    return { file: src, bytes: bytes.length, gzip: zlib.gzipSync(bytes).length };
  });
  const chunks = fs.readdirSync(dir).filter((f) => f.endsWith(".js") && !scripts.includes(f) && !f.startsWith("commands."));
  const lazy = chunks.map((file) => {
    const bytes = fs.readFileSync(path.join(dir, file));
    return { file, bytes: bytes.length, gzip: zlib.gzipSync(bytes).length };
  });
  return {
    initial: { bytes: files.reduce((s, f) => s + f.bytes, 0), gzip: files.reduce((s, f) => s + f.gzip, 0), files },
    lazy: lazy.sort((a, b) => b.gzip - a.gzip),
    budgetGzip: INITIAL_GZIP_BUDGET,
  };
}

module.exports = { initialSize, INITIAL_GZIP_BUDGET };

if (require.main === module) {
  const dir = path.resolve(process.argv[2] || "dist");
  const size = initialSize(dir);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`Task pane, initial JavaScript: ${kb(size.initial.bytes)} (${kb(size.initial.gzip)} gzipped; budget ${kb(INITIAL_GZIP_BUDGET)})`);
  console.log(`Loaded when first used: ${size.lazy.map((c) => `${c.file.replace(/\.[0-9a-f]{8}\.js$/, "")} ${kb(c.gzip)}`).join(", ")}`);
  fs.writeFileSync(path.join(dir, "bundle-size.json"), `${JSON.stringify(size, null, 2)}\n`);
  if (size.initial.gzip > INITIAL_GZIP_BUDGET) {
    console.error(`The initial task-pane JavaScript is over its budget by ${kb(size.initial.gzip - INITIAL_GZIP_BUDGET)}.`);
    process.exit(1);
  }
}
