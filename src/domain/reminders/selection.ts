/**
 * Who is reminded of what: the deadline check of the whole tracker as of a date (the same
 * judgement as the unit sheets, working days and holidays included), narrowed to the units the
 * scope asks for. Tasks without a deadline are never late nor due soon, so they are never named.
 */
import { DUE_SOON, LATE } from "../deadline";
import { checkTracker } from "../tracker-check";
import { isEmptyEntry, type TrackerState } from "../tracker";
import type { IsoDate, TaskCode, UnitCode } from "../types";
import { shortTaskText } from "./task-text";
import type { ReminderCounts } from "./log";
import type { RemindedTask, ReminderFacts, ReminderScope } from "./types";

export interface ReminderSelection {
  state: TrackerState;
  asOf: IsoDate;
  scope: ReminderScope;
  /** The log as it stands, to number each reminder. */
  counts: ReminderCounts;
  /** Units whose sheet could not be read: left out, as their entries are unknown. */
  skipUnits?: ReadonlySet<UnitCode>;
  /** Tasks whose row is missing on a unit's sheet: not named to that unit. */
  skipTask?: (unit: UnitCode, task: TaskCode) => boolean;
}

function wanted(scope: ReminderScope, facts: Pick<ReminderFacts, "silent" | "late" | "dueSoon">): boolean {
  switch (scope) {
    case "late":
      return facts.late.length > 0;
    case "silent":
      return facts.silent;
    case "all":
      return facts.late.length > 0 || facts.dueSoon.length > 0 || facts.silent;
  }
}

/** One reminder per unit the scope takes, in the order of the Đơn vị sheet. */
export function selectReminders(selection: ReminderSelection): ReminderFacts[] {
  const { state, asOf, scope, counts } = selection;
  const check = checkTracker(state, asOf);
  const tasks = new Map(state.plan.tasks.map((task) => [task.code, task]));
  const active = new Set(tasks.keys());
  const reported = new Set(state.entries.filter((e) => active.has(e.task) && !isEmptyEntry(e)).map((e) => e.unit));
  const byUnit = new Map<UnitCode, { late: RemindedTask[]; dueSoon: RemindedTask[] }>();
  for (const row of check.rows) {
    if (row.deadline === null || (row.result !== LATE && row.result !== DUE_SOON)) continue;
    if (selection.skipTask?.(row.unit, row.task)) continue;
    const task = tasks.get(row.task);
    if (!task) continue;
    const lists = byUnit.get(row.unit) ?? { late: [], dueSoon: [] };
    byUnit.set(row.unit, lists);
    const days = row.days ?? 0;
    const reminded: RemindedTask = { code: task.code, text: shortTaskText(task.text), deadline: row.deadline, days: row.result === LATE ? days : Math.max(0, -days), round: counts.next(row.unit, task.code) };
    (row.result === LATE ? lists.late : lists.dueSoon).push(reminded);
  }
  const result: ReminderFacts[] = [];
  for (const unit of state.units) {
    if (selection.skipUnits?.has(unit.code)) continue;
    const lists = byUnit.get(unit.code) ?? { late: [], dueSoon: [] };
    const facts = { silent: !reported.has(unit.code), ...lists };
    if (!wanted(scope, facts)) continue;
    const named = [...facts.late, ...facts.dueSoon];
    const round = named.length > 0 ? Math.max(...named.map((t) => t.round)) : counts.next(unit.code, null);
    result.push({ unit, ...facts, round });
  }
  return result;
}
