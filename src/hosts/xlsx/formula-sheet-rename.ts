/**
 * Renaming a sheet in a formula, as Excel does to every formula that names the sheet when a
 * user renames it. Used for what the host keeps without exceljs understanding it (chart series,
 * shapes linked to a cell). A reference to another workbook ("[1]Sheet1!A1", "'[1]Sheet1'!A1")
 * is not a reference to this workbook's sheet and stays as it is; text in double quotes too.
 */
import { UNQUOTED_NAME_CHAR, quoteSheetName, sheetNameKey } from "../../layout/excel-rules";

/** The end of the "…" or '…' literal opening at `start` (doubled quotes escape), and its text. */
function quoted(formula: string, start: number): { end: number; text: string } {
  const quote = formula[start];
  let text = "";
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] !== quote) return { end: i + 1, text };
      i += 2;
      text += quote;
    } else {
      text += formula[i++];
    }
  }
  return { end: formula.length, text };
}

export function renameSheetInFormula(formula: string, from: string, to: string): string {
  const fromKey = sheetNameKey(from);
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const c = formula[i];
    if (c === '"' || c === "'") {
      const literal = quoted(formula, i);
      const isSheet = c === "'" && formula[literal.end] === "!" && sheetNameKey(literal.text) === fromKey;
      out += isSheet ? quoteSheetName(to) : formula.slice(i, literal.end);
      i = literal.end;
      continue;
    }
    if (UNQUOTED_NAME_CHAR.test(c)) {
      let end = i;
      while (end < formula.length && UNQUOTED_NAME_CHAR.test(formula[end])) end++;
      const word = formula.slice(i, end);
      // After "]" the name is a sheet of another workbook.
      const isSheet = formula[end] === "!" && formula[i - 1] !== "]" && sheetNameKey(word) === fromKey;
      out += isSheet ? quoteSheetName(to) : word;
      i = end;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
