/**
 * A change Excel would refuse, found before writing: the problems carry catalog keys and
 * locations, so the pane shows them in the user's language.
 */
import type { Problem } from "../../domain/result";

export class ExcelHostError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(problems.map((p) => `${p.key} ${JSON.stringify(p.params ?? {})}`).join("; "));
    this.name = "ExcelHostError";
    this.problems = problems;
  }
}
