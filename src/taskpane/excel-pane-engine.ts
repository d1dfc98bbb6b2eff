/**
 * The PaneEngine inside Excel: the engine's API bound to the Office.js host. The only pane file
 * that knows which host it runs on; views see the PaneEngine port alone.
 */
import { todayLocal } from "../domain/calendar-date";
import { LATE } from "../domain/deadline";
import { fail, ok, type Problem, type Result } from "../domain/result";
import { parsePlanTextDetailed, type TaskSpan } from "../domain/plan-text";
import type { ReminderRound } from "../domain/reminders";
import type { IsoDate, Plan, Unit, UnitCode } from "../domain/types";
import { buildTracker, checkDeadlines, createInputSheets, readWorkbookInputs, savePlan, saveUnits, trackerOverview, type CheckResult, type ReportMade } from "../engine";
import { ExcelHost, ExcelHostError, degradationNotes, excelRunWaitingForCellEdit, openAsNewWorkbook, selectCell, type ExcelRun } from "../hosts/excel";
import { paneSettingsStore } from "../hosts/excel/office-runtime";
import { sameSheetName, sheetNameKey } from "../layout/excel-rules";
import { trackerSheetNames } from "../layout/tracker/geometry";
import { storeLanguage, storedLanguage } from "./language-preference";
import type { DeadlineSummary, PaneEngine, UnitReturnView, WorkbookState } from "./pane-engine";
import type { ReturnedFile, UnitFileMailing } from "../engine/unit-files";
import { unitFilesZipName } from "../domain/unit-return";
import { unitSheetColumns } from "../layout/tracker";

/** Problems Excel would raise become values; anything else is unexpected and propagates. */
async function guarded<T>(action: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof ExcelHostError) return fail(...error.problems);
    throw error;
  }
}

/** How the pane hands a file and a mail draft to the user; replaceable in tests. */
export interface PaneOutlets {
  download(fileName: string, bytes: Uint8Array): void;
  openLink(url: string): void;
}

const browserOutlets: PaneOutlets = {
  download(fileName, bytes) {
    const type = fileName.endsWith(".zip") ? "application/zip" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
  openLink: (url) => void window.open(url, "_blank"),
};

/** The report engine and layout load with the Báo cáo view, not with the pane. */
const reportEngine = () => import(/* webpackChunkName: "report" */ "../engine/report");

/** Reminders load with the Đôn đốc view. */
const remindersEngine = () => import(/* webpackChunkName: "reminders" */ "../engine/reminders");

/** The units' files: made, checked and merged only when the user asks. */
const unitFilesEngine = () => import(/* webpackChunkName: "unit-files" */ "../engine/unit-files");

/** The xlsx host's browser-side workbook (exceljs, about 1 MB): loaded only when a file is written or read. */
const xlsxWorkbook = () => import(/* webpackChunkName: "xlsx-writer" */ "../hosts/xlsx/xlsx-workbook");

/** Several units' files in one download, with the writer that made them. */
const zipWriter = () => import(/* webpackChunkName: "xlsx-writer" */ "../hosts/xlsx/zip-files");

/** The xlsx writer (exceljs, about 1 MB) loads only when a report is handed on. */
async function standaloneBytes(made: ReportMade): Promise<Uint8Array> {
  const [{ XlsxWorkbook }, { writeStandaloneReport }] = await Promise.all([
    xlsxWorkbook(),
    reportEngine(),
  ]);
  const file = XlsxWorkbook.create();
  await writeStandaloneReport(made, file);
  return file.toBytes();
}

export function createExcelPaneEngine(run: ExcelRun = excelRunWaitingForCellEdit, outlets: PaneOutlets = browserOutlets): PaneEngine {
  const host = new ExcelHost(run);
  /**
   * Like `guarded`, and a result that wrote to the workbook also carries a note for each feature
   * this Excel made the host leave out (older Excel never fails for lack of one).
   */
  const written = async <T>(action: () => Promise<Result<T>>): Promise<Result<T>> => {
    host.takeDegraded();
    const result = await guarded(action);
    const notes = degradationNotes(host.apiSupport.version, host.takeDegraded());
    return result.ok && notes.length > 0 ? ok(result.value, [...result.warnings, ...notes]) : result;
  };
  /** Reports made in this session, by period code: what hand-off and email work from. */
  const made = new Map<string, ReportMade>();
  /** The reminder round last listed: what the send and log actions work from. */
  let round: ReminderRound | null = null;
  const listed = (unit?: UnitCode): Result<ReminderRound> => {
    if (!round) return fail({ key: "pane.remind.notListed" });
    if (unit && !round.reminders.some((r) => r.unit.code === unit)) return fail({ key: "pane.remind.unitNotListed", params: { unit } });
    return ok(round);
  };
  /** The units' files last made: what the email drafts name. */
  let mailing: UnitFileMailing | null = null;
  /** The returned files last previewed, opened: what a confirmed import is judged from again. */
  let returned: ReturnedFile[] = [];
  /** Files the last preview already refused (and showed as refused). */
  let refusedAtPreview = new Set<string>();
  return {
    makeUnitFiles: async (units, today) => {
      const { prepareUnitFileMailing, writeUnitFile } = await unitFilesEngine();
      const prepared = await written(() => prepareUnitFileMailing(host, { units, today }));
      if (!prepared.ok) return prepared;
      const { files } = prepared.value;
      if (files.length === 0) return fail({ key: "pane.unitFiles.noUnits" });
      const { XlsxWorkbook } = await xlsxWorkbook();
      const made: Array<{ name: string; bytes: Uint8Array }> = [];
      for (const file of files) {
        const target = XlsxWorkbook.create();
        await writeUnitFile(file, target);
        made.push({ name: file.fileName, bytes: await target.toBytes() });
      }
      const download = made.length === 1 ? made[0] : { name: unitFilesZipName(prepared.value.context.plan.docNumber), bytes: await (await zipWriter()).zipFiles(made) };
      outlets.download(download.name, download.bytes);
      mailing = prepared.value;
      return ok({ download: download.name, bytes: download.bytes.length, files: files.map((f) => ({ unit: f.unit, fileName: f.fileName })), replyBy: prepared.value.replyBy }, prepared.warnings);
    },
    emailUnitFile: async (unit, replyBy) => {
      const file = mailing?.files.find((f) => f.unit.code === unit);
      if (!mailing || !file) return fail({ key: "pane.unitFiles.notMade", params: { unit } });
      if (!file.unit.email) return fail({ key: "pane.remind.noAddress", params: { unit: file.unit.name } });
      const { unitFileMailtoDraft } = await remindersEngine();
      outlets.openLink(unitFileMailtoDraft(mailing.context, file.unit, { fileName: file.fileName, replyBy }).url);
      return ok({ to: file.unit.email });
    },
    previewUnitReturns: async (picked) => {
      const { previewUnitImport, openReturnedFile } = await unitFilesEngine();
      const { XlsxWorkbook } = await xlsxWorkbook();
      // Each file keeps its place in the list, refused before opening or judged by the engine.
      const early = new Map<number, Problem>();
      const opened: Array<{ index: number; file: ReturnedFile }> = [];
      for (const [index, file] of picked.entries()) {
        const read = async () => new Uint8Array(await file.arrayBuffer());
        const result = await openReturnedFile({ name: file.name, size: file.size, read }, (bytes) => XlsxWorkbook.fromBytes(bytes, file.name));
        if ("host" in result) opened.push({ index, file: result });
        else early.set(index, result);
      }
      const preview = await written(() => previewUnitImport(host, opened.map((o) => o.file)));
      if (!preview.ok) return preview;
      returned = opened.map((o) => o.file);
      refusedAtPreview = new Set(preview.value.verdicts.filter((v) => v.refused.length > 0).map((v) => v.file));
      const judged = new Map(opened.map((o, i) => [o.index, preview.value.verdicts[i]]));
      const files = picked.map((file, index): UnitReturnView => {
        const verdict = judged.get(index);
        return verdict ? { file: verdict.file, unit: verdict.unit, refused: verdict.refused, changes: verdict.changes } : { file: file.name, unit: null, refused: [early.get(index)!], changes: [] };
      });
      const fields = Object.fromEntries(unitSheetColumns(preview.value.state.plan.measures ?? []).map((c) => [c.key, c.header]));
      return ok({ files, fields }, preview.warnings);
    },
    applyUnitReturns: async (choice, today) => {
      if (returned.length === 0) return fail({ key: "pane.unitReturns.notPreviewed" });
      const { previewUnitImport, applyUnitImport } = await unitFilesEngine();
      // Judged again: what staff typed since the preview turns a change into a conflict, not overwritten.
      const result = await written(async () => {
        const again = await previewUnitImport(host, returned);
        if (!again.ok) return again;
        const applied = await applyUnitImport(host, again.value, { ...choice, today });
        // A file the preview took but the tracker now refuses (changed meanwhile) is named, never skipped unsaid.
        const newlyRefused = again.value.verdicts.filter((v) => v.refused.length > 0 && !refusedAtPreview.has(v.file)).flatMap((v) => v.refused);
        return applied.ok && newlyRefused.length > 0 ? ok(applied.value, [...applied.warnings, ...newlyRefused]) : applied;
      });
      if (result.ok) returned = [];
      return result;
    },
    previewReminders: async (asOf, scope) => {
      const { previewReminders } = await remindersEngine();
      const result = await written(() => previewReminders(host, { asOf, scope }));
      round = result.ok ? result.value : null;
      return result;
    },
    emailReminder: async (unit) => {
      const current = listed(unit);
      if (!current.ok) return current;
      const reminder = current.value.reminders.find((r) => r.unit.code === unit);
      if (!reminder?.email) return fail({ key: "pane.remind.noAddress", params: { unit: reminder?.unit.name ?? unit } });
      const { reminderMailto } = await remindersEngine();
      outlets.openLink(reminderMailto(reminder));
      return ok({ to: reminder.email });
    },
    emailReminders: async (units) => {
      const current = listed();
      if (!current.ok) return current;
      const { bccMailto } = await remindersEngine();
      const draft = bccMailto(current.value, units);
      // A link too long for mail programs comes split: one draft per batch of addresses.
      for (const url of draft.batches.length > 0 ? draft.batches : [draft.url]) outlets.openLink(url);
      return ok({ count: draft.addresses.length, missing: draft.missing });
    },
    printReminders: async (units) => {
      const current = listed();
      if (!current.ok) return current;
      const { writeReminderSheet } = await remindersEngine();
      const result = await written(() => writeReminderSheet(host, current.value, units));
      return result.ok ? ok({ sheet: result.value.sheet }, result.warnings) : result;
    },
    logReminders: async (sent, sentOn) => {
      const current = listed();
      if (!current.ok) return current;
      const { logReminders } = await remindersEngine();
      const result = await written(() => logReminders(host, current.value, sent, sentOn));
      if (result.ok) round = null;
      return result;
    },
    readWorkbook: async (): Promise<WorkbookState> => {
      const read = await written(() => readWorkbookInputs(host));
      // Sheet names compare ignoring case, as Excel does.
      const names = trackerSheetNames();
      // The reading lists the sheets already; only an unreadable tracker needs one more round trip.
      const listed = read.ok ? read.value.sheetNames : (await host.snapshot([])).sheets.map((s) => s.name);
      const present = new Set(listed.map(sheetNameKey));
      const onUnitSheet = (p: Problem) => p.at?.sheet !== undefined && sameSheetName(p.at.sheet, names.units);
      return {
        inputs: read.ok
          ? ok(
              {
                plan: read.value.plan,
                units: read.value.units,
                removedUnits: read.value.state?.removedUnits ?? [],
                unitSheetProblems: read.warnings.filter(onUnitSheet),
              },
              read.warnings,
            )
          : read,
        hasInputSheets: present.has(sheetNameKey(names.plan)) || present.has(sheetNameKey(names.units)),
        hasTracker: read.ok && read.value.hasTracker,
      };
    },
    createInputSheets: () => written(() => createInputSheets(host)),
    buildTracker: (today: IsoDate) => written(() => buildTracker(host, { today })),
    savePlan: (plan: Plan) => written(() => savePlan(host, plan)),
    saveUnits: (units: Unit[]) => written(() => saveUnits(host, units)),
    checkDeadlines: async (asOf: IsoDate) => {
      const result = await written(() => checkDeadlines(host, asOf));
      return result.ok ? ok(summarise(result.value), result.warnings) : result;
    },
    previewReport: async (choice) => {
      const { previewReport } = await reportEngine();
      const result = await written(() => previewReport(host, choice));
      if (!result.ok) return result;
      const p = result.value;
      return ok(
        {
          periodLabel: p.periodLabel,
          range: p.range,
          sheetName: p.sheetName,
          convention: p.settings.convention,
          existing: p.existing ? { docNumber: p.existing.docNumber, sheet: p.existing.sheet } : null,
          suggestedNumber: p.suggestedNumber,
          issuerCode: p.settings.issuerCode,
          headline: p.figures.headline,
          lateUnits: p.figures.lateUnits.length,
          silentUnits: p.figures.silentUnits.length,
          records: p.records,
        },
        result.warnings,
      );
    },
    createReport: async (request) => {
      const { createReport } = await reportEngine();
      const result = await written(() => createReport(host, { ...request, today: todayLocal() }));
      if (!result.ok) return result;
      made.set(result.value.record.periodCode, result.value);
      const { record, replaced, figures, fileName } = result.value;
      return ok({ record, replaced, lateUnits: figures.lateUnits.length, fileName }, result.warnings);
    },
    handOffReport: async (code) => {
      const report = made.get(code);
      if (!report) return fail({ key: "pane.report.notMadeHere" });
      const bytes = await standaloneBytes(report);
      const canOpen = host.apiSupport.has("newWorkbook");
      const opened = canOpen && (await openAsNewWorkbook(bytes, host.apiSupport).catch(() => false));
      if (!opened) outlets.download(report.fileName, bytes);
      const { recordReportFile } = await reportEngine();
      const noted = await written(() => recordReportFile(host, code, report.fileName));
      const missing = canOpen ? [] : degradationNotes(host.apiSupport.version, ["newWorkbook"]);
      return noted.ok ? ok({ fileName: report.fileName, opened }, [...noted.warnings, ...missing]) : noted;
    },
    emailReport: async (code) => {
      const report = made.get(code);
      if (!report) return fail({ key: "pane.report.notMadeHere" });
      const { mailtoLink } = await import(/* webpackChunkName: "report" */ "../layout/report/report-email");
      outlets.openLink(mailtoLink(report.email));
      return ok({ to: report.email.to });
    },
    readOverview: (today) => written(() => trackerOverview(host, today)),
    selectCell: (cell) => selectCell(run, cell.sheet, cell.address),
    parsePlanText: async (text: string): Promise<Result<Plan & { taskLines?: TaskSpan[] }>> => {
      const { plan, problems, taskLines } = parsePlanTextDetailed(text);
      return ok({ ...plan, taskLines }, problems);
    },
    preferredLanguage: () => storedLanguage(paneSettingsStore()),
    rememberLanguage: async (lang) => {
      await storeLanguage(paneSettingsStore(), lang);
    },
  };
}

/** Per unit: the count of each status and which tasks are late; every row with its status cell. */
function summarise(report: CheckResult): DeadlineSummary {
  const names = new Map(report.units.map((u) => [u.unit, u.name]));
  return {
    asOf: report.asOf,
    units: report.units.map((u) => ({
      code: u.unit,
      name: u.name,
      counts: u.counts,
      lateTasks: report.rows.filter((r) => r.unit === u.unit && r.result === LATE).map((r) => r.task),
      reminded: report.reminded.get(u.unit) ?? 0,
    })),
    rows: report.rows.map((r) => ({ ...r, unitName: names.get(r.unit) ?? r.unit, cell: report.statusCell(r.unit, r.task) })),
  };
}
