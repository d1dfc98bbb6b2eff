import type { Problem } from "../../domain/result";

/**
 * Thrown by `apply` when a change fails validation: nothing was written. `WorkbookHost.apply`
 * returns no value, so its expected failures travel as this one error type carrying the
 * catalog problems; `XlsxHost.tryApply` returns them as a Result instead.
 */
export class WorkbookChangeRejected extends Error {
  constructor(readonly problems: Problem[]) {
    super(`workbook change rejected: ${problems.map((p) => p.key).join(", ")}`);
    this.name = "WorkbookChangeRejected";
  }
}
