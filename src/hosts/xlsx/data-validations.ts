/**
 * Data validation (dropdown lists, date and number rules) on whole ranges, one rule per range as
 * Excel's UI writes it.
 *
 * exceljs keeps validations as a map from address (a cell, or a range we add) to rule, and when
 * it reads a file it explodes every range into single cells; on writing, its own re-grouping of
 * those cells can emit overlapping ranges. `compactValidations` regroups single cells into
 * disjoint rectangles before each save.
 */
import type { DataValidation, Worksheet } from "exceljs";
import type { ValidationRule, ValidationSpec } from "../../layout/sheet-spec";
import { toExcelSerial } from "../../domain/calendar-date";
import { cell, formatRange, parseCellRange, rectContains, rectsIntersect, type CellRect } from "../../layout/excel-rules";
import { attributes, decodeXml } from "./package-xml";

type ValidationModel = Record<string, DataValidation | undefined>;

function modelOf(ws: Worksheet): ValidationModel {
  return (ws as unknown as { dataValidations: { model: ValidationModel } }).dataValidations.model;
}

const EXCEL_EPOCH_MS = -25569 * 86_400_000;

/** exceljs turns a date rule's Date back into a serial with UTC arithmetic; build it the same way. */
function serialAsDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + serial * 86_400_000);
}

function bounds<T>(min: T | undefined, max: T | undefined, none: T): Pick<DataValidation, "operator" | "formulae"> {
  if (min !== undefined && max !== undefined) return { operator: "between", formulae: [min, max] };
  if (min !== undefined) return { operator: "greaterThanOrEqual", formulae: [min] };
  if (max !== undefined) return { operator: "lessThanOrEqual", formulae: [max] };
  return { operator: "greaterThanOrEqual", formulae: [none] };
}

/** Inline list source: items in one quoted string, quotes doubled as in any Excel string literal. */
export function inlineListFormula(items: string[]): string {
  return `"${items.map((item) => item.replace(/"/g, '""')).join(",")}"`;
}

function ruleModel(rule: ValidationRule): Pick<DataValidation, "type" | "operator" | "formulae"> {
  switch (rule.kind) {
    case "list":
      return { type: "list", formulae: [inlineListFormula(rule.items)] };
    case "listRef":
      return { type: "list", formulae: [rule.source.replace(/^=/, "")] };
    case "date": {
      const b = bounds(rule.min && toExcelSerial(rule.min), rule.max && toExcelSerial(rule.max), 1);
      return { type: "date", operator: b.operator, formulae: b.formulae.map((s: number) => serialAsDate(s)) };
    }
    case "whole":
      return { type: "whole", ...bounds(rule.min, rule.max, -2_147_483_648) };
    case "decimal":
      return { type: "decimal", ...bounds(rule.min, rule.max, -1e15) };
  }
}

export function validationModel(spec: ValidationSpec): DataValidation {
  return {
    ...ruleModel(spec.rule),
    allowBlank: spec.allowBlank ?? true,
    showErrorMessage: true,
    ...(spec.error ? { errorStyle: "stop", errorTitle: spec.error.title, error: spec.error.message } : {}),
    ...(spec.prompt ? { showInputMessage: true, promptTitle: spec.prompt.title, prompt: spec.prompt.message } : {}),
  };
}

/** Removes every rule from `range`, keeping the parts of larger rules outside it. */
function clearRange(model: ValidationModel, range: CellRect): void {
  for (const key of Object.keys(model)) {
    const rule = model[key];
    const keyRange = parseCellRange(key);
    if (!rule || !keyRange) {
      delete model[key];
      continue;
    }
    if (!rectsIntersect(keyRange, range)) continue;
    delete model[key];
    for (let row = keyRange.top; row <= keyRange.bottom; row++) {
      for (let col = keyRange.left; col <= keyRange.right; col++) {
        if (!rectContains(range, row, col)) model[cell(col, row)] = rule;
      }
    }
  }
}

/** Sets the validations, each replacing whatever rule its range had. Ranges are pre-validated. */
export function applyValidations(ws: Worksheet, specs: ValidationSpec[]): void {
  const model = modelOf(ws);
  for (const spec of specs) {
    const range = parseCellRange(spec.range) as CellRect;
    clearRange(model, range);
    model[formatRange(range)] = validationModel(spec);
  }
}

/** Regroups single-cell rules (same rule object) into disjoint rectangles, row by row. */
export function compactValidations(ws: Worksheet): void {
  const model = modelOf(ws);
  const singles = new Map<DataValidation, Set<string>>();
  for (const key of Object.keys(model)) {
    const rule = model[key];
    if (!rule) {
      delete model[key];
      continue;
    }
    if (key.includes(":")) continue;
    let cells = singles.get(rule);
    if (!cells) singles.set(rule, (cells = new Set()));
    cells.add(key);
    delete model[key];
  }
  for (const [rule, cells] of singles) {
    const points = [...cells].map((a) => parseCellRange(a) as CellRect).sort((a, b) => a.top - b.top || a.left - b.left);
    const left = new Set(cells);
    for (const p of points) {
      if (!left.has(cell(p.left, p.top))) continue;
      let right = p.left;
      while (left.has(cell(right + 1, p.top))) right++;
      let bottom = p.top;
      const rowFree = (row: number): boolean => {
        for (let col = p.left; col <= right; col++) if (!left.has(cell(col, row))) return false;
        return true;
      };
      while (rowFree(bottom + 1)) bottom++;
      for (let row = p.top; row <= bottom; row++) for (let col = p.left; col <= right; col++) left.delete(cell(col, row));
      model[formatRange({ top: p.top, left: p.left, bottom, right })] = rule;
    }
  }
}

const isTrue = (value: string | undefined): boolean => value === "1" || value === "true";

/** A formula of a rule, typed as exceljs reads it (numbers for number rules, a Date for date rules). */
function typedFormula(type: string, text: string): unknown {
  switch (type) {
    case "whole":
    case "textLength":
      return parseInt(text, 10);
    case "decimal":
      return parseFloat(text);
    case "date":
      return new Date(Math.round((parseFloat(text) - 25569) * 86_400_000));
    default:
      return text;
  }
}

/**
 * The <dataValidations> of an opened worksheet as exceljs's model, read as exceljs reads it but
 * keyed by the ranges the file names: exceljs would make one entry per cell of each range (four
 * thousand per unit sheet of a tracker).
 */
export function validationsFromXml(xml: string): ValidationModel {
  const model: ValidationModel = {};
  for (const m of xml.matchAll(/<dataValidation\b([^>]*?)(?:\/>|>([\s\S]*?)<\/dataValidation>)/g)) {
    const a = attributes(`<v${m[1]}>`);
    const rule: Record<string, unknown> = { type: a.type || "any" };
    if (a.type && a.allowBlank !== undefined) rule.allowBlank = isTrue(a.allowBlank);
    if (a.showInputMessage !== undefined) rule.showInputMessage = isTrue(a.showInputMessage);
    if (a.showErrorMessage !== undefined) rule.showErrorMessage = isTrue(a.showErrorMessage);
    if (!["any", "list", "custom"].includes(rule.type as string)) rule.operator = a.operator ?? "between";
    for (const name of ["promptTitle", "prompt", "errorStyle", "errorTitle", "error"]) if (a[name] !== undefined) rule[name] = a[name];
    const formulae = [...(m[2] ?? "").matchAll(/<(?:\w+:)?formula[12]\b[^>]*>([\s\S]*?)<\/(?:\w+:)?formula[12]>/g)].map((f) => typedFormula(rule.type as string, decodeXml(f[1])));
    if (formulae.length > 0) rule.formulae = formulae;
    else delete rule.operator;
    for (const address of (a.sqref ?? "").split(/\s+/)) if (address !== "") model[address] = rule as unknown as DataValidation;
  }
  return model;
}

/** Puts validations read with validationsFromXml on an exceljs sheet. */
export function setValidations(ws: Worksheet, model: ValidationModel): void {
  Object.assign(modelOf(ws), model);
}
