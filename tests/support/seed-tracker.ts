/**
 * The seed plan 13-KH/ĐUK with 42 base party organisations of Bình Phước and what they had
 * reported by early January 2020: most finished task NV05 (due 20/12/2019) on time, some late,
 * some are still working on it or have not started, one forgot the completion date, one
 * finished after the year's end, one says the task does not apply, nine never wrote anything.
 * The tests work out the figures they expect by hand from this description.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { parsePlanJson } from "../../src/domain/plan-json";
import type { UnitTaskEntry } from "../../src/domain/tracker";
import type { LocatedTracker } from "../../src/layout/tracker/positions";
import type { IsoDate, Plan, TaskCode, TaskStatus, Unit, UnitCode } from "../../src/domain/types";
import { parseUnitsCsv } from "../../src/domain/units-csv";
import { buildTracker, readTrackerFrom } from "../../src/engine";
import { XlsxHost } from "../../src/hosts/xlsx";
import { cell } from "../../src/layout/excel-rules";
import type { CellContent, WorkbookHost, WorkbookOp } from "../../src/layout";

const ROOT = path.join(__dirname, "../..");

function expectOk<T>(result: { ok: true; value: T } | { ok: false; problems: unknown[] }): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

export function seedPlan(): Plan {
  const file = path.join(ROOT, "examples", "plan-13-KH-DUK.json");
  return expectOk(parsePlanJson(JSON.parse(readFileSync(file, "utf8")), file));
}

export function seedUnits(): Unit[] {
  const file = path.join(ROOT, "tests", "fixtures", "units", "units-binh-phuoc-42.csv");
  return expectOk(parseUnitsCsv(readFileSync(file, "utf8"), file));
}

export interface SeedEntry {
  unit: UnitCode;
  task: TaskCode;
  status: TaskStatus;
  completedOn?: IsoDate;
  participants?: number;
  total?: number;
  form?: string;
  reportRef?: string;
  note?: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const dec = (day: number) => `2019-12-${pad(day)}` as IsoDate;

/**
 * Unit i (1-based, in the CSV's order) on task NV05:
 *   1–18 done on time (5–20/12), 19–24 done late (21–26/12), 25–28 in progress, 29–30 not
 *   started, 31 done without a date, 32 done on 03/01/2020, 33 not applicable, 34–42 silent.
 * NV01: 1–10 done on 16/12, 11–30 in progress. NV02: 1–5 in progress. NV06 (the office's own
 * task): 1–33 not applicable. Nothing else is entered.
 */
export function seedEntries(units: readonly Unit[] = seedUnits()): SeedEntry[] {
  const entries: SeedEntry[] = [];
  units.forEach((unit, index) => {
    const i = index + 1;
    const members = unit.members ?? 20;
    const nv05 = (e: Omit<SeedEntry, "unit" | "task">) => entries.push({ unit: unit.code, task: "NV05" as TaskCode, ...e });
    if (i <= 18) {
      nv05({ status: "Hoàn thành", completedOn: dec(5 + ((i - 1) % 16)), participants: members - (i % 5), total: members, form: "Sinh hoạt chi bộ định kỳ", reportRef: `${i}-BC/ĐU` });
    } else if (i <= 24) {
      nv05({ status: "Hoàn thành", completedOn: dec(21 + (i - 19)), participants: members - 2, total: members, form: "Hội nghị cơ quan", reportRef: `${i}-BC/CB`, note: "Báo cáo chậm" });
    } else if (i <= 28) nv05({ status: "Đang thực hiện", note: "Đang tổ chức quán triệt theo từng chi bộ" });
    else if (i <= 30) nv05({ status: "Chưa thực hiện" });
    else if (i === 31) nv05({ status: "Hoàn thành", participants: members, total: members, note: "Chưa ghi ngày hoàn thành" });
    else if (i === 32) nv05({ status: "Hoàn thành", completedOn: "2020-01-03" as IsoDate, participants: 20, total: 22 });
    else if (i === 33) nv05({ status: "Không áp dụng", note: "Đã quán triệt chung với đơn vị cấp trên" });
    if (i <= 10) entries.push({ unit: unit.code, task: "NV01" as TaskCode, status: "Hoàn thành", completedOn: dec(16) });
    else if (i <= 30) entries.push({ unit: unit.code, task: "NV01" as TaskCode, status: "Đang thực hiện" });
    if (i <= 5) entries.push({ unit: unit.code, task: "NV02" as TaskCode, status: "Đang thực hiện" });
    if (i <= 33) entries.push({ unit: unit.code, task: "NV06" as TaskCode, status: "Không áp dụng" });
  });
  return entries;
}

function asEntry(e: SeedEntry): UnitTaskEntry {
  const measures: Record<string, string | number> = {};
  if (e.participants !== undefined) measures.participants = e.participants;
  if (e.total !== undefined) measures.total = e.total;
  if (e.form !== undefined) measures.form = e.form;
  return { unit: e.unit, task: e.task, status: e.status, completedOn: e.completedOn ?? null, measures, reportRef: e.reportRef ?? null, note: e.note ?? null };
}

/** A tracker state as a read would give it, without a workbook (for the domain's tests). */
export function seedState(plan: Plan = seedPlan(), units: Unit[] = seedUnits(), entries: SeedEntry[] = seedEntries(units)): LocatedTracker {
  const measures = plan.measures ?? [
    { key: "participants", label: "Số CB, ĐV tham gia", kind: "number" as const },
    { key: "total", label: "Tổng số CB, ĐV", kind: "number" as const },
    { key: "form", label: "Hình thức triển khai", kind: "text" as const },
  ];
  return {
    schemaVersion: 1,
    plan: { ...plan, measures, settings: { dueSoonDays: 7, workingDays: false, shiftDeadlineToWorkingDay: false } },
    units,
    entries: entries.map(asEntry),
    sheets: new Map(units.map((u) => [u.code, u.code])),
    settings: { dueSoonDays: 7, workingDays: false, shiftDeadlineToWorkingDay: false, asOf: null, holidays: [] },
    removedTasks: [],
    removedUnits: [],
    positions: {
      sheetNames: [],
      plan: { headerRow: 16, columns: new Map(), rows: new Map(), lastRow: 16 },
      units: { headerRow: 4, columns: new Map(), rows: new Map(), lastRow: 4 },
      unitSheets: new Map(),
      metaSize: { rows: 0, columns: 0 },
      metaKey: "",
      overviewKey: null,
      namesKey: null,
      planFields: new Map(),
      renamed: [],
      unitTables: new Map(),
    },
  };
}

/**
 * Types the entries into the unit sheets of a built tracker, as staff would (found by unit and
 * task code), through any host.
 */
export async function typeEntries(host: WorkbookHost, entries: readonly SeedEntry[]): Promise<void> {
  const { state } = await readTrackerFrom(host);
  if (!state) throw new Error("not a tracker");
  const byUnit = new Map<string, SeedEntry[]>();
  for (const e of entries) byUnit.set(e.unit, [...(byUnit.get(e.unit) ?? []), e]);
  const ops: WorkbookOp[] = [];
  const txt = (text: string): CellContent => ({ kind: "text", text });
  for (const [unit, list] of byUnit) {
    const sheet = state.positions.unitSheets.get(unit as UnitCode);
    if (!sheet) throw new Error(`no sheet for ${unit}`);
    const cells = [];
    for (const e of list) {
      const row = sheet.taskRows.get(e.task) as number;
      const at = (key: string) => cell(sheet.columns.get(key) as number, row);
      cells.push({ at: at("status"), rows: [[txt(e.status)]] });
      if (e.completedOn) cells.push({ at: at("completedOn"), rows: [[{ kind: "date", date: e.completedOn } as CellContent]] });
      if (e.participants !== undefined) cells.push({ at: at("measure:participants"), rows: [[{ kind: "number", value: e.participants } as CellContent]] });
      if (e.total !== undefined) cells.push({ at: at("measure:total"), rows: [[{ kind: "number", value: e.total } as CellContent]] });
      if (e.form) cells.push({ at: at("measure:form"), rows: [[txt(e.form)]] });
      if (e.reportRef) cells.push({ at: at("reportRef"), rows: [[txt(e.reportRef)]] });
      if (e.note) cells.push({ at: at("note"), rows: [[txt(e.note)]] });
    }
    ops.push({ op: "patchSheet", name: sheet.sheet, content: { cells } });
  }
  await host.apply({ ops });
}

/** Builds the seed tracker (42 units, built on 05/12/2019), types the seed entries and saves it to `file`. */
export async function writeSeedTracker(file: string, entries: readonly SeedEntry[] = seedEntries()): Promise<void> {
  const host = XlsxHost.create();
  const built = await buildTracker(host, { plan: seedPlan(), units: seedUnits(), today: "2019-12-05" as IsoDate });
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  await typeEntries(host, entries);
  const saved = await host.save(file);
  if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
}
