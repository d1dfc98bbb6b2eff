/**
 * Chart sheets (ECMA-376 Part 1, 18.3.1.12): exceljs reads worksheets only, so a chart sheet
 * would vanish from a file the host writes. The host takes each one out of the workbook part
 * before exceljs reads it — its <sheet> entry, with the sheet indices that follow it renumbered
 * (defined names' localSheetId, the active tab) — and keeps the chart sheet part with every part
 * it reaches. On save each goes back after the sheet it followed, with the indices that follow
 * it renumbered again.
 */
import type JSZip from "jszip";
import type { ContentTypes } from "./content-types";
import { renameSheetInDrawing } from "./kept-drawing";
import { addRelationship, attributes, encodeXml, relationships, relativeTarget, relsPathOf, resolveTarget } from "./package-xml";
import { readPartGraph, type PartGraph } from "./part-graph";
import { writePartGraph } from "./write-part-graph";

export interface KeptChartSheet {
  name: string;
  /** "hidden" or "veryHidden", or null when visible. */
  state: string | null;
  /** The name of the sheet it followed in the file, or null when it was first. */
  after: string | null;
  /** The chart sheet part, its drawing and charts. */
  graph: PartGraph;
}

export const CHARTSHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet";

const SHEET = /<sheet\b[^>]*?\/>/g;

/**
 * The workbook part with the sheet at `index` gone (by -1) or added (by 1): the indices of the
 * sheets after it — defined names' localSheetId, the view's active and first tab — move by one.
 */
function shiftIndices(xml: string, index: number, by: 1 | -1): string {
  // The tab strip's first tab stays where it was when a sheet comes in just before it.
  const moves = (id: number, attribute: string): boolean => (by > 0 && attribute !== "firstSheet" ? id >= index : id > index);
  const shift = (attribute: string) => (tag: string) =>
    tag.replace(new RegExp(`(\\s${attribute}=")(\\d+)"`), (whole, head: string, id: string) => (moves(Number(id), attribute) ? `${head}${Number(id) + by}"` : whole));
  return xml
    .replace(/<definedName\b[^>]*>/g, shift("localSheetId"))
    .replace(/<workbookView\b[^>]*>/g, (tag) => shift("firstSheet")(shift("activeTab")(tag)));
}

/** The workbook part without its chart sheets, and the chart sheets with their parts. */
export async function takeChartSheets(zip: JSZip, workbookPath: string, workbookXml: string, types: ContentTypes): Promise<{ xml: string; kept: KeptChartSheet[] }> {
  const rels = relationships((await zip.file(relsPathOf(workbookPath))?.async("string")) ?? "");
  const entries = workbookXml.match(SHEET) ?? [];
  const kept: KeptChartSheet[] = [];
  let xml = workbookXml;
  let removed = 0;
  entries.forEach((entry, index) => {
    const a = attributes(entry);
    const rel = rels.find((r) => r.id === a["r:id"]);
    if (!rel || !rel.type.endsWith("/chartsheet") || rel.external) return;
    kept.push({ name: a.name ?? "", state: a.state && a.state !== "visible" ? a.state : null, after: index > 0 ? (attributes(entries[index - 1]).name ?? null) : null, graph: { root: resolveTarget(workbookPath, rel.target), parts: new Map() } });
    // A name scoped to the chart sheet itself (its print setup) has no sheet to go with in exceljs.
    xml = xml.replace(new RegExp(`<definedName\\b[^>]*?\\slocalSheetId="${index - removed}"[^>]*>[^<]*</definedName>`, "g"), "");
    xml = shiftIndices(xml.replace(entry, ""), index - removed, -1);
    removed++;
  });
  for (const sheet of kept) {
    const graph = await readPartGraph(zip, sheet.graph.root, types);
    if (!graph) throw new Error(`chart sheet part missing: ${sheet.graph.root}`);
    const root = graph.parts.get(graph.root)!;
    // One selected tab: the host selects the active sheet (xlsx-workbook.ts, prepareViews).
    if (typeof root.data === "string") graph.parts.set(graph.root, { ...root, data: root.data.replace(/\stabSelected="(?:1|true)"/g, "") });
    sheet.graph = graph;
    // exceljs need not read them, and cannot read every drawing (openpyxl's default namespace).
    for (const path of graph.parts.keys()) {
      if (/^xl\/(?:media|theme)\//.test(path)) continue;
      zip.remove(path);
      zip.remove(relsPathOf(path));
    }
  }
  return { xml, kept };
}

export function renameSheetInChartSheets(kept: readonly KeptChartSheet[], from: string, to: string): KeptChartSheet[] {
  return kept.map((sheet) => ({ ...sheet, graph: renameSheetInDrawing(sheet.graph, from, to), after: sheet.after === from ? to : sheet.after }));
}

/** Writes the chart sheets into the package and into the workbook part exceljs wrote. */
export async function putBackChartSheets(zip: JSZip, workbookPath: string, workbookXml: string, kept: readonly KeptChartSheet[], types: ContentTypes): Promise<string> {
  let xml = workbookXml;
  const relsPath = relsPathOf(workbookPath);
  let relsXml = (await zip.file(relsPath)?.async("string")) as string;
  for (const sheet of kept) {
    const path = await writePartGraph(zip, sheet.graph, types);
    const rel = addRelationship(relsXml, CHARTSHEET_REL, relativeTarget(workbookPath, path));
    relsXml = rel.xml;
    const entries = xml.match(SHEET) ?? [];
    const names = entries.map((e) => attributes(e).name ?? "");
    const after = sheet.after === null ? -1 : names.indexOf(sheet.after);
    const index = after >= 0 || sheet.after === null ? after + 1 : entries.length;
    const sheetId = Math.max(0, ...entries.map((e) => Number(attributes(e).sheetId) || 0)) + 1;
    const state = sheet.state ? ` state="${sheet.state}"` : "";
    const element = `<sheet name="${encodeXml(sheet.name)}" sheetId="${sheetId}"${state} r:id="${rel.id}"/>`;
    xml = shiftIndices(xml, index, 1);
    xml = index < entries.length ? xml.replace(entries[index], `${element}${entries[index]}`) : xml.replace("</sheets>", `${element}</sheets>`);
  }
  zip.file(relsPath, relsXml);
  return xml;
}
