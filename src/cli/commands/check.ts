/**
 * `plan-tracker check <tracker.xlsx> [--as-of D] [--json]`: the deadline status of every unit
 * and task as of D (default: the tracker's own "Ngày đối chiếu", else today), computed by the same rules as the sheets' formulas. Read-only: the file is not touched.
 */
import { formatVietnameseDate, todayLocal } from "../../domain/calendar-date";
import { DONE_LATE, DONE_ON_TIME, DUE_SOON, isProblem as isDataProblem, LATE } from "../../domain/deadline";
import type { CheckReport, UnitCheck } from "../../domain/tracker-check";
import { checkDeadlines, readWorkbookInputs } from "../../engine";
import { XlsxHost } from "../../hosts/xlsx";
import { t } from "../../i18n";
import type { CliIo } from "../io";
import { dateOption, isProblem, parseArgs } from "../options";
import { EXIT, printProblems } from "../output";

const count = (unit: UnitCheck, status: string) => unit.counts[status as keyof UnitCheck["counts"]] ?? 0;

function problemsOf(unit: UnitCheck): number {
  return Object.entries(unit.counts).reduce((sum, [status, n]) => sum + (isDataProblem(status as never) ? (n ?? 0) : 0), 0);
}

function render(report: CheckReport, io: CliIo): string {
  const say = (key: Parameters<typeof t>[0], params: Record<string, string | number> = {}) => t(key, params, io.lang);
  const lines = [say("cli.check.header", { date: formatVietnameseDate(report.asOf), units: report.units.length })];
  lines.push(say("cli.check.columns"));
  for (const unit of report.units) {
    const done = count(unit, DONE_ON_TIME) + count(unit, DONE_LATE);
    lines.push(
      [unit.unit.padEnd(8), String(count(unit, LATE)).padStart(6), String(count(unit, DUE_SOON)).padStart(7),
        String(done).padStart(6), String(problemsOf(unit)).padStart(5), `  ${unit.name}`].join(" "),
    );
  }
  if (report.lateUnits.length === 0) lines.push(say("cli.check.noneLate"));
  else {
    lines.push(say("cli.check.lateUnits", { count: report.lateUnits.length }));
    for (const code of report.lateUnits) {
      const unit = report.units.find((u) => u.unit === code) as UnitCheck;
      const tasks = report.rows.filter((r) => r.unit === code && r.result === LATE).map((r) => `${r.task} (+${r.days})`);
      lines.push(`  ${code}  ${unit.name}: ${tasks.join(", ")}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["--as-of"], ["--json"]);
  if (isProblem(parsed)) return printProblems(io, [parsed], EXIT.usage);
  if (parsed.positional.length !== 1) return printProblems(io, [{ key: "cli.missingOption", params: { option: "<tracker.xlsx>" } }], EXIT.usage);
  const given = dateOption(parsed, "--as-of", todayLocal());
  if (isProblem(given)) return printProblems(io, [given], EXIT.usage);
  const opened = await XlsxHost.open(parsed.positional[0]);
  if (!opened.ok) return printProblems(io, opened.problems, EXIT.badInput);
  // Without --as-of, the date the tracker itself is set to ("Ngày đối chiếu"), else today.
  const inputs = parsed.values.has("--as-of") ? null : await readWorkbookInputs(opened.value);
  const asOf = (inputs?.ok && inputs.value.state?.settings.asOf) || given;
  const checked = await checkDeadlines(opened.value, asOf, { paintTabs: false });
  if (!checked.ok) return printProblems(io, checked.problems, EXIT.badInput);
  io.stdout(parsed.flags.has("--json") ? `${JSON.stringify(checked.value, null, 2)}\n` : render(checked.value, io));
  if (checked.warnings.length > 0) printProblems(io, checked.warnings, EXIT.ok);
  return EXIT.ok;
}
