/**
 * Links to other workbooks (ECMA-376 Part 1, 18.14): a formula "[1]Sheet1!$A$1" reads the first
 * external link part, which holds the other file's path and a copy of the values it last read.
 * exceljs drops the parts and the workbook's <externalReferences>, and every such formula would
 * show #REF!. The host keeps each link part with what it reaches, in order (the number in the
 * formulas is its position), and writes them back on save.
 */
import type JSZip from "jszip";
import type { ContentTypes } from "./content-types";
import { addRelationship, attributes, relationships, relativeTarget, relsPathOf, resolveTarget } from "./package-xml";
import { readPartGraph, type PartGraph } from "./part-graph";
import { writePartGraph } from "./write-part-graph";

export const EXTERNAL_LINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink";

/** The workbook's external link parts, in the order its formulas number them. */
export async function takeExternalLinks(zip: JSZip, workbookPath: string, workbookXml: string, types: ContentTypes): Promise<PartGraph[]> {
  const references = /<externalReferences\b[^>]*>([\s\S]*?)<\/externalReferences>/.exec(workbookXml);
  if (!references) return [];
  const rels = relationships((await zip.file(relsPathOf(workbookPath))?.async("string")) ?? "");
  const kept: PartGraph[] = [];
  for (const tag of references[1].match(/<externalReference\b[^>]*\/>/g) ?? []) {
    const rel = rels.find((r) => r.id === attributes(tag)["r:id"]);
    const graph = rel && !rel.external ? await readPartGraph(zip, resolveTarget(workbookPath, rel.target), types) : null;
    // The formulas number the links by position: without one of them the file is damaged.
    if (!graph) throw new Error(`external link part missing: ${rel?.target ?? tag}`);
    kept.push(graph);
  }
  return kept;
}

/** The workbook part exceljs wrote, with the external links written into the package and listed again. */
export async function putBackExternalLinks(zip: JSZip, workbookPath: string, workbookXml: string, kept: readonly PartGraph[], types: ContentTypes): Promise<string> {
  if (kept.length === 0) return workbookXml;
  const relsPath = relsPathOf(workbookPath);
  let relsXml = (await zip.file(relsPath)?.async("string")) as string;
  const references: string[] = [];
  for (const graph of kept) {
    const path = await writePartGraph(zip, graph, types);
    const rel = addRelationship(relsXml, EXTERNAL_LINK_REL, relativeTarget(workbookPath, path));
    relsXml = rel.xml;
    references.push(`<externalReference r:id="${rel.id}"/>`);
  }
  zip.file(relsPath, relsXml);
  // CT_Workbook: externalReferences follows sheets (and functionGroups, which exceljs does not write).
  return workbookXml.replace("</sheets>", `</sheets><externalReferences>${references.join("")}</externalReferences>`);
}
