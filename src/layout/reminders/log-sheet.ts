/**
 * The "Nhật ký đôn đốc" sheet: the reminder settings (label in column A, value in B, as on
 * Sổ báo cáo) and below them the log, an Excel table with one row per task a unit was reminded
 * of. Logging only ever adds rows after the table's last row, at the columns where the table
 * has them now: rows staff edited, sorted or filtered are never written.
 */
import { REMINDER_CHANNELS, type ReminderChannel, type ReminderLogRow, type ReminderSettings } from "../../domain/reminders";
import { t, type MessageKey } from "../../i18n/messages";
import type { CellContent, SheetContent, SheetSpec, StyledRange, ValidationSpec } from "../sheet-spec";
import { cell, range } from "../excel-rules";
import { blank, date, num, text } from "../tracker/cells";
import { DATE_FORMAT, ROW_CAPACITY, TABLE_HEADER_STYLE } from "../tracker/geometry";
import { reminderLogSheetName } from "./reminder-names";

export const LOG_TABLE = "NhatKy_DonDoc";

export type LogSettingField = "replyDays" | "office" | "reportTo" | "signerAuthority" | "signerTitle" | "signerName";

export const LOG_SETTING_FIELDS: ReadonlyArray<{ field: LogSettingField; label: MessageKey }> = [
  { field: "replyDays", label: "reminders.setting.replyDays" },
  { field: "office", label: "reminders.setting.office" },
  { field: "reportTo", label: "reminders.setting.reportTo" },
  { field: "signerAuthority", label: "reminders.setting.signerAuthority" },
  { field: "signerTitle", label: "reminders.setting.signerTitle" },
  { field: "signerName", label: "reminders.setting.signerName" },
];

export type LogColumn = "sentOn" | "unitCode" | "unitName" | "task" | "deadline" | "days" | "channel" | "round" | "replyBy";

export const LOG_COLUMNS: ReadonlyArray<{ key: LogColumn; header: MessageKey; width: number }> = [
  { key: "sentOn", header: "reminders.col.sentOn", width: 13 },
  { key: "unitCode", header: "reminders.col.unitCode", width: 11 },
  { key: "unitName", header: "reminders.col.unitName", width: 42 },
  { key: "task", header: "reminders.col.task", width: 11 },
  { key: "deadline", header: "reminders.col.deadline", width: 13 },
  { key: "days", header: "reminders.col.days", width: 10 },
  { key: "channel", header: "reminders.col.channel", width: 11 },
  { key: "round", header: "reminders.col.round", width: 9 },
  { key: "replyBy", header: "reminders.col.replyBy", width: 13 },
];

const DATE_COLUMNS: readonly LogColumn[] = ["sentOn", "deadline", "replyBy"];

export const LOG_LAYOUT = {
  titleRow: 1,
  hintRow: 2,
  settingsTitleRow: 4,
  firstSettingRow: 5,
  listTitleRow: 5 + LOG_SETTING_FIELDS.length + 1,
  headerRow: 5 + LOG_SETTING_FIELDS.length + 2,
  /** Setting values span B…D so a long name reads in one block. */
  valueSpan: 3,
} as const;

export function channelLabel(channel: ReminderChannel): string {
  return t(`reminders.channel.${channel}` as MessageKey);
}

export const channelLabels = (): string[] => REMINDER_CHANNELS.map(channelLabel);

function settingContent(settings: ReminderSettings, field: LogSettingField): CellContent {
  switch (field) {
    case "replyDays":
      return num(settings.replyDays);
    case "office":
      return text(settings.office);
    case "reportTo":
      return text(settings.reportTo);
    case "signerAuthority":
      return text(settings.signer.authority);
    case "signerTitle":
      return text(settings.signer.title);
    case "signerName":
      return text(settings.signer.name);
  }
}

function rowContent(row: ReminderLogRow, key: LogColumn): CellContent {
  switch (key) {
    case "sentOn":
      return date(row.sentOn);
    case "unitCode":
      return text(row.unit);
    case "unitName":
      return text(row.unitName);
    case "task":
      return row.task === null ? blank : text(row.task);
    case "deadline":
      return date(row.deadline);
    case "days":
      return num(row.days);
    case "channel":
      return text(channelLabel(row.channel));
    case "round":
      return num(row.round);
    case "replyBy":
      return date(row.replyBy);
  }
}

/** Where the log's columns are now (1-based), the table's header row and its span of columns. */
export interface LogPlacement {
  headerRow: number;
  columns: ReadonlyMap<LogColumn, number>;
  left: number;
  right: number;
}

export function defaultPlacement(headerRow: number = LOG_LAYOUT.headerRow): LogPlacement {
  return { headerRow, columns: new Map(LOG_COLUMNS.map((c, i) => [c.key, i + 1])), left: 1, right: LOG_COLUMNS.length };
}

/**
 * The rows' cells, one block per column (whatever order the columns are in now: a handful of
 * writes for any number of rows), with the date format on their date cells.
 */
function rowsContent(rows: readonly ReminderLogRow[], first: number, placement: LogPlacement): Pick<SheetContent, "cells" | "styles"> {
  if (rows.length === 0) return { cells: [], styles: [] };
  const last = first + rows.length - 1;
  const cells = LOG_COLUMNS.map((c) => ({ at: cell(placement.columns.get(c.key) as number, first), rows: rows.map((r) => [rowContent(r, c.key)]) }));
  const styles: StyledRange[] = DATE_COLUMNS.map((key) => {
    const column = placement.columns.get(key) as number;
    return { range: range(column, first, column, last), style: { numberFormat: DATE_FORMAT } };
  });
  return { cells, styles };
}

const tableSpec = (placement: LogPlacement, lastRow: number) => ({
  name: LOG_TABLE,
  range: range(placement.left, placement.headerRow, placement.right, Math.max(lastRow, placement.headerRow + 1)),
  style: "TableStyleLight9",
  showFilterButton: true,
});

const channelValidation = (placement: LogPlacement): ValidationSpec => {
  const column = placement.columns.get("channel") as number;
  return { range: range(column, placement.headerRow + 1, column, placement.headerRow + ROW_CAPACITY), rule: { kind: "list", items: channelLabels() }, allowBlank: true };
};

function headerContent(placement: LogPlacement, only?: readonly LogColumn[]): Pick<SheetContent, "cells" | "styles"> {
  const keys = LOG_COLUMNS.filter((c) => !only || only.includes(c.key));
  return {
    cells: keys.map((c) => ({ at: cell(placement.columns.get(c.key) as number, placement.headerRow), rows: [[text(t(c.header))]] })),
    styles: keys.map((c) => ({ range: cell(placement.columns.get(c.key) as number, placement.headerRow), style: TABLE_HEADER_STYLE })),
  };
}

/** The sheet made when the first reminders are logged: the settings in use and those rows. */
export function reminderLogSheet(settings: ReminderSettings, rows: readonly ReminderLogRow[]): SheetSpec {
  const L = LOG_LAYOUT;
  const placement = defaultPlacement();
  const first = L.headerRow + 1;
  const header = headerContent(placement);
  const body = rowsContent(rows, first, placement);
  const lastSetting = L.firstSettingRow + LOG_SETTING_FIELDS.length - 1;
  return {
    name: reminderLogSheetName(),
    cells: [
      { at: cell(1, L.titleRow), rows: [[text(t("reminders.log.title"))]] },
      { at: cell(1, L.hintRow), rows: [[text(t("reminders.log.hint"))]] },
      { at: cell(1, L.settingsTitleRow), rows: [[text(t("reminders.log.settingsTitle"))]] },
      { at: cell(1, L.firstSettingRow), rows: LOG_SETTING_FIELDS.map((f) => [text(t(f.label)), settingContent(settings, f.field)]) },
      { at: cell(1, L.listTitleRow), rows: [[text(t("reminders.log.listTitle"))]] },
      ...(header.cells ?? []),
      ...(body.cells ?? []),
    ],
    merges: LOG_SETTING_FIELDS.map((_, i) => range(2, L.firstSettingRow + i, 1 + L.valueSpan, L.firstSettingRow + i)),
    styles: [
      { range: cell(1, L.titleRow), style: { font: { bold: true, size: 14 } } },
      { range: cell(1, L.hintRow), style: { font: { italic: true, color: "#595959" } } },
      { range: cell(1, L.settingsTitleRow), style: { font: { bold: true } } },
      { range: cell(1, L.listTitleRow), style: { font: { bold: true } } },
      { range: range(1, L.firstSettingRow, 1, lastSetting), style: { fill: "#DDEBF7", vertical: "top", wrap: true } },
      { range: range(2, L.firstSettingRow, 1 + L.valueSpan, lastSetting), style: { wrap: true, vertical: "top", horizontal: "left" } },
      ...(header.styles ?? []),
      ...(body.styles ?? []),
    ],
    rows: [{ index: L.headerRow, height: 30 }],
    columns: LOG_COLUMNS.map((c, i) => ({ index: i + 1, width: c.width })),
    validations: [channelValidation(placement), { range: cell(2, L.firstSettingRow), rule: { kind: "whole", min: 1, max: 60 }, allowBlank: true }],
    tables: [tableSpec(placement, first + rows.length - 1)],
  };
}

/**
 * New rows after the table's last row, at the columns where they are now; the table grows to
 * take them. `missing`: log columns a user deleted, given new places right of the table (their
 * headers are written again). `remade`: the table itself was gone; its header is written anew.
 */
export function logAppendPatch(rows: readonly ReminderLogRow[], at: { placement: LogPlacement; lastRow: number; missing?: readonly LogColumn[]; remade?: boolean }): SheetContent {
  const { placement } = at;
  const first = at.lastRow + 1;
  const body = rowsContent(rows, first, placement);
  const header = at.remade ? headerContent(placement) : at.missing && at.missing.length > 0 ? headerContent(placement, at.missing) : { cells: [], styles: [] };
  return {
    cells: [...(header.cells ?? []), ...(body.cells ?? [])],
    styles: [...(header.styles ?? []), ...(body.styles ?? [])],
    tables: [tableSpec(placement, first + rows.length - 1)],
    ...(at.remade ? { validations: [channelValidation(placement)] } : {}),
  };
}
