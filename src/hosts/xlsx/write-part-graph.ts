/**
 * Writes a kept part graph into a package: each part under its own name when that is free,
 * else under the next free number ("chart1.xml" → "chart3.xml"), with the relationships
 * rewritten to the new names and each part's content type declared. A part exceljs wrote back
 * under the same name with the same content is shared, not duplicated.
 */
import type JSZip from "jszip";
import type { ContentTypes } from "./content-types";
import type { PackagePart, PartGraph } from "./part-graph";
import { encodeXml, freePartName, relationships, relativeTarget, relsPathOf, resolveTarget } from "./package-xml";

function numberedPattern(path: string): (n: number) => string {
  const m = /^(.*\/)?([^/]*?)\d*(\.[^./]*)?$/.exec(path) as RegExpExecArray;
  return (n) => `${m[1] ?? ""}${m[2]}${n}${m[3] ?? ""}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * exceljs writes back, under their own names, the images it read and any part its theme pattern
 * matches (a chart's "xl/theme/themeOverride1.xml"): the same part, to be shared, not copied.
 */
async function isSharedCopy(zip: JSZip, part: PackagePart): Promise<boolean> {
  const existing = zip.file(part.path);
  if (!existing) return false;
  if (typeof part.data === "string") return part.data === (await existing.async("string"));
  return sameBytes(part.data, await existing.async("uint8array"));
}

function rewriteRels(relsXml: string, from: PackagePart, to: string, names: Map<string, string>): string {
  let xml = relsXml;
  for (const rel of relationships(relsXml)) {
    if (rel.external) continue;
    const target = names.get(resolveTarget(from.path, rel.target));
    if (target === undefined) continue;
    xml = xml.replace(rel.xml, rel.xml.replace(/\bTarget="[^"]*"/, `Target="${encodeXml(relativeTarget(to, target))}"`));
  }
  return xml;
}

/** Writes `graph` into `zip`; returns the path its root was written to. */
export async function writePartGraph(zip: JSZip, graph: PartGraph, types: ContentTypes): Promise<string> {
  const names = new Map<string, string>();
  const shared = new Set<string>();
  for (const part of graph.parts.values()) {
    if (await isSharedCopy(zip, part)) {
      names.set(part.path, part.path);
      shared.add(part.path);
      continue;
    }
    const taken = zip.file(part.path) !== null || zip.file(relsPathOf(part.path)) !== null;
    const path = taken ? freePartName(zip, numberedPattern(part.path)).path : part.path;
    names.set(part.path, path);
    // Claim the name now so the next part of this graph cannot take it.
    zip.file(path, part.data);
  }
  for (const part of graph.parts.values()) {
    const path = names.get(part.path) as string;
    types.declare(path, part.contentType);
    if (shared.has(part.path)) continue;
    if (part.relsXml !== null) zip.file(relsPathOf(path), rewriteRels(part.relsXml, part, path, names));
  }
  return names.get(graph.root) as string;
}
