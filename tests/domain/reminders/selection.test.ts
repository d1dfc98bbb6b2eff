/**
 * Who is reminded of what, on the seed plan 13-KH/ĐUK with 40 units as of 23/12/2019 (see
 * tests/support/reminder-seed.ts): ten units late on NV05, due 20/12/2019.
 */
import { ReminderCounts, selectReminders, type ReminderFacts, type ReminderScope } from "../../../src/domain/reminders";
import type { TrackerState } from "../../../src/domain/tracker";
import type { IsoDate, Plan, TaskCode, UnitCode } from "../../../src/domain/types";
import { seedPlan, seedState } from "../../support/seed-tracker";
import { AS_OF, lateUnitCodes, NV05, reminderEntries, reminderState, reminderUnits, silentUnitCodes } from "../../support/reminder-seed";

const d = (s: string) => s as IsoDate;

function select(state: TrackerState = reminderState(), scope: ReminderScope = "late", asOf: IsoDate = AS_OF, counts = new ReminderCounts()): ReminderFacts[] {
  return selectReminders({ state, asOf, scope, counts });
}

/** The seed state with the plan changed (a deadline moved, a task added) and settings. */
function stateWith(change: (plan: Plan) => Plan, settings: Partial<TrackerState["settings"]> = {}): TrackerState {
  const units = reminderUnits();
  const state = seedState(change(seedPlan()), units, reminderEntries(units));
  return { ...state, settings: { ...state.settings, ...settings }, plan: { ...state.plan, settings: { ...state.plan.settings!, ...settings } } };
}

const withDeadline = (code: string, deadline: string) => (plan: Plan): Plan => ({ ...plan, tasks: plan.tasks.map((t) => (t.code === code ? { ...t, deadline: d(deadline) } : t)) });

describe("scope late", () => {
  const facts = select();

  it("reminds exactly the ten units late on NV05, in the order of the unit list", () => {
    expect(facts.map((f) => f.unit.code)).toEqual(lateUnitCodes());
  });

  it("names the task, its deadline and the days late as the sheets count them (calendar days: 3)", () => {
    for (const f of facts) {
      expect(f.late).toEqual([expect.objectContaining({ code: NV05, deadline: "2019-12-20", days: 3, round: 1 })]);
      expect(f.dueSoon).toEqual([]);
      expect(f.round).toBe(1);
    }
  });

  it("keeps the task's words short: the seed's 396 characters become its first words", () => {
    const text = facts[0].late[0].text;
    expect(text.length).toBeLessThanOrEqual(161);
    expect(text.startsWith("Trực tiếp phổ biến, quán triệt Kết luận 50-KL/TW")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
  });

  it("tells the silent among them", () => {
    expect(facts.filter((f) => f.silent).map((f) => f.unit.code)).toEqual(silentUnitCodes());
  });

  it("leaves out units that completed the task, on time or late (21–23/12)", () => {
    const late = new Set(lateUnitCodes());
    expect(reminderUnits().filter((u) => !late.has(u.code))).toHaveLength(30);
    expect(facts.some((f) => !late.has(f.unit.code))).toBe(false);
  });

  it("reminds nobody before the deadline has passed", () => {
    expect(select(reminderState(), "late", d("2019-12-20"))).toEqual([]);
  });
});

describe("the same judgement as the sheets", () => {
  it("with working days on, Friday 20/12 to Monday 23/12 is one working day late", () => {
    const facts = select(stateWith((p) => p, { workingDays: true }));
    expect(facts.map((f) => f.late[0].days)).toEqual(Array(10).fill(1));
  });

  it("with working days on and Monday 23/12 a holiday of the table, the task is late by 0 working days", () => {
    const facts = select(stateWith((p) => p, { workingDays: true, holidays: [d("2019-12-23")] }));
    expect(facts).toHaveLength(10);
    expect(facts[0].late[0].days).toBe(0);
  });

  it("a deadline on Saturday 21/12 moved to Monday 23/12 by the shift setting is due today, not late", () => {
    const shifted = stateWith(withDeadline("NV05", "2019-12-21"), { shiftDeadlineToWorkingDay: true });
    expect(select(shifted, "late")).toEqual([]);
    const all = select(shifted, "all");
    expect(all.map((f) => f.unit.code)).toEqual(lateUnitCodes());
    expect(all[0].dueSoon).toEqual([expect.objectContaining({ code: NV05, deadline: "2019-12-21", days: 0 })]);
    const unshifted = select(stateWith(withDeadline("NV05", "2019-12-21")), "late");
    expect(unshifted[0].late[0].days).toBe(2);
  });
});

describe("scopes silent and all", () => {
  it("silent: the three units that entered nothing, with the task they are late on", () => {
    const facts = select(reminderState(), "silent");
    expect(facts.map((f) => f.unit.code)).toEqual(silentUnitCodes());
    expect(facts.every((f) => f.silent && f.late.length === 1)).toBe(true);
  });

  it("silent before any deadline: units without a task to name, numbered by their earlier reminders", () => {
    const [first] = silentUnitCodes();
    const counts = new ReminderCounts([{ unit: first, task: null }]);
    const facts = select(reminderState(), "silent", d("2019-12-10"), counts);
    expect(facts.map((f) => [f.unit.code, f.late.length, f.dueSoon.length, f.round])).toEqual(silentUnitCodes().map((u, i) => [u, 0, 0, i === 0 ? 2 : 1]));
  });

  it("all: a task due in four days (NV02, 27/12/2019) is named to every unit that has not done it", () => {
    const state = stateWith(withDeadline("NV02", "2019-12-27"));
    const all = select(state, "all");
    expect(all).toHaveLength(40);
    expect(all[0].dueSoon).toEqual([expect.objectContaining({ code: "NV02", deadline: "2019-12-27", days: 4 })]);
    const late = select(state, "late");
    expect(late.map((f) => f.unit.code)).toEqual(lateUnitCodes());
    expect(late[0].late.map((t) => t.code)).toEqual(["NV05"]);
    expect(late[0].dueSoon.map((t) => t.code)).toEqual(["NV02"]);
  });

  it("all: a deadline beyond the due-soon window (7 days) is not named", () => {
    const all = select(stateWith(withDeadline("NV02", "2019-12-31")), "all");
    expect(all.map((f) => f.unit.code)).toEqual(lateUnitCodes());
    expect(all.every((f) => f.dueSoon.length === 0)).toBe(true);
  });
});

describe("lần nhắc", () => {
  const [a, b] = lateUnitCodes();

  it("is 1 + the times the log holds the unit and task, whatever else it holds", () => {
    const counts = new ReminderCounts([
      { unit: a, task: NV05 },
      { unit: a, task: NV05 },
      { unit: b, task: NV05 },
      { unit: b, task: "NV01" as TaskCode },
      { unit: "DV001" as UnitCode, task: NV05 },
      { unit: a, task: null },
    ]);
    const facts = select(reminderState(), "late", AS_OF, counts);
    const round = (unit: UnitCode) => facts.find((f) => f.unit.code === unit)!;
    expect(round(a).late[0].round).toBe(3);
    expect(round(b).late[0].round).toBe(2);
    expect(facts.filter((f) => f.unit.code !== a && f.unit.code !== b).every((f) => f.round === 1)).toBe(true);
  });

  it("of a unit is the highest of its tasks'", () => {
    const state = stateWith(withDeadline("NV02", "2019-12-27"));
    const counts = new ReminderCounts([{ unit: a, task: "NV02" as TaskCode }, { unit: a, task: "NV02" as TaskCode }]);
    const facts = select(state, "late", AS_OF, counts);
    const unit = facts.find((f) => f.unit.code === a)!;
    expect(unit.late[0].round).toBe(1);
    expect(unit.dueSoon[0].round).toBe(3);
    expect(unit.round).toBe(3);
  });

  it("leaves out units and tasks the tracker could not read", () => {
    const [gone, rowless] = lateUnitCodes();
    const facts = selectReminders({ state: reminderState(), asOf: AS_OF, scope: "late", counts: new ReminderCounts(), skipUnits: new Set([gone]), skipTask: (unit) => unit === rowless });
    expect(facts.map((f) => f.unit.code)).toEqual(lateUnitCodes().slice(2));
  });
});
