/**
 * Small facts about Vietnamese text that every part of the plan-text parser needs:
 * what counts as a letter in upper or lower case, and the national motto line that sits in
 * every party document's header (Hướng dẫn 36-HD/VPTW, section on the "tiêu đề").
 */

/** True when the text has letters and none of them is lower case ("KẾ HOẠCH", "T/M BAN THƯỜNG VỤ"). */
export function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu);
  if (!letters || letters.length < 2) return false;
  return !/\p{Ll}/u.test(text);
}

export function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

export function startsUppercase(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/**
 * "ĐẢNG CỘNG SẢN VIỆT NAM", tolerant of the dropped dot below that OCR and some PDF fonts
 * produce ("ĐẢNG CÔNG SẢN VIỆT NAM" in a real extract).
 */
export const PARTY_MOTTO = /Đ[ẢA]NG\s+C[ỘÔO]NG\s+S[ẢA]N\s+VI[ỆÊE]T\s+NAM/u;

/** The state documents' motto, which sometimes appears in joint documents. */
export const STATE_MOTTO = /C[ỘÔO]NG\s+H[ÒO]A\s+X[ÃA]\s+H[ỘÔO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆÊE]T\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc/u;

/** Removes the mottos (and the "*" under the issuer) from a header line of a two-column extract. */
export function withoutMottos(line: string): string {
  return line
    .replace(PARTY_MOTTO, " ")
    .replace(STATE_MOTTO, " ")
    .replace(/(^|\s)\*(\s|$)/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Collapses runs of spaces and trims. */
export function squeeze(text: string): string {
  return text.replace(/[ \t]+/gu, " ").trim();
}

/** Strips list punctuation from the end of a list item: "Các chi bộ," → "Các chi bộ". */
export function trimListPunctuation(text: string): string {
  return text.replace(/[\s,;.]+$/u, "").trim();
}
