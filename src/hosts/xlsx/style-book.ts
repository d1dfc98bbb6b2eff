/**
 * The workbook's cell styles as exceljs models (font, fill, border, alignment, protection,
 * number format), numbered once: a cell holds an id, not a style object of its own. Styles keep
 * exceljs's meaning both ways — an opened file's cellXfs are read by exceljs, and the styles
 * part is written by exceljs — so the host renders no style XML itself; it only asks exceljs
 * once per save which cellXfs index each id became.
 */
import ExcelJS from "exceljs";
import type { Style } from "exceljs";
import JSZip from "jszip";
import { NO_STYLE } from "./sheet-cells";

export type StyleModel = Partial<Style>;

const EMPTY: StyleModel = Object.freeze({});
const STORED = { compression: "STORE" } as const;

/** The styles part exceljs writes, and the cellXfs index of each StyleBook id in it. */
export interface WrittenStyles {
  xml: string;
  index: readonly number[];
}

async function writtenParts(workbook: ExcelJS.Workbook): Promise<JSZip> {
  return JSZip.loadAsync(await workbook.xlsx.writeBuffer({ zip: STORED } as never));
}

/** The style id (`s`) of every cell of column A of a worksheet part exceljs wrote, by row. */
function columnStyles(sheetXml: string, rows: number): number[] {
  const index = new Array<number>(rows).fill(0);
  for (const m of sheetXml.matchAll(/<c r="A(\d+)"([^>]*?)\/?>/g)) {
    const s = /\bs="(\d+)"/.exec(m[2]);
    index[Number(m[1]) - 1] = s ? Number(s[1]) : 0;
  }
  return index;
}

/**
 * A style without `locked: true` when that is all its protection says: cells are locked unless
 * a style says otherwise, and exceljs reads such a style back without it. Left in, a saved and
 * reopened file would hold two styles exceljs takes for one, and every cell of the file would
 * need its style number rewritten on each later save.
 */
function withoutDefaultLock(model: StyleModel): StyleModel {
  const protection = model.protection;
  if (!protection || protection.locked !== true || protection.hidden) return model;
  const rest: StyleModel = { ...model };
  delete rest.protection;
  return rest;
}

export class StyleBook {
  private readonly models: StyleModel[] = [];
  private readonly ids = new Map<string, number>();
  /** Derived styles by their source id and what was applied, so a style is merged once per range, not per cell. */
  private readonly derived = new WeakMap<object, Map<string, number>>();

  /** How many ids are the opened file's own cellXfs. */
  private readonly fromFile: number;
  /** Whether XML kept from the file was given an id past the file's own (a restyled cell). */
  private restyledFileXml = false;

  /** `initial` keep their positions as ids: an opened file's cells name them by cellXfs index. */
  constructor(initial: readonly StyleModel[] = []) {
    this.fromFile = initial.length;
    for (const model of initial) {
      const key = JSON.stringify(model);
      if (!this.ids.has(key)) this.ids.set(key, this.models.length);
      this.models.push(model);
    }
  }

  /** Reads the cellXfs of an opened file's styles part, through exceljs. */
  static async fromStylesXml(stylesXml: string): Promise<StyleBook> {
    const count = (/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1].match(/<xf\b/g) ?? []).length;
    if (count === 0) return new StyleBook();
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet("styles");
    const zip = await writtenParts(blank);
    // Conditional formats are exceljs's to read with the workbook; here they would only cost time.
    zip.file("xl/styles.xml", stylesXml.replace(/<dxfs\b[^>]*?(?:\/>|>[\s\S]*?<\/dxfs>)/, '<dxfs count="0"/>'));
    const rows = Array.from({ length: count }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" s="${i}"/></row>`).join("");
    const sheetPart = "xl/worksheets/sheet1.xml";
    const sheetXml = (await (zip.file(sheetPart) as JSZip.JSZipObject).async("string")).replace(/<sheetData\b[^>]*?(?:\/>|>[\s\S]*?<\/sheetData>)/, `<sheetData>${rows}</sheetData>`);
    zip.file(sheetPart, sheetXml);
    const reader = new ExcelJS.Workbook();
    await reader.xlsx.load((await zip.generateAsync({ type: "uint8array", ...STORED })) as unknown as ExcelJS.Buffer);
    const ws = reader.worksheets[0];
    return new StyleBook(Array.from({ length: count }, (_, i) => ws.getCell(i + 1, 1).style ?? EMPTY));
  }

  model(id: number): StyleModel {
    return id === NO_STYLE ? EMPTY : (this.models[id] ?? EMPTY);
  }

  idOf(style: StyleModel): number {
    const model = withoutDefaultLock(style);
    const key = JSON.stringify(model);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.models.length;
      this.models.push(model);
      this.ids.set(key, id);
    }
    return id;
  }

  /** Notes that XML kept from the file now names style `id`. */
  namedInFileXml(id: number): void {
    if (id >= this.fromFile) this.restyledFileXml = true;
  }

  /**
   * Whether XML kept from the file can be written with its style numbers as they are: each id
   * it can name is written as the same cellXfs index.
   */
  keepsFileNumbers(written: WrittenStyles): boolean {
    const ids = this.restyledFileXml ? written.index.length : this.fromFile;
    for (let id = 0; id < ids; id++) if (written.index[id] !== id) return false;
    return true;
  }

  /** The id of `make()`'s style, made once per source id, `applied` object and `variant`. */
  derive(from: number, applied: object, variant: string, make: (model: StyleModel) => StyleModel): number {
    let byKey = this.derived.get(applied);
    if (!byKey) this.derived.set(applied, (byKey = new Map()));
    const key = `${from}|${variant}`;
    let id = byKey.get(key);
    if (id === undefined) {
      id = this.idOf(make(this.model(from)));
      byKey.set(key, id);
    }
    return id;
  }

  /**
   * The styles part for every id, as exceljs writes it: one cell per id in a scratch workbook
   * tells which cellXfs index exceljs gave it (exceljs merges equal styles).
   */
  async write(): Promise<WrittenStyles> {
    const scratch = new ExcelJS.Workbook();
    const ws = scratch.addWorksheet("styles");
    // A number: exceljs gives a value-less cell no number format, and a date another one.
    this.models.forEach((model, i) => {
      const cell = ws.getCell(i + 1, 1);
      cell.value = 0;
      cell.style = model;
    });
    const zip = await writtenParts(scratch);
    const xml = await (zip.file("xl/styles.xml") as JSZip.JSZipObject).async("string");
    const sheetXml = await (zip.file("xl/worksheets/sheet1.xml") as JSZip.JSZipObject).async("string");
    return { xml, index: columnStyles(sheetXml, this.models.length) };
  }
}

/** `stylesXml` with the differential formats (<dxfs>) of `dxfsFrom`: those exceljs wrote for the conditional formats. */
export function withDifferentialFormats(stylesXml: string, dxfsFrom: string): string {
  const pattern = /<dxfs\b[^>]*?(?:\/>|>[\s\S]*?<\/dxfs>)/;
  const dxfs = pattern.exec(dxfsFrom)?.[0] ?? '<dxfs count="0"/>';
  return pattern.test(stylesXml) ? stylesXml.replace(pattern, () => dxfs) : stylesXml.replace(/<tableStyles\b|<\/styleSheet>/, (tag) => `${dxfs}${tag}`);
}
