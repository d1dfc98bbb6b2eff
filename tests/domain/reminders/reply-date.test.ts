import fc from "fast-check";
import { addDays, weekday } from "../../../src/domain/calendar-date";
import { defaultHolidays, isWorkingDay, workingDaysBetween } from "../../../src/domain/deadline";
import { addWorkingDays } from "../../../src/domain/reminders";
import type { IsoDate } from "../../../src/domain/types";

const d = (s: string) => s as IsoDate;
const holidays2020 = new Set(defaultHolidays(2019, 2020).map((h) => h.date));

describe("the date units must report back by", () => {
  it("counts five working days from Monday 23/12/2019 to Monday 30/12/2019", () => {
    expect(addWorkingDays(d("2019-12-23"), 5, holidays2020)).toBe("2019-12-30");
  });

  it("skips New Year's Day: from Friday 27/12/2019, five working days end on Monday 06/01/2020", () => {
    // 30, 31/12, (1/1 off), 2, 3/1, (week-end), 6/1.
    expect(addWorkingDays(d("2019-12-27"), 5, holidays2020)).toBe("2020-01-06");
    expect(addWorkingDays(d("2019-12-27"), 5, [])).toBe("2020-01-03");
  });

  it("skips Tết as the tracker's holiday table has it (23–29/01/2020)", () => {
    // Tuesday 21 and Wednesday 22 count; 23, 24, 27, 28, 29/01 are Tết, then 30, 31/01 and 03/02.
    expect(addWorkingDays(d("2020-01-20"), 5, holidays2020)).toBe("2020-02-03");
    expect(addWorkingDays(d("2020-01-20"), 5, [])).toBe("2020-01-27");
  });

  it("follows the table a user edited: a day added as a holiday is skipped", () => {
    expect(addWorkingDays(d("2019-12-23"), 5, new Set([...holidays2020, d("2019-12-24")]))).toBe("2019-12-31");
  });

  it("starts counting on the next working day when the as-of date is a week-end", () => {
    expect(addWorkingDays(d("2019-12-21"), 1, holidays2020)).toBe("2019-12-23");
    expect(addWorkingDays(d("2019-12-23"), 0, holidays2020)).toBe("2019-12-23");
  });

  it("always lands on a working day exactly N working days later", () => {
    const date = fc.integer({ min: 0, max: 730 }).map((n) => addDays(d("2019-01-01"), n));
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 60 }), (from, n) => {
        const to = addWorkingDays(from, n, holidays2020);
        expect(isWorkingDay(to, holidays2020)).toBe(true);
        expect(weekday(to) === 0 || weekday(to) === 6).toBe(false);
        expect(workingDaysBetween(from, to, holidays2020)).toBe(n);
      }),
    );
  });
});
