#!/usr/bin/env node
// Writes the demo tracker (13-KH/ĐUK × twelve units, with what some units reported by
// 23/12/2019) as .xlsx, and a PDF of it when LibreOffice is installed — no Excel needed; then
// the December 2019 report to the provincial committee, as its standalone file (and PDF).
// Output goes to out/demo/.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const outDir = path.join(root, "out", "demo");
const xlsx = path.join(outDir, "so-theo-doi-13-KH-DUK.xlsx");
fs.mkdirSync(outDir, { recursive: true });
fs.rmSync(xlsx, { force: true });

const cli = path.join(root, "bin", "plan-tracker.js");
const build = spawnSync(
  process.execPath,
  [cli, "build", "--plan", path.join(root, "examples", "plan-13-KH-DUK.json"),
    "--units", path.join(root, "examples", "units-binh-phuoc.csv"), "--out", xlsx, "--today", "2019-12-16"],
  { stdio: "inherit" },
);
if (build.status !== 0) process.exit(build.status ?? 1);

/** Types the demo entries into the tracker, and sets its as-of date, through the xlsx host. */
async function typeEntries() {
  const { XlsxHost } = require("../lib/hosts/xlsx");
  const { readTrackerFrom } = require("../lib/engine");
  const { cell } = require("../lib/layout/excel-rules");
  const { ENTRIES, AS_OF } = require("./demo-entries");
  const opened = await XlsxHost.open(xlsx);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
  const host = opened.value;
  const { state } = await readTrackerFrom(host);
  const date = (iso) => ({ kind: "date", date: iso });
  const txt = (text) => ({ kind: "text", text });
  const num = (value) => ({ kind: "number", value });
  const ops = [];
  for (const e of ENTRIES) {
    const sheet = state.positions.unitSheets.get(e.unit);
    const row = sheet.taskRows.get(e.task);
    const at = (key) => cell(sheet.columns.get(key), row);
    const cells = [{ at: at("status"), rows: [[txt(e.status)]] }];
    if (e.completedOn) cells.push({ at: at("completedOn"), rows: [[date(e.completedOn)]] });
    if (e.participants !== undefined) cells.push({ at: at("measure:participants"), rows: [[num(e.participants)]] });
    if (e.total !== undefined) cells.push({ at: at("measure:total"), rows: [[num(e.total)]] });
    if (e.form) cells.push({ at: at("measure:form"), rows: [[txt(e.form)]] });
    if (e.reportRef) cells.push({ at: at("reportRef"), rows: [[txt(e.reportRef)]] });
    if (e.note) cells.push({ at: at("note"), rows: [[txt(e.note)]] });
    ops.push({ op: "patchSheet", name: sheet.sheet, content: { cells } });
  }
  const asOf = state.positions.planFields.get("asOf");
  ops.push({ op: "patchSheet", name: "Kế hoạch", content: { cells: [{ at: cell(asOf.column, asOf.row), rows: [[date(AS_OF)]] }] } });
  await host.apply({ ops });
  const saved = await host.save(xlsx);
  if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
}

(async () => {
await typeEntries();
const { findSoffice, workbookToPdf } = require("../lib/cli/libreoffice-pdf");
if (!findSoffice()) {
  console.log(`Đã ghi ${path.relative(root, xlsx)}. Cài LibreOffice để có thêm bản PDF.`);
  return;
}
const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
const printed = await workbookToPdf(fs.readFileSync(xlsx), pdf);
if (!printed.ok) throw new Error(JSON.stringify(printed.problems));
const report = path.join(outDir, "bao-cao-thang-12-2019.xlsx");
const reportPdf = report.replace(/\.xlsx$/, ".pdf");
const summary = spawnSync(
  process.execPath,
  [cli, "summary", xlsx, "--period", "2019-12", "--date", "2020-01-06", "--today", "2020-01-06", "--out", report, "--pdf", reportPdf],
  { stdio: "inherit" },
);
if (summary.status !== 0) process.exit(summary.status ?? 1);
console.log(`Đã ghi / written:\n  ${[xlsx, pdf, report, reportPdf].map((f) => path.relative(root, f)).join("\n  ")}`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
