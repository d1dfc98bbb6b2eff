import { formatNumberVi, formatPercentVi } from "../../src/domain/vietnamese-number";

describe("numbers written the Vietnamese way", () => {
  it.each([
    [0, "0"],
    [7, "7"],
    [1234, "1.234"],
    [1300, "1.300"],
    [1234567, "1.234.567"],
    [2.5, "2,5"],
    [1234.25, "1.234,25"],
    [-1234, "-1.234"],
  ])("%d → %s", (value, text) => {
    expect(formatNumberVi(value)).toBe(text);
  });

  it.each([
    [1234 / 1300, "94,9%"],
    [1, "100%"],
    [0.5, "50%"],
    [0, "0%"],
    [24 / 41, "58,5%"],
    [0.99951, "100%"],
  ])("ratio %d → %s", (ratio, text) => {
    expect(formatPercentVi(ratio)).toBe(text);
  });
});
