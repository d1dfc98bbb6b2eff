/**
 * Excel's rules for worksheet names (Excel's rename dialog and Microsoft support article
 * "Rename a worksheet"): 1–31 characters; none of : \ / ? * [ ]; not starting or ending with an
 * apostrophe; not the reserved name "History"; unique in the workbook ignoring case.
 */
import { invalidArgument, itemAlreadyExists } from "./excel-errors";

const FORBIDDEN = /[:\\/?*[\]]/;

export function isValidSheetName(name: string): boolean {
  if (typeof name !== "string" || name.length === 0 || name.length > 31) return false;
  if (FORBIDDEN.test(name)) return false;
  if (name.startsWith("'") || name.endsWith("'")) return false;
  return name.toLowerCase() !== "history";
}

/** Same name for Excel: case-insensitive comparison (Excel compares sheet names without case). */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en-US") === b.toLocaleUpperCase("en-US");
}

/** Throws Excel's error for a name that cannot be given to a sheet in a workbook holding `others`. */
export function checkSheetName(name: string, others: readonly string[]): void {
  if (!isValidSheetName(name)) throw invalidArgument();
  if (others.some((o) => sameSheetName(o, name))) throw itemAlreadyExists();
}
