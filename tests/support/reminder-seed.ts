/**
 * The seed plan 13-KH/ĐUK followed by the first 40 units of the seed list, as of Monday
 * 23/12/2019, three days after the deadline of NV05 (Friday 20/12/2019, the plan's only dated
 * task): 30 units completed it (26 on time, 4 late on 21–23/12); 10 are late on it — four still
 * working on it, three not started, three that never entered anything at all. One of the late,
 * silent units (the 36th) has no email address. Tests work out what they expect from this
 * description.
 */
import { promises as fs } from "node:fs";
import { addWorkingDays, defaultReminderSettings, ReminderCounts, selectReminders, wordReminder, type ReminderRound, type ReminderScope } from "../../src/domain/reminders";
import type { IsoDate, TaskCode, Unit, UnitCode } from "../../src/domain/types";
import { buildTracker } from "../../src/engine";
import { XlsxHost } from "../../src/hosts/xlsx";
import type { WorkbookHost } from "../../src/layout";
import { seedPlan, seedState, seedUnits, typeEntries, type SeedEntry } from "./seed-tracker";

export const AS_OF = "2019-12-23" as IsoDate;
export const NV05 = "NV05" as TaskCode;

/** 1-based positions of the late units in the list: every fourth. */
const LATE_POSITIONS = [4, 8, 12, 16, 20, 24, 28, 32, 36, 40];
const IN_PROGRESS = new Set([4, 8, 12, 16]);
const NOT_STARTED = new Set([20, 24, 28]);
/** Positions 32, 36, 40 entered nothing. */
const DONE_LATE: Record<number, IsoDate> = { 1: "2019-12-21" as IsoDate, 2: "2019-12-22" as IsoDate, 3: "2019-12-23" as IsoDate, 5: "2019-12-21" as IsoDate };

/** The 36th unit, late and silent, without an email address. */
export const NO_EMAIL_POSITION = 36;

export function reminderUnits(): Unit[] {
  return seedUnits()
    .slice(0, 40)
    .map((unit, i) => (i + 1 === NO_EMAIL_POSITION ? { ...unit, email: null } : unit));
}

export function lateUnitCodes(): UnitCode[] {
  const units = reminderUnits();
  return LATE_POSITIONS.map((p) => units[p - 1].code);
}

export function silentUnitCodes(): UnitCode[] {
  const units = reminderUnits();
  return [32, 36, 40].map((p) => units[p - 1].code);
}

export function reminderEntries(units: readonly Unit[] = reminderUnits()): SeedEntry[] {
  const entries: SeedEntry[] = [];
  units.forEach((unit, index) => {
    const i = index + 1;
    const nv05 = (e: Omit<SeedEntry, "unit" | "task">) => entries.push({ unit: unit.code, task: NV05, ...e });
    const members = unit.members ?? 20;
    if (IN_PROGRESS.has(i)) nv05({ status: "Đang thực hiện", note: "Đang tổ chức quán triệt theo từng chi bộ" });
    else if (NOT_STARTED.has(i)) nv05({ status: "Chưa thực hiện" });
    else if (LATE_POSITIONS.includes(i)) return;
    else {
      const completedOn = DONE_LATE[i] ?? (`2019-12-${String(5 + (i % 16)).padStart(2, "0")}` as IsoDate);
      nv05({ status: "Hoàn thành", completedOn, participants: members - (i % 4), total: members, form: "Sinh hoạt chi bộ định kỳ", reportRef: `${i}-BC/ĐU` });
    }
    if (i <= 12) entries.push({ unit: unit.code, task: "NV01" as TaskCode, status: "Đang thực hiện" });
  });
  return entries;
}

export function reminderState() {
  const units = reminderUnits();
  return seedState(seedPlan(), units, reminderEntries(units));
}

/** Builds the tracker through any host (on 05/12/2019) and types the entries into it. */
export async function buildReminderTracker(host: WorkbookHost, entries: readonly SeedEntry[] = reminderEntries()): Promise<void> {
  const built = await buildTracker(host, { plan: seedPlan(), units: reminderUnits(), today: "2019-12-05" as IsoDate });
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  await typeEntries(host, entries);
}

/** Built trackers by their entries: tests that each start from the same file build it once. */
const builtTrackers = new Map<string, Promise<Buffer>>();

export async function writeReminderTracker(file: string, entries: readonly SeedEntry[] = reminderEntries()): Promise<void> {
  const key = JSON.stringify(entries);
  let bytes = builtTrackers.get(key);
  if (!bytes) {
    bytes = (async () => {
      const host = XlsxHost.create();
      await buildReminderTracker(host, entries);
      return host.toBuffer();
    })();
    builtTrackers.set(key, bytes);
  }
  await fs.writeFile(file, await bytes);
}

/** A round worded from the seed state as the engine would, without a workbook (for pure tests). */
export function reminderRound(scope: ReminderScope = "late", counts = new ReminderCounts(), asOf: IsoDate = AS_OF): ReminderRound {
  const state = reminderState();
  const plan = state.plan;
  const settings = defaultReminderSettings(plan);
  const replyBy = addWorkingDays(asOf, settings.replyDays, state.settings.holidays);
  const context = {
    plan: { kind: plan.kind, docNumber: plan.docNumber, issuedOn: plan.issuedOn, subject: plan.subject },
    parentBody: plan.parentIssuer ?? "",
    issuingBody: plan.issuer ?? "",
    place: plan.place ?? "",
    workingDays: state.settings.workingDays,
    settings,
  };
  const reminders = selectReminders({ state, asOf, scope, counts }).map((f) => wordReminder(context, f, { asOf, replyBy }));
  return { asOf, replyBy, scope, reminders, logCount: 0, lang: "vi", context };
}
