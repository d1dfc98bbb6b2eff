#!/usr/bin/env node
/**
 * `npm run stop`: stops the dev server `npm start` left running (by the pid it recorded) and,
 * on Windows/macOS, unregisters the sideloaded add-in with office-addin-debugging 6.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const PID_FILE = path.join(ROOT, "node_modules", ".cache", "plan-tracker", "dev-server.pid");

function stopServer() {
  if (!fs.existsSync(PID_FILE)) {
    console.log("[plan-tracker] no dev server recorded as running.");
    return;
  }
  const pid = Number(fs.readFileSync(PID_FILE, "utf8").trim());
  fs.rmSync(PID_FILE, { force: true });
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    // The server was started detached as a process group leader: end the group (webpack and its workers).
    if (process.platform === "win32") spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
    else process.kill(-pid, "SIGTERM");
    console.log(`[plan-tracker] dev server (pid ${pid}) stopped.`);
  } catch (error) {
    if (error.code === "ESRCH") console.log(`[plan-tracker] dev server (pid ${pid}) was not running.`);
    else throw error;
  }
}

function unregisterSideload() {
  if (process.platform !== "win32" && process.platform !== "darwin") return;
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  spawnSync(npx, ["--yes", "office-addin-debugging@6", "stop", "manifest.xml", "desktop"], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
}

stopServer();
unregisterSideload();
