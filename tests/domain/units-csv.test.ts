import { readFileSync } from "node:fs";
import * as path from "node:path";
import { parseUnitsCsv } from "../../src/domain/units-csv";
import { formatProblem } from "../../src/i18n";

const demo = readFileSync(path.join(__dirname, "../../examples/units-binh-phuoc.csv"), "utf8");

describe("units CSV", () => {
  it("reads the twelve demo units with their quoted, comma-holding names", () => {
    const result = parseUnitsCsv(demo, "units.csv");
    if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join("\n"));
    expect(result.value).toHaveLength(12);
    expect(result.value[9]).toEqual({
      code: "DV010",
      name: "Chi bộ Ngân hàng Nhà nước Việt Nam, Chi nhánh tỉnh Bình Phước",
      kind: "chi bộ",
      head: "Huỳnh Văn Phúc",
      email: "nhnn.bp@binhphuoc.example.vn",
      members: 31,
    });
  });

  it("accepts a byte-order mark, CRLF line ends and decomposed Vietnamese (stores NFC)", () => {
    const nfd = "\uFEFFcode,name,kind,head,email,members\r\nDV1,Chi bộ Sở Tư pháp,Chi bo,,,\r\n".normalize("NFD");
    const result = parseUnitsCsv(nfd, "u.csv");
    expect(result.ok && result.value[0]).toMatchObject({ code: "DV1", name: "Chi bộ Sở Tư pháp", kind: "chi bộ", members: null });
  });

  it("takes a unit without a kind as a chi bộ, as the Đơn vị sheet does", () => {
    const result = parseUnitsCsv("code,name,kind,head,email,members\nDV1,Chi bộ Sở Tư pháp,,,,\n", "u.csv");
    expect(result.ok && result.value[0].kind).toBe("chi bộ");
  });

  it("keeps a name that starts with = as plain text", () => {
    const result = parseUnitsCsv('code,name,kind,head,email,members\nDV1,"=HYPERLINK(""http://x"",""y"")",chi bộ,,,3\n', "u.csv");
    expect(result.ok && result.value[0].name).toBe('=HYPERLINK("http://x","y")');
  });

  it("names the file and line of every bad row, in Vietnamese, and accepts none of them", () => {
    const text = [
      "code,name,kind,head,email,members",
      "DV1,Chi bộ A,chi bộ,,,10",
      "DV 2,Chi bộ B,chi bộ,,,10",
      "DV1,Chi bộ C,tổ đảng,,khong-email,mười",
    ].join("\n");
    const result = parseUnitsCsv(text, "donvi.csv");
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map((p) => formatProblem(p));
    expect(messages).toEqual([
      'Tệp donvi.csv, dòng 3: mã đơn vị "DV 2" không hợp lệ (chỉ chữ không dấu, số, - và _, tối đa 20 ký tự)',
      'Tệp donvi.csv, dòng 4: loại đơn vị "tổ đảng" không hợp lệ (chi bộ hoặc đảng bộ cơ sở)',
      'Tệp donvi.csv, dòng 4: địa chỉ email "khong-email" không hợp lệ',
      'Tệp donvi.csv, dòng 4: số đảng viên "mười" phải là số nguyên không âm',
      'Tệp donvi.csv, dòng 4: mã đơn vị "DV1" bị trùng (đã có ở dòng 2)',
    ]);
  });

  it("reads a CSV saved from a tracker's Đơn vị sheet, headed in Vietnamese", () => {
    const text = "DANH SÁCH ĐƠN VỊ,,,,,,,\nMã ĐV,Tên đơn vị,Loại,Bí thư/Người đứng đầu,Email,Số đảng viên,Sổ theo dõi,Tình trạng\nDV1,Chi bộ A,chi bộ,,,\"1.024\",Mở sổ,\n";
    const result = parseUnitsCsv(text, "don-vi.csv");
    expect(result.ok && result.value).toEqual([{ code: "DV1", name: "Chi bộ A", kind: "chi bộ", head: null, email: null, members: 1024 }]);
  });

  it("says so when the columns are separated by semicolons, as Excel saves CSV under some regional settings", () => {
    const result = parseUnitsCsv("\uFEFFcode;name;kind;head;email;members\r\nDV1;Chi bộ A;chi bộ;;;3\r\n", "excel.csv");
    expect(!result.ok && result.problems.map((p) => formatProblem(p))).toEqual([
      "Tệp excel.csv, dòng 1: các cột được ngăn bằng dấu chấm phẩy (;), không phải dấu phẩy; hãy lưu lại tệp dạng CSV ngăn bằng dấu phẩy, hoặc mở tệp .xlsx",
    ]);
    // A semicolon inside a comma-separated field is just text.
    expect(parseUnitsCsv('code,name,kind,head,email,members\nDV1,"Chi bộ A; B",chi bộ,,,1\n', "ok.csv").ok).toBe(true);
  });

  it("reports a missing header column and an unclosed quote with their line", () => {
    const missing = parseUnitsCsv("code,name,kind\nDV1,A,chi bộ\n", "a.csv");
    expect(!missing.ok && formatProblem(missing.problems[0], "en")).toBe(
      'File a.csv, line 1: the header row lacks column "head" (expected: code,name,kind,head,email,members)',
    );
    const unclosed = parseUnitsCsv('code,name,kind,head,email,members\nDV1,"Chi bộ A,chi bộ,,,1\n', "b.csv");
    expect(!unclosed.ok && unclosed.problems[0].at).toEqual({ file: "b.csv", line: 2 });
  });
});
