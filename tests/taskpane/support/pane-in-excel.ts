/**
 * The production pane as a user meets it: served from a loopback port, opened at 320 px in
 * headless Chromium, with Microsoft's office.js talking to the emulated Excel that plays the given
 * ExcelApi set.
 */
import type { Browser, Page } from "playwright-core";
import { installEmulatedExcel } from "../../support/excel-emulator/office-page";
import { launchChromium } from "./chromium";
import { productionBundle } from "./shared-bundle";
import { serveFolder, type StaticServer } from "./static-server";

export interface PaneInExcel {
  page: Page;
  close(): Promise<void>;
}

export async function openPaneInExcel(apiVersion: string, options: { acceptDownloads?: boolean } = {}): Promise<PaneInExcel> {
  const server: StaticServer = await serveFolder(await productionBundle());
  const browser: Browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 320, height: 900 }, acceptDownloads: options.acceptDownloads });
  await installEmulatedExcel(page, { apiVersion });
  await page.goto(`${server.url}taskpane.html`);
  return {
    page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Moves to a step with the pane's step selector, as a keyboard or mouse user would. */
export const goToStep = (page: Page, step: string) => page.getByRole("combobox", { name: "Bước" }).selectOption(step);
