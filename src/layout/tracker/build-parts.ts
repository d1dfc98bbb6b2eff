/**
 * What a build of the tracker works from, whether it makes the workbook or patches one: the
 * plan and units merged with what the workbook holds, the defined names, the Tổng quan input,
 * the fingerprints that tell a rebuild what changed, and the new unit sheets' copies.
 */
import { BLANK, dateCell, deadlineStatus } from "../../domain/deadline";
import { mergeTracker, type TrackerMerge, type TaskPlacement, type UnitPlacement } from "./merge";
import type { BuildReport } from "../../domain/tracker";
import type { Problem } from "../../domain/result";
import type { MessageKey } from "../../i18n/messages";
import { DEFAULT_MEASURES, type IsoDate, type Measure, type Plan, type PlanSettings, type Task, type Unit, type UnitCode } from "../../domain/types";
import type { NameSpec, SheetCopy } from "../sheet-spec";
import { defaultPositions, measureKey, planColumns, unitSheetColumns } from "./columns";
import { planNames, settingsCellRefs, unitNames, type PlanAnchors } from "./defined-names";
import { fingerprint } from "./fingerprint";
import { PLAN_LAYOUT, UNIT_SHEET_LAYOUT, reservedSheetNames, trackerSheetNames, type TrackerSheetNames } from "./geometry";
import type { TrackerMeta } from "./meta-sheet";
import { normalizePlan, normalizeUnit } from "./normalize-input";
import { overviewBasis, type OverviewInput } from "./overview-sheet";
import { defaultFieldCells } from "./plan-fields";
import { planSettings } from "./plan-sheet";
import { helperBlock, helperNames, unitTabColor } from "./status-formulas";
import { unitSheetCopy, unitTableName } from "./unit-sheet";
import type { LocatedTracker } from "./positions";

export interface TrackerBuildInput {
  plan: Plan;
  units: Unit[];
  /** The tracker as read (readTracker); null for a workbook that is not a tracker yet. */
  existing: LocatedTracker | null;
  /** For the first tab colours of new unit sheets (the engine recolours them on each check). */
  today: IsoDate;
}

export interface BuildParts {
  plan: Plan;
  measures: Measure[];
  merge: TrackerMerge;
  report: BuildReport;
  /** The plan's active tasks, in order. */
  tasks: Task[];
  tables: Map<UnitCode, string>;
  names: TrackerSheetNames;
  overviewInput: OverviewInput;
  overviewKey: string;
  definedNames: NameSpec[];
  namesKey: string;
  helpers: ReturnType<typeof helperBlock>;
  keys: { overviewKey: string; namesKey: string; helpersKey: string };
  /** Units that get a sheet now, and the copies of the template that make them. */
  newUnits: UnitPlacement[];
  copies: SheetCopy[];
}

export function buildParts(input: TrackerBuildInput): BuildParts {
  const plan = normalizePlan(input.plan);
  const units = input.units.map(normalizeUnit);
  const existing = input.existing;
  const merge = mergeTracker(plan, units, existing, reservedSheetNames());
  const report = merge.report;
  const measures = existing?.plan.measures ?? plan.measures ?? [...DEFAULT_MEASURES];
  if (existing) report.problems.push(...keptFromSheets(plan, existing, measures));
  const tasks = activeTasks(merge.tasks);
  const tables = tableNames(merge.units, existing);
  const names = trackerSheetNames();
  const holidays = existing?.settings.holidays ?? [];
  const overviewUnits = merge.units.filter((u) => !u.removed).map((u) => ({ unit: u.unit, sheet: u.sheet }));
  const overviewInput = { tasks, units: overviewUnits, measures };
  const overviewKey = fingerprint(overviewBasis(overviewInput));
  const definedNames = allNames(existing, merge.units, measures);
  const namesKey = fingerprint(definedNames);
  const helpers = helperBlock(settingsCellRefs(planAnchors(existing)));
  const keys = { overviewKey, namesKey, helpersKey: fingerprint(helpers) };
  const newUnits = merge.units.filter((u) => !u.removed && !u.sheetExists);
  const copies = newUnits.map((p) =>
    unitSheetCopy({
      unit: p.unit,
      sheet: p.sheet,
      tableName: tables.get(p.unit.code) as string,
      tasks,
      measures,
      entries: [],
      tabColor: firstTabColor(tasks, plan, input.today, holidays),
    }),
  );
  return { plan, measures, merge, report, tasks, tables, names, overviewInput, overviewKey, definedNames, namesKey, helpers, keys, newUnits, copies };
}

export const isUnitName = (name: NameSpec): boolean => /^(MA|KT|SL\d+)_/.test(name.name);
const activeTasks = (tasks: readonly TaskPlacement[]) => tasks.filter((t) => !t.removed).map((t) => t.task);

function planAnchors(existing: LocatedTracker | null): PlanAnchors {
  const fields = existing?.positions.planFields ?? defaultFieldCells();
  const defaults = defaultFieldCells();
  const field = (name: string) => fields.get(name) ?? (defaults.get(name) as { column: number; row: number });
  return {
    sheet: trackerSheetNames().plan,
    docNumber: field("docNumber"),
    issuedOn: field("issuedOn"),
    dueSoonDays: field("dueSoonDays"),
    workingDays: field("workingDays"),
    shiftDeadline: field("shiftDeadline"),
    asOf: field("asOf"),
    headerRow: existing?.positions.plan.headerRow ?? PLAN_LAYOUT.headerRow,
    columns: existing?.positions.plan.columns ?? defaultPositions(planColumns()),
  };
}

/** Defined names for every active unit with a sheet, at its columns as found (or as built). */
function allNames(existing: LocatedTracker | null, units: readonly UnitPlacement[], measures: readonly Measure[]): NameSpec[] {
  const holidays = trackerSheetNames().holidays;
  const names = [...planNames(planAnchors(existing), holidays), ...helperNames()];
  const built = defaultPositions(unitSheetColumns(measures));
  const numberKeys = measures.filter((m) => m.kind === "number").map(measureKey);
  for (const p of units) {
    if (p.removed) continue;
    const found = p.sheetExists ? existing?.positions.unitSheets.get(p.unit.code) : undefined;
    const columns = found?.columns ?? built;
    const code = columns.get("code");
    const check = columns.get("check");
    if (code === undefined || check === undefined) continue;
    const numberMeasures = numberKeys.map((k) => columns.get(k)).filter((c): c is number => c !== undefined);
    if (numberMeasures.length !== numberKeys.length) continue;
    names.push(...unitNames(p.unit.code, p.sheet, found?.headerRow ?? UNIT_SHEET_LAYOUT.headerRow, { code, check, numberMeasures }));
  }
  return names;
}

/** First tab colour of a new sheet: nothing reported yet, so the deadlines alone decide. */
function firstTabColor(tasks: readonly Task[], plan: Plan, today: IsoDate, holidays: readonly IsoDate[]): string | null {
  const settings = planSettings(plan);
  const planDate = plan.issuedOn ? dateCell(plan.issuedOn) : BLANK;
  return unitTabColor(
    tasks.map((task) =>
      deadlineStatus({ deadline: task.deadline ? dateCell(task.deadline) : BLANK, status: BLANK, completed: BLANK, asOf: today, planDate, settings, holidays }),
    ),
  );
}

function tableNames(units: readonly UnitPlacement[], existing: LocatedTracker | null): Map<UnitCode, string> {
  const result = new Map<UnitCode, string>();
  const used = new Set<string>([...(existing?.positions.unitTables.values() ?? [])].map((n) => n.toLowerCase()));
  for (const p of units) {
    const known = existing?.positions.unitTables.get(p.unit.code);
    if (known && p.sheetExists) {
      result.set(p.unit.code, known);
      continue;
    }
    let name = unitTableName(p.unit.code);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${unitTableName(p.unit.code)}_${n}`;
    used.add(name.toLowerCase());
    result.set(p.unit.code, name);
  }
  return result;
}

export function metaOf(
  plan: Plan,
  state: LocatedTracker | null,
  tasks: readonly TaskPlacement[],
  units: readonly UnitPlacement[],
  tables: ReadonlyMap<UnitCode, string>,
  measures: readonly Measure[],
  keys: { overviewKey: string; namesKey: string; helpersKey: string },
): TrackerMeta {
  const settings = state ? state.settings : planSettings(plan);
  return {
    schemaVersion: 1,
    planId: plan.docNumber,
    settings: { dueSoonDays: settings.dueSoonDays, workingDays: settings.workingDays, shiftDeadlineToWorkingDay: settings.shiftDeadlineToWorkingDay },
    measures: measures.map((m) => ({ key: m.key, label: m.label, kind: m.kind })),
    tasks: tasks.map((t) => t.task.code),
    units: units.filter((u) => u.sheetExists || !u.removed).map((u) => ({ code: u.unit.code, sheet: u.sheet, table: tables.get(u.unit.code) as string })),
    columns: unitSheetColumns(measures).map((c) => ({ key: c.key, header: c.header })),
    ...keys,
  };
}

/**
 * A later plan may bring other measures or settings than the tracker has. The tracker keeps its
 * own — columns hold what units typed, and the settings on Kế hoạch are the users' to change —
 * and says so, rather than ignoring the plan silently.
 */
function keptFromSheets(plan: Plan, existing: LocatedTracker, measures: readonly Measure[]): Problem[] {
  const problems: Problem[] = [];
  const describe = (list: readonly Measure[]) => list.map((m) => m.label).join(", ");
  if (plan.measures && describe(plan.measures) !== describe(measures)) {
    problems.push({ key: "tracker.build.measuresKept", params: { kept: describe(measures), asked: describe(plan.measures) } });
  }
  const sheet = existing.settings;
  const asked = plan.settings ?? {};
  const differs = (Object.keys(asked) as Array<keyof PlanSettings>).filter((k) => asked[k] !== undefined && asked[k] !== sheet[k]);
  const kept: Record<keyof PlanSettings, MessageKey> = {
    dueSoonDays: "tracker.build.dueSoonDaysKept",
    workingDays: "tracker.build.workingDaysKept",
    shiftDeadlineToWorkingDay: "tracker.build.shiftDeadlineKept",
  };
  for (const setting of differs) problems.push({ key: kept[setting] });
  return problems;
}

