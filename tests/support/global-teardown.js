const fs = require("node:fs");
const path = require("node:path");
const { removeBuild } = require("./test-bundle");

/** Stops the run's LibreOffice instances (each a process group: launcher and soffice.bin) and removes their folder. */
function stopLibreOffice(folder) {
  for (const worker of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
    try {
      process.kill(-Number(fs.readFileSync(path.join(folder, worker, "pid"), "utf8")));
    } catch {
      // never started, or already gone
    }
  }
  fs.rmSync(folder, { recursive: true, force: true });
}

module.exports = () => {
  if (process.env.PLAN_TRACKER_TEST_BUNDLE) removeBuild(process.env.PLAN_TRACKER_TEST_BUNDLE);
  if (process.env.PLAN_TRACKER_LIBREOFFICE) stopLibreOffice(process.env.PLAN_TRACKER_LIBREOFFICE);
};
