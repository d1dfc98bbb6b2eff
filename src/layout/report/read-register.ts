/**
 * Reads the "Sổ báo cáo" sheet back: settings found by their labels (rows may be inserted), the
 * register found by its headers; a value that cannot be used falls back to its default with a
 * problem naming the cell, so a typo never stops a report.
 */
import type { Problem } from "../../domain/result";
import { CUTOFF_CONVENTIONS, type CutoffConvention, type ReportRecord, type ReportSettings } from "../../domain/report";
import { t } from "../../i18n/messages";
import { cell } from "../excel-rules";
import { parseDateCell, parseNumberCell, textCell } from "../tracker/cell-parsing";
import { headerKey } from "../tracker/columns";
import type { SheetGrid } from "../tracker/sheet-grid";
import { conventionLabel, REGISTER_COLUMNS, SETTING_FIELDS, type RegisterColumn, type SettingField } from "./register-sheet";

export interface RegisterRead {
  settings: ReportSettings;
  records: ReportRecord[];
  /** Row of each record, by period code (to replace a period's row in place). */
  rows: Map<string, number>;
  /** The register's header row and last row. */
  headerRow: number | null;
  lastRow: number;
}

/** What a report uses before the register exists: the plan's defaults, no records. */
export function emptyRegister(defaults: ReportSettings): RegisterRead {
  return { settings: defaults, records: [], rows: new Map(), headerRow: null, lastRow: 0 };
}

function readConvention(value: string): CutoffConvention | null {
  const key = headerKey(value);
  return CUTOFF_CONVENTIONS.find((c) => headerKey(c) === key || headerKey(conventionLabel(c)) === key) ?? null;
}

const lines = (value: string | null): string[] => (value ?? "").split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");

/** `defaults`: what a setting that is missing from the sheet falls back to (the plan's, usually). */
export function readRegister(grid: SheetGrid, defaults: ReportSettings, problems: Problem[]): RegisterRead {
  const sheet = grid.sheet;
  const settings: ReportSettings = { ...defaults, signer: { ...defaults.signer }, margins: { ...defaults.margins }, fontSizes: { ...defaults.fontSizes } };
  const headerRow = grid.findHeaderRow(REGISTER_COLUMNS.filter((c) => c.key === "period" || c.key === "periodCode").map((c) => t(c.header)));
  const labels = new Map(SETTING_FIELDS.map((f) => [headerKey(t(f.label)), f.field]));
  const found = new Map<SettingField, { row: number; column: number }>();
  for (let row = 1; row <= (headerRow ?? grid.lastRow + 1) - 1; row++) {
    const field = labels.get(headerKey(grid.text(row, 1)));
    if (field && !found.has(field)) found.set(field, { row, column: 2 });
  }
  const textOf = (field: SettingField): string | null => {
    const at = found.get(field);
    return at ? textCell(grid.value(at.row, at.column)) : null;
  };
  const positive = (field: SettingField, fallback: number, max: number): number => {
    const at = found.get(field);
    if (!at) return fallback;
    const raw = grid.value(at.row, at.column);
    const parsed = parseNumberCell(raw, sheet, at.column, at.row);
    if (parsed.ok && parsed.value === null) return fallback;
    if (parsed.ok && parsed.value !== null && parsed.value > 0 && parsed.value <= max) return parsed.value;
    problems.push({ key: "report.badSetting", params: { value: String(raw ?? ""), fallback }, at: { sheet, cell: cell(at.column, at.row) } });
    return fallback;
  };
  const keep = (field: SettingField, fallback: string) => textOf(field) ?? (found.has(field) ? "" : fallback);
  settings.parentBody = keep("parentBody", settings.parentBody);
  settings.issuingBody = keep("issuingBody", settings.issuingBody);
  settings.issuerCode = keep("issuerCode", settings.issuerCode);
  settings.place = keep("place", settings.place);
  const conventionText = textOf("convention");
  if (conventionText !== null) {
    const convention = readConvention(conventionText);
    const at = found.get("convention") as { row: number; column: number };
    if (convention) settings.convention = convention;
    else problems.push({ key: "report.badSetting", params: { value: conventionText, fallback: conventionLabel(settings.convention) }, at: { sheet, cell: cell(at.column, at.row) } });
  }
  settings.signer = {
    authority: keep("signerAuthority", settings.signer.authority),
    title: keep("signerTitle", settings.signer.title),
    name: keep("signerName", settings.signer.name),
  };
  if (found.has("recipients")) settings.recipients = lines(textOf("recipients"));
  settings.email = textOf("email");
  settings.margins = {
    top: positive("marginTop", settings.margins.top, 100),
    bottom: positive("marginBottom", settings.margins.bottom, 100),
    left: positive("marginLeft", settings.margins.left, 100),
    right: positive("marginRight", settings.margins.right, 100),
  };
  settings.fontSizes = {
    title: positive("titleSize", settings.fontSizes.title, 72),
    body: positive("bodySize", settings.fontSizes.body, 72),
    table: positive("tableSize", settings.fontSizes.table, 72),
    recipients: positive("recipientsSize", settings.fontSizes.recipients, 72),
  };
  if (headerRow === null) return { settings, records: [], rows: new Map(), headerRow: null, lastRow: 0 };
  const { records, rows, lastRow } = readRecords(grid, headerRow, problems);
  return { settings, records, rows, headerRow, lastRow };
}

function readRecords(grid: SheetGrid, headerRow: number, problems: Problem[]): { records: ReportRecord[]; rows: Map<string, number>; lastRow: number } {
  const sheet = grid.sheet;
  const byHeader = new Map(REGISTER_COLUMNS.map((c) => [headerKey(t(c.header)), c.key]));
  const columns = new Map<RegisterColumn, number>();
  for (const [column, header] of grid.headers(headerRow)) {
    const key = byHeader.get(headerKey(header));
    if (key && !columns.has(key)) columns.set(key, column);
  }
  const value = (row: number, key: RegisterColumn) => {
    const c = columns.get(key);
    return c === undefined ? null : grid.value(row, c);
  };
  const records: ReportRecord[] = [];
  const rows = new Map<string, number>();
  let lastRow = headerRow;
  for (let row = headerRow + 1; row <= grid.lastRow; row++) {
    const code = textCell(value(row, "periodCode"));
    if ([...columns.values()].some((c) => textCell(grid.value(row, c)) !== null)) lastRow = row;
    if (code === null) continue;
    const date = (key: RegisterColumn) => {
      const c = columns.get(key);
      const parsed = c === undefined ? null : parseDateCell(grid.value(row, c), sheet, c, row);
      return parsed && parsed.ok ? parsed.value : null;
    };
    const count = (key: RegisterColumn) => {
      const v = value(row, key);
      return typeof v === "number" ? v : 0;
    };
    const from = date("from");
    const to = date("to");
    if (!from || !to) {
      problems.push({ key: "report.registerRowUnreadable", params: { reason: t("report.col.to") }, at: { sheet, cell: cell(columns.get("to") ?? 1, row) } });
      continue;
    }
    const docNumber = textCell(value(row, "docNumber")) ?? "";
    const leading = /^\s*(\d+)/.exec(docNumber);
    rows.set(code, row);
    records.push({
      number: leading ? Number(leading[1]) : null,
      docNumber,
      periodCode: code,
      periodLabel: textCell(value(row, "period")) ?? code,
      range: { from, to },
      convention: readConvention(textCell(value(row, "convention")) ?? "") ?? "calendar",
      reportDate: date("reportDate") ?? to,
      createdOn: date("createdOn") ?? to,
      sheet: textCell(value(row, "sheet")) ?? "",
      file: textCell(value(row, "file")),
      headline: {
        units: count("units"),
        reportedUnits: count("reportedUnits"),
        applicable: count("applicable"),
        done: count("done"),
        doneOnTime: count("doneOnTime"),
        overdue: count("overdue"),
      },
    });
  }
  return { records, rows, lastRow };
}
