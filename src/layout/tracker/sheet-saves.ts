/**
 * Saving one input sheet alone, as the pane's plan and unit imports do: the Kế hoạch or the Đơn
 * vị sheet, made if missing, patched otherwise. The next build does the rest.
 */
import { mergeTracker } from "./merge";
import type { Plan, Unit } from "../../domain/types";
import { sameSheetName, sheetNameKey } from "../excel-rules";
import type { WorkbookChange } from "../sheet-spec";
import { reservedSheetNames, trackerSheetNames } from "./geometry";
import { normalizePlan, normalizeUnit } from "./normalize-input";
import { planSheet, planSheetPatch } from "./plan-sheet";
import { unitsSheet, unitsSheetPatch } from "./units-sheet";
import type { LocatedTracker } from "./positions";

const sheetExists = (existing: LocatedTracker | null, name: string): boolean =>
  existing !== null && existing.positions.sheetNames.some((n) => sameSheetName(n, name));

/** The task pane's "Nhập kế hoạch" save: only the Kế hoạch sheet (made if missing). */
export function savePlanSheetChange(plan: Plan, existing: LocatedTracker | null): WorkbookChange {
  const normalized = normalizePlan(plan);
  const merge = mergeTracker(normalized, existing ? [...existing.units] : [], existing, reservedSheetNames());
  const name = trackerSheetNames().plan;
  if (!existing || !sheetExists(existing, name)) return { ops: [{ op: "addSheet", sheet: planSheet(normalized, merge.tasks) }] };
  const patches = planSheetPatch(normalized, existing.plan, merge.tasks, existing.positions.plan, existing.positions.planFields);
  return { ops: patches.map((content) => ({ op: "patchSheet", name, content })) };
}

/** A units import: only the Đơn vị sheet (the next rebuild makes the new units' sheets and links). */
export function saveUnitsSheetChange(units: Unit[], existing: LocatedTracker | null): WorkbookChange {
  const normalized = units.map(normalizeUnit);
  const merge = mergeTracker({ tasks: existing ? [...existing.plan.tasks] : [] }, normalized, existing, reservedSheetNames());
  const name = trackerSheetNames().units;
  if (!existing || !sheetExists(existing, name)) {
    // No unit sheet exists yet: no link may point at one.
    return { ops: [{ op: "addSheet", sheet: { ...unitsSheet(merge.units), hyperlinks: [] } }] };
  }
  const patches = unitsSheetPatch(merge.units, existing.positions.units, new Map(existing.sheets));
  const linkable = new Set(merge.units.filter((p) => p.sheetExists).map((p) => sheetNameKey(p.sheet)));
  return {
    ops: patches.map((patch) => {
      const hyperlinks = (patch.hyperlinks ?? []).filter((h) => linkable.has(sheetNameKey(h.target.sheet)));
      return { op: "patchSheet", name, content: { ...patch, hyperlinks } };
    }),
  };
}
