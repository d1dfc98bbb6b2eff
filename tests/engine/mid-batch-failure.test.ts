/**
 * Excel batches are not transactions: an action Excel refuses midway through a sync leaves the
 * actions before it applied and the rest not. For each engine step that writes (a rebuild that
 * adds a task and a unit, a first build over filled-in Kế hoạch and Đơn vị sheets, a deadline
 * check that paints tabs, a report), write actions are refused one at a time through the emulated
 * Excel (every one, or past MAX_CASES a sample that tries each kind of write: casesOf); then the
 * step must fail with a problem rather than throw, every entry a user typed must
 * still hold its value, and the same step run again must leave the workbook as a run without any
 * failure leaves it.
 *
 * @slow
 */
import type { Result } from "../../src/domain/result";
import type { IsoDate, Plan, TaskCode, Unit, UnitCode } from "../../src/domain/types";
import { buildTracker, checkDeadlines, createReport, readTrackerFrom, readWorkbookInputs, saveUnits, savePlan } from "../../src/engine";
import { ExcelHost } from "../../src/hosts/excel";
import { createEmulatedExcel, type EmulatedExcel, type SavedWorkbook } from "../support/excel-emulator";
import { generatedPlan, generatedUnits } from "../support/generated-plan";
import type { SeedEntry } from "../support/seed-tracker";
import { typeEntries } from "../support/seed-tracker";
import { propertyRuns } from "../support/property-runs";

const TODAY = "2020-01-10" as IsoDate;
const AS_OF = "2020-03-01" as IsoDate;
/** Beyond this many write actions a step's failures are sampled (see casesOf). */
const MAX_CASES = propertyRuns(60, 12);
/** Writes that change how cells look, not what the workbook holds. */
const FORMATTING = /^(RangeFont|RangeFill|RangeFormat|RangeBorder|FormatProtection|Conditional|PageLayout|HeaderFooter)|\.set (numberFormat|tabColor)$/;

function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

function planOf(taskCount: number): Plan {
  return generatedPlan(taskCount);
}

/** Entries on every unit sheet: a status on each task, dates, figures and notes on some. */
function entriesFor(plan: Plan, units: readonly Unit[]): SeedEntry[] {
  const entries: SeedEntry[] = [];
  units.forEach((unit, u) => {
    plan.tasks.forEach((task, t) => {
      const k = u + t;
      if (k % 3 === 0) entries.push({ unit: unit.code, task: task.code, status: "Hoàn thành", completedOn: `2020-01-${String(10 + t).padStart(2, "0")}` as IsoDate, participants: 10 + k, total: 20 + k, note: `ghi chú ${u}-${t}` });
      else if (k % 3 === 1) entries.push({ unit: unit.code, task: task.code, status: "Đang thực hiện", form: "Hội nghị" });
      else entries.push({ unit: unit.code, task: task.code, status: "Không áp dụng", reportRef: `${u}-BC/${t}` });
    });
  });
  return entries;
}

interface TypedCell {
  sheet: string;
  task: TaskCode;
  column: number;
  value: unknown;
}

/** Where each typed entry sits now, read from the workbook itself: sheet, task code, column, value. */
async function typedCells(excel: EmulatedExcel, host: ExcelHost, entries: readonly SeedEntry[]): Promise<TypedCell[]> {
  const { state } = await readTrackerFrom(host);
  if (!state) throw new Error("not a tracker");
  const cells: TypedCell[] = [];
  const keys = ["status", "completedOn", "measure:participants", "measure:total", "measure:form", "reportRef", "note"];
  for (const entry of entries) {
    const positions = state.positions.unitSheets.get(entry.unit);
    if (!positions) throw new Error(`no sheet for ${entry.unit}`);
    const sheet = excel.workbook.sheet(positions.sheet);
    const row = positions.taskRows.get(entry.task) as number;
    for (const key of keys) {
      const column = positions.columns.get(key);
      if (column === undefined) continue;
      const value = excel.workbook.getCell(sheet, row, column)?.value;
      if (value !== undefined && value !== "") cells.push({ sheet: positions.sheet, task: entry.task, column, value });
    }
  }
  return cells;
}

/** The typed values still there: found by sheet name and by task code in column A. */
function missingEntries(excel: EmulatedExcel, cells: readonly TypedCell[]): string[] {
  const missing: string[] = [];
  for (const c of cells) {
    const sheet = excel.workbook.findSheet(c.sheet);
    if (!sheet) {
      missing.push(`${c.sheet} gone`);
      continue;
    }
    let row = 0;
    for (let r = 1; r <= 400 && row === 0; r++) if (excel.workbook.getCell(sheet, r, 1)?.value === c.task) row = r;
    const now = row === 0 ? undefined : excel.workbook.getCell(sheet, row, c.column)?.value;
    if (now !== c.value) missing.push(`${c.sheet} ${c.task} column ${c.column}: ${String(now)} ≠ ${String(c.value)}`);
  }
  return missing;
}

/**
 * What the workbook holds, in a form two runs can be compared by: sheets with their cells, tables,
 * names. Tab order is left out: it carries no data, and a run cut short while ordering the tabs
 * leaves an order the next run cannot tell from one a user chose.
 */
function dump(excel: EmulatedExcel): unknown {
  const wb = excel.workbook;
  const sheetName = new Map(wb.sheets.map((s) => [s.id, s.name]));
  return {
    sheets: [...wb.sheets].sort((a, b) => a.name.localeCompare(b.name)).map((s) => ({
      name: s.name,
      visibility: s.visibility,
      tabColor: s.tabColor,
      protected: s.protection.protected,
      cells: [...s.cells].filter(([, c]) => c.value !== "" || c.formula).sort(([a], [b]) => a - b).map(([k, c]) => [k, c.value, c.formula ?? null]),
      merges: s.merges,
      validations: s.validations.length,
      conditionalFormats: s.conditionalFormats.length,
    })),
    tables: wb.tables.map((t) => ({ name: t.name, sheet: sheetName.get(t.sheetId), rect: t.rect })).sort((a, b) => a.name.localeCompare(b.name)),
    names: wb.names.map((n) => [n.name, n.formula]).sort(),
  };
}

/** Where two dumps first differ, as a path into them. */
function firstDifference(a: unknown, b: unknown, path = ""): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}/${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 160)} ≠ ${JSON.stringify(b)?.slice(0, 160)}`;
}

/**
 * Failure positions to try, given the kind of each write of a run without failure: all of them
 * up to MAX_CASES; beyond that, in this order until MAX_CASES are picked: both ends, the first
 * write of each kind (the first sheet deleted, the first table renamed, …), the last write of
 * each kind that changes what the workbook holds, then an even spread. Formatting writes are many
 * and alike (a font, a border), so only their first of each kind is sure to be tried.
 */
function casesOf(kinds: readonly string[]): number[] {
  const writes = kinds.length;
  if (writes <= MAX_CASES) return Array.from({ length: writes }, (_, i) => i + 1);
  const firsts = [...new Set(kinds)].map((kind) => kinds.indexOf(kind) + 1);
  const lasts = [...new Set(kinds)].filter((kind) => !FORMATTING.test(kind)).map((kind) => kinds.lastIndexOf(kind) + 1);
  const spread = Array.from({ length: MAX_CASES }, (_, i) => 1 + Math.floor((i * (writes - 1)) / (MAX_CASES - 1)));
  const picked = new Set<number>();
  for (const at of [1, 2, 3, writes - 2, writes - 1, writes, ...firsts, ...lasts, ...spread]) if (picked.size < MAX_CASES) picked.add(at);
  return [...picked].sort((a, b) => a - b);
}

interface Scenario {
  /** The workbook before the step. */
  start: SavedWorkbook;
  step: (host: ExcelHost) => Promise<Result<unknown>>;
  /** The same step run again after the failure (default: `step`). */
  rerun?: (host: ExcelHost) => Promise<Result<unknown>>;
  /** What the user typed, which no failure may cost. */
  kept: (excel: EmulatedExcel) => Promise<string[]> | string[];
}

async function failEachWrite(excel: EmulatedExcel, scenario: Scenario): Promise<{ writes: number; tried: number }> {
  excel.workbook.restore(scenario.start);
  excel.resetStats();
  const kinds = excel.recordWriteKinds(true) as string[];
  expectOk(await scenario.step(new ExcelHost(excel.run)));
  excel.recordWriteKinds(false);
  const writes = excel.stats.writeActions;
  const reference = dump(excel);
  const findings: string[] = [];
  const cases = casesOf(kinds);
  for (const at of cases) {
    excel.workbook.restore(scenario.start);
    const host = new ExcelHost(excel.run);
    excel.failAction({ writeAction: at });
    let failed: Result<unknown>;
    try {
      failed = await scenario.step(host);
    } catch (error) {
      findings.push(`write ${at}: threw ${String(error)}`);
      excel.failAction(null);
      continue;
    }
    const fired = excel.fired?.action ?? "?";
    excel.failAction(null);
    if (failed.ok) findings.push(`write ${at}: succeeded though Excel refused an action`);
    else if (!failed.problems.every((p) => typeof p.key === "string" && !/\n\s+at /.test(JSON.stringify(p.params ?? {})))) {
      findings.push(`write ${at}: unclear problems ${JSON.stringify(failed.problems)}`);
    }
    const lost = await scenario.kept(excel);
    if (lost.length > 0) findings.push(`write ${at}: lost ${lost.slice(0, 3).join("; ")}`);
    const again = await (scenario.rerun ?? scenario.step)(host);
    if (!again.ok) findings.push(`write ${at} (${fired}): second run failed ${JSON.stringify(again.problems)}`);
    else {
      const difference = firstDifference(dump(excel), reference);
      if (difference) findings.push(`write ${at} (${fired}): second run left a different workbook at ${difference}`);
    }
  }
  expect(findings).toEqual([]);
  return { writes, tried: cases.length };
}

describe("a write refused midway through a batch", () => {
  let excel: EmulatedExcel;
  beforeEach(() => {
    excel = createEmulatedExcel();
  });
  afterEach(() => excel.dispose());

  /** A built tracker of 4 units × 5 tasks with entries typed on every unit sheet. */
  async function builtTracker(): Promise<{ cells: TypedCell[]; entries: SeedEntry[] }> {
    const host = new ExcelHost(excel.run);
    const plan = planOf(5);
    const units = generatedUnits(4);
    expectOk(await buildTracker(host, { plan, units, today: TODAY }));
    const entries = entriesFor(plan, units);
    await typeEntries(host, entries);
    return { cells: await typedCells(excel, host, entries), entries };
  }

  it("a rebuild that adds a task and a unit", async () => {
    const { cells } = await builtTracker();
    const start = excel.workbook.save();
    const { writes } = await failEachWrite(excel, {
      start,
      step: (host) => buildTracker(host, { plan: planOf(6), units: generatedUnits(5), today: TODAY }),
      kept: (e) => missingEntries(e, cells),
    });
    expect(writes).toBeGreaterThan(20);
  }, 600_000);

  it("a first build over Kế hoạch and Đơn vị sheets users filled in", async () => {
    const host = new ExcelHost(excel.run);
    const plan = planOf(6);
    const units = generatedUnits(5);
    expectOk(await saveUnits(host, units));
    expectOk(await savePlan(host, plan));
    const typed = expectOk(await readWorkbookInputs(host));
    const start = excel.workbook.save();
    const summary = (inputs: { plan: Plan | null; units: Unit[] }) =>
      JSON.stringify({ tasks: inputs.plan?.tasks.map((t) => [t.code, t.text, t.deadline, t.assignee]), units: inputs.units.map((u) => [u.code, u.name, u.email, u.members]) });
    await failEachWrite(excel, {
      start,
      step: (h) => buildTracker(h, { today: TODAY }),
      kept: async (e) => {
        const now = await readWorkbookInputs(new ExcelHost(e.run));
        if (!now.ok) return [`inputs unreadable: ${JSON.stringify(now.problems)}`];
        return summary(now.value) === summary(typed) ? [] : ["the plan or units read differently"];
      },
    });
  }, 600_000);

  it("a first build in a blank workbook", async () => {
    const start = excel.workbook.save();
    await failEachWrite(excel, {
      start,
      step: (host) => buildTracker(host, { plan: planOf(6), units: generatedUnits(5), today: TODAY }),
      kept: () => [],
    });
  }, 600_000);

  it("a deadline check painting the tabs", async () => {
    const { cells } = await builtTracker();
    const start = excel.workbook.save();
    const { writes } = await failEachWrite(excel, {
      start,
      step: (host) => checkDeadlines(host, AS_OF),
      kept: (e) => missingEntries(e, cells),
    });
    expect(writes).toBeGreaterThan(0);
  }, 600_000);

  it("refuses a rebuild over a unit sheet a user protected with a password, naming it, before writing anything", async () => {
    await builtTracker();
    const { state } = await readTrackerFrom(new ExcelHost(excel.run));
    const name = state?.sheets.get("DV003" as UnitCode) as string;
    const sheet = excel.workbook.sheet(name);
    expect(sheet.protection.protected).toBe(true);
    (sheet.protection.options as Record<string, unknown>).__password = true;
    const before = JSON.stringify(dump(excel));
    excel.resetStats();
    const result = await buildTracker(new ExcelHost(excel.run), { plan: planOf(6), units: generatedUnits(4), today: TODAY });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ key: "excelHost.sheetPassword", params: { sheet: name }, at: { sheet: name } }]);
    expect(JSON.stringify(dump(excel))).toBe(before);
    expect(excel.workbook.sheet(name).protection.protected).toBe(true);
  });

  it("a periodic report", async () => {
    const { cells } = await builtTracker();
    const start = excel.workbook.save();
    await failEachWrite(excel, {
      start,
      step: (host) => createReport(host, { period: { kind: "quarter", year: 2020, quarter: 1 }, reportDate: "2020-04-02" as IsoDate, today: "2020-04-02" as IsoDate, replace: false }),
      kept: (e) => missingEntries(e, cells),
    });
  }, 600_000);
});
