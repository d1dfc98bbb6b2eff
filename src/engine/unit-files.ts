/**
 * The round trip of a unit's figures through files, over any WorkbookHost: one standalone file
 * per unit to fill in, and the returned files compared with the tracker and written into it in
 * one change. A file that cannot be trusted is refused whole: nothing of it is merged.
 */
import { fail, ok, type Problem, type Result } from "../domain/result";
import type { UnitTaskEntry } from "../domain/tracker";
import type { IsoDate, TaskCode, Unit, UnitCode } from "../domain/types";
import { changesToApply, diffUnitReturn, taskListChecksum, unitFileName, unitNamedByFile, type FieldChange, type ImportChoice } from "../domain/unit-return";
import { cell, sameSheetName } from "../layout/excel-rules";
import type { CellBlock, CellContent, SheetSpec, WorkbookOp } from "../layout/sheet-spec";
import {
  IMPORT_LOG_SHEET,
  importLogPatch,
  importLogSheet,
  readUnitFileMeta,
  readUnitFileSheet,
  unitFileFirstReads,
  unitFileSheetRead,
  unitFileSheets,
  type ImportLogRow,
} from "../layout/unit-file";
import type { LocatedTracker } from "../layout/tracker";
import { unitSheetColumns } from "../layout/tracker";
import type { WorkbookHost, WorkbookSnapshot } from "../layout/workbook-host";
import { applyChange } from "./apply-change";
import { letterSetup, type ReminderContext } from "./reminders";
import { reminderLogSheetName } from "../layout/reminders";
import { formatProblem, t, type Language } from "../i18n";
import { readTrackerFrom } from "./read";

export interface UnitFileExport {
  unit: Unit;
  fileName: string;
  sheets: SheetSpec[];
}

function unitEntries(state: LocatedTracker, unit: UnitCode): Map<string, UnitTaskEntry> {
  return new Map(state.entries.filter((e) => e.unit === unit).map((e) => [e.task, e]));
}

/** The files of the units asked for ("all": every active unit), as sheets to write each into an empty workbook. */
export async function exportUnitFiles(host: WorkbookHost, request: { units: readonly string[] | "all"; today: IsoDate }): Promise<Result<UnitFileExport[]>> {
  const reading = await readTrackerFrom(host);
  const state = reading.state;
  if (!state) return fail(...reading.problems);
  return filesOf(state, request, reading.problems);
}

export interface UnitFileMailing {
  files: UnitFileExport[];
  /** What the letter sending each file names: the plan and the sender, as a reminder's. */
  context: ReminderContext;
  /** The date units are asked to send their file back by: today plus the reminder settings' working days. */
  replyBy: IsoDate;
}

/** The units' files and what the letters sending them need, in the same reading of the tracker. */
export async function prepareUnitFileMailing(host: WorkbookHost, request: { units: readonly string[] | "all"; today: IsoDate }): Promise<Result<UnitFileMailing>> {
  const reading = await readTrackerFrom(host, [{ sheet: reminderLogSheetName() }]);
  const state = reading.state;
  if (!state) return fail(...reading.problems);
  const files = filesOf(state, request, reading.problems);
  if (!files.ok) return files;
  const warnings = [...files.warnings];
  const { context, replyBy } = letterSetup(state, reading.first, request.today, warnings);
  return ok({ files: files.value, context, replyBy }, warnings);
}

function filesOf(state: LocatedTracker, request: { units: readonly string[] | "all"; today: IsoDate }, readProblems: Problem[]): Result<UnitFileExport[]> {
  if (state.plan.tasks.length === 0) return fail({ key: "unitFile.noTasks" });
  const wanted = request.units === "all" ? state.units : request.units.map((code) => state.units.find((u) => u.code === code));
  const unknown = request.units === "all" ? [] : request.units.filter((_, i) => !wanted[i]);
  if (unknown.length > 0) return fail(...unknown.map((unit): Problem => ({ key: "unitFile.unitNotInTracker", params: { unit } })));
  const files: UnitFileExport[] = [];
  const problems: Problem[] = [];
  for (const unit of wanted as Unit[]) {
    const sheet = state.sheets.get(unit.code);
    if (!sheet) {
      problems.push({ key: "unitFile.unitSheetMissing", params: { unit: unit.code, name: unit.name } });
      continue;
    }
    const sheets = unitFileSheets({
      planId: state.plan.docNumber,
      planTitle: [state.plan.docNumber, state.plan.subject].filter(Boolean).join(" — "),
      planDate: state.plan.issuedOn,
      unit,
      sheet,
      tasks: state.plan.tasks,
      measures: state.plan.measures ?? [],
      settings: state.settings,
      holidays: state.settings.holidays,
      entries: unitEntries(state, unit.code),
      exportedOn: request.today,
    });
    files.push({ unit, fileName: unitFileName(unit), sheets });
  }
  if (problems.length > 0) return fail(...problems);
  return ok(files, readProblems);
}

/** One unit's file into `target`, an empty workbook host. */
export async function writeUnitFile(file: UnitFileExport, target: WorkbookHost): Promise<void> {
  await target.apply({ ops: [...file.sheets.map((sheet): WorkbookOp => ({ op: "addSheet", sheet })), { op: "activateSheet", name: file.sheets[0].name }] });
}

/** A unit's file holds one sheet of values: anything much larger is not one, and is not opened. */
export const UNIT_FILE_SIZE_LIMIT_MB = 10;

/**
 * Why a returned file is refused before it is opened, or null: only an .xlsx, within the size
 * limit, that is a zip (a .xls or a CSV renamed is not). Checks what it is given, so a caller can
 * judge the name and size before reading a byte.
 */
export function screenReturnedFile(file: { name: string; size?: number; head?: Uint8Array }, lang: Language = "vi"): Problem | null {
  const at = { file: file.name };
  const ext = /\.[^./\\]+$/.exec(file.name)?.[0].toLowerCase() ?? "";
  if (ext !== ".xlsx") return { key: "unitFile.notXlsx", params: { ext: ext || t("unitFile.noExtension", {}, lang) }, at };
  const { size, head } = file;
  if (size !== undefined && size > UNIT_FILE_SIZE_LIMIT_MB * 1024 * 1024) return { key: "unitFile.tooLarge", params: { size: (size / 1024 / 1024).toFixed(1), limit: UNIT_FILE_SIZE_LIMIT_MB }, at };
  if (head !== undefined && (head.length < 4 || head[0] !== 0x50 || head[1] !== 0x4b)) return { key: "unitFile.corrupt", params: { reason: t("unitFile.notZip", {}, lang) }, at };
  return null;
}

export interface ReturnedFile {
  /** The file's name as the office knows it (messages name it). */
  name: string;
  host: WorkbookHost;
}

/**
 * A returned file opened, or why it is refused: by its name and size before a byte is read, by
 * its first bytes before it is opened, and as damaged when the workbook does not open. `read`
 * gives the bytes (its own failures, a missing file say, are the caller's to name); `open` is the
 * host's reader, the CLI's or the browser's.
 */
export async function openReturnedFile(
  file: { name: string; size?: number; read: () => Promise<Uint8Array> },
  open: (bytes: Uint8Array) => Promise<Result<WorkbookHost>>,
  lang: Language = "vi",
): Promise<ReturnedFile | Problem> {
  const before = screenReturnedFile({ name: file.name, size: file.size }, lang);
  if (before) return before;
  const bytes = await file.read();
  const refused = screenReturnedFile({ name: file.name, size: bytes.length, head: bytes.subarray(0, 4) }, lang);
  if (refused) return refused;
  const corrupt = (reason: string): Problem => ({ key: "unitFile.corrupt", params: { reason }, at: { file: file.name } });
  try {
    const opened = await open(bytes);
    return opened.ok ? { name: file.name, host: opened.value } : corrupt(opened.problems.map((p) => formatProblem(p, lang)).join("; "));
  } catch (error) {
    return corrupt(error instanceof Error ? error.message : String(error));
  }
}

export interface FileVerdict {
  file: string;
  unit: Unit | null;
  /** Why the file is refused; empty when it is taken. */
  refused: Problem[];
  changes: FieldChange[];
}

export interface UnitImportPreview {
  verdicts: FileVerdict[];
  state: LocatedTracker;
  latest: WorkbookSnapshot;
  log: WorkbookSnapshot["ranges"][number] | null;
}

async function judgeFile(file: ReturnedFile, state: LocatedTracker, taken: Map<string, string>): Promise<FileVerdict> {
  const refuse = (...problems: Problem[]): FileVerdict => ({ file: file.name, unit: null, refused: problems.map((p) => ({ ...p, at: { ...p.at, file: file.name } })), changes: [] });
  const first = await file.host.snapshot(unitFileFirstReads());
  const meta = readUnitFileMeta(first);
  if (!meta.ok) return refuse(...meta.problems);
  const m = meta.value;
  if (m.planId !== state.plan.docNumber) return refuse({ key: "unitFile.otherPlan", params: { filePlan: m.planId, plan: state.plan.docNumber } });
  const unit = state.units.find((u) => u.code === m.unit);
  if (!unit || !state.positions.unitSheets.has(unit.code)) return refuse({ key: "unitFile.unknownUnit", params: { unit: m.unit } });
  const named = unitNamedByFile(file.name.replace(/^.*[\\/]/, ""), state.units.map((u) => u.code));
  if (named !== null && named !== unit.code) return refuse({ key: "unitFile.renamed", params: { named, unit: unit.code } });
  if (m.checksum !== taskListChecksum(state.plan.tasks)) return refuse({ key: "unitFile.tasksChanged" });
  const other = taken.get(unit.code);
  if (other !== undefined) return refuse({ key: "unitFile.duplicateUnit", params: { unit: unit.code, other } });
  const request = unitFileSheetRead(m, first);
  if (!request) return refuse({ key: "unitFile.sheetMissing", params: { sheet: m.sheet } });
  const measures = state.plan.measures ?? [];
  const returned = readUnitFileSheet(await file.host.snapshot([request]), m, measures);
  if (!returned.ok) return refuse(...returned.problems);
  taken.set(unit.code, file.name);
  const changes = diffUnitReturn({
    unit: unit.code,
    tasks: state.plan.tasks.map((t) => t.code),
    measures,
    exported: m.exported as Map<TaskCode, UnitTaskEntry>,
    returned: returned.value,
    current: unitEntries(state, unit.code) as Map<TaskCode, UnitTaskEntry>,
  });
  return { file: file.name, unit, refused: [], changes };
}

/** Every returned file judged against the tracker: refused, or its changes; nothing written. */
export async function previewUnitImport(host: WorkbookHost, files: readonly ReturnedFile[]): Promise<Result<UnitImportPreview>> {
  const reading = await readTrackerFrom(host, [{ sheet: IMPORT_LOG_SHEET }]);
  const state = reading.state;
  if (!state) return fail(...reading.problems);
  const taken = new Map<string, string>();
  const verdicts: FileVerdict[] = [];
  for (const file of files) verdicts.push(await judgeFile(file, state, taken));
  const log = reading.first.ranges.find((r) => r.found && sameSheetName(r.request.sheet, IMPORT_LOG_SHEET)) ?? null;
  return ok({ verdicts, state, latest: reading.latest, log }, reading.problems);
}

function fieldContent(change: FieldChange): CellContent {
  const v = change.returned;
  if (v === null) return { kind: "blank" };
  if (typeof v === "number") return { kind: "number", value: v };
  if (change.field === "completedOn") return { kind: "date", date: v as IsoDate };
  return { kind: "text", text: v };
}

export interface UnitImportDone {
  cells: number;
  files: number;
  conflictsLeft: number;
}

/**
 * The taken files' changes written into the unit sheets and the log, in one change: of the
 * units chosen (every one when `units` is left out), conflicts only as `conflicts` says. A file
 * whose values are all in the tracker already writes nothing and is not logged, so importing it
 * again changes nothing; a unit left out is not logged either.
 */
export async function applyUnitImport(host: WorkbookHost, preview: UnitImportPreview, options: ImportChoice & { today: IsoDate }): Promise<Result<UnitImportDone>> {
  const { state } = preview;
  const ops: WorkbookOp[] = [];
  const logRows: ImportLogRow[] = [];
  let cells = 0;
  let conflictsLeft = 0;
  const missing: Problem[] = [];
  const headers = new Map(unitSheetColumns(state.plan.measures ?? []).map((c) => [c.key, c.header]));
  for (const verdict of preview.verdicts) {
    if (verdict.refused.length > 0 || !verdict.unit) continue;
    if (options.units && !options.units.includes(verdict.unit.code)) continue;
    const apply = changesToApply(verdict.changes, options);
    conflictsLeft += verdict.changes.length - apply.length;
    if (apply.length === 0) continue;
    const positions = state.positions.unitSheets.get(verdict.unit.code);
    if (!positions) continue;
    const blocks: CellBlock[] = [];
    for (const change of apply) {
      const column = positions.columns.get(change.field);
      const row = positions.taskRows.get(change.task);
      // A column or row staff deleted from the unit's sheet: nothing is written until a rebuild puts it back.
      if (column === undefined) missing.push({ key: "tracker.read.columnMissing", params: { header: headers.get(change.field) ?? change.field }, at: { sheet: positions.sheet } });
      else if (row === undefined) missing.push({ key: "tracker.read.rowMissing", params: { sheet: positions.sheet, task: change.task }, at: { sheet: positions.sheet } });
      else blocks.push({ at: cell(column, row), rows: [[fieldContent(change)]] });
    }
    ops.push({ op: "patchSheet", name: positions.sheet, content: { cells: blocks } });
    cells += apply.length;
    logRows.push({ importedOn: options.today, file: verdict.file.replace(/^.*[\\/]/, ""), unit: verdict.unit.code, unitName: verdict.unit.name, cellsChanged: apply.length, conflictsLeft: verdict.changes.length - apply.length });
  }
  if (missing.length > 0) return fail(...missing);
  if (ops.length === 0) return ok({ cells: 0, files: 0, conflictsLeft });
  ops.push(preview.log ? { op: "patchSheet", name: preview.log.request.sheet, content: importLogPatch(preview.log, logRows) } : { op: "addSheet", sheet: importLogSheet(logRows) });
  const failure = await applyChange(host, preview.latest, ops);
  if (failure) return fail(...failure);
  return ok({ cells, files: logRows.length, conflictsLeft });
}
