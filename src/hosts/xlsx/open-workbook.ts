/**
 * Opening a file the user named: every way it can fail becomes a catalog message naming the
 * file (missing, unreadable, not an .xlsx workbook, damaged), never a raw exceljs error. The
 * message itself names the file, so the problems carry no separate location (formatProblem
 * would print the name twice).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { fail, ok, type Result } from "../../domain/result";
import { partText, relationships, relsPathOf, resolveTarget, workbookPartPath, worksheetParts } from "./package-xml";
import { ContentTypes } from "./content-types";
import { readKeptDrawings, type KeptDrawing } from "./kept-drawing";
import { completeTableStyles } from "./excel-tables";
import { setValidations, validationsFromXml } from "./data-validations";
import { SheetCells } from "./sheet-cells";
import { parseSheetData } from "./sheet-data-xml";
import { SharedStrings } from "./shared-strings";
import { StyleBook } from "./style-book";
import { commentAnchors, commentRefs, splitWorksheet } from "./worksheet-xml";
import { useDefinedNameList } from "./defined-name-list";
import { takeKeptNames } from "./kept-names";
import { takeChartSheets } from "./kept-chart-sheets";
import { takeExternalLinks } from "./kept-external-links";
import { isStrictOpenXml, normalizeSheetLinks, normalizeSheetParts, notZipKey, openDocumentKey, unkeptContent, unprefixSpreadsheetParts } from "./package-survey";
import type { OpenedParts, OpenedSheet } from "./xlsx-workbook";

export interface OpenedWorkbook {
  /** exceljs's workbook of the file without its cells, validations and links (see worksheet-xml.ts). */
  workbook: ExcelJS.Workbook;
  parts: OpenedParts;
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

/** A drawing part with nothing in it, in the markup exceljs parses (it knows only the "xdr:" prefix). */
const EMPTY_DRAWING = '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>';

/**
 * The host puts each kept drawing back whole, so exceljs need not read it; and it cannot read
 * every one: a drawing written with the default namespace instead of "xdr:" (openpyxl's) gives
 * it no model, and it fails on the sheet that links to it. exceljs reads an empty one instead.
 */
function hideKeptDrawings(zip: JSZip, drawings: Map<string, KeptDrawing>): void {
  for (const drawing of drawings.values()) {
    zip.file(drawing.root, EMPTY_DRAWING);
    zip.remove(relsPathOf(drawing.root));
  }
}

/** The part the workbook links with a relationship of `type` ("/styles", "/sharedStrings"), read as text; "" when there is none. */
async function linkedPart(zip: JSZip, workbookPath: string, type: string): Promise<string> {
  const rels = zip.file(relsPathOf(workbookPath));
  const rel = rels ? relationships(await rels.async("string")).find((r) => r.type.endsWith(type) && !r.external) : undefined;
  const file = rel ? zip.file(resolveTarget(workbookPath, rel.target)) : null;
  return file ? partText(file) : "";
}

/**
 * Takes each worksheet's cells, validations and links out of the package exceljs will read,
 * and keeps them for the host. exceljs writes a sheet's comments back from its cells: a sheet
 * with comments gives it a placeholder cell for each (see commentAnchors).
 */
async function takeSheets(zip: JSZip, parts: Map<string, string>, strings: SharedStrings): Promise<{ sheets: Map<string, OpenedSheet>; validations: Map<string, string> }> {
  const sheets = new Map<string, OpenedSheet>();
  const validations = new Map<string, string>();
  const parse = (xml: string) => parseSheetData(xml, strings);
  for (const [name, part] of parts) {
    const file = zip.file(part);
    if (!file) continue;
    const relsXml = (await zip.file(relsPathOf(part))?.async("string")) ?? null;
    const comments = relsXml === null ? undefined : relationships(relsXml).find((r) => r.type.endsWith("/comments") && !r.external);
    const split = splitWorksheet(await partText(file), relsXml);
    const commentsFile = comments ? zip.file(resolveTarget(part, comments.target)) : null;
    zip.file(part, commentsFile ? split.stub.replace("<sheetData/>", commentAnchors(commentRefs(await commentsFile.async("string")))) : split.stub);
    const cells = SheetCells.fromFile(split.sheetData, parse);
    for (const [ref, link] of split.links) cells.links.set(ref, link);
    sheets.set(name, { cells, namespaces: split.namespaces, dimension: split.dimension, extensions: split.extensions });
    if (split.validations) validations.set(name, split.validations);
  }
  return { sheets, validations };
}

/** Reads the zip archive of a package. */
export type Unzip = (data: Uint8Array) => Promise<JSZip>;

/** Loads a workbook from bytes; `file` names it in messages. */
export async function loadWorkbook(data: Uint8Array, file: string, unzip: Unzip = (bytes) => JSZip.loadAsync(bytes)): Promise<Result<OpenedWorkbook>> {
  const notZip = notZipKey(data);
  if (notZip) return fail({ key: notZip, params: { file } });
  let zip: JSZip;
  try {
    zip = await unzip(data);
  } catch {
    return fail({ key: "xlsx.open.corrupt", params: { file } });
  }
  const openDocument = await openDocumentKey(zip).catch(() => null);
  if (openDocument) return fail({ key: openDocument, params: { file } });
  // A .docx or any other zip has no spreadsheet workbook part.
  const workbookPath = await workbookPartPath(zip).catch(() => null);
  if (!workbookPath || !workbookPath.endsWith("workbook.xml")) return fail({ key: "xlsx.open.notXlsx", params: { file } });
  try {
    if (isStrictOpenXml(await partText(zip.file(workbookPath) as JSZip.JSZipObject))) return fail({ key: "xlsx.open.strict", params: { file } });
    await unprefixSpreadsheetParts(zip, workbookPath);
    const missing = await normalizeSheetParts(zip, workbookPath, await ContentTypes.of(zip));
    if (missing) return fail({ ...missing, params: { ...missing.params, file } });
    const parts = await worksheetParts(zip);
    await normalizeSheetLinks(zip, parts, await ContentTypes.of(zip));
    const unkept = await unkeptContent(zip, workbookPath, parts);
    const drawings = await readKeptDrawings(zip, parts, await ContentTypes.of(zip));
    const strings = SharedStrings.fromXml(await linkedPart(zip, workbookPath, "/sharedStrings"));
    const styles = await StyleBook.fromStylesXml(await linkedPart(zip, workbookPath, "/styles"));
    const { sheets, validations } = await takeSheets(zip, parts, strings);
    const { xml: withoutNames, kept: names } = takeKeptNames(await partText(zip.file(workbookPath) as JSZip.JSZipObject));
    const externalLinks = await takeExternalLinks(zip, workbookPath, withoutNames, await ContentTypes.of(zip));
    const { xml: workbookXml, kept: chartSheets } = await takeChartSheets(zip, workbookPath, withoutNames, await ContentTypes.of(zip));
    zip.file(workbookPath, workbookXml);
    hideKeptDrawings(zip, drawings);
    const workbook = new ExcelJS.Workbook();
    useDefinedNameList(workbook);
    await workbook.xlsx.load((await zip.generateAsync({ type: "uint8array", compression: "STORE" })) as unknown as ExcelJS.Buffer);
    for (const ws of workbook.worksheets) {
      const rules = validations.get(ws.name);
      if (rules) setValidations(ws, validationsFromXml(rules));
      completeTableStyles(ws);
    }
    forgetPictures(workbook, drawings);
    keepWorkbookThemeOnly(workbook, await workbookThemeName(zip, workbookPath));
    return ok({ workbook, parts: { sheets, drawings, styles, strings, unkept, names, chartSheets, externalLinks } });
  } catch {
    return fail({ key: "xlsx.open.corrupt", params: { file } });
  }
}
