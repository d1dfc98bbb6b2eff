/**
 * Edits staff make to a saved tracker in Excel (a sheet renamed or deleted, rows sorted, a value
 * typed), made here through the file host: opened, changed, saved.
 */
import { promises as fs } from "node:fs";
import JSZip from "jszip";
import { readTrackerFrom } from "../../../src/engine";
import { XlsxHost } from "../../../src/hosts/xlsx";
import type { CellContent, WorkbookOp } from "../../../src/layout/sheet-spec";
import type { UnitCode } from "../../../src/domain/types";

async function open(file: string): Promise<XlsxHost> {
  const opened = await XlsxHost.open(file);
  if (!opened.ok) throw new Error(`cannot open ${file}: ${JSON.stringify(opened.problems)}`);
  return opened.value;
}

/** Opens the file, applies the ops (made from its sheets' names in tab order, when a function), saves it. */
export async function editByHand(file: string, ops: WorkbookOp[] | ((sheets: string[]) => WorkbookOp[])): Promise<void> {
  const host = await open(file);
  const sheets = typeof ops === "function" ? (await host.snapshot([])).sheets.map((s) => s.name) : [];
  await host.apply({ ops: typeof ops === "function" ? ops(sheets) : ops });
  const saved = await host.save(file);
  if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
}

/** Where a unit's entries sit in the saved tracker: its sheet, and the row of each task. */
export async function unitSheetOf(file: string, unit: string): Promise<{ sheet: string; taskRows: ReadonlyMap<string, number> }> {
  const { state } = await readTrackerFrom(await open(file));
  const positions = state?.positions.unitSheets.get(unit as UnitCode);
  if (!positions) throw new Error(`no sheet for ${unit} in ${file}`);
  return { sheet: positions.sheet, taskRows: positions.taskRows };
}

/** A value read back, as what a user would type to put it there again. */
export function asTyped(value: unknown): CellContent {
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "bool", value };
  if (typeof value === "string" && value !== "") return { kind: "text", text: value };
  return { kind: "blank" };
}

/**
 * Deletes an Excel table, its cells left as they are (in Excel: Convert to Range). The file host
 * offers no such change, so the package is edited: the table's part, its relationship, its
 * `<tablePart>` and its content type go.
 */
export async function removeTable(file: string, tableName: string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const read = (part: string) => zip.file(part)!.async("string");
  const tables = Object.keys(zip.files).filter((part) => /^xl\/tables\/[^/]+\.xml$/.test(part));
  const names = await Promise.all(tables.map(async (part) => /<table [^>]*\bname="([^"]+)"/.exec(await read(part))?.[1]));
  const table = tables[names.indexOf(tableName)];
  if (!table) throw new Error(`no table ${tableName} in ${file}`);
  for (const relsPart of Object.keys(zip.files).filter((part) => /^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(part))) {
    const rels = await read(relsPart);
    const relation = new RegExp(`<Relationship [^>]*Target="(?:\\.\\./tables/|/xl/tables/)${table.slice("xl/tables/".length)}"[^>]*/>`).exec(rels)?.[0];
    if (!relation) continue;
    const id = /\bId="([^"]+)"/.exec(relation)![1];
    zip.file(relsPart, rels.replace(relation, ""));
    const sheetPart = relsPart.replace("_rels/", "").replace(/\.rels$/, "");
    const parts = (await read(sheetPart)).replace(`<tablePart r:id="${id}"/>`, "");
    zip.file(
      sheetPart,
      parts.replace(/<tableParts count="\d+">(.*?)<\/tableParts>/s, (_, inner: string) => {
        const left = inner.match(/<tablePart /g)?.length ?? 0;
        return left === 0 ? "" : `<tableParts count="${left}">${inner}</tableParts>`;
      }),
    );
  }
  zip.remove(table);
  zip.file("[Content_Types].xml", (await read("[Content_Types].xml")).replace(new RegExp(`<Override PartName="/${table}"[^>]*/>`), ""));
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}
