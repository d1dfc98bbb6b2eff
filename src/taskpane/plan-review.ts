/**
 * What the plan form shows beside each parsed task so a long plan (80 tasks and more) can be
 * reviewed against the document: the source lines the task was read from, and the parser's
 * warnings about it. Tasks with warnings are "flagged"; the form can show only those, and the
 * user can mark several at once as checked, which clears their flags.
 */
import type { TaskSpan } from "../domain/plan-text";
import type { Problem } from "../domain/result";
import { taskFieldErrors, type DraftErrors, type TaskDraft } from "./plan-draft";

export interface TaskReview {
  /** Source lines, trimmed of blank lines at either end. */
  first: number;
  last: number;
  excerpt: string;
  /** Warnings still to be checked: the task is flagged while there are any. */
  problems: Problem[];
  /** Warnings the user has seen and accepted. */
  accepted: Problem[];
}

const TASK_FIELD = /^tasks\[(\d+)\]$/u;

/** Per draft task id, by the position the parser gave it (the draft keeps the parsed order). */
export function reviewOf(tasks: readonly TaskDraft[], taskLines: readonly TaskSpan[] | undefined, warnings: readonly Problem[], source: string): Map<string, TaskReview> {
  const sourceLines = source.replace(/\r\n?/gu, "\n").split("\n");
  const review = new Map<string, TaskReview>();
  tasks.forEach((task, index) => {
    const span = taskLines?.[index];
    let first = span?.first ?? 0;
    let last = span?.last ?? -1;
    while (last >= first && first > 0 && (sourceLines[last - 1] ?? "").trim().replace(/\f/gu, "") === "") last--;
    while (first <= last && first > 0 && (sourceLines[first - 1] ?? "").trim() === "") first++;
    const excerpt = first > 0 && last >= first ? sourceLines.slice(first - 1, last).join("\n").replace(/\f/gu, "") : "";
    const problems = warnings.filter((p) => Number(TASK_FIELD.exec(p.at?.field ?? "")?.[1] ?? -1) === index);
    review.set(task.id, { first, last, excerpt, problems, accepted: [] });
  });
  return review;
}

export function flaggedCount(review: ReadonlyMap<string, TaskReview>): number {
  return [...review.values()].filter(isFlagged).length;
}

/**
 * The warnings shown above the form: those about the plan as a whole. A task's warnings are shown
 * in its row and counted by the filter, so a long list of them does not push the form down.
 */
export const planWarnings = (warnings: readonly Problem[]): Problem[] => warnings.filter((p) => !TASK_FIELD.test(p.at?.field ?? ""));

export const isFlagged = (review: TaskReview | undefined): boolean => (review?.problems.length ?? 0) > 0;

/** Whether any task was flagged when parsed, so the filter stays offered once all are checked. */
export const everFlagged = (review: ReadonlyMap<string, TaskReview>): boolean =>
  [...review.values()].some((r) => r.problems.length > 0 || r.accepted.length > 0);

/**
 * The tasks the form lists: all, or only the flagged ones. A task with a field error stays
 * listed, so the error a save or an accept reported can be seen and fixed.
 */
export function shownTasks(tasks: readonly TaskDraft[], review: ReadonlyMap<string, TaskReview>, errors: DraftErrors, flaggedOnly: boolean): readonly TaskDraft[] {
  if (!flaggedOnly) return tasks;
  const withErrors = new Set(Object.keys(errors).map((k) => /^task:([^:]+):/u.exec(k)?.[1]));
  return tasks.filter((t) => isFlagged(review.get(t.id)) || withErrors.has(t.id));
}

/** The selection after the "all shown" box is ticked or cleared; tasks not shown keep their state. */
export function selectShown(selection: ReadonlySet<string>, shown: readonly TaskDraft[], on: boolean): Set<string> {
  const next = new Set(selection);
  for (const task of shown) {
    if (on) next.add(task.id);
    else next.delete(task.id);
  }
  return next;
}

/** The "all shown" box: ticked, cleared, or mixed when only some shown tasks are selected. */
export function shownSelectionState(selection: ReadonlySet<string>, shown: readonly TaskDraft[]): boolean | "mixed" {
  const picked = shown.filter((t) => selection.has(t.id)).length;
  return picked === 0 ? false : picked === shown.length ? true : "mixed";
}

export type EssentialField = "code" | "text" | "deadline";

export interface AcceptResult {
  review: Map<string, TaskReview>;
  /** Codes of the tasks whose flags were cleared. */
  accepted: string[];
  /** Tasks that cannot be accepted as they stand, with what they lack. */
  refused: Array<{ id: string; code: string; lacks: EssentialField[] }>;
  /** The refused tasks' field errors, to show beside their inputs. */
  errors: DraftErrors;
}

/**
 * Marks the chosen tasks as checked: their warnings move to `accepted` and they are no longer
 * flagged. A task that lacks what the Kế hoạch sheet needs (its text, a valid code, a deadline
 * that is a real date when one is typed) is not accepted, so it is not waved through unread.
 */
export function acceptTasks(review: ReadonlyMap<string, TaskReview>, tasks: readonly TaskDraft[], ids: ReadonlySet<string>): AcceptResult {
  const next = new Map(review);
  const result: AcceptResult = { review: next, accepted: [], refused: [], errors: {} };
  for (const task of tasks) {
    if (!ids.has(task.id)) continue;
    const own = taskFieldErrors(task);
    const lacks = (["text", "code", "deadline"] as const).filter((f) => own[f]);
    if (lacks.length > 0) {
      result.refused.push({ id: task.id, code: task.code.trim() || "?", lacks });
      for (const f of lacks) result.errors[`task:${task.id}:${f}`] = own[f]!;
      continue;
    }
    const current = review.get(task.id);
    if (!isFlagged(current)) continue;
    next.set(task.id, { ...current!, problems: [], accepted: [...current!.accepted, ...current!.problems] });
    result.accepted.push(task.code.trim());
  }
  return result;
}
