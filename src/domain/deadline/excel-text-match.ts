/**
 * Text matching as Excel's MATCH(value, range, 0) does it, so a status typed or pasted by a
 * user is recognised by the TypeScript rules exactly when the sheet formula recognises it:
 * - case is ignored ("HOÀN THÀNH" is "Hoàn thành"), accents are not;
 * - "?" stands for one character, "*" for any run of characters, "~" makes the next "?", "*"
 *   or "~" literal (Microsoft's MATCH documentation; LibreOffice does the same for .xlsx files,
 *   which it opens with "wildcards in formulas" on).
 */

function wildcardPattern(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const next = pattern[i + 1];
    if (c === "~" && (next === "*" || next === "?" || next === "~")) {
      source += escapeRegExp(next);
      i++;
    } else if (c === "*") source += "[\\s\\S]*";
    else if (c === "?") source += "[\\s\\S]";
    else source += escapeRegExp(c);
  }
  return new RegExp(`^${source}$`, "iu");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** 0-based index of the first candidate the pattern matches, or −1 (Excel's #N/A). */
export function excelMatchIndex(pattern: string, candidates: readonly string[]): number {
  const regexp = wildcardPattern(pattern);
  return candidates.findIndex((candidate) => regexp.test(candidate));
}
