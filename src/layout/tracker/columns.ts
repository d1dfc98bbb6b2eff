/**
 * The columns of the tracker's tables. Each has a stable key (kept in _meta) and a Vietnamese
 * header (what users see, and what a reader matches when columns were moved).
 */
import type { Measure } from "../../domain/types";

/**
 * Column headers as the workbook holds them. A reader finds a moved column by its header, so they
 * are constants of the layout, in Vietnamese whatever language the pane speaks: editing or
 * switching a translation must never change what the reader looks for (the catalog's
 * tracker.col.* entries are only the pane's labels for these columns).
 */
export const COLUMN_HEADERS = Object.freeze({
  taskCode: "Mã NV",
  taskText: "Nội dung nhiệm vụ",
  deadline: "Hạn hoàn thành",
  assignee: "Đơn vị/người thực hiện",
  section: "Phần/Mục",
  flag: "Tình trạng",
  status: "Trạng thái",
  completedOn: "Ngày hoàn thành",
  reportRef: "Văn bản báo cáo",
  note: "Ghi chú",
  check: "Kiểm tra hạn",
  days: "Số ngày",
  unitCode: "Mã ĐV",
  unitName: "Tên đơn vị",
  unitKind: "Loại",
  unitHead: "Bí thư/Người đứng đầu",
  unitEmail: "Email",
  unitMembers: "Số đảng viên",
  unitSheet: "Sổ theo dõi",
  holidayDate: "Ngày",
  holidayName: "Ngày nghỉ",
});

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
    { key: "code", header: COLUMN_HEADERS.taskCode, width: 18, role: "key" },
    { key: "text", header: COLUMN_HEADERS.taskText, width: 70, role: "input", input: "text", wrap: true },
    { key: "deadline", header: COLUMN_HEADERS.deadline, width: 16, role: "input", input: "date" },
    { key: "assignee", header: COLUMN_HEADERS.assignee, width: 45, role: "input", input: "text", wrap: true },
    { key: "section", header: COLUMN_HEADERS.section, width: 28, role: "input", input: "text", wrap: true },
    { key: "flag", header: COLUMN_HEADERS.flag, width: 12, role: "input", input: "flag" },
  ];
}

export function unitListColumns(): ColumnDef[] {
  return [
    { key: "code", header: COLUMN_HEADERS.unitCode, width: 10, role: "key" },
    { key: "name", header: COLUMN_HEADERS.unitName, width: 48, role: "input", input: "text", wrap: true },
    { key: "kind", header: COLUMN_HEADERS.unitKind, width: 16, role: "input", input: "unitKind" },
    { key: "head", header: COLUMN_HEADERS.unitHead, width: 24, role: "input", input: "text" },
    { key: "email", header: COLUMN_HEADERS.unitEmail, width: 30, role: "input", input: "text" },
    { key: "members", header: COLUMN_HEADERS.unitMembers, width: 12, role: "input", input: "number" },
    { key: "sheet", header: COLUMN_HEADERS.unitSheet, width: 12, role: "link" },
    { key: "flag", header: COLUMN_HEADERS.flag, width: 12, role: "input", input: "flag" },
  ];
}

/** Unit sheet columns: keys and formulas first, then what the unit reports, then the checks. */
export function unitSheetColumns(measures: readonly Measure[]): ColumnDef[] {
  return [
    { key: "code", header: COLUMN_HEADERS.taskCode, width: 9, role: "key" },
    { key: "text", header: COLUMN_HEADERS.taskText, width: 55, role: "formula", wrap: true },
    { key: "deadline", header: COLUMN_HEADERS.deadline, width: 13, role: "formula" },
    { key: "status", header: COLUMN_HEADERS.status, width: 17, role: "input", input: "status" },
    { key: "completedOn", header: COLUMN_HEADERS.completedOn, width: 14, role: "input", input: "date" },
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
    { key: "reportRef", header: COLUMN_HEADERS.reportRef, width: 20, role: "input", input: "text", wrap: true },
    { key: "note", header: COLUMN_HEADERS.note, width: 28, role: "input", input: "text", wrap: true },
    { key: "check", header: COLUMN_HEADERS.check, width: 21, role: "formula" },
    { key: "days", header: COLUMN_HEADERS.days, width: 9, role: "formula" },
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
