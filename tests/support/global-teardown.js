const fs = require("node:fs");
const path = require("node:path");
const { removeBuild } = require("./test-bundle");

/** Stops the run's LibreOffice (its whole process group: the launcher and soffice.bin) and removes its folder. */
function stopLibreOffice(folder) {
  try {
    process.kill(-Number(fs.readFileSync(path.join(folder, "pid"), "utf8")));
  } catch {
    // never started, or already gone
  }
  fs.rmSync(folder, { recursive: true, force: true });
}

module.exports = () => {
  if (process.env.PLAN_TRACKER_TEST_BUNDLE) removeBuild(process.env.PLAN_TRACKER_TEST_BUNDLE);
  if (process.env.PLAN_TRACKER_LIBREOFFICE) stopLibreOffice(process.env.PLAN_TRACKER_LIBREOFFICE);
};
