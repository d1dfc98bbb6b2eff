/**
 * The email that goes with a report: to the committee's address from the report settings, a
 * subject naming the report, and a short body with the headline figures. Staff attach the file
 * and send it themselves; nothing is sent by the add-in.
 */
import type { HeadlineFigures, ReportRecord } from "../../domain/report";
import type { Plan } from "../../domain/types";
import { formatNumberVi, formatPercentVi } from "../../domain/vietnamese-number";
import { t } from "../../i18n/messages";
import { kindName } from "./report-text";

export interface EmailDraft {
  to: string | null;
  subject: string;
  body: string;
}

/** Who the greeting names: the report's first recipient ("BTV Tỉnh ủy (báo cáo)" → "BTV Tỉnh ủy"). */
export function greetingName(recipients: readonly string[]): string {
  const first = (recipients[0] ?? "").replace(/\(.*?\)/g, "").replace(/[,.;]+$/, "").trim();
  return first && !/^lưu\b/i.test(first) ? first : t("report.email.defaultRecipient");
}

export function reportEmail(plan: Plan, record: ReportRecord, headline: HeadlineFigures, lateUnits: number, file: string, settings: { email: string | null; recipients: readonly string[] }): EmailDraft {
  const n = formatNumberVi;
  const subject = t("report.email.subject", { number: record.docNumber, kindName: kindName(plan), plan: plan.docNumber, period: record.periodLabel });
  const body = [
    t("report.email.greeting", { to: greetingName(settings.recipients) }),
    "",
    t("report.email.sending", { number: record.docNumber, kindName: kindName(plan), plan: plan.docNumber, period: record.periodLabel, file }),
    t("report.email.figures", {
      reported: n(headline.reportedUnits),
      units: n(headline.units),
      done: n(headline.done),
      applicable: n(headline.applicable),
      rate: formatPercentVi(headline.applicable > 0 ? headline.done / headline.applicable : 0),
      late: n(lateUnits),
    }),
    "",
    t("report.email.closing"),
  ].join("\n");
  return { to: settings.email, subject, body };
}

/** A mailto: link that opens the draft in the user's mail program (RFC 6068). */
export function mailtoLink(draft: EmailDraft): string {
  const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, "\r\n"));
  return `mailto:${draft.to ? encodeURIComponent(draft.to).replace(/%40/g, "@") : ""}?subject=${encode(draft.subject)}&body=${encode(draft.body)}`;
}
