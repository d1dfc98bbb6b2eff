/**
 * What exceljs 4.4 drops when it reads a file: a sheet's drawing with its charts (and the
 * chart's style, colour and embedded-data parts), shapes and text boxes. exceljs keeps only the
 * pictures of a drawing and writes them back in a drawing of its own, so the host takes the
 * whole drawing graph from the opened package instead and puts it back on save (see
 * sheet-drawings.ts); the pictures go with it and are taken out of exceljs's model on open.
 */
import type JSZip from "jszip";
import type { ContentTypes } from "./content-types";
import { attributeValues, drawingAnchors, removeAnchors } from "./drawing-anchors";
import { renameSheetInFormula } from "./formula-sheet-rename";
import { decodeXml, encodeXml, relationships, relsPathOf, resolveTarget } from "./package-xml";
import { reachable, readPartGraph, type PackagePart, type PartGraph } from "./part-graph";

/** A sheet's drawing part (the root) and every part it reaches. */
export type KeptDrawing = PartGraph;

const DRAWING_REL = "/relationships/drawing";

/** Per sheet name: the drawing its worksheet part links to. */
export async function readKeptDrawings(zip: JSZip, sheetParts: Map<string, string>, types: ContentTypes): Promise<Map<string, KeptDrawing>> {
  const result = new Map<string, KeptDrawing>();
  for (const [sheet, part] of sheetParts) {
    const relsFile = zip.file(relsPathOf(part));
    if (!relsFile) continue;
    const rel = relationships(await relsFile.async("string")).find((r) => r.type.endsWith(DRAWING_REL) && !r.external);
    if (!rel) continue;
    const graph = await readPartGraph(zip, resolveTarget(part, rel.target), types);
    if (graph) result.set(sheet, graph);
  }
  return result;
}

/** Parts that hold cell references: charts (series, categories, titles) and drawings (shapes linked to a cell). */
function holdsReferences(part: PackagePart): part is PackagePart & { data: string } {
  return typeof part.data === "string" && /chart|drawing/.test(part.contentType);
}

function renameInPart(xml: string, from: string, to: string): string {
  const rename = (text: string): string => encodeXml(renameSheetInFormula(decodeXml(text), from, to));
  return xml
    .replace(/<((?:\w+:)?f)>([^<]*)<\/\1>/g, (_whole, tag: string, text: string) => `<${tag}>${rename(text)}</${tag}>`)
    .replace(/\btextlink="([^"]*)"/g, (_whole, text: string) => `textlink="${rename(text)}"`);
}

/** The drawing after sheet `from` was renamed `to`: its charts and linked shapes name `to`. */
export function renameSheetInDrawing(drawing: KeptDrawing, from: string, to: string): KeptDrawing {
  const parts = new Map<string, PackagePart>();
  for (const [path, part] of drawing.parts) parts.set(path, holdsReferences(part) ? { ...part, data: renameInPart(part.data, from, to) } : part);
  return { root: drawing.root, parts };
}

/**
 * The drawing without the charts named `names` (a change's chart replaces the sheet's chart of
 * the same name, as the Office.js host does), and without the parts only they used; null when
 * nothing is left on it.
 */
export function withoutCharts(drawing: KeptDrawing, names: ReadonlySet<string>): KeptDrawing | null {
  const root = drawing.parts.get(drawing.root) as PackagePart;
  if (typeof root.data !== "string") return drawing;
  const xml = removeAnchors(root.data, (anchor) => anchor.chartName !== null && names.has(anchor.chartName));
  if (drawingAnchors(xml).length === 0) return null;
  if (xml === root.data) return drawing;
  const used = attributeValues(xml);
  const relsXml =
    root.relsXml === null
      ? null
      : relationships(root.relsXml)
          .filter((r) => !used.has(r.id))
          .reduce((rels, r) => rels.replace(r.xml, ""), root.relsXml);
  const parts = new Map(drawing.parts);
  parts.set(drawing.root, { ...root, data: xml, relsXml });
  return reachable({ root: drawing.root, parts });
}
