/**
 * The documents a plan implements or cites ("căn cứ"): every document number mentioned,
 * with the date ("ngày 30/5/2019") and issuer ("của Ban Bí thư") written right after it.
 * Later mentions complete earlier ones ("Kết luận số 50-KL" … "Kết luận 50-KL/TW").
 */
import type { Problem } from "../result";
import type { DocumentRef } from "../types";
import { firstDateIn } from "./date-words";
import { findDocNumbers } from "./doc-number";
import type { TextLine } from "./normalize";

/** Words that end an issuer's name: the sentence goes on about something else. */
const ISSUER_STOP_WORDS = new Set(["về", "đến", "và", "trong", "nhằm", "để", "đã", "tại", "theo", "khóa", "khoá", "với", "cho", "là", "đối", "ban hành", "năm"]);
const ISSUER_STOP_PAIRS = new Set(["thực hiện", "triển khai", "quán triệt", "tiếp tục", "gọi tắt", "hướng dẫn", "chỉ đạo"]);

/** "của Ban Thường vụ Tỉnh ủy Bình Phước thực hiện …" → "Ban Thường vụ Tỉnh ủy Bình Phước". */
export function issuerAfter(text: string): string | undefined {
  const m = /^\s*,?\s*của\s+(.+)$/u.exec(text);
  if (!m) return undefined;
  const words: string[] = [];
  for (const token of m[1].split(/\s+/u)) {
    const bare = token.replace(/[,;.:)“”"(]+$/u, "");
    if (/^[(“"]/u.test(token) || ISSUER_STOP_WORDS.has(bare.toLowerCase())) break;
    if (words.length > 0 && ISSUER_STOP_PAIRS.has(`${words[words.length - 1]} ${bare}`.toLowerCase())) {
      words.pop();
      break;
    }
    if (bare) words.push(bare);
    if (bare !== token || words.length >= 10) break;
  }
  const issuer = words.join(" ");
  return /^\p{Lu}/u.test(issuer) ? issuer : undefined;
}

export function collectReferences(lines: readonly TextLine[], ownKey: string | null): { references: DocumentRef[]; problems: Problem[] } {
  const byKey = new Map<string, DocumentRef>();
  const problems: Problem[] = [];
  for (const { text, line } of lines) {
    for (const match of findDocNumbers(text)) {
      if (match.key === ownKey) continue;
      let after = text.slice(match.end);
      const dated = /^\s*,?\s*(?:ban hành\s+)?ngày(?![\p{L}\d])/u.test(after) ? firstDateIn(after) : null;
      const date = dated && dated.index < 16 && dated.reading.ok ? dated.reading.date : undefined;
      if (dated && dated.index < 16) after = after.slice(dated.index + dated.length);
      const issuer = issuerAfter(after);
      const known = byKey.get(match.key);
      if (!known) {
        byKey.set(match.key, { docNumber: match.docNumber, ...(date ? { date } : {}), ...(issuer ? { issuer } : {}) });
      } else {
        if (match.hasIssuerCode && known.docNumber !== match.docNumber && !known.docNumber.includes("/")) known.docNumber = match.docNumber;
        if (date && !known.date) known.date = date;
        if (issuer && !known.issuer) known.issuer = issuer;
      }
      if (/^\d+\s*-\s*\S+\s*-\s*\S+$/u.test(match.written) && match.written !== match.docNumber) {
        problems.push({ key: "planText.referenceRewritten", params: { value: match.written, docNumber: match.docNumber }, at: { line } });
      }
    }
  }
  return { references: [...byKey.values()], problems };
}
