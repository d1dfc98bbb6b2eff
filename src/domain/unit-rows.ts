/**
 * A unit list given as rows of cells — a CSV file's records or a spreadsheet's rows — turned
 * into units. Every source goes through this one function, so a unit is valid or invalid the
 * same way wherever it came from (the field rules are domain/unit-fields).
 *
 * The header may use the CSV column names (code,name,kind,head,email,members) or the headers
 * the tracker writes on its own Đơn vị sheet (Mã ĐV, Tên đơn vị, …), so a user can export one
 * tracker's Đơn vị sheet and import it into another. That sheet has a title and a hint above its
 * header row, hence the header is looked for among the first few rows, not only the first.
 */
import { trackerMessages } from "../i18n/catalog/tracker";
import { columnLetters } from "./column-letters";
import { fail, ok, type Location, type Problem, type Result } from "./result";
import type { Unit, UnitCode } from "./types";
import { checkEmail, checkMembers, checkUnitCode, checkUnitKind, foldVietnamese } from "./unit-fields";

/** A cell as a spreadsheet gives it (formulas already replaced by their results), or a CSV field. */
export type RowCell = string | number | boolean | null;

export interface SourceRow {
  /** 1-based line of a CSV record, or row number of a sheet. */
  line: number;
  /** From the first column (A) on. */
  cells: readonly RowCell[];
}

export interface RowsSource {
  file: string;
  /** Set for a spreadsheet: problems then name the sheet and cell (E7) instead of the line. */
  sheet?: string;
}

export const UNIT_FIELDS = ["code", "name", "kind", "head", "email", "members"] as const;
type Field = (typeof UNIT_FIELDS)[number];
/** The Đơn vị sheet's "Tình trạng" column: a unit marked there is no longer in the plan. */
type Column = Field | "flag";

const SHEET_HEADERS: Record<Column, { vi: string; en: string }> = {
  code: trackerMessages["tracker.col.unitCode"],
  name: trackerMessages["tracker.col.unitName"],
  kind: trackerMessages["tracker.col.unitKind"],
  head: trackerMessages["tracker.col.unitHead"],
  email: trackerMessages["tracker.col.unitEmail"],
  members: trackerMessages["tracker.col.unitMembers"],
  flag: trackerMessages["tracker.col.flag"],
};

/** Headers compare as people type them: any case, with or without diacritics, spaces collapsed. */
const headerKey = (text: string): string => foldVietnamese(text).replace(/\s+/g, " ").trim();

const HEADER_NAMES = new Map<string, { column: Column; sheetStyle: boolean }>();
for (const column of Object.keys(SHEET_HEADERS) as Column[]) {
  HEADER_NAMES.set(headerKey(SHEET_HEADERS[column].en), { column, sheetStyle: true });
  HEADER_NAMES.set(headerKey(SHEET_HEADERS[column].vi), { column, sheetStyle: true });
}
for (const field of UNIT_FIELDS) HEADER_NAMES.set(field, { column: field, sheetStyle: false });

/** The Đơn vị sheet's header is its fourth row; a few more rows allow a user's own title lines. */
const HEADER_SEARCH_ROWS = 10;

function cellText(cell: RowCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  return String(cell).normalize("NFC").trim();
}

interface Header {
  line: number;
  columns: Map<Column, number>;
  /** True when the code column is headed as on the Đơn vị sheet: missing columns are then named that way. */
  sheetStyle: boolean;
}

function readHeader(row: SourceRow): Header {
  const columns = new Map<Column, number>();
  let sheetStyle = false;
  row.cells.forEach((cell, index) => {
    const known = HEADER_NAMES.get(headerKey(cellText(cell)));
    if (!known || columns.has(known.column)) return;
    columns.set(known.column, index);
    if (known.column === "code") sheetStyle = known.sheetStyle;
  });
  return { line: row.line, columns, sheetStyle };
}

function locate(source: RowsSource, line?: number, column?: number): Location {
  if (source.sheet === undefined) return line === undefined ? { file: source.file } : { file: source.file, line };
  const at: Location = { file: source.file, sheet: source.sheet };
  if (line !== undefined && column !== undefined) at.cell = `${columnLetters(column + 1)}${line}`;
  else if (line !== undefined) at.line = line;
  return at;
}

export function unitsFromRows(rows: readonly SourceRow[], source: RowsSource): Result<Unit[]> {
  // Blank rows (often at the end of a file saved by Excel) are not units.
  const filled = rows.filter((r) => r.cells.some((c) => cellText(c) !== ""));
  if (filled.length === 0) return fail({ key: "units.csv.empty", at: locate(source) });

  const candidates = filled.slice(0, HEADER_SEARCH_ROWS).map(readHeader);
  const header = candidates.find((h) => h.columns.has("code") && h.columns.has("name"));
  if (!header) return fail({ key: "units.rows.noHeader", params: { rows: HEADER_SEARCH_ROWS }, at: locate(source, filled[0].line) });
  const missing = UNIT_FIELDS.filter((f) => !header.columns.has(f));
  if (missing.length > 0) {
    return fail(
      ...missing.map(
        (f): Problem =>
          header.sheetStyle
            ? { key: "units.rows.missingColumn", params: { column: SHEET_HEADERS[f].vi }, at: locate(source, header.line) }
            : { key: "units.csv.missingColumn", params: { column: f }, at: locate(source, header.line) },
      ),
    );
  }

  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const units: Unit[] = [];
  const firstLine = new Map<UnitCode, number>();
  for (const row of filled.filter((r) => r.line > header.line)) {
    const column = (c: Column) => header.columns.get(c) as number;
    const raw = (c: Column): RowCell | undefined => row.cells[column(c)];
    const get = (c: Column) => cellText(raw(c));
    const at = (c: Column) => locate(source, row.line, column(c));

    // A unit the source tracker marks as no longer in the plan is not brought into this one.
    if (header.columns.has("flag") && get("flag") !== "") {
      warnings.push({ key: "units.rows.flaggedSkipped", params: { code: get("code"), flag: get("flag") }, at: at("flag") });
      continue;
    }
    const code = checkUnitCode(get("code"), at("code"));
    const kind = checkUnitKind(get("kind"), at("kind"));
    const email = checkEmail(get("email"), at("email"));
    const membersCell = raw("members");
    const members = checkMembers(typeof membersCell === "number" ? membersCell : get("members"), at("members"));
    const name = get("name").replace(/\s+/g, " ");
    if (!name) problems.push({ key: "units.missingName", at: at("name") });
    for (const check of [code, kind, email, members]) if (!check.ok) problems.push(check.problem);
    if (code.ok) {
      const seen = firstLine.get(code.value);
      if (seen !== undefined) problems.push({ key: "units.duplicateCode", params: { value: code.value, first: seen }, at: at("code") });
      else firstLine.set(code.value, row.line);
    }
    if (code.ok && kind.ok && email.ok && members.ok && name) {
      units.push({ code: code.value, name, kind: kind.value, head: get("head") || null, email: email.value, members: members.value });
    }
  }
  if (problems.length > 0) return fail(...problems);
  if (units.length === 0) return fail({ key: "units.csv.empty", at: locate(source) }, ...warnings);
  return ok(units, warnings);
}
