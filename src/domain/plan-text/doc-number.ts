/**
 * Document numbers ("số và ký hiệu"). Party documents write "13-KH/ĐUK": number, kind code,
 * issuing body's code (Hướng dẫn 36-HD/VPTW, part II.3); state documents write "1234/QĐ-UBND" or
 * "15/2020/NĐ-CP" (Nghị định 30/2020/NĐ-CP). Extracts add spaces ("Số 13 - KH/ĐUK") and
 * sometimes a hyphen for the slash ("753-CV-TU").
 */
import { DOCUMENT_KINDS, type DocumentKind } from "../types";

export interface DocNumberMatch {
  /** Canonical form: "13-KH/ĐUK", "50-KL", "1234/QĐ-UBND". */
  docNumber: string;
  /** Identity for merging mentions: "50-KL" for both "50-KL" and "50-KL/TW". */
  key: string;
  kindCode: string;
  hasIssuerCode: boolean;
  /** As written in the text. */
  written: string;
  index: number;
  end: number;
}

// OCR reads the hyphen as an en dash ("557 – TB/HU").
const PARTY_NUMBER =
  /(?<![\p{L}\d/])(\d{1,5})\s*[-–]\s*(CTr|QĐi|[A-ZĐ]{1,4})(?:\s*([/-])\s*([A-ZĐ][A-ZĐa-zđ]{0,11}(?:\.[A-ZĐ]{1,8})?))?(?![\p{L}\d])/gu;
// OCR and typed-in numbers put a space before the slash ("Số: 88 /KH-UBND").
const STATE_NUMBER = /(?<![\p{L}\d/])(\d{1,5}) ?\/(?:(\d{4})\/)?([A-ZĐ][A-ZĐa-zđ]{0,5})-([A-ZĐ][A-ZĐa-zđ0-9]{0,11}(?:-[A-ZĐ][A-ZĐa-zđ0-9]{0,11})?)(?![\p{L}\d])/gu;

function partyMatch(m: RegExpExecArray): DocNumberMatch {
  const [written, number, kindCode, , issuerCode] = m;
  const key = `${number}-${kindCode}`;
  return {
    docNumber: issuerCode ? `${key}/${issuerCode}` : key,
    key,
    kindCode,
    hasIssuerCode: issuerCode !== undefined,
    written: written.trim(),
    index: m.index,
    end: m.index + written.length,
  };
}

function stateMatch(m: RegExpExecArray): DocNumberMatch {
  const [written, number, year, kindCode, issuerCode] = m;
  const docNumber = `${number}/${year ? `${year}/` : ""}${kindCode}-${issuerCode}`;
  return { docNumber, key: docNumber, kindCode, hasIssuerCode: true, written, index: m.index, end: m.index + written.length };
}

/** Every document number in a text, in reading order. */
export function findDocNumbers(text: string): DocNumberMatch[] {
  const found: DocNumberMatch[] = [];
  for (const m of text.matchAll(STATE_NUMBER)) found.push(stateMatch(m as RegExpExecArray));
  for (const m of text.matchAll(PARTY_NUMBER)) {
    const match = partyMatch(m as RegExpExecArray);
    if (!found.some((f) => match.index < f.end && f.index < match.end)) found.push(match);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The document's own number line: "Số 13 - KH/ĐUK", "Số: 45-TB/TU". */
export const OWN_NUMBER_LINE = /^Số\s*[:.]?\s*(?=\d)/u;

export function readOwnNumber(line: string): DocNumberMatch | null {
  const lead = OWN_NUMBER_LINE.exec(line);
  if (!lead) return null;
  const [first] = findDocNumbers(line.slice(lead[0].length));
  if (!first || first.index !== 0) return null;
  return { ...first, index: first.index + lead[0].length, end: first.end + lead[0].length };
}

/**
 * A number left blank to be filled in at signing: "Số      -CTr/TU", "Số: …/KH-UBND". The code
 * after the gap still tells the kind.
 */
const BLANK_NUMBER = /^Số\s*[:.]?\s*[.…_]*\s*(?:[-–]\s*(CTr|QĐi|[A-ZĐ]{1,4})(?:\s*\/\s*[A-ZĐ][\p{L}.]{0,11})?|\/\s*([A-ZĐ][A-ZĐa-zđ]{0,5})\s*-\s*[A-ZĐ][A-ZĐa-zđ0-9-]{0,20})(?![\p{L}\d])/u;

export function readBlankNumber(line: string): { written: string; kindCode: string } | null {
  const m = BLANK_NUMBER.exec(line);
  return m ? { written: m[0], kindCode: m[1] ?? m[2] } : null;
}

export function asDocumentKind(code: string): DocumentKind | null {
  return (DOCUMENT_KINDS as readonly string[]).includes(code) ? (code as DocumentKind) : null;
}
