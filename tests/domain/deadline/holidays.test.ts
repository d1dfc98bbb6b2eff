import fc from "fast-check";
import { addDays, weekday } from "../../../src/domain/calendar-date";
import {
  defaultHolidays,
  isWorkingDay,
  nextWorkingDay,
  onOrNextWorkingDay,
  workingDaysBetween,
} from "../../../src/domain/deadline/holidays";
import type { IsoDate } from "../../../src/domain/types";

const d = (text: string) => text as IsoDate;
const datesOf = (year: number, name: string) =>
  defaultHolidays(year, year)
    .filter((h) => h.name === name)
    .map((h) => h.date);

describe("preset Vietnamese public holidays", () => {
  // The five Tết working days off as announced for civil servants each year (the rest of each
  // announced break is the weekend).
  const tet: [number, string[]][] = [
    [2019, ["2019-02-04", "2019-02-05", "2019-02-06", "2019-02-07", "2019-02-08"]],
    [2020, ["2020-01-23", "2020-01-24", "2020-01-27", "2020-01-28", "2020-01-29"]],
    [2021, ["2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16"]],
    [2022, ["2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04"]],
    [2023, ["2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26"]],
    [2024, ["2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14"]],
    [2025, ["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"]],
    [2026, ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"]],
  ];
  it.each(tet)("gives the announced Tết days off in %i", (year, days) => {
    expect(datesOf(year, "Tết Nguyên đán")).toEqual(days);
  });

  it("gives Quốc khánh one adjacent day from 2021, joined to the weekend", () => {
    expect(datesOf(2020, "Quốc khánh (ngày liền kề)")).toEqual([]);
    expect(datesOf(2021, "Quốc khánh (ngày liền kề)")).toEqual(["2021-09-03"]);
    expect(datesOf(2022, "Quốc khánh (ngày liền kề)")).toEqual(["2022-09-01"]);
    expect(datesOf(2024, "Quốc khánh (ngày liền kề)")).toEqual(["2024-09-03"]);
    expect(datesOf(2025, "Quốc khánh (ngày liền kề)")).toEqual(["2025-09-01"]);
  });

  it("gives a day off in lieu on the next free working day for a holiday on a weekend", () => {
    // 2023: Giỗ Tổ Saturday 29/4, 30/4 Sunday, 1/5 Monday → off until Wednesday 3/5.
    const may2023 = defaultHolidays(2023, 2023).filter((h) => h.date >= "2023-04-29" && h.date <= "2023-05-03");
    expect(may2023.map((h) => h.date)).toEqual(["2023-04-29", "2023-04-30", "2023-05-01", "2023-05-02", "2023-05-03"]);
    expect(may2023[3].name).toBe("Nghỉ bù Giỗ Tổ Hùng Vương");
    // 2022: 1/1 on a Saturday → Monday 3/1.
    expect(datesOf(2022, "Nghỉ bù Tết Dương lịch")).toEqual(["2022-01-03"]);
  });

  it("lists each year's ten to sixteen days in date order, without duplicates", () => {
    const all = defaultHolidays(2019, 2030);
    const dates = all.map((h) => h.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (let year = 2019; year <= 2030; year++) {
      const count = dates.filter((date) => date.startsWith(String(year))).length;
      expect(count).toBeGreaterThanOrEqual(year >= 2021 ? 11 : 10);
      expect(count).toBeLessThanOrEqual(16);
    }
  });

  it("names the days in English when asked", () => {
    expect(defaultHolidays(2024, 2024, "en")[0]).toEqual({ date: "2024-01-01", name: "New Year's Day" });
  });

  it("refuses years outside the rules it knows", () => {
    expect(() => defaultHolidays(2010, 2012)).toThrow(RangeError);
    expect(() => defaultHolidays(2025, 2024)).toThrow(RangeError);
  });
});

describe("working days", () => {
  const holidays = new Set(defaultHolidays(2024, 2024).map((h) => h.date));

  it("skips Tết and the weekend to find the next working day", () => {
    expect(isWorkingDay(d("2024-02-07"), holidays)).toBe(true);
    expect(nextWorkingDay(d("2024-02-07"), holidays)).toBe("2024-02-15");
    expect(onOrNextWorkingDay(d("2024-02-10"), holidays)).toBe("2024-02-15");
    expect(onOrNextWorkingDay(d("2024-02-07"), holidays)).toBe("2024-02-07");
  });

  it("counts the working days after the first date up to the second, signed", () => {
    expect(workingDaysBetween(d("2024-02-07"), d("2024-02-16"), holidays)).toBe(2);
    expect(workingDaysBetween(d("2024-02-16"), d("2024-02-07"), holidays)).toBe(-2);
    expect(workingDaysBetween(d("2024-02-07"), d("2024-02-07"), holidays)).toBe(0);
  });

  const date = fc.integer({ min: -400, max: 400 }).map((n) => addDays(d("2024-06-01"), n));
  const someHolidays = fc.uniqueArray(date, { maxLength: 30 }).map((list) => new Set(list));

  it("adds up: a→b plus b→c is a→c, and b→a is −(a→b)", () => {
    fc.assert(
      fc.property(date, date, date, someHolidays, (a, b, c, hols) => {
        expect(workingDaysBetween(a, b, hols) + workingDaysBetween(b, c, hols)).toBe(workingDaysBetween(a, c, hols));
        expect(workingDaysBetween(b, a, hols)).toBe(0 - workingDaysBetween(a, b, hols));
      }),
    );
  });

  it("finds the next working day with only rest days in between", () => {
    fc.assert(
      fc.property(date, someHolidays, (day, hols) => {
        const next = nextWorkingDay(day, hols);
        expect(isWorkingDay(next, hols)).toBe(true);
        expect(workingDaysBetween(day, next, hols)).toBe(1);
        expect([0, 6]).not.toContain(weekday(next));
      }),
    );
  });
});
