/**
 * Speed and request-size figures of building, rebuilding and checking the tracker, through the
 * Office.js host (Microsoft's client against the emulated Excel) and the xlsx host, for 10×5,
 * 100×30 and 500×60 units × tasks. Syncs ≤ 2 + ⌈request bytes ÷ cap⌉ (the "bound"
 * column); the Excel steps fail the run beyond 3 syncs or past the 5 MB cap, on a request or on
 * an answer.
 */
import ExcelJS from "exceljs";
import { performance } from "node:perf_hooks";
import type { IsoDate, Plan, Unit } from "../src/domain/types";
import { defaultReportSettings, periodRange, reportFigures, type Period } from "../src/domain/report";
import type { TrackerState } from "../src/domain/tracker";
import { buildTracker, checkDeadlines, createReport, readTrackerFrom } from "../src/engine";
import { reportSheet } from "../src/layout/report";
import { ExcelHost } from "../src/hosts/excel";
import { XlsxHost } from "../src/hosts/xlsx";
import { trackerBuildChange } from "../src/layout/tracker";
import { createEmulatedExcel, PAYLOAD_LIMIT_BYTES } from "../tests/support/excel-emulator";
import { generatedPlan, generatedUnits } from "../tests/support/generated-plan";
import { typeEntries, type SeedEntry } from "../tests/support/seed-tracker";
import { productionBundle } from "../tests/taskpane/support/shared-bundle";
import { initialSize } from "../scripts/bundle-size";
import { saveResults } from "./results";

const TODAY = "2020-03-01" as IsoDate;
const QUARTER: Period = { kind: "quarter", year: 2020, quarter: 1 };

/** Three units in five report something on half the tasks: done, some late, the rest in progress. */
function benchEntries(plan: Plan, units: Unit[]): SeedEntry[] {
  const entries: SeedEntry[] = [];
  units.forEach((unit, i) => {
    if (i % 5 >= 3) return;
    plan.tasks.forEach((task, j) => {
      if (j % 2 === 1) return;
      const done = (i + j) % 3 !== 0;
      entries.push(done
        ? { unit: unit.code, task: task.code, status: "Hoàn thành", completedOn: task.deadline ?? TODAY, participants: 20 + (i % 7), total: 30 }
        : { unit: unit.code, task: task.code, status: "Đang thực hiện" });
    });
  });
  return entries;
}
const SCENARIOS: Array<[units: number, tasks: number]> = [
  [10, 5],
  [100, 30],
  [500, 60],
];

interface Row {
  scenario: string;
  step: string;
  syncs: number;
  bound?: number;
  actions: number;
  largest: number;
  total: number;
  /** The largest answer Excel sent back in the step (loaded values). */
  largestResponse?: number;
  ms: number;
  fileBytes?: number;
  extra?: string;
}

const rows: Row[] = [];

/** bench/results.json: one record per scenario and step, for comparing runs. */
function writeResults(all: Row[]): void {
  const records = all.map((r) => ({
    scenario: r.scenario,
    step: r.step,
    syncs: r.syncs,
    actions: r.actions,
    largestRequestBytes: r.largest,
    totalRequestBytes: r.total,
    largestResponseBytes: r.largestResponse ?? 0,
    ms: Math.round(r.ms),
    fileBytes: r.fileBytes ?? null,
  }));
  saveResults(records);
}
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

function expectOk<T>(result: { ok: boolean } & ({ ok: true; value: T } | { ok: false; problems: unknown[] })): T {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** One step through the emulated Excel: counters zeroed before, read after. */
async function excelStep(scenario: string, step: string, emu: ReturnType<typeof createEmulatedExcel>, work: () => Promise<unknown>) {
  emu.resetStats();
  const [, ms] = await timed(work);
  const s = emu.stats;
  const bound = 2 + Math.ceil(s.totalRequestBytes / PAYLOAD_LIMIT_BYTES);
  rows.push({ scenario, step, syncs: s.syncs, bound, actions: s.actions, largest: s.largestRequestBytes, total: s.totalRequestBytes, largestResponse: s.largestResponseBytes, ms });
  expect(s.syncs).toBeLessThanOrEqual(3);
  expect(s.largestRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  // An answer over the cap is refused (and read again in halves): the estimates must avoid it.
  expect(s.refusedResponses).toBe(0);
  expect(s.largestResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
}

function grown(plan: Plan, units: Unit[]): { plan: Plan; units: Unit[] } {
  const extra = generatedPlan(plan.tasks.length + 1).tasks.slice(-1);
  return { plan: { ...plan, tasks: [...plan.tasks, ...extra] }, units: [...units, ...generatedUnits(units.length + 5).slice(-5)] };
}

interface SheetCells {
  name: string;
  rows: (string | number | boolean | null)[][];
}

/** Every sheet's cells as values and formulas ("=…"), from A1. */
async function sheetCells(file: Buffer): Promise<SheetCells[]> {
  const host = expectOk(await XlsxHost.fromBuffer(file, "so-theo-doi.xlsx"));
  const { sheets } = await host.snapshot([]);
  const { ranges } = await host.snapshot(sheets.map((sheet) => ({ sheet: sheet.name, formulas: true })));
  return ranges.map((range) => ({ name: range.request.sheet, rows: range.formulas ?? range.values }));
}

/** The same cells written by exceljs alone, without styles or anything else: what a plain write costs. */
async function plainWrite(sheets: SheetCells[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((values, i) => {
      const row = ws.getRow(i + 1);
      values.forEach((value, j) => {
        if (value === "" || value === null) return;
        row.getCell(j + 1).value = typeof value === "string" && value.startsWith("=") ? { formula: value.slice(1) } : value;
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The xlsx host: build and write, rebuild from the written file, and exceljs alone writing the
 * same cells. Each step keeps only the file bytes of the one before, so no workbook of an
 * earlier step is alive while the next is timed.
 */
async function xlsxSteps(scenario: string, plan: Plan, units: Unit[], next: { plan: Plan; units: Unit[] }): Promise<void> {
  const [buffer, xlsxMs] = await timed(async () => {
    const file = XlsxHost.create();
    expectOk(await buildTracker(file, { plan, units, today: TODAY }));
    return file.toBuffer();
  });
  rows.push({ scenario, step: "xlsx: build + write", syncs: 0, actions: 0, largest: 0, total: 0, ms: xlsxMs, fileBytes: buffer.length, extra: `file ${mb(buffer.length)}` });
  const [rebuilt, rebuildMs] = await timed(async () => {
    const opened = expectOk(await XlsxHost.fromBuffer(buffer, "so-theo-doi.xlsx"));
    expectOk(await buildTracker(opened, { ...next, today: TODAY }));
    return opened.toBuffer();
  });
  rows.push({ scenario, step: "xlsx: rebuild +1 task +5 units (open, merge, write)", syncs: 0, actions: 0, largest: 0, total: 0, ms: rebuildMs, fileBytes: rebuilt.length, extra: `file ${mb(rebuilt.length)}` });
  const cells = await sheetCells(buffer);
  const [plain, plainMs] = await timed(async () => plainWrite(cells));
  rows.push({
    scenario,
    step: "xlsx: plain exceljs write of the same cells, no styles",
    syncs: 0,
    actions: 0,
    largest: 0,
    total: 0,
    ms: plainMs,
    fileBytes: plain.length,
    extra: `file ${mb(plain.length)}; build + write takes ${(xlsxMs / plainMs).toFixed(2)}× this`,
  });
}

describe("benchmark", () => {
  afterAll(() => {
    const header = ["scenario", "step", "syncs", "bound", "actions", "largest request", "total sent", "largest response", "time", ""];
    const table = [
      header,
      ...rows.map((r) => [
        r.scenario,
        r.step,
        String(r.syncs),
        r.bound === undefined ? "" : String(r.bound),
        String(r.actions),
        mb(r.largest),
        mb(r.total),
        r.largestResponse === undefined ? "" : mb(r.largestResponse),
        `${r.ms.toFixed(0)} ms`,
        r.extra ?? "",
      ]),
    ];
    const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
    const text = table.map((row) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ")).join("\n");
    process.stdout.write(`\n${text}\n\n`);
    writeResults(rows);
  });

  it("task pane: first download", async () => {
    const size = initialSize(await productionBundle());
    const lazy = size.lazy.map((c) => `${c.file.replace(/\.[0-9a-f]{8}\.js$/, "")} ${(c.gzip / 1024).toFixed(1)} KB`).join(", ");
    const extra = `${(size.initial.gzip / 1024).toFixed(1)} KB gzipped (${(size.initial.bytes / 1024).toFixed(0)} KB raw); later: ${lazy}`;
    rows.push({ scenario: "pane", step: "initial JavaScript, gzipped", syncs: 0, actions: 0, largest: 0, total: 0, ms: 0, fileBytes: size.initial.gzip, extra });
    expect(size.initial.gzip).toBeLessThanOrEqual(size.budgetGzip);
  });

  for (const [unitCount, taskCount] of SCENARIOS) {
    const scenario = `${unitCount}×${taskCount}`;
    it(`${scenario} units × tasks`, async () => {
      const plan = generatedPlan(taskCount);
      const units = generatedUnits(unitCount);

      const [, engineMs] = await timed(async () => trackerBuildChange({ plan, units, existing: null, today: TODAY }));
      rows.push({ scenario, step: "engine: plan the build (pure)", syncs: 0, actions: 0, largest: 0, total: 0, ms: engineMs });

      const emu = createEmulatedExcel();
      const host = new ExcelHost(emu.run);
      await excelStep(scenario, "Excel: build", emu, async () => expectOk(await buildTracker(host, { plan, units, today: TODAY })));
      const next = grown(plan, units);
      await excelStep(scenario, "Excel: rebuild +1 task +5 units", emu, async () =>
        expectOk(await buildTracker(host, { ...next, today: TODAY })),
      );
      await excelStep(scenario, "Excel: rebuild, nothing new", emu, async () =>
        expectOk(await buildTracker(host, { ...next, today: TODAY })),
      );
      await excelStep(scenario, "Excel: check + tab colours", emu, async () => expectOk(await checkDeadlines(host, TODAY)));

      // What units reported by the end of the first quarter, then the quarter's report.
      await typeEntries(host, benchEntries(next.plan, next.units));
      const reading = await readTrackerFrom(host);
      const state = reading.state as TrackerState;
      const [figures, figuresMs] = await timed(async () => reportFigures(state, QUARTER, "calendar", periodRange(QUARTER, "calendar")));
      rows.push({ scenario, step: "engine: report figures (pure)", syncs: 0, actions: 0, largest: 0, total: 0, ms: figuresMs, extra: `${figures.totals.done} of ${figures.totals.applicable} done` });
      const [, layoutMs] = await timed(async () =>
        reportSheet({ sheetName: "BC", plan: state.plan, figures, settings: defaultReportSettings(state.plan), docNumber: "1-BC/ĐUK", reportDate: TODAY, previous: null }),
      );
      rows.push({ scenario, step: "engine: report sheet layout (pure)", syncs: 0, actions: 0, largest: 0, total: 0, ms: layoutMs });
      await excelStep(scenario, "Excel: report Q1 (new register)", emu, async () => expectOk(await createReport(host, { period: QUARTER, reportDate: TODAY, today: TODAY, replace: false })));
      expect(emu.stats.syncs).toBeLessThanOrEqual(3);
      emu.dispose();

      await xlsxSteps(scenario, plan, units, next);
    });
  }
});
