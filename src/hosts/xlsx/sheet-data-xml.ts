/**
 * A worksheet's <sheetData> (ECMA-376 Part 1, 18.3.1.80) in both directions, for SheetCells:
 * parsing an opened file's rows, and writing rows the way exceljs 4.4 wrote them (same cell
 * types, no cached results for formulas, `customHeight` only for heights set on purpose).
 * Rows and cells read from a file keep their XML and are written back unchanged until they change.
 */
import { columnLetters } from "../../layout/excel-rules";
import type { CellValue } from "../../layout/workbook-host";
import { slideFormula } from "./shared-formula";
import { NO_STYLE, RowCells, type CellData, type CellRecord, type RowRecord, type SheetCells } from "./sheet-cells";
import type { SharedStrings } from "./shared-strings";

/**
 * Text for XML content and attributes as exceljs escapes it: the five entities, and the control
 * characters XML 1.0 cannot hold left out.
 */
export function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/.test(text)) return text;
  // eslint-disable-next-line no-control-regex
  return text.replace(/[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ENTITIES[c] ?? "");
}

const ENTITIES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" };

/** Entities decoded; the common ones without a regular expression (formulas are full of &quot;). */
function decode(xml: string): string {
  if (!xml.includes("&")) return xml;
  let text = xml.replaceAll("&quot;", '"').replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&apos;", "'");
  if (text.includes("&#")) text = text.replace(/&#(x[0-9a-fA-F]+|\d+);/g, (_whole, code: string) => String.fromCodePoint(code.startsWith("x") ? parseInt(code.slice(1), 16) : parseInt(code, 10)));
  // Last, so "&amp;lt;" stays "&lt;".
  return text.replaceAll("&amp;", "&");
}

/** The text of a <t> element's content: entities decoded, and Excel's "_x000D_" escapes. */
export function decodeText(xml: string): string {
  const text = decode(xml);
  return text.includes("_x") ? text.replace(/_x([0-9A-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** The plain text of a rich or plain string (<si> or <is> content): its runs, without phonetic hints. */
export function runsText(xml: string): string {
  let text = "";
  for (const m of xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += decodeText(m[1] ?? "");
  return text;
}

// ---------------------------------------------------------------------------------------------
// Reading
//
// A scanner rather than regular expressions over the whole part: an opened tracker has some
// 650,000 cells, and matching each with capture groups made most of the garbage of a rebuild.

/** The value of attribute `name` in a start tag's attribute text, or undefined. */
function attr(attrs: string, name: string): string | undefined {
  const from = valueAt(attrs, 0, attrs.length, name);
  return from < 0 ? undefined : attrs.slice(from, attrs.indexOf('"', from));
}

/** Where the value of attribute `name` starts in `xml` between `from` and `to` (a start tag's attributes); -1 when absent. */
function valueAt(xml: string, from: number, to: number, name: string): number {
  const key = `${name}="`;
  let at = xml.indexOf(key, from);
  while (at >= 0 && at < to) {
    const before = xml.charCodeAt(at - 1);
    if (before === 32 || before === 9 || before === 10 || before === 13) return at + key.length;
    at = xml.indexOf(key, at + 1);
  }
  return -1;
}

/** The digits from `at` as a number (a style or string index), read in place. */
function integerAt(xml: string, at: number): number {
  let n = 0;
  for (let code = xml.charCodeAt(at); code >= 48 && code <= 57; code = xml.charCodeAt(++at)) n = n * 10 + (code - 48);
  return n;
}

/** The column of an A1 reference from `at`, read in place. */
function columnAt(xml: string, at: number): number {
  let n = 0;
  for (let code = xml.charCodeAt(at); code >= 65 && code <= 90; code = xml.charCodeAt(++at)) n = n * 26 + (code - 64);
  return n;
}

const isTrue = (value: string | undefined): boolean => value === "1" || value === "true";
const BLANK: CellData = Object.freeze({ kind: "blank" });

/**
 * A cell read from a file. Its XML, its formula's text and its value are taken from the file's
 * text when first asked for: a tracker's rebuild reads 650,000 cells and writes back nearly all
 * of them unchanged, and every string made for nothing is garbage to collect.
 */
class FileCell implements CellRecord {
  constructor(
    readonly style: number,
    readonly data: CellData,
    private readonly source: string,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get xml(): string {
    return this.source.slice(this.from, this.to);
  }
}

/** A formula read from a file, decoded when first asked for (a rebuild reads values only). */
class FileFormula {
  readonly kind = "formula";
  private decoded: string | undefined;
  constructor(
    private readonly source: string,
    private readonly from: number,
    private readonly to: number,
    readonly result: CellValue,
  ) {}

  get formula(): string {
    return (this.decoded ??= decode(this.source.slice(this.from, this.to)));
  }
}

interface SharedMaster {
  formula: string;
  row: number;
  col: number;
}

/** An element's start tag from `at` ("<x"): its attribute text, whether it closes itself, and where it ends. */
function startTag(xml: string, at: number, nameLength: number): { attrs: string; empty: boolean; end: number } {
  const close = xml.indexOf(">", at);
  const empty = xml.charCodeAt(close - 1) === 47;
  return { attrs: xml.slice(at + 1 + nameLength, empty ? close - 1 : close), empty, end: close + 1 };
}

/** The first child element `name` of a cell between `from` and `to`: its attributes, and its text's bounds. */
function child(xml: string, from: number, to: number, name: string): { attrs: string; from: number; to: number } | null {
  let at = xml.indexOf(`<${name}`, from);
  while (at >= 0 && at < to && !isTagEnd(xml.charCodeAt(at + name.length + 1))) at = xml.indexOf(`<${name}`, at + 1);
  if (at < 0 || at >= to) return null;
  const tag = startTag(xml, at, name.length);
  if (tag.empty) return { attrs: tag.attrs, from: tag.end, to: tag.end };
  const close = xml.indexOf(`</${name}>`, tag.end);
  return { attrs: tag.attrs, from: tag.end, to: close < 0 || close > to ? to : close };
}

function resultOf(type: string | undefined, raw: string | undefined): CellValue {
  if (raw === undefined) return null;
  const text = decode(raw);
  switch (type) {
    case "str":
    case "e":
      return text;
    case "b":
      return text === "1" || text === "true";
    default:
      return Number(text);
  }
}

interface CellSource {
  xml: string;
  /** The cell's content, between its tags. */
  from: number;
  to: number;
  row: number;
  col: number;
}

function cellData(type: string | undefined, cell: CellSource, strings: SharedStrings, masters: Map<string, SharedMaster>): CellData {
  const { xml, from, to } = cell;
  if (from >= to) return BLANK;
  const f = child(xml, from, to, "f");
  const v = child(xml, from, to, "v");
  // The common case, read without making a string: the cell's text is the shared entry's.
  if (!f && type === "s") return v ? strings.data(integerAt(xml, v.from)) : BLANK;
  const value = v ? xml.slice(v.from, v.to) : undefined;
  if (f) {
    const si = attr(f.attrs, "si");
    if (si === undefined || attr(f.attrs, "t") !== "shared") return new FileFormula(xml, f.from, f.to, resultOf(type, value));
    if (f.to > f.from) {
      const formula = decode(xml.slice(f.from, f.to));
      masters.set(si, { formula, row: cell.row, col: cell.col });
      return { kind: "formula", formula, result: resultOf(type, value), shared: { si, master: true } };
    }
    const master = masters.get(si);
    const formula = master ? slideFormula(master.formula, master.row, master.col, cell.row, cell.col) : "";
    return { kind: "formula", formula, result: resultOf(type, value), shared: { si, master: false } };
  }
  switch (type) {
    case "str":
      return value === undefined ? BLANK : { kind: "text", text: decodeText(value) };
    case "inlineStr": {
      const is = child(xml, from, to, "is");
      return { kind: "text", text: is ? runsText(xml.slice(is.from, is.to)) : "" };
    }
    case "b":
      return value === undefined ? BLANK : { kind: "bool", value: value === "1" || value === "true" };
    case "e":
      return value === undefined ? BLANK : { kind: "error", value: decode(value) };
    case "d": {
      const time = value === undefined ? NaN : Date.parse(value);
      return Number.isNaN(time) ? BLANK : { kind: "number", value: time / 86_400_000 + 25569 };
    }
    default:
      return value === undefined ? BLANK : { kind: "number", value: Number(value) };
  }
}

const ROW_KNOWN = /\s(?:r|spans|ht|customHeight|hidden|s|customFormat)="[^"]*"/g;

/** Attributes of a row the host does not interpret, as written (" name=\"value\"" each). */
function extraAttributes(attrs: string): string {
  const extra = attrs.replace(ROW_KNOWN, "");
  return extra.trim() === "" ? "" : extra.trimEnd();
}

function isTagEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

function parseCells(xml: string, from: number, to: number, r: number, row: RowRecord, strings: SharedStrings, masters: Map<string, SharedMaster>): void {
  let lastCol = 0;
  let at = xml.indexOf("<c", from);
  while (at >= 0 && at < to) {
    if (!isTagEnd(xml.charCodeAt(at + 2))) {
      at = xml.indexOf("<c", at + 2);
      continue;
    }
    const close = xml.indexOf(">", at);
    const empty = xml.charCodeAt(close - 1) === 47;
    const contentEnd = empty ? close : xml.indexOf("</c>", close);
    const end = empty ? close + 1 : contentEnd + 4;
    // Searches run on the tag and the content alone: an indexOf on the whole part would run on
    // to the next match, cells away, when the cell has none.
    const tag = xml.slice(at, empty ? close - 1 : close);
    const ref = valueAt(tag, 0, tag.length, "r");
    const col = ref >= 0 ? columnAt(tag, ref) : lastCol + 1;
    lastCol = col;
    const s = valueAt(tag, 0, tag.length, "s");
    const t = valueAt(tag, 0, tag.length, "t");
    const type = t >= 0 ? tag.slice(t, tag.indexOf('"', t)) : undefined;
    let data = BLANK;
    if (!empty && contentEnd > close + 1) {
      const content = xml.slice(close + 1, contentEnd);
      data = cellData(type, { xml: content, from: 0, to: content.length, row: r, col }, strings, masters);
    }
    row.cells.set(col, new FileCell(s >= 0 ? integerAt(tag, s) : NO_STYLE, data, xml, at, end));
    at = xml.indexOf("<c", end);
  }
}

/** The rows of an opened file's sheetData (its content, between the tags). */
export function parseSheetData(xml: string, strings: SharedStrings): Map<number, RowRecord> {
  const rows = new Map<number, RowRecord>();
  const masters = new Map<string, SharedMaster>();
  let lastRow = 0;
  let at = xml.indexOf("<row");
  while (at >= 0) {
    if (!isTagEnd(xml.charCodeAt(at + 4))) {
      at = xml.indexOf("<row", at + 4);
      continue;
    }
    const tag = startTag(xml, at, 3);
    const close = tag.empty ? tag.end : xml.indexOf("</row>", tag.end);
    const end = tag.empty ? tag.end : close + 6;
    const r = Number(attr(tag.attrs, "r") ?? lastRow + 1);
    lastRow = r;
    const ht = attr(tag.attrs, "ht");
    const s = attr(tag.attrs, "s");
    const row: RowRecord = {
      cells: new RowCells(),
      customHeight: isTrue(attr(tag.attrs, "customHeight")),
      hidden: isTrue(attr(tag.attrs, "hidden")),
      extra: extraAttributes(tag.attrs),
      xml: xml.slice(at, end),
      at,
      ...(ht !== undefined ? { height: Number(ht) } : {}),
      ...(s !== undefined && isTrue(attr(tag.attrs, "customFormat")) ? { style: Number(s) } : {}),
    };
    if (!tag.empty) parseCells(xml, tag.end, close, r, row, strings, masters);
    rows.set(r, row);
    at = xml.indexOf("<row", end);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface RenderContext {
  /** Numbers the saves, so rows rendered for an earlier save are not reused. */
  save: number;
  /** The cellXfs index a StyleBook id is written as (0: the default, written without `s`). */
  styleIndex(id: number): number;
  stringIndex(text: string): number;
  /** XML taken from the opened file, with its style ids renumbered to this save's. */
  fromFile(xml: string): string;
}

/** A cell's XML from the file with another style id (a StyleBook id, renumbered on save like the file's own). */
export function withStyle(cellXml: string, id: number): string {
  return cellXml.replace(/^<c\b([^>]*?)(\/?)>/, (_whole, attrs: string, close: string) => {
    const rest = attrs.replace(/\ss="\d*"/, "");
    return `<c${rest}${id === NO_STYLE ? "" : ` s="${id}"`}${close}>`;
  });
}

function styleAttr(id: number, context: RenderContext): string {
  const index = id === NO_STYLE ? 0 : context.styleIndex(id);
  return index > 0 ? ` s="${index}"` : "";
}

function renderCell(ref: string, record: CellRecord, context: RenderContext): string {
  if (record.xml !== undefined) return context.fromFile(record.xml);
  const s = styleAttr(record.style, context);
  const data = record.data;
  switch (data.kind) {
    case "blank":
      return s === "" ? "" : `<c r="${ref}"${s}/>`;
    case "text":
      return `<c r="${ref}"${s} t="s"><v>${data.sst ?? context.stringIndex(data.text)}</v></c>`;
    case "number":
      return `<c r="${ref}"${s}><v>${data.value}</v></c>`;
    case "bool":
      return `<c r="${ref}"${s} t="b"><v>${data.value ? 1 : 0}</v></c>`;
    case "error":
      return `<c r="${ref}"${s} t="e"><v>${xmlText(data.value)}</v></c>`;
    case "formula": {
      const f = `<f>${xmlText(data.formula)}</f>`;
      const result = data.result;
      if (typeof result === "string") return `<c r="${ref}"${s} t="str">${f}<v>${xmlText(result)}</v></c>`;
      if (typeof result === "number") return `<c r="${ref}"${s}>${f}<v>${result}</v></c>`;
      if (typeof result === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
      return `<c r="${ref}"${s}>${f}</c>`;
    }
  }
}

const LETTERS: string[] = [];
const lettersOf = (col: number): string => (LETTERS[col] ??= columnLetters(col));

function renderRow(r: number, row: RowRecord, context: RenderContext): string {
  if (row.xml !== undefined) return context.fromFile(row.xml);
  if (row.rendered?.save === context.save) return row.rendered.xml;
  let cells = "";
  let min = 0;
  let max = 0;
  row.cells.forEach((record, col) => {
    const xml = renderCell(`${lettersOf(col)}${r}`, record, context);
    if (xml === "") return;
    cells += xml;
    if (min === 0) min = col;
    max = col;
  });
  const style = row.style !== undefined ? styleAttr(row.style, context) : "";
  let xml = "";
  if (cells !== "" || row.height !== undefined || row.hidden || style !== "" || row.extra !== "") {
    xml =
      `<row r="${r}"` +
      (min > 0 ? ` spans="${min}:${max}"` : "") +
      (row.height !== undefined ? ` ht="${row.height}"${row.customHeight ? ' customHeight="1"' : ""}` : "") +
      (row.hidden ? ' hidden="1"' : "") +
      (style !== "" ? `${style} customFormat="1"` : "") +
      (row.extra !== "" ? row.extra : ' x14ac:dyDescent="0.25"') +
      (cells === "" ? "/>" : `>${cells}</row>`);
  }
  row.rendered = { save: context.save, xml };
  return xml;
}

export interface RenderedSheetData {
  /** The <sheetData> element in pieces: joined only when written (it is most of the part). */
  pieces: string[];
  /** The cells written, for <dimension>; null when there are none. */
  extent: { top: number; left: number; bottom: number; right: number } | null;
}

function widen(extent: RenderedSheetData["extent"], r: number, row: RowRecord): RenderedSheetData["extent"] {
  const span = row.cells.span();
  if (!span) return extent;
  const { left, right } = span;
  if (!extent) return { top: r, left, bottom: r, right };
  return { top: extent.top, left: Math.min(extent.left, left), bottom: r, right: Math.max(extent.right, right) };
}

/**
 * The sheet's <sheetData> element. Rows of an opened file that are unchanged and follow each
 * other there go out as one piece of the file's text.
 */
export function renderSheetData(cells: SheetCells, context: RenderContext): RenderedSheetData {
  const untouched = cells.untouchedXml();
  if (untouched !== null) return { pieces: ["<sheetData>", context.fromFile(untouched), "</sheetData>"], extent: null };
  const file = cells.parsedFileXml();
  const pieces: string[] = ["<sheetData>"];
  let run: { start: number; end: number } | null = null;
  const flush = (): void => {
    if (run && file !== null) pieces.push(context.fromFile(file.slice(run.start, run.end)));
    run = null;
  };
  let extent: RenderedSheetData["extent"] = null;
  for (const r of cells.rowNumbers()) {
    const row = cells.row(r) as RowRecord;
    if (file !== null && row.xml !== undefined && row.at !== undefined) {
      const end = row.at + row.xml.length;
      if (run && row.at >= run.end) run.end = end;
      else {
        flush();
        run = { start: row.at, end };
      }
    } else {
      flush();
      const xml = renderRow(r, row, context);
      if (xml === "") continue;
      pieces.push(xml);
    }
    extent = widen(extent, r, row);
  }
  flush();
  if (pieces.length === 1) return { pieces: ["<sheetData/>"], extent };
  pieces.push("</sheetData>");
  return { pieces, extent };
}
