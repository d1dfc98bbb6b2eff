import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import type { CellContent, SheetSpec, WorkbookChange } from "../../../src/layout/sheet-spec";
import { atFullScale } from "../../support/property-runs";
import { date, formula, num, text } from "./support/sample-change";

const UNITS = 500;
const TASKS = 60;

function trackerChange(): WorkbookChange {
  const taskRows: CellContent[][] = Array.from({ length: TASKS }, (_, i) => [
    text(`NV${String(i + 1).padStart(2, "0")}`),
    text(`Nhiệm vụ số ${i + 1}: tổ chức quán triệt, tuyên truyền và báo cáo kết quả về Ban Tuyên giáo`),
    date(`2020-${String((i % 12) + 1).padStart(2, "0")}-15`),
  ]);
  const plan: SheetSpec = { name: "Kế hoạch", cells: [{ at: "A1", rows: [[text("Mã NV"), text("Nội dung"), text("Hạn")], ...taskRows] }], tables: [{ name: "tblKeHoach", range: `A1:C${TASKS + 1}` }] };
  const last = TASKS + 3;
  const template: SheetSpec = {
    name: "Mẫu",
    cells: [
      {
        at: "A3",
        rows: [
          ["Mã NV", "Nội dung", "Hạn", "Trạng thái", "Ngày HT", "CB, ĐV tham gia", "Tổng số", "Hình thức", "Văn bản", "Ghi chú", "Kiểm tra hạn", "Số ngày"].map(text),
          ...Array.from({ length: TASKS }, (_, i): CellContent[] => [
            formula(`'Kế hoạch'!A${i + 2}`),
            formula(`'Kế hoạch'!B${i + 2}`),
            formula(`'Kế hoạch'!C${i + 2}`),
            ...Array.from({ length: 7 }, (): CellContent => ({ kind: "blank" })),
            formula(`IF(D${i + 4}="Hoàn thành","Hoàn thành",IF(C${i + 4}<TODAY(),"Quá hạn","Trong hạn"))`),
            formula(`IF(C${i + 4}="","",TODAY()-C${i + 4})`),
          ]),
        ],
      },
    ],
    columns: [{ index: 2, width: 50 }],
    styles: [
      { range: `A3:L${last}`, style: { borders: [{ edges: "all", style: "thin" }] } },
      { range: `D4:J${last}`, style: { locked: false } },
      { range: `C4:C${last}`, style: { numberFormat: "dd/mm/yyyy" } },
    ],
    validations: [
      { range: `D4:D${last}`, rule: { kind: "list", items: ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Không áp dụng"] } },
      { range: `E4:E${last}`, rule: { kind: "date", min: "2019-01-01" as never } },
    ],
    conditionalFormats: [{ range: `A4:L${last}`, formula: '=$K4="Quá hạn"', style: { fill: "#FFC7CE" } }],
    tables: [{ name: "tblMau", range: `A3:L${last}` }],
    freeze: { rows: 3, columns: 1 },
    protection: { allowSort: true, allowAutoFilter: true, allowFormatColumns: true, allowFormatRows: true, allowInsertRows: false },
  };
  return {
    ops: [
      { op: "addSheet", sheet: plan },
      { op: "addSheet", sheet: template },
      ...Array.from({ length: UNITS }, (_, u) => ({
        op: "copySheet" as const,
        copy: {
          template: "Mẫu",
          name: `ĐV${String(u + 1).padStart(3, "0")} Chi bộ`,
          tableNames: [`tblDV${String(u + 1).padStart(3, "0")}`],
          content: { cells: [{ at: "A1", rows: [[text(`Chi bộ số ${u + 1}`)]] }, { at: "D4", rows: [[text("Hoàn thành"), date("2020-01-10"), num(12)]] }] },
        },
      })),
    ],
    dropTemplates: ["Mẫu"],
  };
}

(atFullScale() ? describe : describe.skip)("writing a large tracker", () => {
  it(`writes ${UNITS} unit sheets of ${TASKS} task rows and reports the time and file size`, async () => {
    const change = trackerChange();
    const started = performance.now();
    const host = XlsxHost.create();
    await host.apply(change);
    const applied = performance.now();
    const buffer = await host.toBuffer();
    const written = performance.now();
    console.log(
      `xlsx host, ${UNITS} sheets × ${TASKS} rows: apply ${Math.round(applied - started)} ms, ` +
        `write ${Math.round(written - applied)} ms, file ${(buffer.length / 1024 / 1024).toFixed(2)} MB`,
    );
    const opened = await XlsxHost.fromBuffer(buffer, "lon.xlsx");
    if (!opened.ok) throw new Error("not opened");
    const snapshot = await opened.value.snapshot([{ sheet: "ĐV500 Chi bộ", range: "A1:F4" }]);
    expect(snapshot.sheets).toHaveLength(UNITS + 1);
    expect(snapshot.ranges[0].values[0][0]).toBe("Chi bộ số 500");
    expect(snapshot.ranges[0].values[3].slice(3)).toEqual(["Hoàn thành", 43840, 12]);
  }, 600_000);
});
