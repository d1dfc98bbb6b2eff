/**
 * A small tracker written through the host using every field of the sheet spec: the sheets of
 * The tracker's layout (docs/workbook-layout.md) with Vietnamese names, a template expanded into two unit sheets, cross-sheet
 * formulas, a defined name, and hostile unit names that must stay text.
 */
import type { IsoDate } from "../../../../src/domain/types";
import { XlsxHost } from "../../../../src/hosts/xlsx";
import type { CellContent, SheetContent, SheetSpec, WorkbookChange } from "../../../../src/layout/sheet-spec";

export const text = (t: string): CellContent => ({ kind: "text", text: t });
export const num = (value: number): CellContent => ({ kind: "number", value });
export const date = (d: string): CellContent => ({ kind: "date", date: d as IsoDate });
export const formula = (f: string): CellContent => ({ kind: "formula", formula: f });
export const blank: CellContent = { kind: "blank" };

export const HOSTILE_NAMES = ['=HYPERLINK("http://evil.example","bấm vào")', "+84 912 345 678", "@SUM(1+1)", "-2+3", "\tTab đầu dòng"];

export const PLAN = "Kế hoạch";
export const UNITS = "Đơn vị";
export const TEMPLATE = "Mẫu đơn vị";
export const OVERVIEW = "Tổng quan";
export const META = "_meta";
export const UNIT_SHEETS = ["Chi bộ Văn phòng", "ĐB Công ty Điện lực Bình Phước"];

const thin = { edges: "all" as const, style: "thin" as const };
const times = { name: "Times New Roman", size: 12 };

const planSheet: SheetSpec = {
  name: PLAN,
  cells: [
    { at: "A1", rows: [[text("KẾ HOẠCH SỐ 13-KH/ĐUK"), blank, blank]] },
    {
      at: "A3",
      rows: [
        [text("Mã NV"), text("Nội dung nhiệm vụ"), text("Hạn hoàn thành")],
        [text("NV01"), text("Tổ chức quán triệt Kết luận số 50-KL/TW của Bộ Chính trị đến toàn thể cán bộ, đảng viên"), date("2019-12-20")],
        [text("NV02"), text("Báo cáo kết quả thực hiện về Ban Tuyên giáo Đảng ủy Khối"), date("2020-02-28")],
        [text("NV03"), text("Đưa nội dung vào sinh hoạt chi bộ định kỳ"), { kind: "blank" }],
      ],
    },
  ],
  merges: ["A1:C1"],
  columns: [
    { index: 1, width: 9 },
    { index: 2, width: 60 },
    { index: 3, width: 16 },
  ],
  rows: [{ index: 1, height: 24 }],
  styles: [
    { range: "A1:C6", style: { font: times, vertical: "center" } },
    { range: "A1", style: { font: { ...times, size: 14, bold: true }, horizontal: "center" } },
    { range: "A3:C3", style: { font: { ...times, bold: true, color: "#FFFFFF" }, fill: "#1F4E78", horizontal: "center", wrap: true } },
    { range: "A3:C6", style: { borders: [thin, { edges: "outline", style: "medium", color: "#1F4E78" }] } },
    { range: "B4:B6", style: { wrap: true } },
    { range: "C4:C6", style: { numberFormat: "dd/mm/yyyy", horizontal: "center" } },
  ],
  tables: [{ name: "tblKeHoach", range: "A3:C6", style: "TableStyleLight9" }],
  freeze: { rows: 3, columns: 0 },
  print: {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    titleRows: "$3:$3",
    margins: { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7, header: 0.3, footer: 0.3 },
    centerHorizontally: true,
  },
  tabColor: "#1F4E78",
};

const metaSheet: SheetSpec = {
  name: META,
  cells: [
    { at: "A1", rows: [[text("schema"), num(1)], [text("asOf"), date("2020-01-15")]] },
    { at: "B5", rows: [[text("Chưa thực hiện")], [text("Đang thực hiện")], [text("Hoàn thành")], [text("Không áp dụng")]] },
  ],
  visibility: "veryHidden",
};

const unitRow = (row: number): CellContent[] => [
  formula(`INDEX('${PLAN}'!$A$4:$A$6,ROW()-3)`),
  blank,
  blank,
  blank,
  formula(`IF(B${row}="Hoàn thành","Hoàn thành",IF(INDEX('${PLAN}'!$C$4:$C$6,ROW()-3)="","Chưa có hạn",IF(INDEX('${PLAN}'!$C$4:$C$6,ROW()-3)<NgayBaoCao,"Quá hạn","Trong hạn")))`),
];

const templateSheet: SheetSpec = {
  name: TEMPLATE,
  cells: [
    { at: "A1", rows: [[text("(tên đơn vị)")]] },
    {
      at: "A3",
      rows: [
        [text("Mã NV"), text("Trạng thái"), text("Ngày hoàn thành"), text("Số CB, ĐV tham gia"), text("Kiểm tra hạn")],
        unitRow(4),
        unitRow(5),
        unitRow(6),
      ],
    },
  ],
  hyperlinks: [{ at: "F1", text: "← Danh sách đơn vị", target: { sheet: UNITS, cell: "A1" }, tooltip: "Về trang Đơn vị" }],
  columns: [
    { index: 1, width: 9 },
    { index: 2, width: 18 },
    { index: 3, width: 16 },
    { index: 4, width: 14 },
    { index: 5, width: 16 },
    { index: 6, width: 22 },
  ],
  styles: [
    { range: "A3:E3", style: { font: { bold: true }, wrap: true, horizontal: "center" } },
    { range: "A3:E6", style: { borders: [thin] } },
    { range: "B4:D6", style: { locked: false } },
    { range: "C4:C6", style: { numberFormat: "dd/mm/yyyy" } },
  ],
  validations: [
    {
      range: "B4:B6",
      rule: { kind: "listRef", source: `='${META}'!$B$5:$B$8` },
      prompt: { title: "Trạng thái", message: "Chọn trạng thái thực hiện" },
      error: { title: "Không hợp lệ", message: "Chỉ chọn trong danh sách" },
    },
    { range: "C4:C6", rule: { kind: "date", min: "2019-01-01" as IsoDate, max: "2030-12-31" as IsoDate } },
    { range: "D4:D6", rule: { kind: "whole", min: 0 } },
  ],
  conditionalFormats: [
    { range: "A4:E6", formula: '=$E4="Quá hạn"', style: { fill: "#FFC7CE", fontColor: "#9C0006" }, stopIfTrue: true },
    { range: "A4:E6", formula: '=$E4="Hoàn thành"', style: { fill: "#C6EFCE", fontColor: "#006100", bold: true } },
  ],
  tables: [{ name: "tblMau", range: "A3:E6" }],
  freeze: { rows: 3, columns: 1 },
  print: { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: "$3:$3" },
  protection: { allowSort: true, allowAutoFilter: true, allowFormatColumns: true, allowFormatRows: true, allowInsertRows: false },
};

function unitContent(name: string, status: string, done: string | null, people: number): SheetContent {
  return {
    cells: [
      { at: "A1", rows: [[text(name)]] },
      { at: "B4", rows: [[text(status), done ? date(done) : blank, num(people)]] },
    ],
    tabColor: status === "Hoàn thành" ? "#00B050" : "#FF0000",
  };
}

const unitsSheet: SheetSpec = {
  name: UNITS,
  cells: [
    {
      at: "A1",
      rows: [
        [text("Mã ĐV"), text("Tên đơn vị"), text("Trang")],
        [text("DV001"), text(UNIT_SHEETS[0]), blank],
        [text("DV002"), text(UNIT_SHEETS[1]), blank],
        ...HOSTILE_NAMES.map((name, i) => [text(`DV9${i}`), text(name), blank]),
      ],
    },
  ],
  hyperlinks: UNIT_SHEETS.map((sheet, i) => ({ at: `C${i + 2}`, text: "Mở trang", target: { sheet, cell: "A1" } })),
  columns: [
    { index: 1, width: 10 },
    { index: 2, width: 40 },
    { index: 3, width: 12 },
  ],
  validations: [{ range: "A2:A20", rule: { kind: "list", items: ["DV001", "DV002", 'Có "ngoặc"'] }, allowBlank: true }],
  tables: [{ name: "tblDonVi", range: `A1:C${2 + UNIT_SHEETS.length + HOSTILE_NAMES.length - 1}` }],
};

const overviewSheet: SheetSpec = {
  name: OVERVIEW,
  cells: [
    {
      at: "A1",
      rows: [
        [text("Đơn vị"), text("Hoàn thành"), text("Quá hạn"), text("Tổng số CB, ĐV")],
        ...UNIT_SHEETS.map((sheet) => [
          text(sheet),
          formula(`COUNTIF('${sheet}'!E4:E6,"Hoàn thành")`),
          formula(`COUNTIF('${sheet}'!E4:E6,"Quá hạn")`),
          formula(`SUM('${sheet}'!D4:D6)`),
        ]),
        [text("Cộng"), formula("SUM(B2:B3)"), formula("SUM(C2:C3)"), formula("SUM(D2:D3)")],
      ],
    },
    { at: "F1", rows: [[text("Tỷ lệ"), { kind: "number", value: 0.5 }, { kind: "bool", value: true }]] },
  ],
  columns: [
    { index: 1, width: 34 },
    { index: 2, width: 12 },
    { index: 3, width: 12 },
    { index: 4, width: 16 },
  ],
  styles: [{ range: "G1", style: { numberFormat: "0.0%" } }],
  charts: [
    { kind: "barClustered", title: "Kết quả thực hiện theo đơn vị", dataRange: "B1:C3", categoryRange: "A2:A3", anchor: { from: "A7", to: "E24" } },
  ],
  print: { orientation: "portrait", paper: "A4", fitToWidth: true },
};

export function sampleChange(): WorkbookChange {
  return {
    ops: [
      { op: "addSheet", sheet: planSheet },
      { op: "addSheet", sheet: metaSheet },
      { op: "defineNames", names: [{ name: "NgayBaoCao", refersTo: `='${META}'!$B$2` }] },
      { op: "addSheet", sheet: templateSheet },
      { op: "addSheet", sheet: unitsSheet },
      {
        op: "copySheet",
        copy: { template: TEMPLATE, name: UNIT_SHEETS[0], tableNames: ["tblDV001"], content: unitContent(UNIT_SHEETS[0], "Hoàn thành", "2019-12-10", 25) },
      },
      {
        op: "copySheet",
        copy: { template: TEMPLATE, name: UNIT_SHEETS[1], tableNames: ["tblDV002"], content: unitContent(UNIT_SHEETS[1], "Đang thực hiện", null, 40) },
      },
      { op: "addSheet", sheet: overviewSheet },
      { op: "orderSheets", names: [OVERVIEW, PLAN, UNITS] },
      { op: "activateSheet", name: OVERVIEW },
    ],
    dropTemplates: [TEMPLATE],
  };
}

/** The sample tracker written to a file, as a user's existing workbook. */
export async function sampleFile(): Promise<Buffer> {
  const host = XlsxHost.create();
  await host.apply(sampleChange());
  return host.toBuffer();
}

/** A file opened as the CLI opens it; a refusal fails the test with its problems. */
export async function openXlsx(bytes: Uint8Array, name = "so-theo-doi.xlsx"): Promise<XlsxHost> {
  const opened = await XlsxHost.fromBuffer(bytes, name);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
  return opened.value;
}
