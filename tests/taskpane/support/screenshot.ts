/**
 * Pictures of the pane for people to look at, in test-artifacts/<folder>/. Taken when
 * PLAN_TRACKER_SCREENSHOTS is set (`npm run test:e2e` sets it): encoding full-page PNGs is a good
 * part of what the browser tests cost, and no test reads them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";

const ARTIFACTS = path.join(__dirname, "..", "..", "..", "test-artifacts");

export async function screenshot(page: Page, folder: string, name: string): Promise<void> {
  if (!process.env.PLAN_TRACKER_SCREENSHOTS) return;
  fs.mkdirSync(path.join(ARTIFACTS, folder), { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, folder, `${name}.png`), fullPage: true });
}
