/**
 * Snapshots through the real office.js client against an emulated Excel that refuses answers over
 * its cap: skipped cells are left out in the same sync, reads are spread over as few syncs as
 * the estimates allow, and an answer Excel still refuses is read again in halves.
 */
import { ExcelHost } from "../../../src/hosts/excel";
import { answerEstimate, queuedEstimate, RESPONSE_BUDGET_BYTES } from "../../../src/hosts/excel/read-budget";
import type { ReadRequest, WorkbookSnapshot } from "../../../src/layout/workbook-host";
import { createEmulatedExcel, type EmulatedExcel, type SeedSheet } from "../../support/excel-emulator";

const longText = (i: number, length: number) => `${i}. ${"Quán triệt, tuyên truyền nghị quyết ".repeat(Math.ceil(length / 36))}`.slice(0, length);

/** A unit-sheet-like grid: a title block, a header on row 5, then `rows` rows whose column B holds a long text. */
function sheet(name: string, rows: number, textLength = 600): SeedSheet {
  const cells: Record<string, string | number> = { A1: `Sổ theo dõi ${name}`, A3: "Mã ĐV", B3: name, A5: "Mã NV", B5: "Nội dung nhiệm vụ", C5: "Trạng thái", D5: "Ghi chú" };
  for (let i = 1; i <= rows; i++) {
    const row = 5 + i;
    cells[`A${row}`] = `NV${String(i).padStart(2, "0")}`;
    cells[`B${row}`] = longText(i, textLength);
    if (i % 2 === 0) cells[`C${row}`] = "Hoàn thành";
    cells[`D${row}`] = i;
  }
  return { name, cells };
}

const skipText = { belowRow: 5, columns: [2] };

/** What a caller that knows the sheet's shape and texts expects (as the tracker's layout does). */
function expected(rows: number, withText: boolean): ReadRequest["expected"] {
  let textBytes = 150 + rows * 20;
  if (withText) for (let i = 1; i <= rows; i++) textBytes += Buffer.byteLength(longText(i, 600));
  return { cells: (5 + rows) * 4 - (withText ? 0 : rows), textBytes };
}

let excel: EmulatedExcel;
afterEach(() => excel.dispose());

function valuesOf(snapshot: WorkbookSnapshot): string {
  return JSON.stringify(snapshot.ranges.map((r) => [r.request.sheet, r.found, r.address, r.values]));
}

describe("ExcelHost.snapshot under the answer cap", () => {
  test("leaves the skipped cells out in the same sync, and reads the rest as a whole read does", async () => {
    excel = createEmulatedExcel();
    excel.workbook.seed([sheet("DV001", 60), sheet("DV002", 60)]);
    const host = new ExcelHost(excel.run);
    const whole = await host.snapshot([{ sheet: "DV001" }, { sheet: "DV002" }]);
    const wholeBytes = excel.stats.largestResponseBytes;
    excel.resetStats();
    const skipped = await host.snapshot([{ sheet: "DV001", skip: skipText }, { sheet: "DV002", skip: skipText }, { sheet: "Không có", skip: skipText }]);
    expect(excel.stats.syncs).toBe(1);
    expect(excel.stats.largestResponseBytes).toBeLessThan(wholeBytes / 5);
    const [one, two, missing] = skipped.ranges;
    expect(one.address).toBe(whole.ranges[0].address);
    expect(two.values).toHaveLength(65);
    // Rows down to the header whole; below it, column B blank and every other cell as read whole.
    expect(one.values.slice(0, 5)).toEqual(whole.ranges[0].values.slice(0, 5));
    one.values.slice(5).forEach((row, i) => {
      expect(row[1]).toBe("");
      expect([row[0], row[2], row[3]]).toEqual([whole.ranges[0].values[5 + i][0], whole.ranges[0].values[5 + i][2], whole.ranges[0].values[5 + i][3]]);
    });
    expect(missing.found).toBe(false);
  });

  test("reads an empty sheet with a skip as an empty sheet", async () => {
    excel = createEmulatedExcel();
    excel.workbook.seed([{ name: "Trống" }]);
    const snapshot = await new ExcelHost(excel.run).snapshot([{ sheet: "Trống", skip: skipText }]);
    expect(snapshot.ranges[0]).toMatchObject({ found: true, address: null, values: [] });
  });

  test("spreads reads whose answers would pass the cap over several syncs, none refused", async () => {
    const cap = 256 * 1024;
    excel = createEmulatedExcel({ payloadLimitBytes: cap });
    const names = Array.from({ length: 12 }, (_, i) => `DV${String(i + 1).padStart(3, "0")}`);
    excel.workbook.seed(names.map((n) => sheet(n, 60)));
    const host = new ExcelHost(excel.run, { requestBudgetBytes: Math.floor(cap * 0.9), responseBudgetBytes: Math.floor(cap * 0.9) });
    const snapshot = await host.snapshot(names.map((n) => ({ sheet: n, expected: expected(60, true) })));
    console.log(`12 sheets × 60 rows of 600 characters under a 256 KB cap: ${JSON.stringify(excel.stats)}`);
    expect(excel.stats.refusedResponses).toBe(0);
    expect(excel.stats.syncs).toBeGreaterThan(1);
    expect(excel.stats.largestResponseBytes).toBeLessThanOrEqual(cap);
    expect(host.stats.syncs).toBe(excel.stats.syncs);
    const reference = createEmulatedExcel();
    try {
      reference.workbook.seed(names.map((n) => sheet(n, 60)));
      expect(valuesOf(snapshot)).toBe(valuesOf(await new ExcelHost(reference.run).snapshot(names.map((n) => ({ sheet: n })))));
    } finally {
      reference.dispose();
    }
    expect(snapshot.sheets.map((s) => s.name)).toEqual(names);
  });

  test("reads again in halves what Excel refuses (reads without an estimate), and every cell arrives", async () => {
    const cap = 128 * 1024;
    excel = createEmulatedExcel({ payloadLimitBytes: cap });
    const names = Array.from({ length: 6 }, (_, i) => `S${i + 1}`);
    excel.workbook.seed(names.map((n) => sheet(n, 60)));
    const snapshot = await new ExcelHost(excel.run).snapshot(names.map((n) => ({ sheet: n })));
    expect(excel.stats.refusedResponses).toBeGreaterThan(0);
    expect(snapshot.ranges.every((r) => r.found && r.values.length === 65)).toBe(true);
    expect(snapshot.ranges[5].values[64][1]).toMatch(/^60\. Quán triệt/);
  });

  test("reads one sheet too large for one answer in bands of rows, skipped cells still left out", async () => {
    const cap = 64 * 1024;
    excel = createEmulatedExcel({ payloadLimitBytes: cap });
    excel.workbook.seed([sheet("Lớn", 400, 400)]);
    const host = new ExcelHost(excel.run);
    const whole = await host.snapshot([{ sheet: "Lớn" }]);
    expect(whole.ranges[0].values).toHaveLength(405);
    expect(whole.ranges[0].values[404][1]).toMatch(/^400\. /);
    expect(whole.ranges[0].values[404][3]).toBe(400);
    expect(excel.stats.largestResponseBytes).toBeLessThanOrEqual(cap);
    const skipped = await host.snapshot([{ sheet: "Lớn", formulas: true, skip: skipText }]);
    expect(skipped.ranges[0].values[404]).toEqual(["NV400", "", "Hoàn thành", 400]);
    expect(skipped.ranges[0].formulas?.[404]).toEqual(["NV400", "", "Hoàn thành", 400]);
  });

  test("estimates a unit-sheet-like read, its request and its answer, within a third of what is sent", async () => {
    excel = createEmulatedExcel();
    const names = Array.from({ length: 20 }, (_, i) => `DV${String(i + 1).padStart(3, "0")}`);
    excel.workbook.seed(names.map((n) => sheet(n, 60)));
    const host = new ExcelHost(excel.run);
    for (const withText of [true, false]) {
      const requests: ReadRequest[] = names.map((n) => ({ sheet: n, expected: expected(60, withText), ...(withText ? {} : { skip: skipText }) }));
      excel.resetStats();
      await host.snapshot(requests);
      const estimate = requests.reduce((sum, r) => sum + answerEstimate(r), 0);
      const ratio = estimate / excel.stats.largestResponseBytes;
      const queued = requests.reduce((sum, r) => sum + queuedEstimate(r), 0);
      const sentRatio = queued / excel.stats.largestRequestBytes;
      console.log(
        `${withText ? "whole" : "without the text"}: answer estimate ${estimate} B, answered ${excel.stats.largestResponseBytes} B, ratio ${ratio.toFixed(2)}; ` +
          `request estimate ${queued} B, sent ${excel.stats.largestRequestBytes} B, ratio ${sentRatio.toFixed(2)}`,
      );
      expect(ratio).toBeGreaterThan(0.75);
      expect(ratio).toBeLessThan(1.33);
      expect(sentRatio).toBeGreaterThan(0.75);
      expect(sentRatio).toBeLessThan(1.33);
    }
    expect(RESPONSE_BUDGET_BYTES).toBeLessThan(5 * 1024 * 1024);
  });
});
