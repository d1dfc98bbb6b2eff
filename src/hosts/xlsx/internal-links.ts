/**
 * Links to a cell of another sheet. In the file format such a link is a `<hyperlink>` with a
 * `location` attribute and no relationship (ECMA-376 Part 1, 18.3.1.47). exceljs 4.4 knows only
 * external links: it writes every link with an external relationship, and on reading it drops
 * links that have none. So the host carries internal links in exceljs as "#'Kế hoạch'!A1"
 * targets, turns them into proper locations in the saved package, and turns them back when it
 * opens a file.
 */
import type JSZip from "jszip";
import type { Workbook } from "exceljs";
import { attributes, elements, encodeXml, relationships, relsPathOf } from "./package-xml";
import { readValue } from "./cell-values";

const HYPERLINK_TYPE = "/relationships/hyperlink";

/** Rewrites the internal links of one worksheet part; returns null when it has none. */
export function fixInternalLinks(sheetXml: string, relsXml: string): { sheetXml: string; relsXml: string } | null {
  const internal = relationships(relsXml).filter((r) => r.type.endsWith(HYPERLINK_TYPE) && r.target.startsWith("#"));
  if (internal.length === 0) return null;
  const byId = new Map(internal.map((r) => [r.id, r]));
  const fixedSheet = sheetXml.replace(/<hyperlink\b[^>]*?\/>/g, (tag) => {
    const a = attributes(tag);
    const rel = byId.get(a["r:id"]);
    if (!rel) return tag;
    const tooltip = a.tooltip !== undefined ? ` tooltip="${encodeXml(a.tooltip)}"` : "";
    return `<hyperlink ref="${encodeXml(a.ref)}" location="${encodeXml(rel.target.slice(1))}"${tooltip}/>`;
  });
  let fixedRels = relsXml;
  for (const rel of internal) fixedRels = fixedRels.replace(rel.xml, "");
  return { sheetXml: fixedSheet, relsXml: fixedRels };
}

export async function fixInternalLinksInPackage(zip: JSZip, sheetParts: Iterable<string>): Promise<void> {
  for (const part of sheetParts) {
    const relsFile = zip.file(relsPathOf(part));
    const sheetFile = zip.file(part);
    if (!relsFile || !sheetFile) continue;
    const relsXml = await relsFile.async("string");
    if (!relsXml.includes('Target="#')) continue;
    const fixed = fixInternalLinks(await sheetFile.async("string"), relsXml);
    if (!fixed) continue;
    zip.file(part, fixed.sheetXml);
    zip.file(relsPathOf(part), fixed.relsXml);
  }
}

export interface InternalLink {
  sheet: string;
  ref: string;
  location: string;
  tooltip?: string;
}

/** Internal links of an opened package: those exceljs will have dropped. */
export async function readInternalLinks(zip: JSZip, sheetParts: Map<string, string>): Promise<InternalLink[]> {
  const links: InternalLink[] = [];
  for (const [sheet, part] of sheetParts) {
    const file = zip.file(part);
    if (!file) continue;
    const xml = await file.async("string");
    const start = xml.indexOf("<hyperlinks");
    if (start < 0) continue;
    for (const tag of elements(xml.slice(start, xml.indexOf("</hyperlinks>", start)), "hyperlink")) {
      const a = attributes(tag);
      if (a.location === undefined || a["r:id"] !== undefined || !a.ref) continue;
      links.push({ sheet, ref: a.ref, location: a.location, ...(a.tooltip !== undefined ? { tooltip: a.tooltip } : {}) });
    }
  }
  return links;
}

/** Puts the links exceljs dropped back on their cells, keeping the cells' text. */
export function restoreInternalLinks(workbook: Workbook, links: InternalLink[]): void {
  for (const link of links) {
    const ws = workbook.getWorksheet(link.sheet);
    if (!ws) continue;
    const cell = ws.getCell(link.ref.split(":")[0]);
    const text = readValue(cell);
    cell.value = {
      text: text === null ? "" : String(text),
      hyperlink: `#${link.location}`,
      ...(link.tooltip !== undefined ? { tooltip: link.tooltip } : {}),
    };
  }
}
