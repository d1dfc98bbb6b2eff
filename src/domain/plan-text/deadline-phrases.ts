/**
 * Deadlines as party documents phrase them. "trước ngày 20/12/2019" is the last acceptable
 * day, inclusive (docs/deadline-rules.md); a month or quarter means its last day; a day and month without
 * a year take the year of the document's date. A date that does not exist (31/02) is
 * reported, never replaced by a guess.
 */
import { addDays, formatVietnameseDate, lastDayOfMonth, makeDate, toDayNumber } from "../calendar-date";
import type { Location, Problem } from "../result";
import type { IsoDate } from "../types";
import { quarterNumber } from "./date-words";

export type DeadlineFinding =
  | { kind: "date"; phrase: string; date: IsoDate; nextYear: boolean }
  | { kind: "invalid"; phrase: string }
  | { kind: "noYear"; phrase: string }
  | { kind: "noBase"; phrase: string }
  | { kind: "workingDays"; phrase: string }
  /** Counted from an event the text names ("15 ngày làm việc kể từ ngày kết thúc hội nghị"): no date to count from. */
  | { kind: "afterEvent"; phrase: string };

/** What the document gives: day + month (+ year), or a period whose last day is meant. */
type Due =
  | { unit: "day"; day: number; month: number; year: number | null }
  | { unit: "month"; month: number; year: number | null }
  | { unit: "quarter"; quarter: number; year: number | null }
  | { unit: "firstHalf"; year: number | null }
  | { unit: "year"; year: number }
  | { unit: "daysAfterIssue"; days: number; workingDays: boolean }
  | { unit: "afterEvent" };

interface PhraseRule {
  pattern: RegExp;
  /** null when the match is not a date after all (e.g. "1.000" read as day.month). */
  read(m: RegExpExecArray): Due | null;
}

const NOT_AFTER_LETTER = "(?<![\\p{L}])";
const DAY_LEAD =
  "(?:hoàn thành\\s+)?(?:trước|chậm nhất(?:\\s+là)?(?:\\s+vào)?|muộn nhất(?:\\s+là)?|hạn chót(?:\\s+là)?|hạn cuối(?:\\s+là)?|đến hết|xong trước|thời hạn(?:\\s+hoàn thành)?(?:\\s+là)?\\s*:?|thời gian hoàn thành\\s*:?|hoàn thành(?:\\s+vào|\\s+xong|\\s+trong)?|trong)";
const PERIOD_LEAD =
  "(?:(?:hoàn thành|xong|thực hiện)\\s+)?(?:trong|chậm nhất(?:\\s+là)?\\s+trong|thời gian(?:\\s+(?:thực hiện|hoàn thành))?\\s*:|thời hạn\\s*:?)";
const YEAR_TAIL = "(?:\\s*[/-]\\s*(\\d{4})|\\s+năm\\s+(\\d{4}))?";

const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));

const RULES: readonly PhraseRule[] = [
  {
    // "trước ngày 20/12/2019", "chậm nhất ngày 28 tháng 02 năm 2020", "trước 30/6"
    pattern: new RegExp(
      `${NOT_AFTER_LETTER}${DAY_LEAD}\\s*(?:ngày\\s+)?(?:(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\2\\s*(\\d{4}))?(?!\\d|[/.-]\\d)|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?)`,
      "giu",
    ),
    read(m) {
      if (m[1] !== undefined) {
        // "1.000" is a number, not 1 January: a dotted day.month needs its year.
        if (m[2] === "." && m[4] === undefined) return null;
        return { unit: "day", day: Number(m[1]), month: Number(m[3]), year: num(m[4]) };
      }
      return { unit: "day", day: Number(m[5]), month: Number(m[6]), year: num(m[7]) };
    },
  },
  {
    // "hoàn thành trong tháng 4/2020", "Thời gian: tháng 9 năm 2020"
    pattern: new RegExp(`${NOT_AFTER_LETTER}${PERIOD_LEAD}\\s*tháng\\s+(\\d{1,2})${YEAR_TAIL}(?![\\d]|\\s*[/-]\\s*\\d)`, "giu"),
    read: (m) => ({ unit: "month", month: Number(m[1]), year: num(m[2] ?? m[3]) }),
  },
  {
    // "trong quý II/2020", "Thời gian: Quý I năm 2020"
    pattern: new RegExp(`${NOT_AFTER_LETTER}${PERIOD_LEAD}\\s*quý\\s+(IV|I{1,3}|[1-4])${YEAR_TAIL}(?![\\p{L}\\d])`, "giu"),
    read(m) {
      const quarter = quarterNumber(m[1]);
      return quarter === null ? null : { unit: "quarter", quarter, year: num(m[2] ?? m[3]) };
    },
  },
  {
    // "hoàn thành trong 6 tháng đầu năm 2020"
    pattern: new RegExp(`${NOT_AFTER_LETTER}${PERIOD_LEAD}\\s*(?:6|sáu)\\s+tháng\\s+đầu\\s+năm(?:\\s+(\\d{4}))?`, "giu"),
    read: (m) => ({ unit: "firstHalf", year: num(m[1]) }),
  },
  {
    // "hoàn thành trong năm 2020", "thực hiện trong năm 2026"
    pattern: new RegExp(`${NOT_AFTER_LETTER}(?:hoàn thành|xong|thực hiện)\\s+trong\\s+năm\\s+(\\d{4})(?!\\s*[-–]\\s*\\d)`, "giu"),
    read: (m) => ({ unit: "year", year: Number(m[1]) }),
  },
  {
    // "thời hạn: năm 2026" (an appendix's deadline column)
    pattern: new RegExp(`${NOT_AFTER_LETTER}thời hạn\\s*:?\\s*năm\\s+(\\d{4})(?!\\s*[-–]\\s*\\d)`, "giu"),
    read: (m) => ({ unit: "year", year: Number(m[1]) }),
  },
  {
    // "thực hiện giai đoạn 2026 - 2030", "thời gian thực hiện: 2026 - 2030": done by the end of
    // the last year. A bare span ("nhiệm kỳ 2026 - 2031", "Đề án … giai đoạn 2026 - 2030") names
    // a period, not when the task is due, so the lead is required.
    pattern: new RegExp(
      `${NOT_AFTER_LETTER}(?:(?:thực hiện|triển khai)(?:\\s+trong)?(?:\\s+giai đoạn|\\s+từ năm)?|thời gian(?:\\s+thực hiện)?\\s*:|thời hạn\\s*:?)\\s*(?:giai đoạn\\s+)?(\\d{4})\\s*[-–]\\s*(\\d{4})(?!\\d)`,
      "giu",
    ),
    read: (m) => (Number(m[2]) > Number(m[1]) ? { unit: "year", year: Number(m[2]) } : null),
  },
  {
    // "trong vòng 15 ngày kể từ ngày ký"
    pattern: new RegExp(
      `${NOT_AFTER_LETTER}trong\\s+(?:vòng|thời hạn)\\s+(\\d{1,3})\\s+ngày(\\s+làm việc)?\\s*,?\\s*(?:kể\\s+)?từ\\s+ngày\\s+(?:ký|ban hành)`,
      "giu",
    ),
    read: (m) => ({ unit: "daysAfterIssue", days: Number(m[1]), workingDays: m[2] !== undefined }),
  },
  {
    // "trong 15 ngày làm việc kể từ ngày kết thúc hội nghị", "chậm nhất 07 ngày sau khi kết thúc":
    // counted from an event the plan cannot date, so flagged rather than guessed.
    pattern: new RegExp(
      `${NOT_AFTER_LETTER}(?:trong(?:\\s+(?:vòng|thời hạn))?|chậm nhất(?:\\s+là)?|muộn nhất(?:\\s+là)?)\\s+(\\d{1,3})\\s+ngày(?:\\s+làm việc)?\\s*,?\\s*(?:(?:kể\\s+)?từ|sau)\\s+(?:ngày|khi)\\s+(?!(?:ký|ban hành)(?![\\p{L}]))[^,.;\\n]{1,60}`,
      "giu",
    ),
    read: () => ({ unit: "afterEvent" }),
  },
];

/** The last day a Due stands for in a given year; null when that day does not exist. */
function lastDayIn(due: Exclude<Due, { unit: "daysAfterIssue" | "afterEvent" }>, year: number): IsoDate | null {
  switch (due.unit) {
    case "day":
      return makeDate(year, due.month, due.day);
    case "month":
      return due.month >= 1 && due.month <= 12 ? lastDayOfMonth(year, due.month) : null;
    case "quarter":
      return lastDayOfMonth(year, due.quarter * 3);
    case "firstHalf":
      return makeDate(year, 6, 30);
    case "year":
      return makeDate(year, 12, 31);
  }
}

function resolve(due: Due, phrase: string, issuedOn: IsoDate | null): DeadlineFinding | null {
  if (due.unit === "afterEvent") return { kind: "afterEvent", phrase };
  if (due.unit === "daysAfterIssue") {
    if (due.workingDays) return { kind: "workingDays", phrase };
    if (!issuedOn) return { kind: "noBase", phrase };
    return { kind: "date", phrase, date: addDays(issuedOn, due.days), nextYear: false };
  }
  if (due.unit === "day" && (due.day < 1 || due.day > 31 || due.month < 1 || due.month > 12)) return null;
  if (due.unit === "month" && (due.month < 1 || due.month > 12)) return null;
  if (due.year !== null) {
    const date = lastDayIn(due, due.year);
    return date ? { kind: "date", phrase, date, nextYear: false } : { kind: "invalid", phrase };
  }
  if (!issuedOn) return { kind: "noYear", phrase };
  const year = Number(issuedOn.slice(0, 4));
  const sameYear = lastDayIn(due, year);
  // "trước 15/01" in a plan dated December: the coming January is meant, not the past one.
  if (sameYear && toDayNumber(sameYear) >= toDayNumber(issuedOn)) return { kind: "date", phrase, date: sameYear, nextYear: false };
  const following = lastDayIn(due, year + 1);
  if (following) return { kind: "date", phrase, date: following, nextYear: true };
  return { kind: "invalid", phrase };
}

/** Every deadline phrase in a text, in reading order. */
export function findDeadlines(text: string, issuedOn: IsoDate | null): DeadlineFinding[] {
  const hits: Array<{ index: number; end: number; finding: DeadlineFinding }> = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const due = rule.read(m);
      const finding = due ? resolve(due, m[0].trim(), issuedOn) : null;
      if (finding) hits.push({ index: m.index, end: m.index + m[0].length, finding });
    }
  }
  hits.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: typeof hits = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (!last || hit.index >= last.end) kept.push(hit);
  }
  return kept.map((h) => h.finding);
}

/**
 * The task's deadline: the latest date named (a task "báo cáo sơ kết trước 30/6, tổng kết
 * trước 15/12" is done when the last part is), with a problem for everything unsure.
 */
export function chooseDeadline(
  text: string,
  issuedOn: IsoDate | null,
  task: string,
  at: Location,
): { deadline: IsoDate | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const dates: IsoDate[] = [];
  for (const f of findDeadlines(text, issuedOn)) {
    if (f.kind === "date") {
      dates.push(f.date);
      if (f.nextYear) problems.push({ key: "planText.deadlineNextYear", params: { task, value: f.phrase, year: f.date.slice(0, 4) }, at });
    } else if (f.kind === "invalid") problems.push({ key: "planText.deadlineInvalid", params: { task, value: f.phrase }, at });
    else if (f.kind === "noYear") problems.push({ key: "planText.deadlineNoYear", params: { task, value: f.phrase }, at });
    else if (f.kind === "noBase") problems.push({ key: "planText.deadlineNoBase", params: { task, value: f.phrase }, at });
    else if (f.kind === "afterEvent") problems.push({ key: "planText.deadlineAfterEvent", params: { task, value: f.phrase }, at });
    else problems.push({ key: "planText.deadlineWorkingDays", params: { task, value: f.phrase }, at });
  }
  if (dates.length === 0) return { deadline: null, problems };
  const distinct = [...new Set(dates)].sort();
  const deadline = distinct[distinct.length - 1];
  if (distinct.length > 1) {
    problems.push({ key: "planText.deadlineSeveral", params: { task, values: distinct.map(formatVietnameseDate).join(", "), date: formatVietnameseDate(deadline) }, at });
  }
  return { deadline, problems };
}
