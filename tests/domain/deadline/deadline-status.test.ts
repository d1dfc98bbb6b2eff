import fc from "fast-check";
import { addDays } from "../../../src/domain/calendar-date";
import {
  BLANK,
  dateCell,
  dayCount,
  deadlineStatus,
  effectiveDeadline,
  isProblem,
  readDateCell,
  readStatusCell,
  worstStatus,
  DEADLINE_STATUSES,
  PROBLEM_STATUSES,
  SEVERITY_ORDER,
  STATUS_COLORS,
  type DateCell,
  type DeadlineInput,
  type DeadlineStatus,
  type StatusCell,
} from "../../../src/domain/deadline";
import { DEFAULT_SETTINGS, TASK_STATUSES, type IsoDate, type PlanSettings } from "../../../src/domain/types";

const d = (text: string) => text as IsoDate;
const on = (text: string): DateCell => dateCell(d(text));
const status = (s: (typeof TASK_STATUSES)[number]): StatusCell => ({ kind: "status", status: s });
const notDate = (raw: string): DateCell => ({ kind: "notDate", raw });

// 20/12/2019 is a Friday; 21–22/12 a weekend. 1/1/2020 a Wednesday holiday.
const HOLIDAYS = new Set([d("2020-01-01")]);

type Overrides = Omit<Partial<DeadlineInput>, "settings"> & { settings?: Partial<PlanSettings> };

function input(overrides: Overrides): DeadlineInput {
  return {
    deadline: on("2019-12-20"),
    status: BLANK,
    completed: BLANK,
    asOf: d("2019-12-10"),
    planDate: on("2019-08-20"),
    holidays: HOLIDAYS,
    ...overrides,
    settings: { ...DEFAULT_SETTINGS, ...overrides.settings },
  };
}

describe("deadline status: the decision table of docs/deadline-rules.md", () => {
  const rows: [string, Overrides, DeadlineStatus, number | null][] = [
    ["a deadline typed as text is a problem, whatever the unit reported", { deadline: notDate("trước 20/12"), status: status("Không áp dụng") }, "Lỗi: Hạn không phải ngày", null],
    ["a status outside the list is a problem", { status: { kind: "invalid", raw: "Xong" } }, "Lỗi: Trạng thái không hợp lệ", null],
    ["a task that does not apply is set aside, even with dates", { status: status("Không áp dụng"), completed: on("2030-01-01") }, "Không áp dụng", null],
    ["done without a completion date is a problem", { status: status("Hoàn thành") }, "Lỗi: Hoàn thành thiếu ngày", null],
    ["done with a completion date typed as text is a problem", { status: status("Hoàn thành"), completed: notDate("15/12/2019") }, "Lỗi: Ngày hoàn thành không phải ngày", null],
    ["a completion date after the as-of date is a problem", { status: status("Hoàn thành"), completed: on("2019-12-11") }, "Lỗi: Ngày hoàn thành sau ngày báo cáo", null],
    ["a completion date before the plan's date is a problem", { status: status("Hoàn thành"), completed: on("2019-08-19") }, "Lỗi: Ngày hoàn thành trước ngày kế hoạch", null],
    ["a plan date that is not a date flags every completed row", { status: status("Hoàn thành"), completed: on("2019-12-01"), planDate: notDate("x") }, "Lỗi: Ngày hoàn thành trước ngày kế hoạch", null],
    ["done on the plan's own date is fine", { status: status("Hoàn thành"), completed: on("2019-08-20") }, "Hoàn thành đúng hạn", -122],
    ["done on the deadline day is on time", { status: status("Hoàn thành"), completed: on("2019-12-20"), asOf: d("2019-12-30") }, "Hoàn thành đúng hạn", 0],
    ["done the day after the deadline is late by one day", { status: status("Hoàn thành"), completed: on("2019-12-21"), asOf: d("2019-12-30") }, "Hoàn thành quá hạn", 1],
    ["done with no deadline counts as on time, without a day count", { status: status("Hoàn thành"), completed: on("2019-12-01"), deadline: BLANK }, "Hoàn thành đúng hạn", null],
    ["a completion date with an open status is a problem", { status: status("Đang thực hiện"), completed: on("2019-12-01") }, "Lỗi: Có ngày hoàn thành nhưng chưa hoàn thành", null],
    ["a completion date with nothing reported is a problem", { completed: on("2019-12-01") }, "Lỗi: Có ngày hoàn thành nhưng chưa hoàn thành", null],
    ["an open task without a deadline has none", { deadline: BLANK, status: status("Chưa thực hiện") }, "Chưa có hạn", null],
    ["an open task past its deadline is late", { asOf: d("2019-12-23") }, "Quá hạn", 3],
    ["an open task on its deadline day is due soon, 0 days left", { asOf: d("2019-12-20") }, "Sắp đến hạn", 0],
    ["seven days left is still due soon with the default window", { asOf: d("2019-12-13") }, "Sắp đến hạn", -7],
    ["eight days left is in time", { asOf: d("2019-12-12") }, "Trong hạn", -8],
    ["a window of 0 days marks only the deadline day", { asOf: d("2019-12-19"), settings: { dueSoonDays: 0 } }, "Trong hạn", -1],
    ["not reported yet counts as Chưa thực hiện", { status: BLANK, asOf: d("2019-12-01") }, "Trong hạn", -19],
  ];
  it.each(rows)("%s", (_name, overrides, expected, days) => {
    expect(deadlineStatus(input(overrides))).toBe(expected);
    expect(dayCount(input(overrides))).toBe(days);
  });
});

describe("deadline status with working days and shifted deadlines", () => {
  it("moves a Saturday deadline to Monday when the plan says so", () => {
    const row = input({ deadline: on("2019-12-21"), settings: { shiftDeadlineToWorkingDay: true } });
    expect(effectiveDeadline(row)).toEqual(on("2019-12-23"));
    expect(deadlineStatus({ ...row, asOf: d("2019-12-23") })).toBe("Sắp đến hạn");
    expect(deadlineStatus({ ...row, asOf: d("2019-12-24") })).toBe("Quá hạn");
  });

  it("moves a deadline past a holiday and the weekend after it", () => {
    const row = input({ deadline: on("2020-01-01"), settings: { shiftDeadlineToWorkingDay: true } });
    expect(effectiveDeadline(row)).toEqual(on("2020-01-02"));
  });

  it("keeps a Saturday deadline when the shift is off: Monday is late", () => {
    expect(deadlineStatus(input({ deadline: on("2019-12-21"), asOf: d("2019-12-23") }))).toBe("Quá hạn");
  });

  it("counts days left in working days, skipping the weekend and holidays", () => {
    // From Friday 27/12/2019 to Friday 3/1/2020: 30, 31/12, 2, 3/1 (1/1 is a holiday).
    const row = input({ deadline: on("2020-01-03"), asOf: d("2019-12-27"), settings: { workingDays: true, dueSoonDays: 4 } });
    expect(dayCount(row)).toBe(-4);
    expect(deadlineStatus(row)).toBe("Sắp đến hạn");
    expect(deadlineStatus({ ...row, settings: { ...row.settings, dueSoonDays: 3 } })).toBe("Trong hạn");
  });

  it("calls a task late on the weekend after a Friday deadline, with no working day lost yet", () => {
    const row = input({ asOf: d("2019-12-22"), settings: { workingDays: true } });
    expect(deadlineStatus(row)).toBe("Quá hạn");
    expect(dayCount(row)).toBe(0);
    expect(dayCount({ ...row, asOf: d("2019-12-23") })).toBe(1);
  });

  it("counts a late completion in working days", () => {
    const row = input({ status: status("Hoàn thành"), completed: on("2019-12-24"), asOf: d("2019-12-31"), settings: { workingDays: true } });
    expect(deadlineStatus(row)).toBe("Hoàn thành quá hạn");
    expect(dayCount(row)).toBe(2);
  });
});

describe("reading cells as the formula sees them", () => {
  it("takes an empty text for an empty cell", () => {
    expect(readDateCell("")).toEqual(BLANK);
    expect(readStatusCell("")).toEqual(BLANK);
    expect(readDateCell(null)).toEqual(BLANK);
  });

  it("reads a number as a date serial and text or TRUE as not a date", () => {
    expect(readDateCell(43819)).toEqual(on("2019-12-20"));
    expect(readDateCell("20/12/2019")).toEqual(notDate("20/12/2019"));
    expect(readDateCell(true)).toEqual(notDate("TRUE"));
  });

  it("recognises a status regardless of case and with Excel's wildcards", () => {
    expect(readStatusCell("HOÀN THÀNH")).toEqual(status("Hoàn thành"));
    expect(readStatusCell("Đang*")).toEqual(status("Đang thực hiện"));
    expect(readStatusCell("*")).toEqual(status("Chưa thực hiện"));
    expect(readStatusCell("Hoan thanh")).toEqual({ kind: "invalid", raw: "Hoan thanh" });
    expect(readStatusCell(" Hoàn thành")).toEqual({ kind: "invalid", raw: " Hoàn thành" });
    expect(readStatusCell(3)).toEqual({ kind: "invalid", raw: "3" });
  });

  it("treats a completion date typed as TRUE like Excel does: not a date", () => {
    expect(deadlineStatus(input({ status: status("Hoàn thành"), completed: readDateCell(true) }))).toBe("Lỗi: Ngày hoàn thành không phải ngày");
  });
});

describe("worst status, severity and colours", () => {
  it("ranks a data problem above late, and late above due soon", () => {
    expect(worstStatus(["Trong hạn", "Quá hạn", "Sắp đến hạn"])).toBe("Quá hạn");
    expect(worstStatus(["Quá hạn", "Lỗi: Hoàn thành thiếu ngày"])).toBe("Lỗi: Hoàn thành thiếu ngày");
    expect(worstStatus(["Hoàn thành đúng hạn", "Hoàn thành quá hạn"])).toBe("Hoàn thành quá hạn");
    expect(worstStatus([])).toBeNull();
  });

  it("orders every status exactly once", () => {
    expect([...SEVERITY_ORDER].sort()).toEqual([...DEADLINE_STATUSES].sort());
  });

  it("marks every problem visibly: a 'Lỗi:' prefix and purple", () => {
    for (const problem of PROBLEM_STATUSES) {
      expect(problem.startsWith("Lỗi: ")).toBe(true);
      expect(STATUS_COLORS[problem]?.fill).toBe("#E4DFEC");
    }
    expect(DEADLINE_STATUSES.filter((s) => !isProblem(s)).some((s) => s.startsWith("Lỗi"))).toBe(false);
  });

  it("colours late red, due soon amber, done green and done late orange", () => {
    expect(STATUS_COLORS["Quá hạn"]?.fill).toBe("#FFC7CE");
    expect(STATUS_COLORS["Sắp đến hạn"]?.fill).toBe("#FFEB9C");
    expect(STATUS_COLORS["Hoàn thành đúng hạn"]?.fill).toBe("#C6EFCE");
    expect(STATUS_COLORS["Hoàn thành quá hạn"]?.fill).toBe("#F8CBAD");
    expect(STATUS_COLORS["Trong hạn"]).toBeNull();
  });
});

// --- properties ------------------------------------------------------------------------------

const BASE = d("2024-02-01");
const date = fc.integer({ min: -60, max: 60 }).map((n) => addDays(BASE, n));
const holidays = fc.uniqueArray(date, { maxLength: 10 }).map((list) => new Set(list));
const settings: fc.Arbitrary<PlanSettings> = fc.record({
  dueSoonDays: fc.integer({ min: 0, max: 15 }),
  workingDays: fc.boolean(),
  shiftDeadlineToWorkingDay: fc.boolean(),
});
const dateCellArb: fc.Arbitrary<DateCell> = fc.oneof(
  { weight: 5, arbitrary: date.map(dateCell) },
  { weight: 1, arbitrary: fc.constant(BLANK) },
  { weight: 1, arbitrary: fc.constant(notDate("abc")) },
);
const statusArb: fc.Arbitrary<StatusCell> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TASK_STATUSES).map(status) },
  { weight: 1, arbitrary: fc.constant(BLANK) },
  { weight: 1, arbitrary: fc.constant<StatusCell>({ kind: "invalid", raw: "?" }) },
);
const anyInput: fc.Arbitrary<DeadlineInput> = fc.record({
  deadline: dateCellArb,
  status: statusArb,
  completed: dateCellArb,
  asOf: date,
  planDate: dateCellArb,
  settings,
  holidays,
});

describe("deadline rules: properties", () => {
  it("give a day count exactly for the five timed results with a date deadline", () => {
    fc.assert(
      fc.property(anyInput, (row) => {
        const timed = ["Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Quá hạn", "Sắp đến hạn", "Trong hạn"].includes(deadlineStatus(row));
        expect(dayCount(row) !== null).toBe(timed && row.deadline.kind === "date");
      }),
    );
  });

  it("never call a task late while its count says days are left, and vice versa", () => {
    fc.assert(
      fc.property(anyInput, (row) => {
        const count = dayCount(row);
        const result = deadlineStatus(row);
        if (count === null) return;
        if (count > 0) expect(["Quá hạn", "Hoàn thành quá hạn"]).toContain(result);
        if (count < 0) expect(["Sắp đến hạn", "Trong hạn", "Hoàn thành đúng hạn"]).toContain(result);
      }),
    );
  });

  it("only move an open task forward in time: in time, then due soon, then late", () => {
    const rank: Partial<Record<DeadlineStatus, number>> = { "Trong hạn": 0, "Sắp đến hạn": 1, "Quá hạn": 2 };
    fc.assert(
      fc.property(anyInput, fc.integer({ min: 1, max: 40 }), (row, step) => {
        const open = { ...row, status: status("Đang thực hiện"), completed: BLANK, deadline: row.deadline.kind === "date" ? row.deadline : on("2024-02-10") };
        const before = rank[deadlineStatus(open)];
        const after = rank[deadlineStatus({ ...open, asOf: addDays(open.asOf, step) })];
        expect(after).toBeGreaterThanOrEqual(before as number);
      }),
    );
  });

  it("never shift a deadline earlier, and always onto a working day", () => {
    fc.assert(
      fc.property(date, holidays, (deadline, hols) => {
        const shifted = effectiveDeadline({ deadline: dateCell(deadline), holidays: hols, settings: { ...DEFAULT_SETTINGS, shiftDeadlineToWorkingDay: true } });
        if (shifted.kind !== "date") throw new Error("expected a date");
        expect(shifted.date >= deadline).toBe(true);
        const day = new Date(`${shifted.date}T00:00:00Z`).getUTCDay();
        expect(day !== 0 && day !== 6 && !hols.has(shifted.date)).toBe(true);
      }),
    );
  });

  it("keep a data problem a problem whatever the settings", () => {
    fc.assert(
      fc.property(anyInput, settings, (row, other) => {
        expect(isProblem(deadlineStatus(row))).toBe(isProblem(deadlineStatus({ ...row, settings: other })));
      }),
    );
  });
});
