/**
 * The figures of a periodic report, computed from the tracker as it stood at the period's
 * cut-off. Each (unit, task) gets one outcome, judged by the deadline rules with the cut-off as
 * the as-of date; a task completed after the cut-off is judged as it stood that day (in
 * progress, no completion date). docs/report.md defines every figure.
 */
import { addDays, daysBetween, toDayNumber } from "../calendar-date";
import { BLANK, dateCell, dayCount, deadlineStatus, DONE_LATE, DONE_ON_TIME, isProblem, LATE, NOT_APPLICABLE } from "../deadline";
import type { DeadlineInput, StatusCell } from "../deadline";
import { isEmptyEntry, type TrackerState, type UnitTaskEntry } from "../tracker";
import type { IsoDate, Measure, Task, TaskCode, Unit, UnitCode } from "../types";
import type { CutoffConvention, Period, PeriodRange } from "./period";

export const OUTCOMES = ["doneOnTime", "doneLate", "inProgress", "notStarted", "overdue", "notApplicable", "problem"] as const;
/**
 * Where one unit stands on one task at the cut-off. Exclusive: done on time, done late, not
 * done and not yet late (in progress or not started), not done and late, not applicable, or a
 * data problem that keeps it from being judged.
 */
export type Outcome = (typeof OUTCOMES)[number];
export type OutcomeCounts = Record<Outcome, number>;

/** Counts over some (unit, task) pairs, and what follows from them. */
export interface Tally {
  counts: OutcomeCounts;
  /** Pairs the task applies to: all but "not applicable". */
  applicable: number;
  /** Done on time + done late. */
  done: number;
  /** done ÷ applicable; null when nothing applies. */
  rate: number | null;
  /** Done with a completion date inside the period. */
  completedInPeriod: number;
}

export interface MeasureSum {
  measure: Measure;
  sum: number;
  /** How many entries gave a number. */
  entries: number;
}

/** A measure counted against another, e.g. "1.234/1.300 CB, ĐV tham gia, đạt 94,9%". */
export interface MeasureRate {
  part: MeasureSum;
  whole: MeasureSum;
  /** part ÷ whole; null when the whole is 0. */
  rate: number | null;
}

export interface TaskFigures extends Tally {
  task: Task;
  measures: MeasureSum[];
  participation: MeasureRate | null;
}

export interface LateTask {
  task: TaskCode;
  /** The deadline as the plan gives it. */
  deadline: IsoDate;
  /** Days past the (effective) deadline at the cut-off, as the sheets count them. */
  daysLate: number;
}

export interface UnitFigures extends Tally {
  unit: Unit;
  /** The unit entered something for at least one task; a silent unit entered nothing. */
  reported: boolean;
  late: LateTask[];
}

/** What the register keeps of each report, to tell the next one what changed. */
export interface HeadlineFigures {
  units: number;
  reportedUnits: number;
  applicable: number;
  done: number;
  doneOnTime: number;
  overdue: number;
}

export interface UpcomingTask {
  task: Task;
  deadline: IsoDate;
  /** Units that have not finished it at the cut-off. */
  openUnits: number;
}

export interface ReportFigures {
  period: Period;
  convention: CutoffConvention;
  range: PeriodRange;
  totals: Tally;
  tasks: TaskFigures[];
  units: UnitFigures[];
  reportedUnits: number;
  silentUnits: Unit[];
  /** Sums of the number measures over every counted entry. */
  measures: MeasureSum[];
  participation: MeasureRate | null;
  /** Units with at least one task overdue: most overdue tasks first, then the longest delay. */
  lateUnits: UnitFigures[];
  /** Tasks whose deadline falls in the next period of the same length, for "next steps". */
  upcoming: UpcomingTask[];
  headline: HeadlineFigures;
}

/**
 * The measures the tracker's default columns pair up: "Số CB, ĐV tham gia" against "Tổng số CB,
 * ĐV". A plan's own measures are summed but not paired.
 */
const PARTICIPATION = { part: "participants", whole: "total" } as const;

const zeroCounts = (): OutcomeCounts => ({ doneOnTime: 0, doneLate: 0, inProgress: 0, notStarted: 0, overdue: 0, notApplicable: 0, problem: 0 });

class Counter {
  readonly counts = zeroCounts();
  completedInPeriod = 0;

  add(outcome: Outcome, inPeriod: boolean): void {
    this.counts[outcome] += 1;
    if (inPeriod) this.completedInPeriod += 1;
  }

  tally(): Tally {
    const counts = { ...this.counts };
    const applicable = OUTCOMES.reduce((sum, o) => sum + counts[o], 0) - counts.notApplicable;
    const done = counts.doneOnTime + counts.doneLate;
    return { counts, applicable, done, rate: applicable > 0 ? done / applicable : null, completedInPeriod: this.completedInPeriod };
  }
}

class MeasureCounter {
  private readonly sums: Map<string, { sum: number; entries: number }>;

  constructor(private readonly measures: readonly Measure[]) {
    this.sums = new Map(measures.map((m) => [m.key, { sum: 0, entries: 0 }]));
  }

  add(entry: UnitTaskEntry): void {
    for (const [key, value] of Object.entries(entry.measures)) {
      const slot = this.sums.get(key);
      if (slot && typeof value === "number") {
        slot.sum += value;
        slot.entries += 1;
      }
    }
  }

  result(): MeasureSum[] {
    return this.measures.map((measure) => ({ measure, ...(this.sums.get(measure.key) as { sum: number; entries: number }) }));
  }
}

function pairOf(sums: readonly MeasureSum[]): MeasureRate | null {
  const part = sums.find((s) => s.measure.key === PARTICIPATION.part);
  const whole = sums.find((s) => s.measure.key === PARTICIPATION.whole);
  if (!part || !whole || (part.entries === 0 && whole.entries === 0)) return null;
  return { part, whole, rate: whole.sum > 0 ? part.sum / whole.sum : null };
}

const pairKey = (unit: UnitCode, task: TaskCode) => `${unit}\u0000${task}`;

/** One entry as it stood at the cut-off: a completion after it had not happened yet. */
function asAt(entry: UnitTaskEntry | undefined, cutoff: IsoDate): { status: StatusCell; completed: IsoDate | null; counted: boolean } {
  if (!entry) return { status: BLANK, completed: null, counted: false };
  const status: StatusCell = entry.status ? { kind: "status", status: entry.status } : BLANK;
  if (entry.status === "Hoàn thành" && entry.completedOn && toDayNumber(entry.completedOn) > toDayNumber(cutoff)) {
    return { status: { kind: "status", status: "Đang thực hiện" }, completed: null, counted: false };
  }
  return { status, completed: entry.completedOn, counted: entry.status !== "Không áp dụng" };
}

/**
 * The figures of the period as of its cut-off (`range.to`). Measures count the entries that
 * stood at the cut-off: a task completed after it, and a task that does not apply, add nothing.
 */
export function reportFigures(state: TrackerState, period: Period, convention: CutoffConvention, range: PeriodRange): ReportFigures {
  const cutoff = range.to;
  const entries = new Map<string, UnitTaskEntry>();
  for (const entry of state.entries) entries.set(pairKey(entry.unit, entry.task), entry);
  const holidays = new Set(state.settings.holidays);
  const planDate = state.plan.issuedOn ? dateCell(state.plan.issuedOn) : BLANK;
  const measures = (state.plan.measures ?? []).filter((m) => m.kind === "number");
  const from = toDayNumber(range.from);
  const to = toDayNumber(cutoff);

  const totals = new Counter();
  const allMeasures = new MeasureCounter(measures);
  const taskCounters = state.plan.tasks.map(() => new Counter());
  const taskMeasures = state.plan.tasks.map(() => new MeasureCounter(measures));
  const units: UnitFigures[] = [];
  for (const unit of state.units) {
    const counter = new Counter();
    const late: LateTask[] = [];
    let reported = false;
    state.plan.tasks.forEach((task, i) => {
      const entry = entries.get(pairKey(unit.code, task.code));
      if (entry && !isEmptyEntry(entry)) reported = true;
      const at = asAt(entry, cutoff);
      const input: DeadlineInput = {
        deadline: task.deadline ? dateCell(task.deadline) : BLANK,
        status: at.status,
        completed: at.completed ? dateCell(at.completed) : BLANK,
        asOf: cutoff,
        planDate,
        settings: state.settings,
        holidays,
      };
      const result = deadlineStatus(input);
      const outcome = outcomeOf(result, at.status);
      const completed = at.completed === null ? null : toDayNumber(at.completed);
      const inPeriod = (outcome === "doneOnTime" || outcome === "doneLate") && completed !== null && completed >= from && completed <= to;
      counter.add(outcome, inPeriod);
      taskCounters[i].add(outcome, inPeriod);
      totals.add(outcome, inPeriod);
      if (outcome === "overdue" && task.deadline) late.push({ task: task.code, deadline: task.deadline, daysLate: dayCount(input) ?? 0 });
      if (entry && at.counted) {
        taskMeasures[i].add(entry);
        allMeasures.add(entry);
      }
    });
    units.push({ unit, reported, late, ...counter.tally() });
  }

  const tasks: TaskFigures[] = state.plan.tasks.map((task, i) => {
    const sums = taskMeasures[i].result();
    return { task, ...taskCounters[i].tally(), measures: sums, participation: pairOf(sums) };
  });
  const measureSums = allMeasures.result();
  const total = totals.tally();
  const reportedUnits = units.filter((u) => u.reported).length;
  const lateUnits = units
    .filter((u) => u.late.length > 0)
    .sort((a, b) => b.late.length - a.late.length || maxDelay(b) - maxDelay(a));
  return {
    period,
    convention,
    range,
    totals: total,
    tasks,
    units,
    reportedUnits,
    silentUnits: units.filter((u) => !u.reported).map((u) => u.unit),
    measures: measureSums,
    participation: pairOf(measureSums),
    lateUnits,
    upcoming: upcomingTasks(tasks, range),
    headline: {
      units: units.length,
      reportedUnits,
      applicable: total.applicable,
      done: total.done,
      doneOnTime: total.counts.doneOnTime,
      overdue: total.counts.overdue,
    },
  };
}

const maxDelay = (unit: UnitFigures): number => unit.late.reduce((max, t) => Math.max(max, t.daysLate), 0);

function outcomeOf(result: ReturnType<typeof deadlineStatus>, status: StatusCell): Outcome {
  if (result === DONE_ON_TIME) return "doneOnTime";
  if (result === DONE_LATE) return "doneLate";
  if (result === LATE) return "overdue";
  if (result === NOT_APPLICABLE) return "notApplicable";
  if (isProblem(result)) return "problem";
  return status.kind === "status" && status.status === "Đang thực hiện" ? "inProgress" : "notStarted";
}

/** Deadlines in the next stretch as long as this period, with units still to finish. */
function upcomingTasks(tasks: readonly TaskFigures[], range: PeriodRange): UpcomingTask[] {
  const length = daysBetween(range.from, range.to) + 1;
  const start = toDayNumber(range.to);
  const end = toDayNumber(addDays(range.to, length));
  return tasks
    .filter((t) => t.task.deadline !== null && toDayNumber(t.task.deadline) > start && toDayNumber(t.task.deadline) <= end)
    .map((t) => ({ task: t.task, deadline: t.task.deadline as IsoDate, openUnits: t.applicable - t.done }))
    .filter((t) => t.openUnits > 0)
    .sort((a, b) => toDayNumber(a.deadline) - toDayNumber(b.deadline));
}
