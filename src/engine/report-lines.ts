/**
 * A BuildReport as sentences for the pane and the CLI: what was added, kept and marked, in the order a
 * user checks them (new sheets first, then anything that changed what they typed).
 */
import type { BuildReport } from "../domain/tracker";
import type { MessageKey } from "../i18n";

export interface ReportLine {
  key: MessageKey;
  params: Record<string, string | number>;
}

const list = (items: readonly string[]): string => items.join(", ");

export function buildReportLines(report: BuildReport): ReportLine[] {
  const lines: ReportLine[] = [];
  const add = (key: MessageKey, params: Record<string, string | number>) => lines.push({ key, params });
  if (report.sheetsAdded.length) add("pane.report.sheetsAdded", { count: report.sheetsAdded.length, names: list(report.sheetsAdded) });
  if (report.tasksAdded.length) add("pane.report.tasksAdded", { count: report.tasksAdded.length, codes: list(report.tasksAdded) });
  if (report.unitsAdded.length) add("pane.report.unitsAdded", { count: report.unitsAdded.length, codes: list(report.unitsAdded) });
  if (report.tasksMarkedRemoved.length) add("pane.report.tasksMarkedRemoved", { codes: list(report.tasksMarkedRemoved) });
  if (report.unitsMarkedRemoved.length) add("pane.report.unitsMarkedRemoved", { codes: list(report.unitsMarkedRemoved) });
  if (report.tasksRestored.length) add("pane.report.tasksRestored", { codes: list(report.tasksRestored) });
  if (report.unitsRestored.length) add("pane.report.unitsRestored", { codes: list(report.unitsRestored) });
  for (const r of report.renamedSheets) add("pane.report.sheetRenamed", { unit: r.unit, from: r.from, to: r.to });
  for (const c of report.planChanges) {
    add(c.task ? "pane.report.taskChanged" : "pane.report.planChanged", { task: c.task ?? "", field: c.field, from: c.from, to: c.to });
  }
  for (const c of report.unitChanges) add("pane.report.unitChanged", { unit: c.unit, field: c.field, from: c.from, to: c.to });
  for (const r of report.rowsRestored) add("pane.report.rowRestored", { unit: r.unit, task: r.task });
  for (const c of report.extraColumnsKept) add("pane.report.extraColumnKept", { sheet: c.sheet, header: c.header });
  if (report.userEntriesKept > 0) add("pane.report.entriesKept", { count: report.userEntriesKept });
  if (report.overviewRebuilt) add("pane.report.overviewRebuilt", {});
  return lines;
}
