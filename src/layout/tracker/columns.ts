/**
 * The columns of the tracker's tables. Each has a stable key (kept in _meta) and a Vietnamese
 * header (what users see, and what a reader matches when columns were moved).
 */
import type { Measure } from "../../domain/types";
import { t } from "../../i18n/messages";

export type ColumnRole = "key" | "input" | "formula" | "link";
export type InputKind = "text" | "date" | "number" | "status" | "unitKind" | "flag";

export interface ColumnDef {
  key: string;
  header: string;
  /** Excel character units. */
  width: number;
  role: ColumnRole;
  input?: InputKind;
  wrap?: boolean;
}

export function measureKey(measure: Measure): string {
  return `measure:${measure.key}`;
}

export function planColumns(): ColumnDef[] {
  return [
    { key: "code", header: t("tracker.col.taskCode"), width: 18, role: "key" },
    { key: "text", header: t("tracker.col.taskText"), width: 70, role: "input", input: "text", wrap: true },
    { key: "deadline", header: t("tracker.col.deadline"), width: 16, role: "input", input: "date" },
    { key: "assignee", header: t("tracker.col.assignee"), width: 45, role: "input", input: "text", wrap: true },
    { key: "section", header: t("tracker.col.section"), width: 28, role: "input", input: "text", wrap: true },
    { key: "flag", header: t("tracker.col.flag"), width: 12, role: "input", input: "flag" },
  ];
}

export function unitListColumns(): ColumnDef[] {
  return [
    { key: "code", header: t("tracker.col.unitCode"), width: 10, role: "key" },
    { key: "name", header: t("tracker.col.unitName"), width: 48, role: "input", input: "text", wrap: true },
    { key: "kind", header: t("tracker.col.unitKind"), width: 16, role: "input", input: "unitKind" },
    { key: "head", header: t("tracker.col.unitHead"), width: 24, role: "input", input: "text" },
    { key: "email", header: t("tracker.col.unitEmail"), width: 30, role: "input", input: "text" },
    { key: "members", header: t("tracker.col.unitMembers"), width: 12, role: "input", input: "number" },
    { key: "sheet", header: t("tracker.col.unitSheet"), width: 12, role: "link" },
    { key: "flag", header: t("tracker.col.flag"), width: 12, role: "input", input: "flag" },
  ];
}

/** Unit sheet columns: keys and formulas first, then what the unit reports, then the checks. */
export function unitSheetColumns(measures: readonly Measure[]): ColumnDef[] {
  return [
    { key: "code", header: t("tracker.col.taskCode"), width: 9, role: "key" },
    { key: "text", header: t("tracker.col.taskText"), width: 55, role: "formula", wrap: true },
    { key: "deadline", header: t("tracker.col.deadline"), width: 13, role: "formula" },
    { key: "status", header: t("tracker.col.status"), width: 17, role: "input", input: "status" },
    { key: "completedOn", header: t("tracker.col.completedOn"), width: 14, role: "input", input: "date" },
    ...measures.map(
      (m): ColumnDef => ({
        key: measureKey(m),
        header: m.label,
        width: m.kind === "number" ? 13 : 24,
        role: "input",
        input: m.kind === "number" ? "number" : "text",
        wrap: m.kind === "text",
      }),
    ),
    { key: "reportRef", header: t("tracker.col.reportRef"), width: 20, role: "input", input: "text", wrap: true },
    { key: "note", header: t("tracker.col.note"), width: 28, role: "input", input: "text", wrap: true },
    { key: "check", header: t("tracker.col.check"), width: 21, role: "formula" },
    { key: "days", header: t("tracker.col.days"), width: 9, role: "formula" },
  ];
}

/** Default positions: column i of the list is column i+1 of the sheet. */
export function defaultPositions(columns: readonly ColumnDef[]): Map<string, number> {
  return new Map(columns.map((c, i) => [c.key, i + 1]));
}

const headerKeys = new Map<string, string>();

/** How a header is compared when matching moved columns: trimmed, one space, case-folded. */
export function headerKey(header: string): string {
  let folded = headerKeys.get(header);
  if (folded === undefined) {
    folded = header.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
    // Headers and labels are few and repeat on every sheet; unbounded text (cells) is not kept.
    if (header.length <= 64 && headerKeys.size < 10_000) headerKeys.set(header, folded);
  }
  return folded;
}
