/**
 * Conditional formats as formula ("expression") rules only: LibreOffice ignores the
 * `containsText` rules exceljs writes (they lack the operator and text attributes), while
 * expression rules render in both Excel and LibreOffice.
 *
 * exceljs cannot write stopIfTrue; the priorities of such rules are returned so the package
 * fix-up can set the attribute in the saved file.
 */
import type { Worksheet } from "exceljs";
import type { ConditionalFormatSpec } from "../../layout/sheet-spec";
import { argb } from "./cell-styles";

/** Replaces every conditional format of the sheet; returns the priorities that stop if true. */
export function replaceConditionalFormats(ws: Worksheet, specs: ConditionalFormatSpec[]): number[] {
  ws.removeConditionalFormatting(() => false);
  const stopping: number[] = [];
  specs.forEach((spec, i) => {
    // Priority 1 is applied first: the spec lists rules in priority order.
    const priority = i + 1;
    if (spec.stopIfTrue) stopping.push(priority);
    const s = spec.style;
    ws.addConditionalFormatting({
      ref: spec.range,
      rules: [
        {
          type: "expression",
          priority,
          formulae: [spec.formula.replace(/^=/, "")],
          style: {
            // In a differential format (dxf) Excel takes a solid fill's colour from bgColor.
            ...(s.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(s.fill) } } } : {}),
            font: {
              ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
              ...(s.bold !== undefined ? { bold: s.bold } : {}),
              ...(s.italic !== undefined ? { italic: s.italic } : {}),
              ...(s.strike !== undefined ? { strike: s.strike } : {}),
            },
          },
        },
      ],
    });
  });
  return stopping;
}
