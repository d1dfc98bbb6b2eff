/**
 * The periodic report over any WorkbookHost: read the tracker and the register (two round
 * trips), compute the figures as of the cut-off, write the report sheet and its register row
 * (one more). A report is refused, with nothing written, when the tracker cannot give true
 * figures: a unit sheet deleted, a task row missing, a cut-off before the plan.
 */
import { formatVietnameseDate, toDayNumber } from "../domain/calendar-date";
import {
  defaultReportSettings,
  exportRows,
  periodCode,
  periodRange,
  previousReport,
  reportDocNumber,
  reportFigures,
  suggestReportNumber,
  type CutoffConvention,
  type ExportRow,
  type Period,
  type PeriodRange,
  type ReportFigures,
  type ReportRecord,
  type ReportSettings,
} from "../domain/report";
import { defaultReminderSettings, timesReminded, type ReminderLogEntry } from "../domain/reminders";
import { fail, ok, type Problem, type Result } from "../domain/result";
import { findSheetName, sameSheetName, sheetNameKey } from "../layout/excel-rules";
import type { LocatedTracker } from "../layout/tracker";
import { emptyPlan, type IsoDate, type Measure } from "../domain/types";
import { REGISTER_DRAFT_SHEET, REPORT_DRAFT_SHEET, emptyRegister, periodLabel, readRegister, registerFilePatch, registerPatch, registerSheet, registerSheetName, reportEmail, reportSheet, reportSheetName, type EmailDraft, type RegisterRead } from "../layout/report";
import { readReminderLog, reminderLogSheetName } from "../layout/reminders";
import type { SheetSpec, WorkbookOp } from "../layout/sheet-spec";
import { trackerSheetNames } from "../layout/tracker";
import { SheetGrid } from "../layout/tracker/sheet-grid";
import type { WorkbookHost, WorkbookSnapshot } from "../layout/workbook-host";
import { applyChange } from "./apply-change";
import { readTrackerFrom, type TrackerReading } from "./read";

interface ReportReading {
  state: LocatedTracker;
  register: RegisterRead;
  /** The reminder log's records (none when there is no log): who was reminded, when. */
  reminders: ReminderLogEntry[];
  /** Whether the register sheet exists. */
  hasRegister: boolean;
  latest: WorkbookSnapshot;
  sheetNames: string[];
}

/** Read problems after which the figures would be wrong: the report refuses them. */
const BLOCKING: Partial<Record<string, Problem["key"]>> = {
  "tracker.read.unitSheetMissing": "report.unitSheetMissing",
  "tracker.read.rowMissing": "report.rowMissing",
};

async function readForReport(host: WorkbookHost): Promise<Result<ReportReading>> {
  const registerName = registerSheetName();
  const logName = reminderLogSheetName();
  const reading: TrackerReading = await readTrackerFrom(host, [{ sheet: registerName }, { sheet: logName }]);
  const state = reading.state;
  if (!state) {
    const notTracker = reading.problems.some((p) => p.key === "tracker.read.notTracker");
    return fail(...(notTracker ? [{ key: "report.notBuilt" } as Problem] : reading.problems));
  }
  if (state.sheets.size === 0) return fail({ key: "report.notBuilt" });
  if (state.plan.tasks.length === 0) return fail({ key: "report.noTasks" });
  if (state.units.length === 0) return fail({ key: "report.noUnits" });
  const blocking: Problem[] = [];
  const warnings: Problem[] = [];
  for (const problem of reading.problems) {
    const key = BLOCKING[problem.key];
    if (key) blocking.push({ ...problem, key });
    else warnings.push(problem);
  }
  for (const unit of state.units) {
    if (!state.sheets.has(unit.code) && !blocking.some((p) => p.params?.unit === unit.code)) {
      blocking.push({ key: "report.unitSheetMissing", params: { unit: unit.code, sheet: unit.name } });
    }
  }
  if (blocking.length > 0) return fail(...blocking);
  const read = reading.first.ranges.find((r) => sameSheetName(r.request.sheet, registerName) && r.found);
  const defaults = defaultReportSettings(state.plan);
  const register = read ? readRegister(SheetGrid.from(read), defaults, warnings) : emptyRegister(defaults);
  const logRead = reading.first.ranges.find((r) => sameSheetName(r.request.sheet, logName) && r.found);
  // The log's unreadable rows are the reminders' business (they warn there); the report counts the rest.
  const reminders = logRead ? readReminderLog(SheetGrid.from(logRead), defaultReminderSettings(state.plan), []).entries : [];
  return ok({ state, register, reminders, hasRegister: Boolean(read), latest: reading.latest, sheetNames: state.positions.sheetNames }, warnings);
}

export interface ReportOptions {
  period: Period;
  /** Omitted: the tracker's own setting (Sổ báo cáo), calendar months by default. */
  convention?: CutoffConvention;
}

export interface ReportPreview {
  figures: ReportFigures;
  range: PeriodRange;
  periodLabel: string;
  sheetName: string;
  /** The period's report already in the workbook (its sheet), which making it again replaces. */
  existing: ReportRecord | null;
  /** The number the report gets unless another is given. */
  suggestedNumber: number;
  settings: ReportSettings;
  records: ReportRecord[];
}

function plan(reading: ReportReading, options: ReportOptions): Result<ReportPreview> {
  const { state, register } = reading;
  const convention = options.convention ?? register.settings.convention;
  const range = periodRange(options.period, convention);
  const issuedOn = state.plan.issuedOn;
  if (issuedOn && toDayNumber(range.to) < toDayNumber(issuedOn)) {
    return fail({ key: "report.cutoffBeforePlan", params: { cutoff: formatVietnameseDate(range.to), planDate: formatVietnameseDate(issuedOn) } });
  }
  const code = periodCode(options.period);
  const existing = register.records.find((r) => r.periodCode === code) ?? null;
  return ok({
    figures: reportFigures(state, options.period, convention, range),
    range,
    periodLabel: periodLabel(options.period),
    sheetName: reportSheetName(options.period),
    existing,
    suggestedNumber: existing?.number ?? suggestReportNumber(register.records),
    settings: { ...register.settings, convention },
    records: register.records,
  });
}

/** The figures a report would have, without writing anything (the pane shows them first). */
export async function previewReport(host: WorkbookHost, options: ReportOptions): Promise<Result<ReportPreview>> {
  const reading = await readForReport(host);
  if (!reading.ok) return reading;
  const preview = plan(reading.value, options);
  return preview.ok ? ok(preview.value, reading.warnings) : preview;
}

export interface ReportRequest extends ReportOptions {
  /** The report's number; omitted: the suggestion; null: left blank to be numbered at signing. */
  number?: number | null;
  /** The date on the report. */
  reportDate: IsoDate;
  /** The day it is made (the register's "Ngày lập"). */
  today: IsoDate;
  /** Replace the period's report when one exists (after the user confirmed). */
  replace: boolean;
}

export interface ReportMade {
  record: ReportRecord;
  figures: ReportFigures;
  /** The name the standalone file is handed on under, and the email that goes with it. */
  fileName: string;
  email: EmailDraft;
  /** The report sheet as written: what a standalone file of it holds. */
  sheet: SheetSpec;
  /** True when an earlier report of the period was replaced. */
  replaced: boolean;
}

export async function createReport(host: WorkbookHost, request: ReportRequest): Promise<Result<ReportMade>> {
  const reading = await readForReport(host);
  if (!reading.ok) return reading;
  const planned = plan(reading.value, request);
  if (!planned.ok) return planned;
  const preview = planned.value;
  const { state, register, sheetNames } = reading.value;
  const oldSheet = preview.existing ? findSheetName(sheetNames, preview.existing.sheet) : findSheetName(sheetNames, preview.sheetName);
  if (oldSheet && !request.replace) {
    return fail({ key: "report.exists", params: { period: preview.periodLabel, sheet: oldSheet } });
  }
  const number = request.number === undefined ? preview.suggestedNumber : request.number;
  const settings = preview.settings;
  const record: ReportRecord = {
    number,
    docNumber: reportDocNumber(number, settings.issuerCode),
    periodCode: periodCode(request.period),
    periodLabel: preview.periodLabel,
    range: preview.range,
    convention: settings.convention,
    reportDate: request.reportDate,
    createdOn: request.today,
    sheet: preview.sheetName,
    file: null,
    headline: preview.figures.headline,
  };
  const sheet = reportSheet({
    sheetName: preview.sheetName,
    plan: state.plan,
    figures: preview.figures,
    settings,
    docNumber: record.docNumber,
    reportDate: request.reportDate,
    previous: previousReport(register.records, record.periodCode, preview.range),
    reminded: timesReminded(reading.value.reminders, preview.range.to),
  });
  const ops: WorkbookOp[] = [];
  const drafts = [REPORT_DRAFT_SHEET, REGISTER_DRAFT_SHEET];
  for (const draft of drafts) {
    const leftover = findSheetName(sheetNames, draft);
    if (leftover) ops.push({ op: "deleteSheet", name: leftover });
  }
  // New sheets are made under draft names and named last, once complete, ordered and registered:
  // a batch Excel cuts short never leaves a half-made sheet under a name the next run would take
  // for a finished one, nor the old report deleted before its replacement is whole.
  ops.push({ op: "addSheet", sheet: { ...sheet, name: REPORT_DRAFT_SHEET } });
  const registerName = registerSheetName();
  if (reading.value.hasRegister && register.headerRow !== null) {
    ops.push({ op: "patchSheet", name: findSheetName(sheetNames, registerName) as string, content: registerPatch(record, { row: register.rows.get(record.periodCode) ?? null, lastRow: register.lastRow }) });
  } else if (reading.value.hasRegister) {
    // The register's table was deleted by hand: its settings stay, the list starts again below.
    return fail({ key: "report.registerDamaged", params: { sheet: registerName } });
  } else ops.push({ op: "addSheet", sheet: { ...registerSheet(settings, record), name: REGISTER_DRAFT_SHEET } });
  if (oldSheet) ops.push({ op: "deleteSheet", name: oldSheet });
  const current = sheetNames.filter((name) => !drafts.some((d) => sameSheetName(name, d)));
  const drafted = (name: string) =>
    sameSheetName(name, sheet.name) ? REPORT_DRAFT_SHEET : !reading.value.hasRegister && sameSheetName(name, registerName) ? REGISTER_DRAFT_SHEET : name;
  ops.push({ op: "orderSheets", names: reportOrder(current, oldSheet, register.records, record).map(drafted) });
  ops.push({ op: "activateSheet", name: REPORT_DRAFT_SHEET });
  if (!reading.value.hasRegister) ops.push({ op: "renameSheet", from: REGISTER_DRAFT_SHEET, to: registerName });
  ops.push({ op: "renameSheet", from: REPORT_DRAFT_SHEET, to: sheet.name });
  const failure = await applyChange(host, reading.value.latest, ops);
  if (failure) return fail(...failure);
  const fileName = standaloneFileName(record);
  const email = reportEmail(state.plan, record, record.headline, preview.figures.lateUnits.length, fileName, settings);
  return ok({ record, figures: preview.figures, fileName, email, sheet, replaced: oldSheet !== null }, reading.warnings);
}

/**
 * Tab order after a report: the register right after Tổng quan, the reports after it in the
 * order of their cut-offs, everything else where it was.
 */
function reportOrder(current: readonly string[], replaced: string | null, records: readonly ReportRecord[], added: ReportRecord): string[] {
  const register = registerSheetName();
  const reports = [...records.filter((r) => r.periodCode !== added.periodCode), added]
    .sort((a, b) => toDayNumber(a.range.to) - toDayNumber(b.range.to))
    .map((r) => (r === added ? r.sheet : findSheetName(current, r.sheet)))
    .filter((name): name is string => name !== null);
  const moved = new Set([register, ...reports, ...(replaced ? [replaced] : [])].map(sheetNameKey));
  const rest = current.filter((name) => !moved.has(sheetNameKey(name)));
  const overview = rest.findIndex((name) => sameSheetName(name, trackerSheetNames().overview));
  const at = overview >= 0 ? overview + 1 : rest.length;
  return [...rest.slice(0, at), register, ...reports, ...rest.slice(at)];
}

/**
 * The report alone, as a new workbook to hand on: its sheet as made, values only, no link to the
 * tracker. `target` is an empty workbook host (the xlsx host, in Node or in the pane).
 */
export async function writeStandaloneReport(made: Pick<ReportMade, "sheet">, target: WorkbookHost): Promise<void> {
  await target.apply({ ops: [{ op: "addSheet", sheet: made.sheet }, { op: "activateSheet", name: made.sheet.name }] });
}

/** The file name a report is handed on under: "Bao-cao-1-BC-DUK-thang-12-2019.xlsx", safe on every system. */
export function standaloneFileName(record: Pick<ReportRecord, "docNumber" | "sheet">): string {
  const base = `${record.docNumber.replace(/^-/, "")} ${record.sheet.replace(/^BC\s*/, "")}`;
  const ascii = base.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  return `Bao-cao-${ascii.replace(/[^A-Za-z0-9.]+/g, "-").replace(/^-+|-+$/g, "")}.xlsx`;
}

/** Notes in the register which file was handed on for a period's report. */
export async function recordReportFile(host: WorkbookHost, code: string, file: string): Promise<Result<void>> {
  const name = registerSheetName();
  const snapshot = await host.snapshot([{ sheet: name }]);
  const read = snapshot.ranges.find((r) => r.found);
  if (!read) return fail({ key: "tracker.read.sheetMissing", params: { sheet: name } });
  const warnings: Problem[] = [];
  const register = readRegister(SheetGrid.from(read), defaultReportSettings(emptyPlan()), warnings);
  const row = register.rows.get(code);
  if (row === undefined) return fail({ key: "report.notInRegister", params: { period: code } });
  const failure = await applyChange(host, snapshot, [{ op: "patchSheet", name: read.request.sheet, content: registerFilePatch(row, file) }]);
  return failure ? fail(...failure) : ok(undefined);
}

export interface TrackerExport {
  rows: ExportRow[];
  /** The plan's measures, in column order. */
  measures: Measure[];
  asOf: IsoDate;
}

/**
 * The tracker as one flat record per unit × task, with the deadline check as of `asOf`, or
 * (null) as of the tracker's own "Ngày đối chiếu" when it is a typed date, else `today`.
 */
export async function exportTracker(host: WorkbookHost, asOf: IsoDate | null, today: IsoDate): Promise<Result<TrackerExport>> {
  const reading = await readTrackerFrom(host);
  if (!reading.state) return fail(...reading.problems);
  const date = asOf ?? reading.state.settings.asOf ?? today;
  return ok({ rows: exportRows(reading.state, date), measures: reading.state.plan.measures ?? [], asOf: date }, reading.problems);
}
