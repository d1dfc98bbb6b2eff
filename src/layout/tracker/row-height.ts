/**
 * Row heights for wrapped text. Excel does not re-fit row heights when a file is opened (and
 * LibreOffice does not for formula results), so a long task text looked up by formula would be
 * cut to one line; the layout knows the text, so it sets the height.
 */

/** Points per line of 11-point Calibri (Excel's default row height). */
const LINE_HEIGHT = 15;
/** Excel's largest row height, in points. */
const MAX_HEIGHT = 409;
/** Average characters of Vietnamese prose per unit of column width (width counts the digit "0"). */
const CHARS_PER_WIDTH = 1.15;

export function wrappedRowHeight(text: string, columnWidth: number): number {
  const perLine = Math.max(1, Math.floor(columnWidth * CHARS_PER_WIDTH));
  const lines = text.split(/\r?\n/).reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
  return Math.min(MAX_HEIGHT, Math.max(1, lines) * LINE_HEIGHT);
}
