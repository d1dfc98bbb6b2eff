/** The one door from the pane and the CLI to a workbook, whichever host holds it. */
export { buildTracker, checkDeadlines, createInputSheets, savePlan, saveUnits, readWorkbookInputs } from "./tracker";
export type { BuildInput, CheckOptions, CheckResult, EntryCell, WorkbookInputs } from "./tracker";
export { trackerOverview, latestEndedPeriod, type TrackerOverview, type NextStep, type DueReport } from "./overview";
export { readTrackerFrom, type TrackerReading } from "./read";
export type { CheckReport, CheckRow, UnitCheck } from "../domain/tracker-check";
export { buildReportLines, type ReportLine } from "./report-lines";
export { previewReport, createReport, recordReportFile, exportTracker, writeStandaloneReport, standaloneFileName } from "./report";
export type { ReportOptions, ReportPreview, ReportRequest, ReportMade, TrackerExport } from "./report";
export { previewReminders, logReminders, writeReminderSheet, reminderMailto, reminderMailtoDraft, bccMailto, MAILTO_LIMIT, reminderLogSheetName, reminderPrintSheetName } from "./reminders";
export type { ReminderOptions, ReminderScope, ReminderChannel, Reminder, RemindedTask, ReminderRound, ReminderContext, ReminderSettings, MailtoDraft, BccDraft } from "./reminders";
export { exportUnitFiles, prepareUnitFileMailing, writeUnitFile, previewUnitImport, applyUnitImport, openReturnedFile, screenReturnedFile, UNIT_FILE_SIZE_LIMIT_MB } from "./unit-files";
export type { UnitFileExport, UnitFileMailing, ReturnedFile, FileVerdict, UnitImportPreview, UnitImportDone } from "./unit-files";
