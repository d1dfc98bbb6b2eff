import fc from "fast-check";
import { assignSheetNames, shortenSheetName, type NamedUnit } from "../../src/domain/sheet-name";
import { sheetNameKey } from "../../src/domain/sheet-name-key";
import { isValidSheetName } from "../../src/domain/sheet-name-rules";
import type { UnitCode } from "../../src/domain/types";
import { propertyRuns } from "../support/property-runs";

const code = (text: string) => text as UnitCode;
const units = (...names: string[]): NamedUnit[] => names.map((name, i) => ({ code: code(`DV${String(i + 1).padStart(3, "0")}`), name }));
const keys = (names: Iterable<string>) => [...names].map(sheetNameKey);
/** What the tracker gives a sheet: a name Excel accepts that a user could also type into a tab. */
// eslint-disable-next-line no-control-regex -- control characters are what is checked
const assignable = (name: string) => isValidSheetName(name) && name.trim() === name && !/[\u0000-\u001f\u007f-\u009f]/.test(name);

describe("shortenSheetName", () => {
  it("keeps a name that already fits", () => {
    expect(shortenSheetName("Đảng bộ Sở Tài chính")).toBe("Đảng bộ Sở Tài chính");
  });
  it("abbreviates the organisational words of a long name", () => {
    expect(shortenSheetName("Chi bộ Ngân hàng Nhà nước Việt Nam, Chi nhánh tỉnh Bình Phước")).toBe("CB NHNN VN, CN tỉnh Bình Phước");
    expect(shortenSheetName("Đảng bộ Bệnh viện Đa khoa tỉnh Bình Phước")).toBe("ĐB BV Đa khoa tỉnh Bình Phước");
  });
  it("keeps the kind prefix and the distinctive tail when abbreviations are not enough", () => {
    const name = "Chi bộ Trường Trung học phổ thông chuyên Quang Trung thành phố Đồng Xoài";
    const short = shortenSheetName(name);
    expect(short.length).toBeLessThanOrEqual(31);
    expect(short.startsWith("CB ")).toBe(true);
    expect(short.endsWith("Đồng Xoài")).toBe(true);
  });
  it("drops forbidden characters and edge apostrophes", () => {
    expect(shortenSheetName("'[x]?*'")).toBe("x");
    expect(shortenSheetName("Chi bộ A/B: C")).toBe("Chi bộ A B C");
  });
  it("never splits a word-less overlong name inside a surrogate pair", () => {
    const short = shortenSheetName("𝐀".repeat(40));
    expect(short.length).toBeLessThanOrEqual(31);
    expect(short).toBe(short.normalize("NFC"));
    expect(/[\ud800-\udbff]$/.test(short)).toBe(false);
  });
});

describe("assignSheetNames", () => {
  it("names the demo units within Excel's rules", () => {
    const names = assignSheetNames(
      units(
        "Đảng bộ Văn phòng Ủy ban nhân dân tỉnh",
        "Chi bộ Ngân hàng Nhà nước Việt Nam, Chi nhánh tỉnh Bình Phước",
        "Đảng bộ Đài Phát thanh - Truyền hình và Báo Bình Phước",
      ),
      ["Kế hoạch", "Đơn vị"],
    );
    for (const name of names.values()) expect(assignable(name)).toBe(true);
    expect(names.get(code("DV001"))).toBe("ĐB VP UBND tỉnh");
    expect(names.get(code("DV003"))).toBe("ĐB Đài PT-TH và Báo Bình Phước");
  });

  it("turns hostile names into valid, unique sheet names", () => {
    const hostile = units(
      '=HYPERLINK("http://evil.example/x","Bấm vào")',
      "+84 912 345 678",
      "@SUM(A1:A9)",
      "-1+2",
      "[x]?*",
      "History",
      "history",
      "Chi bộ Trường Trung học phổ thông Nguyễn Du khu A",
      "Chi bộ Trường Trung học phổ thông Nguyễn Du khu B",
      "",
      "   ",
      "'quoted'",
      "Kế hoạch",
    );
    const names = assignSheetNames(hostile, ["Kế hoạch", "Đơn vị", "Tổng quan", "_meta"]);
    expect(names.size).toBe(hostile.length);
    for (const name of names.values()) expect(assignable(name)).toBe(true);
    const all = keys([...names.values(), "Kế hoạch", "Đơn vị", "Tổng quan", "_meta"]);
    expect(new Set(all).size).toBe(all.length);
    expect(names.get(code("DV006"))).toBe("History DV006");
    expect(names.get(code("DV007"))).toBe("history DV007");
    expect(names.get(code("DV013"))).toBe("Kế hoạch DV013");
    expect(names.get(code("DV010"))).toBe("DV010");
  });

  it("tells apart two units whose names share their first 31 characters", () => {
    const prefix = "Chi bộ Phòng Kỹ thuật Nghiệp vụ Tổng hợp số";
    const names = assignSheetNames(units(`${prefix} 1`, `${prefix} 2`), []);
    const [a, b] = [...names.values()];
    expect(sheetNameKey(a)).not.toBe(sheetNameKey(b));
  });

  it("adds the unit code when two long names shorten to the same sheet name", () => {
    const names = assignSheetNames(
      units(
        "Chi bộ Phòng Hành chính khu Bắc Trường Nguyễn Du Đồng Xoài Bình Phước",
        "Chi bộ Phòng Hành chính khu Nam Trường Nguyễn Du Đồng Xoài Bình Phước",
      ),
      [],
    );
    const [a, b] = [...names.values()];
    expect(a.length).toBeLessThanOrEqual(31);
    expect(b).toMatch(/ DV002$/);
    expect(sheetNameKey(a)).not.toBe(sheetNameKey(b));
  });

  it("keeps a unit's sheet name across rebuilds, even when the unit is renamed", () => {
    const first = assignSheetNames(units("Chi bộ Sở Tài chính", "Chi bộ Sở Y tế"), ["Kế hoạch"]);
    const renamed = units("Đảng bộ Sở Tài chính (mới)", "Chi bộ Sở Y tế", "Chi bộ Sở Tài chính");
    const second = assignSheetNames(renamed, ["Kế hoạch"], first);
    expect(second.get(code("DV001"))).toBe("Chi bộ Sở Tài chính");
    expect(second.get(code("DV002"))).toBe("Chi bộ Sở Y tế");
    expect(second.get(code("DV003"))).toBe("Chi bộ Sở Tài chính DV003");
  });

  it("gives up a previous name Excel accepts but nobody could type: a tab, an edge space", () => {
    const previous = new Map([[code("DV001"), "Chi bộ\tA"], [code("DV002"), " Chi bộ B"]]);
    const names = assignSheetNames(units("Chi bộ A", "Chi bộ B"), [], previous);
    expect([...names.values()]).toEqual(["Chi bộ A", "Chi bộ B"]);
  });

  it("gives up a previous name that now collides with a reserved sheet", () => {
    const names = assignSheetNames(units("Tổng quan"), ["tổng quan"], new Map([[code("DV001"), "Tổng quan"]]));
    expect(names.get(code("DV001"))).toBe("Tổng quan DV001");
  });

  const hostileText = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.constantFrom("History", "history", "HISTORY", "'", "''", "[]", ":", "=1+1", "+84", "@x", "-x", "\t\r\n", "Kế hoạch", "Đơn vị"),
    fc
      .array(fc.constantFrom("Chi bộ", "Đảng bộ", "Công ty", "cổ phần", "Sở", "Tài chính", "Bình Phước", "'", "*", "Đ", "đ", " ", "A", "—", "𝐀"), { maxLength: 25 })
      .map((parts) => parts.join(" ")),
  );
  const unitList = fc
    .uniqueArray(fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/), { minLength: 1, maxLength: 12, selector: (c) => c.toUpperCase() })
    .chain((codes) => fc.tuple(fc.constant(codes), fc.array(hostileText, { minLength: codes.length, maxLength: codes.length })))
    .map(([codes, names]) => codes.map((c, i) => ({ code: code(c), name: names[i] })));
  const reservedList = fc.array(fc.oneof(hostileText.map((s) => shortenSheetName(s) || "X"), fc.constantFrom("Kế hoạch", "KẾ HOẠCH")), { maxLength: 5 });

  it("always gives valid, unique names that avoid reserved ones (property)", () => {
    fc.assert(
      fc.property(unitList, reservedList, (list, reserved) => {
        const names = assignSheetNames(list, reserved);
        expect(names.size).toBe(list.length);
        for (const name of names.values()) {
          expect(assignable(name)).toBe(true);
          expect(name).toBe(name.normalize("NFC"));
        }
        const all = keys(names.values());
        expect(new Set(all).size).toBe(all.length);
        const reservedKeys = new Set(keys(reserved));
        for (const key of all) expect(reservedKeys.has(key)).toBe(false);
      }),
      { numRuns: propertyRuns(1000) },
    );
  });

  it("is deterministic and stable when fed its own result (property)", () => {
    fc.assert(
      fc.property(unitList, reservedList, (list, reserved) => {
        const first = assignSheetNames(list, reserved);
        expect(assignSheetNames(list, reserved)).toEqual(first);
        expect(assignSheetNames([...list].reverse(), reserved, first)).toEqual(first);
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});
