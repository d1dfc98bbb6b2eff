/**
 * The rebuild's promise: random plan edits × random user entries × rebuild lose no entry.
 * Runs on the in-memory grid (support/grid-workbook) so four thousand cases stay fast; the
 * end-to-end cases through the xlsx host and LibreOffice are in tracker-xlsx.test.ts.
 *
 * @slow
 */
import fc from "fast-check";
import { toExcelSerial, fromDayNumber } from "../../../src/domain/calendar-date";
import { sheetNameKey } from "../../../src/layout/excel-rules";
import type { UnitTaskEntry } from "../../../src/domain/tracker";
import { TASK_STATUSES, type IsoDate, type Task, type TaskCode, type Unit, type UnitCode } from "../../../src/domain/types";
import { trackerBuildChange } from "../../../src/layout/tracker";
import { propertyRuns } from "../../support/property-runs";
import { GridWorkbook } from "./support/grid-workbook";
import { TODAY, plan, readBack, task as makeTask, unit as makeUnit } from "./support/tracker-fixtures";

const NAMES = ["Chi bộ Sở Tài chính", "=HYPERLINK(\"x\")", "+84 912", "History", "[x]?*", "Đảng bộ Công ty Cổ phần Cao su Đồng Phú Bình Phước", "Chi bộ Sở Tài chính ", "@A1", "-1", "'quoted'"];
const FIELDS = ["Trạng thái", "Ngày hoàn thành", "Số CB, ĐV tham gia", "Tổng số CB, ĐV", "Hình thức triển khai", "Văn bản báo cáo", "Ghi chú"] as const;
type Field = (typeof FIELDS)[number];

const dateArb = fc.integer({ min: 17897, max: 18627 }).map((d) => fromDayNumber(d)); // 2019-01-01 … 2020-12-31
const taskOf = (n: number, detail: { deadline: IsoDate | null; text: string }): Task => ({ ...makeTask(n, detail.deadline), text: `${detail.text} ${n}` });

/** A permutation of 0..n-1 from a seed (Fisher–Yates over a small LCG): a user's sort. */
function permutation(n: number, seed: number): number[] {
  const order = [...Array(n).keys()];
  let x = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    const j = x % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

const valueArb = (field: Field) => {
  switch (field) {
    case "Trạng thái":
      return fc.constantFrom(...TASK_STATUSES).map((s) => s as string | number);
    case "Ngày hoàn thành":
      return dateArb.map((d) => toExcelSerial(d));
    case "Số CB, ĐV tham gia":
    case "Tổng số CB, ĐV":
      return fc.integer({ min: 0, max: 5000 });
    default:
      return fc.constantFrom("Hội nghị", "=1+1", "+84 1", "15-BC/ĐU", "Lồng ghép sinh hoạt", "@note");
  }
};

const typingArb = fc.array(
  fc.record({ unit: fc.nat(7), task: fc.nat(7), field: fc.constantFrom(...FIELDS) }).chain((t) => valueArb(t.field).map((value) => ({ ...t, value }))),
  { maxLength: 12 },
);

type UserAction = { kind: "sort"; unit: number; seed: number } | { kind: "rename"; unit: number } | { kind: "extraColumn"; unit: number } | { kind: "moveColumn"; unit: number; from: number; to: number };
const actionArb: fc.Arbitrary<UserAction> = fc.oneof(
  fc.record({ kind: fc.constant("sort" as const), unit: fc.nat(7), seed: fc.nat() }),
  fc.record({ kind: fc.constant("rename" as const), unit: fc.nat(7) }),
  fc.record({ kind: fc.constant("extraColumn" as const), unit: fc.nat(7) }),
  fc.record({ kind: fc.constant("moveColumn" as const), unit: fc.nat(7), from: fc.integer({ min: 2, max: 12 }), to: fc.integer({ min: 2, max: 12 }) }),
);

const caseArb = fc.record({
  taskDetails: fc.array(fc.record({ deadline: fc.option(dateArb, { nil: null }), text: fc.constantFrom("Phổ biến", "Quán triệt", "Báo cáo kết quả", "=SUM(1)") }), { minLength: 9, maxLength: 9 }),
  unitNames: fc.array(fc.constantFrom(...NAMES), { minLength: 9, maxLength: 9 }),
  editedNames: fc.array(fc.constantFrom(...NAMES), { minLength: 9, maxLength: 9 }),
  taskNumbers: fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
  unitNumbers: fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
  typing: typingArb,
  actions: fc.array(actionArb, { maxLength: 3 }),
  nextTaskNumbers: fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 0, maxLength: 6 }),
  nextUnitNumbers: fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 0, maxLength: 5 }),
  seed: fc.nat(),
});

/** Finds the header row (with "Mã NV") and the column of a header on a unit sheet. */
function locate(book: GridWorkbook, sheet: string, header: string, code: TaskCode): { row: number; column: number } | null {
  const s = book.sheet(sheet);
  let headerRow = 0;
  let codeColumn = 0;
  let column = 0;
  for (let row = 1; row <= 14 && headerRow === 0; row++) {
    for (let c = 1; c <= 20; c++) if (book.get(sheet, row, c) === "Mã NV") [headerRow, codeColumn] = [row, c];
  }
  for (let c = 1; c <= 20; c++) if (book.get(sheet, headerRow, c) === header) column = c;
  for (const k of s.cells.keys()) {
    const row = (k / 4096) | 0;
    const c = k % 4096;
    if (c === codeColumn && row > headerRow && book.get(sheet, row, c) === code) return { row, column };
  }
  return null;
}

function expectedEntry(unit: UnitCode, task: TaskCode, typed: Map<Field, string | number>): UnitTaskEntry {
  const measures: Record<string, string | number> = {};
  if (typed.has("Số CB, ĐV tham gia")) measures.participants = typed.get("Số CB, ĐV tham gia") as number;
  if (typed.has("Tổng số CB, ĐV")) measures.total = typed.get("Tổng số CB, ĐV") as number;
  if (typed.has("Hình thức triển khai")) measures.form = typed.get("Hình thức triển khai") as string;
  const serial = typed.get("Ngày hoàn thành") as number | undefined;
  return {
    unit,
    task,
    status: (typed.get("Trạng thái") as UnitTaskEntry["status"]) ?? null,
    completedOn: serial === undefined ? null : (fromDayNumber(serial - 25569) as IsoDate),
    measures,
    reportRef: (typed.get("Văn bản báo cáo") as string) ?? null,
    note: (typed.get("Ghi chú") as string) ?? null,
  };
}

const sortEntries = (entries: readonly UnitTaskEntry[]) => [...entries].sort((a, b) => `${a.unit}/${a.task}`.localeCompare(`${b.unit}/${b.task}`));

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

async function runCase(c: Case): Promise<void> {
  const tasks = c.taskNumbers.map((n) => taskOf(n, c.taskDetails[n - 1]));
  const units = c.unitNumbers.map((n): Unit => makeUnit(n, c.unitNames[n - 1]));
  const book = new GridWorkbook();
  const first = trackerBuildChange({ plan: plan(tasks), units, existing: null, today: TODAY });
  book.apply(first.change);
  // Each unit sheet carries its unit code in B3 until a user moves things.
  const sheets = new Map(book.sheets.filter((s) => typeof book.get(s.name, 3, 2) === "string").map((s) => [book.get(s.name, 3, 2) as UnitCode, s.name]));

  // Users type into their sheets…
  const typed = new Map<string, Map<Field, string | number>>();
  for (const t of c.typing) {
    const u = units[t.unit % units.length];
    const task = tasks[t.task % tasks.length];
    const sheet = sheets.get(u.code) as string;
    const at = locate(book, sheet, t.field, task.code);
    if (!at) throw new Error(`no cell for ${t.field} of ${task.code} on ${sheet}`);
    book.type(sheet, at.row, at.column, t.value);
    const key = `${u.code}/${task.code}`;
    if (!typed.has(key)) typed.set(key, new Map());
    typed.get(key)!.set(t.field, t.value);
  }
  // …and rearrange them.
  for (const a of c.actions) {
    const u = units[a.unit % units.length];
    const sheet = book.sheets.find((s) => book.get(s.name, 3, 2) === u.code || [...s.cells.values()].some((x) => x.value === u.code && s.name !== "Đơn vị" && s.name !== "Tổng quan" && s.name !== "_meta"));
    if (!sheet) continue;
    if (a.kind === "sort" && tasks.length > 1) {
      book.permuteRows(sheet.name, 6, 5 + tasks.length, permutation(tasks.length, a.seed));
    } else if (a.kind === "rename") {
      const to = `Sổ ${u.code}`;
      if (!book.find(to)) book.renameSheet(sheet.name, to);
    } else if (a.kind === "extraColumn") {
      book.type(sheet.name, 5, 20, "Cột riêng");
      book.type(sheet.name, 6, 20, "giữ nguyên");
    } else if (a.kind === "moveColumn") {
      book.moveColumn(sheet.name, a.from, a.to);
    }
  }
  const entered = sortEntries([...typed].map(([key, fields]) => {
    const [unit, task] = key.split("/");
    return expectedEntry(unit as UnitCode, task as TaskCode, fields);
  }));
  const before = await readBack(book);
  expect(sortEntries(before.state!.entries)).toEqual(entered);

  // The plan and the unit list change, and the tracker is rebuilt.
  // Kept tasks may get a new deadline; kept units may be renamed (their sheets keep their names).
  const nextTasks = c.nextTaskNumbers.map((n) => {
    const kept = tasks.find((t) => t.code === makeTask(n).code);
    return kept && c.seed % 3 !== 0 ? kept : taskOf(n, c.taskDetails[9 - n]);
  });
  const nextUnits = c.nextUnitNumbers.map((n): Unit => {
    const kept = units.find((u) => u.code === makeUnit(n).code);
    return kept && c.seed % 2 === 0 ? kept : makeUnit(n, c.editedNames[n - 1]);
  });
  const rebuilt = trackerBuildChange({ plan: plan(nextTasks), units: nextUnits, existing: before.state, today: TODAY });
  book.apply(rebuilt.change);
  const after = await readBack(book);
  const state = after.state!;

  // Not one entry lost, whatever was removed or added.
  expect(sortEntries(state.entries)).toEqual(entered);
  // Tasks keep their rows on the plan sheet, so the sheet's order is the first plan's.
  expect(state.plan.tasks.map((t) => t.code).sort()).toEqual(nextTasks.map((t) => t.code).sort());
  const gone = tasks.filter((t) => !nextTasks.some((n) => n.code === t.code)).map((t) => t.code).sort();
  expect(state.removedTasks.map((t) => t.code).sort()).toEqual(gone);
  expect(state.units.map((u) => u.code).sort()).toEqual(nextUnits.map((u) => u.code).sort());
  // Every active unit has its sheet, with a row for every active task.
  for (const u of nextUnits) {
    const positions = state.positions.unitSheets.get(u.code);
    expect(positions).toBeDefined();
    for (const t of nextTasks) expect(positions!.taskRows.has(t.code)).toBe(true);
  }
  const keys = book.sheets.map((s) => sheetNameKey(s.name));
  expect(new Set(keys).size).toBe(keys.length);

  // Two people running the same build converge: the second run changes nothing.
  const again = trackerBuildChange({ plan: plan(nextTasks), units: nextUnits, existing: state, today: TODAY });
  expect(again.change.ops).toEqual([]);
}

describe("rebuilding the tracker (property)", () => {
  for (const part of [1, 2, 3, 4]) {
    it(`loses no entry over random plan edits, user entries and rearrangements (part ${part} of 4, ${propertyRuns(250)} cases)`, async () => {
      await fc.assert(fc.asyncProperty(caseArb, runCase), { numRuns: propertyRuns(250), seed: 4242 * part });
    });
  }
});
