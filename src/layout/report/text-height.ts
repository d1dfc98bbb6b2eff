/**
 * Row heights for wrapped Times New Roman text. Neither Excel nor LibreOffice fits the height of
 * a row to a merged cell's text, and a file host writes no heights of its own, so the report sets
 * each row's height from an estimate of how many lines its text takes.
 *
 * Widths are in Excel's column units (the width of "0" in the workbook's default font, Calibri
 * 11: 7 px at 96 dpi).
 */

/** Excel's largest row height, in points. */
export const MAX_ROW_POINTS = 409;

/**
 * Pixels of a run of columns of these widths. A stored width counts the column's padding already
 * (ECMA-376 Part 1, 18.3.1.13 col): width 6 is 42 px with Calibri 11's 7-pixel digits.
 */
export function columnsPixels(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + Math.round(w * 7), 0);
}

/** Points from one baseline to the next for a font size (Excel's row height for one line). */
export function linePoints(size: number): number {
  return Math.ceil(size * 1.32 + 0.5);
}

/**
 * Advance widths of Times New Roman for the printable ASCII characters (space to "~"), in
 * thousandths of an em, regular and bold: read from Liberation Serif, which is metric-compatible
 * with it (and is what LibreOffice draws Times New Roman with).
 */
const ASCII_WIDTHS = {
  regular: "250 333 408 500 500 833 778 180 333 333 500 564 250 333 250 278 500 500 500 500 500 500 500 500 500 500 278 278 564 564 564 444 921 722 667 667 722 611 556 722 722 333 389 722 611 889 722 722 556 722 667 556 611 722 722 944 722 722 611 333 278 333 469 500 333 444 500 444 500 444 333 500 500 278 278 500 278 778 500 500 500 500 333 389 278 500 500 722 500 500 444 480 200 480 541".split(" ").map(Number),
  bold: "250 333 555 500 500 1000 833 278 333 333 500 570 250 333 250 278 500 500 500 500 500 500 500 500 500 500 333 333 570 570 570 500 930 722 667 722 722 667 611 778 778 389 500 778 667 944 722 778 611 778 722 556 667 722 722 1000 722 722 667 333 278 333 581 500 333 500 556 444 556 444 333 500 556 278 333 556 278 833 556 500 556 556 444 389 333 556 500 722 500 500 444 394 220 394 520".split(" ").map(Number),
};

/**
 * A character's width in ems. Vietnamese letters are a Latin letter with combining marks, which
 * take no width (ơ, ư: their base letter); đ and Đ are as wide as d and D.
 */
function charEm(c: string, bold: boolean): number {
  const table = bold ? ASCII_WIDTHS.bold : ASCII_WIDTHS.regular;
  if (c === "\u00a0") return table[0] / 1000;
  const base = c.normalize("NFD").charAt(0).replace("đ", "d").replace("Đ", "D");
  const code = base.charCodeAt(0);
  if (code >= 32 && code < 127) return table[code - 32] / 1000;
  if (c === "…") return 1;
  return base !== base.toLowerCase() ? 0.722 : 0.5;
}

/** Lines the text takes in `pixels` of width at `size` points, wrapping at spaces as Excel does. */
export function textLines(text: string, pixels: number, size: number, bold = false): number {
  const em = size * (96 / 72);
  // Cell padding (2 px a side), and a margin for rounding and kerning.
  const room = (pixels - 5) / 1.02;
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      const width = [...word].reduce((sum, c) => sum + charEm(c, bold), 0) * em;
      const space = used > 0 ? charEm(" ", bold) * em : 0;
      if (used > 0 && used + space + width > room) {
        lines += 1;
        used = width;
      } else used += space + width;
      // A word longer than the line breaks inside itself.
      while (used > room) {
        lines += 1;
        used -= room;
      }
    }
  }
  return lines;
}

export function textPoints(text: string, pixels: number, size: number, bold = false): number {
  return Math.min(MAX_ROW_POINTS, textLines(text, pixels, size, bold) * linePoints(size) + 2);
}

/**
 * Splits a paragraph into pieces that each fit one row (at most `maxLines` lines), at word
 * boundaries, so a long list of names never passes Excel's row-height limit.
 */
export function splitToRows(text: string, pixels: number, size: number, maxLines: number, bold = false): string[] {
  if (textLines(text, pixels, size, bold) <= maxLines) return [text];
  const words = text.split(" ");
  const pieces: string[] = [];
  let current = "";
  for (const word of words) {
    const next = current === "" ? word : `${current} ${word}`;
    if (current !== "" && textLines(next, pixels, size, bold) > maxLines) {
      pieces.push(current);
      current = word;
    } else current = next;
  }
  if (current !== "") pieces.push(current);
  return pieces;
}
