/**
 * A shared formula (ECMA-376 Part 1, 18.3.1.40, t="shared") is written once, on its first cell;
 * the other cells of the group hold only its index and mean the same formula moved to them.
 * Moving shifts every relative reference by the offset, as exceljs 4.4 does when it reads a file
 * (utils/shared-formula.js), so a cell reads the same whichever of the two parsed it.
 */
import { columnLetters, columnNumber } from "../../layout/excel-rules";

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export function slideFormula(formula: string, fromRow: number, fromCol: number, toRow: number, toCol: number): string {
  return formula.replace(CANDIDATE, (whole: string, sheet: string | undefined, _sheetName: string, address: string, call: string | undefined) => {
    if (call) return whole;
    const m = REFERENCE.exec(address);
    if (!m) return whole;
    const column = columnNumber(m[2]);
    // Past XFD it is a name, not a column.
    if (column === null) return whole;
    const col = m[1] ? column : column + toCol - fromCol;
    const row = m[3] ? Number(m[4]) : Number(m[4]) + toRow - fromRow;
    return `${sheet ?? ""}${m[1] ?? ""}${columnLetters(col)}${m[3] ?? ""}${row}`;
  });
}
