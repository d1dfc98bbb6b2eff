import { parsePeriod, periodRange, reportFigures, type Period, type ReportFigures } from "../../../src/domain/report";
import type { TaskCode } from "../../../src/domain/types";
import { seedEntries, seedState, seedUnits } from "../../support/seed-tracker";

function figuresOf(code: string, convention: "calendar" | "nd09" = "calendar", state = seedState()): ReportFigures {
  const period = parsePeriod(code) as Period;
  return reportFigures(state, period, convention, periodRange(period, convention));
}

const task = (f: ReportFigures, code: string) => f.tasks.find((t) => t.task.code === (code as TaskCode))!;

describe("figures of the seed tracker as of 31/12/2019 (report for December 2019)", () => {
  const f = figuresOf("2019-12");

  it("judges task NV05 (due 20/12/2019) unit by unit as the seed describes", () => {
    // 1–18 on time, 19–24 late, 25–30 and 32 (finished only on 03/01/2020) and the nine silent
    // units overdue, 31 a data problem (no completion date), 33 not applicable.
    expect(task(f, "NV05").counts).toEqual({ doneOnTime: 18, doneLate: 6, inProgress: 0, notStarted: 0, overdue: 6 + 1 + 9, notApplicable: 1, problem: 1 });
    expect(task(f, "NV05").applicable).toBe(41);
    expect(task(f, "NV05").done).toBe(24);
    expect(task(f, "NV05").rate).toBeCloseTo(24 / 41, 10);
    expect(task(f, "NV05").completedInPeriod).toBe(24);
  });

  it("tells in-progress from not-started tasks that have no deadline", () => {
    expect(task(f, "NV01").counts).toEqual({ doneOnTime: 10, doneLate: 0, inProgress: 20, notStarted: 12, overdue: 0, notApplicable: 0, problem: 0 });
    expect(task(f, "NV02").counts.inProgress).toBe(5);
    expect(task(f, "NV02").counts.notStarted).toBe(37);
    expect(task(f, "NV06").counts).toMatchObject({ notApplicable: 33, notStarted: 9 });
  });

  it("adds every (unit, task) pair once", () => {
    expect(f.totals.counts).toEqual({ doneOnTime: 28, doneLate: 6, inProgress: 25, notStarted: 142, overdue: 16, notApplicable: 34, problem: 1 });
    expect(f.totals.applicable).toBe(6 * 42 - 34);
    expect(f.totals.done).toBe(34);
    expect(f.totals.completedInPeriod).toBe(34);
    expect(f.headline).toEqual({ units: 42, reportedUnits: 33, applicable: 218, done: 34, doneOnTime: 28, overdue: 16 });
  });

  it("counts the units that reported and names the silent ones", () => {
    expect(f.reportedUnits).toBe(33);
    expect(f.silentUnits.map((u) => u.code)).toEqual(seedUnits().slice(33).map((u) => u.code));
  });

  it("sums the participants of the entries that stood at the cut-off", () => {
    const members = seedUnits().map((u) => u.members ?? 0);
    let part = 0;
    let whole = 0;
    for (let i = 1; i <= 18; i++) {
      part += members[i - 1] - (i % 5);
      whole += members[i - 1];
    }
    for (let i = 19; i <= 24; i++) {
      part += members[i - 1] - 2;
      whole += members[i - 1];
    }
    // Unit 31 (done, no date) counts; unit 32 finished after the cut-off and does not.
    part += members[30];
    whole += members[30];
    expect(f.participation?.part.sum).toBe(part);
    expect(f.participation?.whole.sum).toBe(whole);
    expect(f.participation?.rate).toBeCloseTo(part / whole, 10);
    expect(task(f, "NV05").participation?.part.sum).toBe(part);
    expect(task(f, "NV01").participation).toBeNull();
  });

  it("lists the late units, most overdue first, with days late at the cut-off", () => {
    expect(f.lateUnits).toHaveLength(16);
    const unit25 = f.lateUnits.find((u) => u.unit.code === "DV025")!;
    expect(unit25.late).toEqual([{ task: "NV05", deadline: "2019-12-20", daysLate: 11 }]);
    expect(f.lateUnits.map((u) => u.unit.code)).not.toContain("DV031");
  });
});

describe("the same tracker under other periods and conventions", () => {
  it("a quarter has the same standing at the same cut-off", () => {
    const q4 = figuresOf("2019-Q4");
    expect(q4.totals).toEqual(figuresOf("2019-12").totals);
  });

  it("the December report of Nghị định 09 stops at 14/12, before NV05 is due", () => {
    const f = figuresOf("2019-12", "nd09");
    expect(f.range).toEqual({ from: "2019-11-15", to: "2019-12-14" });
    // Completed by 14/12: units 1–10 (5–14/12) and 17–18 (5 and 6/12) on NV05; NV01's 16/12 is later.
    expect(task(f, "NV05").counts.doneOnTime).toBe(12);
    expect(task(f, "NV05").counts.overdue).toBe(0);
    expect(task(f, "NV01").counts.doneOnTime).toBe(0);
    expect(f.lateUnits).toEqual([]);
    // NV05 falls due inside the next stretch of the same length.
    expect(f.upcoming.map((u) => u.task.code)).toEqual(["NV05"]);
  });

  it("January 2020 counts unit 32's completion of 03/01/2020 in its period", () => {
    const f = figuresOf("2020-01");
    expect(task(f, "NV05").counts.doneLate).toBe(7);
    expect(task(f, "NV05").completedInPeriod).toBe(1);
  });

  it("a tracker where nobody reported anything yet", () => {
    const f = figuresOf("2019-12", "calendar", seedState(undefined, undefined, []));
    expect(f.reportedUnits).toBe(0);
    expect(f.totals.done).toBe(0);
    expect(f.participation).toBeNull();
    expect(f.totals.counts.overdue).toBe(42);
  });
});

it("seed entries fit the seed units", () => {
  expect(new Set(seedEntries().map((e) => e.unit)).size).toBe(33);
});
