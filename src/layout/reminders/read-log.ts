/**
 * Reads "Nhật ký đôn đốc" back: settings by their labels, the log by its headers (columns may be
 * moved, rows sorted or filtered). A cell that cannot be read is a warning naming its row and
 * column; the row is kept as it is and counted by what can be read of it. Only a row without a
 * unit code cannot be counted, and says so.
 */
import { makeDate, parseIsoDate } from "../../domain/calendar-date";
import type { Problem } from "../../domain/result";
import { MAX_REPLY_DAYS, REMINDER_CHANNELS, type ReminderChannel, type ReminderLogEntry, type ReminderSettings } from "../../domain/reminders";
import type { IsoDate, TaskCode } from "../../domain/types";
import { checkUnitCode } from "../../domain/unit-fields";
import { t } from "../../i18n/messages";
import { cell } from "../excel-rules";
import { parseDateCell, parseNumberCell, textCell } from "../tracker/cell-parsing";
import { headerKey } from "../tracker/columns";
import type { SheetGrid } from "../tracker/sheet-grid";
import { channelLabel, LOG_COLUMNS, LOG_LAYOUT, LOG_SETTING_FIELDS, type LogColumn, type LogPlacement, type LogSettingField } from "./log-sheet";

export interface ReminderLogRead {
  settings: ReminderSettings;
  entries: ReminderLogEntry[];
  /** Where the table is now; null when its header row is gone. */
  placement: LogPlacement | null;
  /** Log columns whose header is gone (given places right of the table for new rows). */
  missing: LogColumn[];
  /** The table's last row holding anything (its header row when empty). */
  lastRow: number;
  /** The sheet's last row holding anything: a remade table goes below it. */
  sheetLastRow: number;
  /** Rows in the log, readable or not. */
  rowCount: number;
}

/** What reminders use before the log exists: the plan's defaults, nothing logged. */
export function emptyReminderLog(defaults: ReminderSettings): ReminderLogRead {
  return { settings: defaults, entries: [], placement: null, missing: [], lastRow: 0, sheetLastRow: 0, rowCount: 0 };
}

function readChannel(value: string | null): ReminderChannel | null {
  if (value === null) return null;
  const key = headerKey(value);
  return REMINDER_CHANNELS.find((c) => headerKey(c) === key || headerKey(channelLabel(c)) === key) ?? null;
}

function readSettings(grid: SheetGrid, defaults: ReminderSettings, before: number, problems: Problem[]): ReminderSettings {
  const labels = new Map(LOG_SETTING_FIELDS.map((f) => [headerKey(t(f.label)), f.field]));
  const found = new Map<LogSettingField, number>();
  for (let row = 1; row < before; row++) {
    const field = labels.get(headerKey(grid.text(row, 1)));
    if (field && !found.has(field)) found.set(field, row);
  }
  const textOf = (field: LogSettingField, fallback: string): string => {
    const row = found.get(field);
    return row === undefined ? fallback : (textCell(grid.value(row, 2)) ?? "");
  };
  let replyDays = defaults.replyDays;
  const daysRow = found.get("replyDays");
  if (daysRow !== undefined) {
    const raw = grid.value(daysRow, 2);
    const parsed = parseNumberCell(raw, grid.sheet, 2, daysRow);
    if (parsed.ok && parsed.value !== null && Number.isInteger(parsed.value) && parsed.value >= 1 && parsed.value <= MAX_REPLY_DAYS) replyDays = parsed.value;
    else if (!(parsed.ok && parsed.value === null)) {
      problems.push({ key: "reminders.log.badSetting", params: { value: String(raw ?? ""), fallback: defaults.replyDays }, at: { sheet: grid.sheet, cell: cell(2, daysRow) } });
    }
  }
  return {
    replyDays,
    office: textOf("office", defaults.office) || defaults.office,
    reportTo: textOf("reportTo", defaults.reportTo) || defaults.reportTo,
    signer: {
      authority: textOf("signerAuthority", defaults.signer.authority),
      title: textOf("signerTitle", defaults.signer.title),
      name: textOf("signerName", defaults.signer.name),
    },
  };
}

/** `defaults`: what a setting missing from the sheet falls back to (the plan's, usually). */
export function readReminderLog(grid: SheetGrid, defaults: ReminderSettings, problems: Problem[]): ReminderLogRead {
  const sheet = grid.sheet;
  const required = LOG_COLUMNS.filter((c) => c.key === "sentOn" || c.key === "unitCode").map((c) => t(c.header));
  const headerRow = grid.findHeaderRow(required);
  const settings = readSettings(grid, defaults, headerRow ?? grid.lastRow + 1, problems);
  const base = { settings, sheetLastRow: grid.lastRow };
  if (headerRow === null) return { ...base, entries: [], placement: null, missing: [], lastRow: 0, rowCount: 0 };

  const byHeader = new Map(LOG_COLUMNS.map((c) => [headerKey(t(c.header)), c.key]));
  const headers = grid.headers(headerRow);
  const columns = new Map<LogColumn, number>();
  for (const [column, header] of headers) {
    const key = byHeader.get(headerKey(header));
    if (key && !columns.has(key)) columns.set(key, column);
  }
  // The table runs over the header row's run of cells around the columns found (users add their own).
  const found = [...columns.values()];
  let left = Math.min(...found);
  let right = Math.max(...found);
  while (headers.has(left - 1)) left--;
  while (headers.has(right + 1)) right++;
  const missing = LOG_COLUMNS.filter((c) => !columns.has(c.key)).map((c) => c.key);
  const placed = new Map(columns);
  missing.forEach((key, i) => placed.set(key, right + 1 + i));
  const placement: LogPlacement = { headerRow, columns: placed, left, right: right + missing.length };

  const value = (row: number, key: LogColumn) => {
    const c = columns.get(key);
    return c === undefined ? null : grid.value(row, c);
  };
  const headerOf = (key: LogColumn) => t(LOG_COLUMNS.find((c) => c.key === key)?.header ?? "reminders.col.sentOn");
  const entries: ReminderLogEntry[] = [];
  let lastRow = headerRow;
  let rowCount = 0;
  for (let row = headerRow + 1; row <= grid.lastRow; row++) {
    let filled = false;
    for (let c = left; c <= right && !filled; c++) filled = textCell(grid.value(row, c)) !== null;
    if (!filled) continue;
    lastRow = row;
    rowCount++;
    const unitText = textCell(value(row, "unitCode")) ?? "";
    const unit = checkUnitCode(unitText, {});
    if (!unit.ok) {
      problems.push({ key: "reminders.log.noUnit", params: { row, value: unitText }, at: { sheet, cell: cell(columns.get("unitCode") ?? left, row) } });
      continue;
    }
    const bad = (key: LogColumn) => {
      const c = columns.get(key) as number;
      problems.push({ key: "reminders.log.badCell", params: { row, column: headerOf(key), value: String(grid.value(row, c) ?? "") }, at: { sheet, cell: cell(c, row) } });
    };
    const dateOf = (key: LogColumn): IsoDate | null => {
      const c = columns.get(key);
      if (c === undefined) return null;
      const raw = grid.value(row, c);
      const parsed = parseDateCell(raw, sheet, c, row);
      if (parsed.ok) return parsed.value;
      bad(key);
      // A date typed as text ("23/12/2019", "2019-12-23") still tells when the reminder went out.
      const typed = typeof raw === "string" ? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw.trim()) : null;
      if (typed) return makeDate(Number(typed[3]), Number(typed[2]), Number(typed[1]));
      return typeof raw === "string" ? parseIsoDate(raw) : null;
    };
    const numberOf = (key: LogColumn): number | null => {
      const c = columns.get(key);
      if (c === undefined) return null;
      const parsed = parseNumberCell(grid.value(row, c), sheet, c, row);
      if (parsed.ok) return parsed.value;
      bad(key);
      return null;
    };
    entries.push({
      row,
      unit: unit.value,
      task: (textCell(value(row, "task")) as TaskCode | null) ?? null,
      sentOn: dateOf("sentOn"),
      unitName: textCell(value(row, "unitName")),
      deadline: dateOf("deadline"),
      days: numberOf("days"),
      channel: readChannel(textCell(value(row, "channel"))),
      round: numberOf("round"),
      replyBy: dateOf("replyBy"),
    });
  }
  return { ...base, entries, placement, missing, lastRow, rowCount };
}

/** Where a log table is made again when its header is gone: below everything on the sheet. */
export function remadeHeaderRow(read: Pick<ReminderLogRead, "sheetLastRow">): number {
  return Math.max(LOG_LAYOUT.headerRow, read.sheetLastRow + 2);
}
