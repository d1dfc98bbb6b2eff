/**
 * Excel's rules for defined names and table names (Microsoft support, "Names in formulas" and
 * "Rename an Excel table"): a letter, "_" or "\" first, then letters, digits, "." or "_"; at
 * most 255 characters; never something Excel would read as a cell reference (A1, R1C1, "R",
 * "C"). Table names follow the same rules without "\" or ".".
 */
import type { Problem } from "../../domain/result";
import { parseCell, parseCellRange, type CellRect } from "./a1";
import { sheetReference, splitSheetReference } from "./sheet-name-quoting";

const MAX_NAME_LENGTH = 255;
const DEFINED_NAME = /^[\p{L}_\\][\p{L}\p{N}._\\]*$/u;
const TABLE_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const R1C1 = /^[Rr](\d*)([Cc]\d*)?$|^[Cc]\d*$/;

function looksLikeReference(name: string): boolean {
  return parseCell(name) !== null || R1C1.test(name);
}

export function tableNameProblem(name: string): Problem | null {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || !TABLE_NAME.test(name) || looksLikeReference(name)) {
    return { key: "excel.table.nameInvalid", params: { name } };
  }
  return null;
}

/** A defined name pointing at an absolute range of one sheet, the only kind a change defines. */
export interface AbsoluteRangeRef {
  sheet: string;
  range: CellRect;
  /** Without "=", the sheet quoted as Excel writes it: _meta!$A$1:$B$2 */
  text: string;
}

const ABSOLUTE_RANGE = /^\$[A-Za-z]{1,3}\$\d+(?::\$[A-Za-z]{1,3}\$\d+)?$/;

export function parseAbsoluteRef(refersTo: string): AbsoluteRangeRef | null {
  const ref = splitSheetReference(refersTo.trim().replace(/^=\s*/, ""));
  if (!ref || !ABSOLUTE_RANGE.test(ref.address)) return null;
  const range = parseCellRange(ref.address);
  if (!range) return null;
  return { sheet: ref.sheet, range, text: sheetReference(ref.sheet, ref.address.toUpperCase()) };
}

export function definedNameProblem(name: string, refersTo: string): Problem | null {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || !DEFINED_NAME.test(name) || looksLikeReference(name)) {
    return { key: "excel.name.invalid", params: { name } };
  }
  if (!parseAbsoluteRef(refersTo)) return { key: "excel.name.notRange", params: { name } };
  return null;
}
