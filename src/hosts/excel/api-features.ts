/**
 * The Office.js members the add-in uses that are newer than ExcelApi 1.7, the manifest's minimum.
 * Volume-licensed Office 2019 stops at 1.7, so each of these is optional: the host asks the
 * running Excel once which sets it has and leaves out what it lacks instead of failing.
 *
 * Versions are those of Microsoft's Office.js reference (learn.microsoft.com/javascript/api/excel,
 * "[API set: ExcelApi x.y]"). Everything else the add-in calls is 1.7 or older, among them
 * Worksheet.copy, tabColor, freezePanes, Range.hyperlink and ChartSeries.setXAxisValues (1.7),
 * ConditionalFormat and its stopIfTrue (1.6), and getItemOrNullObject and NamedItemCollection.add (1.4).
 */
import type { MessageKey } from "../../i18n";
import type { Problem } from "../../i18n/problem";

export type ApiFeature = "dataValidation" | "printLayout" | "newWorkbook" | "waitForCellEdit";

export interface ApiFeatureInfo {
  /** The ExcelApi set that brings the members. */
  version: string;
  members: readonly string[];
  /** What the add-in does without them. */
  without: string;
  /** The note the pane shows when the feature was left out; none where the user sees no difference. */
  note?: MessageKey;
}

export const API_FEATURES: Record<ApiFeature, ApiFeatureInfo> = {
  dataValidation: {
    version: "1.8",
    members: ["Range.dataValidation", "DataValidation"],
    without: "no drop-down lists or entry checks (status, dates, channels); the deadline formulas judge whatever is typed",
    note: "excelHost.degraded.dataValidation",
  },
  printLayout: {
    version: "1.9",
    members: ["Worksheet.pageLayout", "PageLayout", "Worksheet.horizontalPageBreaks", "RangeFormat.indentLevel"],
    without: "document sheets print with Excel's default page setup, without page breaks, headers or paragraph indents",
    note: "excelHost.degraded.printLayout",
  },
  newWorkbook: {
    version: "1.8",
    members: ["Excel.createWorkbook", "Application.createWorkbook"],
    without: "the standalone report is handed on as a downloaded .xlsx file instead of opening in a new window",
    note: "excelHost.degraded.newWorkbook",
  },
  waitForCellEdit: {
    version: "1.11",
    members: ["RunOptions.delayForCellEdit"],
    without: "a run while the user edits a cell fails as before instead of waiting",
  },
};

/** What the running Excel offers: its highest ExcelApi set and the optional features it has. */
export interface ApiSupport {
  /** Highest ExcelApi set the host reports, e.g. "1.7" (what the pane's note names). */
  version: string;
  has(feature: ApiFeature): boolean;
}

/** ExcelApi sets to probe, oldest first; the highest one answered names the Excel in notes. */
const KNOWN_SETS = Array.from({ length: 20 }, (_, i) => `1.${i + 1}`);

/** Asks `isSetSupported` once per known set: hosts answer from a fixed list, so this is cheap. */
export function detectApiSupport(isSetSupported: (version: string) => boolean): ApiSupport {
  const supported = new Set(KNOWN_SETS.filter(isSetSupported));
  const version = KNOWN_SETS.filter((v) => supported.has(v)).pop() ?? "1.1";
  return { version, has: (feature) => supported.has(API_FEATURES[feature].version) };
}

/**
 * Answers whether a feature may be used and remembers the ones refused, so a caller learns what
 * the running Excel made it leave out.
 */
export class FeatureGate {
  readonly missing = new Set<ApiFeature>();

  constructor(readonly support: ApiSupport) {}

  uses(feature: ApiFeature): boolean {
    if (this.support.has(feature)) return true;
    this.missing.add(feature);
    return false;
  }
}

/**
 * One short note per feature left out (those the user would notice), naming this Excel's set, in
 * the table's order so the pane reads the same whatever order the writes met them.
 */
export function degradationNotes(version: string, features: Iterable<ApiFeature>): Problem[] {
  const missing = new Set(features);
  const notes: Problem[] = [];
  for (const [feature, info] of Object.entries(API_FEATURES) as [ApiFeature, ApiFeatureInfo][]) {
    if (missing.has(feature) && info.note) notes.push({ key: info.note, params: { version } });
  }
  return notes;
}
