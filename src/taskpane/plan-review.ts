/**
 * What the plan form shows beside each parsed task so a long plan (80 tasks and more) can be
 * reviewed against the document: the source lines the task was read from, and the parser's
 * warnings about it. Tasks with warnings are "flagged"; the form can show only those.
 */
import type { TaskSpan } from "../domain/plan-text";
import type { Problem } from "../domain/result";
import type { TaskDraft } from "./plan-draft";

export interface TaskReview {
  /** Source lines, trimmed of blank lines at either end. */
  first: number;
  last: number;
  excerpt: string;
  problems: Problem[];
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
    review.set(task.id, { first, last, excerpt, problems });
  });
  return review;
}

export function flaggedCount(review: ReadonlyMap<string, TaskReview>): number {
  return [...review.values()].filter((r) => r.problems.length > 0).length;
}
