/**
 * Email drafts as mailto: links (RFC 6068) that open the user's mail program; nothing is sent by
 * the add-in. Mail programs cut links of more than about 2,000 characters (Outlook on Windows
 * stops near 2,083), and Vietnamese text grows threefold when encoded, so every draft reports
 * its length: a link that would be cut says so instead of arriving shortened.
 */
import { formatVietnameseDate, toDayNumber } from "../calendar-date";
import type { IsoDate, TaskCode, Unit, UnitCode } from "../types";
import { t, type Language, type MessageKey } from "../../i18n/messages";
import { letterText, planReference, senderLines, unitFileLetter, unitFileSubject } from "./letter";
import type { Reminder, ReminderContext, ReminderRound } from "./types";

/** The longest link mail programs take whole. */
export const MAILTO_LIMIT = 2000;

export interface MailtoDraft {
  url: string;
  length: number;
  /** Longer than MAILTO_LIMIT: a mail program may cut it; copy the text instead. */
  tooLong: boolean;
  /** The short text (task texts cut, no plan subject) was used to stay within the limit. */
  compact: boolean;
}

export interface BccDraft extends MailtoDraft {
  /** Selected units without an email address: not in the draft, to be reached another way. */
  missing: Unit[];
  /** The addresses in Bcc, in unit order. */
  addresses: string[];
  /** When one link is too long: links each within the limit, the addresses shared among them. */
  batches: string[];
}

const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, "\r\n"));
const encodeAddress = (address: string) => encodeURIComponent(address.trim()).replace(/%40/g, "@");

function link(to: string | null, fields: { bcc?: readonly string[]; subject: string; body: string }): string {
  const query = [
    ...(fields.bcc && fields.bcc.length > 0 ? [`bcc=${fields.bcc.map(encodeAddress).join(",")}`] : []),
    `subject=${encode(fields.subject)}`,
    `body=${encode(fields.body)}`,
  ];
  return `mailto:${to ? encodeAddress(to) : ""}?${query.join("&")}`;
}

const measured = (url: string, compact: boolean): MailtoDraft => ({ url, length: url.length, tooLong: url.length > MAILTO_LIMIT, compact });

/** The draft of one unit's reminder, to its address; the short text when the full one is too long. */
export function reminderMailtoDraft(reminder: Reminder): MailtoDraft {
  const full = link(reminder.email, { subject: reminder.subject, body: reminder.text });
  if (full.length <= MAILTO_LIMIT) return measured(full, false);
  return measured(link(reminder.email, { subject: reminder.subject, body: reminder.compactText }), true);
}

export function reminderMailto(reminder: Reminder): string {
  return reminderMailtoDraft(reminder).url;
}

/**
 * The draft that sends a unit its file, to its address, as a reminder's draft is made; the file
 * itself is attached by the user (a mailto: link cannot carry one).
 */
export function unitFileMailtoDraft(context: ReminderContext, unit: Unit, file: { fileName: string; replyBy: IsoDate }, lang: Language = "vi"): MailtoDraft {
  const subject = unitFileSubject(context, unit, lang);
  const full = link(unit.email, { subject, body: letterText(unitFileLetter(context, unit, file, lang)) });
  if (full.length <= MAILTO_LIMIT) return measured(full, false);
  return measured(link(unit.email, { subject, body: letterText(unitFileLetter(context, unit, file, lang, true)) }), true);
}

/** The tasks the chosen reminders name, each once, by deadline. */
function tasksNamed(reminders: readonly Reminder[]): Array<{ code: TaskCode; deadline: IsoDate }> {
  const seen = new Map<TaskCode, IsoDate>();
  for (const r of reminders) for (const task of [...r.late, ...r.dueSoon]) if (!seen.has(task.code)) seen.set(task.code, task.deadline);
  return [...seen].map(([code, deadline]) => ({ code, deadline })).sort((a, b) => toDayNumber(a.deadline) - toDayNumber(b.deadline) || a.code.localeCompare(b.code));
}

/** The one letter sent to every chosen unit at once: no unit named, the tasks concerned listed. */
function bccLetter(round: ReminderRound, reminders: readonly Reminder[]): { subject: string; body: string } {
  const { context, lang } = round;
  const say = (key: MessageKey, params: Record<string, string | number> = {}) => t(key, params, lang);
  const kindName = say(`planKind.${context.plan.kind}` as MessageKey);
  const body = [
    ...senderLines(context),
    say("reminders.text.about", { kindName, docNumber: context.plan.docNumber }),
    "",
    say("reminders.bcc.salutation"),
    "",
    say("reminders.bcc.intro", { plan: planReference(context, lang, false), asOf: formatVietnameseDate(round.asOf) }),
    ...tasksNamed(reminders).map((task) => say("reminders.bcc.task", { code: task.code, deadline: formatVietnameseDate(task.deadline) })),
    say("reminders.bcc.request", { body: context.settings.reportTo || context.issuingBody, office: context.settings.office, replyBy: formatVietnameseDate(round.replyBy) }),
    "",
    say("reminders.text.closing"),
  ].join("\n");
  return { subject: say("reminders.bcc.subject", { kindName, docNumber: context.plan.docNumber }), body };
}

/**
 * One draft to every chosen unit with an address, the addresses in Bcc so units do not see each
 * other's. Units without an address are listed in `missing`; when the link is too long, `batches`
 * splits the addresses over links that each fit.
 */
export function bccMailto(round: ReminderRound, units: readonly UnitCode[]): BccDraft {
  const chosen = new Set(units);
  const reminders = round.reminders.filter((r) => chosen.has(r.unit.code));
  const missing = reminders.filter((r) => !r.email).map((r) => r.unit);
  const addresses = reminders.map((r) => r.email).filter((e): e is string => Boolean(e));
  const letter = bccLetter(round, reminders);
  const url = link(null, { bcc: addresses, ...letter });
  const batches: string[] = [];
  if (url.length > MAILTO_LIMIT) {
    let batch: string[] = [];
    for (const address of addresses) {
      if (batch.length > 0 && link(null, { bcc: [...batch, address], ...letter }).length > MAILTO_LIMIT) {
        batches.push(link(null, { bcc: batch, ...letter }));
        batch = [];
      }
      batch.push(address);
    }
    if (batch.length > 0) batches.push(link(null, { bcc: batch, ...letter }));
  } else batches.push(url);
  return { ...measured(url, false), missing, addresses, batches };
}
