import fc from "fast-check";
import { addDays, daysBetween } from "../../../src/domain/calendar-date";
import { parsePeriod, periodCode, periodRange, type Period } from "../../../src/domain/report";
import type { IsoDate } from "../../../src/domain/types";

const d = (s: string) => s as IsoDate;
const range = (code: string, convention: "calendar" | "nd09") => periodRange(parsePeriod(code) as Period, convention);

describe("reading a period code", () => {
  it.each([
    ["2019-12", { kind: "month", year: 2019, month: 12 }],
    ["2019-1", { kind: "month", year: 2019, month: 1 }],
    ["2019-Q4", { kind: "quarter", year: 2019, quarter: 4 }],
    ["2019-q1", { kind: "quarter", year: 2019, quarter: 1 }],
    ["2019-H1", { kind: "half", year: 2019 }],
    ["2019-6M", { kind: "half", year: 2019 }],
    ["2019-9M", { kind: "nineMonths", year: 2019 }],
    ["2019", { kind: "year", year: 2019 }],
    ["2019-10-01..2019-12-31", { kind: "custom", from: "2019-10-01", to: "2019-12-31" }],
    [" 2019-11-15 .. 2020-02-14 ", { kind: "custom", from: "2019-11-15", to: "2020-02-14" }],
  ])("reads %s", (code, period) => {
    expect(parsePeriod(code)).toEqual(period);
  });

  it.each(["2019-13", "2019-00", "2019-Q5", "2019-H2", "19-12", "tháng 12", "2019-02-30..2019-03-01", "2019-12-31..2019-10-01", ""])(
    "refuses %j",
    (code) => {
      expect(parsePeriod(code)).toBeNull();
    },
  );

  it("gives back the code it read, for every kind", () => {
    for (const code of ["2019-12", "2019-Q4", "2019-H1", "2019-9M", "2019", "2019-10-01..2019-12-31"]) {
      expect(periodCode(parsePeriod(code) as Period)).toBe(code);
    }
  });
});

describe("calendar cut-offs", () => {
  it.each([
    ["2019-12", "2019-12-01", "2019-12-31"],
    ["2020-02", "2020-02-01", "2020-02-29"],
    ["2019-02", "2019-02-01", "2019-02-28"],
    ["2100-02", "2100-02-01", "2100-02-28"],
    ["2000-02", "2000-02-01", "2000-02-29"],
    ["2019-Q1", "2019-01-01", "2019-03-31"],
    ["2019-Q4", "2019-10-01", "2019-12-31"],
    ["2019-H1", "2019-01-01", "2019-06-30"],
    ["2019-9M", "2019-01-01", "2019-09-30"],
    ["2019", "2019-01-01", "2019-12-31"],
  ])("%s runs from %s to %s", (code, from, to) => {
    expect(range(code, "calendar")).toEqual({ from, to });
  });
});

describe("cut-offs of Nghị định 09/2019/NĐ-CP (15th of the month before to the 14th)", () => {
  it.each([
    ["2019-12", "2019-11-15", "2019-12-14"],
    ["2020-01", "2019-12-15", "2020-01-14"],
    ["2020-03", "2020-02-15", "2020-03-14"],
    ["2019-Q1", "2018-12-15", "2019-03-14"],
    ["2019-Q2", "2019-03-15", "2019-06-14"],
    ["2019-Q4", "2019-09-15", "2019-12-14"],
    ["2019-H1", "2018-12-15", "2019-06-14"],
    ["2019-9M", "2018-12-15", "2019-09-14"],
    ["2019", "2018-12-15", "2019-12-14"],
  ])("%s runs from %s to %s", (code, from, to) => {
    expect(range(code, "nd09")).toEqual({ from, to });
  });

  it("a custom range is the same under both conventions, across a year end", () => {
    expect(range("2019-11-20..2020-01-10", "nd09")).toEqual({ from: "2019-11-20", to: "2020-01-10" });
    expect(range("2019-11-20..2020-01-10", "calendar")).toEqual({ from: "2019-11-20", to: "2020-01-10" });
  });

  it("months of a year tile it without gap or overlap, under both conventions", () => {
    for (const convention of ["calendar", "nd09"] as const) {
      for (let month = 1; month < 12; month++) {
        const a = range(`2020-${month}`, convention);
        const b = range(`2020-${month + 1}`, convention);
        expect(addDays(a.to, 1)).toBe(b.from);
      }
      const year = range("2020", convention);
      expect(daysBetween(year.from, year.to) + 1).toBe(366);
    }
  });

  it("a quarter spans exactly its three months, any year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2399 }), fc.integer({ min: 1, max: 4 }), (year, quarter) => {
        for (const convention of ["calendar", "nd09"] as const) {
          const q = range(`${year}-Q${quarter}`, convention);
          expect(q.from).toBe(range(`${year}-${quarter * 3 - 2}`, convention).from);
          expect(q.to).toBe(range(`${year}-${quarter * 3}`, convention).to);
        }
      }),
    );
  });
});

it("the cut-off is the last day counted", () => {
  expect(range("2019-12", "calendar").to).toBe(d("2019-12-31"));
});
