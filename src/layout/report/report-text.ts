/**
 * The report's sentences, generated from its figures in the wording of party reports: counts
 * as "lượt nhiệm vụ" (one task for one unit), numbers in Vietnamese style (1.234; 94,9%), and
 * nothing said of what is zero where saying it would only add noise.
 */
import { formatVietnameseDate } from "../../domain/calendar-date";
import type { HeadlineFigures, MeasureRate, ReportFigures, ReportRecord, UnitFigures } from "../../domain/report";
import type { Plan, UnitCode } from "../../domain/types";
import { formatNumberVi, formatPercentVi } from "../../domain/vietnamese-number";
import { t, type MessageKey } from "../../i18n/messages";
import { periodLabel } from "./report-names";

const n = formatNumberVi;
const pct = (ratio: number | null) => formatPercentVi(ratio ?? 0);

/** "Kế hoạch" for KH, "Công văn" for CV, … */
export function kindName(plan: Plan): string {
  return t(`planKind.${plan.kind}` as MessageKey);
}

function planDate(plan: Plan): string {
  return plan.issuedOn ? t("report.subject.planDate", { date: formatVietnameseDate(plan.issuedOn) }) : "";
}

/** "Kết quả thực hiện Kế hoạch số 13-KH/ĐUK ngày 02/12/2019, tháng 12 năm 2019" */
export function subjectLine(plan: Plan, figures: ReportFigures): string {
  return t("report.subject", { kindName: kindName(plan), docNumber: plan.docNumber, planDate: planDate(plan), period: periodLabel(figures.period) });
}

/** The plan's subject after "về", starting lower case as it continues a sentence. */
function aboutSubject(subject: string): string {
  const trimmed = subject.trim();
  if (trimmed === "") return "";
  const lowered = trimmed.charAt(0).toLocaleLowerCase("vi") + trimmed.slice(1);
  return /^về\s/i.test(trimmed) ? ` ${lowered}` : t("report.text.introSubject", { subject: lowered });
}

export function introParagraph(plan: Plan, figures: ReportFigures): string {
  return t("report.text.intro", {
    kindName: kindName(plan),
    docNumber: plan.docNumber,
    planDate: planDate(plan),
    subject: aboutSubject(plan.subject),
    cutoff: formatVietnameseDate(figures.range.to),
  });
}

/** "1. Tình hình báo cáo": who reported. */
export function reportingParagraphs(figures: ReportFigures): string[] {
  const units = figures.units.length;
  if (figures.reportedUnits === units) return [t("report.text.allReported", { units: n(units) })];
  return [
    `${t("report.text.reported", { reported: n(figures.reportedUnits), units: n(units), rate: pct(units > 0 ? figures.reportedUnits / units : 0) })} ${t("report.text.silentCount", { count: n(units - figures.reportedUnits) })}`,
  ];
}

function rateSentence(key: "report.text.participation" | "report.text.participationByTask", rate: MeasureRate, task = ""): string {
  const label = rate.part.measure.label.replace(/^Số\s+/i, "");
  return t(key, { task, part: n(rate.part.sum), whole: n(rate.whole.sum), label, rate: pct(rate.rate) });
}

/** "2. Kết quả thực hiện nhiệm vụ": the assignments, what was done in the period, measures, change. */
export function resultParagraphs(figures: ReportFigures, previous: ReportRecord | null): string[] {
  const { totals } = figures;
  const c = totals.counts;
  const lines: string[] = [];
  const notApplicable = c.notApplicable > 0 ? t("report.text.pairsNotApplicable", { count: n(c.notApplicable) }) : "";
  lines.push(t("report.text.pairs", { applicable: n(totals.applicable), tasks: n(figures.tasks.length), units: n(figures.units.length), notApplicable }));
  if (totals.done > 0) {
    const split = c.doneLate > 0 && c.doneOnTime > 0 ? t("report.text.doneSplit", { onTime: n(c.doneOnTime), late: n(c.doneLate) }) : "";
    lines[lines.length - 1] += ` ${t("report.text.done", { done: n(totals.done), rate: pct(totals.rate), split })}`;
  } else lines[lines.length - 1] += ` ${t("report.text.noneDone")}`;
  const open = c.inProgress + c.notStarted + c.overdue;
  if (open > 0) {
    const parts = [
      c.inProgress > 0 ? t("report.text.openInProgress", { count: n(c.inProgress) }) : null,
      c.notStarted > 0 ? t("report.text.openNotStarted", { count: n(c.notStarted) }) : null,
      c.overdue > 0 ? t("report.text.openOverdue", { count: n(c.overdue) }) : null,
    ].filter((p): p is string => p !== null);
    lines[lines.length - 1] += ` ${t("report.text.open", { count: n(open), parts: parts.join("; ") })}`;
  }
  if (c.problem > 0) lines.push(t("report.text.problems", { count: n(c.problem) }));
  const range = t("report.period.custom", { from: formatVietnameseDate(figures.range.from), to: formatVietnameseDate(figures.range.to) });
  lines.push(totals.completedInPeriod > 0 ? t("report.text.inPeriod", { range, count: n(totals.completedInPeriod) }) : t("report.text.inPeriodNone", { range }));
  if (figures.participation) {
    lines.push(rateSentence("report.text.participation", figures.participation));
    const byTask = figures.tasks.filter((task) => task.participation !== null && task.participation.part.entries > 0);
    if (byTask.length > 1) for (const task of byTask) lines.push(rateSentence("report.text.participationByTask", task.participation as MeasureRate, task.task.code));
  }
  const paired = new Set(figures.participation ? [figures.participation.part.measure.key, figures.participation.whole.measure.key] : []);
  for (const sum of figures.measures) {
    if (!paired.has(sum.measure.key) && sum.entries > 0) lines.push(t("report.text.measureSum", { label: sum.measure.label, sum: n(sum.sum) }));
  }
  if (previous) lines.push(changeSentence(previous, figures.headline));
  return lines;
}

function direction(from: number, to: number): string {
  if (to > from) return t("report.text.up", { count: n(to - from), from: n(from), to: n(to) });
  if (to < from) return t("report.text.down", { count: n(from - to), from: n(from), to: n(to) });
  return t("report.text.same", { to: n(to) });
}

const rateOf = (h: HeadlineFigures): number => (h.applicable > 0 ? h.done / h.applicable : 0);

function changeSentence(previous: ReportRecord, now: HeadlineFigures): string {
  const before = previous.headline;
  const [r1, r2] = [rateOf(before), rateOf(now)];
  const verb = t(r2 > r1 ? "report.text.rateUp" : r2 < r1 ? "report.text.rateDown" : "report.text.rateSame");
  const parts = [
    t("report.text.changeDone", { direction: direction(before.done, now.done) }),
    t("report.text.changeRate", { from: pct(r1), verb, to: pct(r2) }),
    t("report.text.changeOverdue", { direction: direction(before.overdue, now.overdue) }),
    t("report.text.changeReported", { direction: direction(before.reportedUnits, now.reportedUnits) }),
  ];
  return t("report.text.change", { number: previous.docNumber, period: previous.periodLabel, parts: parts.join("; ") });
}

/** II.2: how many units finished everything, some, or nothing of what applies to them. */
export function unitsSummary(figures: ReportFigures): string {
  const concerned = figures.units.filter((u) => u.applicable > 0);
  const full = concerned.filter((u) => u.done === u.applicable).length;
  const none = concerned.filter((u) => u.done === 0).length;
  const partial = concerned.length - full - none;
  const parts = [
    full > 0 ? t("report.text.unitsFull", { count: n(full) }) : null,
    partial > 0 ? t("report.text.unitsPartial", { count: n(partial) }) : null,
    none > 0 ? t("report.text.unitsNone", { count: n(none) }) : null,
  ].filter((p): p is string => p !== null);
  const sentence = parts.join(", ");
  return t("report.text.unitsSummary", { parts: sentence.charAt(0).toLocaleUpperCase("vi") + sentence.slice(1) });
}

/** `reminded`: the times the office reminded the unit by the cut-off, from the reminder log. */
export function lateUnitLine(unit: UnitFigures, reminded = 0): string {
  const tasks = unit.late.map((late) => t("report.text.lateTask", { task: late.task, deadline: formatVietnameseDate(late.deadline), days: n(late.daysLate) }));
  const note = reminded > 0 ? t("reminders.report.reminded", { count: n(reminded) }) : "";
  return t("report.text.lateUnit", { unit: unit.unit.name, tasks: `${tasks.join("; ")}${note}` });
}

/**
 * III: late units one per line (with how often they were reminded, when the log says), then
 * silent units, then data problems; or that there are none.
 */
export function shortcomingLines(figures: ReportFigures, reminded: ReadonlyMap<UnitCode, number> = new Map()): { lead: string[]; lateUnits: string[]; after: string[] } {
  const lead: string[] = [];
  const after: string[] = [];
  if (figures.lateUnits.length > 0) lead.push(t("report.text.lateUnits", { count: n(figures.lateUnits.length) }));
  if (figures.silentUnits.length > 0) {
    after.push(t("report.text.silentUnits", { count: n(figures.silentUnits.length), units: figures.silentUnits.map((u) => u.name).join("; ") }));
  }
  if (figures.lateUnits.length === 0 && figures.silentUnits.length === 0 && figures.totals.counts.problem === 0) after.push(t("report.text.noShortcomings"));
  return { lead, lateUnits: figures.lateUnits.map((u) => lateUnitLine(u, reminded.get(u.unit.code) ?? 0)), after };
}

/** IV: urge the late and the silent, the deadlines ahead, follow-up. */
export function nextStepLines(figures: ReportFigures): string[] {
  const lines: string[] = [];
  if (figures.lateUnits.length > 0) lines.push(t("report.text.nextLate", { count: n(figures.lateUnits.length) }));
  if (figures.silentUnits.length > 0) lines.push(t("report.text.nextSilent", { count: n(figures.silentUnits.length) }));
  for (const up of figures.upcoming) lines.push(t("report.text.nextUpcoming", { task: up.task.code, deadline: formatVietnameseDate(up.deadline), count: n(up.openUnits) }));
  lines.push(t("report.text.nextFollowUp"));
  return lines;
}

export function closingParagraph(plan: Plan, figures: ReportFigures): string {
  return t("report.text.closing", { kindName: kindName(plan), docNumber: plan.docNumber, period: periodLabel(figures.period) });
}
