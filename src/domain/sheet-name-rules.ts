/**
 * Excel's rules for a sheet name (its rename dialog; Microsoft support, "Rename a worksheet"):
 * 1–31 characters, none of : \ / ? * [ ], not beginning or ending with an apostrophe, and not
 * "History", which Excel keeps for its change-tracking sheet. Uniqueness ignoring case is a rule
 * of the workbook, checked with sheet-name-key.ts.
 *
 * In domain because domain assigns unit sheet names and may import no other layer; the rest of
 * the code reaches the rules through layout/excel-rules.
 */
import type { Problem } from "./result";
import { sheetNameKey } from "./sheet-name-key";

export const MAX_SHEET_NAME_LENGTH = 31;
/** The characters Excel refuses anywhere in a sheet name. */
export const FORBIDDEN_SHEET_NAME_CHARS = /[:\\/?*[\]]/;
export const RESERVED_SHEET_NAME = "History";

/** The first rule `name` breaks, uniqueness aside; null when Excel accepts it. */
export function sheetNameProblem(name: string): Problem | null {
  const at = { sheet: name };
  if (name.length === 0) return { key: "excel.sheetName.empty", at };
  // Excel counts UTF-16 code units, as JavaScript's length does.
  if (name.length > MAX_SHEET_NAME_LENGTH) return { key: "excel.sheetName.tooLong", params: { name, length: name.length }, at };
  const bad = FORBIDDEN_SHEET_NAME_CHARS.exec(name);
  if (bad) return { key: "excel.sheetName.forbiddenChar", params: { name, char: bad[0] }, at };
  if (name.startsWith("'") || name.endsWith("'")) return { key: "excel.sheetName.quoteAtEdge", params: { name }, at };
  if (sheetNameKey(name) === sheetNameKey(RESERVED_SHEET_NAME)) return { key: "excel.sheetName.reserved", params: { name }, at };
  return null;
}

/** True when Excel accepts `name` for a sheet (uniqueness aside). */
export function isValidSheetName(name: string): boolean {
  return sheetNameProblem(name) === null;
}
