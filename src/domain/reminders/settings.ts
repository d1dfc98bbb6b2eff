/**
 * What a reminder says about who sends it and when units must answer. Kept on the log sheet so
 * staff edit it in Excel; defaults come from the plan.
 */
import { t } from "../../i18n/messages";
import type { Plan } from "../types";

export interface ReminderSettings {
  /** Working days, after the as-of date, that units have to report back. */
  replyDays: number;
  /** The office that follows the plan up ("Văn phòng"). */
  office: string;
  /** The body units report to, as written inside a sentence ("Đảng uỷ Khối …"). */
  reportTo: string;
  /** The printed letter's signature block. */
  signer: { authority: string; title: string; name: string };
}

export const DEFAULT_REPLY_DAYS = 5;
export const MAX_REPLY_DAYS = 60;

const SMALL_WORDS = new Set(["và", "của", "các", "với", "tại"]);

/**
 * A body's name from a header in capitals ("ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP") as it can be
 * written inside a sentence: each word capitalised but the small joining words. Vietnamese
 * capitalises only the distinctive part of a name ("Đảng uỷ Khối Cơ quan và Doanh nghiệp"), which
 * no rule recovers from capitals, so staff correct the setting where it matters.
 */
export function nameInSentence(header: string): string {
  const trimmed = header.replace(/\s+/g, " ").trim();
  if (trimmed === "" || trimmed !== trimmed.toLocaleUpperCase("vi")) return trimmed;
  return trimmed
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toLocaleUpperCase("vi") + word.slice(1)))
    .join(" ");
}

export function defaultReminderSettings(plan: Pick<Plan, "issuer">): ReminderSettings {
  return {
    replyDays: DEFAULT_REPLY_DAYS,
    office: t("reminders.default.office"),
    reportTo: nameInSentence(plan.issuer ?? ""),
    signer: { authority: t("reminders.default.signerAuthority"), title: t("reminders.default.signerTitle"), name: "" },
  };
}
