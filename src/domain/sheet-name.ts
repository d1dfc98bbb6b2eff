/**
 * Sheet names for unit sheets: valid by Excel's rules (sheet-name-rules.ts) and unique in the
 * workbook by Excel's comparison (sheet-name-key.ts), also for Vietnamese letters ("Đ" = "đ").
 *
 * Long Vietnamese unit names are shortened deterministically: the usual organisational words
 * become the abbreviations staff already write ("Chi bộ" → "CB", "Công ty cổ phần" → "CTCP"),
 * and when that is not enough the distinctive tail of the name is kept (in Vietnamese the proper
 * name comes last: "… Trường THPT chuyên Quang Trung"). The full name stays in the sheet's title cell.
 */
import { sheetNameKey } from "./sheet-name-key";
import { FORBIDDEN_SHEET_NAME_CHARS, MAX_SHEET_NAME_LENGTH, RESERVED_SHEET_NAME, isValidSheetName } from "./sheet-name-rules";
import type { UnitCode } from "./types";

const FORBIDDEN_CHARS = new RegExp(FORBIDDEN_SHEET_NAME_CHARS.source, "g");
// C0/C1 control characters (tab, CR, LF…) cannot be typed into a sheet tab.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * A name this module may give a sheet: one Excel accepts that a user could also type, so none of
 * the control characters or edge spaces a name read back from a workbook might carry.
 */
function isAssignable(name: string): boolean {
  return isValidSheetName(name) && !new RegExp(CONTROL_CHARS.source).test(name) && name.trim() === name;
}

/** Longest phrases first, so "Đảng bộ cơ sở" wins over "Đảng bộ". */
const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ["Đảng bộ cơ sở", "ĐBCS"],
  ["Đảng bộ bộ phận", "ĐBBP"],
  ["Chi bộ cơ sở", "CBCS"],
  ["Chi bộ", "CB"],
  ["Đảng bộ", "ĐB"],
  ["Công ty trách nhiệm hữu hạn", "Cty TNHH"],
  ["trách nhiệm hữu hạn", "TNHH"],
  ["một thành viên", "MTV"],
  ["Tổng công ty", "TCty"],
  ["Công ty cổ phần", "CTCP"],
  ["thương mại cổ phần", "TMCP"],
  ["Công ty", "Cty"],
  ["Ngân hàng Nhà nước", "NHNN"],
  ["Ngân hàng", "NH"],
  ["Chi nhánh", "CN"],
  ["Ủy ban nhân dân", "UBND"],
  ["Uỷ ban nhân dân", "UBND"],
  ["Hội đồng nhân dân", "HĐND"],
  ["Mặt trận Tổ quốc", "MTTQ"],
  ["Nông nghiệp và Phát triển nông thôn", "NN&PTNT"],
  ["Khoa học và Công nghệ", "KH&CN"],
  ["Trung học phổ thông", "THPT"],
  ["Trung học cơ sở", "THCS"],
  ["Liên đoàn Lao động", "LĐLĐ"],
  ["Phát thanh - Truyền hình", "PT-TH"],
  ["Phát thanh và Truyền hình", "PT-TH"],
  ["Ban Quản lý", "BQL"],
  ["Khu kinh tế", "KKT"],
  ["Văn phòng", "VP"],
  ["Trung tâm", "TT"],
  ["Bệnh viện", "BV"],
  ["Cơ quan", "CQ"],
  ["Doanh nghiệp", "DN"],
  ["Thành phố", "TP"],
  ["Việt Nam", "VN"],
];

/** Short forms that name the kind of organisation; kept in front when the tail is cut. */
const KIND_PREFIXES = new Set(["ĐBCS", "ĐBBP", "CBCS", "CB", "ĐB"]);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Whole words only: a phrase must not start or end inside another word ("Chi bộ" in "Chi bội").
const ABBREVIATION_RULES = ABBREVIATIONS.map(
  ([phrase, short]) => [new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, "giu"), short] as const,
);

/** Removes what Excel refuses and what would read badly: forbidden and control characters, edge apostrophes, runs of spaces. */
export function cleanSheetText(text: string): string {
  let cleaned = text.normalize("NFC").replace(CONTROL_CHARS, " ").replace(FORBIDDEN_CHARS, " ").replace(/\s+/g, " ").trim();
  while (cleaned.startsWith("'") || cleaned.endsWith("'")) cleaned = cleaned.replace(/^'+|'+$/g, "").trim();
  return cleaned;
}

/** Replaces the common organisational phrases by their usual abbreviations. */
export function abbreviateUnitName(name: string): string {
  let result = name;
  for (const [rule, short] of ABBREVIATION_RULES) result = result.replace(rule, short);
  return result.replace(/\s+/g, " ").trim();
}

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair (Excel counts UTF-16 units). */
function cutToLength(text: string, max: number): string {
  let out = "";
  for (const ch of Array.from(text)) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** Keeps the kind prefix (if any) and as many trailing words as fit in `max`. */
function keepTail(words: string[], max: number): string {
  const head = words.length > 1 && KIND_PREFIXES.has(words[0]) ? words[0] : null;
  const rest = head ? words.slice(1) : words;
  const budget = head ? max - head.length - 1 : max;
  const tail: string[] = [];
  let length = 0;
  for (let i = rest.length - 1; i >= 0; i--) {
    const add = rest[i].length + (tail.length > 0 ? 1 : 0);
    if (length + add > budget) break;
    tail.unshift(rest[i]);
    length += add;
  }
  if (tail.length === 0) {
    // One word longer than the room left: keep its beginning.
    return cutToLength(words.join(" "), max).trim();
  }
  return head ? `${head} ${tail.join(" ")}` : tail.join(" ");
}

/** Strips apostrophes and spaces an abbreviation or cut may have left at the edges. */
function tidyEdges(text: string): string {
  let tidy = text.trim();
  while (tidy.startsWith("'") || tidy.endsWith("'")) tidy = tidy.replace(/^'+|'+$/g, "").trim();
  return tidy;
}

/**
 * A valid sheet name of at most `max` characters for a unit name (uniqueness aside): the
 * cleaned name when it fits, else its abbreviated form, else the kind prefix and the tail.
 * Returns "" when nothing of the name survives cleaning.
 */
export function shortenSheetName(name: string, max: number = MAX_SHEET_NAME_LENGTH): string {
  const cleaned = cleanSheetText(name);
  if (cleaned.length <= max) return cleaned;
  const abbreviated = tidyEdges(abbreviateUnitName(cleaned));
  if (abbreviated.length <= max) return abbreviated;
  return tidyEdges(keepTail(abbreviated.split(" "), max));
}

export interface NamedUnit {
  code: UnitCode;
  name: string;
}

/** `base` shortened so that " suffix" still fits, then the suffix. */
function withSuffix(base: string, suffix: string): string {
  const room = MAX_SHEET_NAME_LENGTH - suffix.length - 1;
  const head = room > 0 ? shortenSheetName(base, room) : "";
  return head ? `${head} ${suffix}` : cutToLength(suffix, MAX_SHEET_NAME_LENGTH);
}

/**
 * Gives every unit a sheet name: valid, unique ignoring case, and not one of `reserved`
 * (the tracker's own sheets and any other sheet of the workbook). A unit that already has a
 * sheet (`previous`) keeps its name across rebuilds, even after the unit is renamed, so links
 * and users' own formulas to it keep working. New units get their shortened name, with their
 * code added when that name is taken. Deterministic: the same inputs give the same names.
 */
export function assignSheetNames(
  units: readonly NamedUnit[],
  reserved: readonly string[],
  previous: ReadonlyMap<UnitCode, string> = new Map(),
): Map<UnitCode, string> {
  const taken = new Set<string>([sheetNameKey(RESERVED_SHEET_NAME), ...reserved.map(sheetNameKey)]);
  const result = new Map<UnitCode, string>();

  for (const unit of units) {
    const kept = previous.get(unit.code);
    if (kept === undefined || !isAssignable(kept) || taken.has(sheetNameKey(kept))) continue;
    taken.add(sheetNameKey(kept));
    result.set(unit.code, kept);
  }

  for (const unit of units) {
    if (result.has(unit.code)) continue;
    // Codes are short by the unit rules; cut anyway so "name code-n" always has room to differ.
    const code = tidyEdges(cutToLength(cleanSheetText(unit.code), 20)) || "DV";
    const candidates = [shortenSheetName(unit.name), withSuffix(unit.name, code)];
    let chosen = candidates.find((c) => c !== "" && isAssignable(c) && !taken.has(sheetNameKey(c)));
    for (let n = 2; chosen === undefined; n++) {
      const candidate = withSuffix(unit.name, `${code}-${n}`);
      if (isAssignable(candidate) && !taken.has(sheetNameKey(candidate))) chosen = candidate;
    }
    taken.add(sheetNameKey(chosen));
    result.set(unit.code, chosen);
  }
  return result;
}
