/**
 * The plan JSON at the boundary (docs/plan-json.md): what `plan-tracker parse` writes and
 * `plan-tracker build` reads. Checked once here into the domain's types; every problem names
 * the JSON path ("tasks[3].deadline") so the user can find it.
 */
import { parseIsoDate } from "./calendar-date";
import { fail, ok, type Problem, type Result } from "./result";
import {
  DOCUMENT_KINDS,
  type DocumentKind,
  type DocumentRef,
  type IsoDate,
  type Measure,
  type Plan,
  type PlanSettings,
  type Signer,
  type Task,
  type TaskCode,
} from "./types";

/** Task codes are stable keys (docs/workbook-layout.md): plain letters first, then letters, digits, ".", "-", "_". */
const TASK_CODE = /^[A-Za-z][A-Za-z0-9._-]{0,19}$/u;
const PLAN_FIELDS = new Set([
  "docNumber", "kind", "issuedOn", "place", "parentIssuer", "issuer", "subject", "references", "tasks", "signer",
  "recipients", "measures", "settings", "warnings",
]);
const TASK_FIELDS = new Set(["code", "text", "deadline", "assignee", "section"]);

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** Collects problems while reading one file; each reader returns undefined when the value is unusable. */
class Reader {
  readonly problems: Problem[] = [];
  readonly warnings: Problem[] = [];
  constructor(private readonly file: string | undefined) {}

  problem(key: Problem["key"], field: string, params: Record<string, string | number> = {}): undefined {
    this.problems.push({ key, params: { field, ...params }, at: { ...(this.file ? { file: this.file } : {}), field } });
    return undefined;
  }

  warn(key: Problem["key"], field: string): void {
    this.warnings.push({ key, params: { field }, at: { ...(this.file ? { file: this.file } : {}), field } });
  }

  unknownFields(object: Json, known: Set<string>, path: string): void {
    for (const name of Object.keys(object)) if (!known.has(name)) this.warn("planJson.unknownField", `${path}${name}`);
  }

  text(object: Json, name: string, path: string, required: "nonEmpty" | "any"): string | undefined {
    const field = `${path}${name}`;
    const value = object[name];
    if (value === undefined) return this.problem("planJson.missing", field);
    if (typeof value !== "string") return this.problem("planJson.wrongType", field, { expected: "string" });
    if (required === "nonEmpty" && value.trim() === "") return this.problem("planJson.emptyText", field);
    return value;
  }

  /** A string or null; absent means null. */
  optionalText(object: Json, name: string, path: string): string | null | undefined {
    const value = object[name];
    if (value === undefined || value === null) return null;
    if (typeof value !== "string") return this.problem("planJson.wrongType", `${path}${name}`, { expected: "string | null" });
    return value;
  }

  date(value: unknown, field: string): IsoDate | undefined {
    if (typeof value !== "string") return this.problem("planJson.wrongType", field, { expected: "\"YYYY-MM-DD\"" });
    return parseIsoDate(value) ?? this.problem("planJson.invalidDate", field, { value });
  }

  optionalDate(object: Json, name: string, path: string): IsoDate | null | undefined {
    const value = object[name];
    return value === undefined || value === null ? null : this.date(value, `${path}${name}`);
  }

  array(object: Json, name: string, required: boolean): unknown[] | undefined {
    const value = object[name];
    if (value === undefined && !required) return [];
    if (value === undefined) return this.problem("planJson.missing", name);
    if (!Array.isArray(value)) return this.problem("planJson.wrongType", name, { expected: "array" });
    return value;
  }

  kind(value: unknown): DocumentKind | undefined {
    if (value === undefined) return this.problem("planJson.missing", "kind");
    if (typeof value === "string" && (DOCUMENT_KINDS as readonly string[]).includes(value)) return value as DocumentKind;
    return this.problem("planJson.invalidKind", "kind", { value: String(value), allowed: DOCUMENT_KINDS.join(", ") });
  }

  reference(value: unknown, index: number): DocumentRef | undefined {
    const path = `references[${index}].`;
    if (!isObject(value)) return this.problem("planJson.wrongType", `references[${index}]`, { expected: "object" });
    const docNumber = this.text(value, "docNumber", path, "nonEmpty");
    const date = value.date === undefined ? null : this.date(value.date, `${path}date`);
    const issuer = this.optionalText(value, "issuer", path);
    if (docNumber === undefined || date === undefined || issuer === undefined) return undefined;
    return { docNumber, ...(date ? { date } : {}), ...(issuer ? { issuer } : {}) };
  }

  task(value: unknown, index: number, firstIndex: Map<string, number>): Task | undefined {
    const path = `tasks[${index}].`;
    if (!isObject(value)) return this.problem("planJson.wrongType", `tasks[${index}]`, { expected: "object" });
    this.unknownFields(value, TASK_FIELDS, path);
    let code = this.text(value, "code", path, "nonEmpty");
    if (code !== undefined && !TASK_CODE.test(code)) code = this.problem("planJson.invalidTaskCode", `${path}code`, { value: code });
    if (code !== undefined) {
      // Codes key the unit sheets' rows: "nv01" and "NV01" would be the same row to a user.
      const seen = firstIndex.get(code.toUpperCase());
      if (seen !== undefined) code = this.problem("planJson.duplicateTaskCode", `${path}code`, { value: code, first: seen });
      else firstIndex.set(code.toUpperCase(), index);
    }
    const text = this.text(value, "text", path, "nonEmpty");
    const deadline = this.optionalDate(value, "deadline", path);
    const assignee = this.optionalText(value, "assignee", path);
    const section = this.optionalText(value, "section", path);
    if (code === undefined || text === undefined || deadline === undefined || assignee === undefined || section === undefined) return undefined;
    return { code: code as TaskCode, text, deadline, assignee, section };
  }

  signer(value: unknown): Signer | null | undefined {
    if (value === undefined || value === null) return null;
    if (!isObject(value)) return this.problem("planJson.wrongType", "signer", { expected: "object | null" });
    const authority = this.text(value, "authority", "signer.", "any");
    const title = this.text(value, "title", "signer.", "any");
    const name = this.text(value, "name", "signer.", "any");
    if (authority === undefined || title === undefined || name === undefined) return undefined;
    return { authority, title, name };
  }

  strings(object: Json, name: string): string[] | undefined {
    const list = this.array(object, name, false);
    if (!list) return undefined;
    const out: string[] = [];
    list.forEach((item, i) => {
      if (typeof item === "string") out.push(item);
      else this.problem("planJson.wrongType", `${name}[${i}]`, { expected: "string" });
    });
    return out.length === list.length ? out : undefined;
  }

  measures(value: unknown): Measure[] | null | undefined {
    if (value === undefined) return null;
    if (!Array.isArray(value)) return this.problem("planJson.wrongType", "measures", { expected: "array" });
    const keys = new Set<string>();
    const out: Measure[] = [];
    value.forEach((item, i) => {
      const path = `measures[${i}].`;
      if (!isObject(item)) return this.problem("planJson.wrongType", `measures[${i}]`, { expected: "object" });
      const key = this.text(item, "key", path, "nonEmpty");
      const label = this.text(item, "label", path, "nonEmpty");
      const kind = item.kind === "number" || item.kind === "text" ? item.kind : this.problem("planJson.wrongType", `${path}kind`, { expected: "\"number\" | \"text\"" });
      if (key !== undefined && keys.has(key)) return this.problem("planJson.duplicateMeasure", `${path}key`, { value: key });
      if (key !== undefined) keys.add(key);
      if (key !== undefined && label !== undefined && kind !== undefined) out.push({ key, label, kind });
      return undefined;
    });
    return out.length === value.length ? out : undefined;
  }

  settings(value: unknown): Partial<PlanSettings> | null | undefined {
    if (value === undefined) return null;
    if (!isObject(value)) return this.problem("planJson.wrongType", "settings", { expected: "object" });
    const out: Partial<PlanSettings> = {};
    if (value.dueSoonDays !== undefined) {
      const days = value.dueSoonDays;
      if (typeof days === "number" && Number.isInteger(days) && days >= 0 && days <= 365) out.dueSoonDays = days;
      else this.problem("planJson.outOfRange", "settings.dueSoonDays", { min: 0, max: 365 });
    }
    for (const flag of ["workingDays", "shiftDeadlineToWorkingDay"] as const) {
      if (value[flag] === undefined) continue;
      if (typeof value[flag] === "boolean") out[flag] = value[flag];
      else this.problem("planJson.wrongType", `settings.${flag}`, { expected: "true | false" });
    }
    for (const name of Object.keys(value)) {
      if (!["dueSoonDays", "workingDays", "shiftDeadlineToWorkingDay"].includes(name)) this.warn("planJson.unknownField", `settings.${name}`);
    }
    return out;
  }
}

/** Checks a parsed JSON value as a plan; `file` is named in every problem's location. */
export function parsePlanJson(value: unknown, file?: string): Result<Plan> {
  const r = new Reader(file);
  if (!isObject(value)) return fail({ key: "planJson.notObject", ...(file ? { at: { file } } : {}) });
  r.unknownFields(value, PLAN_FIELDS, "");

  const docNumber = r.text(value, "docNumber", "", "nonEmpty");
  const kind = r.kind(value.kind);
  const issuedOn = r.optionalDate(value, "issuedOn", "");
  const place = r.optionalText(value, "place", "");
  const parentIssuer = r.optionalText(value, "parentIssuer", "");
  const issuer = r.optionalText(value, "issuer", "");
  const subject = r.text(value, "subject", "", "any");
  const references = r.array(value, "references", false)?.map((item, i) => r.reference(item, i));
  const firstIndex = new Map<string, number>();
  const tasks = r.array(value, "tasks", true)?.map((item, i) => r.task(item, i, firstIndex));
  const signer = r.signer(value.signer);
  const recipients = r.strings(value, "recipients");
  const measures = r.measures(value.measures);
  const settings = r.settings(value.settings);
  const warnings = r.strings(value, "warnings");

  if (r.problems.length > 0) return fail(...r.problems);
  const plan: Plan = {
    docNumber: docNumber as string,
    kind: kind as DocumentKind,
    issuedOn: issuedOn as IsoDate | null,
    place: place as string | null,
    parentIssuer: parentIssuer as string | null,
    issuer: issuer as string | null,
    subject: subject as string,
    references: (references ?? []) as DocumentRef[],
    tasks: (tasks ?? []) as Task[],
    signer: signer as Signer | null,
    recipients: recipients ?? [],
    ...(measures ? { measures } : {}),
    ...(settings ? { settings } : {}),
    ...(warnings && warnings.length > 0 ? { warnings } : {}),
  };
  return ok(plan, r.warnings);
}
