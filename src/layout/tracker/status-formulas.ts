/**
 * The tracker's use of the deadline rules (layout/deadline-formula.ts): the "Hạn hoàn thành",
 * "Kiểm tra hạn" and "Số ngày" columns of a unit sheet, the helper cells those formulas share
 * (kept on _meta), the row colours, and the tab colour of a unit's sheet.
 */
import {
  DEADLINE_STATUSES,
  DONE_LATE,
  DONE_ON_TIME,
  DUE_SOON,
  LATE,
  NOT_APPLICABLE,
  STATUS_COLORS,
  worstStatus,
  type DeadlineStatus,
} from "../../domain/deadline";
import { quoteSheetName, absCell, absRange } from "../excel-rules";
import { TASK_STATUSES } from "../../domain/types";
import { t } from "../../i18n/messages";
import { dayCountFormula, deadlineStatusFormula, dueSoonLimitFormula, effectiveDeadlineFormula } from "../deadline-formula";
import type { CellContent, Color, NameSpec } from "../sheet-spec";
import { formula, text } from "./cells";
import { NAMES } from "./defined-names";
import { META_SHEET } from "./geometry";

/** Helper cells on _meta, right of its records: the lists and the per-plan values every row uses. */
export const HELPER = {
  statusListColumn: 8,
  statusLabelsColumn: 9,
  valuesColumn: 10,
  dueSoonLimitRow: 1,
  workingDaysRow: 2,
  shiftDeadlineRow: 3,
} as const;

export const HELPER_NAMES = {
  statusList: "DS_TrangThai",
  statusLabels: "DS_KetQua",
  dueSoonLimit: "KH_HanGan",
} as const;

/** A1 references to one row's cells on a unit sheet, and the plan's deadline for it. */
export interface RowRefs {
  /** The deadline as the plan gives it: a reference (or INDEX(…) returning one). */
  planDeadline: string;
  /** This row's "Hạn hoàn thành" cell (the effective deadline). */
  deadline: string;
  status: string;
  completed: string;
  /** This row's "Kiểm tra hạn" cell. */
  check: string;
}

function refs(row: RowRefs) {
  return {
    deadline: row.planDeadline,
    status: row.status,
    completed: row.completed,
    asOf: NAMES.asOf,
    dueSoonDays: NAMES.dueSoonDays,
    planDate: NAMES.planDate,
    workingDays: NAMES.workingDays,
    shiftDeadline: NAMES.shiftDeadline,
    holidays: NAMES.holidays,
    effectiveDeadline: row.deadline,
    dueSoonLimit: HELPER_NAMES.dueSoonLimit,
    statusList: HELPER_NAMES.statusList,
    statusLabels: HELPER_NAMES.statusLabels,
    deadlineStatus: row.check,
  };
}

export const effectiveDeadlineCell = (row: RowRefs): string => effectiveDeadlineFormula(refs(row));
export const checkFormula = (row: RowRefs): string => deadlineStatusFormula(refs(row));
export const daysFormula = (row: RowRefs): string => dayCountFormula(refs(row));

/**
 * The helper block written on _meta at H1: the dropdown's statuses, the check's labels, the
 * first day no longer "due soon", and the two yes/no settings as TRUE/FALSE (users pick
 * "Có"/"Không" in the settings block; the rules want booleans).
 */
export function helperBlock(settingsCells: { workingDays: string; shiftDeadline: string }): { at: string; rows: CellContent[][] } {
  const yes = t("tracker.yes");
  const values: CellContent[] = [
    formula(dueSoonLimitFormula(refs({ planDeadline: "", deadline: "", status: "", completed: "", check: "" }))),
    formula(`${settingsCells.workingDays}="${yes}"`),
    formula(`${settingsCells.shiftDeadline}="${yes}"`),
  ];
  const height = Math.max(TASK_STATUSES.length, DEADLINE_STATUSES.length, values.length);
  const rows: CellContent[][] = [];
  for (let i = 0; i < height; i++) {
    rows.push([
      i < TASK_STATUSES.length ? text(TASK_STATUSES[i]) : { kind: "blank" },
      i < DEADLINE_STATUSES.length ? text(DEADLINE_STATUSES[i]) : { kind: "blank" },
      values[i] ?? { kind: "blank" },
    ]);
  }
  return { at: absCell(HELPER.statusListColumn, 1).replace(/\$/g, ""), rows };
}

export function helperNames(): NameSpec[] {
  const meta = quoteSheetName(META_SHEET);
  const at = (column: number, row: number) => `=${meta}!${absCell(column, row)}`;
  return [
    { name: HELPER_NAMES.statusList, refersTo: `=${meta}!${absRange(HELPER.statusListColumn, 1, HELPER.statusListColumn, TASK_STATUSES.length)}` },
    { name: HELPER_NAMES.statusLabels, refersTo: `=${meta}!${absRange(HELPER.statusLabelsColumn, 1, HELPER.statusLabelsColumn, DEADLINE_STATUSES.length)}` },
    { name: HELPER_NAMES.dueSoonLimit, refersTo: at(HELPER.valuesColumn, HELPER.dueSoonLimitRow) },
    { name: NAMES.workingDays, refersTo: at(HELPER.valuesColumn, HELPER.workingDaysRow) },
    { name: NAMES.shiftDeadline, refersTo: at(HELPER.valuesColumn, HELPER.shiftDeadlineRow) },
  ];
}

export const DONE_STATUSES: readonly DeadlineStatus[] = [DONE_ON_TIME, DONE_LATE];
export { DUE_SOON, LATE, NOT_APPLICABLE };

/** Conditional-format colours by status, in the deadline module's order. */
export function statusFormats(): Array<{ status: DeadlineStatus; fill: Color; font?: Color }> {
  return DEADLINE_STATUSES.flatMap((status) => {
    const color = STATUS_COLORS[status];
    return color ? [{ status, fill: color.fill, font: color.strong }] : [];
  });
}

/**
 * The tab colour of a unit's sheet: the strong colour of its worst status (late red, due soon
 * amber…), none when every task is done on time or does not apply. The engine computes the
 * statuses in TypeScript (a tab colour cannot be a formula) and patches `tabColor` with this.
 */
export function unitTabColor(statuses: Iterable<DeadlineStatus>): Color | null {
  const worst = worstStatus(statuses);
  if (worst === null || worst === NOT_APPLICABLE || worst === DONE_ON_TIME) return null;
  return STATUS_COLORS[worst]?.strong ?? null;
}
