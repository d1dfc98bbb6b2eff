/**
 * How Excel turns a value written through Range.values / Range.formulas into cell content: as if
 * typed (en-US, the locale the tests play). Microsoft's Range.values documentation: a string
 * starting with "=", "+" or "-" is interpreted as a formula; a leading apostrophe makes the rest
 * text (the apostrophe is not stored in the value). As typing does in Excel: numeric text, with
 * thousands separators ("1,234") or a percent sign ("50%", which also gets a percent format),
 * becomes a number; TRUE/FALSE booleans; an error literal ("#N/A") an error value; "@" starts a
 * formula in dynamic-array Excel (implicit intersection). A cell formatted as text ("@") keeps
 * whatever is typed into it as text, formulas included. Date text is locale-dependent in Excel
 * and is left as text here.
 */
import type { EmuCell, EmuScalar } from "./workbook-model";

const NUMBER = /^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*$/;
/** Digits grouped by commas in threes, as en-US Excel reads "1,234" or "-12,345.6". */
const GROUPED = /^\s*[-+]?\d{1,3}(?:,\d{3})+(?:\.\d*)?\s*$/;
const PERCENT = /^\s*([-+]?(?:\d+(?:\.(\d*))?|\.(\d+)))\s*%\s*$/;
/** Excel's error values, which typed in a cell become errors, not text. */
export const ERROR_LITERALS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

export interface CoercedInput extends EmuCell {
  /** The number format typing gives a cell that had none ("50%" → "0%"). */
  numberFormat?: string;
}

/** `cellFormat`: the number format the cell has before the write. */
export function coerceInput(input: EmuScalar, cellFormat = "General"): CoercedInput {
  if (typeof input !== "string") return { value: input, formula: null };
  if (input.length === 0) return { value: "", formula: null };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  if (cellFormat === "@") return { value: input, formula: null };
  if (NUMBER.test(input)) return { value: Number(input), formula: null };
  if (GROUPED.test(input)) return { value: Number(input.replace(/,/g, "")), formula: null };
  const percent = PERCENT.exec(input);
  if (percent) {
    // Typing picks one of the two built-in percent formats (ids 9 and 10 of ECMA-376's numFmt list).
    const decimals = (percent[2] ?? percent[3] ?? "").length;
    return { value: Number(percent[1]) / 100, formula: null, numberFormat: decimals > 0 ? "0.00%" : "0%" };
  }
  const upper = input.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE", formula: null };
  if (ERROR_LITERALS.has(upper)) return { value: upper, formula: null, error: true };
  if (input.length > 1 && input.startsWith("=")) return { value: "", formula: input };
  if (input.length > 1 && (input.startsWith("+") || input.startsWith("-") || input.startsWith("@"))) {
    return { value: "", formula: `=${input}` };
  }
  return { value: input, formula: null };
}
