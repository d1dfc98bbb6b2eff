/**
 * The body of a document as a list of blocks: section headings ("II. NHIỆM VỤ VÀ GIẢI PHÁP"),
 * numbered items ("1."), sub-numbered items ("1.1."), lettered items ("a)"), bullets ("-", "+")
 * and plain paragraphs — the numbering scheme of Hướng dẫn 36-HD/VPTW for party documents.
 */
import type { TextLine } from "./normalize";

export type BlockKind = "heading" | "item" | "subItem" | "lettered" | "bullet" | "paragraph";

export interface Block {
  kind: BlockKind;
  /** The text after its marker. */
  text: string;
  /** The text as written, marker included. */
  raw: string;
  line: number;
}

const PATTERNS: ReadonlyArray<readonly [BlockKind, RegExp]> = [
  ["heading", /^(?:[IVXL]{1,5})\s*[.)]\s*(\S.*)$/u],
  ["subItem", /^\d{1,2}\.\d{1,2}\.?\s*(\S.*)$/u],
  ["item", /^\d{1,2}\s*[.)]\s*(\S.*)$/u],
  ["lettered", /^\p{Ll}\s*\)\s*(\S.*)$/u],
  ["bullet", /^[-+•–]\s*(\S.*)$/u],
];

export function toBlock({ text, line }: TextLine): Block {
  for (const [kind, pattern] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return { kind, text: m[1].trim(), raw: text, line };
  }
  return { kind: "paragraph", text, raw: text, line };
}
