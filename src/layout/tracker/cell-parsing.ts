/**
 * Values typed by users, parsed once at the boundary. Excel gives a typed date as a serial
 * number; a date typed where Excel did not recognise one ("31/02/2020", "20/12/2019" under a
 * US locale, or a text cell) arrives as text. Text is never taken as a date, even when it reads
 * as one: the sheet's formulas cannot (Excel's text-to-date parsing depends on the locale), so
 * the add-in would otherwise judge a deadline the sheet shows as an error. It is a problem
 * naming the cell, worded for whether the text is a real date typed as text or no date at all.
 */
import { fromExcelSerial, makeDate, parseIsoDate } from "../../domain/calendar-date";
import type { Problem } from "../../domain/result";
import type { IsoDate } from "../../domain/types";
import type { CellValue } from "../workbook-host";
import { cell } from "../excel-rules";
import { isBlank } from "./sheet-grid";

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };

const at = (sheet: string, column: number, row: number) => ({ sheet, cell: cell(column, row) });

// Serials repeat a lot (holiday tables, a whole unit reporting the same day): convert each once.
const serialDates = new Map<number, IsoDate | null>();

function serialToDate(serial: number): IsoDate | null {
  let date = serialDates.get(serial);
  if (date === undefined) {
    date = Number.isInteger(serial) ? fromExcelSerial(serial) : null;
    if (serialDates.size < 100_000) serialDates.set(serial, date);
  }
  return date;
}

export function parseDateCell(value: CellValue, sheet: string, column: number, row: number): Parsed<IsoDate | null> {
  if (isBlank(value)) return { ok: true, value: null };
  if (typeof value === "number") {
    const date = serialToDate(value);
    if (date) return { ok: true, value: date };
  } else if (typeof value === "string") {
    const raw = value.trim();
    const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
    const date = vn ? makeDate(Number(vn[3]), Number(vn[2]), Number(vn[1])) : parseIsoDate(raw);
    if (date) return { ok: false, problem: { key: "tracker.read.dateAsText", params: { value: raw }, at: at(sheet, column, row) } };
  }
  return { ok: false, problem: { key: "tracker.read.badDate", params: { value: String(value) }, at: at(sheet, column, row) } };
}

export function parseNumberCell(value: CellValue, sheet: string, column: number, row: number): Parsed<number | null> {
  if (isBlank(value)) return { ok: true, value: null };
  if (typeof value === "number" && Number.isFinite(value)) return { ok: true, value };
  if (typeof value === "string") {
    // Vietnamese style: "1.234" is one thousand two hundred thirty-four, "2,5" two and a half.
    const raw = value.trim().replace(/\s/g, "");
    if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$|^-?\d+(,\d+)?$/.test(raw)) return { ok: true, value: Number(raw.replace(/\./g, "").replace(",", ".")) };
  }
  return { ok: false, problem: { key: "tracker.read.badNumber", params: { value: String(value) }, at: at(sheet, column, row) } };
}

/** Text as typed: numbers and booleans a user typed in a text column are kept as their text. */
export function textCell(value: CellValue): string | null {
  if (isBlank(value)) return null;
  return String(value).normalize("NFC").trim();
}
