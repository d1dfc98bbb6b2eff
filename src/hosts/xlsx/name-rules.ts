/**
 * Excel's rules for defined names and table names (Microsoft support, "Names in formulas" and
 * "Rename an Excel table"): a letter, "_" or "\" first, then letters, digits, "." or "_"; at
 * most 255 characters; never something Excel would read as a cell reference (A1, R1C1, "R",
 * "C"). Table names follow the same rules without "\" or ".".
 */
import type { Problem } from "../../domain/result";
import { parseCell, parseRange, type RangeRef } from "./a1-address";

const MAX_NAME_LENGTH = 255;
const DEFINED_NAME = /^[\p{L}_\\][\p{L}\p{N}._\\]*$/u;
const TABLE_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const R1C1 = /^[Rr](\d*)([Cc]\d*)?$|^[Cc]\d*$/;

function looksLikeReference(name: string): boolean {
  return parseCell(name) !== null || R1C1.test(name);
}

export function tableNameProblem(name: string): Problem | null {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || !TABLE_NAME.test(name) || looksLikeReference(name)) {
    return { key: "xlsx.table.nameInvalid", params: { name } };
  }
  return null;
}

/** A defined name pointing at an absolute range of one sheet, the only kind exceljs keeps. */
export interface AbsoluteRangeRef {
  sheet: string;
  range: RangeRef;
  /** As written in the file, without "=": 'Sheet'!$A$1:$B$2 */
  text: string;
}

const ABSOLUTE_REF = /^=?\s*(?:'((?:[^']|'')+)'|([^'!\s]+))!(\$[A-Za-z]{1,3}\$\d+(?::\$[A-Za-z]{1,3}\$\d+)?)\s*$/;

export function parseAbsoluteRef(refersTo: string): AbsoluteRangeRef | null {
  const m = ABSOLUTE_REF.exec(refersTo);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const range = parseRange(m[3]);
  if (!range) return null;
  return { sheet, range, text: `'${sheet.replace(/'/g, "''")}'!${m[3].toUpperCase()}` };
}

export function definedNameProblem(name: string, refersTo: string): Problem | null {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || !DEFINED_NAME.test(name) || looksLikeReference(name)) {
    return { key: "xlsx.name.invalid", params: { name } };
  }
  if (!parseAbsoluteRef(refersTo)) return { key: "xlsx.name.notRange", params: { name } };
  return null;
}
