/**
 * Excel's rules for sheet names (Microsoft support, "Rename a worksheet"): 1–31 characters,
 * none of : \ / ? * [ ], not beginning or ending with an apostrophe, not "History" (reserved
 * for the change-tracking sheet), and unique in the workbook ignoring case.
 */
import type { Problem } from "../../domain/result";
import { MAX_SHEET_NAME_LENGTH, sheetNameKey } from "../../domain/sheet-name";

export { MAX_SHEET_NAME_LENGTH, sheetNameKey };
const FORBIDDEN = /[:\\/?*[\]]/;

/** The first rule `name` breaks, ignoring uniqueness; null when Excel accepts it. */
export function sheetNameProblem(name: string): Problem | null {
  const at = { sheet: name };
  if (name.length === 0) return { key: "xlsx.sheetName.empty", at };
  // Excel counts UTF-16 code units, as JavaScript's length does.
  if (name.length > MAX_SHEET_NAME_LENGTH) return { key: "xlsx.sheetName.tooLong", params: { name, length: name.length }, at };
  const bad = FORBIDDEN.exec(name);
  if (bad) return { key: "xlsx.sheetName.forbiddenChar", params: { name, char: bad[0] }, at };
  if (name.startsWith("'") || name.endsWith("'")) return { key: "xlsx.sheetName.quoteAtEdge", params: { name }, at };
  if (sheetNameKey(name) === sheetNameKey("History")) return { key: "xlsx.sheetName.reserved", params: { name }, at };
  return null;
}
