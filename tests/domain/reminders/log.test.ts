import { logRowsFor, ReminderCounts, timesReminded, type ReminderLogEntry } from "../../../src/domain/reminders";
import type { IsoDate, TaskCode, UnitCode } from "../../../src/domain/types";
import { reminderUnits } from "../../support/reminder-seed";

const d = (s: string) => s as IsoDate;
const unit = reminderUnits()[3];
const task = (code: string, deadline: string, days: number, round = 1) => ({ code: code as TaskCode, text: "…", deadline: d(deadline), days, round });

function entry(row: number, sentOn: string | null, task: string | null = "NV05", code: UnitCode = unit.code): ReminderLogEntry {
  return { row, unit: code, task: task as TaskCode | null, sentOn: sentOn as IsoDate | null, unitName: null, deadline: null, days: null, channel: null, round: null, replyBy: null };
}

describe("log rows of a reminder sent", () => {
  it("one per task named, late first, a task due soon with minus its days left", () => {
    const counts = new ReminderCounts([entry(14, "2019-12-16", "NV02")]);
    const rows = logRowsFor({ unit, late: [task("NV05", "2019-12-20", 3)], dueSoon: [task("NV02", "2019-12-27", 4), task("NV03", "2019-12-23", 0)] }, { channel: "email", sentOn: d("2019-12-23"), replyBy: d("2019-12-30") }, counts);
    expect(rows.map((r) => [r.task, r.deadline, r.days, r.round])).toEqual([
      ["NV05", "2019-12-20", 3, 1],
      ["NV02", "2019-12-27", -4, 2],
      ["NV03", "2019-12-23", 0, 1],
    ]);
    expect(rows.every((r) => r.unit === unit.code && r.unitName === unit.name && r.channel === "email" && r.replyBy === "2019-12-30")).toBe(true);
    expect(counts.next(unit.code, "NV05" as TaskCode)).toBe(2);
  });

  it("one without a task for a silent unit with nothing to name", () => {
    const rows = logRowsFor({ unit, late: [], dueSoon: [] }, { channel: "print", sentOn: d("2019-12-10"), replyBy: d("2019-12-17") }, new ReminderCounts([entry(14, "2019-12-02", null)]));
    expect(rows).toEqual([{ sentOn: "2019-12-10", unit: unit.code, unitName: unit.name, task: null, deadline: null, days: null, channel: "print", round: 2, replyBy: "2019-12-17" }]);
  });
});

describe("times a unit was reminded, for the report", () => {
  const other = reminderUnits()[7].code;
  const entries = [
    entry(14, "2019-12-23"),
    entry(15, "2019-12-23", "NV02"),
    entry(16, "2019-12-30"),
    entry(17, "2020-01-06"),
    entry(18, null),
    entry(19, "2019-12-23", "NV05", other),
  ];

  it("counts the days reminders went out up to the cut-off, once per day", () => {
    expect(timesReminded(entries, d("2019-12-31"))).toEqual(new Map([[unit.code, 2], [other, 1]]));
    expect(timesReminded(entries, d("2020-01-31")).get(unit.code)).toBe(3);
    expect(timesReminded(entries, d("2019-12-22")).size).toBe(0);
  });
});
