/**
 * The deadline rules of docs/deadline-rules.md, as one function. The sheet formula of
 * src/layout/deadline-formula.ts implements the same table; a LibreOffice test proves the two
 * agree row by row. Change both, and the document, together.
 */
import { daysBetween, toDayNumber } from "../calendar-date";
import type { IsoDate } from "../types";
import { deadlineMessages } from "../../i18n/catalog/deadline";
import type { DateCell, DeadlineInput } from "./deadline-input";
import { onOrNextWorkingDay, workingDaysBetween } from "./holidays";

const label = <K extends keyof typeof deadlineMessages>(key: K) => deadlineMessages[key].vi;

/**
 * Every result, in the order of the formula's label table (position = code − 1): the five
 * timing results first (the ones with a day count), then the others, then the data problems.
 */
export const DEADLINE_STATUSES = [
  label("deadline.status.doneOnTime"),
  label("deadline.status.doneLate"),
  label("deadline.status.late"),
  label("deadline.status.dueSoon"),
  label("deadline.status.inTime"),
  label("deadline.status.noDeadline"),
  label("deadline.status.notApplicable"),
  label("deadline.status.invalidStatus"),
  label("deadline.status.deadlineNotDate"),
  label("deadline.status.completedNotDate"),
  label("deadline.status.doneWithoutDate"),
  label("deadline.status.dateButNotDone"),
  label("deadline.status.completedAfterAsOf"),
  label("deadline.status.completedBeforePlan"),
] as const;

/** One result of the deadline check: the exact Vietnamese text written into the sheet. */
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export const DONE_ON_TIME = DEADLINE_STATUSES[0];
export const DONE_LATE = DEADLINE_STATUSES[1];
export const LATE = DEADLINE_STATUSES[2];
export const DUE_SOON = DEADLINE_STATUSES[3];
export const IN_TIME = DEADLINE_STATUSES[4];
export const NO_DEADLINE = DEADLINE_STATUSES[5];
export const NOT_APPLICABLE = DEADLINE_STATUSES[6];
export const INVALID_STATUS = DEADLINE_STATUSES[7];
export const DEADLINE_NOT_DATE = DEADLINE_STATUSES[8];
export const COMPLETED_NOT_DATE = DEADLINE_STATUSES[9];
export const DONE_WITHOUT_DATE = DEADLINE_STATUSES[10];
export const DATE_BUT_NOT_DONE = DEADLINE_STATUSES[11];
export const COMPLETED_AFTER_AS_OF = DEADLINE_STATUSES[12];
export const COMPLETED_BEFORE_PLAN = DEADLINE_STATUSES[13];

/** Results that have a "Số ngày" figure (when the deadline is a date). */
export const TIMED_STATUSES: readonly DeadlineStatus[] = DEADLINE_STATUSES.slice(0, 5);
/** Data problems: every one of them starts with "Lỗi:". */
export const PROBLEM_STATUSES: readonly DeadlineStatus[] = DEADLINE_STATUSES.slice(7);

export function isProblem(status: DeadlineStatus): boolean {
  return PROBLEM_STATUSES.includes(status);
}

/** The 1-based position of a result in DEADLINE_STATUSES: the formula's code for it. */
export function statusCode(status: DeadlineStatus): number {
  return DEADLINE_STATUSES.indexOf(status) + 1;
}

/** The deadline that counts: D, moved to the next working day when set so and D is a rest day. */
export function effectiveDeadline(input: Pick<DeadlineInput, "deadline" | "settings" | "holidays">): DateCell {
  const { deadline, settings, holidays } = input;
  if (deadline.kind !== "date" || !settings.shiftDeadlineToWorkingDay) return deadline;
  return { kind: "date", date: onOrNextWorkingDay(deadline.date, holidays) };
}

const after = (a: IsoDate, b: IsoDate): boolean => toDayNumber(a) > toDayNumber(b);

/** Days from `from` to `to`: calendar days, or working days when the plan counts those. */
function dayDifference(from: IsoDate, to: IsoDate, input: Pick<DeadlineInput, "settings" | "holidays">): number {
  return input.settings.workingDays ? workingDaysBetween(from, to, input.holidays) : daysBetween(from, to);
}

/** The decision table of docs/deadline-rules.md, top row first. */
export function deadlineStatus(input: DeadlineInput): DeadlineStatus {
  const { status, completed, asOf, planDate, settings } = input;
  const deadline = effectiveDeadline(input);
  if (deadline.kind === "notDate") return DEADLINE_NOT_DATE;
  if (status.kind === "invalid") return INVALID_STATUS;
  const reported = status.kind === "blank" ? "Chưa thực hiện" : status.status;
  if (reported === "Không áp dụng") return NOT_APPLICABLE;

  if (reported === "Hoàn thành") {
    if (completed.kind === "blank") return DONE_WITHOUT_DATE;
    if (completed.kind === "notDate") return COMPLETED_NOT_DATE;
    if (after(completed.date, asOf)) return COMPLETED_AFTER_AS_OF;
    // Excel orders every text and TRUE/FALSE after every number, so a plan date that is not a
    // date is "after" any completion date: the row shows the problem until the plan is fixed.
    if (planDate.kind === "notDate" || (planDate.kind === "date" && after(planDate.date, completed.date))) {
      return COMPLETED_BEFORE_PLAN;
    }
    return deadline.kind === "date" && after(completed.date, deadline.date) ? DONE_LATE : DONE_ON_TIME;
  }

  // Chưa thực hiện, Đang thực hiện, or not reported yet.
  if (completed.kind !== "blank") return DATE_BUT_NOT_DONE;
  if (deadline.kind === "blank") return NO_DEADLINE;
  if (after(asOf, deadline.date)) return LATE;
  return -dayDifference(deadline.date, asOf, input) <= settings.dueSoonDays ? DUE_SOON : IN_TIME;
}

/**
 * "Số ngày": days from the (effective) deadline to the completion date for a completed task, or
 * to the as-of date for an open one — positive: days late; zero or negative: on the deadline or
 * that many days before it (days left). Working days when the plan counts working days. Null
 * (a blank cell) when there is no deadline, for "Không áp dụng", and for every data problem.
 */
export function dayCount(input: DeadlineInput): number | null {
  const deadline = effectiveDeadline(input);
  if (deadline.kind !== "date" || !TIMED_STATUSES.includes(deadlineStatus(input))) return null;
  const until = input.completed.kind === "date" ? input.completed.date : input.asOf;
  return dayDifference(deadline.date, until, input);
}

/**
 * Worst first, for "the worst status of a unit" (its sheet tab colour, the list of late units):
 * data problems need fixing before anything can be judged; then what needs urging now (late,
 * due soon); then what went wrong but is closed (done late); then the open tasks that are fine,
 * the open tasks without a deadline, the tasks done on time, and those that do not apply.
 */
export const SEVERITY_ORDER: readonly DeadlineStatus[] = [
  ...PROBLEM_STATUSES,
  LATE,
  DUE_SOON,
  DONE_LATE,
  IN_TIME,
  NO_DEADLINE,
  DONE_ON_TIME,
  NOT_APPLICABLE,
];

/** The worst of some statuses by SEVERITY_ORDER; null for none. */
export function worstStatus(statuses: Iterable<DeadlineStatus>): DeadlineStatus | null {
  let worst: DeadlineStatus | null = null;
  for (const status of statuses) {
    if (worst === null || SEVERITY_ORDER.indexOf(status) < SEVERITY_ORDER.indexOf(worst)) worst = status;
  }
  return worst;
}

/** "#RRGGBB": a light fill for the row and a strong colour for its text and the sheet tab. */
export interface StatusColor {
  fill: string;
  strong: string;
}

// Excel's built-in cell styles "Bad", "Neutral" and "Good" for late, due soon and done, their
// orange and purple theme tints for done late and data problems, so the sheet looks like Excel.
const RED: StatusColor = { fill: "#FFC7CE", strong: "#9C0006" };
const AMBER: StatusColor = { fill: "#FFEB9C", strong: "#9C5700" };
const GREEN: StatusColor = { fill: "#C6EFCE", strong: "#006100" };
const ORANGE: StatusColor = { fill: "#F8CBAD", strong: "#C65911" };
const PURPLE: StatusColor = { fill: "#E4DFEC", strong: "#7030A0" };
const GREY: StatusColor = { fill: "#F2F2F2", strong: "#7F7F7F" };

/** Colour of each status for conditional formats; null: the row keeps its normal look. */
export const STATUS_COLORS: Readonly<Record<DeadlineStatus, StatusColor | null>> = Object.fromEntries(
  DEADLINE_STATUSES.map((status) => {
    if (isProblem(status)) return [status, PURPLE];
    const colors: Partial<Record<DeadlineStatus, StatusColor>> = {
      [LATE]: RED,
      [DUE_SOON]: AMBER,
      [DONE_ON_TIME]: GREEN,
      [DONE_LATE]: ORANGE,
      [NOT_APPLICABLE]: GREY,
    };
    return [status, colors[status] ?? null];
  }),
) as Record<DeadlineStatus, StatusColor | null>;
