/**
 * Reading a tracker through the Office.js host at real sizes — the seed plan's task texts, which
 * every unit sheet repeats by formula — against an emulated Excel that refuses answers over its
 * cap (lowered here so a 100-unit tracker crosses it, as 500 units cross Excel on the web's 5 MB).
 * Every entry must be read, no answer refused, including on unit sheets whose columns or rows a
 * user moved.
 */
import { buildTracker, readTrackerFrom } from "../../src/engine";
import { ExcelHost } from "../../src/hosts/excel";
import type { UnitTaskEntry } from "../../src/domain/tracker";
import type { IsoDate, Plan, Unit } from "../../src/domain/types";
import { createEmulatedExcel, type EmulatedExcel, type EmuSheet } from "../support/excel-emulator";
import { generatedPlan, generatedUnits } from "../support/generated-plan";
import { typeEntries, type SeedEntry } from "../support/seed-tracker";

const TODAY = "2020-03-01" as IsoDate;
const CAP = 512 * 1024;

function expectOk<T>(result: { ok: true; value: T } | { ok: false; problems: unknown[] }): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** Half the units report on a third of the tasks: statuses, dates, figures and notes. */
function entriesFor(plan: Plan, units: Unit[]): SeedEntry[] {
  const entries: SeedEntry[] = [];
  units.forEach((unit, i) => {
    if (i % 2 === 1) return;
    plan.tasks.forEach((task, j) => {
      if ((i + j) % 3 !== 0) return;
      entries.push(
        j % 2 === 0
          ? { unit: unit.code, task: task.code, status: "Hoàn thành", completedOn: "2020-02-10" as IsoDate, participants: 10 + j, total: 40, reportRef: `${j}-BC/ĐU` }
          : { unit: unit.code, task: task.code, status: "Đang thực hiện", note: `Đang triển khai đợt ${j}` },
      );
    });
  });
  return entries;
}

const key = (e: { unit: string; task: string; status: string | null; completedOn?: string | null; note?: string | null }) =>
  [e.unit, e.task, e.status, e.completedOn ?? null, e.note ?? null].join("|");

function readKeys(entries: readonly UnitTaskEntry[]): string[] {
  return entries.map(key).sort();
}

/** What a user does to a sheet in Excel: its cells move with the columns swapped or rows inserted. */
function remap(sheet: EmuSheet, to: (row: number, column: number) => [number, number]): void {
  const moved: typeof sheet.cells = new Map();
  for (const [cellKey, cell] of sheet.cells) {
    const [row, column] = to(Math.floor(cellKey / 16384) + 1, (cellKey % 16384) + 1);
    moved.set((row - 1) * 16384 + (column - 1), cell);
  }
  sheet.cells = moved;
}

describe("reading a tracker whose unit sheets repeat the seed texts, under the answer cap", () => {
  let excel: EmulatedExcel;
  let host: ExcelHost;
  let typed: SeedEntry[];
  let units: Unit[];
  let unitSheets: string[];

  beforeAll(async () => {
    excel = createEmulatedExcel({ payloadLimitBytes: CAP });
    host = new ExcelHost(excel.run, { requestBudgetBytes: Math.floor(CAP * 0.9), responseBudgetBytes: Math.floor(CAP * 0.9) });
    const plan = generatedPlan(60);
    units = generatedUnits(100);
    expectOk(await buildTracker(host, { plan, units, today: TODAY }));
    typed = entriesFor(plan, units);
    await typeEntries(host, typed);
    unitSheets = [...(await readTrackerFrom(host)).state!.sheets.values()];
  }, 120_000);
  afterAll(() => excel.dispose());

  it("would pass the cap if the unit sheets were read whole", async () => {
    const error = await excel
      .run(async (context) => {
        for (const name of unitSheets) context.workbook.worksheets.getItem(name).getUsedRange(true).load("values");
        await context.sync();
      })
      .then(
        () => null,
        (e: OfficeExtension.Error) => e.code,
      );
    expect(error).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("reads every entry, each answer under the cap, none refused", async () => {
    excel.resetStats();
    const syncsBefore = host.stats.syncs;
    const reading = await readTrackerFrom(host);
    const state = reading.state!;
    console.log(`100 units × 60 tasks under a ${CAP / 1024} KB cap: ${JSON.stringify(excel.stats)}`);
    expect(excel.stats.refusedResponses).toBe(0);
    expect(excel.stats.largestResponseBytes).toBeLessThanOrEqual(CAP);
    expect(excel.stats.largestRequestBytes).toBeLessThanOrEqual(CAP);
    expect(host.stats.syncs - syncsBefore).toBe(excel.stats.syncs);
    expect(readKeys(state.entries)).toEqual(typed.map(key).sort());
    expect(state.sheets.size).toBe(100);
    expect(reading.problems).toEqual([]);
  });

  it("reads again whole, in one more snapshot, the sheets where a user moved the text column or the header row", async () => {
    const first = excel.workbook.sheet(unitSheets[3]);
    const second = excel.workbook.sheet(unitSheets[5]);
    // Task text (B) and status (D) swapped on one sheet; two rows inserted above the title on another.
    remap(first, (row, column) => [row, column === 2 ? 4 : column === 4 ? 2 : column]);
    remap(second, (row, column) => [row + 2, column]);
    const snapshots: number[] = [];
    const counting = { snapshot: async (requests: Parameters<ExcelHost["snapshot"]>[0]) => (snapshots.push(requests.length), host.snapshot(requests)), apply: host.apply.bind(host) };
    excel.resetStats();
    const reading = await readTrackerFrom(counting);
    expect(snapshots).toHaveLength(3);
    expect(snapshots[2]).toBe(2);
    expect(excel.stats.refusedResponses).toBe(0);
    expect(readKeys(reading.state!.entries)).toEqual(typed.map(key).sort());
    expect(reading.problems.map((p) => p.key)).toEqual(expect.arrayContaining(["tracker.read.columnMoved"]));
  });
});
