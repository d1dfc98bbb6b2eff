/**
 * What a file is before it is opened as a workbook, and what in a workbook the host cannot
 * write back. A file that is not an .xlsx package (a 0-byte file, an Excel 97 .xls or an
 * encrypted workbook, both in a CFB container, an OpenDocument .ods) is named for what it is;
 * a part exceljs 4.4 drops and the host does not keep (a chart sheet, a pivot table, a link to
 * another workbook) is named so that saving can refuse before anything is written.
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
    const type = types.typeOf(entry.part);
    zip.file(to, await (zip.file(entry.part) as JSZip.JSZipObject).async("uint8array"));
    zip.remove(entry.part);
    const partRels = zip.file(relsPathOf(entry.part));
    if (partRels) {
      // The part moves to another folder level, perhaps: its relative targets are rewritten.
      let xml = await partRels.async("string");
      for (const rel of relationships(xml).filter((r) => !r.external)) {
        xml = xml.replace(rel.xml, rel.xml.replace(/\bTarget="[^"]*"/, `Target="${encodeXml(relativeTarget(to, resolveTarget(entry.part, rel.target)))}"`));
      }
      zip.remove(relsPathOf(entry.part));
      zip.file(relsPathOf(to), xml);
    }
    if (type) {
      types.forget(entry.part);
      types.declare(to, type);
    }
    const rel = relationships(relsXml).find((r) => r.id === entry.relId) as { xml: string };
    relsXml = relsXml.replace(rel.xml, rel.xml.replace(/\bTarget="[^"]*"/, `Target="${encodeXml(relativeTarget(workbookPath, to))}"`));
    zip.file(relsPath, relsXml);
  }
  types.write(zip);
  return null;
}

/**
 * What the workbook holds that exceljs drops and the host does not put back: each a problem
 * (without the file, which saving adds) that stops a save. Reading such a file is fine.
 */
export async function unkeptContent(zip: JSZip, workbookPath: string, sheetParts: Map<string, string>): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const entry of await sheetEntries(zip, workbookPath)) {
    if (entry.type.endsWith("/chartsheet")) problems.push({ key: "xlsx.keep.chartSheet", params: { sheet: entry.name } });
    else if (!entry.type.endsWith("/worksheet")) problems.push({ key: "xlsx.keep.otherSheet", params: { sheet: entry.name } });
  }
  for (const [sheet, part] of sheetParts) {
    const rels = zip.file(relsPathOf(part));
    if (rels && relationships(await rels.async("string")).some((r) => r.type.endsWith("/pivotTable"))) problems.push({ key: "xlsx.keep.pivotTable", params: { sheet } });
  }
  const workbookRels = relationships((await zip.file(relsPathOf(workbookPath))?.async("string")) ?? "");
  if (workbookRels.some((r) => r.type.endsWith("/externalLink"))) problems.push({ key: "xlsx.keep.externalLink", params: {} });
  return problems;
}
