/**
 * The plan header and the settings block of the Kế hoạch sheet: one labelled cell per field.
 * Readers find a field by its label (users may insert rows), writers put it at its default row.
 */
import { formatVietnameseDate } from "../../domain/calendar-date";
import type { DocumentRef, Plan, PlanSettings } from "../../domain/types";
import { t, type MessageKey } from "../../i18n/messages";
import type { CellContent } from "../sheet-spec";
import { date, formula, num, text } from "./cells";
import { PLAN_LAYOUT } from "./geometry";

export type PlanField =
  | "docNumber"
  | "kind"
  | "issuedOn"
  | "place"
  | "parentIssuer"
  | "issuer"
  | "subject"
  | "references"
  | "signerAuthority"
  | "signerTitle"
  | "signerName"
  | "recipients";

export const PLAN_FIELDS: ReadonlyArray<{ field: PlanField; label: MessageKey }> = [
  { field: "docNumber", label: "tracker.plan.docNumber" },
  { field: "kind", label: "tracker.plan.kind" },
  { field: "issuedOn", label: "tracker.plan.issuedOn" },
  { field: "place", label: "tracker.plan.place" },
  { field: "parentIssuer", label: "tracker.plan.parentIssuer" },
  { field: "issuer", label: "tracker.plan.issuer" },
  { field: "subject", label: "tracker.plan.subject" },
  { field: "references", label: "tracker.plan.references" },
  { field: "signerAuthority", label: "tracker.plan.signerAuthority" },
  { field: "signerTitle", label: "tracker.plan.signerTitle" },
  { field: "signerName", label: "tracker.plan.signerName" },
  { field: "recipients", label: "tracker.plan.recipients" },
];

export type SettingField = "dueSoonDays" | "workingDays" | "shiftDeadline" | "asOf";

export const SETTING_FIELDS: ReadonlyArray<{ field: SettingField; label: MessageKey }> = [
  { field: "dueSoonDays", label: "tracker.settings.dueSoonDays" },
  { field: "workingDays", label: "tracker.settings.workingDays" },
  { field: "shiftDeadline", label: "tracker.settings.shiftDeadline" },
  { field: "asOf", label: "tracker.settings.asOf" },
];

/** Default cell of each field (plan fields in column B from row 2, settings in column E from row 3). */
export function defaultFieldCells(): Map<string, { column: number; row: number }> {
  const cells = new Map<string, { column: number; row: number }>();
  PLAN_FIELDS.forEach(({ field }, i) => cells.set(field, { column: PLAN_LAYOUT.valueColumn, row: PLAN_LAYOUT.firstFieldRow + i }));
  SETTING_FIELDS.forEach(({ field }, i) => cells.set(field, { column: PLAN_LAYOUT.settingsValueColumn, row: PLAN_LAYOUT.firstFieldRow + 1 + i }));
  return cells;
}

/** "50-KL/TW ngày 30/05/2019 của Ban Bí thư": how a reference reads in Vietnamese. */
export function formatReference(ref: DocumentRef): string {
  let line = ref.docNumber;
  if (ref.date) line += ` ${t("tracker.plan.referenceDate")} ${formatVietnameseDate(ref.date)}`;
  if (ref.issuer) line += ` ${t("tracker.plan.referenceIssuer")} ${ref.issuer}`;
  return line;
}

/** The plan's value of a field as text, one line per item (for cells and for comparing). */
export function planFieldText(plan: Plan, field: PlanField): string {
  switch (field) {
    case "docNumber":
      return plan.docNumber;
    case "kind":
      return plan.kind;
    case "issuedOn":
      return plan.issuedOn ?? "";
    case "place":
      return plan.place ?? "";
    case "parentIssuer":
      return plan.parentIssuer ?? "";
    case "issuer":
      return plan.issuer ?? "";
    case "subject":
      return plan.subject;
    case "references":
      return plan.references.map(formatReference).join("\n");
    case "signerAuthority":
      return plan.signer?.authority ?? "";
    case "signerTitle":
      return plan.signer?.title ?? "";
    case "signerName":
      return plan.signer?.name ?? "";
    case "recipients":
      return plan.recipients.join("\n");
  }
}

export function planFieldContent(plan: Plan, field: PlanField): CellContent {
  if (field === "issuedOn") return date(plan.issuedOn);
  return text(planFieldText(plan, field));
}

export function settingContent(settings: PlanSettings, field: Exclude<SettingField, "asOf">): CellContent {
  switch (field) {
    case "dueSoonDays":
      return num(settings.dueSoonDays);
    case "workingDays":
      return text(settings.workingDays ? t("tracker.yes") : t("tracker.no"));
    case "shiftDeadline":
      return text(settings.shiftDeadlineToWorkingDay ? t("tracker.yes") : t("tracker.no"));
  }
}

/** The as-of date follows today unless a user types a date (e.g. a report's cut-off). */
export const AS_OF_TODAY = formula("TODAY()");
