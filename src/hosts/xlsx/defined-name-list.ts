/**
 * The workbook's defined names as a plain list. exceljs's own DefinedNames holds each name as a
 * matrix with an object for every cell it covers and rebuilds the ranges from them on each read:
 * a tracker's two thousand names over thousand-row columns were two million objects. The list
 * keeps what exceljs's model holds (a name and its ranges) and means the same: names are global,
 * one entry per name (exceljs drops a name's sheet scope and joins equal names).
 */
import type ExcelJS from "exceljs";

export interface DefinedName {
  name: string;
  ranges: string[];
}

export class DefinedNameList {
  private names: DefinedName[] = [];

  get model(): DefinedName[] {
    return this.names.filter((n) => n.ranges.length > 0);
  }

  set model(value: DefinedName[]) {
    const byName = new Map<string, DefinedName>();
    for (const { name, ranges } of value ?? []) {
      const entry = byName.get(name);
      if (entry) entry.ranges.push(...ranges);
      else byName.set(name, { name, ranges: [...ranges] });
    }
    this.names = [...byName.values()];
  }

  /** Sets names, each replacing a name equal to it ignoring case. */
  define(names: readonly DefinedName[]): void {
    const added = new Map<string, DefinedName>();
    for (const n of names) {
      const key = n.name.toLowerCase();
      added.delete(key);
      added.set(key, { name: n.name, ranges: [...n.ranges] });
    }
    this.names = [...this.names.filter((n) => !added.has(n.name.toLowerCase())), ...added.values()];
  }

  /** Keeps only the ranges `keep` accepts; a name left without any is removed. */
  filterRanges(keep: (range: string) => boolean): void {
    this.names = this.names.map((n) => ({ ...n, ranges: n.ranges.filter(keep) })).filter((n) => n.ranges.length > 0);
  }
}

/** Gives `workbook` a DefinedNameList; before a file is loaded into it, so exceljs fills the list. */
export function useDefinedNameList(workbook: ExcelJS.Workbook): DefinedNameList {
  const list = new DefinedNameList();
  (workbook as unknown as { _definedNames: DefinedNameList })._definedNames = list;
  return list;
}

export function definedNameList(workbook: ExcelJS.Workbook): DefinedNameList {
  const names = (workbook as unknown as { _definedNames: unknown })._definedNames;
  return names instanceof DefinedNameList ? names : useDefinedNameList(workbook);
}
