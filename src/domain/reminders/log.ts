/**
 * The reminder log (nhật ký đôn đốc): one record per task a unit was reminded of. It numbers
 * the next reminder ("nhắc lần 2") and tells the periodic report who was reminded. Records are
 * counted by unit and task code, never by row, so a sorted or edited log counts the same.
 */
import { toDayNumber } from "../calendar-date";
import type { IsoDate, TaskCode, UnitCode } from "../types";
import type { ReminderChannel, ReminderFacts } from "./types";

/** A record as written: every field known. */
export interface ReminderLogRow {
  sentOn: IsoDate;
  unit: UnitCode;
  unitName: string;
  /** Null: a silent unit reminded to report, with no task to name. */
  task: TaskCode | null;
  deadline: IsoDate | null;
  /** Days late (positive) or, for a task due soon, minus the days left; as the unit sheets count them. */
  days: number | null;
  channel: ReminderChannel;
  round: number;
  replyBy: IsoDate;
}

/** A record as read back: what a user left readable of it. */
export interface ReminderLogEntry {
  /** Its row on the log sheet, to name it in a warning. */
  row: number;
  unit: UnitCode;
  task: TaskCode | null;
  sentOn: IsoDate | null;
  unitName: string | null;
  deadline: IsoDate | null;
  days: number | null;
  channel: ReminderChannel | null;
  round: number | null;
  replyBy: IsoDate | null;
}

const key = (unit: UnitCode, task: TaskCode | null) => `${unit}\u0000${task ?? ""}`;

/** How often the log holds each (unit, task); counts every readable record, whatever its date. */
export class ReminderCounts {
  private readonly counts = new Map<string, number>();

  constructor(entries: ReadonlyArray<Pick<ReminderLogEntry, "unit" | "task">> = []) {
    for (const entry of entries) this.add(entry.unit, entry.task);
  }

  add(unit: UnitCode, task: TaskCode | null): void {
    const k = key(unit, task);
    this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }

  /** The number the next reminder of this task gets: 1 + the times it is logged. */
  next(unit: UnitCode, task: TaskCode | null): number {
    return 1 + (this.counts.get(key(unit, task)) ?? 0);
  }
}

/**
 * The records for one reminder sent: one per task named (late, then due soon), or one without a
 * task for a silent unit that had none. `counts` numbers them and takes them in, so a second
 * reminder of the same unit in one go counts on.
 */
export function logRowsFor(
  reminder: Pick<ReminderFacts, "unit" | "late" | "dueSoon">,
  sent: { channel: ReminderChannel; sentOn: IsoDate; replyBy: IsoDate },
  counts: ReminderCounts,
): ReminderLogRow[] {
  const { unit } = reminder;
  const items: Array<{ task: TaskCode | null; deadline: IsoDate | null; days: number | null }> = [
    ...reminder.late.map((t) => ({ task: t.code, deadline: t.deadline, days: t.days })),
    ...reminder.dueSoon.map((t) => ({ task: t.code, deadline: t.deadline, days: t.days === 0 ? 0 : -t.days })),
  ];
  if (items.length === 0) items.push({ task: null, deadline: null, days: null });
  return items.map((item) => {
    const round = counts.next(unit.code, item.task);
    counts.add(unit.code, item.task);
    return { sentOn: sent.sentOn, unit: unit.code, unitName: unit.name, ...item, channel: sent.channel, round, replyBy: sent.replyBy };
  });
}

/**
 * How many times each unit was reminded on or before `until`: the days it was sent reminders,
 * each counted once however many tasks that day named. Records whose date cannot be read are
 * left out, as nobody can tell whether they came before `until`.
 */
export function timesReminded(entries: readonly ReminderLogEntry[], until: IsoDate): Map<UnitCode, number> {
  const limit = toDayNumber(until);
  const days = new Map<UnitCode, Set<number>>();
  for (const entry of entries) {
    if (entry.sentOn === null) continue;
    const day = toDayNumber(entry.sentOn);
    if (day > limit) continue;
    const set = days.get(entry.unit) ?? new Set<number>();
    set.add(day);
    days.set(entry.unit, set);
  }
  return new Map([...days].map(([unit, set]) => [unit, set.size]));
}
