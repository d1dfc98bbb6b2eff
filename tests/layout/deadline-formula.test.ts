import ExcelJS from "exceljs";
import fc from "fast-check";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { addDays, toExcelSerial } from "../../src/domain/calendar-date";
import {
  dayCount,
  deadlineStatus,
  defaultHolidays,
  readDateCell,
  readStatusCell,
  DEADLINE_STATUSES,
  type DeadlineInput,
  type SheetValue,
} from "../../src/domain/deadline";
import { statusCode, DONE_LATE, DONE_ON_TIME, DUE_SOON, IN_TIME, LATE, COMPLETED_NOT_DATE, DONE_WITHOUT_DATE } from "../../src/domain/deadline/deadline-status";
import { TASK_STATUSES, type IsoDate } from "../../src/domain/types";
import {
  dayCountFormula,
  deadlineStatusFormula,
  dueSoonLimitFormula,
  effectiveDeadlineFormula,
  type DeadlineCellRefs,
} from "../../src/layout/deadline-formula";
import { recalculatedSheets } from "../support/libreoffice";

/** References of row r of the test sheet; shared ranges through defined names, as a layout would. */
const rowRefs = (r: number): DeadlineCellRefs => ({
  deadline: `A${r}`,
  status: `B${r}`,
  completed: `C${r}`,
  asOf: `D${r}`,
  dueSoonDays: `E${r}`,
  planDate: `F${r}`,
  workingDays: `G${r}`,
  shiftDeadline: `H${r}`,
  effectiveDeadline: `I${r}`,
  dueSoonLimit: `J${r}`,
  deadlineStatus: `K${r}`,
  holidays: "NgayNghi",
  statusList: "TrangThai",
  statusLabels: "KetQua",
});

/** What a layout would pass: names for the shared cells, column references for the row. */
const realisticRefs: DeadlineCellRefs = {
  deadline: "'Kế hoạch'!$D12",
  status: "$D5",
  completed: "$E5",
  asOf: "HomNay",
  dueSoonDays: "SoNgayBao",
  planDate: "NgayKH",
  workingDays: "NgayLamViec",
  shiftDeadline: "DoiHan",
  holidays: "NgayNghi",
  effectiveDeadline: "$C5",
  dueSoonLimit: "SapDenHan",
  statusList: "TrangThai",
  statusLabels: "KetQua",
  deadlineStatus: "$L5",
};

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

describe("deadline formulas", () => {
  it("use only functions of Excel 2019 and LibreOffice", () => {
    const all = [
      effectiveDeadlineFormula(realisticRefs),
      dueSoonLimitFormula(realisticRefs),
      deadlineStatusFormula(realisticRefs),
      dayCountFormula(realisticRefs),
    ].join(" ");
    const functions = new Set([...all.matchAll(/([A-Z][A-Z.]*)\(/g)].map((m) => m[1]));
    const allowed = ["IF", "IFERROR", "CHOOSE", "INDEX", "MATCH", "WORKDAY", "NETWORKDAYS", "MIN", "MAX", "SIGN", "ISTEXT", "COUNT"];
    expect([...functions].filter((f) => !allowed.includes(f))).toEqual([]);
  });

  it("keep their measured size (a tripwire against growth; printed for the request budget)", () => {
    // Per-row formulas with a layout's references; the limit is a tripwire against growth.
    const perRow = [effectiveDeadlineFormula, deadlineStatusFormula, dayCountFormula].map((f) => bytes(f(realisticRefs)));
    const total = perRow.reduce((a, b) => a + b, 0);
    console.log(`deadline formula bytes per row: E ${perRow[0]}, status ${perRow[1]}, days ${perRow[2]} = ${total}; ×30,000 rows = ${((total * 30000) / 1e6).toFixed(1)} MB`);
    expect(total).toBeLessThan(540);
  });

  it("paste references in as given, so R1C1 references work too", () => {
    const formula = effectiveDeadlineFormula({ deadline: "RC[-2]", shiftDeadline: "DoiHan", holidays: "NgayNghi" });
    expect(formula).toBe('=IF(COUNT(RC[-2]),WORKDAY(RC[-2]-DoiHan,DoiHan*1,NgayNghi),RC[-2]&"")');
  });

  it("rely on the label order their code arithmetic assumes", () => {
    expect([statusCode(LATE), statusCode(DUE_SOON), statusCode(IN_TIME)]).toEqual([3, 4, 5]);
    expect(statusCode(DONE_LATE)).toBe(statusCode(DONE_ON_TIME) + 1);
    expect(statusCode(COMPLETED_NOT_DATE)).toBe(statusCode(DONE_WITHOUT_DATE) - 1);
    expect(TASK_STATUSES).toEqual(["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Không áp dụng"]);
  });
});

// ---------------------------------------------------------------------------------------------
// The agreement test: random rows written with the formulas, recalculated by LibreOffice, and
// compared with the TypeScript rules.

const AS_OF_DATES = [
  "2019-12-20", // a Friday deadline of the seed plan
  "2020-01-22", // the eve of Tết 2020 days off
  "2021-09-01", // before Quốc khánh with its extra day (2–3/9)
  "2023-04-27", // before Giỗ Tổ on a Saturday, 30/4 on Sunday, their compensatory days
  "2024-02-07", // the day before Tết 2024 days off (8–14/2)
  "2024-02-16",
  "2025-08-29", // Friday before Quốc khánh 2025 (1–2/9)
  "2029-12-31",
] as IsoDate[];

const HOLIDAYS = defaultHolidays(2018, 2031);
const HOLIDAY_DATES = HOLIDAYS.map((h) => h.date);
const HOLIDAY_SET = new Set(HOLIDAY_DATES);

interface Row {
  deadline: SheetValue;
  status: SheetValue;
  completed: SheetValue;
  asOf: IsoDate;
  dueSoonDays: number;
  planDate: SheetValue;
  workingDays: boolean;
  shift: boolean;
}

const serial = (date: IsoDate) => toExcelSerial(date);

/** A date near `base`, often a holiday or a day at the edge of the due-soon window. */
const dateNear = (base: IsoDate): fc.Arbitrary<IsoDate> =>
  fc.oneof(
    fc.integer({ min: -25, max: 25 }).map((offset) => addDays(base, offset)),
    fc.constantFrom(...HOLIDAY_DATES.filter((h) => Math.abs(Date.parse(h) - Date.parse(base)) < 40 * 86400000)).chain((h) =>
      fc.integer({ min: -2, max: 2 }).map((offset) => addDays(h, offset)),
    ),
  );

// No TRUE/FALSE here: LibreOffice keeps booleans as the numbers 1 and 0, where Excel has a
// boolean type that ISNUMBER refuses; the TypeScript rules follow Excel (deadline-status tests).
const textDate = fc.constantFrom<SheetValue>("20/12/2019", "abc", " ", "trước 30/6", "2019-12-20");

const dateCellNear = (base: IsoDate): fc.Arbitrary<SheetValue> =>
  fc.oneof(
    { weight: 6, arbitrary: dateNear(base).map(serial) },
    { weight: 2, arbitrary: fc.constant<SheetValue>(null) },
    { weight: 1, arbitrary: textDate },
  );

const statusValue = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom<SheetValue>(...TASK_STATUSES, null) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<SheetValue>("HOÀN THÀNH", "hoàn thành", "Hoàn*", "Đang*", "?hưa thực hiện", "~*", "*", "Hoan thanh", " Hoàn thành", "x", 3, true),
  },
);

const isDoneLike = (status: SheetValue) => typeof status === "string" && /^(hoàn thành|hoàn\*)$/iu.test(status);

/** Mostly what a careful unit enters (a date on or before T when done, nothing otherwise), sometimes anything. */
const completedFor = (asOf: IsoDate, status: SheetValue): fc.Arbitrary<SheetValue> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: isDoneLike(status)
        ? dateNear(asOf).map((d) => serial(Date.parse(d) > Date.parse(asOf) ? asOf : d))
        : fc.constant<SheetValue>(null),
    },
    { weight: 2, arbitrary: dateCellNear(asOf) },
  );

const rowArbitrary: fc.Arbitrary<Row> = fc.constantFrom(...AS_OF_DATES).chain((asOf) =>
  statusValue.chain((status) =>
    fc.record({
      asOf: fc.constant(asOf),
      deadline: dateCellNear(asOf),
      status: fc.constant(status),
      completed: completedFor(asOf, status),
      dueSoonDays: fc.oneof(fc.constantFrom(0, 7), fc.integer({ min: 0, max: 12 })),
      planDate: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 26, max: 90 }).map((d) => serial(addDays(asOf, -d))) as fc.Arbitrary<SheetValue> },
        { weight: 1, arbitrary: fc.constant<SheetValue>(null) },
        { weight: 1, arbitrary: fc.integer({ min: -20, max: 5 }).map((d) => serial(addDays(asOf, d))) as fc.Arbitrary<SheetValue> },
        { weight: 1, arbitrary: fc.constant<SheetValue>("01/01/2020") },
      ),
      workingDays: fc.boolean(),
      shift: fc.boolean(),
    }),
  ),
);

function inputOf(row: Row): DeadlineInput {
  return {
    deadline: readDateCell(row.deadline),
    status: readStatusCell(row.status),
    completed: readDateCell(row.completed),
    asOf: row.asOf,
    planDate: readDateCell(row.planDate),
    settings: { dueSoonDays: row.dueSoonDays, workingDays: row.workingDays, shiftDeadlineToWorkingDay: row.shift },
    holidays: HOLIDAY_SET,
  };
}

const DATE_FORMAT = "dd/mm/yyyy";

function setValue(cell: ExcelJS.Cell, value: SheetValue, isDate: boolean): void {
  if (value === null) return;
  cell.value = value;
  if (isDate && typeof value === "number") cell.numFmt = DATE_FORMAT;
}

const withoutEquals = (formula: string) => formula.replace(/^=/, "");

async function writeWorkbook(file: string, rows: Row[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Dòng");
  const meta = workbook.addWorksheet("Bảng");
  DEADLINE_STATUSES.forEach((label, i) => (meta.getCell(i + 1, 1).value = label));
  TASK_STATUSES.forEach((status, i) => (meta.getCell(i + 1, 2).value = status));
  HOLIDAYS.forEach((holiday, i) => {
    const cell = meta.getCell(i + 1, 3);
    cell.value = serial(holiday.date);
    cell.numFmt = DATE_FORMAT;
    meta.getCell(i + 1, 4).value = holiday.name;
  });
  workbook.definedNames.add(`'Bảng'!$A$1:$A$${DEADLINE_STATUSES.length}`, "KetQua");
  workbook.definedNames.add(`'Bảng'!$B$1:$B$${TASK_STATUSES.length}`, "TrangThai");
  // One empty cell after the table: users add holidays at the end.
  workbook.definedNames.add(`'Bảng'!$C$1:$C$${HOLIDAYS.length + 1}`, "NgayNghi");

  rows.forEach((row, i) => {
    const r = i + 1;
    const refs = rowRefs(r);
    setValue(sheet.getCell(`A${r}`), row.deadline, true);
    setValue(sheet.getCell(`B${r}`), row.status, false);
    setValue(sheet.getCell(`C${r}`), row.completed, true);
    setValue(sheet.getCell(`D${r}`), serial(row.asOf), true);
    setValue(sheet.getCell(`E${r}`), row.dueSoonDays, false);
    setValue(sheet.getCell(`F${r}`), row.planDate, true);
    setValue(sheet.getCell(`G${r}`), row.workingDays, false);
    setValue(sheet.getCell(`H${r}`), row.shift, false);
    sheet.getCell(`I${r}`).value = { formula: withoutEquals(effectiveDeadlineFormula(refs)) };
    sheet.getCell(`I${r}`).numFmt = DATE_FORMAT;
    sheet.getCell(`J${r}`).value = { formula: withoutEquals(dueSoonLimitFormula(refs)) };
    sheet.getCell(`J${r}`).numFmt = DATE_FORMAT;
    sheet.getCell(`K${r}`).value = { formula: withoutEquals(deadlineStatusFormula(refs)) };
    sheet.getCell(`L${r}`).value = { formula: withoutEquals(dayCountFormula(refs)) };
  });
  await workbook.xlsx.writeFile(file);
}

describe("deadline formula and TypeScript rules", () => {
  it("agree on every random row recalculated by LibreOffice, across as-of dates", async () => {
    const rows = fc.sample(rowArbitrary, { seed: 20191220, numRuns: 2500 });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "deadline-agreement-"));
    try {
      const file = path.join(dir, "rows.xlsx");
      await writeWorkbook(file, rows);
      const sheets = await recalculatedSheets(file, ["Dòng"]);
      const shown = sheets["Dòng"];
      const mismatches: string[] = [];
      const seen = new Map<string, number>();
      rows.forEach((row, i) => {
        const input = inputOf(row);
        const expectedStatus = deadlineStatus(input);
        const count = dayCount(input);
        const expectedDays = count === null ? "" : String(count);
        const [status, days] = [shown[i]?.[10] ?? "", shown[i]?.[11] ?? ""];
        seen.set(expectedStatus, (seen.get(expectedStatus) ?? 0) + 1);
        if (status !== expectedStatus || days !== expectedDays) {
          mismatches.push(`row ${i + 1} ${JSON.stringify(row)}: sheet ${status} | ${days}, TypeScript ${expectedStatus} | ${expectedDays}`);
        }
      });
      console.log(
        `compared ${rows.length} rows over ${AS_OF_DATES.length} as-of dates: ` +
          [...seen.entries()].map(([status, n]) => `${status} ${n}`).join(", "),
      );
      expect(mismatches.slice(0, 10)).toEqual([]);
      // Every result of the table occurred, so no row of it went untested.
      expect([...seen.keys()].sort()).toEqual([...DEADLINE_STATUSES].sort());
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
