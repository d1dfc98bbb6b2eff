/**
 * The deadline rules of docs/deadline-rules.md as sheet formulas, so the checks keep working
 * for a colleague who opens the workbook without the add-in. Same table as
 * src/domain/deadline/deadline-status.ts; a LibreOffice test proves they agree row by row.
 *
 * Every formula is written once per (unit, task) row, 30,000 rows for 500 units × 60 tasks,
 * and Excel on the web caps a request at 5 MB, so they are kept short:
 * - the labels are not in the formula: it computes the label's position (its code) and takes
 *   the text from a label range holding DEADLINE_STATUSES, in that order (INDEX);
 * - the status is matched against the dropdown's own list (MATCH), not spelled out;
 * - what is the same for every row (the first day no longer "due soon") sits in one cell;
 * - the effective deadline sits in its own column (the sheet's "Hạn hoàn thành"), computed once.
 *
 * Only functions of Excel 2007 and later (IF, IFERROR, CHOOSE, INDEX, MATCH, WORKDAY,
 * NETWORKDAYS, MIN, MAX, SIGN, ISTEXT, COUNT): no LET, LAMBDA or dynamic arrays (Excel 2019),
 * and all of them in LibreOffice. COUNT(ref) is ISNUMBER(ref) three bytes shorter: on a single
 * cell it is 1 for a number and 0 for text or an empty cell. References are pasted in as given,
 * so A1 ("$D5"), R1C1 ("RC4") or defined names all work; they must be references or names,
 * never computed values (COUNT counts a number typed as text when given as a value).
 */
import {
  COMPLETED_AFTER_AS_OF,
  COMPLETED_BEFORE_PLAN,
  DATE_BUT_NOT_DONE,
  DEADLINE_NOT_DATE,
  DONE_ON_TIME,
  DONE_WITHOUT_DATE,
  IN_TIME,
  INVALID_STATUS,
  NO_DEADLINE,
  NOT_APPLICABLE,
  TIMED_STATUSES,
  statusCode,
} from "../domain/deadline/deadline-status";

/** Where the rules read and write, as references or defined names. */
export interface DeadlineCellRefs {
  /** D: the task's deadline as the plan gives it (e.g. its cell on the plan sheet). */
  deadline: string;
  /** S: the unit's status cell (dropdown). */
  status: string;
  /** C: the unit's completion date cell. */
  completed: string;
  /** T: the as-of date, a cell or a name (a settings cell holding =TODAY() for live sheets). */
  asOf: string;
  /** W: the due-soon window in days, a whole number ≥ 0. */
  dueSoonDays: string;
  /** P: the plan's date: a date or an empty cell (not a formula returning ""). */
  planDate: string;
  /** TRUE/FALSE: count days as working days. */
  workingDays: string;
  /** TRUE/FALSE: a deadline on a rest day moves to the next working day. */
  shiftDeadline: string;
  /** The holiday dates: a single-column range or a defined name; only dates or empty cells. */
  holidays: string;
  /** E: the row's cell holding effectiveDeadlineFormula (the sheet's "Hạn hoàn thành" column). */
  effectiveDeadline: string;
  /** The cell holding dueSoonLimitFormula (once per plan and as-of date). */
  dueSoonLimit: string;
  /** The dropdown's list: TASK_STATUSES in that order, one per cell. */
  statusList: string;
  /** DEADLINE_STATUSES in that order, one per cell (14 cells). */
  statusLabels: string;
  /** The row's cell holding deadlineStatusFormula ("Kiểm tra hạn"), read by dayCountFormula. */
  deadlineStatus: string;
}

/**
 * E, the deadline that counts: D, or the first working day on or after D when the shift setting
 * is on; "" when D is empty; D's text when D is not a date (the status then reports it).
 * WORKDAY(D − 1, 1) is the first working day ≥ D; WORKDAY(D, 0) is D itself, so one WORKDAY
 * serves both settings. Format the column as a date.
 */
export function effectiveDeadlineFormula(refs: Pick<DeadlineCellRefs, "deadline" | "shiftDeadline" | "holidays">): string {
  const { deadline: d, shiftDeadline: shift, holidays: h } = refs;
  return `=IF(COUNT(${d}),WORKDAY(${d}-${shift},${shift}*1,${h}),${d}&"")`;
}

/**
 * The first day that is no longer "due soon" (for all rows alike): T + W + 1 in calendar days,
 * or the (W + 1)-th working day after T, so a deadline E ≥ T is due soon exactly when E is
 * before it (at most W days, or W working days, left).
 */
export function dueSoonLimitFormula(refs: Pick<DeadlineCellRefs, "asOf" | "dueSoonDays" | "workingDays" | "holidays">): string {
  const { asOf: t, dueSoonDays: w, workingDays: wd, holidays: h } = refs;
  return `=IF(${wd},WORKDAY(${t},${w}+1,${h}),${t}+${w}+1)`;
}

/** The decision table, precedence from the top, as a label code looked up in statusLabels. */
export function deadlineStatusFormula(
  refs: Pick<DeadlineCellRefs, "status" | "completed" | "asOf" | "planDate" | "effectiveDeadline" | "dueSoonLimit" | "statusList" | "statusLabels">,
): string {
  const { status: s, completed: c, asOf: t, planDate: p, effectiveDeadline: e, dueSoonLimit: limit } = refs;
  const code = statusCode;
  // Which status was reported: 0 empty, 1–4 the list (Chưa thực hiện, Đang thực hiện, Hoàn
  // thành, Không áp dụng), 5 anything else. MATCH ignores case and honours wildcards.
  const reported = `IFERROR(MATCH(${s},${refs.statusList},0),5*(${s}<>""))`;
  // Open (0–2 → 1), done (3 → 2), not applicable (4 → 3), unknown (5 → 4).
  const branch = `MAX(${reported},2)-1`;
  // Open: late 3, due soon 4, in time 5 — E < limit for both late and due soon (limit > T).
  const open = `IF(${c}<>"",${code(DATE_BUT_NOT_DONE)},IF(${e}="",${code(NO_DEADLINE)},${code(IN_TIME)}-(${e}<${limit})-(${t}>${e})))`;
  // Done: C > E is FALSE when E is "" (Excel orders text after numbers): no deadline, on time.
  const done =
    `IF(COUNT(${c}),IF(${c}>${t},${code(COMPLETED_AFTER_AS_OF)},IF(${c}<${p},${code(COMPLETED_BEFORE_PLAN)},` +
    `${code(DONE_ON_TIME)}+(${c}>${e}))),${code(DONE_WITHOUT_DATE)}-(${c}<>""))`;
  // E holds text only when D is not a date; E = "" (empty D) is text too, hence the comparison.
  const body =
    `IF(ISTEXT(${e})>(${e}=""),${code(DEADLINE_NOT_DATE)},` +
    `CHOOSE(${branch},${open},${done},${code(NOT_APPLICABLE)},${code(INVALID_STATUS)}))`;
  return `=INDEX(${refs.statusLabels},${body})`;
}

/**
 * "Số ngày": from E to the completion date (done) or to T (open), in calendar days or working
 * days; blank unless the status is one of the five timed ones and E is a date. MIN(C, T) is C
 * when C is filled (a done row's C is never after T) and T when C is empty (MIN skips it).
 * Working days: NETWORKDAYS over the days after the earlier date up to the later one, signed.
 */
export function dayCountFormula(
  refs: Pick<DeadlineCellRefs, "completed" | "asOf" | "workingDays" | "holidays" | "effectiveDeadline" | "statusLabels" | "deadlineStatus">,
): string {
  const { completed: c, asOf: t, workingDays: wd, holidays: h, effectiveDeadline: e } = refs;
  const until = `MIN(${c},${t})`;
  const working = `NETWORKDAYS(MIN(${e},${c},${t})+1,MAX(${e},${until}),${h})*SIGN(${until}-${e})`;
  const timed = `MATCH(${refs.deadlineStatus},${refs.statusLabels},0)<${TIMED_STATUSES.length + 1}`;
  return `=IF(COUNT(${e})*(${timed}),IF(${wd},${working},${until}-${e}),"")`;
}
