/**
 * When two sheet names name the same sheet. Every lookup, uniqueness check and map of sheets by
 * name goes through `sheetNameKey`, so the layouts, both hosts and the engine agree with Excel and
 * with each other on which sheet a name means. The key itself is in domain (domain assigns sheet
 * names and imports no other layer); see src/domain/sheet-name-key.ts for how it folds.
 */
import { sheetNameKey } from "../../domain/sheet-name-key";

export { sheetNameKey };

export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}

/** The first of `names` that names the same sheet as `name`, as it is spelled there. */
export function findSheetName(names: readonly string[], name: string): string | null {
  const key = sheetNameKey(name);
  return names.find((n) => sheetNameKey(n) === key) ?? null;
}
