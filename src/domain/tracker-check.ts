/**
 * The deadline check of a whole tracker, in TypeScript: the same rules the sheets compute with
 * formulas (docs/deadline-rules.md), so the pane and the CLI can list late units without
 * recalculating the workbook, and the Office.js host never has to read formula results.
 */
import { BLANK, dateCell, dayCount, deadlineStatus, isProblem, LATE, worstStatus } from "./deadline";
import type { DateCell, DeadlineInput, DeadlineStatus, StatusCell } from "./deadline";
import type { TrackerState, UnitTaskEntry } from "./tracker";
import type { IsoDate, TaskCode, UnitCode } from "./types";

export interface CheckRow {
  unit: UnitCode;
  task: TaskCode;
  deadline: IsoDate | null;
  result: DeadlineStatus;
  /** "Số ngày": positive = days late; null when meaningless. */
  days: number | null;
}

export interface UnitCheck {
  unit: UnitCode;
  name: string;
  sheet: string | null;
  worst: DeadlineStatus | null;
  counts: Partial<Record<DeadlineStatus, number>>;
  /** Tasks late or with a data problem, for the reminder. */
  attention: TaskCode[];
}

export interface CheckReport {
  asOf: IsoDate;
  rows: CheckRow[];
  units: UnitCheck[];
  /** Units with at least one task late (Quá hạn), worst first. */
  lateUnits: UnitCode[];
  totals: Partial<Record<DeadlineStatus, number>>;
}

const entryKey = (unit: UnitCode, task: TaskCode) => `${unit}\u0000${task}`;

export function checkTracker(state: TrackerState, asOf: IsoDate): CheckReport {
  const entries = new Map<string, UnitTaskEntry>();
  for (const entry of state.entries) entries.set(entryKey(entry.unit, entry.task), entry);
  const holidays = new Set(state.settings.holidays);
  const planDate: DateCell = state.plan.issuedOn ? dateCell(state.plan.issuedOn) : BLANK;

  const rows: CheckRow[] = [];
  const units: UnitCheck[] = [];
  const totals: Partial<Record<DeadlineStatus, number>> = {};
  for (const unit of state.units) {
    const counts: Partial<Record<DeadlineStatus, number>> = {};
    const attention: TaskCode[] = [];
    for (const task of state.plan.tasks) {
      const entry = entries.get(entryKey(unit.code, task.code));
      const status: StatusCell = entry?.status ? { kind: "status", status: entry.status } : BLANK;
      const input: DeadlineInput = {
        deadline: task.deadline ? dateCell(task.deadline) : BLANK,
        status,
        completed: entry?.completedOn ? dateCell(entry.completedOn) : BLANK,
        asOf,
        planDate,
        settings: state.settings,
        holidays,
      };
      const result = deadlineStatus(input);
      rows.push({ unit: unit.code, task: task.code, deadline: task.deadline, result, days: dayCount(input) });
      counts[result] = (counts[result] ?? 0) + 1;
      totals[result] = (totals[result] ?? 0) + 1;
      if (result === LATE || isProblem(result)) attention.push(task.code);
    }
    units.push({
      unit: unit.code,
      name: unit.name,
      sheet: state.sheets.get(unit.code) ?? null,
      worst: worstStatus(Object.keys(counts) as DeadlineStatus[]),
      counts,
      attention,
    });
  }
  const lateUnits = units
    .filter((u) => (u.counts[LATE] ?? 0) > 0)
    .sort((a, b) => (b.counts[LATE] ?? 0) - (a.counts[LATE] ?? 0))
    .map((u) => u.unit);
  return { asOf, rows, units, lateUnits, totals };
}
