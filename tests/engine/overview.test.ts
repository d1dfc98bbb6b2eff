/**
 * The pane's overview over the Office.js host: what a blank workbook, a built tracker, a round
 * of reminders and a report make it say, and that it only reads.
 */
import { checkTracker } from "../../src/domain/tracker-check";
import { LATE } from "../../src/domain/deadline";
import type { IsoDate } from "../../src/domain/types";
import { buildTracker, checkDeadlines, createReport, latestEndedPeriod, trackerOverview } from "../../src/engine";
import { logReminders, previewReminders } from "../../src/engine/reminders";
import { ExcelHost } from "../../src/hosts/excel";
import { createEmulatedExcel, type EmulatedExcel } from "../support/excel-emulator";
import { seedEntries, seedPlan, seedState, seedUnits, typeEntries } from "../support/seed-tracker";

function expectOk<T>(result: { ok: true; value: T } | { ok: false; problems: unknown[] }): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

const day = (iso: string) => iso as IsoDate;

describe("latestEndedPeriod", () => {
  it("is the month before under calendar months, until the month's last day has passed", () => {
    expect(latestEndedPeriod([], "calendar", day("2020-01-06"))).toEqual({ kind: "month", year: 2019, month: 12 });
    expect(latestEndedPeriod([], "calendar", day("2019-12-31"))).toEqual({ kind: "month", year: 2019, month: 11 });
    expect(latestEndedPeriod([], "calendar", day("2020-03-01"))).toEqual({ kind: "month", year: 2020, month: 2 });
  });

  it("under the 15th-to-14th regime, is the current month once the 14th has passed", () => {
    expect(latestEndedPeriod([], "nd09", day("2019-12-15"))).toEqual({ kind: "month", year: 2019, month: 12 });
    expect(latestEndedPeriod([], "nd09", day("2019-12-14"))).toEqual({ kind: "month", year: 2019, month: 11 });
    expect(latestEndedPeriod([], "nd09", day("2020-01-10"))).toEqual({ kind: "month", year: 2019, month: 12 });
  });
});

describe("the overview in Excel", () => {
  let excel: EmulatedExcel;
  let host: ExcelHost;
  beforeEach(() => {
    excel = createEmulatedExcel();
    host = new ExcelHost(excel.run);
  });
  afterEach(() => excel.dispose());

  it("names the first step in a blank workbook", async () => {
    const overview = expectOk(await trackerOverview(host, day("2019-12-23")));
    expect(overview).toMatchObject({ hasInputSheets: false, hasTracker: false, plan: null, units: 0, nextStep: "start", dueReport: null });
  });

  it("counts the late units of the seed tracker, proposes reminders, then the report, and writes nothing", async () => {
    expectOk(await buildTracker(host, { plan: seedPlan(), units: seedUnits(), today: day("2019-12-05") }));
    await typeEntries(host, seedEntries());
    // Before the plan's first month has ended, no report is due yet.
    expect(expectOk(await trackerOverview(host, day("2019-12-23"))).dueReport).toBeNull();
    const asOf = day("2020-01-06");
    // Counted independently with the domain's check of the same entries.
    const rows = checkTracker(seedState(), asOf).rows.filter((r) => r.result === LATE);
    const lateUnits = new Set(rows.map((r) => r.unit)).size;
    expect(lateUnits).toBeGreaterThan(0);

    excel.resetStats();
    const first = expectOk(await trackerOverview(host, asOf));
    expect(excel.stats.syncs).toBe(2);
    expect(first).toMatchObject({ hasTracker: true, units: 42, lateUnits, latePairs: rows.length, nextStep: "remind", reports: 0 });
    expect(first.plan).toMatchObject({ docNumber: "13-KH/ĐUK", tasks: seedPlan().tasks.length });
    expect(first.dueReport).toMatchObject({ periodCode: "2019-12", made: false, cutoff: "2019-12-31" });
    expect(first.reminders).toEqual({ rows: 0, units: 0, lastSent: null });

    const round = expectOk(await previewReminders(host, { asOf, scope: "late" }));
    expectOk(await logReminders(host, round, round.reminders.map((r) => ({ unit: r.unit.code, channel: "email" as const })), asOf));
    const reminded = expectOk(await trackerOverview(host, asOf));
    expect(reminded.reminders).toMatchObject({ units: lateUnits, lastSent: asOf });
    expect(reminded.reminders.rows).toBeGreaterThanOrEqual(lateUnits);
    // The deadline check reads the same log: each late unit reminded once by the as-of date.
    const check = expectOk(await checkDeadlines(host, asOf, { paintTabs: false }));
    expect([...check.reminded.values()]).toEqual(round.reminders.map(() => 1));
    expect(round.reminders.every((r) => check.reminded.get(r.unit.code) === 1)).toBe(true);
    // Reminded today: the next step is the report still due.
    expect(reminded.nextStep).toBe("report");

    expectOk(await createReport(host, { period: { kind: "month", year: 2019, month: 12 }, reportDate: asOf, today: asOf, replace: false }));
    const reported = expectOk(await trackerOverview(host, asOf));
    expect(reported).toMatchObject({ reports: 1, lastReport: { docNumber: "1-BC/ĐUK", periodLabel: "tháng 12 năm 2019" }, nextStep: "check" });
    expect(reported.dueReport?.made).toBe(true);
  });
});
