import { lunarNewYear, lunarToSolar } from "../../../src/domain/deadline/lunar-calendar";

describe("lunar calendar for Vietnam (UTC+7)", () => {
  // Tết dates: 2019–2026 as in the government's yearly holiday notices; 2027–2030 from the
  // new-moon instants of NASA's moon phase tables (Espenak) taken in UTC+7.
  const tet: [number, string][] = [
    [2019, "2019-02-05"],
    [2020, "2020-01-25"],
    [2021, "2021-02-12"],
    [2022, "2022-02-01"],
    [2023, "2023-01-22"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2027, "2027-02-06"],
    [2028, "2028-01-26"],
    [2029, "2029-02-13"],
    // New moon 02/02/2030 16:07 UTC: 23:07 in Hà Nội, already 03/02 in Beijing.
    [2030, "2030-02-02"],
  ];
  it.each(tet)("places Tết %i on %s", (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
  });

  it("follows Vietnam's calendar where it differs from China's (UTC+8)", () => {
    // Tết Ất Sửu: 21/01/1985 in Vietnam, 20/02/1985 in China.
    expect(lunarNewYear(1985)).toBe("1985-01-21");
    // Tết Mậu Thân: 29/01/1968 in Vietnam (the new moon fell before midnight in UTC+7), 30/01 in China.
    expect(lunarNewYear(1968)).toBe("1968-01-29");
    // Tết Đinh Hợi: 17/02/2007 in Vietnam, 18/02/2007 in China.
    expect(lunarNewYear(2007)).toBe("2007-02-17");
  });

  // Giỗ Tổ Hùng Vương (10/3 lunar), as announced for the public holiday each year.
  const gioTo: [number, string][] = [
    [2019, "2019-04-14"],
    [2020, "2020-04-02"],
    [2021, "2021-04-21"],
    [2022, "2022-04-10"],
    [2023, "2023-04-29"],
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
  ];
  it.each(gioTo)("places Giỗ Tổ %i on %s", (year, date) => {
    expect(lunarToSolar(year, 3, 10)).toBe(date);
  });

  it("puts the last month of a lunar year just before the next Tết", () => {
    for (let year = 2019; year <= 2030; year++) {
      const lastMonthStart = lunarToSolar(year, 12, 1);
      const next = lunarNewYear(year + 1);
      const gap = (Date.parse(next) - Date.parse(lastMonthStart)) / 86400000;
      expect([29, 30]).toContain(gap);
    }
  });

  it("refuses days and months that do not exist", () => {
    expect(() => lunarToSolar(2024, 13, 1)).toThrow(RangeError);
    expect(() => lunarToSolar(2024, 1, 31)).toThrow(RangeError);
  });
});
