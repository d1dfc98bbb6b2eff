/**
 * The register of reports made from a tracker (sổ báo cáo): one record per period, kept as
 * history. It numbers the next report and tells each report what changed since the last one.
 */
import { toDayNumber } from "../calendar-date";
import type { IsoDate } from "../types";
import type { HeadlineFigures } from "./figures";
import type { CutoffConvention, PeriodRange } from "./period";

export interface ReportRecord {
  /** The report's number within the committee's series of BC documents; null: filled at signing. */
  number: number | null;
  /** "25-BC/ĐUK", or "-BC/ĐUK" without a number. */
  docNumber: string;
  /** The period's code (2019-12, 2019-Q4, …): one record, and one sheet, per period. */
  periodCode: string;
  /** "tháng 12 năm 2019" */
  periodLabel: string;
  range: PeriodRange;
  convention: CutoffConvention;
  /** The date on the report ("ngày … tháng … năm …"). */
  reportDate: IsoDate;
  /** The day it was made. */
  createdOn: IsoDate;
  sheet: string;
  /** The standalone file handed on, once made. */
  file: string | null;
  headline: HeadlineFigures;
}

/**
 * The next number: one more than the highest in the register. Party documents are numbered per
 * kind within a committee's term, not per year, and the office numbers every BC it issues, so
 * this is a suggestion for staff to confirm, not the office's official count.
 */
export function suggestReportNumber(records: readonly ReportRecord[]): number {
  return records.reduce((max, r) => Math.max(max, r.number ?? 0), 0) + 1;
}

/** The latest report with an earlier cut-off than `range`, other than the same period's. */
export function previousReport(records: readonly ReportRecord[], periodCode: string, range: PeriodRange): ReportRecord | null {
  const cutoff = toDayNumber(range.to);
  let best: ReportRecord | null = null;
  for (const record of records) {
    if (record.periodCode === periodCode || toDayNumber(record.range.to) >= cutoff) continue;
    if (!best || toDayNumber(record.range.to) > toDayNumber(best.range.to)) best = record;
  }
  return best;
}

/** "25-BC/ĐUK"; without a number "-BC/ĐUK", the number to be written in at signing. */
export function reportDocNumber(number: number | null, issuerCode: string): string {
  const symbol = issuerCode ? `-BC/${issuerCode}` : "-BC";
  return number === null ? symbol : `${number}${symbol}`;
}
