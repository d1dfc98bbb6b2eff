/**
 * The periodic report through the Office.js host: Microsoft's office.js client against the
 * emulated Excel, the seed tracker of 42 units. The same sheet as the file host writes, in three
 * round trips; page setup (page numbers from page 2, page breaks) where ExcelApi 1.9 has it.
 */
import { buildTracker, createReport, previewReport } from "../../src/engine";
import { ExcelHost } from "../../src/hosts/excel";
import type { IsoDate } from "../../src/domain/types";
import { createEmulatedExcel, type EmulatedExcel } from "../support/excel-emulator";
import { seedEntries, seedPlan, seedUnits, typeEntries } from "../support/seed-tracker";

function expectOk<T>(result: { ok: true; value: T } | { ok: false; problems: unknown[] }): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

async function seededExcel(apiVersion?: string): Promise<{ excel: EmulatedExcel; host: ExcelHost }> {
  const excel = createEmulatedExcel(apiVersion ? { apiVersion } : {});
  const host = new ExcelHost(excel.run);
  expectOk(await buildTracker(host, { plan: seedPlan(), units: seedUnits(), today: "2019-12-05" as IsoDate }));
  await typeEntries(host, seedEntries());
  return { excel, host };
}

const request = { period: { kind: "quarter", year: 2019, quarter: 4 } as const, reportDate: "2020-01-06" as IsoDate, today: "2020-01-06" as IsoDate, replace: false };

describe("the report in Excel", () => {
  let excel: EmulatedExcel;
  let host: ExcelHost;
  beforeAll(async () => {
    ({ excel, host } = await seededExcel());
  });
  afterAll(() => excel.dispose());

  it("previews the figures in two round trips and writes nothing", async () => {
    excel.resetStats();
    const preview = expectOk(await previewReport(host, { period: request.period }));
    expect(excel.stats.syncs).toBe(2);
    expect(preview.figures.headline).toEqual({ units: 42, reportedUnits: 33, applicable: 218, done: 34, doneOnTime: 28, overdue: 16 });
    expect(preview.suggestedNumber).toBe(1);
    expect(excel.workbook.findSheet("BC quý IV-2019")).toBeUndefined();
  });

  it("makes the report sheet and the register in three round trips, values only", async () => {
    excel.resetStats();
    const made = expectOk(await createReport(host, request));
    expect(excel.stats.syncs).toBe(3);
    const sheet = excel.workbook.findSheet("BC quý IV-2019")!;
    expect(sheet).toBeDefined();
    expect(excel.workbook.getCell(sheet, 1, 5)?.value).toBe("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(excel.workbook.getCell(sheet, 4, 1)?.value).toBe("Số 1-BC/ĐUK");
    // Nothing on the sheet is a formula: a report sent never changes.
    for (const [, cell] of sheet.cells) expect(String(cell.formula ?? "")).not.toMatch(/^=/);
    // Page setup: A4 portrait, page numbers from page 2, the layout's own page breaks.
    expect(sheet.pageLayout.paperSize).toBe("A4");
    expect(sheet.pageLayout.headersFooters.state).toBe("FirstAndDefault");
    expect(sheet.pageLayout.headersFooters.pages.defaultForAllPages.centerHeader).toBe("&P");
    expect([...sheet.pageLayout.rowBreaks].sort((a, b) => a - b)).toEqual(made.sheet.print?.pageBreaks);
    const register = excel.workbook.findSheet("Sổ báo cáo")!;
    expect(register).toBeDefined();
    const names = excel.workbook.sheets.map((s) => s.name);
    expect(names.slice(0, 5)).toEqual(["Kế hoạch", "Đơn vị", "Tổng quan", "Sổ báo cáo", "BC quý IV-2019"]);
  });

  it("refuses to make the period again without the user's word, and replaces it with it", async () => {
    const refused = await createReport(host, request);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems[0].key).toBe("report.exists");
    excel.resetStats();
    const again = expectOk(await createReport(host, { ...request, replace: true }));
    expect(excel.stats.syncs).toBe(3);
    expect(again.replaced).toBe(true);
    expect(again.record.docNumber).toBe("1-BC/ĐUK");
    expect(excel.workbook.sheets.filter((s) => s.name.startsWith("BC "))).toHaveLength(1);
  });
});

it("in retail Excel 2019 (ExcelApi 1.8) the report is made without print setup", async () => {
  const { excel, host } = await seededExcel("1.8");
  try {
    expectOk(await createReport(host, request));
    const sheet = excel.workbook.findSheet("BC quý IV-2019")!;
    expect(sheet.pageLayout.rowBreaks).toEqual([]);
    expect(excel.workbook.getCell(sheet, 6, 1)?.value).toBe("BÁO CÁO");
  } finally {
    excel.dispose();
  }
});
