/**
 * What "Nhập báo cáo đơn vị" shows and asks, apart from React: the files' summary, each unit's
 * changes by task, the user's choice (units ticked, conflicts ticked one by one) and what that
 * choice writes — counted by the same domain rule the engine applies, so the button's count is
 * what lands in the tracker.
 */
import { formatVietnameseDate, parseIsoDate } from "../domain/calendar-date";
import type { TaskCode, UnitCode } from "../domain/types";
import { changeKey, changesToApply, type FieldChange, type FieldValue, type ImportChoice } from "../domain/unit-return";
import { formatNumberVi } from "../domain/vietnamese-number";
import type { UnitReturnsPreview, UnitReturnView } from "./pane-engine";

export interface ReturnChoice {
  units: ReadonlySet<UnitCode>;
  /** Conflicts to overwrite, by changeKey. */
  conflicts: ReadonlySet<string>;
}

export interface ReturnsSummary {
  files: number;
  taken: number;
  refused: number;
  changes: number;
  conflicts: number;
}

const taken = (preview: UnitReturnsPreview) => preview.files.filter((f): f is UnitReturnView & { unit: NonNullable<UnitReturnView["unit"]> } => f.refused.length === 0 && f.unit !== null);

export function returnsSummary(preview: UnitReturnsPreview): ReturnsSummary {
  const all = taken(preview).flatMap((f) => f.changes);
  const conflicts = all.filter((c) => c.decision === "conflict").length;
  return { files: preview.files.length, taken: taken(preview).length, refused: preview.files.length - taken(preview).length, changes: all.length - conflicts, conflicts };
}

/** At first every unit with something to write is ticked, and no conflict: staff's values stand unless chosen. */
export function initialChoice(preview: UnitReturnsPreview): ReturnChoice {
  return { units: new Set(taken(preview).filter((f) => f.changes.length > 0).map((f) => f.unit.code)), conflicts: new Set() };
}

export function withUnit(choice: ReturnChoice, unit: UnitCode, on: boolean): ReturnChoice {
  const units = new Set(choice.units);
  if (on) units.add(unit);
  else units.delete(unit);
  return { ...choice, units };
}

/** Ticking a conflict ticks its unit too: the user asked for that value to be written. */
export function withConflict(choice: ReturnChoice, change: FieldChange, on: boolean): ReturnChoice {
  const conflicts = new Set(choice.conflicts);
  if (on) conflicts.add(changeKey(change));
  else conflicts.delete(changeKey(change));
  return { units: on ? new Set([...choice.units, change.unit]) : choice.units, conflicts };
}

/** Every unit with something to write ticked, or none; the conflicts ticked stay as they were. */
export function withAllUnits(preview: UnitReturnsPreview, choice: ReturnChoice, on: boolean): ReturnChoice {
  return { ...choice, units: on ? initialChoice(preview).units : new Set() };
}

export function importChoice(choice: ReturnChoice): ImportChoice {
  return { units: [...choice.units], conflicts: [...choice.conflicts] };
}

/** What the confirmed choice writes: cells and units, by the engine's own rule. */
export function choiceTotals(preview: UnitReturnsPreview, choice: ReturnChoice): { cells: number; units: number } {
  const rule = importChoice(choice);
  let cells = 0;
  let units = 0;
  for (const file of taken(preview)) {
    const written = changesToApply(file.changes, rule).length;
    cells += written;
    if (written > 0) units += 1;
  }
  return { cells, units };
}

/** A unit's changes grouped by task, in the file's order. */
export function changesByTask(changes: readonly FieldChange[]): Array<{ task: TaskCode; changes: FieldChange[] }> {
  const groups: Array<{ task: TaskCode; changes: FieldChange[] }> = [];
  for (const change of changes) {
    const last = groups.at(-1);
    if (last && last.task === change.task) last.changes.push(change);
    else groups.push({ task: change.task, changes: [change] });
  }
  return groups;
}

/** A value as the user reads it: dates dd/mm/yyyy, numbers Vietnamese-style, text quoted. */
export function shownValue(value: FieldValue, field: string, blank: string): string {
  if (value === null) return blank;
  if (typeof value === "number") return formatNumberVi(value);
  if (field === "completedOn") {
    const date = parseIsoDate(value);
    if (date) return formatVietnameseDate(date);
  }
  return `"${value}"`;
}
