/**
 * Reminders (đôn đốc) over any WorkbookHost: read the tracker and the reminder log (two round
 * trips), pick the units the scope asks for and word their letters; log what was sent (one read,
 * one write); print letters for units without email (one read, one write). A unit whose sheet
 * is gone is left out with a warning naming it; the others are reminded.
 */
import { findSheetName, sameSheetName, sheetNameKey } from "../layout/excel-rules";
import { fail, ok, type Problem, type Result } from "../domain/result";
import {
  addWorkingDays,
  defaultReminderSettings,
  logRowsFor,
  ReminderCounts,
  selectReminders,
  wordReminder,
  type Reminder,
  type ReminderChannel,
  type ReminderContext,
  type ReminderRound,
  type ReminderScope,
} from "../domain/reminders";
import type { TrackerState } from "../domain/tracker";
import type { IsoDate, TaskCode, UnitCode } from "../domain/types";
import type { Language } from "../i18n/messages";
import {
  defaultPlacement,
  emptyReminderLog,
  logAppendPatch,
  readReminderLog,
  remadeHeaderRow,
  reminderLogSheet,
  reminderLogSheetName,
  reminderPrintSheet,
  type ReminderLogRead,
} from "../layout/reminders";
import type { WorkbookOp } from "../layout/sheet-spec";
import { REPORT_SHEET_PREFIX, trackerSheetNames } from "../layout/tracker";
import { SheetGrid } from "../layout/tracker/sheet-grid";
import type { WorkbookHost, WorkbookSnapshot } from "../layout/workbook-host";
import { applyChange } from "./apply-change";
import { readTrackerFrom } from "./read";

export type { ReminderScope, ReminderChannel, Reminder, RemindedTask, ReminderRound, ReminderContext, ReminderSettings } from "../domain/reminders";
export { reminderMailto, reminderMailtoDraft, bccMailto, unitFileMailtoDraft, MAILTO_LIMIT, type MailtoDraft, type BccDraft } from "../domain/reminders";
export { reminderLogSheetName, reminderPrintSheetName } from "../layout/reminders";

export interface ReminderOptions {
  asOf: IsoDate;
  scope: ReminderScope;
  /** The language the letters are written in; Vietnamese by default. */
  lang?: Language;
}

function readLog(snapshot: WorkbookSnapshot, defaults: ReminderLogRead["settings"], problems: Problem[]): { log: ReminderLogRead; sheet: string | null } {
  const name = reminderLogSheetName();
  const read = snapshot.ranges.find((r) => r.found && sameSheetName(r.request.sheet, name));
  if (!read) return { log: emptyReminderLog(defaults), sheet: null };
  return { log: readReminderLog(SheetGrid.from(read), defaults, problems), sheet: read.request.sheet };
}

/** What a reminder cannot be made from: units and tasks whose sheet or row is gone. */
function unreadable(state: TrackerState, problems: readonly Problem[], warnings: Problem[]): { units: Set<UnitCode>; tasks: Set<string> } {
  const units = new Set<UnitCode>();
  const tasks = new Set<string>();
  const unitOfSheet = new Map([...state.sheets].map(([unit, sheet]) => [sheetNameKey(sheet), unit]));
  const active = new Set(state.units.map((u) => u.code));
  for (const problem of problems) {
    const unit = String(problem.params?.unit ?? "") as UnitCode;
    if (problem.key === "tracker.read.unitSheetMissing" && active.has(unit)) {
      units.add(unit);
      warnings.push({ key: "reminders.unitSheetMissing", params: { unit, sheet: String(problem.params?.sheet ?? "") }, at: problem.at });
    } else if (problem.key === "tracker.read.rowMissing") {
      const sheet = String(problem.params?.sheet ?? "");
      const owner = unitOfSheet.get(sheetNameKey(sheet));
      const task = String(problem.params?.task ?? "");
      if (owner) tasks.add(`${owner}\u0000${task}`);
      warnings.push({ key: "reminders.rowMissing", params: { sheet, task, unit: owner ?? "" }, at: problem.at });
    } else warnings.push(problem);
  }
  // A unit on Đơn vị that never had a sheet, or lost it without a trace in _meta: its entries are unknown.
  for (const unit of state.units) {
    if (!state.sheets.has(unit.code) && !units.has(unit.code)) {
      units.add(unit.code);
      warnings.push({ key: "reminders.unitSheetMissing", params: { unit: unit.code, sheet: unit.name } });
    }
  }
  return { units, tasks };
}

function contextOf(state: TrackerState, settings: ReminderContext["settings"]): ReminderContext {
  const { plan } = state;
  return {
    plan: { kind: plan.kind, docNumber: plan.docNumber, issuedOn: plan.issuedOn, subject: plan.subject },
    parentBody: plan.parentIssuer ?? "",
    issuingBody: plan.issuer ?? "",
    place: plan.place ?? "",
    workingDays: state.settings.workingDays,
    settings,
  };
}

/**
 * What a letter to units names (the plan, the sender) and the date they are asked to answer by,
 * `from` plus the log's working days, from a reading that took the reminder log along.
 */
export function letterSetup(state: TrackerState, first: WorkbookSnapshot, from: IsoDate, warnings: Problem[]): { context: ReminderContext; replyBy: IsoDate } {
  const { log } = readLog(first, defaultReminderSettings(state.plan), warnings);
  return { context: contextOf(state, log.settings), replyBy: addWorkingDays(from, log.settings.replyDays, state.settings.holidays) };
}

/** The round of reminders as of a date, worded, without writing anything. */
export async function previewReminders(host: WorkbookHost, options: ReminderOptions): Promise<Result<ReminderRound>> {
  const lang = options.lang ?? "vi";
  const reading = await readTrackerFrom(host, [{ sheet: reminderLogSheetName() }]);
  const state = reading.state;
  if (!state) {
    const notTracker = reading.problems.some((p) => p.key === "tracker.read.notTracker");
    return fail(...(notTracker ? [{ key: "reminders.notBuilt" } as Problem] : reading.problems));
  }
  if (state.sheets.size === 0) return fail({ key: "reminders.notBuilt" });
  if (state.plan.tasks.length === 0) return fail({ key: "reminders.noTasks" });
  if (state.units.length === 0) return fail({ key: "reminders.noUnits" });
  const warnings: Problem[] = [];
  const skip = unreadable(state, reading.problems, warnings);
  const { log } = readLog(reading.first, defaultReminderSettings(state.plan), warnings);
  const replyBy = addWorkingDays(options.asOf, log.settings.replyDays, state.settings.holidays);
  const facts = selectReminders({
    state,
    asOf: options.asOf,
    scope: options.scope,
    counts: new ReminderCounts(log.entries),
    skipUnits: skip.units,
    skipTask: (unit: UnitCode, task: TaskCode) => skip.tasks.has(`${unit}\u0000${task}`),
  });
  const context = contextOf(state, log.settings);
  const reminders = facts.map((f) => wordReminder(context, f, { asOf: options.asOf, replyBy }, lang));
  return ok({ asOf: options.asOf, replyBy, scope: options.scope, reminders, logCount: log.rowCount, lang, context }, warnings);
}

/**
 * Where a reminder sheet goes in the tab order: after the log when it exists; else after the
 * report register and its reports, or after Tổng quan.
 */
function placeAfter(current: readonly string[], name: string): string[] {
  const rest = current.filter((n) => !sameSheetName(n, name));
  const at = (sheet: string) => rest.findIndex((n) => sameSheetName(n, sheet));
  const names = trackerSheetNames();
  let index = at(names.reminderLog);
  if (index < 0 && at(names.register) >= 0) {
    index = at(names.register);
    const prefix = sheetNameKey(`${REPORT_SHEET_PREFIX} `);
    while (index + 1 < rest.length && sheetNameKey(rest[index + 1]).startsWith(prefix)) index++;
  } else if (index < 0) index = at(names.overview);
  const position = index >= 0 ? index + 1 : rest.length;
  return [...rest.slice(0, position), name, ...rest.slice(position)];
}

function chosenReminders(round: ReminderRound, units: readonly UnitCode[]): Result<Reminder[]> {
  const byUnit = new Map(round.reminders.map((r) => [r.unit.code, r]));
  const unknown = units.filter((u) => !byUnit.has(u));
  if (unknown.length > 0) return fail(...unknown.map((unit) => ({ key: "reminders.notInRound", params: { unit } }) as Problem));
  const chosen = new Set(units);
  return ok(round.reminders.filter((r) => chosen.has(r.unit.code)));
}

/**
 * Appends one log row per task named in each reminder sent (one row for a silent unit with no
 * task), numbered from the log as it stands now. The log sheet is made on first use, and its
 * table made again, below whatever the sheet holds, when a user deleted it.
 */
export async function logReminders(
  host: WorkbookHost,
  round: ReminderRound,
  sent: ReadonlyArray<{ unit: UnitCode; channel: ReminderChannel }>,
  sentOn: IsoDate,
): Promise<Result<{ rows: number }>> {
  const firstSent = new Map<UnitCode, ReminderChannel>();
  for (const s of sent) if (!firstSent.has(s.unit)) firstSent.set(s.unit, s.channel);
  const chosen = chosenReminders(round, [...firstSent.keys()]);
  if (!chosen.ok) return chosen;
  if (chosen.value.length === 0) return ok({ rows: 0 });
  const name = reminderLogSheetName();
  const snapshot = await host.snapshot([{ sheet: name }]);
  // The preview warned about unreadable log rows already; only what logging itself does is said here.
  const { log, sheet } = readLog(snapshot, round.context.settings, []);
  const counts = new ReminderCounts(log.entries);
  const rows = chosen.value.flatMap((reminder) => logRowsFor(reminder, { channel: firstSent.get(reminder.unit.code) as ReminderChannel, sentOn, replyBy: round.replyBy }, counts));
  const warnings: Problem[] = [];
  const ops: WorkbookOp[] = [];
  if (sheet === null) {
    ops.push({ op: "addSheet", sheet: reminderLogSheet(round.context.settings, rows) });
    ops.push({ op: "orderSheets", names: placeAfter(snapshot.sheets.slice().sort((a, b) => a.position - b.position).map((s) => s.name), name) });
  } else if (log.placement) {
    ops.push({ op: "patchSheet", name: sheet, content: logAppendPatch(rows, { placement: log.placement, lastRow: log.lastRow, missing: log.missing }) });
  } else {
    const headerRow = remadeHeaderRow(log);
    warnings.push({ key: "reminders.log.tableRemade", params: { sheet, row: headerRow }, at: { sheet } });
    ops.push({ op: "patchSheet", name: sheet, content: logAppendPatch(rows, { placement: defaultPlacement(headerRow), lastRow: headerRow, remade: true }) });
  }
  const failure = await applyChange(host, snapshot, ops);
  if (failure) return fail(...failure);
  return ok({ rows: rows.length }, warnings);
}

/**
 * A sheet with one printable letter per chosen unit, one per A4 page ("Đôn đốc 23-12-2019").
 * Made again when asked again for the same date: the letters then follow the round given.
 */
export async function writeReminderSheet(host: WorkbookHost, round: ReminderRound, units: readonly UnitCode[]): Promise<Result<{ sheet: string; replaced: boolean; pages: number }>> {
  const chosen = chosenReminders(round, units);
  if (!chosen.ok) return chosen;
  if (chosen.value.length === 0) return fail({ key: "reminders.noneSelected" });
  const snapshot = await host.snapshot([]);
  const current = snapshot.sheets.slice().sort((a, b) => a.position - b.position).map((s) => s.name);
  const spec = reminderPrintSheet(round, chosen.value);
  const existing = findSheetName(current, spec.name);
  const ops: WorkbookOp[] = [];
  if (existing) ops.push({ op: "deleteSheet", name: existing });
  ops.push({ op: "addSheet", sheet: spec });
  ops.push({ op: "orderSheets", names: placeAfter(current, spec.name) });
  ops.push({ op: "activateSheet", name: spec.name });
  const failure = await applyChange(host, snapshot, ops);
  if (failure) return fail(...failure);
  return ok({ sheet: spec.name, replaced: existing !== null, pages: chosen.value.length });
}
