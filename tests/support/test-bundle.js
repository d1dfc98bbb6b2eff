/**
 * The production bundle the browser tests load, built once per test run in a background process
 * while the other tests run: webpack takes most of a minute, and three test files each building
 * their own made the suite minutes longer.
 *
 * Two builds, side by side in one folder per run:
 *   production/  `npm run build` for a closed network (office.js from the add-in's own host,
 *                the manifest pointed at PUBLIC_URL), as an office would deploy it
 *   preview/     the same pane with its entry swapped for one over a fake engine, neither minified
 *                nor source-mapped (half the build time; its tests look at the pane, not its size)
 * The folder gets `done` when both are written, or `failed` with webpack's errors.
 *
 * jest's global setup starts the build when the run includes the browser tests; a test that
 * needs the bundle in a run that did not start it (a filtered run) starts it itself.
 */
"use strict";
const childProcess = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..", "..");
const PUBLIC_URL = "https://intranet.example.gov.vn/plan-tracker/";
const PREVIEW_ENTRY = path.join(ROOT, "tests", "taskpane", "preview", "preview-entry.tsx");
/** Names of the test files that load the bundle: a run whose filters match none skips the build. */
const USERS = /taskpane/;

/** Starts the background build into `folder` unless it was started already; returns at once. */
function startBuild(folder) {
  fs.mkdirSync(folder, { recursive: true });
  try {
    fs.mkdirSync(path.join(folder, "started"));
  } catch {
    return; // someone else started it
  }
  const log = fs.openSync(path.join(folder, "build.log"), "w");
  const child = childProcess.spawn(process.execPath, [__filename, folder], { cwd: ROOT, stdio: ["ignore", log, log], detached: true });
  fs.writeFileSync(path.join(folder, "pid"), String(child.pid));
  child.unref();
}

/** Whether a jest run with these filters will run any browser test. */
function runNeedsBundle(globalConfig) {
  const patterns = (globalConfig.testPathPatterns && globalConfig.testPathPatterns.patterns) || [];
  return patterns.length === 0 || patterns.some((p) => USERS.test(p));
}

async function webpackBuild(outDir, { env = {}, entry, plain = false } = {}) {
  const webpack = require("webpack");
  Object.assign(process.env, env);
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config = await makeConfig({ outDir }, { mode: "production" });
  config.mode = "production";
  config.context = ROOT;
  // Types are the lint's job (tsc --noEmit); the tests need the emitted bundle.
  config.module.rules[0].use.options.transpileOnly = true;
  if (entry) config.entry = { ...config.entry, taskpane: entry };
  if (plain) {
    // The preview's tests look at the pane, not at what it weighs: no minifying, no source maps.
    config.optimization = { ...config.optimization, minimize: false };
    config.devtool = false;
  }
  const stats = await new Promise((resolve, reject) => webpack(config, (error, result) => (error || !result ? reject(error || new Error("no stats")) : resolve(result))));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}

async function buildBoth(folder) {
  try {
    await webpackBuild(path.join(folder, "production"), { env: { OFFICE_JS_LOCAL: "1", ADDIN_PUBLIC_URL: PUBLIC_URL } });
    delete process.env.OFFICE_JS_LOCAL;
    await webpackBuild(path.join(folder, "preview"), { entry: PREVIEW_ENTRY, plain: true });
    fs.writeFileSync(path.join(folder, "done"), "");
  } catch (error) {
    fs.writeFileSync(path.join(folder, "failed"), String((error && error.stack) || error));
    process.exitCode = 1;
  }
}

/** Stops a build still running and removes the folder. */
function removeBuild(folder) {
  try {
    const pid = Number(fs.readFileSync(path.join(folder, "pid"), "utf8"));
    if (!fs.existsSync(path.join(folder, "done")) && !fs.existsSync(path.join(folder, "failed"))) process.kill(-pid);
  } catch {
    // not started, or already ended
  }
  fs.rmSync(folder, { recursive: true, force: true });
}

module.exports = { startBuild, runNeedsBundle, removeBuild, PUBLIC_URL };

if (require.main === module) buildBoth(path.resolve(process.argv[2]));
