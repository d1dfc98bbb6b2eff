/**
 * A WorkbookChange shaped like the tracker build (a plan sheet, a unit-sheet template with one
 * row per task and long formulas, one copy per unit) for the payload and sync tests. The real
 * layout lives in src/layout; this one only needs realistic sizes.
 */
import type { IsoDate } from "../../../src/domain";
import type { CellContent, SheetSpec, WorkbookChange } from "../../../src/layout";

const text = (t: string): CellContent => ({ kind: "text", text: t });
const formula = (f: string): CellContent => ({ kind: "formula", formula: f });
const blank: CellContent = { kind: "blank" };

const HEADERS = ["Mã NV", "Nội dung nhiệm vụ", "Hạn hoàn thành", "Trạng thái", "Ngày hoàn thành", "Số CB, ĐV tham gia", "Tổng số CB, ĐV", "Hình thức triển khai", "Văn bản báo cáo", "Ghi chú", "Kiểm tra hạn", "Số ngày"];

function taskRow(row: number, task: number): CellContent[] {
  const planRow = task + 5;
  return [
    formula(`='Kế hoạch'!$A$${planRow}`),
    formula(`=INDEX('Kế hoạch'!$B:$B,MATCH($A${row},'Kế hoạch'!$A:$A,0))`),
    formula(`=IF(INDEX('Kế hoạch'!$C:$C,MATCH($A${row},'Kế hoạch'!$A:$A,0))="","",INDEX('Kế hoạch'!$C:$C,MATCH($A${row},'Kế hoạch'!$A:$A,0)))`),
    blank,
    blank,
    blank,
    blank,
    blank,
    blank,
    blank,
    // About 150 characters, like the deadline-status formula (docs/deadline-rules.md).
    formula(`=IF($D${row}="Không áp dụng","Không áp dụng",IF($D${row}="Hoàn thành",IF($E${row}="","Lỗi",IF($E${row}<=$C${row},"Hoàn thành đúng hạn","Hoàn thành quá hạn")),IF($C${row}="","Chưa có hạn",IF(_meta!$B$3>$C${row},"Quá hạn",IF($C${row}-_meta!$B$3<=_meta!$B$4,"Sắp đến hạn","Trong hạn")))))`),
    formula(`=IF(OR($C${row}="",$D${row}="Không áp dụng"),"",IF($D${row}="Hoàn thành",IF($E${row}="","",$E${row}-$C${row}),_meta!$B$3-$C${row}))`),
  ];
}

export function planSheet(tasks: number): SheetSpec {
  return {
    name: "Kế hoạch",
    cells: [
      { at: "A1", rows: [[text("KẾ HOẠCH SỐ 13-KH/ĐUK")]] },
      {
        at: "A4",
        rows: [
          [text("Mã NV"), text("Nội dung nhiệm vụ"), text("Hạn hoàn thành")],
          ...Array.from({ length: tasks }, (_, i) => [
            text(`NV${String(i + 1).padStart(2, "0")}`),
            text(`Tổ chức quán triệt, triển khai thực hiện Kết luận số 50-KL/TW, nội dung ${i + 1}, đến toàn thể cán bộ, đảng viên`),
            { kind: "date", date: "2019-12-20" as IsoDate } as CellContent,
          ]),
        ],
      },
    ],
  };
}

export function unitTemplate(tasks: number): SheetSpec {
  const first = 5;
  const last = first + tasks - 1;
  return {
    name: "_mẫu đơn vị",
    cells: [
      { at: "A1", rows: [[text("ĐƠN VỊ")]] },
      { at: "A4", rows: [HEADERS.map(text), ...Array.from({ length: tasks }, (_, i) => taskRow(first + i, i + 1))] },
    ],
    styles: [
      { range: "A4:L4", style: { font: { bold: true }, fill: "#D9E1F2", wrap: true, borders: [{ edges: "all", style: "thin" }] } },
      { range: `D${first}:J${last}`, style: { locked: false } },
      { range: `C${first}:C${last}`, style: { numberFormat: "dd/mm/yyyy" } },
      { range: `E${first}:E${last}`, style: { numberFormat: "dd/mm/yyyy" } },
    ],
    columns: HEADERS.map((_, i) => ({ index: i + 1, width: i === 1 ? 60 : 14 })),
    validations: [
      { range: `D${first}:D${last}`, rule: { kind: "list", items: ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Không áp dụng"] } },
      { range: `E${first}:E${last}`, rule: { kind: "date", min: "2019-01-01" as IsoDate } },
      { range: `F${first}:G${last}`, rule: { kind: "whole", min: 0 } },
    ],
    conditionalFormats: [
      { range: `A${first}:L${last}`, formula: `=LEFT($K${first},3)="Lỗi"`, style: { fill: "#E4DFEC" } },
      { range: `A${first}:L${last}`, formula: `=$K${first}="Quá hạn"`, style: { fill: "#FFC7CE" } },
      { range: `A${first}:L${last}`, formula: `=$K${first}="Sắp đến hạn"`, style: { fill: "#FFEB9C" } },
      { range: `A${first}:L${last}`, formula: `=$K${first}="Hoàn thành quá hạn"`, style: { fill: "#F8CBAD" } },
      { range: `A${first}:L${last}`, formula: `=$K${first}="Hoàn thành đúng hạn"`, style: { fill: "#C6EFCE" } },
    ],
    tables: [{ name: "tblMau", range: `A4:L${last}`, style: "TableStyleLight9" }],
    freeze: { rows: 4, columns: 2 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: "$4:$4" },
    protection: { allowSort: true, allowAutoFilter: true, allowFormatColumns: true, allowFormatRows: true, allowInsertRows: false },
  };
}

export function unitCode(i: number): string {
  return `DV${String(i + 1).padStart(3, "0")}`;
}

/** Plan sheet, template, one copy per unit (title cells and a link back), template dropped. */
export function trackerLikeChange(units: number, tasks: number): WorkbookChange {
  return {
    ops: [
      { op: "addSheet", sheet: planSheet(tasks) },
      { op: "addSheet", sheet: { name: "_meta", cells: [{ at: "A3", rows: [[text("Ngày báo cáo"), { kind: "date", date: "2019-12-31" as IsoDate }], [text("Số ngày sắp đến hạn"), { kind: "number", value: 7 }]] }], visibility: "veryHidden" } },
      { op: "addSheet", sheet: unitTemplate(tasks) },
      ...Array.from({ length: units }, (_, i) => ({
        op: "copySheet" as const,
        copy: {
          template: "_mẫu đơn vị",
          name: unitCode(i),
          tableNames: [`tbl${unitCode(i)}`],
          content: {
            cells: [{ at: "A1", rows: [[text(`Chi bộ Trường Trung học phổ thông số ${i + 1} thị xã Đồng Xoài`)], [text(unitCode(i))]] }],
            hyperlinks: [{ at: "L1", text: "← Kế hoạch", target: { sheet: "Kế hoạch", cell: "A1" } }],
          },
        },
      })),
    ],
    dropTemplates: ["_mẫu đơn vị"],
  };
}
