/**
 * Reminders (đôn đốc): what the office sends a unit that is late, silent or about to be due, and
 * the round they belong to. Plain data, so the pane can hold a round between the preview and the
 * log without asking the workbook again.
 */
import type { Language } from "../../i18n/messages";
import type { DocumentKind, IsoDate, TaskCode, Unit } from "../types";
import type { ReminderSettings } from "./settings";

export const REMINDER_SCOPES = ["late", "silent", "all"] as const;
/** Who is reminded: units with a late task; units that entered nothing; or late, due soon and silent alike. */
export type ReminderScope = (typeof REMINDER_SCOPES)[number];

export const REMINDER_CHANNELS = ["email", "clipboard", "print", "other"] as const;
/** How a reminder left the office, as the log records it. */
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

export interface RemindedTask {
  code: TaskCode;
  /** The task's text, shortened for a letter (the full text is on Kế hoạch). */
  text: string;
  /** The deadline as the plan gives it. */
  deadline: IsoDate;
  /** Late: days late, as the unit sheets count them. Due soon: days left (0 on the deadline day). */
  days: number;
  /** 1 + how many times the log already holds this unit and task. */
  round: number;
}

/** One unit's reminder before it is worded. */
export interface ReminderFacts {
  unit: Unit;
  /** The unit entered nothing for any task. */
  silent: boolean;
  late: RemindedTask[];
  dueSoon: RemindedTask[];
  /** The highest round of its tasks (a silent unit without tasks: of its earlier reminders). */
  round: number;
}

export interface Reminder extends ReminderFacts {
  /** The email's subject line. */
  subject: string;
  /** The letter as plain text: who writes, "Kính gửi", the tasks, the request, the closing. */
  text: string;
  /** The same letter with short task texts and no plan subject, for a mailto link that must stay short. */
  compactText: string;
  /** Where the reminder is emailed; null when the unit has no address (copy or print it instead). */
  email: string | null;
}

/** The plan and sender a letter names. */
export interface ReminderContext {
  plan: { kind: DocumentKind; docNumber: string; issuedOn: IsoDate | null; subject: string };
  /** Cơ quan cấp trên and cơ quan ban hành, as the plan's header has them (capitals). */
  parentBody: string;
  issuingBody: string;
  /** Địa danh for the printed letter's date line. */
  place: string;
  /** Days are counted in working days (the plan's setting): the letter says "ngày làm việc". */
  workingDays: boolean;
  settings: ReminderSettings;
}

export interface ReminderRound {
  asOf: IsoDate;
  /** The date units are asked to report back by: as-of plus the settings' working days. */
  replyBy: IsoDate;
  scope: ReminderScope;
  reminders: Reminder[];
  /** Rows already in the log when the round was made. */
  logCount: number;
  /** The language the texts are written in. */
  lang: Language;
  context: ReminderContext;
}
