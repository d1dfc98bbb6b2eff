/**
 * Reads the Kế hoạch sheet back: header fields and settings found by their labels, the task
 * table found by its headers (users may insert rows or move columns), user-typed task rows
 * included. Bad cells become problems naming the sheet and cell.
 */
import { parseIsoDate } from "../../domain/calendar-date";
import type { Problem } from "../../domain/result";
import { DEFAULT_SETTINGS, DOCUMENT_KINDS, type DocumentKind, type DocumentRef, type IsoDate, type Plan, type PlanSettings, type Task, type TaskCode } from "../../domain/types";
import { t } from "../../i18n/messages";
import { cell } from "../excel-rules";
import { parseDateCell, parseNumberCell, textCell } from "./cell-parsing";
import { defaultPositions, headerKey, planColumns, type ColumnDef } from "./columns";
import { PLAN_LAYOUT } from "./geometry";
import { PLAN_FIELDS, SETTING_FIELDS, defaultFieldCells, type PlanField } from "./plan-fields";
import type { SheetGrid } from "./sheet-grid";
import type { TablePositions } from "./positions";

const TASK_CODE = /^[\p{L}\p{N}._\-/]{1,30}$/u;

export interface PlanRead {
  header: Omit<Plan, "tasks" | "measures" | "settings" | "warnings">;
  settings: PlanSettings & { asOf: IsoDate | null };
  tasks: Task[];
  removedTasks: Task[];
  positions: TablePositions<TaskCode>;
  fields: Map<string, { column: number; row: number }>;
  extraColumns: number[];
}

/** Columns found by header text; headers not known are a user's own columns. */
export function matchColumns(grid: SheetGrid, headerRow: number, columns: readonly ColumnDef[]): { found: Map<string, number>; extra: Array<{ column: number; header: string }> } {
  const byHeader = new Map(columns.map((c) => [headerKey(c.header), c.key]));
  const found = new Map<string, number>();
  const extra: Array<{ column: number; header: string }> = [];
  for (const [column, header] of grid.headers(headerRow)) {
    const key = byHeader.get(headerKey(header));
    if (key !== undefined && !found.has(key)) found.set(key, column);
    else extra.push({ column, header });
  }
  return { found, extra };
}

/** "50-KL/TW ngày 30/05/2019 của Ban Bí thư" back into its parts (see formatReference). */
export function parseReference(line: string): DocumentRef {
  const dated = ` ${t("tracker.plan.referenceDate")} `;
  const by = ` ${t("tracker.plan.referenceIssuer")} `;
  let rest = line.trim();
  let issuer: string | undefined;
  const byAt = rest.indexOf(by);
  if (byAt > 0) {
    issuer = rest.slice(byAt + by.length).trim();
    rest = rest.slice(0, byAt);
  }
  let date: IsoDate | undefined;
  const m = new RegExp(`^(.*?)${dated}(\\d{1,2})/(\\d{1,2})/(\\d{4})$`).exec(rest);
  if (m) {
    const parsed = parseIsoDate(`${m[4]}-${m[3].padStart(2, "0")}-${m[2].padStart(2, "0")}`);
    if (parsed) {
      date = parsed;
      rest = m[1];
    }
  }
  const ref: DocumentRef = { docNumber: rest.trim() };
  if (date) ref.date = date;
  if (issuer) ref.issuer = issuer;
  return ref;
}

const lines = (text: string | null): string[] => (text ?? "").split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");

/** Label → value cell, for labels above the task table. */
function findFields(grid: SheetGrid, aboveRow: number): Map<string, { column: number; row: number }> {
  const labels = new Map<string, string>([
    ...PLAN_FIELDS.map(({ field, label }) => [headerKey(t(label)), field] as [string, string]),
    ...SETTING_FIELDS.map(({ field, label }) => [headerKey(t(label)), field] as [string, string]),
  ]);
  const fields = new Map<string, { column: number; row: number }>();
  for (let row = 1; row < aboveRow; row++) {
    for (const [column, textValue] of grid.headers(row)) {
      const field = labels.get(headerKey(textValue));
      if (field !== undefined && !fields.has(field)) fields.set(field, { column: column + 1, row });
    }
  }
  return fields;
}

export function readPlanSheet(grid: SheetGrid, problems: Problem[]): PlanRead | null {
  const sheet = grid.sheet;
  const columns = planColumns();
  const required = columns.filter((c) => c.key === "code" || c.key === "text").map((c) => c.header);
  const headerRow = grid.findHeaderRow(required);
  if (headerRow === null) {
    problems.push({ key: "tracker.read.headerMissing", params: { header: required[0] }, at: { sheet } });
    return null;
  }
  const { found, extra } = matchColumns(grid, headerRow, columns);
  for (const c of columns) if (!found.has(c.key)) problems.push({ key: "tracker.read.columnMissing", params: { header: c.header }, at: { sheet, cell: cell(1, headerRow) } });

  const fields = findFields(grid, headerRow);
  const fieldValue = (field: string) => {
    const at = fields.get(field);
    return at ? grid.value(at.row, at.column) : null;
  };
  const fieldText = (field: PlanField) => textCell(fieldValue(field));

  const docNumber = fieldText("docNumber") ?? "";
  if (docNumber === "") problems.push({ key: "tracker.read.missingDocNumber", at: { sheet } });
  const kindText = fieldText("kind") ?? "KH";
  const kind = (DOCUMENT_KINDS as readonly string[]).includes(kindText) ? (kindText as DocumentKind) : null;
  if (kind === null) problems.push({ key: "tracker.read.badKind", params: { value: kindText }, at: atField(sheet, fields, "kind") });
  let issuedOn: IsoDate | null = null;
  const issuedAt = fields.get("issuedOn");
  if (issuedAt) {
    const parsed = parseDateCell(grid.value(issuedAt.row, issuedAt.column), sheet, issuedAt.column, issuedAt.row);
    if (parsed.ok) issuedOn = parsed.value;
    else problems.push(parsed.problem);
  }
  const authority = fieldText("signerAuthority") ?? "";
  const title = fieldText("signerTitle") ?? "";
  const name = fieldText("signerName") ?? "";

  const settings = readSettings(grid, fields, problems);

  const tasks: Task[] = [];
  const removedTasks: Task[] = [];
  const rows = new Map<TaskCode, number>();
  const col = (key: string) => found.get(key);
  const get = (row: number, key: string) => {
    const c = col(key);
    return c === undefined ? null : grid.value(row, c);
  };
  let lastRow = headerRow;
  for (let row = headerRow + 1; row <= grid.lastRow; row++) {
    const codeText = textCell(get(row, "code"));
    const taskText = textCell(get(row, "text"));
    const anything = [...found.values(), ...extra.map((e) => e.column)].some((c) => textCell(grid.value(row, c)) !== null);
    if (anything) lastRow = row;
    if (codeText === null && taskText === null) continue;
    const codeAt = { sheet, cell: cell(col("code") ?? 1, row) };
    if (codeText === null || !TASK_CODE.test(codeText)) {
      problems.push({ key: "tracker.read.badTaskCode", params: { value: codeText ?? "" }, at: codeAt });
      continue;
    }
    const code = codeText as TaskCode;
    if (rows.has(code)) {
      problems.push({ key: "tracker.read.duplicateTask", params: { code, first: rows.get(code) as number }, at: codeAt });
      continue;
    }
    rows.set(code, row);
    if (taskText === null) problems.push({ key: "tracker.read.missingTaskText", params: { code }, at: { sheet, cell: cell(col("text") ?? 2, row) } });
    let deadline: IsoDate | null = null;
    const deadlineColumn = col("deadline");
    if (deadlineColumn !== undefined) {
      const parsed = parseDateCell(grid.value(row, deadlineColumn), sheet, deadlineColumn, row);
      if (parsed.ok) deadline = parsed.value;
      else problems.push(parsed.problem);
    }
    const task: Task = { code, text: taskText ?? "", deadline, assignee: textCell(get(row, "assignee")), section: textCell(get(row, "section")) };
    if (textCell(get(row, "flag")) !== null) removedTasks.push(task);
    else tasks.push(task);
  }

  return {
    header: {
      docNumber,
      kind: kind ?? "KH",
      issuedOn,
      place: fieldText("place"),
      parentIssuer: fieldText("parentIssuer"),
      issuer: fieldText("issuer"),
      subject: fieldText("subject") ?? "",
      references: lines(fieldText("references")).map(parseReference),
      signer: authority === "" && title === "" && name === "" ? null : { authority, title, name },
      recipients: lines(fieldText("recipients")),
    },
    settings,
    tasks,
    removedTasks,
    positions: { headerRow, columns: found, rows, lastRow },
    fields,
    extraColumns: extra.map((e) => e.column),
  };
}

function atField(sheet: string, fields: ReadonlyMap<string, { column: number; row: number }>, field: string) {
  const at = fields.get(field);
  return at ? { sheet, cell: cell(at.column, at.row) } : { sheet };
}

function readSettings(grid: SheetGrid, fields: ReadonlyMap<string, { column: number; row: number }>, problems: Problem[]): PlanSettings & { asOf: IsoDate | null } {
  const sheet = grid.sheet;
  const settings: PlanSettings & { asOf: IsoDate | null } = { ...DEFAULT_SETTINGS, asOf: null };
  const dueSoon = fields.get("dueSoonDays");
  if (dueSoon) {
    const parsed = parseNumberCell(grid.value(dueSoon.row, dueSoon.column), sheet, dueSoon.column, dueSoon.row);
    if (parsed.ok && parsed.value !== null && Number.isInteger(parsed.value) && parsed.value >= 0) settings.dueSoonDays = parsed.value;
    else {
      problems.push({
        key: "tracker.read.badSetting",
        params: { value: String(grid.value(dueSoon.row, dueSoon.column) ?? ""), fallback: DEFAULT_SETTINGS.dueSoonDays },
        at: { sheet, cell: cell(dueSoon.column, dueSoon.row) },
      });
    }
  }
  const yesNo = (field: "workingDays" | "shiftDeadline", fallback: boolean): boolean => {
    const at = fields.get(field);
    if (!at) return fallback;
    const value = headerKey(textCell(grid.value(at.row, at.column)) ?? "");
    if (value === headerKey(t("tracker.yes"))) return true;
    if (value === headerKey(t("tracker.no"))) return false;
    problems.push({
      key: "tracker.read.badSetting",
      params: { value: String(grid.value(at.row, at.column) ?? ""), fallback: fallback ? t("tracker.yes") : t("tracker.no") },
      at: { sheet, cell: cell(at.column, at.row) },
    });
    return fallback;
  };
  settings.workingDays = yesNo("workingDays", DEFAULT_SETTINGS.workingDays);
  settings.shiftDeadlineToWorkingDay = yesNo("shiftDeadline", DEFAULT_SETTINGS.shiftDeadlineToWorkingDay);
  const asOf = fields.get("asOf");
  if (asOf) {
    const source = grid.formula(asOf.row, asOf.column);
    const followsToday = typeof source === "string" && /^=\s*TODAY\(\)\s*$/i.test(source);
    if (!followsToday) {
      const parsed = parseDateCell(grid.value(asOf.row, asOf.column), sheet, asOf.column, asOf.row);
      if (parsed.ok) settings.asOf = parsed.value;
      else problems.push(parsed.problem);
    }
  }
  return settings;
}

/** A plan sheet not made yet: nothing in it, and where a fresh one puts things. */
export function emptyPlanRead(): PlanRead {
  return {
    header: { docNumber: "", kind: "KH", issuedOn: null, place: null, parentIssuer: null, issuer: null, subject: "", references: [], signer: null, recipients: [] },
    settings: { ...DEFAULT_SETTINGS, asOf: null },
    tasks: [],
    removedTasks: [],
    positions: { headerRow: PLAN_LAYOUT.headerRow, columns: defaultPositions(planColumns()), rows: new Map(), lastRow: PLAN_LAYOUT.headerRow },
    fields: defaultFieldCells(),
    extraColumns: [],
  };
}
