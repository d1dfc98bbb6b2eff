/**
 * `plan-tracker export <tracker.xlsx> [--as-of D] [--format csv|json] [--out FILE]`: one record
 * per unit × task with the deadline check as of D (default: the tracker's "Ngày đối chiếu", else
 * today), for data-based monitoring systems (docs/export-format.md). Read-only for the tracker.
 */
import { todayLocal } from "../../domain/calendar-date";
import { formatCsv } from "../../domain/csv";
import type { ExportRow } from "../../domain/report";
import { exportTracker } from "../../engine";
import { XlsxHost, writeFileAtomically } from "../../hosts/xlsx";
import type { CliIo } from "../io";
import { dateOption, isProblem, parseArgs } from "../options";
import { EXIT, printProblems } from "../output";

const FIXED = ["plan", "unitCode", "unitName", "taskCode", "taskText", "deadline", "status", "completedOn"] as const;
const TRAILING = ["reportRef", "note", "result", "days", "asOf"] as const;

/** CSV with a header row; measures as `measure:<key>` columns in the order first seen. UTF-8 with BOM, for Excel. */
export function exportCsv(rows: readonly ExportRow[], measureKeys: readonly string[]): string {
  const header = [...FIXED, ...measureKeys.map((k) => `measure:${k}`), ...TRAILING];
  const records = rows.map((r) => [
    ...FIXED.map((key) => r[key] ?? null),
    ...measureKeys.map((k) => r.measures[k] ?? null),
    ...TRAILING.map((key) => r[key] ?? null),
  ]);
  return `\ufeff${formatCsv([header, ...records])}`;
}

export async function runExport(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["--as-of", "--format", "--out"], []);
  if (isProblem(parsed)) return printProblems(io, [parsed], EXIT.usage);
  if (parsed.positional.length !== 1) return printProblems(io, [{ key: "cli.missingOption", params: { option: "<tracker.xlsx>" } }], EXIT.usage);
  const format = parsed.values.get("--format") ?? "csv";
  if (format !== "csv" && format !== "json") return printProblems(io, [{ key: "cli.export.badFormat", params: { value: format } }], EXIT.usage);
  const given = dateOption(parsed, "--as-of", todayLocal());
  if (isProblem(given)) return printProblems(io, [given], EXIT.usage);
  const opened = await XlsxHost.open(parsed.positional[0]);
  if (!opened.ok) return printProblems(io, opened.problems, EXIT.badInput);
  const exported = await exportTracker(opened.value, parsed.values.has("--as-of") ? given : null, todayLocal());
  if (!exported.ok) return printProblems(io, exported.problems, EXIT.badInput);
  const { rows, measures } = exported.value;
  const body = format === "json" ? `${JSON.stringify(rows, null, 2)}\n` : exportCsv(rows, measures.map((m) => m.key));
  const out = parsed.values.get("--out");
  if (out === undefined) io.stdout(body);
  else {
    try {
      await writeFileAtomically(out, Buffer.from(body, "utf8"));
    } catch (error) {
      return printProblems(io, [{ key: "file.unwritable", params: { file: out, reason: error instanceof Error ? error.message : String(error) } }], EXIT.badInput);
    }
  }
  if (exported.warnings.length > 0) printProblems(io, exported.warnings, EXIT.ok);
  return EXIT.ok;
}
