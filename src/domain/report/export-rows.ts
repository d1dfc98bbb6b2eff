/**
 * The tracker as flat records, one per unit × task, for the data-based monitoring systems that
 * take figures from offices (docs/export-format.md). Field names are stable English keys; values
 * are as the workbook holds them, with the deadline check of the as-of date.
 */
import { checkTracker } from "../tracker-check";
import type { TrackerState } from "../tracker";
import type { IsoDate, TaskStatus } from "../types";

export interface ExportRow {
  plan: string;
  unitCode: string;
  unitName: string;
  taskCode: string;
  taskText: string;
  deadline: IsoDate | null;
  status: TaskStatus | null;
  completedOn: IsoDate | null;
  /** By measure key; blank measures are absent. */
  measures: Record<string, string | number>;
  reportRef: string | null;
  note: string | null;
  /** The deadline check ("Kiểm tra hạn"), in the workbook's Vietnamese wording. */
  result: string;
  /** "Số ngày": positive = days late. */
  days: number | null;
  asOf: IsoDate;
}

export function exportRows(state: TrackerState, asOf: IsoDate): ExportRow[] {
  const check = checkTracker(state, asOf);
  const entries = new Map(state.entries.map((e) => [`${e.unit}\u0000${e.task}`, e]));
  const units = new Map(state.units.map((u) => [u.code, u]));
  const tasks = new Map(state.plan.tasks.map((t) => [t.code, t]));
  return check.rows.map((row) => {
    const entry = entries.get(`${row.unit}\u0000${row.task}`);
    return {
      plan: state.plan.docNumber,
      unitCode: row.unit,
      unitName: units.get(row.unit)?.name ?? "",
      taskCode: row.task,
      taskText: tasks.get(row.task)?.text ?? "",
      deadline: row.deadline,
      status: entry?.status ?? null,
      completedOn: entry?.completedOn ?? null,
      measures: { ...(entry?.measures ?? {}) },
      reportRef: entry?.reportRef ?? null,
      note: entry?.note ?? null,
      result: row.result,
      days: row.days,
      asOf,
    };
  });
}
