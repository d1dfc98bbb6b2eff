const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { runNeedsBundle, startBuild } = require("./test-bundle");
const setTimeZone = require("./time-zone");

module.exports = (globalConfig) => {
  setTimeZone();
  // Workers inherit the environment: the browser tests find the run's bundle folder here.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-bundle-"));
  process.env.PLAN_TRACKER_TEST_BUNDLE = folder;
  if (runNeedsBundle(globalConfig)) startBuild(folder);
  // The run's LibreOffice, started by the first test that converts a file (tests/support/libreoffice.ts).
  process.env.PLAN_TRACKER_LIBREOFFICE = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-libreoffice-"));
};
