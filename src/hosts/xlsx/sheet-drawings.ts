/**
 * Puts drawings into the package exceljs wrote: per sheet, the drawing kept from the opened
 * file (charts, pictures, shapes) and the charts the changes wrote, in one drawing part, since a
 * worksheet has at most one <drawing> (ECMA-376 Part 1, 18.3.1.36). Every part added is declared
 * in [Content_Types].xml and reached by a relationship (Part 2, 10.1.2.2 and 9.3).
 */
import type JSZip from "jszip";
import type { ChartSpec } from "../../layout/sheet-spec";
import { chartAnchorXml, chartPartXml, EMPTY_DRAWING_XML } from "./chart-xml";
import { ContentTypes } from "./content-types";
import { appendAnchors, largestShapeId } from "./drawing-anchors";
import type { KeptDrawing } from "./kept-drawing";
import { addRelationship, EMPTY_RELS, freePartName, relationships, relativeTarget, relsPathOf, resolveTarget } from "./package-xml";
import { writePartGraph } from "./write-part-graph";

export interface SheetDrawing {
  /** The sheet's name now (the charts' ranges are on it). */
  sheet: string;
  /** The worksheet part, e.g. "xl/worksheets/sheet3.xml". */
  part: string;
  kept: KeptDrawing | null;
  charts: ChartSpec[];
}

const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** Elements that follow <drawing> in a worksheet (CT_Worksheet's sequence). */
const AFTER_DRAWING = ["<legacyDrawing", "<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>"];

function insertDrawing(sheetXml: string, relId: string): string {
  // exceljs writes a <drawing> only for pictures, which the host takes out of its model on open.
  if (/<drawing\b/.test(sheetXml)) throw new Error("the worksheet already has a drawing");
  const positions = AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0);
  const at = Math.min(...positions);
  return `${sheetXml.slice(0, at)}<drawing r:id="${relId}"/>${sheetXml.slice(at)}`;
}

async function text(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

/** Adds `charts` to the drawing at `path` (its parts, relationships and anchors). */
async function addCharts(zip: JSZip, path: string, sheet: string, charts: ChartSpec[], types: ContentTypes): Promise<void> {
  const drawingXml = (await text(zip, path)) ?? EMPTY_DRAWING_XML;
  let relsXml = (await text(zip, relsPathOf(path))) ?? EMPTY_RELS;
  let shapeId = largestShapeId(drawingXml);
  const anchors: string[] = [];
  for (const chart of charts) {
    const chartPath = freePartName(zip, (n) => `xl/charts/chart${n}.xml`).path;
    zip.file(chartPath, chartPartXml(sheet, chart));
    types.declare(chartPath, CHART_TYPE);
    const added = addRelationship(relsXml, `${REL_TYPE}/chart`, relativeTarget(path, chartPath));
    relsXml = added.xml;
    anchors.push(chartAnchorXml(chart, added.id, ++shapeId));
  }
  zip.file(path, appendAnchors(drawingXml, anchors.join("")));
  zip.file(relsPathOf(path), relsXml);
  types.declare(path, DRAWING_TYPE);
}

async function linkDrawing(zip: JSZip, sheetPart: string, drawingPath: string): Promise<void> {
  const added = addRelationship((await text(zip, relsPathOf(sheetPart))) ?? EMPTY_RELS, `${REL_TYPE}/drawing`, relativeTarget(sheetPart, drawingPath));
  zip.file(relsPathOf(sheetPart), added.xml);
  zip.file(sheetPart, insertDrawing((await text(zip, sheetPart)) as string, added.id));
}

/**
 * exceljs writes back every image of the opened file, also those only a dropped drawing used
 * (a deleted sheet's picture): a part nothing refers to is removed.
 */
async function removeUnusedMedia(zip: JSZip, types: ContentTypes): Promise<void> {
  const media = Object.keys(zip.files).filter((p) => p.startsWith("xl/media/") && !zip.files[p].dir);
  if (media.length === 0) return;
  const targets = new Set<string>();
  for (const relsPath of Object.keys(zip.files).filter((p) => p.endsWith(".rels"))) {
    const owner = relsPath.replace(/_rels\/([^/]*)\.rels$/, "$1");
    for (const rel of relationships((await text(zip, relsPath)) as string)) if (!rel.external) targets.add(resolveTarget(owner, rel.target));
  }
  for (const path of media) {
    if (targets.has(path)) continue;
    zip.remove(path);
    types.forget(path);
  }
}

export async function writeSheetDrawings(zip: JSZip, sheets: SheetDrawing[]): Promise<void> {
  if (sheets.length === 0 && zip.file(/^xl\/media\//).length === 0) return;
  const types = await ContentTypes.of(zip);
  const drawings = new Map<SheetDrawing, string>();
  // Kept graphs first, so they keep their own part names where free.
  for (const sheet of sheets) if (sheet.kept) drawings.set(sheet, await writePartGraph(zip, sheet.kept, types));
  for (const sheet of sheets) {
    let path = drawings.get(sheet);
    if (sheet.charts.length > 0) {
      path ??= freePartName(zip, (n) => `xl/drawings/drawing${n}.xml`).path;
      await addCharts(zip, path, sheet.sheet, sheet.charts, types);
    }
    if (path !== undefined) await linkDrawing(zip, sheet.part, path);
  }
  await removeUnusedMedia(zip, types);
  types.write(zip);
}
