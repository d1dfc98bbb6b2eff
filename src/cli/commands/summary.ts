/**
 * `plan-tracker summary <tracker.xlsx> --period P [--cutoff calendar|nd09] [--number N | --no-number]
 * [--date D] [--today D] [--replace] [--out report.xlsx] [--pdf report.pdf]`: adds the period's
 * report sheet to the tracker (and its row to the register); with --out, also the standalone
 * workbook to send (the report alone, values only), with --pdf its PDF. Every file is written
 * only when everything succeeded, and atomically.
 */
import * as path from "node:path";
import { formatVietnameseDate, todayLocal } from "../../domain/calendar-date";
import { CUTOFF_CONVENTIONS, parsePeriod, type CutoffConvention } from "../../domain/report";
import type { Problem } from "../../domain/result";
import { formatNumberVi, formatPercentVi } from "../../domain/vietnamese-number";
import { createReport, recordReportFile, writeStandaloneReport, type ReportMade } from "../../engine";
import { XlsxHost, writeFileAtomically } from "../../hosts/xlsx";
import { t } from "../../i18n";
import type { CliIo } from "../io";
import { workbookToPdf } from "../libreoffice-pdf";
import { dateOption, isProblem, parseArgs } from "../options";
import { EXIT, printProblems } from "../output";

function numberOption(raw: string | undefined, none: boolean): number | null | undefined | Problem {
  if (none) return null;
  if (raw === undefined) return undefined;
  return /^\d+$/.test(raw) && Number(raw) > 0 ? Number(raw) : { key: "report.badNumber", params: { value: raw } };
}

/** The report alone, as a new workbook: no formulas, no links back to the tracker. */
export async function standaloneReport(made: ReportMade): Promise<Uint8Array> {
  const file = XlsxHost.create();
  await writeStandaloneReport(made, file);
  return file.toBytes();
}

function summaryLines(made: ReportMade, trackerFile: string, io: CliIo): string[] {
  const say = (key: Parameters<typeof t>[0], params: Record<string, string | number> = {}) => t(key, params, io.lang);
  const h = made.figures.headline;
  return [
    say(made.replaced ? "cli.summary.replaced" : "cli.summary.made", { number: made.record.docNumber, period: made.record.periodLabel, sheet: made.record.sheet, file: trackerFile }),
    say("cli.summary.cutoff", { from: formatVietnameseDate(made.record.range.from), to: formatVietnameseDate(made.record.range.to) }),
    say("cli.summary.headline", {
      reported: formatNumberVi(h.reportedUnits),
      units: formatNumberVi(h.units),
      done: formatNumberVi(h.done),
      applicable: formatNumberVi(h.applicable),
      rate: formatPercentVi(h.applicable > 0 ? h.done / h.applicable : 0),
      overdue: formatNumberVi(h.overdue),
      late: formatNumberVi(made.figures.lateUnits.length),
    }),
  ];
}

export async function runSummary(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["--period", "--cutoff", "--number", "--date", "--today", "--out", "--pdf"], ["--replace", "--no-number"]);
  if (isProblem(parsed)) return printProblems(io, [parsed], EXIT.usage);
  if (parsed.positional.length !== 1) return printProblems(io, [{ key: "cli.missingOption", params: { option: "<tracker.xlsx>" } }], EXIT.usage);
  const periodText = parsed.values.get("--period");
  if (periodText === undefined) return printProblems(io, [{ key: "cli.missingOption", params: { option: "--period" } }], EXIT.usage);
  const period = parsePeriod(periodText);
  if (!period) return printProblems(io, [{ key: "report.badPeriod", params: { value: periodText } }], EXIT.usage);
  const cutoffText = parsed.values.get("--cutoff");
  if (cutoffText !== undefined && !(CUTOFF_CONVENTIONS as readonly string[]).includes(cutoffText)) {
    return printProblems(io, [{ key: "report.badConvention", params: { value: cutoffText } }], EXIT.usage);
  }
  const number = numberOption(parsed.values.get("--number"), parsed.flags.has("--no-number"));
  if (isProblem(number)) return printProblems(io, [number], EXIT.usage);
  const today = dateOption(parsed, "--today", todayLocal());
  if (isProblem(today)) return printProblems(io, [today], EXIT.usage);
  const reportDate = dateOption(parsed, "--date", today);
  if (isProblem(reportDate)) return printProblems(io, [reportDate], EXIT.usage);

  const trackerFile = parsed.positional[0];
  const opened = await XlsxHost.open(trackerFile);
  if (!opened.ok) return printProblems(io, opened.problems, EXIT.badInput);
  const host = opened.value;
  const made = await createReport(host, {
    period,
    convention: cutoffText as CutoffConvention | undefined,
    number,
    reportDate,
    today,
    replace: parsed.flags.has("--replace"),
  });
  if (!made.ok) {
    const exists = made.problems.some((p) => p.key === "report.exists");
    printProblems(io, made.problems, EXIT.badInput);
    if (exists) io.stderr(`${t("cli.summary.useReplace", {}, io.lang)}\n`);
    return EXIT.badInput;
  }

  const out = parsed.values.get("--out");
  const pdf = parsed.values.get("--pdf");
  const standalone = out !== undefined || pdf !== undefined ? await standaloneReport(made.value) : null;
  if (pdf !== undefined && standalone) {
    const written = await workbookToPdf(standalone, pdf);
    if (!written.ok) return printProblems(io, written.problems, EXIT.badInput);
  }
  if (out !== undefined && standalone) {
    try {
      await writeFileAtomically(out, standalone);
    } catch (error) {
      return printProblems(io, [{ key: "file.unwritable", params: { file: out, reason: error instanceof Error ? error.message : String(error) } }], EXIT.badInput);
    }
    const noted = await recordReportFile(host, made.value.record.periodCode, path.basename(out));
    if (!noted.ok) return printProblems(io, noted.problems, EXIT.badInput);
  }
  const saved = await host.save(trackerFile);
  if (!saved.ok) return printProblems(io, saved.problems, EXIT.badInput);
  for (const line of summaryLines(made.value, trackerFile, io)) io.stdout(`${line}\n`);
  if (out !== undefined) io.stdout(`${t("cli.summary.fileWritten", { file: out }, io.lang)}\n`);
  if (pdf !== undefined) io.stdout(`${t("cli.summary.fileWritten", { file: pdf }, io.lang)}\n`);
  if (made.warnings.length > 0) printProblems(io, made.warnings, EXIT.ok);
  return EXIT.ok;
}
