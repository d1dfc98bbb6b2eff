#!/usr/bin/env node
// Writes the demo tracker (13-KH/ĐUK × twelve units) as .xlsx, and a PDF of it when LibreOffice
// is installed — no Excel needed. Output goes to out/demo/.
"use strict";
const { execFileSync, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
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

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"].find((p) => fs.existsSync(p));
if (!soffice) {
  console.log(`Đã ghi ${path.relative(root, xlsx)}. Cài LibreOffice để có thêm bản PDF.`);
  process.exit(0);
}
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-lo-"));
try {
  execFileSync(soffice, ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`,
    "--convert-to", "pdf", "--outdir", outDir, xlsx], { stdio: "ignore", env: { ...process.env, HOME: profile } });
} finally {
  fs.rmSync(profile, { recursive: true, force: true });
}
const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
console.log(`Đã ghi / written:\n  ${path.relative(root, xlsx)}\n  ${path.relative(root, pdf)}`);
