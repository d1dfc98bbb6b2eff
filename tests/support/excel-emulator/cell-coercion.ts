/**
 * How Excel turns a value written through Range.values / Range.formulas into cell content: as if
 * typed. Microsoft's Range.values documentation: a string starting with "=", "+" or "-" is
 * interpreted as a formula; a leading apostrophe makes the rest text (the apostrophe is not
 * stored in the value). Numeric text and TRUE/FALSE become numbers and booleans; "@" starts a
 * formula in dynamic-array Excel (implicit intersection). Date text is locale-dependent in Excel
 * and is left as text here.
 */
import type { EmuCell, EmuScalar } from "./workbook-model";

const NUMBER = /^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

export function coerceInput(input: EmuScalar): EmuCell {
  if (typeof input !== "string") return { value: input, formula: null };
  if (input.length === 0) return { value: "", formula: null };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  if (NUMBER.test(input)) return { value: Number(input), formula: null };
  const upper = input.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE", formula: null };
  if (input.length > 1 && input.startsWith("=")) return { value: "", formula: input };
  if (input.length > 1 && (input.startsWith("+") || input.startsWith("-") || input.startsWith("@"))) {
    return { value: "", formula: `=${input}` };
  }
  return { value: input, formula: null };
}
