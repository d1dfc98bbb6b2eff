/**
 * A worksheet part (ECMA-376 Part 1, 18.3.1.99) divided between exceljs and the host. On
 * opening, the part exceljs reads loses its cells (<sheetData>), its validations and its links,
 * which the host keeps itself (exceljs would build an object per cell and per validated cell).
 * On saving, the part exceljs wrote gets them back: the host's <sheetData>, <dimension> and
 * <hyperlinks>, and the namespaces the opened file's rows and cells may use.
 */
import { attributes, encodeXml, relationships, type Relationship } from "./package-xml";
import type { LinkRecord } from "./sheet-cells";

export interface SplitWorksheet {
  /** The part as exceljs is given it. */
  stub: string;
  /** The content of <sheetData>. */
  sheetData: string;
  /** The <dataValidations> element, or null. */
  validations: string | null;
  links: Map<string, LinkRecord>;
  /** The root's namespace declarations (` xmlns:x="…"`) and its ignorable prefixes. */
  namespaces: { declarations: Map<string, string>; ignorable: string[] };
  /** The file's <dimension> range, valid while the cells are written back unchanged. */
  dimension: string | null;
  /** Extensions of <extLst> exceljs drops and the host writes back (sparklines), as written. */
  extensions: string[];
}

/**
 * The <ext> of a worksheet's sparkline groups (MS-XLSX 2.3.6): exceljs drops it, and a
 * sparkline only shows figures, so it is written back as it was.
 */
const KEPT_EXTENSIONS = /<ext\b[^>]*\buri="\{05C60535-1F16-4fd2-B633-F4F36F0B64E0\}"[^>]*>[\s\S]*?<\/ext>/g;

const HYPERLINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

/** Where an element starts: "<name" followed by the end of the name. */
function startOf(xml: string, name: string): number {
  const tag = `<${name}`;
  let at = xml.indexOf(tag);
  while (at >= 0) {
    const next = xml.charCodeAt(at + tag.length);
    if (next === 32 || next === 47 || next === 62 || next === 9 || next === 10 || next === 13) return at;
    at = xml.indexOf(tag, at + 1);
  }
  return -1;
}

function element(xml: string, name: string): { start: number; end: number } | null {
  const start = startOf(xml, name);
  if (start < 0) return null;
  const open = xml.indexOf(">", start);
  if (xml[open - 1] === "/") return { start, end: open + 1 };
  const close = xml.indexOf(`</${name}>`, open);
  return close < 0 ? null : { start, end: close + name.length + 3 };
}

function cut(xml: string, span: { start: number; end: number } | null, replacement = ""): string {
  return span ? xml.slice(0, span.start) + replacement + xml.slice(span.end) : xml;
}

function rootNamespaces(xml: string): SplitWorksheet["namespaces"] {
  const root = /<worksheet\b[^>]*>/.exec(xml)?.[0] ?? "";
  const declarations = new Map<string, string>();
  for (const m of root.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)) declarations.set(m[1], m[2]);
  const ignorable = (attributes(root)["mc:Ignorable"] ?? "").split(/\s+/).filter((p) => p !== "");
  return { declarations, ignorable };
}

function readLinks(hyperlinksXml: string, rels: Relationship[]): Map<string, LinkRecord> {
  const links = new Map<string, LinkRecord>();
  for (const tag of hyperlinksXml.match(/<hyperlink\b[^>]*>/g) ?? []) {
    const a = attributes(tag);
    if (!a.ref) continue;
    const rel = a["r:id"] !== undefined ? rels.find((r) => r.id === a["r:id"]) : undefined;
    const location = a.location !== undefined ? `#${a.location}` : "";
    const target = rel ? `${rel.target}${location}` : location;
    if (target === "") continue;
    links.set(a.ref, { target, ...(a.tooltip !== undefined ? { tooltip: a.tooltip } : {}), ...(a.display !== undefined ? { display: a.display } : {}) });
  }
  return links;
}

/** Divides an opened worksheet part. */
export function splitWorksheet(xml: string, relsXml: string | null): SplitWorksheet {
  const sheetData = element(xml, "sheetData");
  const open = sheetData ? xml.indexOf(">", sheetData.start) : -1;
  const content = sheetData && xml[open - 1] !== "/" ? xml.slice(open + 1, sheetData.end - "</sheetData>".length) : "";
  // The cells first: the rest of the part is small to search.
  let stub = sheetData ? cut(xml, sheetData, "<sheetData/>") : xml;
  const validations = element(stub, "dataValidations");
  const validationsXml = validations ? stub.slice(validations.start, validations.end) : null;
  stub = cut(stub, validations);
  const hyperlinks = element(stub, "hyperlinks");
  const hyperlinksXml = hyperlinks ? stub.slice(hyperlinks.start, hyperlinks.end) : null;
  stub = cut(stub, hyperlinks);
  return {
    stub,
    sheetData: content,
    validations: validationsXml,
    links: hyperlinksXml ? readLinks(hyperlinksXml, relsXml ? relationships(relsXml) : []) : new Map(),
    namespaces: rootNamespaces(xml),
    dimension: /<dimension\b[^>]*\bref="([^"]*)"/.exec(stub)?.[1] ?? null,
    extensions: stub.includes("<extLst") ? (stub.match(KEPT_EXTENSIONS) ?? []) : [],
  };
}

/** Elements that follow <hyperlinks> in a worksheet (CT_Worksheet's sequence). */
const AFTER_HYPERLINKS = ["printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];
/** Elements that may precede <dimension>. */
const BEFORE_DIMENSION = ["sheetPr"];

function insertBefore(xml: string, names: readonly string[], insertion: string): string {
  const positions = names.map((name) => startOf(xml, name)).filter((i) => i >= 0);
  const at = positions.length > 0 ? Math.min(...positions) : xml.lastIndexOf("</worksheet>");
  return xml.slice(0, at) + insertion + xml.slice(at);
}

export interface SheetParts {
  /** The range of the cells, or null to leave out <dimension>. */
  dimension: string | null;
  links: ReadonlyMap<string, LinkRecord>;
  namespaces: SplitWorksheet["namespaces"] | null;
  /** The cellXfs index for the style exceljs wrote on the <col> starting at `min`, or undefined to keep it. */
  columnStyle(min: number): number | undefined;
  /** <ext> elements to add to the part's <extLst> (SplitWorksheet.extensions). */
  extensions?: readonly string[];
}

/** A worksheet part around its <sheetData>, which goes between the two (kept apart: it is most of the part). */
export interface SplicedWorksheet {
  before: string;
  after: string;
  relsXml: string;
}

/** The links' <hyperlinks> element and the relationships their external targets need. */
function linksXml(links: ReadonlyMap<string, LinkRecord>, relsXml: string): { element: string; relsXml: string } {
  if (links.size === 0) return { element: "", relsXml };
  const used = new Set(relationships(relsXml).map((r) => r.id));
  let n = used.size;
  let rels = relsXml.replace(/<Relationships\b([^>]*?)\s*\/>/, "<Relationships$1></Relationships>");
  const entries: string[] = [];
  for (const [ref, link] of links) {
    const extra = `${link.tooltip !== undefined ? ` tooltip="${encodeXml(link.tooltip)}"` : ""}${link.display !== undefined ? ` display="${encodeXml(link.display)}"` : ""}`;
    if (link.target.startsWith("#")) {
      entries.push(`<hyperlink ref="${encodeXml(ref)}" location="${encodeXml(link.target.slice(1))}"${extra}/>`);
      continue;
    }
    let id: string;
    do id = `rId${++n}`;
    while (used.has(id));
    used.add(id);
    rels = rels.replace("</Relationships>", `<Relationship Id="${id}" Type="${HYPERLINK_TYPE}" Target="${encodeXml(link.target)}" TargetMode="External"/></Relationships>`);
    entries.push(`<hyperlink ref="${encodeXml(ref)}" r:id="${id}"${extra}/>`);
  }
  return { element: `<hyperlinks>${entries.join("")}</hyperlinks>`, relsXml: rels };
}

function withNamespaces(xml: string, namespaces: SplitWorksheet["namespaces"]): string {
  return xml.replace(/<worksheet\b[^>]*>/, (root) => {
    let tag = root;
    const declared = new Set([...root.matchAll(/\sxmlns:([\w.-]+)=/g)].map((m) => m[1]));
    const added: string[] = [];
    for (const [prefix, uri] of namespaces.declarations) {
      if (declared.has(prefix)) continue;
      tag = tag.replace(/\s*>$/, ` xmlns:${prefix}="${uri}">`);
      if (namespaces.ignorable.includes(prefix)) added.push(prefix);
    }
    if (added.length === 0) return tag;
    const ignorable = attributes(tag)["mc:Ignorable"];
    if (ignorable !== undefined) return tag.replace(/\smc:Ignorable="[^"]*"/, ` mc:Ignorable="${[ignorable, ...added].join(" ")}"`);
    if (!declared.has("mc") && !namespaces.declarations.has("mc")) tag = tag.replace(/\s*>$/, ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">');
    return tag.replace(/\s*>$/, ` mc:Ignorable="${added.join(" ")}">`);
  });
}

/** exceljs's part for a sheet, completed with the host's parts; the caller puts the cells between `before` and `after`. */
export function spliceWorksheet(xml: string, relsXml: string, parts: SheetParts): SplicedWorksheet {
  const sheetData = element(xml, "sheetData");
  let before = sheetData ? xml.slice(0, sheetData.start) : xml.slice(0, xml.lastIndexOf("</worksheet>"));
  let after = sheetData ? xml.slice(sheetData.end) : "</worksheet>";
  before = cut(before, element(before, "dimension"));
  if (parts.dimension !== null) {
    const previous = BEFORE_DIMENSION.map((name) => element(before, name)).find((span) => span !== null);
    const at = previous ? previous.end : before.indexOf(">", before.search(/<worksheet\b/)) + 1;
    before = `${before.slice(0, at)}<dimension ref="${parts.dimension}"/>${before.slice(at)}`;
  }
  const cols = element(before, "cols");
  if (cols) {
    const colsXml = before.slice(cols.start, cols.end).replace(/<col\b[^>]*>/g, (tag) => {
      const min = /\bmin="(\d+)"/.exec(tag);
      const index = min ? parts.columnStyle(Number(min[1])) : undefined;
      return index === undefined ? tag : tag.replace(/\sstyle="\d+"/, index > 0 ? ` style="${index}"` : "");
    });
    before = cut(before, cols, colsXml);
  }
  if (parts.namespaces) before = withNamespaces(before, parts.namespaces);
  const links = linksXml(parts.links, relsXml);
  if (links.element !== "") after = insertBefore(after, AFTER_HYPERLINKS, links.element);
  const extensions = (parts.extensions ?? []).join("");
  if (extensions !== "") after = after.includes("</extLst>") ? after.replace("</extLst>", `${extensions}</extLst>`) : after.replace("</worksheet>", `<extLst>${extensions}</extLst></worksheet>`);
  return { before, after, relsXml: links.relsXml };
}

/** The cells a comments part (ECMA-376 Part 1, 18.7.3) comments on. */
export function commentRefs(commentsXml: string): string[] {
  return [...commentsXml.matchAll(/<comment\b[^>]*?\sref="([A-Z]+\d+)"/g)].map((m) => m[1]);
}

/**
 * The <sheetData> exceljs is given for a sheet with comments: exceljs attaches a comment to a
 * cell it reads, writes comments back from its cells, and keeps no cell without a value; the
 * host writes the real cells itself, so exceljs gets one placeholder value per commented cell
 * (Excel lets a comment sit on an empty cell).
 */
export function commentAnchors(refs: readonly string[]): string {
  const rows = new Map<number, string[]>();
  for (const ref of refs) {
    const row = Number(/\d+$/.exec(ref)?.[0]);
    rows.set(row, [...(rows.get(row) ?? []), ref]);
  }
  const xml = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, cells]) => `<row r="${row}">${cells.map((ref) => `<c r="${ref}" t="b"><v>0</v></c>`).join("")}</row>`);
  return `<sheetData>${xml.join("")}</sheetData>`;
}
