/**
 * Sheet-spec values translated into the values Office.js expects (Excel.* enums as their string
 * forms, points instead of characters, serials instead of calendar dates).
 */
import { dateParts } from "../../domain/calendar-date";
import type { IsoDate } from "../../domain/types";
import type { BorderSpec, ChartSpec, ProtectionSpec, ValidationRule, Visibility } from "../../layout/sheet-spec";

/**
 * Column width in points for a width in characters of the default font (Calibri 11, maximum
 * digit width 7 px): ECMA-376 Part 1, section 18.3.1.13, gives 7·w + 5 px of which 96 px make 72 points.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Inches to points (72 to the inch), rounded to hundredths as Excel's page setup shows them. */
export function inchesToPoints(inches: number): number {
  return Math.round(inches * 72 * 100) / 100;
}

export const HORIZONTAL = { left: "Left", center: "Center", right: "Right", justify: "Justify" } as const;
export const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

export const VISIBILITY: Record<Visibility, "Visible" | "Hidden" | "VeryHidden"> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/** Excel.SheetVisibility as the sheet spec writes it. */
export function specVisibility(visibility: string): Visibility {
  return visibility === "Hidden" ? "hidden" : visibility === "VeryHidden" ? "veryHidden" : "visible";
}

export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

const EDGE_SETS: Record<BorderSpec["edges"], BorderEdge[]> = {
  all: ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"],
  outline: ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"],
  top: ["EdgeTop"],
  bottom: ["EdgeBottom"],
  left: ["EdgeLeft"],
  right: ["EdgeRight"],
  insideHorizontal: ["InsideHorizontal"],
};

export function borderEdges(spec: BorderSpec): BorderEdge[] {
  return EDGE_SETS[spec.edges];
}

/** Excel.BorderLineStyle and Excel.BorderWeight for a spec style; a double line has no separate weight. */
export function borderLine(spec: BorderSpec): { style: string; weight?: string } {
  switch (spec.style) {
    case "thin":
      return { style: "Continuous", weight: "Thin" };
    case "medium":
      return { style: "Continuous", weight: "Medium" };
    case "double":
      return { style: "Double" };
    case "dotted":
      return { style: "Dot", weight: "Thin" };
  }
}

/** Bounds for number rules without one (Excel needs a formula on each side of "Between"). */
const LOWEST = -1e15;
const HIGHEST = 1e15;

function dateFormula(date: IsoDate | null, fallback: string): string {
  const { year, month, day } = dateParts(date ?? (fallback as IsoDate));
  return `=DATE(${year},${month},${day})`;
}

/** Excel.DataValidationRule for a spec rule (ExcelApi 1.8). */
export function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.items.join(",") } };
    case "listRef":
      return { list: { inCellDropDown: true, source: rule.source.startsWith("=") ? rule.source : `=${rule.source}` } };
    case "date":
      return {
        date: {
          operator: "Between",
          // DATE(y,m,d) reads the same in every locale, unlike date text.
          formula1: dateFormula(rule.min ?? null, "1900-01-01"),
          formula2: dateFormula(rule.max ?? null, "9999-12-31"),
        },
      };
    case "whole":
      return { wholeNumber: { operator: "Between", formula1: rule.min ?? LOWEST, formula2: rule.max ?? HIGHEST } };
    case "decimal":
      return { decimal: { operator: "Between", formula1: rule.min ?? LOWEST, formula2: rule.max ?? HIGHEST } };
  }
}

export const CHART_TYPE: Record<ChartSpec["kind"], "BarClustered" | "ColumnClustered"> = {
  barClustered: "BarClustered",
  columnClustered: "ColumnClustered",
};

export function protectionOptions(spec: ProtectionSpec): Excel.WorksheetProtectionOptions {
  return {
    allowSort: spec.allowSort,
    allowAutoFilter: spec.allowAutoFilter,
    allowFormatColumns: spec.allowFormatColumns,
    allowFormatRows: spec.allowFormatRows,
    allowInsertRows: spec.allowInsertRows,
  };
}

/** A chart is found again on the next rebuild by its name, derived from its title. */
export function chartName(spec: ChartSpec): string {
  return spec.title.slice(0, 255);
}
