/**
 * The reminder's words, in the form of a short letter of urging (văn bản đôn đốc): who writes
 * (the plan's issuing body, through its office), "Kính gửi" the unit, the plan it refers to,
 * the late tasks as of the date with their deadlines and days late, the tasks due soon, and the
 * date to report back by. Dates as dd/mm/yyyy, numbers in Vietnamese style. The printed sheet
 * lays out the same parts as a document; the email and the clipboard take the plain text.
 */
import { formatVietnameseDate } from "../calendar-date";
import type { IsoDate } from "../types";
import { formatNumberVi } from "../vietnamese-number";
import { t, type Language, type MessageKey } from "../../i18n/messages";
import { COMPACT_TASK_TEXT_CHARS, shortTaskText } from "./task-text";
import type { RemindedTask, Reminder, ReminderContext, ReminderFacts } from "./types";

export interface ReminderLetter {
  /** Who writes: the issuing body, then the office, in capitals. */
  from: string[];
  /** "V/v đôn đốc thực hiện Kế hoạch số 13-KH/ĐUK" */
  about: string;
  /** "Kính gửi: Chi bộ Sở Nội vụ" */
  salutation: string;
  /** The paragraphs and list items of the body, in order. */
  body: string[];
  closing: string;
}

export interface LetterDates {
  asOf: IsoDate;
  replyBy: IsoDate;
}

const upper = (text: string) => text.toLocaleUpperCase("vi");

function kindName(context: ReminderContext, lang: Language): string {
  return t(`planKind.${context.plan.kind}` as MessageKey, {}, lang);
}

/** "Kế hoạch số 13-KH/ĐUK ngày 02/12/2019 về …"; `withSubject` off for the short form. */
export function planReference(context: ReminderContext, lang: Language, withSubject = true): string {
  const { plan } = context;
  const subject = plan.subject.replace(/\s+/g, " ").trim();
  let about = "";
  if (withSubject && subject !== "") {
    const lowered = subject.charAt(0).toLocaleLowerCase("vi") + subject.slice(1);
    about = /^về\s/i.test(subject) ? ` ${lowered}` : t("reminders.text.planSubject", { subject: lowered }, lang);
  }
  return t(
    "reminders.text.planRef",
    {
      kindName: kindName(context, lang),
      docNumber: plan.docNumber,
      planDate: plan.issuedOn ? t("reminders.text.planDate", { date: formatVietnameseDate(plan.issuedOn) }, lang) : "",
      subject: about,
    },
    lang,
  );
}

function dayUnit(context: ReminderContext, lang: Language): string {
  return t(context.workingDays ? "reminders.text.workingDays" : "reminders.text.calendarDays", {}, lang);
}

function roundNote(task: RemindedTask, lang: Language): string {
  return task.round >= 2 ? t("reminders.text.round", { round: formatNumberVi(task.round) }, lang) : "";
}

function lateItem(task: RemindedTask, context: ReminderContext, lang: Language, chars: number): string {
  // With working days a task is late from the first rest day after it with 0 working days lost.
  const late = task.days > 0 ? t("reminders.text.lateDays", { days: formatNumberVi(task.days), unit: dayUnit(context, lang) }, lang) : t("reminders.text.lateNoDays", {}, lang);
  return t("reminders.text.lateItem", { code: task.code, text: shortTaskText(task.text, chars), deadline: formatVietnameseDate(task.deadline), late, round: roundNote(task, lang) }, lang);
}

function dueSoonItem(task: RemindedTask, context: ReminderContext, lang: Language, chars: number): string {
  const left = task.days > 0 ? t("reminders.text.daysLeft", { days: formatNumberVi(task.days), unit: dayUnit(context, lang) }, lang) : t("reminders.text.dueToday", {}, lang);
  return t("reminders.text.dueSoonItem", { code: task.code, text: shortTaskText(task.text, chars), deadline: formatVietnameseDate(task.deadline), left, round: roundNote(task, lang) }, lang);
}

/** Who writes: the plan's issuing body and, under it, the office that follows the plan up. */
export function senderLines(context: ReminderContext): string[] {
  return [context.issuingBody, context.settings.office].map((line) => upper(line.replace(/\s+/g, " ").trim())).filter((line) => line !== "");
}

export function reminderLetter(context: ReminderContext, facts: ReminderFacts, dates: LetterDates, lang: Language = "vi", compact = false): ReminderLetter {
  const chars = compact ? COMPACT_TASK_TEXT_CHARS : Number.POSITIVE_INFINITY;
  const plan = planReference(context, lang, !compact);
  const asOf = formatVietnameseDate(dates.asOf);
  const count = (n: number) => formatNumberVi(n);
  const body: string[] = [];
  const dueSoon = facts.dueSoon.map((task) => dueSoonItem(task, context, lang, chars));
  if (facts.late.length > 0) {
    const intro = facts.silent ? "reminders.text.introSilentLate" : "reminders.text.introLate";
    body.push(t(intro, { plan, asOf, count: count(facts.late.length) }, lang));
    body.push(...facts.late.map((task) => lateItem(task, context, lang, chars)));
    if (dueSoon.length > 0) body.push(t("reminders.text.dueSoonHeading", {}, lang), ...dueSoon);
  } else if (facts.silent) {
    body.push(t("reminders.text.introSilent", { plan, asOf }, lang));
    if (dueSoon.length > 0) body.push(t("reminders.text.dueSoonHeading", {}, lang), ...dueSoon);
  } else {
    body.push(t("reminders.text.introDueSoon", { plan, asOf, count: count(facts.dueSoon.length) }, lang), ...dueSoon);
  }
  const onlySilence = facts.late.length === 0 && facts.dueSoon.length === 0;
  const { settings } = context;
  body.push(
    t(
      onlySilence ? "reminders.text.requestSilent" : "reminders.text.request",
      { unit: facts.unit.name, body: settings.reportTo || context.issuingBody, office: settings.office, replyBy: formatVietnameseDate(dates.replyBy) },
      lang,
    ),
  );
  return {
    from: senderLines(context),
    about: t("reminders.text.about", { kindName: kindName(context, lang), docNumber: context.plan.docNumber }, lang),
    salutation: t("reminders.text.salutation", { unit: facts.unit.name }, lang),
    body,
    closing: t("reminders.text.closing", {}, lang),
  };
}

/** The letter as plain text, for an email body or the clipboard. */
export function letterText(letter: ReminderLetter): string {
  return [...letter.from, letter.about, "", letter.salutation, "", ...letter.body, "", letter.closing].join("\n");
}

export function reminderSubject(context: ReminderContext, facts: Pick<ReminderFacts, "unit" | "round">, lang: Language = "vi"): string {
  const round = facts.round >= 2 ? t("reminders.text.subjectRound", { round: formatNumberVi(facts.round) }, lang) : "";
  return t("reminders.text.subject", { kindName: kindName(context, lang), docNumber: context.plan.docNumber, unit: facts.unit.name, round }, lang);
}

/** A unit's reminder with its words: subject, full text, the short text for mail links. */
export function wordReminder(context: ReminderContext, facts: ReminderFacts, dates: LetterDates, lang: Language = "vi"): Reminder {
  return {
    ...facts,
    subject: reminderSubject(context, facts, lang),
    text: letterText(reminderLetter(context, facts, dates, lang)),
    compactText: letterText(reminderLetter(context, facts, dates, lang, true)),
    email: facts.unit.email,
  };
}

/**
 * The letter that sends a unit its file to fill in (Gửi mẫu cho đơn vị): the reminder's form —
 * sender, "V/v", "Kính gửi", body, closing — asking the unit to type its results into the
 * attached file and send it back, under the same name, by `replyBy`.
 */
export function unitFileLetter(context: ReminderContext, unit: { name: string }, file: { fileName: string; replyBy: IsoDate }, lang: Language = "vi", compact = false): ReminderLetter {
  const { settings } = context;
  return {
    from: senderLines(context),
    about: t("reminders.unitFile.about", { kindName: kindName(context, lang), docNumber: context.plan.docNumber }, lang),
    salutation: t("reminders.text.salutation", { unit: unit.name }, lang),
    body: [
      t("reminders.unitFile.intro", { plan: planReference(context, lang, !compact), office: settings.office || context.issuingBody, file: file.fileName }, lang),
      ...(compact ? [] : [t("reminders.unitFile.fill", {}, lang)]),
      t("reminders.unitFile.request", { unit: unit.name, body: settings.reportTo || context.issuingBody, replyBy: formatVietnameseDate(file.replyBy) }, lang),
    ],
    closing: t("reminders.text.closing", {}, lang),
  };
}

export function unitFileSubject(context: ReminderContext, unit: { name: string }, lang: Language = "vi"): string {
  return t("reminders.unitFile.subject", { kindName: kindName(context, lang), docNumber: context.plan.docNumber, unit: unit.name }, lang);
}
