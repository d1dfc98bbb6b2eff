/**
 * Reminders through the file host: the seed plan 13-KH/ĐUK with 40 units as of 23/12/2019 (ten
 * late on NV05, see tests/support/reminder-seed.ts). Preview, log, a second round, the printable
 * letters, the report that reads the log, and the cases a hand-edited workbook brings.
 */
import { bccMailto, createReport, logReminders, previewReminders, readTrackerFrom, reminderMailto, writeReminderSheet, type ReminderRound } from "../../src/engine";
import type { IsoDate, UnitCode } from "../../src/domain/types";
import { XlsxHost } from "../../src/hosts/xlsx";
import { AS_OF, buildReminderTracker, lateUnitCodes, NO_EMAIL_POSITION, reminderUnits, silentUnitCodes } from "../support/reminder-seed";

function expectOk<T>(result: { ok: true; value: T } | { ok: false; problems: unknown[] }): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

async function seeded(): Promise<XlsxHost> {
  const host = XlsxHost.create();
  await buildReminderTracker(host);
  return host;
}

const sentAll = (round: ReminderRound) => round.reminders.map((r) => ({ unit: r.unit.code, channel: r.email ? ("email" as const) : ("print" as const) }));
const tabs = async (host: XlsxHost) => (await host.snapshot([])).sheets.slice().sort((a, b) => a.position - b.position).map((s) => s.name);
const logValues = async (host: XlsxHost) => (await host.snapshot([{ sheet: "Nhật ký đôn đốc" }])).ranges[0].values;

describe("a first round, logged, and the second", () => {
  let host: XlsxHost;
  let first: ReminderRound;
  beforeAll(async () => {
    host = await seeded();
    first = expectOk(await previewReminders(host, { asOf: AS_OF, scope: "late" }));
  });

  it("previews the ten late units, the reply date five working days on, writing nothing", async () => {
    expect(first.reminders.map((r) => r.unit.code)).toEqual(lateUnitCodes());
    expect(first.replyBy).toBe("2019-12-30");
    expect(first.logCount).toBe(0);
    expect(first.reminders[0].text).toContain("Kính gửi: Đảng bộ Sở Y tế");
    expect(await tabs(host)).not.toContain("Nhật ký đôn đốc");
  });

  it("logs one row per unit and task, the log placed after Tổng quan", async () => {
    expect(expectOk(await logReminders(host, first, sentAll(first), AS_OF))).toEqual({ rows: 10 });
    const names = await tabs(host);
    expect(names.indexOf("Nhật ký đôn đốc")).toBe(names.indexOf("Tổng quan") + 1);
  });

  it("a week later, the second round says lần 2 (the reply date skips New Year's Day), and the log holds both rounds", async () => {
    const second = expectOk(await previewReminders(host, { asOf: "2019-12-30" as IsoDate, scope: "late" }));
    expect(second.logCount).toBe(10);
    expect(second.reminders.every((r) => r.round === 2 && r.late[0].round === 2)).toBe(true);
    expect(second.reminders[0].text).toContain("(hạn 20/12/2019, quá hạn 10 ngày) (nhắc lần 2).");
    expect(second.replyBy).toBe("2020-01-07");
    expect(expectOk(await logReminders(host, second, sentAll(second), "2019-12-30" as IsoDate)).rows).toBe(10);
    const rows = (await logValues(host)).filter((row) => lateUnitCodes().includes(row[1] as UnitCode));
    expect(rows).toHaveLength(20);
    expect(rows.map((row) => row[7]).sort()).toEqual([...Array(10).fill(1), ...Array(10).fill(2)]);
  });

  it("the December report says who was reminded, and how often", async () => {
    const made = expectOk(await createReport(host, { period: { kind: "month", year: 2019, month: 12 }, reportDate: "2020-01-06" as IsoDate, today: "2020-01-06" as IsoDate, replace: false }));
    const text = JSON.stringify(made.sheet.cells);
    expect(text).toContain("Đảng bộ Sở Y tế: nhiệm vụ NV05 (hạn 20/12/2019, quá 11 ngày) (đã đôn đốc 2 lần).");
    // Units reminded after the cut-off are not counted: a report of 20–27/12 sees one reminder.
    const early = expectOk(await createReport(host, { period: { kind: "custom", from: "2019-12-01" as IsoDate, to: "2019-12-27" as IsoDate }, reportDate: "2019-12-27" as IsoDate, today: "2020-01-06" as IsoDate, replace: false }));
    expect(JSON.stringify(early.sheet.cells)).toContain("(đã đôn đốc 1 lần)");
  });
});

describe("printing and mail", () => {
  it("prints the letter of the unit without email, one page, after the log", async () => {
    const host = await seeded();
    const round = expectOk(await previewReminders(host, { asOf: AS_OF, scope: "late" }));
    const noEmail = reminderUnits()[NO_EMAIL_POSITION - 1].code;
    expectOk(await logReminders(host, round, [{ unit: noEmail, channel: "print" }], AS_OF));
    const printed = expectOk(await writeReminderSheet(host, round, [noEmail, lateUnitCodes()[0]]));
    expect(printed).toEqual({ sheet: "Đôn đốc 23-12-2019", replaced: false, pages: 2 });
    const names = await tabs(host);
    expect(names.indexOf("Đôn đốc 23-12-2019")).toBe(names.indexOf("Nhật ký đôn đốc") + 1);
    expect(expectOk(await writeReminderSheet(host, round, [noEmail])).replaced).toBe(true);
    expect((await tabs(host)).filter((n) => n.startsWith("Đôn đốc"))).toHaveLength(1);
  });

  it("drafts mail: to one unit, or to all in Bcc naming who has no address", async () => {
    const host = await seeded();
    const round = expectOk(await previewReminders(host, { asOf: AS_OF, scope: "late" }));
    expect(reminderMailto(round.reminders[0]).startsWith("mailto:syt@binhphuoc.example.vn?subject=")).toBe(true);
    const draft = bccMailto(round, lateUnitCodes());
    expect(draft.addresses).toHaveLength(9);
    expect(draft.missing.map((u) => u.code)).toEqual([reminderUnits()[NO_EMAIL_POSITION - 1].code]);
  });

  it("writes the letters in English when asked", async () => {
    const host = await seeded();
    const round = expectOk(await previewReminders(host, { asOf: AS_OF, scope: "silent", lang: "en" }));
    expect(round.reminders.map((r) => r.unit.code)).toEqual(silentUnitCodes());
    expect(round.reminders[0].text).toContain("your unit has not reported on any task");
  });
});

describe("a workbook edited by hand", () => {
  it("a unit sheet deleted: that unit is left out with a warning naming it and its sheet; the others are reminded", async () => {
    const host = await seeded();
    const gone = lateUnitCodes()[2];
    const { state } = await readTrackerFrom(host);
    const sheet = state!.sheets.get(gone)!;
    await host.apply({ ops: [{ op: "deleteSheet", name: sheet }] });
    const result = await previewReminders(host, { asOf: AS_OF, scope: "late" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.reminders.map((r) => r.unit.code)).toEqual(lateUnitCodes().filter((u) => u !== gone));
    expect(result.warnings).toContainEqual(expect.objectContaining({ key: "reminders.unitSheetMissing", params: { unit: gone, sheet } }));
  });

  it("a task row deleted from a unit's sheet: that task is not named to that unit, with a warning", async () => {
    const host = await seeded();
    const [unit] = lateUnitCodes();
    const { state } = await readTrackerFrom(host);
    const positions = state!.positions.unitSheets.get(unit)!;
    const row = positions.taskRows.get("NV05" as never)!;
    const blanks = [Array.from({ length: 12 }, () => ({ kind: "blank" as const }))];
    await host.apply({ ops: [{ op: "patchSheet", name: positions.sheet, content: { cells: [{ at: `A${row}`, rows: blanks }] } }] });
    const result = await previewReminders(host, { asOf: AS_OF, scope: "late" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.reminders.map((r) => r.unit.code)).toEqual(lateUnitCodes().slice(1));
    expect(result.warnings).toContainEqual(expect.objectContaining({ key: "reminders.rowMissing", params: { sheet: positions.sheet, task: "NV05", unit } }));
  });

  it("a unit not in the round is refused with nothing written", async () => {
    const host = await seeded();
    const round = expectOk(await previewReminders(host, { asOf: AS_OF, scope: "late" }));
    const result = await logReminders(host, round, [{ unit: lateUnitCodes()[0], channel: "email" }, { unit: "DV001" as UnitCode, channel: "email" }], AS_OF);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ key: "reminders.notInRound", params: { unit: "DV001" } }]);
    expect(await tabs(host)).not.toContain("Nhật ký đôn đốc");
    expect((await writeReminderSheet(host, round, [])).ok).toBe(false);
  });

  it("a tracker not built yet is named as such", async () => {
    const result = await previewReminders(XlsxHost.create(), { asOf: AS_OF, scope: "late" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ key: "reminders.notBuilt" }]);
  });
});
