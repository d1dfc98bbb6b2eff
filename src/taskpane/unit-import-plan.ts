/**
 * What importing a unit list will do to the Đơn vị sheet, worked out before anything is written
 * so the user can see it: merged by unit code, new codes added, existing ones updated field by
 * field, and units the file does not list kept as they are — never deleted or marked removed
 * (a unit list file is often a part of the list: one district's units, last month's additions).
 */
import type { Unit, UnitCode } from "../domain/types";

export const COMPARED_FIELDS = ["name", "kind", "head", "email", "members"] as const;
export type UnitField = (typeof COMPARED_FIELDS)[number];

export interface FieldChange {
  field: UnitField;
  from: string | number | null;
  to: string | number | null;
}

export interface UnitUpdate {
  unit: Unit;
  changes: FieldChange[];
  /** The unit was marked "Đã bỏ" on the sheet; importing it brings it back into the plan. */
  restored: boolean;
}

export interface UnitImportPlan {
  /** Codes the sheet does not have yet, in file order. */
  added: Unit[];
  /** Codes the sheet has, with at least one field that differs (or marked removed). */
  updated: UnitUpdate[];
  /** Codes whose every field is already as the file has it. */
  unchanged: Unit[];
  /** Units on the sheet that the file does not list: left exactly as they are. */
  kept: Unit[];
  /** The full list to save: the sheet's units with the file's values, then the new ones. */
  units: Unit[];
}

export interface SheetUnits {
  units: readonly Unit[];
  removedUnits: readonly Unit[];
}

export function planUnitImport(sheet: SheetUnits, incoming: readonly Unit[]): UnitImportPlan {
  const fromFile = new Map<UnitCode, Unit>(incoming.map((u) => [u.code, u]));
  const active = new Map<UnitCode, Unit>(sheet.units.map((u) => [u.code, u]));
  const removed = new Map<UnitCode, Unit>(sheet.removedUnits.map((u) => [u.code, u]));
  const plan: UnitImportPlan = { added: [], updated: [], unchanged: [], kept: [], units: [] };

  for (const unit of incoming) {
    const before = active.get(unit.code) ?? removed.get(unit.code);
    if (!before) {
      plan.added.push(unit);
      continue;
    }
    const changes = fieldChanges(before, unit);
    const restored = !active.has(unit.code);
    if (changes.length > 0 || restored) plan.updated.push({ unit, changes, restored });
    else plan.unchanged.push(unit);
  }
  for (const unit of sheet.units) {
    const next = fromFile.get(unit.code);
    if (!next) plan.kept.push(unit);
    plan.units.push(next ?? unit);
  }
  // Units the sheet marks removed stay so unless the file lists them again.
  plan.units.push(...incoming.filter((u) => !active.has(u.code)));
  return plan;
}

/** True when saving would change the sheet. */
export const changesSheet = (plan: UnitImportPlan): boolean => plan.added.length > 0 || plan.updated.length > 0;

function fieldChanges(before: Unit, after: Unit): FieldChange[] {
  return COMPARED_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({ field, from: before[field], to: after[field] }));
}
