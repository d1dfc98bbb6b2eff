import { unitsFromRows, type RowCell, type SourceRow } from "../../src/domain/unit-rows";
import { parseUnitsCsv } from "../../src/domain/units-csv";
import { formatProblem } from "../../src/i18n";

/** Rows as a sheet gives them: row numbers from 1, cells from column A. */
const sheetRows = (...rows: RowCell[][]): SourceRow[] => rows.map((cells, i) => ({ line: i + 1, cells }));

const VI_HEADER = ["Mã ĐV", "Tên đơn vị", "Loại", "Bí thư/Người đứng đầu", "Email", "Số đảng viên", "Sổ theo dõi", "Tình trạng"];

describe("a unit list from rows of cells", () => {
  it("reads a tracker's own Đơn vị sheet: title and hint above the Vietnamese header, links and numbers as the sheet holds them", () => {
    const rows = sheetRows(
      ["DANH SÁCH ĐƠN VỊ"],
      ["Nhập mỗi đơn vị một dòng."],
      [],
      VI_HEADER,
      ["DV001", "Đảng bộ Sở Tài chính", "đảng bộ cơ sở", "Nguyễn Thị Thu Hà", "stc@binhphuoc.example.vn", 64, "Mở sổ", null],
      ["DV002", "Chi bộ Sở Tư pháp", "Chi bo", null, null, null, "Mở sổ", ""],
    );
    const result = unitsFromRows(rows, { file: "so-cu.xlsx", sheet: "Đơn vị" });
    if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join("\n"));
    expect(result.value).toEqual([
      { code: "DV001", name: "Đảng bộ Sở Tài chính", kind: "đảng bộ cơ sở", head: "Nguyễn Thị Thu Hà", email: "stc@binhphuoc.example.vn", members: 64 },
      { code: "DV002", name: "Chi bộ Sở Tư pháp", kind: "chi bộ", head: null, email: null, members: null },
    ]);
  });

  it("reads English column names in any order and case, with a numeric unit code kept as its text", () => {
    const rows = sheetRows(["Members", "EMAIL", "name", "Code", "kind", "head"], [12, "", "Chi bộ Trường Chính trị", 101, "chi bộ", "Lê Văn An"]);
    const result = unitsFromRows(rows, { file: "units.xlsx", sheet: "Sheet1" });
    expect(result.ok && result.value).toEqual([{ code: "101", name: "Chi bộ Trường Chính trị", kind: "chi bộ", head: "Lê Văn An", email: null, members: 12 }]);
  });

  it("keeps a name that starts with = and a head that starts with + as text, never as formulas", () => {
    const rows = sheetRows(VI_HEADER, ["DV9", '=HYPERLINK("http://x.example","bấm")', "chi bộ", "+84 912", null, "3"]);
    const result = unitsFromRows(rows, { file: "u.xlsx", sheet: "Đơn vị" });
    expect(result.ok && result.value[0]).toEqual({ code: "DV9", name: '=HYPERLINK("http://x.example","bấm")', kind: "chi bộ", head: "+84 912", email: null, members: 3 });
  });

  it("names the file, sheet and cell of a bad email and accepts no unit from the list", () => {
    const rows = sheetRows(
      ["code", "name", "kind", "head", "email", "members"],
      ["DV1", "Chi bộ A", "chi bộ", null, "a@x.example", 5],
      ["DV2", "Chi bộ B", "chi bộ", null, "khong-phai-email", 7],
    );
    const result = unitsFromRows(rows, { file: "donvi.xlsx", sheet: "Đơn vị" });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => formatProblem(p))).toEqual([
      'Tệp donvi.xlsx, trang tính "Đơn vị", ô E3: địa chỉ email "khong-phai-email" không hợp lệ',
    ]);
  });

  it("judges a unit the same from a CSV line as from a sheet row", () => {
    const header = ["code", "name", "kind", "head", "email", "members"];
    const bad = ["DV 1", "", "tổ đảng", "", "x@", "-3"];
    const fromSheet = unitsFromRows(sheetRows(header, bad), { file: "a.xlsx", sheet: "S" });
    const fromCsv = parseUnitsCsv([header, bad].map((r) => r.join(",")).join("\n"), "a.csv");
    const keys = (r: typeof fromCsv) => (r.ok ? [] : r.problems.map((p) => [p.key, p.params]));
    expect(keys(fromSheet)).toEqual(keys(fromCsv));
    expect(keys(fromCsv).map(([key]) => key)).toEqual(["units.missingName", "units.badCode", "units.badKind", "units.badEmail", "units.badMembers"]);
  });

  it("leaves out units the source tracker marked as removed, and says so", () => {
    const rows = sheetRows(VI_HEADER, ["DV1", "Chi bộ A", "chi bộ", null, null, 4, null, null], ["DV2", "Chi bộ B", "chi bộ", null, null, 4, null, "Đã bỏ"]);
    const result = unitsFromRows(rows, { file: "cu.xlsx", sheet: "Đơn vị" });
    expect(result.ok && result.value.map((u) => u.code)).toEqual(["DV1"]);
    expect(result.ok && result.warnings.map((w) => formatProblem(w))).toEqual(['Tệp cu.xlsx, trang tính "Đơn vị", ô H3: đơn vị DV2 được đánh dấu "Đã bỏ" nên không được nhập']);
  });

  it("names a missing column as the header row names the others", () => {
    const vi = unitsFromRows(sheetRows(["Mã ĐV", "Tên đơn vị", "Loại", "Email", "Số đảng viên"], ["DV1", "A", "chi bộ", null, 1]), { file: "a.xlsx", sheet: "Đơn vị" });
    expect(!vi.ok && formatProblem(vi.problems[0])).toBe(
      'Tệp a.xlsx, trang tính "Đơn vị", dòng 1: dòng tiêu đề thiếu cột "Bí thư/Người đứng đầu" (cần: Mã ĐV, Tên đơn vị, Loại, Bí thư/Người đứng đầu, Email, Số đảng viên)',
    );
    const none = unitsFromRows(sheetRows([], ["Danh sách"], ["DV1", "A"]), { file: "b.xlsx", sheet: "Trang1" });
    expect(!none.ok && formatProblem(none.problems[0], "en")).toBe(
      'File b.xlsx, sheet "Trang1", line 2: no header row with columns code and name (or Mã ĐV and Tên đơn vị) in the first 10 rows',
    );
  });

  it("finds no units in a list with a header only", () => {
    const result = unitsFromRows(sheetRows(VI_HEADER, [null, "", "  "]), { file: "c.xlsx", sheet: "Đơn vị" });
    expect(!result.ok && result.problems).toEqual([{ key: "units.csv.empty", at: { file: "c.xlsx", sheet: "Đơn vị" } }]);
  });
});
