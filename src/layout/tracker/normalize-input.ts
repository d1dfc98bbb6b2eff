/**
 * Plans and units as the sheets will hold them: NFC text without edge spaces, empty optional
 * text as null. Comparing what the workbook has with what a build would write is then exact,
 * so a rebuild with unchanged input writes nothing (docs/architecture.md).
 */
import type { Plan, Task, Unit } from "../../domain/types";

const clean = (text: string): string => text.normalize("NFC").trim();
const cleanOrNull = (text: string | null | undefined): string | null => {
  if (text === null || text === undefined) return null;
  const c = clean(text);
  return c === "" ? null : c;
};

export function normalizeTask(task: Task): Task {
  return { code: clean(task.code) as Task["code"], text: clean(task.text), deadline: task.deadline, assignee: cleanOrNull(task.assignee), section: cleanOrNull(task.section) };
}

export function normalizePlan(plan: Plan): Plan {
  const signer = plan.signer ? { authority: clean(plan.signer.authority), title: clean(plan.signer.title), name: clean(plan.signer.name) } : null;
  return {
    ...plan,
    docNumber: clean(plan.docNumber),
    place: cleanOrNull(plan.place),
    parentIssuer: cleanOrNull(plan.parentIssuer),
    issuer: cleanOrNull(plan.issuer),
    subject: clean(plan.subject),
    references: plan.references.map((r) => {
      const ref: Plan["references"][number] = { docNumber: clean(r.docNumber) };
      if (r.date) ref.date = r.date;
      const issuer = cleanOrNull(r.issuer);
      if (issuer) ref.issuer = issuer;
      return ref;
    }),
    tasks: plan.tasks.map(normalizeTask),
    signer: signer && (signer.authority || signer.title || signer.name) ? signer : null,
    recipients: plan.recipients.map(clean).filter((r) => r !== ""),
  };
}

export function normalizeUnit(unit: Unit): Unit {
  return { ...unit, code: clean(unit.code) as Unit["code"], name: clean(unit.name), head: cleanOrNull(unit.head), email: cleanOrNull(unit.email) };
}
