/**
 * `plan-tracker build --plan plan.json --units units.csv --out tracker.xlsx [--today D]`:
 * creates the tracker, or updates an existing one in place without losing what users typed.
 * The file is replaced atomically, so a failure leaves the previous tracker as it was.
 */
import { existsSync } from "node:fs";
import { todayLocal } from "../../domain/calendar-date";
import { parsePlanJson } from "../../domain/plan-json";
import type { Problem } from "../../domain/result";
import { parseUnitsCsv } from "../../domain/units-csv";
import { buildReportLines, buildTracker } from "../../engine";
import { XlsxHost } from "../../hosts/xlsx";
import { t } from "../../i18n";
import type { CliIo } from "../io";
import { dateOption, isProblem, parseArgs } from "../options";
import { EXIT, printProblems, readInputText } from "../output";

export async function runBuild(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["--plan", "--units", "--out", "--today"], []);
  if (isProblem(parsed)) return printProblems(io, [parsed], EXIT.usage);
  for (const option of ["--plan", "--units", "--out"]) {
    if (!parsed.values.has(option)) return printProblems(io, [{ key: "cli.missingOption", params: { option } }], EXIT.usage);
  }
  const today = dateOption(parsed, "--today", todayLocal());
  if (isProblem(today)) return printProblems(io, [today], EXIT.usage);
  const planFile = parsed.values.get("--plan") as string;
  const unitsFile = parsed.values.get("--units") as string;
  const out = parsed.values.get("--out") as string;

  const planText = await readInputText(io, planFile);
  if (!planText.ok) return printProblems(io, planText.problems, EXIT.badInput);
  let json: unknown;
  try {
    json = JSON.parse(planText.value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return printProblems(io, [{ key: "json.invalid", params: { file: planFile, reason } }], EXIT.badInput);
  }
  const plan = parsePlanJson(json, planFile);
  const unitsText = await readInputText(io, unitsFile);
  if (!unitsText.ok) return printProblems(io, unitsText.problems, EXIT.badInput);
  const units = parseUnitsCsv(unitsText.value, unitsFile);
  const inputProblems: Problem[] = [...(plan.ok ? [] : plan.problems), ...(units.ok ? [] : units.problems)];
  if (!plan.ok || !units.ok) return printProblems(io, inputProblems, EXIT.badInput);

  const opened = existsSync(out) ? await XlsxHost.open(out) : { ok: true as const, value: XlsxHost.create(), warnings: [] };
  if (!opened.ok) return printProblems(io, opened.problems, EXIT.badInput);
  const host = opened.value;
  const built = await buildTracker(host, { plan: plan.value, units: units.value, today });
  if (!built.ok) return printProblems(io, built.problems, EXIT.badInput);
  const saved = await host.save(out);
  if (!saved.ok) return printProblems(io, saved.problems, EXIT.badInput);

  const report = built.value;
  io.stdout(`${t(report.fresh ? "cli.build.created" : "cli.build.updated", { file: out }, io.lang)}\n`);
  for (const line of buildReportLines(report)) io.stdout(`  - ${t(line.key, line.params, io.lang)}\n`);
  if (report.problems.length > 0) printProblems(io, report.problems, EXIT.ok);
  return EXIT.ok;
}
