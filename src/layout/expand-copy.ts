/**
 * A copied sheet as a complete spec: what Excel's `Worksheet.copy` of the template followed by a
 * patch with the copy's own content would give. Hosts that cannot copy a sheet (files) expand
 * the copy instead, and both hosts end with the same sheet.
 *
 * Lists that add to a sheet (cells, styles, columns, rows, merges, validations, tables,
 * hyperlinks, charts) are the template's followed by the copy's, so the copy's entries win where
 * they overlap, as a later write does. Fields that replace what a sheet has (conditional
 * formats — a patch replaces all of them — freeze panes, print setup, visibility, tab colour,
 * protection) come from the copy when it sets them, else from the template.
 */
import type { SheetContent, SheetCopy, SheetSpec } from "./sheet-spec";

type ListField = "cells" | "styles" | "columns" | "rows" | "merges" | "validations" | "hyperlinks" | "charts";
const LIST_FIELDS: readonly ListField[] = ["cells", "styles", "columns", "rows", "merges", "validations", "hyperlinks", "charts"];

type ReplacedField = "conditionalFormats" | "freeze" | "print" | "visibility" | "tabColor" | "protection";
const REPLACED_FIELDS: readonly ReplacedField[] = ["conditionalFormats", "freeze", "print", "visibility", "tabColor", "protection"];

/**
 * Expands `copy` over `template`. The template's tables are renamed, in order, by
 * `copy.tableNames`; a copy that names fewer tables than the template holds is a programming
 * error (table names must be unique in a workbook) and throws.
 */
export function expandCopy(template: SheetSpec, copy: SheetCopy): SheetSpec {
  const templateTables = template.tables ?? [];
  if (copy.tableNames.length < templateTables.length) {
    throw new Error(`copy "${copy.name}" names ${copy.tableNames.length} tables; template "${template.name}" has ${templateTables.length}`);
  }
  const sheet: SheetSpec = { name: copy.name };
  const content: SheetContent = copy.content;

  for (const field of LIST_FIELDS) {
    const joined = [...((template[field] ?? []) as unknown[]), ...((content[field] ?? []) as unknown[])];
    if (joined.length > 0) (sheet as Record<ListField, unknown[]>)[field] = joined;
  }

  const renamed = templateTables.map((table, i) => ({ ...table, name: copy.tableNames[i] }));
  const tables = [...renamed, ...(content.tables ?? [])];
  if (tables.length > 0) sheet.tables = tables;

  for (const field of REPLACED_FIELDS) {
    const value = content[field] !== undefined ? content[field] : template[field];
    if (value !== undefined) (sheet as Record<ReplacedField, unknown>)[field] = value;
  }
  return sheet;
}
