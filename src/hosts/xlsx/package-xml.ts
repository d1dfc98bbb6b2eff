/**
 * Just enough of the .xlsx package (ECMA-376 Part 2: a zip of XML parts with relationship
 * files) to find each worksheet's part and edit what exceljs cannot write. The parts edited are
 * the ones exceljs itself wrote, in its own stable shape, so attribute-level text edits suffice.
 */
import JSZip from "jszip";

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_whole, entity: string) => {
    switch (entity) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(entity.startsWith("#x") ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    }
  });
}

/**
 * A part's text, decoded natively: JSZip's own UTF-8 decoding is JavaScript, slow on megabytes,
 * and so is its copy of a Node buffer into a Uint8Array.
 */
export async function partText(file: JSZip.JSZipObject): Promise<string> {
  return new TextDecoder().decode(await file.async(JSZip.support.nodebuffer ? "nodebuffer" : "uint8array"));
}

export function encodeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] as string);
}

/** Attributes of one start tag, values decoded. */
export function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) result[m[1]] = decodeXml(m[2]);
  return result;
}

export function elements(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<${name}\\b[^>]*?/?>`, "g")) ?? [];
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The element as written, to remove it. */
  xml: string;
}

export function relationships(relsXml: string): Relationship[] {
  return elements(relsXml, "Relationship").map((xml) => {
    const a = attributes(xml);
    return { id: a.Id, type: a.Type, target: a.Target, external: a.TargetMode === "External", xml };
  });
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels" */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target relative to the part that owns it. */
export function resolveTarget(partPath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = partPath.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/** The workbook part named by the package's root relationships, or null when there is none. */
export async function workbookPartPath(zip: JSZip): Promise<string | null> {
  const rootRels = zip.file("_rels/.rels");
  if (!rootRels) return null;
  const main = relationships(await rootRels.async("string")).find((r) => r.type.endsWith("/officeDocument"));
  if (!main) return null;
  const path = resolveTarget("", main.target);
  return zip.file(path) ? path : null;
}

/** Worksheet name → its part path, in tab order. */
export async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  const workbookPath = await workbookPartPath(zip);
  if (!workbookPath) return result;
  const workbookXml = await (zip.file(workbookPath) as JSZip.JSZipObject).async("string");
  const relsFile = zip.file(relsPathOf(workbookPath));
  const rels = relsFile ? relationships(await relsFile.async("string")) : [];
  for (const sheet of elements(workbookXml, "sheet")) {
    const a = attributes(sheet);
    const rel = rels.find((r) => r.id === a["r:id"]);
    if (rel && rel.type.endsWith("/worksheet")) result.set(a.name, resolveTarget(workbookPath, rel.target));
  }
  return result;
}

/** The relationship target that leads from `partPath` to `targetPath` (inverse of resolveTarget). */
export function relativeTarget(partPath: string, targetPath: string): string {
  const from = partPath.split("/").slice(0, -1);
  const to = targetPath.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** Adds a relationship with the first free rId; returns the new XML and the id. */
export function addRelationship(relsXml: string, type: string, target: string): { xml: string; id: string } {
  const used = new Set(relationships(relsXml).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const element = `<Relationship Id="${id}" Type="${encodeXml(type)}" Target="${encodeXml(target)}"/>`;
  // A producer may write a package's empty relationships as one self-closing element.
  const open = relsXml.replace(/<Relationships\b([^>]*?)\s*\/>/, "<Relationships$1></Relationships>");
  return { id, xml: open.replace("</Relationships>", `${element}</Relationships>`) };
}

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** The first path `pattern(n)`, n = 1, 2…, that the package does not hold yet. */
export function freePartName(zip: JSZip, pattern: (n: number) => string): { path: string; n: number } {
  let n = 1;
  while (zip.file(pattern(n)) || zip.file(relsPathOf(pattern(n)))) n++;
  return { path: pattern(n), n };
}
