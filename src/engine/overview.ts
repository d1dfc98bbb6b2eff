/**
 * Where the plan stands, for the pane's first screen: what the workbook holds, who is late or
 * due soon today, the reports made and the next one due, and the step that comes next. Reads
 * only (two round trips, the register with the first); never writes.
 */
import { dateParts, daysBetween } from "../domain/calendar-date";
import { DUE_SOON, LATE, PROBLEM_STATUSES } from "../domain/deadline";
import { defaultReportSettings, parsePeriod, periodCode, periodRange, type CutoffConvention, type Period, type ReportRecord } from "../domain/report";
import { ok, type Result } from "../domain/result";
import { sameSheetName, sheetNameKey } from "../layout/excel-rules";
import { checkTracker } from "../domain/tracker-check";
import { emptyPlan, type IsoDate } from "../domain/types";
import { defaultReminderSettings } from "../domain/reminders";
import { readReminderLog, reminderLogSheetName } from "../layout/reminders";
import { emptyRegister, periodLabel, readRegister, registerSheetName } from "../layout/report";
import { trackerSheetNames } from "../layout/tracker/geometry";
import { SheetGrid } from "../layout/tracker/sheet-grid";
import type { WorkbookHost } from "../layout/workbook-host";
import { readTrackerFrom } from "./read";

/** The step the pane proposes, in the order of the work. */
export type NextStep = "start" | "plan" | "units" | "build" | "remind" | "report" | "check";

export interface DueReport {
  periodCode: string;
  periodLabel: string;
  /** Its cut-off: the report can be made from the day after. */
  cutoff: IsoDate;
  /** Already in the register. */
  made: boolean;
}

export interface TrackerOverview {
  today: IsoDate;
  hasInputSheets: boolean;
  hasTracker: boolean;
  plan: { docNumber: string; subject: string; tasks: number } | null;
  units: number;
  /** Units with at least one task late today, and the late unit × task pairs. */
  lateUnits: number;
  latePairs: number;
  dueSoonUnits: number;
  /** Unit × task pairs whose cells the deadline rules cannot judge. */
  problemPairs: number;
  /** The reminder log: rows (one per unit and task reminded) and the latest date sent. */
  reminders: { rows: number; units: number; lastSent: IsoDate | null };
  reports: number;
  lastReport: { docNumber: string; periodLabel: string } | null;
  /** The latest period that has ended; `made` says whether its report exists. */
  dueReport: DueReport | null;
  nextStep: NextStep;
}

/**
 * The latest period of the kind the office reports by (the kind of its last report, months by
 * default) whose cut-off is before today.
 */
export function latestEndedPeriod(records: readonly ReportRecord[], convention: CutoffConvention, today: IsoDate): Period {
  const last = records.length > 0 ? parsePeriod(records[records.length - 1].periodCode) : null;
  const byQuarter = last?.kind === "quarter";
  const { year, month } = dateParts(today);
  let candidate: Period = byQuarter ? { kind: "quarter", year, quarter: (Math.ceil(month / 3) as 1 | 2 | 3 | 4) } : { kind: "month", year, month };
  // Step back until the candidate's cut-off has passed (at most two steps).
  while (daysBetween(periodRange(candidate, convention).to, today) <= 0) candidate = previous(candidate);
  return candidate;
}

function previous(period: Period): Period {
  if (period.kind === "quarter") return period.quarter === 1 ? { kind: "quarter", year: period.year - 1, quarter: 4 } : { ...period, quarter: (period.quarter - 1) as 1 | 2 | 3 };
  if (period.kind === "month") return period.month === 1 ? { kind: "month", year: period.year - 1, month: 12 } : { ...period, month: period.month - 1 };
  return period;
}

export async function trackerOverview(host: WorkbookHost, today: IsoDate): Promise<Result<TrackerOverview>> {
  const registerName = registerSheetName();
  const logName = reminderLogSheetName();
  const reading = await readTrackerFrom(host, [{ sheet: registerName }, { sheet: logName }]);
  const present = new Set(reading.first.sheets.map((s) => sheetNameKey(s.name)));
  const sheets = trackerSheetNames();
  const state = reading.state;
  const hasInputSheets = present.has(sheetNameKey(sheets.plan)) || present.has(sheetNameKey(sheets.units));
  const plan = state && state.plan.tasks.length > 0 ? { docNumber: state.plan.docNumber, subject: state.plan.subject, tasks: state.plan.tasks.length } : null;
  const units = state?.units.length ?? 0;
  const hasTracker = (state?.sheets.size ?? 0) > 0;

  let lateUnits = 0;
  let latePairs = 0;
  let dueSoonUnits = 0;
  let problemPairs = 0;
  if (state && hasTracker) {
    const check = checkTracker(state, today);
    const lateByUnit = new Set<string>();
    const soonByUnit = new Set<string>();
    for (const row of check.rows) {
      if (row.result === LATE) {
        latePairs += 1;
        lateByUnit.add(row.unit);
      } else if (row.result === DUE_SOON) soonByUnit.add(row.unit);
      else if (PROBLEM_STATUSES.includes(row.result)) problemPairs += 1;
    }
    lateUnits = lateByUnit.size;
    dueSoonUnits = soonByUnit.size;
  }

  const registerRead = reading.first.ranges.find((r) => r.found && sameSheetName(r.request.sheet, registerName));
  const defaults = defaultReportSettings(state?.plan ?? emptyPlan());
  const register = registerRead ? readRegister(SheetGrid.from(registerRead), defaults, []) : emptyRegister(defaults);
  const records = register.records;
  const logRead = reading.first.ranges.find((r) => r.found && sameSheetName(r.request.sheet, logName));
  const log = logRead ? readReminderLog(SheetGrid.from(logRead), defaultReminderSettings(state?.plan ?? emptyPlan()), []) : null;
  const sentDates = (log?.entries ?? []).map((e) => e.sentOn).filter((d): d is IsoDate => d !== null);
  const reminders = {
    rows: log?.rowCount ?? 0,
    units: new Set((log?.entries ?? []).map((e) => e.unit)).size,
    lastSent: sentDates.reduce<IsoDate | null>((latest, d) => (latest === null || daysBetween(latest, d) > 0 ? d : latest), null),
  };
  const last = records.length > 0 ? records[records.length - 1] : null;
  let dueReport: DueReport | null = null;
  if (hasTracker) {
    const period = latestEndedPeriod(records, register.settings.convention, today);
    const code = periodCode(period);
    const cutoff = periodRange(period, register.settings.convention).to;
    // A period that ended before the plan was issued has nothing to report.
    const issued = state?.plan.issuedOn ?? null;
    if (!issued || daysBetween(issued, cutoff) >= 0) dueReport = { periodCode: code, periodLabel: periodLabel(period), cutoff, made: records.some((r) => r.periodCode === code) };
  }

  const nextStep: NextStep = !hasInputSheets
    ? "start"
    : !plan
      ? "plan"
      : units === 0
        ? "units"
        : !hasTracker
          ? "build"
          : lateUnits > 0 && reminders.lastSent !== today
            ? "remind"
            : dueReport && !dueReport.made
              ? "report"
              : "check";

  return ok(
    {
      today,
      hasInputSheets,
      hasTracker,
      plan,
      units,
      lateUnits,
      latePairs,
      dueSoonUnits,
      problemPairs,
      reminders,
      reports: records.length,
      lastReport: last ? { docNumber: last.docNumber, periodLabel: last.periodLabel } : null,
      dueReport,
      nextStep,
    },
    reading.problems.filter((p) => p.key !== "tracker.read.notTracker"),
  );
}
