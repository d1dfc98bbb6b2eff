/**
 * Reminders through the Office.js host: Microsoft's office.js client against the emulated Excel,
 * the seed plan 13-KH/ĐUK with 40 units as of 23/12/2019. The same engine as on files: preview
 * in two round trips, log in two, the second round numbered from the log, the printable letters
 * with their page breaks, the report reading the log.
 */
import { buildTracker, createReport, logReminders, previewReminders, writeReminderSheet, type ReminderRound } from "../../src/engine";
import { ExcelHost } from "../../src/hosts/excel";
import type { IsoDate, UnitCode } from "../../src/domain/types";
import { createEmulatedExcel, type EmulatedExcel } from "../support/excel-emulator";
import { AS_OF, lateUnitCodes, NO_EMAIL_POSITION, reminderEntries, reminderUnits } from "../support/reminder-seed";
import { seedPlan, typeEntries } from "../support/seed-tracker";

function expectOk<T>(result: { ok: true; value: T } | { ok: false; problems: unknown[] }): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

const sentAll = (round: ReminderRound) => round.reminders.map((r) => ({ unit: r.unit.code, channel: r.email ? ("email" as const) : ("print" as const) }));

describe("reminders in Excel", () => {
  let excel: EmulatedExcel;
  let host: ExcelHost;
  beforeAll(async () => {
    excel = createEmulatedExcel();
    host = new ExcelHost(excel.run);
    expectOk(await buildTracker(host, { plan: seedPlan(), units: reminderUnits(), today: "2019-12-05" as IsoDate }));
    await typeEntries(host, reminderEntries());
  });
  afterAll(() => excel.dispose());

  const logSheet = () => excel.workbook.findSheet("Nhật ký đôn đốc")!;
  const column = (row: number) => [...Array(9)].map((_, i) => excel.workbook.getCell(logSheet(), row, i + 1)?.value ?? null);

  it("previews the ten late units in two round trips, writing nothing", async () => {
    excel.resetStats();
    const round = expectOk(await previewReminders(host, { asOf: AS_OF, scope: "late" }));
    expect(excel.stats.syncs).toBe(2);
    expect(round.reminders.map((r) => r.unit.code)).toEqual(lateUnitCodes());
    expect(round.reminders[0].late[0]).toMatchObject({ code: "NV05", deadline: "2019-12-20", days: 3, round: 1 });
    expect(excel.workbook.findSheet("Nhật ký đôn đốc")).toBeUndefined();
  });

  it("logs the round in two more: the log sheet after Tổng quan, its table over the rows", async () => {
    const round = expectOk(await previewReminders(host, { asOf: AS_OF, scope: "late" }));
    excel.resetStats();
    expect(expectOk(await logReminders(host, round, sentAll(round), AS_OF)).rows).toBe(10);
    expect(excel.stats.syncs).toBe(2);
    const names = excel.workbook.sheets.map((s) => s.name);
    expect(names.indexOf("Nhật ký đôn đốc")).toBe(names.indexOf("Tổng quan") + 1);
    expect(column(13)).toEqual(["Ngày đôn đốc", "Mã đơn vị", "Đơn vị", "Nhiệm vụ", "Hạn hoàn thành", "Số ngày quá hạn", "Kênh", "Lần nhắc", "Hạn báo cáo lại"]);
    expect(column(14).slice(1, 8)).toEqual([lateUnitCodes()[0], "Đảng bộ Sở Y tế", "NV05", expect.any(Number), 3, "email", 1]);
    const table = excel.workbook.tablesOf(logSheet());
    expect(table.map((t) => t.name)).toEqual(["NhatKy_DonDoc"]);
    expect(table[0].rect).toMatchObject({ top: 13, bottom: 23, left: 1, right: 9 });
  });

  it("numbers the second round from the log and appends it, the table grown to take it", async () => {
    const second = expectOk(await previewReminders(host, { asOf: "2019-12-30" as IsoDate, scope: "late" }));
    expect(second.logCount).toBe(10);
    expect(second.reminders.every((r) => r.round === 2)).toBe(true);
    expect(second.reminders[0].subject).toBe("Đôn đốc thực hiện Kế hoạch số 13-KH/ĐUK - Đảng bộ Sở Y tế (nhắc lần 2)");
    expectOk(await logReminders(host, second, sentAll(second), "2019-12-30" as IsoDate));
    expect(column(24)[7]).toBe(2);
    expect(column(23)[7]).toBe(1);
    expect(excel.workbook.tablesOf(logSheet())[0].rect).toMatchObject({ top: 13, bottom: 33 });
  });

  it("prints the letters of the chosen units, one page each", async () => {
    const round = expectOk(await previewReminders(host, { asOf: AS_OF, scope: "late" }));
    const units: UnitCode[] = [reminderUnits()[NO_EMAIL_POSITION - 1].code, lateUnitCodes()[0], lateUnitCodes()[1]];
    const printed = expectOk(await writeReminderSheet(host, round, units));
    const sheet = excel.workbook.findSheet(printed.sheet)!;
    expect(sheet.pageLayout.paperSize).toBe("A4");
    expect(sheet.pageLayout.rowBreaks).toHaveLength(2);
    expect(excel.workbook.getCell(sheet, 1, 1)?.value).toBe("ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP");
    const names = excel.workbook.sheets.map((s) => s.name);
    expect(names.indexOf(printed.sheet)).toBe(names.indexOf("Nhật ký đôn đốc") + 1);
  });

  it("the report made after says the late units were reminded twice", async () => {
    const made = expectOk(await createReport(host, { period: { kind: "month", year: 2019, month: 12 }, reportDate: "2020-01-06" as IsoDate, today: "2020-01-06" as IsoDate, replace: false }));
    const sheet = excel.workbook.findSheet(made.record.sheet)!;
    const texts = [...sheet.cells.values()].map((c) => String(c.value));
    expect(texts.filter((t) => t.includes("(đã đôn đốc 2 lần)"))).toHaveLength(10);
  });
});
