/**
 * The add-in in the Excel versions offices run: volume-licensed Office 2019 stops at ExcelApi 1.7.
 * The emulated Excel plays the version (members newer than it fail with ApiNotFound, as in real
 * Excel), and a build, a rebuild, a deadline check and a report must succeed there with every
 * entry intact, naming what was left out; from ExcelApi 1.9 nothing is.
 */
import { buildTracker, checkDeadlines, createReport } from "../../../src/engine";
import { type ApiFeature, ExcelHost } from "../../../src/hosts/excel";
import type { IsoDate } from "../../../src/domain/types";
import { formatProblem } from "../../../src/i18n";
import { createExcelPaneEngine } from "../../../src/taskpane/excel-pane-engine";
import { createEmulatedExcel, type EmulatedExcel } from "../../support/excel-emulator";
import { seedEntries, seedPlan, seedUnits, typeEntries } from "../../support/seed-tracker";

const TODAY = "2019-12-05" as IsoDate;
const AS_OF = "2019-12-23" as IsoDate;
const REPORT = { period: { kind: "quarter", year: 2019, quarter: 4 } as const, reportDate: "2020-01-06" as IsoDate, today: "2020-01-06" as IsoDate, replace: false };

function expectOk<T>(result: { ok: true; value: T } | { ok: false; problems: unknown[] }): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

interface Run {
  excel: EmulatedExcel;
  /** What each step left out, in order: build, entries, rebuild, check, report. */
  degraded: Record<string, ApiFeature[]>;
  /** Every sheet's cells (value and formula) after the rebuild. */
  cellsAfterRebuild: string;
  checkRows: string;
  figures: string;
  /** Whether every status typed is still in its cell after the rebuild. */
  entriesKept: boolean;
}

/** The whole round through the Office.js host in an emulated Excel of `apiVersion`. */
async function officeRound(apiVersion: string): Promise<Run> {
  const excel = createEmulatedExcel({ apiVersion });
  const host = new ExcelHost(excel.run);
  const degraded: Record<string, ApiFeature[]> = {};
  const step = async (name: string, action: () => Promise<unknown>) => {
    await action();
    degraded[name] = host.takeDegraded().sort();
  };
  await step("build", async () => expectOk(await buildTracker(host, { plan: seedPlan(), units: seedUnits(), today: TODAY })));
  await step("entries", () => typeEntries(host, seedEntries()));
  const statusCells = () => JSON.stringify(excel.workbook.sheets.filter((s) => s.name.startsWith("So_") || /^DV\d/.test(s.name)).map((s) => [...s.cells.values()].map((c) => c.value)));
  const typed = statusCells();
  await step("rebuild", async () => expectOk(await buildTracker(host, { plan: seedPlan(), units: seedUnits(), today: AS_OF })));
  const entriesKept = statusCells() === typed;
  const cellsAfterRebuild = JSON.stringify(
    excel.workbook.sheets.map((s) => [s.name, [...s.cells].map(([k, c]) => [k, c.value, c.formula])]),
  );
  let checkRows = "";
  await step("check", async () => {
    const check = expectOk(await checkDeadlines(host, AS_OF));
    checkRows = JSON.stringify(check.rows.map((r) => [r.unit, r.task, r.result, r.days]));
  });
  let figures = "";
  await step("report", async () => {
    figures = JSON.stringify(expectOk(await createReport(host, REPORT)).figures.headline);
  });
  return { excel, degraded, cellsAfterRebuild, checkRows, figures, entriesKept };
}

describe("the tracker in older Excel", () => {
  let full: Run;
  let excel2019: Run;
  beforeAll(async () => {
    full = await officeRound("1.17");
    excel2019 = await officeRound("1.7");
  }, 120_000);
  afterAll(() => {
    full.excel.dispose();
    excel2019.excel.dispose();
  });

  it("at ExcelApi 1.7 builds, rebuilds, checks and reports as newer Excel does, entries intact", () => {
    expect(excel2019.cellsAfterRebuild).toEqual(full.cellsAfterRebuild);
    expect(excel2019.checkRows).toEqual(full.checkRows);
    expect(excel2019.figures).toEqual(full.figures);
    // The entries typed survive the rebuild (they are among the cells compared above).
    expect(excel2019.entriesKept).toBe(true);
  });

  it("at ExcelApi 1.7 names what it left out: drop-down lists, and page setup", () => {
    expect(excel2019.degraded).toEqual({
      build: ["dataValidation", "printLayout"],
      entries: [],
      // A rebuild keeps the lists and page setup it made, so on a tracker built here there is nothing to leave out.
      rebuild: [],
      check: [],
      report: ["dataValidation", "printLayout"],
    });
    const sheets = excel2019.excel.workbook.sheets;
    expect(sheets.flatMap((s) => s.validations)).toEqual([]);
    // The deadline colours and formulas are ExcelApi 1.6 and older: all there.
    expect(sheets.flatMap((s) => s.conditionalFormats).length).toBe(full.excel.workbook.sheets.flatMap((s) => s.conditionalFormats).length);
  });

  it("from ExcelApi 1.9 leaves nothing out", () => {
    expect(Object.values(full.degraded).flat()).toEqual([]);
    expect(full.excel.workbook.sheets.flatMap((s) => s.validations).length).toBeGreaterThan(0);
  });
});

it("at ExcelApi 1.8 only page setup (ExcelApi 1.9) is left out", async () => {
  const run = await officeRound("1.8");
  try {
    expect(run.degraded).toEqual({ build: ["printLayout"], entries: [], rebuild: [], check: [], report: ["printLayout"] });
  } finally {
    run.excel.dispose();
  }
}, 120_000);

describe("the pane in Excel at ExcelApi 1.7", () => {
  it("makes the report with a short note on what it left out, and hands it on as a download", async () => {
    const excel = createEmulatedExcel({ apiVersion: "1.7" });
    const downloads: string[] = [];
    const engine = createExcelPaneEngine(excel.run, { download: (name) => downloads.push(name), openLink: () => undefined });
    try {
      const host = new ExcelHost(excel.run);
      expectOk(await buildTracker(host, { plan: seedPlan(), units: seedUnits(), today: TODAY }));
      await typeEntries(host, seedEntries());
      const checked = await engine.checkDeadlines(AS_OF);
      expect(checked.ok && checked.warnings.filter((w) => w.key.startsWith("excelHost.degraded"))).toEqual([]);

      const report = await engine.createReport({ period: REPORT.period, reportDate: REPORT.reportDate, number: 1, replace: false });
      const made = expectOk(report);
      const notes = report.ok ? report.warnings.filter((w) => w.key.startsWith("excelHost.degraded")) : [];
      expect(notes.map((n) => formatProblem(n, "vi"))).toEqual([
        "Excel này (ExcelApi 1.7) không hỗ trợ danh sách chọn và kiểm tra dữ liệu nhập (như ô trạng thái); công thức kiểm tra hạn vẫn hoạt động.",
        "Excel này (ExcelApi 1.7) không hỗ trợ thiết lập trang in; trang tính in theo mặc định của Excel, nội dung vẫn đầy đủ.",
      ]);
      expect(formatProblem(notes[0], "en")).toMatch(/^This Excel \(ExcelApi 1\.7\) has no drop-down lists/);

      const handed = await engine.handOffReport(made.record.periodCode);
      expect(handed.ok).toBe(true);
      if (!handed.ok) return;
      expect(handed.value.opened).toBe(false);
      expect(downloads).toEqual([made.fileName]);
      expect(excel.workbook.createdWorkbooks).toEqual([]);
      expect(handed.warnings.map((w) => w.key)).toContain("excelHost.degraded.newWorkbook");
    } finally {
      excel.dispose();
    }
  }, 120_000);
});

describe("the emulated Excel plays its version", () => {
  it("refuses a member newer than its ExcelApi sets as real Excel does (ApiNotFound)", async () => {
    const excel = createEmulatedExcel({ apiVersion: "1.7" });
    try {
      await excel.run(async (context) => {
        context.workbook.worksheets.add("A");
        await context.sync();
      });
      const refused = excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("A").getRange("A1");
        range.dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
        await context.sync();
      });
      await expect(refused).rejects.toMatchObject({ code: "ApiNotFound" });
      await expect(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem("A").pageLayout.orientation = "Landscape";
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "ApiNotFound" });
      // 1.7 members work.
      await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("A");
        sheet.tabColor = "#FF0000";
        sheet.freezePanes.freezeRows(1);
        sheet.copy("End").name = "B";
        await context.sync();
      });
      expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "A", "B"]);
    } finally {
      excel.dispose();
    }
  });

  it("has every member at ExcelApi 1.9", async () => {
    const excel = createEmulatedExcel({ apiVersion: "1.9" });
    try {
      await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add("A");
        sheet.getRange("A1").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
        sheet.pageLayout.orientation = "Landscape";
        await context.sync();
      });
      expect(excel.workbook.findSheet("A")?.validations).toHaveLength(1);
    } finally {
      excel.dispose();
    }
  });
});
