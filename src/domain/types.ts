/**
 * The plan's vocabulary. Codes are branded so a task code can never be passed where a unit
 * code is expected; parse input once at the boundary (JSON, CSV, sheet cells) into these.
 */

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A calendar date "YYYY-MM-DD": no time, no time zone. Convert to Excel serials at host edges only. */
export type IsoDate = Brand<string, "IsoDate">;
/** Stable task key, e.g. "NV01". Never a row position. */
export type TaskCode = Brand<string, "TaskCode">;
/** Stable unit key, e.g. "DV001". Never a sheet name. */
export type UnitCode = Brand<string, "UnitCode">;

export const DOCUMENT_KINDS = ["KH", "CV", "KL", "NQ", "CT", "BC", "TB", "QĐ", "HD", "CTr"] as const;
/** Kind of party document: the code after the number, e.g. "KH" in 13-KH/ĐUK. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface DocumentRef {
  /** "50-KL/TW" */
  docNumber: string;
  date?: IsoDate;
  issuer?: string;
}

export interface Signer {
  /** "T/M BAN THƯỜNG VỤ" */
  authority: string;
  /** "BÍ THƯ" */
  title: string;
  name: string;
}

export interface Task {
  code: TaskCode;
  text: string;
  /** Last acceptable day, inclusive; null when the plan sets none. */
  deadline: IsoDate | null;
  assignee: string | null;
  /** Section heading the task came from, e.g. "III. TỔ CHỨC THỰC HIỆN". */
  section: string | null;
}

/** Per-plan measures each unit reports for every task (column headers on unit sheets). */
export interface Measure {
  key: string;
  label: string;
  kind: "number" | "text";
}

export interface PlanSettings {
  /** Days before the deadline that count as "Sắp đến hạn". */
  dueSoonDays: number;
  /** Count due-soon and lateness in working days (holiday table) instead of calendar days. */
  workingDays: boolean;
  /** A deadline that falls on a rest day moves to the next working day. */
  shiftDeadlineToWorkingDay: boolean;
}

export const DEFAULT_SETTINGS: PlanSettings = {
  dueSoonDays: 7,
  workingDays: false,
  shiftDeadlineToWorkingDay: false,
};

export const DEFAULT_MEASURES: readonly Measure[] = [
  { key: "participants", label: "Số CB, ĐV tham gia", kind: "number" },
  { key: "total", label: "Tổng số CB, ĐV", kind: "number" },
  { key: "form", label: "Hình thức triển khai", kind: "text" },
];

/** The plan JSON (docs/plan-json.md): what `parse` produces and `build` reads. */
export interface Plan {
  docNumber: string;
  kind: DocumentKind;
  issuedOn: IsoDate | null;
  place: string | null;
  parentIssuer: string | null;
  issuer: string | null;
  subject: string;
  references: DocumentRef[];
  tasks: Task[];
  signer: Signer | null;
  recipients: string[];
  measures?: Measure[];
  settings?: Partial<PlanSettings>;
  warnings?: string[];
}

/** A plan with nothing in it yet: what the Kế hoạch sheet and the pane's form start from. */
export const emptyPlan = (): Plan => ({
  docNumber: "",
  kind: "KH",
  issuedOn: null,
  place: null,
  parentIssuer: null,
  issuer: null,
  subject: "",
  references: [],
  tasks: [],
  signer: null,
  recipients: [],
});

export const UNIT_KINDS = ["chi bộ", "đảng bộ cơ sở"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
  code: UnitCode;
  name: string;
  kind: UnitKind;
  head: string | null;
  email: string | null;
  members: number | null;
}

export const TASK_STATUSES = ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Không áp dụng"] as const;
/** What a unit reports for a task (the dropdown on unit sheets). */
export type TaskStatus = (typeof TASK_STATUSES)[number];
