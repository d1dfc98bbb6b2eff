/**
 * Replays a WorkbookChange on sheet and table names only, to find what Excel would refuse
 * half-way (a bad or duplicate sheet name, a missing sheet, a taken table name, an over-long
 * drop-down list) before the first write.
 */
import type { Problem } from "../../domain/result";
import type { SheetContent, WorkbookChange } from "../../layout/sheet-spec";
import { isValidExcelSheetName, sheetNameKey } from "./excel-sheet-name";
import type { WorkbookState } from "./workbook-state";

/** Excel's limit for the typed source of a list validation. */
const LIST_SOURCE_LIMIT = 255;

export function checkChange(change: WorkbookChange, state: WorkbookState): Problem[] {
  const problems: Problem[] = [];
  const sheets = new Map(state.sheets.map((s) => [sheetNameKey(s.name), s.name]));
  // Table name → owning sheet key; names of tables on a sheet that gets deleted become free.
  const tables = new Map([...state.tables].map(([table, sheet]) => [table, sheetNameKey(sheet)]));

  const requireSheet = (name: string) => {
    if (!sheets.has(sheetNameKey(name))) problems.push({ key: "excelHost.sheetMissing", params: { name }, at: { sheet: name } });
  };
  const claimName = (name: string) => {
    if (!isValidExcelSheetName(name)) problems.push({ key: "excelHost.sheetNameInvalid", params: { name }, at: { sheet: name } });
    else if (sheets.has(sheetNameKey(name))) problems.push({ key: "excelHost.sheetNameTaken", params: { name }, at: { sheet: name } });
    sheets.set(sheetNameKey(name), name);
  };
  const claimTable = (table: string, sheet: string) => {
    const owner = tables.get(table.toUpperCase());
    // A table of the same sheet with the same name is re-created in place.
    if (owner !== undefined && owner !== sheetNameKey(sheet)) problems.push({ key: "excelHost.tableNameTaken", params: { name: table }, at: { sheet } });
    tables.set(table.toUpperCase(), sheetNameKey(sheet));
  };
  const checkContent = (sheet: string, content: SheetContent) => {
    for (const table of content.tables ?? []) claimTable(table.name, sheet);
    for (const v of content.validations ?? []) {
      if (v.rule.kind !== "list") continue;
      for (const item of v.rule.items) {
        if (item.includes(",")) problems.push({ key: "excelHost.listItemComma", params: { item }, at: { sheet, cell: v.range } });
      }
      if (v.rule.items.join(",").length > LIST_SOURCE_LIMIT) problems.push({ key: "excelHost.listTooLong", params: { range: v.range }, at: { sheet, cell: v.range } });
    }
  };

  for (const op of change.ops) {
    switch (op.op) {
      case "addSheet":
        claimName(op.sheet.name);
        checkContent(op.sheet.name, op.sheet);
        break;
      case "copySheet":
        requireSheet(op.copy.template);
        claimName(op.copy.name);
        for (const table of op.copy.tableNames) claimTable(table, op.copy.name);
        checkContent(op.copy.name, op.copy.content);
        break;
      case "patchSheet":
        requireSheet(op.name);
        checkContent(op.name, op.content);
        break;
      case "renameSheet": {
        requireSheet(op.from);
        const fromKey = sheetNameKey(op.from);
        if (sheetNameKey(op.to) !== fromKey) {
          sheets.delete(fromKey);
          claimName(op.to);
          for (const [table, owner] of tables) if (owner === fromKey) tables.set(table, sheetNameKey(op.to));
        }
        break;
      }
      case "deleteSheet": {
        requireSheet(op.name);
        const key = sheetNameKey(op.name);
        sheets.delete(key);
        for (const [table, owner] of [...tables]) if (owner === key) tables.delete(table);
        break;
      }
      case "orderSheets":
        op.names.forEach(requireSheet);
        break;
      case "activateSheet":
        requireSheet(op.name);
        break;
      case "defineNames":
        break;
    }
  }
  for (const template of change.dropTemplates ?? []) requireSheet(template);
  return problems;
}
