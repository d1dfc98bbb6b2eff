/**
 * Opening a file the user named: every way it can fail becomes a catalog message naming the
 * file (missing, unreadable, not an .xlsx workbook, damaged), never a raw exceljs error. The
 * message itself names the file, so the problems carry no separate location (formatProblem
 * would print the name twice).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { fail, ok, type Result } from "../../domain/result";
import { relationships, relsPathOf, resolveTarget, workbookPartPath, worksheetParts } from "./package-xml";
import { readInternalLinks, restoreInternalLinks } from "./internal-links";
import { autoHeightRows } from "./row-heights";
import { ContentTypes } from "./content-types";
import { readKeptDrawings, type KeptDrawing } from "./kept-drawing";
import { completeTableStyles } from "./excel-tables";

export interface OpenedWorkbook {
  workbook: ExcelJS.Workbook;
  /** Per sheet name: rows stored with a height that is not custom (exceljs forgets the difference). */
  autoRows: Map<string, Set<number>>;
  /** Per sheet name: its drawing as the file holds it (exceljs drops charts and shapes). */
  drawings: Map<string, KeptDrawing>;
}

interface WorksheetMediaInternals {
  _media: { type: string }[];
}

interface WorkbookThemeInternals {
  _themes?: Record<string, string>;
}

/** The name ("theme1") of the theme part the workbook links to, or null. */
async function workbookThemeName(zip: JSZip, workbookPath: string): Promise<string | null> {
  const rels = zip.file(relsPathOf(workbookPath));
  if (!rels) return null;
  const theme = relationships(await rels.async("string")).find((r) => r.type.endsWith("/theme") && !r.external);
  return theme ? /([^/]+)\.xml$/.exec(resolveTarget(workbookPath, theme.target))?.[1] ?? null : null;
}

/**
 * exceljs links the workbook to "theme/theme1.xml" but writes back every part under xl/theme/
 * it read, whatever its name: a file whose theme has another name, or none (LibreOffice writes
 * none), would keep a link to a missing part, and a chart's "themeOverride1.xml" would be
 * written without a content type. So exceljs keeps the workbook's theme alone, as theme1, or
 * none and writes its default theme; a chart's theme override goes with the kept drawing.
 */
function keepWorkbookThemeOnly(workbook: ExcelJS.Workbook, themeName: string | null): void {
  const internals = workbook as unknown as WorkbookThemeInternals;
  const theme = themeName === null ? undefined : internals._themes?.[themeName];
  internals._themes = theme === undefined ? undefined : { theme1: theme };
}

/**
 * The kept drawing carries the sheet's pictures: exceljs must not write them a second time
 * in a drawing of its own. Background images (type "background") are not in drawings and stay.
 */
function forgetPictures(workbook: ExcelJS.Workbook, drawings: Map<string, KeptDrawing>): void {
  for (const ws of workbook.worksheets) {
    if (!drawings.has(ws.name)) continue;
    const internals = ws as unknown as WorksheetMediaInternals;
    internals._media = internals._media.filter((medium) => medium.type !== "image");
  }
}

async function autoRowsBySheet(zip: JSZip, parts: Map<string, string>): Promise<Map<string, Set<number>>> {
  const result = new Map<string, Set<number>>();
  for (const [sheet, part] of parts) {
    const file = zip.file(part);
    if (file) result.set(sheet, autoHeightRows(await file.async("string")));
  }
  return result;
}

/** Every zip file (and so every .xlsx) begins with a local file header "PK\x03\x04". */
function looksLikeZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}

/** Loads a workbook from bytes; `file` names it in messages. */
export async function loadWorkbook(data: Uint8Array, file: string): Promise<Result<OpenedWorkbook>> {
  if (!looksLikeZip(data)) return fail({ key: "xlsx.open.notXlsx", params: { file } });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return fail({ key: "xlsx.open.corrupt", params: { file } });
  }
  // A .docx or any other zip has no spreadsheet workbook part.
  const workbookPath = await workbookPartPath(zip).catch(() => null);
  if (!workbookPath || !workbookPath.endsWith("workbook.xml")) return fail({ key: "xlsx.open.notXlsx", params: { file } });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
    const parts = await worksheetParts(zip);
    restoreInternalLinks(workbook, await readInternalLinks(zip, parts));
    const drawings = await readKeptDrawings(zip, parts, await ContentTypes.of(zip));
    forgetPictures(workbook, drawings);
    for (const ws of workbook.worksheets) completeTableStyles(ws);
    keepWorkbookThemeOnly(workbook, await workbookThemeName(zip, workbookPath));
    return ok({ workbook, autoRows: await autoRowsBySheet(zip, parts), drawings });
  } catch {
    return fail({ key: "xlsx.open.corrupt", params: { file } });
  }
}
