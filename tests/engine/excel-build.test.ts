/**
 * The tracker end to end through the Office.js host, as a user meets it in Excel: the demo plan
 * and units (plus hostile unit names) built through Microsoft's real office.js client into the
 * emulated Excel, entries typed into unit sheets, the plan grown by a task and a unit, rebuilt,
 * and checked, with the round trips counted (at most 4 per action, docs/architecture.md).
 *
 * @slow
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { toExcelSerial } from "../../src/domain/calendar-date";
import { parsePlanJson } from "../../src/domain/plan-json";
import type { DeadlineStatus } from "../../src/domain/deadline";
import type { IsoDate, Plan, Task, TaskCode, Unit, UnitCode } from "../../src/domain/types";
import { parseUnitsCsv } from "../../src/domain/units-csv";
import { buildTracker, checkDeadlines, readTrackerFrom } from "../../src/engine";
import { ExcelHost, REQUEST_BUDGET_BYTES } from "../../src/hosts/excel";
import { isValidSheetName, sheetNameKey } from "../../src/layout/excel-rules";
import { unitTabColor } from "../../src/layout/tracker";
import { createEmulatedExcel, PAYLOAD_LIMIT_BYTES, type EmulatedExcel, type EmuSheet } from "../support/excel-emulator";
import { generatedPlan, generatedUnits } from "../support/generated-plan";
import { atFullScale } from "../support/property-runs";

const EXAMPLES = path.join(__dirname, "../../examples");
const TODAY = "2019-12-05" as IsoDate;
const AS_OF = "2019-12-23" as IsoDate;
/** Unit sheets: title in A1, the header row 5, one row per task below it, task code in column A. */
const FIRST_TASK_ROW = 6;
const COLUMN = { code: 1, status: 4, completedOn: 5, firstMeasure: 6, note: 10 } as const;

const LONG_NAME = "Chi bộ Trường Trung học phổ thông chuyên Quang Trung";
/** Names a careless add-in would turn into formulas, refuse as sheet names, or collide. */
const HOSTILE_NAMES = [
  '=HYPERLINK("http://x.example","bấm vào đây")',
  "+84 912 345 678",
  "@Chi bộ",
  "-Chi bộ",
  "[x]?*",
  "History",
  "history",
  `${LONG_NAME} – cơ sở 1`,
  `${LONG_NAME} – cơ sở 2`,
  // Decomposed (NFD) Vietnamese, as some PDF and Mac copies give it.
  "Chi bộ Trường Tiểu học Tân Phú".normalize("NFD"),
];

function expectOk<T>(result: { ok: true; value: T } | { ok: false; problems: unknown[] }): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function demoPlan(): Plan {
  const file = path.join(EXAMPLES, "plan-13-KH-DUK.json");
  return expectOk(parsePlanJson(JSON.parse(readFileSync(file, "utf8")), file));
}

function demoUnitsWithHostileNames(): Unit[] {
  const file = path.join(EXAMPLES, "units-binh-phuoc.csv");
  const demo = readFileSync(file, "utf8").trimEnd();
  const hostile = HOSTILE_NAMES.map((name, i) => `DV${String(13 + i).padStart(3, "0")},${csvField(name)},chi bộ,Lê Văn Bình,,15`);
  return expectOk(parseUnitsCsv([demo, ...hostile].join("\n") + "\n", file));
}

function task(code: string, text: string, deadline: string | null): Task {
  return { code: code as TaskCode, text, deadline: deadline as IsoDate | null, assignee: "Các chi, đảng bộ cơ sở", section: "III. TỔ CHỨC THỰC HIỆN" };
}

/** The syncs one engine call takes through the emulated Excel. */
async function syncsOf(excel: EmulatedExcel, work: () => Promise<unknown>): Promise<number> {
  excel.resetStats();
  await work();
  return excel.stats.syncs;
}

function taskRow(excel: EmulatedExcel, sheet: EmuSheet, code: string): number {
  for (let row = FIRST_TASK_ROW; row < FIRST_TASK_ROW + 100; row++) {
    if (excel.workbook.getCell(sheet, row, COLUMN.code)?.value === code) return row;
  }
  throw new Error(`no row for ${code} on ${sheet.name}`);
}

/** What a user typed into a unit sheet: [unit, task, status, completion date, CB/ĐV attending, note]. */
type Typed = [unit: string, task: string, status: string, completedOn: string | null, attending: number | null, note: string | null];

const TYPED: Typed[] = [
  ["DV001", "NV05", "Hoàn thành", "2019-12-18", 86, "Báo cáo số 12-BC/ĐU"],
  ["DV002", "NV05", "Hoàn thành", "2019-12-23", 60, null],
  ["DV003", "NV05", "Đang thực hiện", null, null, "Đang tổ chức hội nghị"],
  ["DV004", "NV07", "Không áp dụng", null, null, null],
  ["DV013", "NV01", "Đang thực hiện", null, 12, "=chưa gửi"],
];

/** The deadline rules' result (docs/deadline-rules.md) for each typed entry as of AS_OF, and for a silent unit past the deadline. */
const EXPECTED: Array<[unit: string, task: string, status: DeadlineStatus]> = [
  ["DV001", "NV05", "Hoàn thành đúng hạn"],
  ["DV002", "NV05", "Hoàn thành quá hạn"],
  ["DV003", "NV05", "Quá hạn"],
  ["DV004", "NV07", "Không áp dụng"],
  ["DV013", "NV01", "Chưa có hạn"],
  ["DV005", "NV05", "Quá hạn"],
  ["DV005", "NV08", "Trong hạn"],
];

describe("the demo tracker through Office.js in the emulated Excel", () => {
  let excel: EmulatedExcel;
  let host: ExcelHost;
  let plan: Plan;
  let units: Unit[];
  let sheetOf: Map<UnitCode, string>;
  const syncs: Record<string, number> = {};

  beforeAll(async () => {
    excel = createEmulatedExcel();
    host = new ExcelHost(excel.run);
    const demo = demoPlan();
    // The plan's own list items often begin with a dash; a task text must stay text all the same.
    plan = { ...demo, tasks: [...demo.tasks, task("NV07", "- Báo cáo kết quả quán triệt về Ban Tuyên giáo Đảng ủy Khối", "2019-12-10")] };
    units = demoUnitsWithHostileNames();
    syncs.build = await syncsOf(excel, async () => expectOk(await buildTracker(host, { plan, units, today: TODAY })));
    const reading = await readTrackerFrom(host);
    sheetOf = new Map(reading.state?.sheets ?? []);
  });

  afterAll(() => {
    console.log(`demo tracker (${units.length} units × ${plan.tasks.length} tasks): syncs ${JSON.stringify(syncs)}`);
    excel.dispose();
  });

  test("gives every unit its own sheet, with a name Excel accepts and no two alike ignoring case", () => {
    const names = units.map((u) => sheetOf.get(u.code));
    expect(names.every((n) => n !== undefined && isValidSheetName(n))).toBe(true);
    expect(new Set(names.map((n) => sheetNameKey(n!))).size).toBe(units.length);
    expect(excel.workbook.sheetNames()).toEqual(expect.arrayContaining(names as string[]));
  });

  test("titles each unit sheet with the unit's full name, as text, in NFC", () => {
    for (const unit of units) {
      const title = excel.workbook.cell(sheetOf.get(unit.code)!, "A1");
      expect(title).toMatchObject({ value: unit.name.normalize("NFC"), formula: null });
    }
    const shared = units.filter((u) => u.name.startsWith(LONG_NAME)).map((u) => sheetOf.get(u.code));
    expect(shared).toHaveLength(2);
    expect(shared[0]).not.toBe(shared[1]);
  });

  test("writes no Vietnamese text that is not NFC anywhere in the workbook", () => {
    const notNfc = excel.workbook.sheets.flatMap((sheet) =>
      [...sheet.cells.values()].filter((c) => typeof c.value === "string" && c.value !== c.value.normalize("NFC")).map((c) => `${sheet.name}: ${c.value}`),
    );
    expect(notNfc).toEqual([]);
    expect(excel.workbook.sheetNames().filter((n) => n !== n.normalize("NFC"))).toEqual([]);
  });

  test("keeps unit and task texts that start with = + - @ as text, never as formulas", () => {
    const leading = /^[=+\-@]/;
    const texts = [...units.map((u) => u.name), ...plan.tasks.map((t) => t.text)].filter((t) => leading.test(t));
    expect(texts.length).toBeGreaterThanOrEqual(5);
    const formulas = excel.workbook.sheets.flatMap((sheet) => [...sheet.cells.values()].map((c) => c.formula).filter((f): f is string => f !== null));
    for (const text of texts) {
      const cells = excel.workbook.sheets.flatMap((sheet) => [...sheet.cells.values()].filter((c) => c.value === text));
      expect({ text, found: cells.length > 0 }).toEqual({ text, found: true });
      expect(cells.every((c) => c.formula === null)).toBe(true);
      expect(formulas.filter((f) => f === text || f === `=${text}`)).toEqual([]);
    }
  });

  describe("after users type entries, the plan gains a task and a unit is added", () => {
    let grownPlan: Plan;
    let grownUnits: Unit[];

    beforeAll(async () => {
      for (const [unit, code, status, completedOn, attending, note] of TYPED) {
        const sheet = excel.workbook.sheet(sheetOf.get(unit as UnitCode)!);
        const row = taskRow(excel, sheet, code);
        // As Excel holds what a user typed: the status as text, a date as its serial number.
        excel.workbook.setCell(sheet, row, COLUMN.status, { value: status, formula: null });
        if (completedOn) excel.workbook.setCell(sheet, row, COLUMN.completedOn, { value: toExcelSerial(completedOn as IsoDate), formula: null });
        if (attending !== null) excel.workbook.setCell(sheet, row, COLUMN.firstMeasure, { value: attending, formula: null });
        if (note !== null) excel.workbook.setCell(sheet, row, COLUMN.note, { value: note, formula: null });
      }
      grownPlan = { ...plan, tasks: [...plan.tasks, task("NV08", "=Tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy", "2020-01-15")] };
      grownUnits = [...units, { code: "DV023" as UnitCode, name: "Chi bộ Trường Cao đẳng Bình Phước", kind: "chi bộ", head: "Đỗ Thị Mai", email: null, members: 21 }];
      let report: Awaited<ReturnType<typeof buildTracker>> | null = null;
      syncs.rebuild = await syncsOf(excel, async () => (report = await buildTracker(host, { plan: grownPlan, units: grownUnits, today: AS_OF })));
      const built = expectOk(report!);
      expect(built.tasksAdded).toEqual(["NV08"]);
      expect(built.unitsAdded).toEqual(["DV023"]);
      sheetOf = new Map((await readTrackerFrom(host)).state?.sheets ?? []);
    });

    test("keeps every typed entry where the user left it", () => {
      for (const [unit, code, status, completedOn, attending, note] of TYPED) {
        const sheet = excel.workbook.sheet(sheetOf.get(unit as UnitCode)!);
        const row = taskRow(excel, sheet, code);
        const at = (column: number) => excel.workbook.getCell(sheet, row, column)?.value ?? null;
        expect([unit, code, at(COLUMN.status), at(COLUMN.completedOn), at(COLUMN.firstMeasure), at(COLUMN.note)]).toEqual([
          unit,
          code,
          status,
          completedOn ? toExcelSerial(completedOn as IsoDate) : null,
          attending,
          note,
        ]);
      }
    });

    test("gives the new task a row on every unit sheet and the new unit its own sheet", () => {
      for (const unit of grownUnits) {
        const sheet = excel.workbook.sheet(sheetOf.get(unit.code)!);
        expect(taskRow(excel, sheet, "NV08")).toBeGreaterThanOrEqual(FIRST_TASK_ROW);
      }
      expect(excel.workbook.cell(sheetOf.get("DV023" as UnitCode)!, "A1").value).toBe("Chi bộ Trường Cao đẳng Bình Phước");
    });

    test("keeps the look of the tables it had to make again to resize them", () => {
      const styleOf = (sheetName: string) => excel.workbook.tablesOf(excel.workbook.sheet(sheetName)).map((t) => [t.style, t.showFilterButton]);
      for (const unit of grownUnits) expect(styleOf(sheetOf.get(unit.code)!)).toEqual([["TableStyleLight9", true]]);
      expect(styleOf("Kế hoạch")).toEqual([["TableStyleMedium2", true]]);
      expect(styleOf("Đơn vị")).toEqual([["TableStyleMedium2", true]]);
    });

    test("checks each entry as docs/deadline-rules.md says and colours the late units' tabs", async () => {
      let result: Awaited<ReturnType<typeof checkDeadlines>> | null = null;
      syncs.check = await syncsOf(excel, async () => (result = await checkDeadlines(host, AS_OF)));
      const report = expectOk(result!);
      const statusOf = (unit: string, code: string) => report.rows.find((r) => r.unit === unit && r.task === code)?.result;
      expect(EXPECTED.map(([unit, code]) => [unit, code, statusOf(unit, code)])).toEqual(EXPECTED);
      expect(report.lateUnits).toContain("DV003");
      const late = excel.workbook.sheet(sheetOf.get("DV003" as UnitCode)!);
      expect(late.tabColor).toBe(unitTabColor(report.rows.filter((r) => r.unit === "DV003").map((r) => r.result)));
      expect(late.tabColor).not.toBeNull();
    });

    test("builds in two syncs (one read, one write) and rebuilds and checks in three", () => {
      expect(syncs).toEqual({ build: expect.any(Number), rebuild: expect.any(Number), check: expect.any(Number) });
      expect(syncs.build).toBeLessThanOrEqual(2);
      expect(Math.max(syncs.rebuild, syncs.check)).toBeLessThanOrEqual(3);
    });
  });
});

describe("round trips at scale through the emulated Excel", () => {
  test.each([
    [12, 6],
    [100, 30],
    // The largest size runs in `npm test`, not in the quick `npm run test:unit`.
    ...(atFullScale() ? [[500, 30]] : []),
  ])("%i units × %i tasks: build, rebuild (+1 task, +5 units) and check in at most 3 syncs each", async (unitCount, taskCount) => {
    const excel = createEmulatedExcel();
    try {
      const host = new ExcelHost(excel.run);
      const plan = generatedPlan(taskCount);
      const units = generatedUnits(unitCount);
      const grown = { plan: generatedPlan(taskCount + 1), units: generatedUnits(unitCount + 5) };
      const figures: Record<string, { syncs: number; bytes: number; largest: number; bound: number }> = {};
      const step = async (name: string, work: () => Promise<{ ok: boolean }>) => {
        excel.resetStats();
        expect((await work()).ok).toBe(true);
        const { syncs, totalRequestBytes, largestRequestBytes } = excel.stats;
        // One read, one closing sync, and a write batch per request budget's worth of bytes
        // (the budget keeps a margin under the 5 MB cap for estimation error).
        figures[name] = { syncs, bytes: totalRequestBytes, largest: largestRequestBytes, bound: 2 + Math.ceil(totalRequestBytes / REQUEST_BUDGET_BYTES) };
      };
      await step("build", () => buildTracker(host, { plan, units, today: TODAY }));
      await step("rebuild", () => buildTracker(host, { ...grown, today: TODAY }));
      await step("check", () => checkDeadlines(host, AS_OF));
      console.log(`${unitCount} units × ${taskCount} tasks: ${JSON.stringify(figures)}`);
      for (const figure of Object.values(figures)) {
        expect(figure.syncs).toBeLessThanOrEqual(3);
        expect(figure.syncs).toBeLessThanOrEqual(figure.bound);
        expect(figure.largest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      }
    } finally {
      excel.dispose();
    }
  });
});
