/**
 * The first build: every sheet of the tracker, unit sheets copied from one template.
 */
import { META_SHEET, TEMPLATE_SHEET } from "./geometry";
import type { WorkbookOp } from "../sheet-spec";
import { isUnitName, metaOf, type BuildParts } from "./build-parts";
import { holidaysSheet } from "./holidays-sheet";
import { metaPatch, provisionalMetaSheet } from "./meta-sheet";
import { overviewSheet } from "./overview-sheet";
import { planSheet } from "./plan-sheet";
import { unitSheetTemplate } from "./unit-sheet";
import { unitsSheet } from "./units-sheet";
import type { TrackerBuild } from "./tracker-change";

export function freshBuild(parts: BuildParts): TrackerBuild {
  const { plan, measures, merge, report, tasks, tables, names, overviewInput, definedNames, helpers, keys, newUnits, copies } = parts;
  const ops: WorkbookOp[] = [];
  ops.push({ op: "addSheet", sheet: planSheet({ ...plan, measures }, merge.tasks) });
  ops.push({ op: "addSheet", sheet: unitsSheet(merge.units) });
  ops.push({ op: "addSheet", sheet: holidaysSheet() });
  // _meta vouches for the unit sheets, tables, Tổng quan and names made below: written last.
  const meta = metaOf(plan, null, merge.tasks, merge.units, tables, measures, keys);
  const provisional = provisionalMetaSheet(meta, helpers, new Set());
  ops.push({ op: "addSheet", sheet: provisional.sheet });
  // Names before the formulas that use them; unit names once their sheets exist.
  ops.push({ op: "defineNames", names: definedNames.filter((n) => !isUnitName(n)) });
  ops.push({ op: "addSheet", sheet: unitSheetTemplate({ tasks, measures }) });
  for (const copy of copies) ops.push({ op: "copySheet", copy });
  ops.push({ op: "defineNames", names: definedNames.filter(isUnitName) });
  ops.push({ op: "addSheet", sheet: overviewSheet(overviewInput) });
  ops.push({ op: "patchSheet", name: META_SHEET, content: metaPatch(meta, helpers, provisional.rows) });
  ops.push({ op: "orderSheets", names: [names.plan, names.units, names.overview, ...newUnits.map((u) => u.sheet), names.holidays, META_SHEET] });
  ops.push({ op: "activateSheet", name: names.overview });
  report.sheetsAdded.push(names.plan, names.units, names.overview, ...newUnits.map((u) => u.sheet), names.holidays);
  report.overviewRebuilt = true;
  return { change: { ops, dropTemplates: [TEMPLATE_SHEET] }, report };
}
