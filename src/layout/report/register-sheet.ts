/**
 * The "Sổ báo cáo" sheet: the report settings (label in column A, value in B, as on Kế hoạch)
 * and below them the register of reports made, an Excel table with one row per period. Staff
 * edit the settings here; a report reads them, adds or replaces its own row, and leaves every
 * other row as it is.
 */
import { CUTOFF_CONVENTIONS, type CutoffConvention, type ReportRecord, type ReportSettings } from "../../domain/report";
import { t, type MessageKey } from "../../i18n/messages";
import type { CellContent, SheetContent, SheetSpec, StyledRange, ValidationSpec } from "../sheet-spec";
import { cell, range } from "../excel-rules";
import { blank, date, num, text } from "../tracker/cells";
import { DATE_FORMAT, TABLE_HEADER_STYLE } from "../tracker/geometry";
import { registerSheetName } from "./report-names";
import { VI_PERCENT_FORMAT } from "./report-formats";

export const REGISTER_TABLE = "SoBaoCao";

export type SettingField =
  | "parentBody"
  | "issuingBody"
  | "issuerCode"
  | "place"
  | "convention"
  | "signerAuthority"
  | "signerTitle"
  | "signerName"
  | "recipients"
  | "email"
  | "marginTop"
  | "marginBottom"
  | "marginLeft"
  | "marginRight"
  | "titleSize"
  | "bodySize"
  | "tableSize"
  | "recipientsSize";

export const SETTING_FIELDS: ReadonlyArray<{ field: SettingField; label: MessageKey }> = [
  { field: "parentBody", label: "report.setting.parentBody" },
  { field: "issuingBody", label: "report.setting.issuingBody" },
  { field: "issuerCode", label: "report.setting.issuerCode" },
  { field: "place", label: "report.setting.place" },
  { field: "convention", label: "report.setting.convention" },
  { field: "signerAuthority", label: "report.setting.signerAuthority" },
  { field: "signerTitle", label: "report.setting.signerTitle" },
  { field: "signerName", label: "report.setting.signerName" },
  { field: "recipients", label: "report.setting.recipients" },
  { field: "email", label: "report.setting.email" },
  { field: "marginTop", label: "report.setting.marginTop" },
  { field: "marginBottom", label: "report.setting.marginBottom" },
  { field: "marginLeft", label: "report.setting.marginLeft" },
  { field: "marginRight", label: "report.setting.marginRight" },
  { field: "titleSize", label: "report.setting.titleSize" },
  { field: "bodySize", label: "report.setting.bodySize" },
  { field: "tableSize", label: "report.setting.tableSize" },
  { field: "recipientsSize", label: "report.setting.recipientsSize" },
];

export type RegisterColumn =
  | "period"
  | "docNumber"
  | "periodCode"
  | "from"
  | "to"
  | "convention"
  | "reportDate"
  | "createdOn"
  | "sheet"
  | "file"
  | "units"
  | "reportedUnits"
  | "applicable"
  | "done"
  | "doneOnTime"
  | "overdue"
  | "rate";

export const REGISTER_COLUMNS: ReadonlyArray<{ key: RegisterColumn; header: MessageKey; width: number }> = [
  { key: "period", header: "report.col.period", width: 34 },
  { key: "docNumber", header: "report.col.docNumber", width: 14 },
  { key: "periodCode", header: "report.col.periodCode", width: 12 },
  { key: "from", header: "report.col.from", width: 12 },
  { key: "to", header: "report.col.to", width: 12 },
  { key: "convention", header: "report.col.convention", width: 16 },
  { key: "reportDate", header: "report.col.reportDate", width: 12 },
  { key: "createdOn", header: "report.col.createdOn", width: 12 },
  { key: "sheet", header: "report.col.sheet", width: 20 },
  { key: "file", header: "report.col.file", width: 24 },
  { key: "units", header: "report.col.units", width: 9 },
  { key: "reportedUnits", header: "report.col.reportedUnits", width: 10 },
  { key: "applicable", header: "report.col.applicable", width: 10 },
  { key: "done", header: "report.col.done", width: 10 },
  { key: "doneOnTime", header: "report.col.doneOnTime", width: 11 },
  { key: "overdue", header: "report.col.overdue", width: 9 },
  { key: "rate", header: "report.col.rate", width: 11 },
];

export const REGISTER_LAYOUT = {
  titleRow: 1,
  hintRow: 2,
  settingsTitleRow: 4,
  firstSettingRow: 5,
  listTitleRow: 5 + SETTING_FIELDS.length + 1,
  headerRow: 5 + SETTING_FIELDS.length + 2,
  /** The settings' values span B…H so long ones (recipients) read in one block. */
  valueSpan: 7,
} as const;

export function conventionLabel(convention: CutoffConvention): string {
  return t(convention === "nd09" ? "report.convention.nd09" : "report.convention.calendar");
}

function settingContent(settings: ReportSettings, field: SettingField): CellContent {
  switch (field) {
    case "parentBody":
      return text(settings.parentBody);
    case "issuingBody":
      return text(settings.issuingBody);
    case "issuerCode":
      return text(settings.issuerCode);
    case "place":
      return text(settings.place);
    case "convention":
      return text(conventionLabel(settings.convention));
    case "signerAuthority":
      return text(settings.signer.authority);
    case "signerTitle":
      return text(settings.signer.title);
    case "signerName":
      return text(settings.signer.name);
    case "recipients":
      return text(settings.recipients.join("\n"));
    case "email":
      return text(settings.email);
    case "marginTop":
      return num(settings.margins.top);
    case "marginBottom":
      return num(settings.margins.bottom);
    case "marginLeft":
      return num(settings.margins.left);
    case "marginRight":
      return num(settings.margins.right);
    case "titleSize":
      return num(settings.fontSizes.title);
    case "bodySize":
      return num(settings.fontSizes.body);
    case "tableSize":
      return num(settings.fontSizes.table);
    case "recipientsSize":
      return num(settings.fontSizes.recipients);
  }
}

/** One register row's cells, in REGISTER_COLUMNS order. */
export function recordCells(record: ReportRecord): CellContent[] {
  const h = record.headline;
  const values: Record<RegisterColumn, CellContent> = {
    period: text(record.periodLabel),
    docNumber: text(record.docNumber),
    periodCode: text(record.periodCode),
    from: date(record.range.from),
    to: date(record.range.to),
    convention: text(conventionLabel(record.convention)),
    reportDate: date(record.reportDate),
    createdOn: date(record.createdOn),
    sheet: text(record.sheet),
    file: record.file === null ? blank : text(record.file),
    units: num(h.units),
    reportedUnits: num(h.reportedUnits),
    applicable: num(h.applicable),
    done: num(h.done),
    doneOnTime: num(h.doneOnTime),
    overdue: num(h.overdue),
    rate: num(h.applicable > 0 ? h.done / h.applicable : 0),
  };
  return REGISTER_COLUMNS.map((c) => values[c.key]);
}

const columnOf = (key: RegisterColumn): number => REGISTER_COLUMNS.findIndex((c) => c.key === key) + 1;

function recordStyles(first: number, last: number): StyledRange[] {
  const dates: RegisterColumn[] = ["from", "to", "reportDate", "createdOn"];
  return [
    ...dates.map((key) => ({ range: range(columnOf(key), first, columnOf(key), last), style: { numberFormat: DATE_FORMAT } })),
    { range: range(columnOf("rate"), first, columnOf("rate"), last), style: { numberFormat: VI_PERCENT_FORMAT } },
  ];
}

function tableRange(lastRow: number): string {
  return range(1, REGISTER_LAYOUT.headerRow, REGISTER_COLUMNS.length, Math.max(lastRow, REGISTER_LAYOUT.headerRow + 1));
}

/** Links from the register's sheet column to each report sheet. */
function sheetLinks(rows: ReadonlyArray<{ row: number; sheet: string }>) {
  return rows.map(({ row, sheet }) => ({ at: cell(columnOf("sheet"), row), text: sheet, target: { sheet, cell: "A1" } }));
}

const conventionValidation = (): ValidationSpec => ({
  range: cell(2, REGISTER_LAYOUT.firstSettingRow + SETTING_FIELDS.findIndex((f) => f.field === "convention")),
  rule: { kind: "list", items: CUTOFF_CONVENTIONS.map(conventionLabel) },
  allowBlank: true,
});

/** The sheet made on the first report: settings from the plan's defaults and the first record. */
export function registerSheet(settings: ReportSettings, record: ReportRecord): SheetSpec {
  const L = REGISTER_LAYOUT;
  const first = L.headerRow + 1;
  const settingRows = SETTING_FIELDS.map((f, i) => ({ row: L.firstSettingRow + i, field: f }));
  return {
    name: registerSheetName(),
    cells: [
      { at: cell(1, L.titleRow), rows: [[text(t("report.register.title"))]] },
      { at: cell(1, L.hintRow), rows: [[text(t("report.register.hint"))]] },
      { at: cell(1, L.settingsTitleRow), rows: [[text(t("report.register.settingsTitle"))]] },
      { at: cell(1, L.firstSettingRow), rows: settingRows.map(({ field }) => [text(t(field.label)), settingContent(settings, field.field)]) },
      { at: cell(1, L.listTitleRow), rows: [[text(t("report.register.listTitle"))]] },
      { at: cell(1, L.headerRow), rows: [REGISTER_COLUMNS.map((c) => text(t(c.header))), recordCells(record)] },
    ],
    merges: settingRows.map(({ row }) => range(2, row, 1 + L.valueSpan, row)),
    styles: [
      { range: cell(1, L.titleRow), style: { font: { bold: true, size: 14 } } },
      { range: cell(1, L.hintRow), style: { font: { italic: true, color: "#595959" } } },
      { range: cell(1, L.settingsTitleRow), style: { font: { bold: true } } },
      { range: cell(1, L.listTitleRow), style: { font: { bold: true } } },
      { range: range(1, L.firstSettingRow, 1, L.firstSettingRow + SETTING_FIELDS.length - 1), style: { fill: "#DDEBF7", vertical: "top" } },
      { range: range(2, L.firstSettingRow, 1 + L.valueSpan, L.firstSettingRow + SETTING_FIELDS.length - 1), style: { wrap: true, vertical: "top", horizontal: "left" } },
      { range: range(1, L.headerRow, REGISTER_COLUMNS.length, L.headerRow), style: TABLE_HEADER_STYLE },
      ...recordStyles(first, first),
    ],
    rows: [
      { index: L.firstSettingRow + SETTING_FIELDS.findIndex((f) => f.field === "recipients"), height: 15 * Math.max(2, settings.recipients.length) },
      { index: L.headerRow, height: 30 },
    ],
    columns: REGISTER_COLUMNS.map((c, i) => ({ index: i + 1, width: c.width })),
    validations: [conventionValidation()],
    tables: [{ name: REGISTER_TABLE, range: tableRange(first), style: "TableStyleLight9", showFilterButton: true }],
    hyperlinks: sheetLinks([{ row: first, sheet: record.sheet }]),
    freeze: { rows: 0, columns: 1 },
  };
}

/**
 * Adds the record after the register's last row, or replaces the row of the same period: only
 * that row is written, the table grows to take it.
 */
export function registerPatch(record: ReportRecord, at: { row: number | null; lastRow: number }): SheetContent {
  const row = at.row ?? at.lastRow + 1;
  const lastRow = Math.max(at.lastRow, row);
  return {
    cells: [{ at: cell(1, row), rows: [recordCells(record)] }],
    styles: recordStyles(row, row),
    hyperlinks: sheetLinks([{ row, sheet: record.sheet }]),
    ...(at.row === null ? { tables: [{ name: REGISTER_TABLE, range: tableRange(lastRow), style: "TableStyleLight9", showFilterButton: true }] } : {}),
  };
}

/** Only the file column of a record's row: the standalone file handed on. */
export function registerFilePatch(row: number, file: string): SheetContent {
  return { cells: [{ at: cell(columnOf("file"), row), rows: [[text(file)]] }] };
}
