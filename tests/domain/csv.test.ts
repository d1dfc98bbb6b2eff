import { formatCsv, parseCsv } from "../../src/domain/csv";

describe("writing CSV", () => {
  it("quotes what needs quoting and reads back the same", () => {
    const rows = [["Mã ĐV", "Tên đơn vị", "Số"], ["DV010", "Chi bộ Ngân hàng Nhà nước Việt Nam, Chi nhánh \"Bình Phước\"", 31], ["DV011", "dòng 1\ndòng 2", null]];
    const parsed = parseCsv(formatCsv(rows));
    if (!parsed.ok) throw new Error("unreadable");
    expect(parsed.rows.map((r) => r.fields)).toEqual([["Mã ĐV", "Tên đơn vị", "Số"], ["DV010", "Chi bộ Ngân hàng Nhà nước Việt Nam, Chi nhánh \"Bình Phước\"", "31"], ["DV011", "dòng 1\ndòng 2", ""]]);
  });

  it("keeps text that a spreadsheet would run as a formula from being one, and leaves numbers alone", () => {
    const line = formatCsv([['=HYPERLINK("http://x.example")', "+84 912", "-Chi bộ", "@x", -5]]);
    expect(line).toBe(`"'=HYPERLINK(""http://x.example"")",'+84 912,'-Chi bộ,'@x,-5\r\n`);
  });
});
