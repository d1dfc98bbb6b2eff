/**
 * From the pasted text of a party document to a proposed plan for the user to review.
 * Never throws: whatever it cannot read with certainty becomes a problem (catalog key and
 * source line) and, rendered in Vietnamese, one of the plan's `warnings`.
 */
import { formatProblem } from "../../i18n/format-problem";
import type { Problem } from "../result";
import type { Plan } from "../types";
import { appendixStart, readAppendix } from "./appendix";
import { closingStart, readClosing } from "./closing";
import { readHeader } from "./header";
import { normalizeLines, type TextLine } from "./normalize";
import { collectReferences } from "./references";
import { extractTasks, type TaskSpan } from "./tasks";

export type { TaskSpan };

export interface DetailedParse {
  plan: Plan;
  /**
   * For each task, the source lines it was read from (first line of its first paragraph to
   * the last line before what follows it), so a reviewer can compare it with the document.
   */
  taskLines: TaskSpan[];
  /** In document order; `plan.warnings` holds the same, rendered in Vietnamese. */
  problems: Problem[];
}

/** A problem as a human-readable sentence: "Dòng 12: …". */
export function parsePlanTextDetailed(text: string): DetailedParse {
  const lines = normalizeLines(typeof text === "string" ? text : "");
  const header = readHeader(lines);
  const end = closingStart(lines, header.bodyStart);
  const body = lines.slice(header.bodyStart, end);
  const { tasks: bodyTasks, spans: bodySpans, problems: taskProblems } = extractTasks(body, header.issuedOn);
  // An appendix after the signature carries tasks of its own; the closing ends where it begins.
  const appendixAt = appendixStart(lines, end);
  const appendix = readAppendix(lines.slice(appendixAt), header.issuedOn, bodyTasks.length);
  const tasks = [...bodyTasks, ...appendix.tasks];
  const closing = readClosing(lines.slice(0, appendixAt), end);
  // References are cited in the subject, the preamble and the tasks; the header's own number is not one.
  const { references, problems: referenceProblems } = collectReferences(
    [{ text: header.subject, line: lines[0]?.line ?? 1 }, ...body],
    header.docNumber?.key ?? null,
  );

  const bodyOnly = appendix.tasks.length > 0 ? taskProblems.filter((p) => p.key !== "planText.noTasks") : taskProblems;
  const problems = [...header.problems, ...referenceProblems, ...bodyOnly, ...appendix.problems, ...closing.problems].sort(
    (a, b) => (a.at?.line ?? 0) - (b.at?.line ?? 0),
  );
  const plan: Plan = {
    docNumber: header.docNumber?.docNumber ?? "",
    kind: header.kind,
    issuedOn: header.issuedOn,
    place: header.place,
    parentIssuer: header.parentIssuer,
    issuer: header.issuer,
    subject: header.subject,
    references,
    tasks,
    signer: closing.signer,
    recipients: closing.recipients,
    warnings: problems.map((p) => formatProblem(p)),
  };
  return { plan, problems, taskLines: [...bodySpans, ...appendix.spans].map((span) => toSourceLines(lines, span)) };
}

/** A span of logical lines as source lines: up to the line before the next logical line begins. */
function toSourceLines(lines: readonly TextLine[], span: TaskSpan): TaskSpan {
  const next = lines.find((l) => l.line > span.last);
  return { first: span.first, last: next ? Math.max(span.last, next.line - 1) : span.last };
}

export function parsePlanText(text: string): Plan {
  return parsePlanTextDetailed(text).plan;
}
