/**
 * Repairs the damage that PDF text extraction does to Vietnamese documents, and nothing else:
 * every rule below is one where the intended character is certain. The result is a list of
 * logical lines (a paragraph, heading or list item each), with the source line it began on.
 * Normalising already-normalised text changes nothing (pinned by a property test).
 */
import { isAllCaps, startsLowercase, startsUppercase } from "./vietnamese-text";

export interface TextLine {
  text: string;
  /** 1-based line of the original text where this logical line begins. */
  line: number;
}

/**
 * Letters that fonts and converters put where a Vietnamese letter was meant. Each maps a
 * character that never occurs in Vietnamese to the one it stands for:
 * - U+01A3/U+01A2 (ƣ Ƣ, "Latin letter OI"): PDF fonts built from TCVN3 (ABC) and VNI glyph
 *   tables map the glyph of ư/Ư to these code points, so extracted text shows "thƣờng".
 * - U+00D0/U+00F0 (Ð ð, Icelandic eth): Windows-1258 puts Đ/đ at 0xD0/0xF0, the slots of
 *   Ð/ð in Windows-1252/Latin-1, so text decoded with the wrong code page shows them.
 * - U+0189 (Ɖ, African D): a look-alike of Đ used by some converters for the capital.
 * Letters whose misreading is ambiguous (ý for ư in VNI, õ for ơ in Windows-1258) are
 * left alone: "ý" is itself a Vietnamese letter.
 */
const CERTAIN_LETTER_REPAIRS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\u01A3/gu, "ư"],
  [/\u01A2/gu, "Ư"],
  [/\u00D0/gu, "Đ"],
  [/\u00F0/gu, "đ"],
  [/\u0189/gu, "Đ"],
  [/\uFB01/gu, "fi"],
  [/\uFB02/gu, "fl"],
];

/** Words after which a number always follows with a space ("tháng12" → "tháng 12"). */
const WORDS_BEFORE_NUMBERS = "ngày|tháng|năm|quý|số|khóa|khoá|đợt|lần|trước|đến|từ";
const MISSING_SPACE_AFTER_WORD = new RegExp(`(?<![\\p{L}\\d])(${WORDS_BEFORE_NUMBERS})(?=\\d)`, "giu");
/** Words that never stick to a number before them ("2019của" → "2019 của"). */
const MISSING_SPACE_BEFORE_WORD = /(?<=\d)(?=(?:ngày|tháng|năm|của|và|về|tại|trước|theo)(?![\p{L}]))/gu;
/** A comma glued to the next word ("2019,đồng thời"); never between digits (94,9%). */
const MISSING_SPACE_AFTER_COMMA = /(?<=[\p{L}\d)]),(?=\p{Ll})/gu;

/** Character-level repairs inside one line. Idempotent. */
export function repairCharacters(text: string): string {
  let out = text.normalize("NFC");
  for (const [pattern, replacement] of CERTAIN_LETTER_REPAIRS) out = out.replace(pattern, replacement);
  out = out
    .replace(/[\u00A0\u2007\u202F\t]/gu, " ")
    .replace(/[\u200B\u2060\uFEFF]/gu, "")
    // OCR tools write markdown: "**THÔNG BÁO**", "## II. NHIỆM VỤ"; a lone "*" (under the issuer) stays.
    .replace(/\*\*/gu, "")
    .replace(/^#{1,6}\s+/u, "")
    .replace(MISSING_SPACE_AFTER_WORD, "$1 ")
    .replace(MISSING_SPACE_BEFORE_WORD, " ")
    .replace(MISSING_SPACE_AFTER_COMMA, ", ")
    .replace(/ {2,}/gu, " ")
    .trim();
  return out;
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?$|^(?:Trang|trang|Page)\s+\d{1,3}(?:\s*(?:\/|của|trên|of)\s*\d{1,3})?$/u;

/** Lines of an incoming-mail stamp ("ĐẾN Số: 13232", "Ngày: 29.8.2019", "Chuyển:"). */
export const STAMP_LINE =
  /^(?:(?:CÔNG VĂN\s+)?ĐẾN(?![\p{L}\d])|Số\s*:\s*\d+\s*$|Ngày\s*:\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*$|Chuy[eêểề]n\s*:|Lưu hồ sơ số|Giờ\s*:)/u;

const SEPARATOR = /^(?:[-_=~*.·]{3,}|\*)$/u;
const ITEM_MARKER = /^(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]\s*\S|\d{1,2}\.\d{1,2}\s|\p{Ll}\s*\)\s*\S|[IVXL]{1,5}\s*[.)]\s*\S)/u;
const BULLET = /^[-+•–—]\s*(?:\p{Lu}|\d|“|")/u;
const BLOCK_KEYWORD = /^(?:Nơi nhận|Kính gửi|V\/v|T\/M|K\/T|T\/L|TM\.|KT\.|TL\.|TUQ\.|Q\.\s|Trên đây|Số\s*:?\s*\d)/u;
const DATE_LINE = /,\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$/u;

const PARAGRAPH_OPENER =
  /^(?:Căn cứ|Ngày\s+\d{1,2}\s*[/.-]\s*\d|Thực hiện\s+(?:Nghị quyết|Chỉ thị|Kết luận|Kế hoạch|Quyết định|Công văn|Thông báo|Chương trình|Hướng dẫn))(?![\p{L}])/u;

/** A line after which nothing can continue the same paragraph. */
function closesParagraph(line: string): boolean {
  return (
    /[.:;!?…]$/u.test(line) ||
    isAllCaps(line) ||
    SEPARATOR.test(line) ||
    STAMP_LINE.test(line) ||
    DATE_LINE.test(line) ||
    /^(?:Kính gửi|Nơi nhận|Số\s*:?\s*\d)/u.test(line)
  );
}

/** A line that starts a new paragraph, heading or list item whatever comes before it. */
function opensBlock(line: string): boolean {
  return (
    ITEM_MARKER.test(line) ||
    BULLET.test(line) ||
    SEPARATOR.test(line) ||
    BLOCK_KEYWORD.test(line) ||
    STAMP_LINE.test(line) ||
    DATE_LINE.test(line) ||
    isAllCaps(line)
  );
}

/** How two lines join: "" (a code split at its hyphen), " " (a sentence split), or null. */
function joiner(previous: string, next: string): "" | " " | null {
  // "Số:173" / "/KH-UBND": a PDF puts the number and its code in separate text runs.
  if (/^Số\s*[:.]?\s*\d{1,5}$/u.test(previous) && /^[/-]\s*\p{Lu}/u.test(next)) return "";
  if (closesParagraph(previous) || opensBlock(next)) return null;
  // "Kết luận 50-" / "KL/TW": Vietnamese never hyphenates syllables at a line end, so a
  // hyphen glued to a number or code is a document number split across lines.
  if (/(?:\d|\p{Lu})-$/u.test(previous) && /^[\p{Lu}\d]/u.test(next)) return "";
  if (startsLowercase(next) || /^[-–]\s+\p{Ll}/u.test(next) || /^[\d(“"‘]/u.test(next)) return " ";
  // A proper noun at the start of the next line ("của Ban Thường vụ" / "Tỉnh ủy Bình Phước")
  // continues a long line that stopped mid-clause; a short one is a heading or header line.
  // A paragraph opener after a line without a comma starts the preamble, whose separating rule
  // or blank line the PDF or OCR text lost ("… năm 2026" / "Căn cứ Quyết định …").
  if (PARAGRAPH_OPENER.test(next) && !/,$/u.test(previous)) return null;
  if (startsUppercase(next) && previous.length >= 40 && /[\p{L}\d,]$/u.test(previous)) return " ";
  return null;
}

/** The header row of a table of tasks: after it, lines are cells, not wrapped sentences. */
const TABLE_HEADER = /^(?:STT|TT|Số TT)$/u;

type PhysicalLine = TextLine & { pageEdge: boolean; cell: boolean };

/** Splits the raw text into trimmed, repaired lines; drops page numbers and running headers. */
function physicalLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  // The top of the first page is a page edge too: running headers start there.
  let pageEdge = true;
  // Inside a table, the next row's number ("5") is a cell; any other bare number is a page number.
  let nextRow: number | null = null;
  text
    .replace(/\r\n?/gu, "\n")
    .split("\n")
    .forEach((rawLine, index) => {
      rawLine.split("\f").forEach((piece, pieceIndex) => {
        if (pieceIndex > 0) pageEdge = true;
        const repaired = repairCharacters(piece);
        if (repaired === "") return;
        const rowNumber = nextRow !== null && repaired === String(nextRow);
        if (PAGE_NUMBER.test(repaired) && !rowNumber) {
          pageEdge = true;
          if (lines.length > 0) lines[lines.length - 1].pageEdge = true;
          return;
        }
        lines.push({ text: repaired, line: index + 1, pageEdge, cell: nextRow !== null });
        if (rowNumber && nextRow !== null) nextRow++;
        if (TABLE_HEADER.test(repaired)) nextRow = 1;
        pageEdge = false;
      });
    });
  return dropRunningHeaders(lines);
}

/**
 * A line repeated at two or more page breaks is a running header or footer that the PDF
 * repeats on every page ("13-KH/ĐUK", the issuer's name), not content.
 */
function dropRunningHeaders(lines: PhysicalLine[]): PhysicalLine[] {
  const atEdges = new Map<string, number>();
  const total = new Map<string, number>();
  for (const l of lines) {
    total.set(l.text, (total.get(l.text) ?? 0) + 1);
    if (l.pageEdge) atEdges.set(l.text, (atEdges.get(l.text) ?? 0) + 1);
  }
  return lines.filter((l) => {
    const edges = atEdges.get(l.text) ?? 0;
    // Row numbers of a table repeat on no page edge twice, but "1" at two page tops would.
    return l.cell || !(edges >= 2 && edges === total.get(l.text));
  });
}

/** The logical lines of a document: paragraphs, headings and list items, repaired. */
export function normalizeLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  let lastWasCell = false;
  for (const current of physicalLines(text)) {
    const last = out[out.length - 1];
    // Cells of a flattened table are joined by the table reader, which knows the columns.
    const glue = last && !current.cell && !lastWasCell ? joiner(last.text, current.text) : null;
    if (last && glue !== null) {
      last.text = repairCharacters(last.text + glue + current.text);
    } else {
      out.push({ text: current.text, line: current.line });
    }
    lastWasCell = current.cell;
  }
  return out;
}

/** The repaired text, one logical line per line. */
export function normalizePlanText(text: string): string {
  return normalizeLines(text)
    .map((l) => l.text)
    .join("\n");
}
