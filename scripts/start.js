#!/usr/bin/env node
/**
 * `npm start`: serves the task pane from https://localhost:3000 (webpack-dev-server, in the
 * background, pid in node_modules/.cache/plan-tracker/) and then
 *  - on Windows and macOS, where Excel is installed, sideloads manifest.xml into Excel desktop
 *    with office-addin-debugging 6 (fetched by npx: it is not a dependency, because version 7
 *    pulls a native keytar build that breaks `npm ci` on bare Linux machines);
 *  - elsewhere (Linux), prints how to sideload the manifest into Excel on the web.
 * `npm run stop` stops the server (and, on Windows/macOS, unregisters the sideloaded add-in).
 */
const fs = require("fs");
const https = require("https");
const os = require("os");
const path = require("path");
const { spawn, spawnSync } = require("child_process");
const { setTimeout } = require("timers");
const { readCatalogSection, fill } = require("./catalog-section");

const ROOT = path.join(__dirname, "..");
const STATE_DIR = path.join(ROOT, "node_modules", ".cache", "plan-tracker");
const PID_FILE = path.join(STATE_DIR, "dev-server.pid");
const LOG_FILE = path.join(STATE_DIR, "dev-server.log");
const URL_TO_CHECK = "https://localhost:3000/taskpane.html";
const STARTUP_TIMEOUT_MS = 180000;

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function runningServerPid() {
  if (!fs.existsSync(PID_FILE)) return null;
  const pid = Number(fs.readFileSync(PID_FILE, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 && isRunning(pid) ? pid : null;
}

function startDevServer() {
  fs.mkdirSync(STATE_DIR, { recursive: true });
  const log = fs.openSync(LOG_FILE, "w");
  const webpackCli = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  // Detached with its own process group, so `npm run stop` can end it and everything it spawned.
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
  });
  child.unref();
  fs.writeFileSync(PID_FILE, String(child.pid));
  return child.pid;
}

/** Polls the pane's URL until the server answers (any certificate: it may be self-signed). */
function waitForServer(pid) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (!isRunning(pid)) return reject(new Error(`the dev server exited; see ${path.relative(ROOT, LOG_FILE)}`));
      const request = https.get(URL_TO_CHECK, { rejectUnauthorized: false, timeout: 5000 }, (response) => {
        response.resume();
        if (response.statusCode === 200) resolve();
        else retry();
      });
      request.on("error", retry);
      request.on("timeout", () => request.destroy());
    };
    const retry = () => {
      if (Date.now() - started > STARTUP_TIMEOUT_MS) reject(new Error(`no answer from ${URL_TO_CHECK} after ${STARTUP_TIMEOUT_MS / 1000} s; see ${path.relative(ROOT, LOG_FILE)}`));
      else setTimeout(attempt, 1000);
    };
    attempt();
  });
}

function sideloadIntoDesktopExcel() {
  // Excel desktop exists only on Windows and macOS; office-addin-debugging registers the
  // manifest and opens Excel with the add-in. The dev server is already up on port 3000.
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const result = spawnSync(npx, ["--yes", "office-addin-debugging@6", "start", "manifest.xml", "desktop", "--dev-server-port", "3000", "--no-debug"], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  return result.status === 0;
}

async function main() {
  const messages = readCatalogSection("taskpane.ts", "taskpaneMessages");
  const say = (key, params) => {
    console.log(fill(messages[key].vi, params));
    console.log(`  ${fill(messages[key].en, params)}`);
  };

  let pid = runningServerPid();
  if (!pid) {
    pid = startDevServer();
    console.log(`[plan-tracker] webpack-dev-server (pid ${pid}) …`);
    await waitForServer(pid);
  }
  say("addin.start.serving", { url: URL_TO_CHECK });

  const desktop = process.platform === "win32" || process.platform === "darwin";
  if (desktop && !process.env.PLAN_TRACKER_NO_SIDELOAD) {
    if (sideloadIntoDesktopExcel()) return 0;
    console.warn("[plan-tracker] office-addin-debugging could not sideload the add-in; sideload manifest.xml by hand:");
  }
  say("addin.start.sideloadWeb", { manifest: path.join(ROOT, "manifest.xml") });
  say("addin.start.trustCertificate", { url: URL_TO_CHECK, ca: path.join(os.homedir(), ".office-addin-dev-certs", "ca.crt") });
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`[plan-tracker] ${error.message}`);
    process.exitCode = 1;
  },
);
