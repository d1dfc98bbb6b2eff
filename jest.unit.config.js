/**
 * `npm run test:unit`: the tests that need no system tool — no LibreOffice, no Chromium, no
 * xmllint, no production build — for quick feedback while working. `npm test` runs them all.
 */
const base = require("./jest.config");

// Property tests run a tenth of their cases here (tests/support/property-runs.ts); workers
// inherit the environment.
process.env.PLAN_TRACKER_PROPERTY_SCALE = "0.1";

module.exports = {
  ...base,
  // No browser test here: only the time zone, no bundle build.
  globalSetup: "<rootDir>/tests/support/time-zone.js",
  globalTeardown: undefined,
  testPathIgnorePatterns: [
    "/node_modules/",
    // Production bundle and headless Chromium.
    "/tests/taskpane/(pane-preview|pane\\.e2e|production-build)\\.test\\.ts$",
    "/tests/hosts/excel/browser-bridge\\.test\\.ts$",
    // LibreOffice (rendering, PDF) and xmllint (package checks).
    "/tests/cli/(demo|summary)\\.test\\.ts$",
    "/tests/support/libreoffice\\.test\\.ts$",
    "/tests/hosts/xlsx/(foreign-drawings-libreoffice|rebuild-keeps-drawings|xlsx-host-libreoffice|kept-drawings)\\.test\\.ts$",
    "/tests/layout/(deadline-formula|reminders/reminder-sheet|tracker/tracker-xlsx)\\.test\\.ts$",
  ],
};
