/** What every command shares: exit codes, reading an input file as text, printing problems. */
import { fail, ok, type Problem, type Result } from "../domain/result";
import { formatProblem } from "../i18n";
import type { CliIo } from "./io";

export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

export function printProblems(io: CliIo, problems: Problem[], code: number): number {
  for (const problem of problems) io.stderr(`${formatProblem(problem, io.lang)}\n`);
  return code;
}

/** A UTF-8 text file (a byte-order mark is dropped by the parsers), or a located problem. */
export async function readInputText(io: CliIo, file: string): Promise<Result<string>> {
  try {
    return ok((await io.readFile(file)).toString("utf8"));
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "ENOENT") return fail({ key: "file.notFound", params: { file } });
    return fail({ key: "file.unreadable", params: { file, reason: error instanceof Error ? error.message : String(error) } });
  }
}
