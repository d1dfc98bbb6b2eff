/**
 * The workbook's shared strings (ECMA-376 Part 1, 18.4.9). An opened file's entries stay at
 * their own indices, so the cells written back unparsed still point at their text; the texts
 * the host writes are added after them.
 */
import { runsText, xmlText } from "./sheet-data-xml";
import type { CellData } from "./sheet-cells";

export const SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
export const SHARED_STRINGS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";

export class SharedStrings {
  /** Each entry's XML (<si>…</si>): a file's rich text is written back as it was. */
  private readonly entries: string[] = [];
  private readonly texts: string[] = [];
  /** Plain-text entries by their text. */
  private readonly byText = new Map<string, number>();
  /** A cell's value for each entry, made once: most cells of a tracker hold a few repeated texts. */
  private readonly values: (CellData | undefined)[] = [];

  static fromXml(xml: string): SharedStrings {
    const strings = new SharedStrings();
    for (const m of xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)) {
      const inner = m[1] ?? "";
      const text = runsText(inner);
      const index = strings.entries.length;
      strings.entries.push(m[0]);
      strings.texts.push(text);
      if (/^<t\b[^>]*>[^<]*<\/t>$/.test(inner) && !strings.byText.has(text)) strings.byText.set(text, index);
    }
    return strings;
  }

  text(index: number): string {
    return this.texts[index] ?? "";
  }

  /** The value of a cell that holds entry `index`. */
  data(index: number): CellData {
    return (this.values[index] ??= Object.freeze({ kind: "text", text: this.text(index), sst: index }));
  }

  indexOf(text: string): number {
    let index = this.byText.get(text);
    if (index === undefined) {
      index = this.entries.length;
      const preserve = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : "";
      this.entries.push(`<si><t${preserve}>${xmlText(text)}</t></si>`);
      this.texts.push(text);
      this.byText.set(text, index);
    }
    return index;
  }

  get size(): number {
    return this.entries.length;
  }

  toXml(): string {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="${this.entries.length}">${this.entries.join("")}</sst>`
    );
  }
}
