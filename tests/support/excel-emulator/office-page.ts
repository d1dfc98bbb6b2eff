/**
 * Playwright helpers for pages that load office.js against the emulated Excel (way 1): serve
 * Microsoft's CDN files from the pinned npm package and inject the host bridge before any script.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { buildBridgeScript } from "./build-bridge";
import type { BridgeOptions } from "./browser-bridge";

/** Where add-ins load office.js from; the loader fetches excel-*.js and strings from the same folder. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

const DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

export { launchChromium } from "../../taskpane/support/chromium";

/** Answers every request for the CDN folder from the package's dist/ (404 for what it lacks). */
export async function serveOfficeFromPackage(page: Page): Promise<void> {
  await page.route(`${OFFICE_CDN}**`, async (route) => {
    const relative = decodeURIComponent(new URL(route.request().url()).pathname.replace("/lib/1/hosted/", ""));
    const file = path.normalize(path.join(DIST, relative));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return route.fulfill({ status: 404, body: "" });
    await route.fulfill({ status: 200, contentType: "application/javascript", body: fs.readFileSync(file) });
  });
}

/** Injects the host bridge so it exists before office.js runs on every page of `page`. */
export async function installEmulatedExcel(page: Page, options: BridgeOptions = {}): Promise<void> {
  await page.addInitScript({ content: `window.__excelEmulatorOptions = ${JSON.stringify(options)};` });
  await page.addInitScript({ content: await buildBridgeScript() });
  await serveOfficeFromPackage(page);
}
