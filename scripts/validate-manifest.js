#!/usr/bin/env node
/**
 * `npm run validate`: the manifest checked by our offline rules (scripts/manifest-rules.js),
 * then by Microsoft's online validator (`office-addin-manifest validate`) where it is reachable.
 * Offline, the online step is reported as skipped, not failed. Exit code 1 on any offline rule
 * failure or on a failure reported by the online service; 0 otherwise.
 *
 * Usage: node scripts/validate-manifest.js [manifest.xml] [--offline]
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { parseXml } = require("./manifest-xml");
const { rules } = require("./manifest-rules");

/** Runs every offline rule; a rule after a parse failure is skipped (nothing to check). */
function validateManifestText(text, manifestDir) {
  let root = null;
  let parseError = null;
  try {
    root = parseXml(text);
  } catch (error) {
    parseError = error.message;
  }
  const context = { root, text, manifestDir, parseError };
  return rules.map((rule) => {
    if (!root && rule.id !== "well-formed") return { id: rule.id, title: rule.title, status: "skipped", failures: [] };
    let failures;
    try {
      failures = rule.check(context);
    } catch (error) {
      failures = [`rule crashed: ${error.message}`];
    }
    return { id: rule.id, title: rule.title, status: failures.length ? "failed" : "passed", failures };
  });
}

/** Microsoft's validator is an online service; tell "unreachable" apart from "rejected". */
function validateOnline(manifestPath) {
  const bin = path.join(__dirname, "..", "node_modules", "office-addin-manifest", "cli.js");
  if (!fs.existsSync(bin)) return { status: "skipped", detail: "office-addin-manifest is not installed" };
  const run = spawnSync(process.execPath, [bin, "validate", manifestPath], { encoding: "utf8", timeout: 60000 });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}`.trim();
  if (run.error) return { status: "skipped", detail: run.error.message };
  if (/unable to contact|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT|getaddrinfo|network|fetch failed/i.test(output)) {
    return { status: "skipped", detail: "the validation service is unreachable (offline)" };
  }
  if (run.status === 0 && /manifest is valid/i.test(output)) return { status: "passed", detail: "" };
  return { status: "failed", detail: output };
}

function main(argv) {
  const offline = argv.includes("--offline");
  const file = argv.find((a) => !a.startsWith("--")) ?? "manifest.xml";
  const manifestPath = path.resolve(file);
  if (!fs.existsSync(manifestPath)) {
    console.error(`✗ ${file}: file not found`);
    return 1;
  }
  const results = validateManifestText(fs.readFileSync(manifestPath, "utf8"), path.dirname(manifestPath));
  console.log(`Offline rules for ${file}:`);
  for (const result of results) {
    const mark = result.status === "passed" ? "✓" : result.status === "skipped" ? "–" : "✗";
    console.log(`  ${mark} ${result.title}${result.status === "skipped" ? " (skipped)" : ""}`);
    for (const failure of result.failures) console.log(`      ${failure}`);
  }
  const offlineFailed = results.some((r) => r.status === "failed");

  let online = { status: "skipped", detail: "--offline" };
  if (!offline && !offlineFailed) online = validateOnline(manifestPath);
  else if (offlineFailed) online = { status: "skipped", detail: "offline rules failed" };
  const onlineMark = online.status === "passed" ? "✓" : online.status === "skipped" ? "–" : "✗";
  console.log(`Microsoft's online validator: ${onlineMark} ${online.status}${online.detail ? ` — ${online.status === "failed" ? "\n" : ""}${online.detail}` : ""}`);

  return offlineFailed || online.status === "failed" ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { validateManifestText, validateOnline };
