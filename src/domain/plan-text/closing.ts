/**
 * The end of a document (Hướng dẫn 36-HD/VPTW): "Nơi nhận:" with its "- …" list at the
 * bottom left; the signature block at the bottom right — the authority ("T/M BAN THƯỜNG VỤ",
 * "K/T BÍ THƯ"), the signer's title ("BÍ THƯ"), then the name. Two-column extracts can put a
 * signature line at the end of a recipient line ("- Các chi bộ, BÍ THƯ").
 */
import type { Problem } from "../result";
import type { Signer } from "../types";
import type { TextLine } from "./normalize";
import { isAllCaps, squeeze, trimListPunctuation } from "./vietnamese-text";

const RECIPIENTS_LEAD = /^Nơi nhận\s*:?\s*/u;
/** T/M = thay mặt (on behalf of), K/T = ký thay, T/L = thừa lệnh, TUQ = thừa ủy quyền. */
const AUTHORITY = /^(?:T\/M|TM\.|K\/T|KT\.|T\/L|TL\.|TUQ\.|Q\.)\s*\S/u;
const SIGNATURE_WORDS = /(?:T\/M|K\/T|TM\.|KT\.|T\/L|TL\.|BÍ THƯ|TRƯỞNG BAN|PHÓ TRƯỞNG|CHÁNH VĂN PHÒNG|THƯỜNG TRỰC|CHỦ NHIỆM|BAN THƯỜNG VỤ)/u;
const PERSON_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;
const SIGNED_NOTE = /^\(?\s*(?:Đã ký|đã ký|Ký tên|ký tên)[^)]*\)?$/u;

/** Index where the closing part starts: "Nơi nhận" or the first authority line. */
export function closingStart(lines: readonly TextLine[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    if (RECIPIENTS_LEAD.test(lines[i].text) || AUTHORITY.test(lines[i].text)) return i;
  }
  return lines.length;
}

/** Splits "- Các chi bộ, BÍ THƯ" into the recipient and the signature fragment. */
function splitTrailingSignature(text: string): [string, string | null] {
  const m = /^(.*[,;.)])\s+(\S.*)$/u.exec(text);
  if (m && isAllCaps(m[2]) && SIGNATURE_WORDS.test(m[2]) && !/[,;.]$/u.test(m[2])) return [m[1], m[2]];
  return [text, null];
}

export function readClosing(lines: readonly TextLine[], from: number): { recipients: string[]; signer: Signer | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const recipients: string[] = [];
  const signature: string[] = [];
  let name: string | null = null;
  let inRecipients = false;
  let sawRecipients = false;

  const signatureLine = (text: string) => {
    if (isAllCaps(text)) signature.push(squeeze(text));
    else if (PERSON_NAME.test(text)) name = text;
  };

  for (let i = from; i < lines.length; i++) {
    let text = lines[i].text;
    const lead = RECIPIENTS_LEAD.exec(text);
    if (lead) {
      inRecipients = true;
      sawRecipients = true;
      text = text.slice(lead[0].length);
      if (text === "") continue;
      if (AUTHORITY.test(text)) {
        signature.push(squeeze(text));
        continue;
      }
    }
    if (SIGNED_NOTE.test(text)) continue;
    const bullet = /^[-+•–]\s*(.*)$/u.exec(text);
    if (inRecipients && bullet) {
      const [recipient, trailing] = splitTrailingSignature(bullet[1]);
      const cleaned = trimListPunctuation(recipient);
      if (cleaned) recipients.push(cleaned);
      if (trailing) signature.push(trailing);
      continue;
    }
    if (inRecipients && !isAllCaps(text) && !PERSON_NAME.test(text) && recipients.length > 0 && /^\p{Ll}/u.test(text)) {
      // A recipient wrapped onto the next line.
      recipients[recipients.length - 1] = trimListPunctuation(`${recipients[recipients.length - 1]} ${text}`);
      continue;
    }
    inRecipients = false;
    signatureLine(text);
  }

  if (!sawRecipients) problems.push({ key: "planText.noRecipients", at: { line: lines[from]?.line ?? lines[lines.length - 1]?.line ?? 1 } });

  const authorities = signature.filter((s) => AUTHORITY.test(s));
  const titles = signature.filter((s) => !AUTHORITY.test(s));
  const signerName: string | null = name;
  if (signerName === null && signature.length === 0) {
    problems.push({ key: "planText.noSigner", at: { line: lines[lines.length - 1]?.line ?? 1 } });
    return { recipients, signer: null, problems };
  }
  const signer: Signer = { authority: authorities.join(", "), title: titles.join(" "), name: signerName ?? "" };
  if (!signer.authority || !signer.title || !signer.name) {
    problems.push({ key: "planText.signerIncomplete", params: { name: signer.name || "?" }, at: { line: lines[lines.length - 1]?.line ?? 1 } });
  }
  return { recipients, signer, problems };
}
