/**
 * The header of a party document (Hướng dẫn 36-HD/VPTW, form of the first page): the
 * issuing bodies top left, the number under them, the motto and "<place>, ngày … tháng …
 * năm …" top right, then the kind's title and the subject ("trích yếu"), or for a công văn
 * the "V/v …" subject under the number and a "Kính gửi:" line. Extracts interleave the two
 * columns and may carry a receiving office's stamp ("ĐẾN Số: … Ngày: 29.8.2019"), whose
 * date is not the issue date.
 */
import type { Problem } from "../result";
import type { DocumentKind, IsoDate } from "../types";
import { readDayMonthYear } from "./date-words";
import { asDocumentKind, readBlankNumber, readOwnNumber, type DocNumberMatch } from "./doc-number";
import { STAMP_LINE, type TextLine } from "./normalize";
import { isAllCaps, squeeze, withoutMottos } from "./vietnamese-text";

export interface Header {
  docNumber: DocNumberMatch | null;
  kind: DocumentKind;
  issuedOn: IsoDate | null;
  place: string | null;
  parentIssuer: string | null;
  issuer: string | null;
  subject: string;
  /** Index of the first line of the body (after the header, subject and addressees). */
  bodyStart: number;
  problems: Problem[];
}

const TITLES: ReadonlyArray<readonly [RegExp, DocumentKind]> = [
  [/^KẾ HOẠCH(?![\p{L}\d])/u, "KH"],
  [/^CÔNG VĂN(?![\p{L}\d])/u, "CV"],
  [/^KẾT LUẬN(?![\p{L}\d])/u, "KL"],
  [/^NGHỊ QUYẾT(?![\p{L}\d])/u, "NQ"],
  [/^CHỈ THỊ(?![\p{L}\d])/u, "CT"],
  [/^BÁO CÁO(?![\p{L}\d])/u, "BC"],
  [/^THÔNG BÁO(?![\p{L}\d])/u, "TB"],
  [/^QUYẾT ĐỊNH(?![\p{L}\d])/u, "QĐ"],
  [/^HƯỚNG DẪN(?![\p{L}\d])/u, "HD"],
  [/^CHƯƠNG TRÌNH(?![\p{L}\d])/u, "CTr"],
];

/** "Bình Phước, ngày 02 tháng 12 năm 2019" (possibly after the number on the same line). */
const DATE_LINE = /(?:^|\s)([^,]*?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
/** The date line with the day (and maybe the month) left blank for signing: "ngày    tháng 8 năm 2026". */
const BLANK_DATE_LINE = /(?:^|\s)([^,]*?),\s*ngày\s*[.…_]*\s*tháng\s+(?:\d{1,2}|[.…_]+)\s+năm\s+(\d{4})/u;
const SUBJECT_LEAD = /^V\/v(?![\p{L}\d])/u;
/**
 * Sentences that open the preamble. A PDF's text layer loses the rule drawn under the subject,
 * so these end a subject that would otherwise run on into the body.
 */
const PREAMBLE_OPENER = /^(?:Căn cứ|Thực hiện|Để|Nhằm|Ngày\s+\d|Sau khi|Trên cơ sở|Qua|Theo)(?![\p{L}\d])/u;
/** A state body's name that the line below completes ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG TRỊ"): one issuer, no parent. */
const STATE_BODY = /^(?:ỦY|UỶ) BAN NHÂN DÂN$|^HỘI ĐỒNG NHÂN DÂN$/u;
const ADDRESSEES = /^Kính gửi(?![\p{L}\d])/u;
const SEPARATOR = /^(?:[-_=~*.·]{3,}|\*)$/u;
/** Where the body has surely begun: a section heading or a numbered item. */
const BODY_OPENER = /^(?:[IVXL]{1,5}\s*[.)]\s*\S|\d{1,2}\s*[.)]\s*\S|\p{Ll}\s*\)\s)/u;

function titleKind(line: string): DocumentKind | null {
  if (!isAllCaps(line)) return null;
  const text = withoutMottos(line);
  for (const [pattern, kind] of TITLES) if (pattern.test(text)) return kind;
  return null;
}

function isHeaderMarker(line: string): boolean {
  return (
    readOwnNumber(line) !== null ||
    readBlankNumber(line) !== null ||
    DATE_LINE.test(line) ||
    BLANK_DATE_LINE.test(line) ||
    titleKind(line) !== null ||
    SUBJECT_LEAD.test(line)
  );
}

function placeFrom(prefix: string, own: DocNumberMatch | null, blank: string | null): string | null {
  let text = withoutMottos(prefix);
  if (blank) text = text.replace(blank, "");
  if (own) text = text.replace(/^Số\s*[:.]?\s*/u, "").replace(own.written, "");
  text = squeeze(text.replace(/^[\s,*]+/u, ""));
  return text === "" ? null : text;
}

export function readHeader(lines: readonly TextLine[]): Header {
  const problems: Problem[] = [];
  const issuerLines: string[] = [];
  const stamp: TextLine[] = [];
  let i = 0;

  // Top-left block: the capitalised names of the parent body and the issuing body.
  for (; i < lines.length; i++) {
    const { text } = lines[i];
    if (isHeaderMarker(text) || STAMP_LINE.test(text)) break;
    const name = withoutMottos(text).replace(/\s*\*$/u, "");
    if (name === "" || SEPARATOR.test(name)) continue;
    if (!isAllCaps(name)) break;
    issuerLines.push(name);
  }

  let docNumber: DocNumberMatch | null = null;
  let blankNumber: { written: string; kindCode: string; line: number } | null = null;
  let blankDate: TextLine | null = null;
  let dateLine: TextLine | null = null;
  let titled: DocumentKind | null = null;
  let titleText = "";
  let subjectLead = false;
  const subject: string[] = [];

  const takeSubject = (from: number, capsAreTitle: boolean): number => {
    let j = from;
    for (; j < lines.length && subject.length < 4; j++) {
      const { text } = lines[j];
      if (STAMP_LINE.test(text)) {
        stamp.push(lines[j]);
        continue;
      }
      if (withoutMottos(text) === "") continue;
      if (isAllCaps(text) && capsAreTitle && subject.length === 0) {
        // A title in two lines: "THÔNG BÁO" / "KẾT LUẬN CỦA BAN THƯỜNG VỤ …".
        subject.push(text);
        continue;
      }
      if (isAllCaps(text) && !titleKind(text)) {
        stamp.push(lines[j]);
        continue;
      }
      if (SEPARATOR.test(text) || ADDRESSEES.test(text) || BODY_OPENER.test(text) || isHeaderMarker(text)) break;
      if (subject.length > 0 && PREAMBLE_OPENER.test(text)) break;
      const last = subject[subject.length - 1];
      if (last !== undefined && !(last.length < 60 && !/[.:;!?]$/u.test(last)) && !isAllCaps(last)) break;
      subject.push(text);
    }
    return j;
  };

  while (i < lines.length) {
    const current = lines[i];
    const { text } = current;
    const own = readOwnNumber(text);
    if (own && !docNumber) {
      docNumber = own;
      if (DATE_LINE.test(text) && !dateLine) dateLine = current;
      i++;
    } else if (DATE_LINE.test(text) && !dateLine && !BODY_OPENER.test(text)) {
      dateLine = current;
      i++;
    } else if ((readBlankNumber(text) && !docNumber && !blankNumber) || (BLANK_DATE_LINE.test(text) && !dateLine && !blankDate)) {
      const blank = readBlankNumber(text);
      if (blank && !docNumber && !blankNumber) blankNumber = { ...blank, line: current.line };
      if (BLANK_DATE_LINE.test(text) && !dateLine) blankDate = current;
      i++;
    } else if (STAMP_LINE.test(text)) {
      stamp.push(current);
      i++;
    } else if (SEPARATOR.test(text) || withoutMottos(text) === "") {
      i++;
    } else if (titleKind(text) && !titled) {
      titled = titleKind(text);
      titleText = withoutMottos(text);
      i = takeSubject(i + 1, true);
    } else if (SUBJECT_LEAD.test(text) && subject.length === 0) {
      subjectLead = true;
      subject.push(text);
      i = takeSubject(i + 1, false);
    } else if (ADDRESSEES.test(text)) {
      for (i++; i < lines.length && /^[-+•]\s*/u.test(lines[i].text) && !BODY_OPENER.test(lines[i].text); i++);
    } else if (isAllCaps(text) && !BODY_OPENER.test(text)) {
      if (!docNumber && !titled && !dateLine) issuerLines.push(withoutMottos(text).replace(/\s*\*$/u, ""));
      else stamp.push(current);
      i++;
    } else {
      break;
    }
  }
  const bodyStart = i;

  if (stamp.length > 0) {
    problems.push({ key: "planText.stampIgnored", params: { value: stamp.map((s) => s.text).join("; ") }, at: { line: stamp[0].line } });
  }
  if (blankNumber && !docNumber) {
    problems.push({ key: "planText.numberBlank", params: { value: squeeze(blankNumber.written) }, at: { line: blankNumber.line } });
  } else if (!docNumber) problems.push({ key: "planText.noDocNumber", at: { line: 1 } });

  let issuedOn: IsoDate | null = null;
  let place: string | null = null;
  if (dateLine) {
    const m = DATE_LINE.exec(dateLine.text) as RegExpExecArray;
    place = placeFrom(m[1], docNumber, null);
    const reading = readDayMonthYear(Number(m[2]), Number(m[3]), Number(m[4]));
    if (reading?.ok) issuedOn = reading.date;
    else problems.push({ key: "planText.issueDateInvalid", params: { value: m[0].trim() }, at: { line: dateLine.line } });
  } else if (blankDate) {
    const m = BLANK_DATE_LINE.exec(blankDate.text) as RegExpExecArray;
    place = placeFrom(m[1], null, blankNumber?.written ?? null);
    problems.push({ key: "planText.issueDayBlank", params: { value: m[0].replace(/^[^,]*,\s*/u, "").trim() }, at: { line: blankDate.line } });
  } else {
    problems.push({ key: "planText.noIssueDate", at: { line: 1 } });
  }

  const codeKind = docNumber ? asDocumentKind(docNumber.kindCode) : blankNumber ? asDocumentKind(blankNumber.kindCode) : null;
  let kind: DocumentKind;
  if (codeKind) {
    kind = codeKind;
    if (titled && titled !== codeKind) problems.push({ key: "planText.kindMismatch", params: { code: codeKind, title: titleText }, at: { line: 1 } });
  } else if (titled) kind = titled;
  else if (subjectLead) kind = "CV";
  else {
    kind = "KH";
    problems.push({ key: "planText.kindGuessed", params: { kind: "KH" }, at: { line: 1 } });
  }

  if (issuerLines.length === 0) problems.push({ key: "planText.noIssuer", at: { line: 1 } });
  const stateBody = issuerLines.length >= 2 && STATE_BODY.test(issuerLines[0]);
  const parentIssuer = issuerLines.length >= 2 && !stateBody ? issuerLines[0] : null;
  const issuer = issuerLines.length === 0 ? null : issuerLines.slice(issuerLines.length >= 2 && !stateBody ? 1 : 0).join(" ");

  const subjectText = squeeze(subject.join(" "));
  if (subjectText === "") problems.push({ key: "planText.noSubject", at: { line: lines[bodyStart]?.line ?? 1 } });

  return { docNumber, kind, issuedOn, place, parentIssuer, issuer, subject: subjectText, bodyStart, problems };
}
