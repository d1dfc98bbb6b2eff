/**
 * A sheet name inside a formula or reference, written as Excel writes it: bare when Excel would read
 * it back as that sheet ("Sheet1!A1", "_meta!$B$2"), else between apostrophes with any apostrophe
 * inside doubled ("'Kế hoạch'!A1", "'It''s'!A1"). Excel accepts quotes around any name, but it shows
 * its own formulas this way, so what the add-in writes reads like what Excel reports.
 *
 * Excel has not published when quotes are needed; these rules follow what it writes (as recorded by
 * XlsxWriter's quote_sheetname) and quote in doubt, since needless quotes cost nothing:
 * - only letters, digits, "_" and "." may go bare, and not a digit or "." first;
 * - a name that reads as a cell in A1 ("A1", "DV001") or R1C1 style ("R", "C", "RC", "R2C3",
 *   or one starting with "R1" or "C1") must be quoted, and so must TRUE and FALSE.
 */

/** A character that may stand in a bare sheet name. */
export const UNQUOTED_NAME_CHAR = /[\p{L}\p{N}_.]/u;

const BARE_NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
const A1_CELL = /^[A-Z]{1,3}\d+$/;
const R1C1_START = /^(R\d|R?C\d)/;
const READ_AS_SOMETHING_ELSE = new Set(["R", "C", "RC", "TRUE", "FALSE"]);

function needsQuotes(name: string): boolean {
  if (!BARE_NAME.test(name)) return true;
  const upper = name.toUpperCase();
  return A1_CELL.test(upper) || R1C1_START.test(upper) || READ_AS_SOMETHING_ELSE.has(upper);
}

export function quoteSheetName(name: string): string {
  return needsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/** "'Kế hoạch'!B5", as used in formulas, hyperlinks and defined names. */
export function sheetReference(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}

const SHEET_REFERENCE = /^(?:'((?:[^']|'')+)'|([^'!\s]+))!(.+)$/;

/** The sheet and the address of "'It''s'!A1" or "Sheet1!A1"; null without a sheet part. */
export function splitSheetReference(reference: string): { sheet: string; address: string } | null {
  const m = SHEET_REFERENCE.exec(reference);
  if (!m) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], address: m[3] };
}
