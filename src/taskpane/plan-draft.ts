/**
 * The plan as the form edits it: every field a string, dates as the user types them (dd/mm/yyyy).
 * `toDraft` fills the form from a parsed plan (or an empty one); `fromDraft` checks the form and
 * gives back a Plan, or the field errors to show next to the inputs.
 */
import { daysInMonth, formatVietnameseDate, makeDate } from "../domain/calendar-date";
import type { DocumentKind, DocumentRef, IsoDate, Plan, Task, TaskCode } from "../domain/types";
import type { MessageKey } from "../i18n";

export interface TaskDraft {
  /** Stable identity for React lists; not saved. */
  id: string;
  code: string;
  text: string;
  deadline: string;
  assignee: string;
  section: string | null;
}

export interface PlanDraft {
  docNumber: string;
  kind: DocumentKind;
  issuedOn: string;
  place: string;
  parentIssuer: string;
  issuer: string;
  subject: string;
  /** One document number a line. */
  references: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  /** One recipient a line. */
  recipients: string;
  tasks: TaskDraft[];
  /** What the form does not show but saving must keep (reference dates, measures, settings, parser warnings). */
  kept: Pick<Plan, "references" | "measures" | "settings" | "warnings">;
}

export interface FieldError {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** Field ids: "docNumber", "issuedOn", … for the header; "task:<id>:deadline" for a task's field. */
export type DraftErrors = Record<string, FieldError>;

export type DraftCheck = { ok: true; plan: Plan } | { ok: false; errors: DraftErrors };

// Same shape as unit codes (domain/unit-fields): plain letters, digits, "-" and "_".
const TASK_CODE = /^[A-Za-z0-9_-]{1,20}$/;
// d/m/yyyy with "/", "." or "-" between the parts, as Vietnamese offices write dates.
const TYPED_DATE = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;

let nextId = 0;
const newId = (): string => `t${++nextId}`;

export function toDraft(plan: Plan): PlanDraft {
  return {
    docNumber: plan.docNumber,
    kind: plan.kind,
    issuedOn: plan.issuedOn ? formatVietnameseDate(plan.issuedOn) : "",
    place: plan.place ?? "",
    parentIssuer: plan.parentIssuer ?? "",
    issuer: plan.issuer ?? "",
    subject: plan.subject,
    references: plan.references.map((r) => r.docNumber).join("\n"),
    signerAuthority: plan.signer?.authority ?? "",
    signerTitle: plan.signer?.title ?? "",
    signerName: plan.signer?.name ?? "",
    recipients: plan.recipients.join("\n"),
    tasks: plan.tasks.map(taskToDraft),
    kept: { references: plan.references, measures: plan.measures, settings: plan.settings, warnings: plan.warnings },
  };
}

function taskToDraft(task: Task): TaskDraft {
  return {
    id: newId(),
    code: task.code,
    text: task.text,
    deadline: task.deadline ? formatVietnameseDate(task.deadline) : "",
    assignee: task.assignee ?? "",
    section: task.section,
  };
}

/** A blank task with the next free code in the plan's "NV01" style. */
export function newTask(existing: readonly TaskDraft[]): TaskDraft {
  const used = new Set(existing.map((t) => t.code.trim().toUpperCase()));
  let n = existing.length + 1;
  while (used.has(`NV${String(n).padStart(2, "0")}`)) n++;
  return { id: newId(), code: `NV${String(n).padStart(2, "0")}`, text: "", deadline: "", assignee: "", section: null };
}

/** Reads a typed dd/mm/yyyy date: null for blank, "invalid" for text that is not a real date. */
export function readTypedDate(text: string): IsoDate | null | "invalid" {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const m = TYPED_DATE.exec(trimmed);
  if (!m) return "invalid";
  return makeDate(Number(m[4]), Number(m[3]), Number(m[1])) ?? "invalid";
}

/**
 * Why a typed date cannot be read, in words a user can act on: a day the month does not have
 * ("31/02/2026": February 2026 has 28 days), a month past 12, or text that is not a date at all.
 * Null for a blank field or a real date.
 */
export function typedDateError(text: string): FieldError | null {
  if (readTypedDate(text) !== "invalid") return null;
  const value = text.trim();
  const m = TYPED_DATE.exec(value);
  if (!m) return { key: "pane.plan.dateNotDate", params: { value } };
  const [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (month < 1 || month > 12) return { key: "pane.plan.dateNoSuchMonth", params: { value, month } };
  return { key: "pane.plan.dateNoSuchDay", params: { value, day, month, year, days: daysInMonth(year, month) } };
}

/** A task's own field errors (its code's shape, its text, its deadline); duplicates need the whole list. */
export function taskFieldErrors(task: TaskDraft): Partial<Record<"code" | "text" | "deadline", FieldError>> {
  const errors: Partial<Record<"code" | "text" | "deadline", FieldError>> = {};
  if (!TASK_CODE.test(task.code.trim())) errors.code = { key: "pane.plan.badTaskCode", params: { value: task.code } };
  if (task.text.trim() === "") errors.text = { key: "pane.plan.required" };
  const deadline = typedDateError(task.deadline);
  if (deadline) errors.deadline = deadline;
  return errors;
}

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");

const orNull = (text: string): string | null => (text.trim() === "" ? null : text.trim());

export function fromDraft(draft: PlanDraft): DraftCheck {
  const errors: DraftErrors = {};
  if (draft.docNumber.trim() === "") errors.docNumber = { key: "pane.plan.required" };
  if (draft.subject.trim() === "") errors.subject = { key: "pane.plan.required" };
  const issuedOn = readTypedDate(draft.issuedOn);
  const issuedOnError = typedDateError(draft.issuedOn);
  if (issuedOnError) errors.issuedOn = issuedOnError;
  if (draft.tasks.length === 0) errors.tasks = { key: "pane.plan.noTasks" };

  const seen = new Set<string>();
  const tasks: Task[] = [];
  for (const task of draft.tasks) {
    const code = task.code.trim();
    const at = (field: string) => `task:${task.id}:${field}`;
    const own = taskFieldErrors(task);
    for (const [field, error] of Object.entries(own)) errors[at(field)] = error;
    if (!own.code && seen.has(code.toUpperCase())) errors[at("code")] = { key: "pane.plan.duplicateCode", params: { code } };
    seen.add(code.toUpperCase());
    const deadline = readTypedDate(task.deadline);
    tasks.push({
      code: code as TaskCode,
      text: task.text.trim(),
      deadline: deadline === "invalid" ? null : deadline,
      assignee: orNull(task.assignee),
      section: task.section,
    });
  }
  if (Object.keys(errors).length > 0 || issuedOn === "invalid") return { ok: false, errors };

  const signer =
    draft.signerAuthority.trim() || draft.signerTitle.trim() || draft.signerName.trim()
      ? { authority: draft.signerAuthority.trim(), title: draft.signerTitle.trim(), name: draft.signerName.trim() }
      : null;
  const plan: Plan = {
    docNumber: draft.docNumber.trim(),
    kind: draft.kind,
    issuedOn,
    place: orNull(draft.place),
    parentIssuer: orNull(draft.parentIssuer),
    issuer: orNull(draft.issuer),
    subject: draft.subject.trim(),
    references: keepReferenceDetails(lines(draft.references), draft.kept.references),
    tasks,
    signer,
    recipients: lines(draft.recipients),
  };
  if (draft.kept.measures) plan.measures = draft.kept.measures;
  if (draft.kept.settings) plan.settings = draft.kept.settings;
  return { ok: true, plan };
}

/** A reference the user kept keeps the date and issuer the parser found for it. */
function keepReferenceDetails(numbers: string[], known: DocumentRef[]): DocumentRef[] {
  return numbers.map((docNumber) => known.find((r) => r.docNumber === docNumber) ?? { docNumber });
}
