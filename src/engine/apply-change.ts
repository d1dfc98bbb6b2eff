/**
 * Writing a planned change through a host, with the host's refusal turned into problems.
 */
import type { Problem } from "../domain/result";
import type { WorkbookOp } from "../layout/sheet-spec";
import type { WorkbookHost, WorkbookSnapshot } from "../layout/workbook-host";

/** Both hosts reject a change they refuse before writing with an error that carries its problems. */
function rejectedProblems(error: unknown): Problem[] | null {
  const problems = (error as { problems?: unknown } | null)?.problems;
  return Array.isArray(problems) && problems.length > 0 ? (problems as Problem[]) : null;
}

/** Applies the ops against the snapshot they were planned from; null when written, else the problems. */
export async function applyChange(host: WorkbookHost, known: WorkbookSnapshot, ops: WorkbookOp[], dropTemplates?: string[]): Promise<Problem[] | null> {
  // Nothing to write: no round trip (a rebuild with nothing new is read-only).
  if (ops.length === 0 && !dropTemplates?.length) return null;
  try {
    await host.apply({ ops, dropTemplates }, known);
    return null;
  } catch (error) {
    return (
      rejectedProblems(error) ?? [{ key: "engine.hostFailed", params: { reason: error instanceof Error ? error.message : String(error) } }]
    );
  }
}
