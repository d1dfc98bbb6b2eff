/**
 * Bundles browser-bridge.ts (with the request processor and workbook model) into one plain
 * script for `page.addInitScript`, with esbuild (the project's minifier of lazy chunks): a
 * fraction of a second, where webpack took seconds for each browser test file.
 */
import * as path from "path";
import { build } from "esbuild";

let cached: Promise<string> | null = null;

export function buildBridgeScript(): Promise<string> {
  cached ??= bundle();
  return cached;
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, "browser-bridge.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}
