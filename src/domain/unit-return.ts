/**
 * A unit's file coming back: which of its values the tracker takes. The file carries what the
 * tracker held when it was exported, so three values are compared per field — exported (E),
 * returned by the unit (R) and in the tracker now (C):
 * - R = C: nothing to do (also what makes a second import of the same file change nothing);
 * - R = E: the unit did not touch the field, so whatever staff typed since stands;
 * - R ≠ E and C = E: the unit changed it and staff did not: taken ("new" when C is empty);
 * - R ≠ E and C ≠ E: both changed it differently: a conflict, kept as staff typed it unless
 *   the office asks to overwrite.
 */
import type { MeasureValue, UnitTaskEntry } from "./tracker";
import type { IsoDate, Measure, TaskCode, UnitCode } from "./types";

/** One input field of an entry: a fixed field, or a measure by its key ("measure:total"). */
export type EntryField = "status" | "completedOn" | "reportRef" | "note" | `measure:${string}`;

export type FieldValue = string | number | null;

export type FieldDecision = "new" | "changed" | "conflict";

export interface FieldChange {
  unit: UnitCode;
  task: TaskCode;
  field: EntryField;
  decision: FieldDecision;
  exported: FieldValue;
  returned: FieldValue;
  current: FieldValue;
}

export function entryFields(measures: readonly Measure[]): EntryField[] {
  return ["status", "completedOn", ...measures.map((m): EntryField => `measure:${m.key}`), "reportRef", "note"];
}

export function fieldValue(entry: UnitTaskEntry | undefined, field: EntryField): FieldValue {
  if (!entry) return null;
  if (field.startsWith("measure:")) {
    const value: MeasureValue | undefined = entry.measures[field.slice("measure:".length)];
    return value === undefined ? null : value;
  }
  return entry[field as "status" | "completedOn" | "reportRef" | "note"];
}

/** The same value: text compared after trimming, as a reader would keep it. */
function same(a: FieldValue, b: FieldValue): boolean {
  const norm = (v: FieldValue) => (typeof v === "string" ? v.normalize("NFC").trim() : v);
  return norm(a) === norm(b);
}

export interface ReturnCompare {
  unit: UnitCode;
  tasks: readonly TaskCode[];
  measures: readonly Measure[];
  exported: ReadonlyMap<TaskCode, UnitTaskEntry>;
  returned: ReadonlyMap<TaskCode, UnitTaskEntry>;
  current: ReadonlyMap<TaskCode, UnitTaskEntry>;
}

/** Every field where the returned file differs from the tracker, with what to do about it. */
export function diffUnitReturn(input: ReturnCompare): FieldChange[] {
  const fields = entryFields(input.measures);
  const changes: FieldChange[] = [];
  for (const task of input.tasks) {
    for (const field of fields) {
      const exported = fieldValue(input.exported.get(task), field);
      const returned = fieldValue(input.returned.get(task), field);
      const current = fieldValue(input.current.get(task), field);
      if (same(returned, current) || same(returned, exported)) continue;
      const decision: FieldDecision = !same(current, exported) ? "conflict" : current === null ? "new" : "changed";
      changes.push({ unit: input.unit, task, field, decision, exported, returned, current });
    }
  }
  return changes;
}

/** Names one change among an import's: its unit, task and field. */
export function changeKey(change: Pick<FieldChange, "unit" | "task" | "field">): string {
  return `${change.unit}\u0000${change.task}\u0000${change.field}`;
}

/**
 * What the office confirmed: the units whose changes are taken (every unit when left out), and
 * the conflicts overwritten — all (true), none (false), or those named by `changeKey`. A conflict
 * is never written unless chosen, whichever units are taken.
 */
export interface ImportChoice {
  units?: readonly UnitCode[];
  conflicts: boolean | readonly string[];
}

/** The changes an import writes: of the units chosen, conflicts only when the office chose to overwrite them. */
export function changesToApply(changes: readonly FieldChange[], { units, conflicts }: ImportChoice): FieldChange[] {
  const unitSet = units ? new Set(units) : null;
  const conflictSet = typeof conflicts === "boolean" ? null : new Set(conflicts);
  return changes.filter((c) => {
    if (unitSet && !unitSet.has(c.unit)) return false;
    if (c.decision !== "conflict") return true;
    return conflictSet ? conflictSet.has(changeKey(c)) : conflicts === true;
  });
}

/**
 * The task list's checksum (codes and deadlines, in order): a returned file whose list differs
 * from the tracker's was made for other tasks, or was tampered with, and its rows cannot be
 * trusted to mean the same thing.
 */
export function taskListChecksum(tasks: ReadonlyArray<{ code: TaskCode; deadline: IsoDate | null }>): string {
  const json = JSON.stringify(tasks.map((t) => [t.code, t.deadline ?? ""]));
  let a = 0x811c9dc5 | 0;
  let b = 0x5bd1e995 | 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/** "Đảng bộ Sở Y tế" → "Dang-bo-So-Y-te": ASCII words joined by hyphens, at most `max` characters. */
function asciiWords(text: string, max: number): string {
  const ascii = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  return ascii.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, max).replace(/-+$/, "");
}

/** "DV004-Dang-bo-So-Y-te.xlsx": ASCII only, so every system and mail program keeps the name. */
export function unitFileName(unit: { code: string; name: string }): string {
  const words = asciiWords(unit.name, 60);
  const code = unit.code.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9_-]/g, "");
  return `Bao-cao-${words ? `${code}-${words}` : code}.xlsx`;
}

/** "Mau-bao-cao-don-vi-13-KH-DUK.zip": the units' files downloaded together. */
export function unitFilesZipName(planId: string): string {
  const plan = asciiWords(planId, 40);
  return `Mau-bao-cao-don-vi${plan ? `-${plan}` : ""}.zip`;
}

/**
 * The unit a file's name says it is for ("Bao-cao-DV004-….xlsx"), among the known codes; null
 * when the name follows no such pattern (a unit may rename its file freely otherwise).
 */
export function unitNamedByFile(fileName: string, codes: readonly string[]): string | null {
  const match = /^Bao-cao-(.+?)(\.xlsx)?$/i.exec(fileName);
  if (!match) return null;
  const rest = match[1];
  const named = codes.filter((code) => rest === code || rest.startsWith(`${code}-`)).sort((a, b) => b.length - a.length);
  return named[0] ?? null;
}
