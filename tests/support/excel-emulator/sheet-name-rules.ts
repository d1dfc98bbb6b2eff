/**
 * Excel's rules for worksheet names (Excel's rename dialog and Microsoft support article
 * "Rename a worksheet"): 1–31 characters; none of : \ / ? * [ ]; not starting or ending with an
 * apostrophe; not the reserved name "History"; unique in the workbook ignoring case.
 *
 * The emulator plays Excel, so it keeps its own implementation instead of the add-in's
 * (src/layout/excel-rules): a shared bug would otherwise pass unseen. Case is ignored through the
 * RegExp "i" flag with "u", which ECMAScript defines by Unicode simple case folding, not through
 * the add-in's per-character fold; tests/layout/excel-rules checks that the two agree.
 */
import { invalidArgument, itemAlreadyExists } from "./excel-errors";

const FORBIDDEN = /[:\\/?*[\]]/;

export function isValidSheetName(name: string): boolean {
  if (typeof name !== "string" || name.length === 0 || name.length > 31) return false;
  if (FORBIDDEN.test(name)) return false;
  if (name.startsWith("'") || name.endsWith("'")) return false;
  return !sameSheetName(name, "History");
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Every lookup of a sheet compares its name with each sheet's: compile each name's pattern once.
const patterns = new Map<string, RegExp>();

/** Same name for Excel: the same letters once composed (NFC), whatever their case. */
export function sameSheetName(a: string, b: string): boolean {
  let pattern = patterns.get(a);
  if (!pattern) patterns.set(a, (pattern = new RegExp(`^${escapeRegExp(a.normalize("NFC"))}$`, "iu")));
  return pattern.test(b.normalize("NFC"));
}

/** Throws Excel's error for a name that cannot be given to a sheet in a workbook holding `others`. */
export function checkSheetName(name: string, others: readonly string[]): void {
  if (!isValidSheetName(name)) throw invalidArgument();
  if (others.some((o) => sameSheetName(o, name))) throw itemAlreadyExists();
}
