/**
 * Excel's letters for a 1-based column number: 1 → "A", 28 → "AB", 16,384 → "XFD". In domain
 * because domain points at the cells of an imported sheet in its problems and may import no other
 * layer; everything else takes it with the rest of A1 from layout/excel-rules.
 */
export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
