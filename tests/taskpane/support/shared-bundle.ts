/**
 * The run's production and preview bundles (tests/support/test-bundle.js builds them once per
 * run, in the background): a browser test waits here until they are written.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const testBundle = require("../../support/test-bundle") as { startBuild(folder: string): void; PUBLIC_URL: string };

/** Where the production build points the manifest: an office's own intranet host. */
export const PUBLIC_URL = testBundle.PUBLIC_URL;

const WAIT_MS = 10 * 60 * 1000;

async function built(): Promise<string> {
  // A run without the global setup (another config) still gets one build per process.
  const folder = process.env.PLAN_TRACKER_TEST_BUNDLE ?? (process.env.PLAN_TRACKER_TEST_BUNDLE = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-bundle-")));
  testBundle.startBuild(folder);
  const started = Date.now();
  for (;;) {
    if (fs.existsSync(path.join(folder, "done"))) return folder;
    if (fs.existsSync(path.join(folder, "failed"))) throw new Error(`The test bundle did not build:\n${fs.readFileSync(path.join(folder, "failed"), "utf8")}`);
    if (Date.now() - started > WAIT_MS) throw new Error(`The test bundle was not built within ${WAIT_MS / 60000} minutes; see ${path.join(folder, "build.log")}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** `npm run build` for a closed network: office.js served from the add-in's host, manifest at PUBLIC_URL. */
export async function productionBundle(): Promise<string> {
  return path.join(await built(), "production");
}

/** The same pane over a fake engine (tests/taskpane/preview). */
export async function previewBundle(): Promise<string> {
  return path.join(await built(), "preview");
}
