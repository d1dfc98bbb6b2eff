/**
 * Checks an .xlsx package the way a strict reader would (ECMA-376 Part 2): every part has a
 * content type, every Override names a part, every relationship id is unique and every internal
 * target exists, every XML part is well-formed (xmllint), and every r:… attribute of a part
 * names one of its relationships. Also reads back what sits on a sheet's drawing.
 */
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";

const run = promisify(execFile);
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const tags = (xml: string, name: string): string[] => xml.match(new RegExp(`<${name}\\b[^>]*>`, "g")) ?? [];
const relsOf = (part: string): string => part.replace(/([^/]*)$/, "_rels/$1.rels");
const ownerOf = (rels: string): string => rels.replace(/_rels\/([^/]*)\.rels$/, "$1");
const unescape = (t: string): string => t.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

function resolve(owner: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = owner.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

async function rels(zip: JSZip, part: string): Promise<Rel[]> {
  const file = zip.file(relsOf(part));
  if (!file) return [];
  return tags(await file.async("string"), "Relationship").map((t) => ({
    id: attr(t, "Id") as string,
    type: attr(t, "Type") as string,
    target: unescape(attr(t, "Target") as string),
    external: attr(t, "TargetMode") === "External",
  }));
}

async function wellFormednessProblems(zip: JSZip, xmlParts: string[]): Promise<string[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "xlsx-parts-"));
  try {
    const files = await Promise.all(
      xmlParts.map(async (part, i) => {
        const file = path.join(dir, `${i}.xml`);
        await fs.writeFile(file, await zip.file(part)!.async("nodebuffer"));
        return file;
      }),
    );
    await run("xmllint", ["--noout", ...files]);
    return [];
  } catch (error) {
    let report = (error as { stderr?: string }).stderr ?? String(error);
    xmlParts.forEach((part, i) => (report = report.split(path.join(dir, `${i}.xml`)).join(part)));
    return [`not well-formed: ${report}`];
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export async function packageProblems(xlsx: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const problems: string[] = [];
  const files = Object.keys(zip.files).filter((f) => !zip.files[f].dir);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  const defaults = new Map(tags(types, "Default").map((t) => [(attr(t, "Extension") as string).toLowerCase(), attr(t, "ContentType") as string]));
  const overrides = new Map(tags(types, "Override").map((t) => [(attr(t, "PartName") as string).slice(1).toLowerCase(), attr(t, "ContentType") as string]));
  const typeOf = (part: string): string | undefined => overrides.get(part.toLowerCase()) ?? defaults.get(part.slice(part.lastIndexOf(".") + 1).toLowerCase());

  for (const name of overrides.keys()) if (!files.some((f) => f.toLowerCase() === name)) problems.push(`Override names a missing part: ${name}`);
  for (const part of files) if (part !== "[Content_Types].xml" && !typeOf(part)) problems.push(`part without a content type: ${part}`);

  for (const relsPath of files.filter((f) => f.endsWith(".rels"))) {
    const owner = ownerOf(relsPath);
    const list = await rels(zip, owner);
    const ids = list.map((r) => r.id);
    if (new Set(ids).size !== ids.length) problems.push(`duplicate relationship ids in ${relsPath}`);
    for (const rel of list) if (!rel.external && !zip.file(resolve(owner, rel.target))) problems.push(`${relsPath}: ${rel.id} targets a missing part ${rel.target}`);
    const ownerFile = zip.file(owner);
    if (!ownerFile || !owner.endsWith(".xml")) continue;
    const xml = await ownerFile.async("string");
    const prefixes = [...xml.matchAll(/xmlns:(\w+)="([^"]*)"/g)].filter((m) => m[2] === REL_NS).map((m) => m[1]);
    for (const prefix of new Set(prefixes)) {
      for (const m of xml.matchAll(new RegExp(`\\s${prefix}:\\w+="([^"]*)"`, "g"))) if (!ids.includes(m[1])) problems.push(`${owner}: ${prefix}:… names no relationship: ${m[1]}`);
    }
  }
  for (const part of files.filter((f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f))) {
    if (tags(await zip.file(part)!.async("string"), "drawing").length > 1) problems.push(`${part} has more than one <drawing>`);
  }
  const xmlParts = files.filter((f) => /\.(xml|rels)$/.test(f) || /xml$/.test(typeOf(f) ?? ""));
  problems.push(...(await wellFormednessProblems(zip, xmlParts)));
  return problems;
}

export interface SheetDrawingParts {
  drawing: string;
  /** Chart parts' XML, in the drawing's order of relationships. */
  charts: string[];
  /** Paths of the parts the drawing and its charts reach (styles, colours, media). */
  reached: string[];
}

async function worksheetPart(zip: JSZip, sheet: string): Promise<string | null> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const escaped = sheet.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const tag = tags(workbook, "sheet").find((t) => attr(t, "name") === escaped);
  if (!tag) return null;
  const rel = (await rels(zip, "xl/workbook.xml")).find((r) => r.id === attr(tag, "r:id"));
  return rel ? resolve("xl/workbook.xml", rel.target) : null;
}

/** What sits on `sheet`'s drawing; null when the sheet has none (or does not exist). */
export async function sheetDrawing(xlsx: Buffer, sheet: string): Promise<SheetDrawingParts | null> {
  const zip = await JSZip.loadAsync(xlsx);
  const part = await worksheetPart(zip, sheet);
  if (!part) return null;
  const drawingRel = (await rels(zip, part)).find((r) => r.type.endsWith("/drawing"));
  if (!drawingRel) return null;
  const drawingPath = resolve(part, drawingRel.target);
  const reached: string[] = [];
  const charts: string[] = [];
  for (const rel of await rels(zip, drawingPath)) {
    const target = resolve(drawingPath, rel.target);
    reached.push(target);
    if (!rel.type.endsWith("/chart")) continue;
    charts.push(await zip.file(target)!.async("string"));
    for (const chartRel of await rels(zip, target)) reached.push(resolve(target, chartRel.target));
  }
  return { drawing: await zip.file(drawingPath)!.async("string"), charts, reached };
}

/** Chart titles of a drawing's charts (the first <a:t> of each). */
export function chartTitles(drawing: SheetDrawingParts | null): string[] {
  return (drawing?.charts ?? []).map((xml) => unescape(/<a:t>([^<]*)<\/a:t>/.exec(xml)?.[1] ?? ""));
}

/** The series formulas (<c:f>) of a chart part. */
export function chartFormulas(chartXml: string): string[] {
  return [...chartXml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => unescape(m[1]));
}

/** The cells text boxes of a drawing show (their textlink formulas). */
export function textLinks(drawing: SheetDrawingParts | null): string[] {
  return [...(drawing?.drawing ?? "").matchAll(/\stextlink="([^"]*)"/g)].map((m) => unescape(m[1]));
}
