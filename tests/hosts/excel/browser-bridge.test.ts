/**
 * Way 1 end to end: a static page loads office.js from the (routed) CDN URL in headless Chromium,
 * Microsoft's loader finds the emulated Excel through window.external, Office.onReady resolves as
 * in Excel for Windows, and an Excel.run writes and reads a range in the emulated workbook.
 */
import type { Browser } from "playwright-core";
import { installEmulatedExcel, launchChromium, OFFICE_CDN } from "../../support/excel-emulator/office-page";

const PAGE_URL = "https://addin.test/taskpane.html";
const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><script src="${OFFICE_CDN}office.js"></script></head>
<body><script>
  window.result = Office.onReady().then(async (info) => {
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.values = [["Đơn vị", "'=HYPERLINK(1)"], [1, "=A2*2"]];
      range.load("values,formulas,address");
      await context.sync();
      return { values: range.values, formulas: range.formulas, address: range.address };
    });
    return { info, read, v19: Office.context.requirements.isSetSupported("ExcelApi", "1.9"), v99: Office.context.requirements.isSetSupported("ExcelApi", "1.99") };
  }).catch((e) => ({ error: String(e && (e.code || e.message) || e) }));
</script></body></html>`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

test("office.js in Chromium starts against the emulated Excel and runs a batch", async () => {
  const page = await browser.newPage();
  try {
    await installEmulatedExcel(page);
    await page.route(PAGE_URL, (route) => route.fulfill({ status: 200, contentType: "text/html", body: PAGE }));
    // Anything else (telemetry, fonts) must not leave the machine.
    await page.route((url) => !url.href.startsWith(OFFICE_CDN) && url.href !== PAGE_URL, (route) => route.abort());
    await page.goto(PAGE_URL);
    const result = await page.evaluate(() => (window as unknown as { result: Promise<unknown> }).result);
    expect(result).toMatchObject({
      info: { host: "Excel", platform: "PC" },
      read: { values: [["Đơn vị", "=HYPERLINK(1)"], [1, ""]], formulas: [["Đơn vị", "=HYPERLINK(1)"], [1, "=A2*2"]], address: "Sheet1!A1:B2" },
      v19: true,
      v99: false,
    });
    const model = await page.evaluate(() => {
      const emulator = (window as unknown as { __excelEmulator: { workbook: { cell(s: string, a: string): unknown }; stats: { syncs: number } } }).__excelEmulator;
      return { b1: emulator.workbook.cell("Sheet1", "B1"), syncs: emulator.stats.syncs };
    });
    expect(model.b1).toMatchObject({ value: "=HYPERLINK(1)", formula: null });
    expect(model.syncs).toBeGreaterThanOrEqual(1);
  } finally {
    await page.close();
  }
});
