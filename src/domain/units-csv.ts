/**
 * The units CSV (`code,name,kind,head,email,members`, UTF-8 with or without BOM, RFC 4180).
 * Every bad row is reported with its line; nothing is half-accepted. The records go through
 * the same reader as a spreadsheet's rows (unit-rows), so the Đơn vị sheet's own headers work too.
 */
import { parseCsv } from "./csv";
import { fail, type Result } from "./result";
import type { Unit } from "./types";
import { unitsFromRows } from "./unit-rows";

export function parseUnitsCsv(text: string, file: string): Result<Unit[]> {
  const parsed = parseCsv(text.normalize("NFC"));
  if (!parsed.ok) return fail({ key: "units.csv.unclosedQuote", at: { file, line: parsed.line } });
  // Excel saves "CSV" with Windows' list separator, a semicolon under regional settings that use
  // the decimal comma: say so, rather than report a header without the expected columns.
  const first = parsed.rows.find((r) => r.fields.some((f) => f.trim() !== ""));
  if (first && first.fields.length === 1 && first.fields[0].split(";").length >= 2) {
    return fail({ key: "units.csv.semicolons", at: { file, line: first.line } });
  }
  return unitsFromRows(
    parsed.rows.map((r) => ({ line: r.line, cells: r.fields })),
    { file },
  );
}
