/**
 * `plan-tracker export-unit <tracker.xlsx> (--unit CODE… | --all) --out-dir DIR [--today D]`:
 * one standalone .xlsx per unit to fill in and send back.
 * `plan-tracker import-unit <tracker.xlsx> <file.xlsx>… [--yes [--overwrite-conflicts]] [--today D]`:
 * the returned files checked and compared with the tracker; with --yes the changes are written
 * in one save. A refused file is named with its reasons and nothing of it is merged.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { formatVietnameseDate, parseIsoDate, todayLocal } from "../../domain/calendar-date";
import type { Problem } from "../../domain/result";
import type { IsoDate } from "../../domain/types";
import type { FieldChange, FieldValue } from "../../domain/unit-return";
import { formatNumberVi } from "../../domain/vietnamese-number";
import { applyUnitImport, exportUnitFiles, openReturnedFile, previewUnitImport, screenReturnedFile, writeUnitFile, type FileVerdict, type ReturnedFile } from "../../engine";
import { XlsxHost } from "../../hosts/xlsx";
import { formatProblem, t, type MessageKey } from "../../i18n";
import { unitSheetColumns } from "../../layout/tracker";
import type { CliIo } from "../io";
import { dateOption, isProblem, parseArgs } from "../options";
import { EXIT, printProblems } from "../output";

const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(2);

/** `--unit` may be given several times, or as a comma-separated list. */
function takeUnits(args: string[]): { units: string[]; rest: string[] } {
  const units: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--unit" && args[i + 1] !== undefined) {
      units.push(...args[i + 1].split(",").map((s) => s.trim()).filter(Boolean));
      i++;
    } else rest.push(args[i]);
  }
  return { units, rest };
}

export async function runExportUnit(args: string[], io: CliIo): Promise<number> {
  const { units, rest } = takeUnits(args);
  const parsed = parseArgs(rest, ["--out-dir", "--today"], ["--all"]);
  if (isProblem(parsed)) return printProblems(io, [parsed], EXIT.usage);
  if (parsed.positional.length !== 1) return printProblems(io, [{ key: "cli.missingOption", params: { option: "<tracker.xlsx>" } }], EXIT.usage);
  const outDir = parsed.values.get("--out-dir");
  if (outDir === undefined) return printProblems(io, [{ key: "cli.missingOption", params: { option: "--out-dir" } }], EXIT.usage);
  if ((units.length === 0) === !parsed.flags.has("--all")) return printProblems(io, [{ key: "cli.exportUnit.needUnits" }], EXIT.usage);
  const today = dateOption(parsed, "--today", todayLocal());
  if (isProblem(today)) return printProblems(io, [today], EXIT.usage);

  const start = performance.now();
  const opened = await XlsxHost.open(parsed.positional[0]);
  if (!opened.ok) return printProblems(io, opened.problems, EXIT.badInput);
  const exported = await exportUnitFiles(opened.value, { units: parsed.flags.has("--all") ? "all" : units, today });
  if (!exported.ok) return printProblems(io, exported.problems, EXIT.badInput);
  await fs.mkdir(outDir, { recursive: true });
  for (const file of exported.value) {
    const target = XlsxHost.create();
    await writeUnitFile(file, target);
    const saved = await target.save(path.join(outDir, file.fileName));
    if (!saved.ok) return printProblems(io, saved.problems, EXIT.badInput);
  }
  io.stdout(`${t("cli.exportUnit.written", { count: formatNumberVi(exported.value.length), dir: outDir, seconds: seconds(start) }, io.lang)}\n`);
  for (const file of exported.value) io.stdout(`  ${file.fileName}\n`);
  if (exported.warnings.length > 0) printProblems(io, exported.warnings, EXIT.ok);
  return EXIT.ok;
}

/** A returned file opened, or why it is refused before its content is looked at. */
async function openReturned(file: string, io: CliIo): Promise<ReturnedFile | Problem> {
  try {
    // A file over the size limit is not read at all.
    const size = screenReturnedFile({ name: file }, io.lang) ? undefined : (await fs.stat(file)).size;
    return await openReturnedFile({ name: file, size, read: () => io.readFile(file) }, (bytes) => XlsxHost.fromBuffer(bytes, path.basename(file)), io.lang);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    return code === "ENOENT" ? { key: "file.notFound", params: { file } } : { key: "file.unreadable", params: { file, reason: error instanceof Error ? error.message : String(error) } };
  }
}

function showValue(value: FieldValue, field: string, io: CliIo): string {
  if (value === null) return t("unitFile.blank", {}, io.lang);
  if (field === "completedOn" && typeof value === "string") {
    const date = parseIsoDate(value);
    if (date) return formatVietnameseDate(date);
  }
  return typeof value === "number" ? formatNumberVi(value) : `"${value}"`;
}

function printVerdict(verdict: FileVerdict, headers: ReadonlyMap<string, string>, io: CliIo): void {
  const say = (key: MessageKey, params: Record<string, string | number> = {}) => t(key, params, io.lang);
  if (verdict.refused.length > 0 || !verdict.unit) return;
  io.stdout(`${say("cli.importUnit.fileHeader", { file: path.basename(verdict.file), unit: verdict.unit.code, name: verdict.unit.name })}\n`);
  if (verdict.changes.length === 0) io.stdout(`${say("cli.importUnit.nothing")}\n`);
  for (const change of verdict.changes) printChange(change, headers, io);
}

function printChange(change: FieldChange, headers: ReadonlyMap<string, string>, io: CliIo): void {
  const say = (key: MessageKey, params: Record<string, string | number> = {}) => t(key, params, io.lang);
  const show = (v: FieldValue) => showValue(v, change.field, io);
  io.stdout(
    `${say("cli.importUnit.change", { task: change.task, field: headers.get(change.field) ?? change.field, from: show(change.current), to: show(change.returned), decision: say(`unitFile.decision.${change.decision}`) })}\n`,
  );
  if (change.decision === "conflict") {
    io.stdout(`${say("cli.importUnit.conflictDetail", { exported: show(change.exported), current: show(change.current), returned: show(change.returned) })}\n`);
  }
}

export async function runImportUnit(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["--today"], ["--yes", "--overwrite-conflicts"]);
  if (isProblem(parsed)) return printProblems(io, [parsed], EXIT.usage);
  if (parsed.positional.length < 2) return printProblems(io, [{ key: "cli.missingOption", params: { option: parsed.positional.length === 0 ? "<tracker.xlsx>" : "<tệp-đơn-vị.xlsx>" } }], EXIT.usage);
  const today: IsoDate | Problem = dateOption(parsed, "--today", todayLocal());
  if (isProblem(today)) return printProblems(io, [today], EXIT.usage);
  const [trackerFile, ...files] = parsed.positional;
  const say = (key: MessageKey, params: Record<string, string | number> = {}) => t(key, params, io.lang);

  const start = performance.now();
  const opened = await XlsxHost.open(trackerFile);
  if (!opened.ok) return printProblems(io, opened.problems, EXIT.badInput);
  const host = opened.value;
  const returned: ReturnedFile[] = [];
  const refused: Array<{ file: string; problems: Problem[] }> = [];
  for (const file of files) {
    const result = await openReturned(file, io);
    if ("host" in result) returned.push(result);
    else refused.push({ file, problems: [result] });
  }
  const previewed = await previewUnitImport(host, returned);
  if (!previewed.ok) return printProblems(io, previewed.problems, EXIT.badInput);
  const preview = previewed.value;
  for (const verdict of preview.verdicts) if (verdict.refused.length > 0) refused.push({ file: verdict.file, problems: verdict.refused });

  const headers = new Map(unitSheetColumns(preview.state.plan.measures ?? []).map((c) => [c.key, c.header]));
  for (const verdict of preview.verdicts) printVerdict(verdict, headers, io);
  for (const { file, problems } of refused) {
    io.stderr(`${say("unitFile.refused", { file })}\n`);
    // The file is named in the headline; each reason says where in it.
    for (const problem of problems) io.stderr(`  - ${formatProblem({ ...problem, at: problem.at ? { ...problem.at, file: undefined } : undefined }, io.lang)}\n`);
  }
  const taken = preview.verdicts.filter((v) => v.refused.length === 0);
  const changes = taken.reduce((n, v) => n + v.changes.filter((c) => c.decision !== "conflict").length, 0);
  const conflicts = taken.reduce((n, v) => n + v.changes.filter((c) => c.decision === "conflict").length, 0);
  io.stdout(`${say("cli.importUnit.summary", { files: formatNumberVi(taken.length), refused: formatNumberVi(refused.length), changes: formatNumberVi(changes), conflicts: formatNumberVi(conflicts) })}\n`);

  if (!parsed.flags.has("--yes")) {
    io.stdout(`${say("cli.importUnit.dryRun")}\n`);
  } else {
    const done = await applyUnitImport(host, preview, { conflicts: parsed.flags.has("--overwrite-conflicts"), today });
    if (!done.ok) return printProblems(io, done.problems, EXIT.badInput);
    if (done.value.cells === 0) io.stdout(`${say("cli.importUnit.unchanged")}\n`);
    else {
      const saved = await host.save(trackerFile);
      if (!saved.ok) return printProblems(io, saved.problems, EXIT.badInput);
      io.stdout(
        `${say("cli.importUnit.applied", { cells: formatNumberVi(done.value.cells), files: formatNumberVi(done.value.files), tracker: trackerFile, seconds: seconds(start), conflicts: formatNumberVi(done.value.conflictsLeft) })}\n`,
      );
    }
  }
  if (previewed.warnings.length > 0) printProblems(io, previewed.warnings, EXIT.ok);
  return refused.length > 0 ? EXIT.badInput : EXIT.ok;
}
