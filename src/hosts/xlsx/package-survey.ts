/**
 * What a file is before it is opened as a workbook, and what in a workbook the host cannot
 * write back. A file that is not an .xlsx package (a 0-byte file, an Excel 97 .xls or an
 * encrypted workbook, both in a CFB container, an OpenDocument .ods) is named for what it is;
 * a part exceljs 4.4 drops and the host does not keep (a dialog sheet, a pivot table, macros)
 * is named so that saving can refuse before anything is written.
 */
import type JSZip from "jszip";
import type { Problem } from "../../domain/result";
import type { MessageKey } from "../../i18n/messages";
import type { ContentTypes } from "./content-types";
import { attributes, elements, encodeXml, freePartName, relationships, relativeTarget, relsPathOf, resolveTarget } from "./package-xml";

/** The first bytes of a Compound File Binary container ([MS-CFB] 2.2): .xls, .doc, and encrypted OOXML. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(data: Uint8Array, bytes: readonly number[]): boolean {
  return data.length >= bytes.length && bytes.every((b, i) => data[i] === b);
}

/** Whether a UTF-16LE stream name (as CFB directory entries hold them) occurs in the data. */
function holdsStreamName(data: Uint8Array, name: string): boolean {
  const needle = [...name].flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= data.length; i++) {
    for (let j = 0; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The message key for bytes that are not a zip package, by what they are; null for a zip.
 * An encrypted OOXML workbook ([MS-OFFCRYPTO] 2.3.4) holds the streams "EncryptionInfo" and
 * "EncryptedPackage"; an Excel 97–2003 workbook ([MS-XLS] 2.1.2) the stream "Workbook" ("Book"
 * in Excel 5).
 */
export function notZipKey(data: Uint8Array): MessageKey | null {
  if (data.length === 0) return "xlsx.open.empty";
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return null;
  if (!startsWith(data, CFB_SIGNATURE)) return "xlsx.open.notXlsx";
  if (holdsStreamName(data, "EncryptedPackage")) return "xlsx.open.encrypted";
  if (holdsStreamName(data, "Workbook") || holdsStreamName(data, "Book")) return "xlsx.open.xls";
  return "xlsx.open.notXlsx";
}

/** OpenDocument packages name their type in a first, stored "mimetype" part (ODF 1.2 Part 3, 3.3). */
export async function openDocumentKey(zip: JSZip): Promise<MessageKey | null> {
  const mimetype = zip.file("mimetype");
  if (!mimetype) return null;
  return (await mimetype.async("string")).includes("opendocument.spreadsheet") ? "xlsx.open.ods" : null;
}

/** The workbook's <sheet> entries with the part each links to (null when its relationship is missing). */
async function sheetEntries(zip: JSZip, workbookPath: string): Promise<{ name: string; type: string; part: string | null; relId: string }[]> {
  const workbookXml = await (zip.file(workbookPath) as JSZip.JSZipObject).async("string");
  const relsXml = (await zip.file(relsPathOf(workbookPath))?.async("string")) ?? "";
  const rels = relationships(relsXml);
  return elements(workbookXml, "sheet").map((tag) => {
    const a = attributes(tag);
    const rel = rels.find((r) => r.id === a["r:id"]);
    return { name: a.name ?? "", type: rel?.type ?? "", part: rel && !rel.external ? resolveTarget(workbookPath, rel.target) : null, relId: a["r:id"] ?? "" };
  });
}

/** exceljs reads a worksheet only from a part named "xl/worksheets/sheet<n>.xml". */
const EXCELJS_SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

/**
 * Moves each worksheet part exceljs would not read (Apple Numbers writes "worksheets/sheet.xml")
 * to the next free "xl/worksheets/sheet<n>.xml", with its relationships and content type; a
 * worksheet whose part is missing is a damaged file, named.
 */
export async function normalizeSheetParts(zip: JSZip, workbookPath: string, types: ContentTypes): Promise<Problem | null> {
  const relsPath = relsPathOf(workbookPath);
  let relsXml = (await zip.file(relsPath)?.async("string")) ?? "";
  for (const entry of await sheetEntries(zip, workbookPath)) {
    if (!entry.type.endsWith("/worksheet")) continue;
    if (entry.part === null || !zip.file(entry.part)) return { key: "xlsx.open.missingSheet", params: { sheet: entry.name, part: entry.part ?? entry.relId } };
    if (EXCELJS_SHEET_PART.test(entry.part)) continue;
    const to = freePartName(zip, (n) => `xl/worksheets/sheet${n}.xml`).path;
    await movePart(zip, entry.part, to, types);
    const rel = relationships(relsXml).find((r) => r.id === entry.relId) as { xml: string };
    relsXml = relsXml.replace(rel.xml, rel.xml.replace(/\bTarget="[^"]*"/, `Target="${encodeXml(relativeTarget(workbookPath, to))}"`));
    zip.file(relsPath, relsXml);
  }
  types.write(zip);
  return null;
}

/** Moves a part, with its relationships part (relative targets rewritten for the new place) and its content type. */
async function movePart(zip: JSZip, from: string, to: string, types: ContentTypes): Promise<void> {
  const type = types.typeOf(from);
  zip.file(to, await (zip.file(from) as JSZip.JSZipObject).async("uint8array"));
  zip.remove(from);
  const partRels = zip.file(relsPathOf(from));
  if (partRels) {
    zip.remove(relsPathOf(from));
    zip.file(relsPathOf(to), withRelativeTargets(await partRels.async("string"), from, to));
  }
  if (type) {
    types.forget(from);
    types.declare(to, type);
  }
}

/** Relationships of the part `from`, for the part at `to`: every internal target relative to `to` (absolute ones too). */
function withRelativeTargets(relsXml: string, from: string, to: string, moved: ReadonlyMap<string, string> = new Map()): string {
  let xml = relsXml;
  for (const rel of relationships(relsXml).filter((r) => !r.external)) {
    const target = resolveTarget(from, rel.target);
    xml = xml.replace(rel.xml, rel.xml.replace(/\bTarget="[^"]*"/, `Target="${encodeXml(relativeTarget(to, moved.get(target) ?? target))}"`));
  }
  return xml;
}

/**
 * The parts of a worksheet that exceljs reads by name, and where it looks for them: it finds
 * comments, their VML shapes and tables only under these names, and only through targets
 * relative to the worksheet ("../comments1.xml"). openpyxl writes "/xl/comments/comment1.xml".
 */
const EXCELJS_SHEET_LINKS: { type: string; name: RegExp; free: (n: number) => string }[] = [
  { type: "/comments", name: /^xl\/comments\d+\.xml$/, free: (n) => `xl/comments${n}.xml` },
  { type: "/vmlDrawing", name: /^xl\/drawings\/vmlDrawing\d+\.vml$/, free: (n) => `xl/drawings/vmlDrawing${n}.vml` },
  { type: "/table", name: /^xl\/tables\/table\d+\.xml$/, free: (n) => `xl/tables/table${n}.xml` },
  { type: "/drawing", name: /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/, free: (n) => `xl/drawings/drawing${n}.xml` },
];

/** Moves what each worksheet links to under the names exceljs reads, and makes the worksheets' targets relative. */
export async function normalizeSheetLinks(zip: JSZip, sheetParts: Map<string, string>, types: ContentTypes): Promise<void> {
  for (const part of sheetParts.values()) {
    const relsFile = zip.file(relsPathOf(part));
    if (!relsFile) continue;
    const relsXml = await relsFile.async("string");
    const moved = new Map<string, string>();
    for (const rel of relationships(relsXml).filter((r) => !r.external)) {
      const link = EXCELJS_SHEET_LINKS.find((l) => rel.type.endsWith(l.type));
      const target = resolveTarget(part, rel.target);
      if (!link || link.name.test(target) || !zip.file(target)) continue;
      const to = freePartName(zip, link.free).path;
      await movePart(zip, target, to, types);
      moved.set(target, to);
    }
    const rewritten = withRelativeTargets(relsXml, part, part, moved);
    if (rewritten !== relsXml) zip.file(relsPathOf(part), rewritten);
    for (const rel of relationships(rewritten).filter((r) => !r.external && r.type.endsWith("/comments"))) {
      const file = zip.file(resolveTarget(part, rel.target));
      if (file) zip.file(file.name, withRunsInComments(await file.async("string")));
    }
  }
  types.write(zip);
}

/**
 * A comment's text as runs: exceljs reads a comment's text only from <r> runs and drops one
 * written as a plain <t> (ECMA-376 allows both; xlsxwriter and others write <t>).
 */
export function withRunsInComments(xml: string): string {
  return xml.replace(/<text>\s*(<t\b[^>]*>[\s\S]*?<\/t>|<t\/>)\s*<\/text>/g, "<text><r>$1</r></text>");
}

/**
 * Objects on a worksheet that exceljs drops with their parts: form controls, embedded (OLE)
 * objects and packages, slicers and timelines.
 */
const UNKEPT_SHEET_OBJECTS = ["/ctrlProp", "/oleObject", "/package", "/slicer", "/timeline"];

/**
 * What the workbook holds that exceljs drops and the host does not put back: each a problem
 * (without the file, which saving adds) that stops a save. Reading such a file is fine.
 */
export async function unkeptContent(zip: JSZip, workbookPath: string, sheetParts: Map<string, string>): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const entry of await sheetEntries(zip, workbookPath)) {
    // Chart sheets are kept (kept-chart-sheets.ts).
    if (!entry.type.endsWith("/worksheet") && !entry.type.endsWith("/chartsheet")) problems.push({ key: "xlsx.keep.otherSheet", params: { sheet: entry.name } });
  }
  for (const [sheet, part] of sheetParts) {
    const rels = zip.file(relsPathOf(part));
    const types = rels ? relationships(await rels.async("string")).map((r) => r.type) : [];
    if (types.some((t) => t.endsWith("/pivotTable"))) problems.push({ key: "xlsx.keep.pivotTable", params: { sheet } });
    const objects = types.filter((t) => UNKEPT_SHEET_OBJECTS.some((kind) => t.endsWith(kind)));
    if (objects.length > 0) problems.push({ key: "xlsx.keep.sheetObjects", params: { sheet } });
  }
  const workbookRels = relationships((await zip.file(relsPathOf(workbookPath))?.async("string")) ?? "");
  if (workbookRels.some((r) => r.type.endsWith("/vbaProject"))) problems.push({ key: "xlsx.keep.macros", params: {} });
  return problems;
}

const SPREADSHEETML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * A SpreadsheetML part whose elements carry a prefix ("<x:worksheet xmlns:x=…>", as Tencent
 * Office and the .NET Open XML SDK may write) in the default namespace instead: the same XML to
 * any reader, and the only form exceljs and the host's own parsers read.
 */
export function withoutSpreadsheetPrefix(xml: string): string {
  const root = /^(?:\s*<\?xml[^>]*\?>)?\s*<([\w.-]+):[\w.-]+\b[^>]*>/.exec(xml);
  if (!root) return xml;
  const prefix = root[1];
  if (!root[0].includes(`xmlns:${prefix}="${SPREADSHEETML}"`) || /\sxmlns="/.test(root[0])) return xml;
  return xml
    .replace(new RegExp(`<(/?)${prefix}:`, "g"), "<$1")
    .replace(`xmlns:${prefix}="${SPREADSHEETML}"`, `xmlns="${SPREADSHEETML}"`);
}

/**
 * Every SpreadsheetML part of the package in the default namespace (withoutSpreadsheetPrefix).
 * A writer that prefixes does so in its workbook part too; other packages are left unread.
 */
export async function unprefixSpreadsheetParts(zip: JSZip, workbookPath: string): Promise<void> {
  const workbook = await (zip.file(workbookPath) as JSZip.JSZipObject).async("string");
  if (withoutSpreadsheetPrefix(workbook) === workbook) return;
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/^xl\/.*\.xml$/.test(file.name) || /^xl\/(?:drawings|charts|theme|media)\//.test(file.name)) continue;
    const xml = await file.async("string");
    const plain = withoutSpreadsheetPrefix(xml);
    if (plain !== xml) zip.file(file.name, plain);
  }
}

/**
 * Strict Open XML (ISO/IEC 29500 Strict, Excel's "Strict Open XML Spreadsheet") names its
 * parts' namespaces under purl.oclc.org; exceljs reads only the transitional ones.
 */
export function isStrictOpenXml(workbookXml: string): boolean {
  return workbookXml.includes("http://purl.oclc.org/ooxml/spreadsheetml/main");
}
