/**
 * `npm run test:unit`: the tests that need no system tool — no LibreOffice, no Chromium, no
 * xmllint, no production build — for quick feedback while working. `npm test` runs them all.
 * A test file is left out when it names one of those tools or the test support that drives
 * them, so a new test that needs one is left out without anyone editing this list.
 */
const fs = require("node:fs");
const path = require("node:path");
const base = require("./jest.config");

// Property tests run a tenth of their cases here (tests/support/property-runs.ts); workers
// inherit the environment.
process.env.PLAN_TRACKER_PROPERTY_SCALE = "0.1";

const NEEDS_A_TOOL = /support\/libreoffice|from "\.\/libreoffice"|libreoffice-resave|package-check|shared-bundle|support\/chromium|pane-in-excel|office-page|\bsoffice\b|pdftoppm|pdftotext|xmllint|scripts\/demo/;

function testFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" ? [] : testFiles(full);
    return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const needingTools = testFiles(path.join(__dirname, "tests")).filter((file) => NEEDS_A_TOOL.test(fs.readFileSync(file, "utf8")));

module.exports = {
  ...base,
  // No browser test here: only the time zone, no bundle build.
  globalSetup: "<rootDir>/tests/support/time-zone.js",
  globalTeardown: undefined,
  testPathIgnorePatterns: ["/node_modules/", ...needingTools.map((file) => `${escapeRegExp(file)}$`)],
};
