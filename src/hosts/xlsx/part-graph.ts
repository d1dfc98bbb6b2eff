/**
 * A part of an .xlsx package together with every part it reaches through its relationships
 * (ECMA-376 Part 2, 9.3): a drawing, its charts, their style and colour parts, images, embedded
 * data. Held in memory so the host can put a graph exceljs cannot read back into the package
 * exceljs writes, under names that do not collide with the parts exceljs wrote.
 */
import type JSZip from "jszip";
import type { ContentTypes } from "./content-types";
import { relationships, relsPathOf, resolveTarget } from "./package-xml";

export interface PackagePart {
  /** Path in the package it was read from, without a leading slash. */
  path: string;
  contentType: string;
  /** XML parts as text (the host edits some of them), any other part as bytes. */
  data: string | Uint8Array;
  /** The part's relationships part, or null when it has none. */
  relsXml: string | null;
}

/** Parts by path; the root first. */
export interface PartGraph {
  root: string;
  parts: Map<string, PackagePart>;
}

/** Content types of XML parts end in "xml" ("application/xml", "…+xml"). */
export function isXmlType(contentType: string): boolean {
  return /[/+]xml$/.test(contentType);
}

/** Internal relationship targets of a part, resolved to package paths. */
export function internalTargets(part: Pick<PackagePart, "path" | "relsXml">): string[] {
  if (part.relsXml === null) return [];
  return relationships(part.relsXml)
    .filter((r) => !r.external)
    .map((r) => resolveTarget(part.path, r.target));
}

/** Reads `root` and every part it reaches; null when `root` is not in the package. Dangling targets are skipped. */
export async function readPartGraph(zip: JSZip, root: string, types: ContentTypes): Promise<PartGraph | null> {
  const parts = new Map<string, PackagePart>();
  const queue = [root];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    const file = zip.file(path);
    if (parts.has(path) || !file) continue;
    const contentType = types.typeOf(path) ?? "application/octet-stream";
    const data = isXmlType(contentType) ? await file.async("string") : await file.async("uint8array");
    const relsFile = zip.file(relsPathOf(path));
    const part: PackagePart = { path, contentType, data, relsXml: relsFile ? await relsFile.async("string") : null };
    parts.set(path, part);
    queue.push(...internalTargets(part));
  }
  return parts.has(root) ? { root, parts } : null;
}

/** The graph without the parts `root` no longer reaches. */
export function reachable(graph: PartGraph): PartGraph {
  const parts = new Map<string, PackagePart>();
  const queue = [graph.root];
  while (queue.length > 0) {
    const part = graph.parts.get(queue.shift() as string);
    if (!part || parts.has(part.path)) continue;
    parts.set(part.path, part);
    queue.push(...internalTargets(part));
  }
  return { root: graph.root, parts };
}
