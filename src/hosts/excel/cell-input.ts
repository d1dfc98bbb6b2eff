/**
 * What is written into `Range.formulas` for each cell of a CellBlock.
 *
 * Excel treats a string written through `Range.values`/`Range.formulas` as if the user had typed
 * it: "=…", "+…", "-…" (and "@…" in dynamic-array Excel) become formulas, "0123" becomes the
 * number 123, "TRUE" a boolean. A leading apostrophe is Excel's own "this is text" marker: it is
 * not part of the value and keeps the rest verbatim (Microsoft's Range.values documentation;
 * OWASP ASVS 1.2.10 asks for exactly this for user-supplied text). Number format "@" alone is
 * not documented to prevent formula parsing through the API, so it is not relied on.
 */
import { toExcelSerial } from "../../domain/calendar-date";
import type { CellContent } from "../../layout/sheet-spec";

/** Characters that make Excel read typed text as a formula (tab and CR per OWASP's CSV-injection list). */
const FORMULA_LEADS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * Text that Excel would convert into another type when typed: numbers (with thousands
 * separators, percent, currency, exponent), booleans, error literals, dates and times.
 */
const COERCIBLE =
  /^\s*(?:[$€£¥₫]?\s*[(]?[-+]?[\d.,]+(?:[eE][-+]?\d+)?\s*%?[)]?\s*[$€£¥₫]?|TRUE|FALSE|#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)|\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)\s*$/i;

/** The string to write so that Excel stores exactly `text` as text. */
export function textInput(text: string): string {
  if (text.length === 0) return "";
  const lead = text[0];
  if (FORMULA_LEADS.has(lead) || lead === "'" || COERCIBLE.test(text)) return `'${text}`;
  return text;
}

export type ExcelInput = string | number | boolean;

/** One cell's entry for `Range.formulas`. */
export function cellInput(cell: CellContent): ExcelInput {
  switch (cell.kind) {
    case "text":
      return textInput(cell.text);
    case "number":
      return cell.value;
    case "date":
      return toExcelSerial(cell.date);
    case "bool":
      return cell.value;
    case "formula":
      return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
    case "blank":
      return "";
  }
}

/** Excel's default display of a calendar date for Vietnamese users when the spec gives none. */
export const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";
