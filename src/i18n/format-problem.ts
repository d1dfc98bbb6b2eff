/**
 * A problem as the user reads it: where first ("tệp units.csv, dòng 4: "), then what.
 * Used alike by the CLI and the task pane.
 */
import type { Problem } from "./problem";
import { t, type Language } from "./messages";

export function formatLocation(problem: Problem, lang: Language = "vi"): string {
  const at = problem.at;
  if (!at) return "";
  const parts: string[] = [];
  if (at.file) parts.push(t("at.file", { file: at.file }, lang));
  if (at.sheet) parts.push(t("at.sheet", { sheet: at.sheet }, lang));
  if (at.line !== undefined) parts.push(t("at.line", { line: at.line }, lang));
  if (at.cell) parts.push(t("at.cell", { cell: at.cell }, lang));
  // A field path (tasks[3].deadline) locates a problem in JSON; where a line is known, it reads better alone.
  if (at.field && at.line === undefined) parts.push(t("at.field", { field: at.field }, lang));
  return parts.join(", ");
}

export function formatProblem(problem: Problem, lang: Language = "vi"): string {
  const where = formatLocation(problem, lang);
  const what = t(problem.key, problem.params ?? {}, lang);
  const sentence = where ? `${where}: ${what}` : what;
  return sentence.charAt(0).toLocaleUpperCase(lang) + sentence.slice(1);
}
