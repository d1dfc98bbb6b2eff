/**
 * Defined names exceljs 4.4 cannot carry: it keeps a name only as a list of cell ranges, global,
 * so a constant ("0.8", a text), a formula, a broken reference ("#REF!"), a name scoped to one
 * sheet or a hidden one is dropped, or changed, and every formula using it shows #NAME?. (A
 * print area that is not a range even stops it reading the file.) The host takes those names
 * out of the workbook part before exceljs reads it, and writes them back as they were on save,
 * each scoped to the same sheet by name, with the tracker's own definitions taking precedence.
 */
import { attributes, decodeXml, encodeXml } from "./package-xml";
import { renameSheetInFormula } from "./formula-sheet-rename";

export interface KeptName {
  name: string;
  /** The sheet the name is scoped to (by its localSheetId), or null for a workbook name. */
  sheet: string | null;
  /** What the name refers to, decoded. */
  refersTo: string;
  /** The element's attributes other than name and localSheetId, as written. */
  otherAttributes: string;
}

const DEFINED_NAME = /<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g;

/** One reference "Sheet!$A$1" or "'Sheet name'!$A$1:$B$2" — what exceljs keeps of a name. */
const RANGE = /^(?:'(?:[^']|'')+'|[^\s'!,:()"#]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;

/** Print areas and titles exceljs turns into each sheet's page setup (and back). */
const PAGE_SETUP_NAMES = new Set(["_xlnm.Print_Area", "_xlnm.Print_Titles"]);

/** A print area or title: cells, whole rows ("$16:$16") or whole columns ("$A:$B"), as Excel and exceljs write them. */
const PRINT_RANGE = /^(?:'(?:[^']|'')+'|[^\s'!,:()"#]+)!(?:\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?\d+:\$?\d+|\$?[A-Z]{1,3}:\$?[A-Z]{1,3})$/;

function carriedByExceljs(attrs: Record<string, string>, refersTo: string): boolean {
  const printSetup = PAGE_SETUP_NAMES.has(attrs.name);
  const others = Object.keys(attrs).filter((a) => a !== "name" && !(a === "localSheetId" && printSetup));
  return others.length === 0 && refersTo.split(",").every((part) => (printSetup ? PRINT_RANGE : RANGE).test(part));
}

function sheetNames(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<sheet\b[^>]*?\/?>/g)].map((m) => attributes(m[0]).name ?? "");
}

/** The workbook part without the names exceljs cannot carry, and those names. */
export function takeKeptNames(workbookXml: string): { xml: string; kept: KeptName[] } {
  const sheets = sheetNames(workbookXml);
  const kept: KeptName[] = [];
  const xml = workbookXml.replace(DEFINED_NAME, (whole, attrText: string, inner: string | undefined) => {
    const attrs = attributes(`<x ${attrText}>`);
    const refersTo = decodeXml(inner ?? "");
    if (!attrs.name || carriedByExceljs(attrs, refersTo)) return whole;
    const local = attrs.localSheetId === undefined ? null : (sheets[Number(attrs.localSheetId)] ?? null);
    // A name scoped to a sheet that is not there is no name Excel would show.
    if (attrs.localSheetId !== undefined && local === null) return "";
    const otherAttributes = attrText.replace(/\s(?:name|localSheetId)="[^"]*"/g, "").trim();
    kept.push({ name: attrs.name, sheet: local, refersTo, otherAttributes });
    return "";
  });
  return { xml: xml.replace(/<definedNames>\s*<\/definedNames>|<definedNames\/>/, ""), kept };
}

export function renameSheetInNames(kept: readonly KeptName[], from: string, to: string): KeptName[] {
  return kept.map((n) => ({ ...n, sheet: n.sheet === from ? to : n.sheet, refersTo: renameSheetInFormula(n.refersTo, from, to) }));
}

/**
 * The workbook part exceljs wrote, with the kept names put back: each scoped to its sheet's
 * present position; one the written part already defines (same name, same scope) is left out.
 */
export function putBackNames(written: string, kept: readonly KeptName[]): string {
  if (kept.length === 0) return written;
  let workbookXml = written;
  const sheets = sheetNames(workbookXml).map((s) => s.toLowerCase());
  const defined = new Set<string>();
  for (const m of workbookXml.matchAll(DEFINED_NAME)) {
    const a = attributes(`<x ${m[1]}>`);
    defined.add(`${(a.name ?? "").toLowerCase()}|${a.localSheetId ?? ""}`);
  }
  const elements: string[] = [];
  for (const n of kept) {
    const index = n.sheet === null ? -1 : sheets.indexOf(n.sheet.toLowerCase());
    if (n.sheet !== null && index < 0) continue;
    const scope = index < 0 ? "" : String(index);
    if (defined.has(`${n.name.toLowerCase()}|${scope}`)) continue;
    const local = index < 0 ? "" : ` localSheetId="${index}"`;
    const others = n.otherAttributes === "" ? "" : ` ${n.otherAttributes}`;
    elements.push(`<definedName name="${encodeXml(n.name)}"${local}${others}>${encodeXml(n.refersTo)}</definedName>`);
  }
  if (elements.length === 0) return workbookXml;
  workbookXml = workbookXml.replace("<definedNames/>", "<definedNames></definedNames>");
  if (/<definedNames>/.test(workbookXml)) return workbookXml.replace("</definedNames>", `${elements.join("")}</definedNames>`);
  // CT_Workbook: definedNames follows sheets (and the external references exceljs does not write).
  return workbookXml.replace("</sheets>", `</sheets><definedNames>${elements.join("")}</definedNames>`);
}
