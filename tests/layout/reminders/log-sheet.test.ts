/**
 * The "Nhật ký đôn đốc" sheet written, read back, then sorted, edited and damaged the way staff
 * do it, and appended to: rows already there are never written, every row is read by its
 * headers, and what cannot be read is named by its row.
 */
import { defaultReminderSettings, logRowsFor, ReminderCounts, type ReminderLogRow } from "../../../src/domain/reminders";
import type { Problem } from "../../../src/domain/result";
import type { IsoDate, TaskCode } from "../../../src/domain/types";
import { logAppendPatch, defaultPlacement, readReminderLog, remadeHeaderRow, reminderLogSheet, LOG_LAYOUT, LOG_TABLE } from "../../../src/layout/reminders";
import { SheetGrid } from "../../../src/layout/tracker/sheet-grid";
import { GridWorkbook } from "../tracker/support/grid-workbook";
import { seedPlan } from "../../support/seed-tracker";
import { lateUnitCodes, reminderRound, reminderUnits } from "../../support/reminder-seed";

const SHEET = "Nhật ký đôn đốc";
const HEADER = LOG_LAYOUT.headerRow;
const defaults = defaultReminderSettings(seedPlan());

function sentRows(counts = new ReminderCounts(), sentOn = "2019-12-23"): ReminderLogRow[] {
  return reminderRound("late", counts).reminders.flatMap((r) =>
    logRowsFor(r, { channel: r.email ? "email" : "print", sentOn: sentOn as IsoDate, replyBy: "2019-12-30" as IsoDate }, counts),
  );
}

function read(wb: GridWorkbook): { log: ReturnType<typeof readReminderLog>; problems: Problem[] } {
  const problems: Problem[] = [];
  const snapshot = wb.snapshot([{ sheet: SHEET }]);
  return { log: readReminderLog(SheetGrid.from(snapshot.ranges[0]), defaults, problems), problems };
}

function made(rows = sentRows()): GridWorkbook {
  const wb = new GridWorkbook();
  wb.apply({ ops: [{ op: "addSheet", sheet: reminderLogSheet(defaults, rows) }] });
  return wb;
}

const rowValues = (wb: GridWorkbook, row: number) => Array.from({ length: 12 }, (_, i) => wb.get(SHEET, row, i + 1));

describe("a new log", () => {
  const rows = sentRows();
  const wb = made(rows);

  it("has the settings block and the table header where the layout puts them", () => {
    expect(wb.get(SHEET, 1, 1)).toBe("NHẬT KÝ ĐÔN ĐỐC");
    expect(wb.get(SHEET, LOG_LAYOUT.firstSettingRow, 1)).toBe("Số ngày làm việc để báo cáo lại");
    expect(wb.get(SHEET, LOG_LAYOUT.firstSettingRow, 2)).toBe(5);
    expect(rowValues(wb, HEADER).slice(0, 9)).toEqual(["Ngày đôn đốc", "Mã đơn vị", "Đơn vị", "Nhiệm vụ", "Hạn hoàn thành", "Số ngày quá hạn", "Kênh", "Lần nhắc", "Hạn báo cáo lại"]);
    expect(wb.sheet(SHEET).tables.get(LOG_TABLE)).toBe(`A${HEADER}:I${HEADER + 10}`);
  });

  it("reads back every row as written, and the settings", () => {
    const { log, problems } = read(wb);
    expect(problems).toEqual([]);
    expect(log.settings).toEqual(defaults);
    expect(log.rowCount).toBe(10);
    expect(log.lastRow).toBe(HEADER + 10);
    expect(log.entries.map(({ row: _row, ...e }) => e)).toEqual(rows.map((r) => ({ ...r })));
    expect(log.entries[0]).toMatchObject({ unit: lateUnitCodes()[0], task: "NV05", deadline: "2019-12-20", days: 3, channel: "email", round: 1, sentOn: "2019-12-23", replyBy: "2019-12-30" });
  });

  it("reads the settings staff changed, and falls back to the default for one it cannot use", () => {
    const edited = made();
    edited.type(SHEET, LOG_LAYOUT.firstSettingRow, 2, 7);
    edited.type(SHEET, LOG_LAYOUT.firstSettingRow + 1, 2, "Văn phòng Đảng uỷ Khối");
    expect(read(edited).log.settings).toMatchObject({ replyDays: 7, office: "Văn phòng Đảng uỷ Khối" });
    edited.type(SHEET, LOG_LAYOUT.firstSettingRow, 2, "năm ngày");
    const { log, problems } = read(edited);
    expect(log.settings.replyDays).toBe(5);
    expect(problems).toEqual([expect.objectContaining({ key: "reminders.log.badSetting", at: { sheet: SHEET, cell: `B${LOG_LAYOUT.firstSettingRow}` } })]);
  });
});

describe("a log staff sorted and edited", () => {
  const wb = made();
  const first = HEADER + 1;
  const last = HEADER + 10;
  // Sorted newest unit first, "Hạn báo cáo lại" moved next to "Nhiệm vụ", a column of their own.
  wb.permuteRows(SHEET, first, last, [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
  wb.moveColumn(SHEET, 9, 5);
  wb.type(SHEET, HEADER, 10, "Ghi chú");
  wb.type(SHEET, first, 10, "Đã gọi điện nhắc");
  // A date typed as text, a word where a date goes, a row whose unit code was wiped.
  wb.type(SHEET, first + 1, 1, "23/12/2019");
  wb.type(SHEET, first + 2, 1, "hôm qua");
  wb.type(SHEET, first + 3, 2, "");
  const before = Array.from({ length: 10 }, (_, i) => rowValues(wb, first + i));
  const { log, problems } = read(wb);

  it("reads each row by its headers, wherever the columns went", () => {
    expect(log.placement?.columns.get("replyBy")).toBe(5);
    expect(log.placement?.columns.get("channel")).toBe(8);
    expect(log.placement).toMatchObject({ headerRow: HEADER, left: 1, right: 10 });
    const top = log.entries.find((e) => e.row === first)!;
    expect(top).toMatchObject({ unit: lateUnitCodes()[9], replyBy: "2019-12-30", channel: "email", round: 1 });
  });

  it("names each row it cannot fully read, keeps it, and counts it where it can", () => {
    expect(problems.map((p) => [p.key, p.params?.row, p.at?.cell])).toEqual([
      ["reminders.log.badCell", first + 1, `A${first + 1}`],
      ["reminders.log.badCell", first + 2, `A${first + 2}`],
      ["reminders.log.noUnit", first + 3, `B${first + 3}`],
    ]);
    expect(log.rowCount).toBe(10);
    expect(log.entries).toHaveLength(9);
    expect(log.entries.find((e) => e.row === first + 1)?.sentOn).toBe("2019-12-23");
    expect(log.entries.find((e) => e.row === first + 2)?.sentOn).toBeNull();
    const counts = new ReminderCounts(log.entries);
    const wiped = lateUnitCodes()[6];
    for (const unit of lateUnitCodes()) expect(counts.next(unit, "NV05" as TaskCode)).toBe(unit === wiped ? 1 : 2);
  });

  it("appends after the last row, at the columns as they are now, writing no row that was there", () => {
    const second = sentRows(new ReminderCounts(log.entries), "2019-12-30");
    wb.apply({ ops: [{ op: "patchSheet", name: SHEET, content: logAppendPatch(second, { placement: log.placement!, lastRow: log.lastRow, missing: log.missing }) }] });
    expect(Array.from({ length: 10 }, (_, i) => rowValues(wb, first + i))).toEqual(before);
    expect(wb.sheet(SHEET).tables.get(LOG_TABLE)).toBe(`A${HEADER}:J${last + 10}`);
    const again = read(wb);
    expect(again.log.rowCount).toBe(20);
    const added = again.log.entries.filter((e) => e.row > last);
    expect(added.map((e) => e.unit)).toEqual(lateUnitCodes());
    expect(added.map((e) => e.round)).toEqual(lateUnitCodes().map((u) => (u === lateUnitCodes()[6] ? 1 : 2)));
    expect(added.every((e) => e.sentOn === "2019-12-30" && e.replyBy === "2019-12-30" && e.deadline === "2019-12-20")).toBe(true);
    expect(wb.get(SHEET, last + 1, 5)).toBe(wb.get(SHEET, first, 5));
  });
});

describe("a log whose parts were deleted", () => {
  it("a column deleted: its header and values go right of the table for new rows", () => {
    const wb = made();
    for (let row = HEADER; row <= HEADER + 10; row++) wb.type(SHEET, row, 8, "");
    const { log } = read(wb);
    expect(log.missing).toEqual(["round"]);
    expect(log.placement?.columns.get("round")).toBe(10);
    wb.apply({ ops: [{ op: "patchSheet", name: SHEET, content: logAppendPatch(sentRows(new ReminderCounts(log.entries)), { placement: log.placement!, lastRow: log.lastRow, missing: log.missing }) }] });
    expect(wb.get(SHEET, HEADER, 10)).toBe("Lần nhắc");
    expect(wb.get(SHEET, HEADER + 11, 10)).toBe(2);
    expect(read(wb).log.missing).toEqual([]);
  });

  it("the table deleted: made again below what the sheet still holds", () => {
    const wb = made();
    for (let row = HEADER; row <= HEADER + 10; row++) for (let column = 1; column <= 9; column++) wb.type(SHEET, row, column, "");
    const { log } = read(wb);
    expect(log.placement).toBeNull();
    expect(log.entries).toEqual([]);
    const headerRow = remadeHeaderRow(log);
    expect(headerRow).toBe(LOG_LAYOUT.listTitleRow + 2);
    wb.apply({ ops: [{ op: "patchSheet", name: SHEET, content: logAppendPatch(sentRows(), { placement: defaultPlacement(headerRow), lastRow: headerRow, remade: true }) }] });
    const again = read(wb);
    expect(again.log.placement?.headerRow).toBe(headerRow);
    expect(again.log.entries.map((e) => e.unit)).toEqual(lateUnitCodes());
    expect(again.log.settings).toEqual(defaults);
  });

  it("a unit's name in the log is the name it had then", () => {
    const wb = made();
    const { log } = read(wb);
    expect(log.entries[0].unitName).toBe(reminderUnits()[3].name);
  });
});
