/**
 * Reporting periods (kỳ báo cáo) and their cut-offs. A period names a span of the year; a
 * cut-off convention turns it into the first and last day whose events it counts:
 * - `calendar`: the calendar month, quarter, first six or nine months, or year;
 * - `nd09`: the state reporting regime of Nghị định 09/2019/NĐ-CP, Article 12: figures run from
 *   the 15th of the month before the period to the 14th of its last month (a year from 15/12 of
 *   the previous year to 14/12).
 * A custom range is the same under both. docs/report.md gives the rule with examples.
 */
import { dateParts, daysBetween, formatVietnameseDate, isValidYmd, lastDayOfMonth, makeDate, parseIsoDate } from "../calendar-date";
import type { IsoDate } from "../types";

export type Quarter = 1 | 2 | 3 | 4;

export type Period =
  | { kind: "month"; year: number; month: number }
  | { kind: "quarter"; year: number; quarter: Quarter }
  /** The first six months of the year (6 tháng đầu năm). */
  | { kind: "half"; year: number }
  /** The first nine months of the year (9 tháng đầu năm). */
  | { kind: "nineMonths"; year: number }
  | { kind: "year"; year: number }
  | { kind: "custom"; from: IsoDate; to: IsoDate };

export const CUTOFF_CONVENTIONS = ["calendar", "nd09"] as const;
export type CutoffConvention = (typeof CUTOFF_CONVENTIONS)[number];

/** First and last day counted, both inclusive. `to` is the cut-off: figures are as of that day. */
export interface PeriodRange {
  from: IsoDate;
  to: IsoDate;
}

/** The last month of a period that is a run of months from January (or the month itself). */
function lastMonth(period: Exclude<Period, { kind: "custom" }>): number {
  switch (period.kind) {
    case "month":
      return period.month;
    case "quarter":
      return period.quarter * 3;
    case "half":
      return 6;
    case "nineMonths":
      return 9;
    case "year":
      return 12;
  }
}

function firstMonth(period: Exclude<Period, { kind: "custom" }>): number {
  switch (period.kind) {
    case "month":
      return period.month;
    case "quarter":
      return period.quarter * 3 - 2;
    default:
      return 1;
  }
}

export function periodRange(period: Period, convention: CutoffConvention): PeriodRange {
  if (period.kind === "custom") return { from: period.from, to: period.to };
  const first = firstMonth(period);
  const last = lastMonth(period);
  if (convention === "calendar") {
    return { from: makeDate(period.year, first, 1) as IsoDate, to: lastDayOfMonth(period.year, last) };
  }
  // Nghị định 09/2019/NĐ-CP, Art. 12: from the 15th of the month before the period's first month
  // (December of the previous year for January) to the 14th of its last month.
  const before = first === 1 ? { year: period.year - 1, month: 12 } : { year: period.year, month: first - 1 };
  return { from: makeDate(before.year, before.month, 15) as IsoDate, to: makeDate(period.year, last, 14) as IsoDate };
}

const YEAR = "(\\d{4})";
const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => Period | null]> = [
  [new RegExp(`^${YEAR}-(\\d{1,2})$`), (m) => month(Number(m[1]), Number(m[2]))],
  [new RegExp(`^${YEAR}-Q([1-4])$`, "i"), (m) => ({ kind: "quarter", year: Number(m[1]), quarter: Number(m[2]) as Quarter })],
  [new RegExp(`^${YEAR}-(H1|6M)$`, "i"), (m) => ({ kind: "half", year: Number(m[1]) })],
  [new RegExp(`^${YEAR}-9M$`, "i"), (m) => ({ kind: "nineMonths", year: Number(m[1]) })],
  [new RegExp(`^${YEAR}$`), (m) => ({ kind: "year", year: Number(m[1]) })],
  [/^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$/, (m) => custom(parseIsoDate(m[1]), parseIsoDate(m[2]))],
];

function month(year: number, m: number): Period | null {
  return m >= 1 && m <= 12 ? { kind: "month", year, month: m } : null;
}

function custom(from: IsoDate | null, to: IsoDate | null): Period | null {
  return from && to && daysBetween(from, to) >= 0 ? { kind: "custom", from, to } : null;
}

/**
 * Reads a period code: 2019-12, 2019-Q4, 2019-H1 (or 2019-6M), 2019-9M, 2019, or a range
 * 2019-10-01..2019-12-31. Null for anything else, including a month 13, a date 31/02 or a range
 * that ends before it starts.
 */
export function parsePeriod(text: string): Period | null {
  const trimmed = text.trim();
  for (const [pattern, make] of PATTERNS) {
    const m = pattern.exec(trimmed);
    if (!m) continue;
    const period = make(m);
    return period && validYear(period) ? period : null;
  }
  return null;
}

function validYear(period: Period): boolean {
  return period.kind === "custom" || isValidYmd(period.year, 1, 1);
}

/** The period's code, as parsePeriod reads it: the key of a report in the register. */
export function periodCode(period: Period): string {
  switch (period.kind) {
    case "month":
      return `${period.year}-${String(period.month).padStart(2, "0")}`;
    case "quarter":
      return `${period.year}-Q${period.quarter}`;
    case "half":
      return `${period.year}-H1`;
    case "nineMonths":
      return `${period.year}-9M`;
    case "year":
      return String(period.year);
    case "custom":
      return `${period.from}..${period.to}`;
  }
}

const ROMAN = ["I", "II", "III", "IV"] as const;

/** Quý I … Quý IV: quarters are written in Roman numerals in Vietnamese documents. */
export function quarterNumeral(quarter: Quarter): string {
  return ROMAN[quarter - 1];
}

/** The period a date falls in, by kind (for the pane's default: the month or quarter just ended). */
export function periodContaining(kind: "month" | "quarter" | "year", date: IsoDate): Period {
  const { year, month: m } = dateParts(date);
  if (kind === "month") return { kind, year, month: m };
  if (kind === "quarter") return { kind, year, quarter: Math.ceil(m / 3) as Quarter };
  return { kind, year };
}

/** "01/10/2019 – 31/12/2019", for messages. */
export function formatRange(range: PeriodRange): string {
  return `${formatVietnameseDate(range.from)} – ${formatVietnameseDate(range.to)}`;
}
