/**
 * `plan-tracker remind <tracker.xlsx> [--as-of D] [--units late|silent|all] [--json]
 * [--out-dir DIR] [--log] [--channel email|clipboard|print|other]`: the reminders (đôn đốc) as
 * of D (default today), printed, or one UTF-8 text file per unit in DIR; with --log, appended to
 * the tracker's reminder log, dated D, and the tracker saved atomically. Nothing is sent.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { formatVietnameseDate, todayLocal } from "../../domain/calendar-date";
import { REMINDER_CHANNELS, REMINDER_SCOPES, type Reminder, type ReminderChannel, type ReminderRound, type ReminderScope } from "../../domain/reminders";
import { formatNumberVi } from "../../domain/vietnamese-number";
import { logReminders, previewReminders } from "../../engine";
import { XlsxHost, writeFileAtomically } from "../../hosts/xlsx";
import { t, type MessageKey } from "../../i18n";
import type { CliIo } from "../io";
import { dateOption, isProblem, parseArgs } from "../options";
import { EXIT, printProblems } from "../output";

/** "DV004-Dang-bo-So-Y-te.txt": ASCII only, so every system and mail program keeps the name. */
export function reminderFileName(reminder: Pick<Reminder, "unit">): string {
  const ascii = reminder.unit.name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  const words = ascii.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
  const code = reminder.unit.code.replace(/[^A-Za-z0-9_-]/g, "");
  return `${words ? `${code}-${words}` : code}.txt`;
}

/** The file a unit's letter is written to: its subject, then the letter; Windows line ends for Notepad. */
function fileText(reminder: Reminder, io: CliIo): string {
  const lines = [t("cli.remind.subjectLine", { subject: reminder.subject }, io.lang), "", reminder.text, ""];
  return lines.join("\n").replace(/\r?\n/g, "\r\n");
}

function printRound(round: ReminderRound, io: CliIo): void {
  const rule = "=".repeat(72);
  for (const reminder of round.reminders) {
    io.stdout(`${rule}\n`);
    io.stdout(`${t(reminder.email ? "cli.remind.to" : "cli.remind.noEmail", { email: reminder.email ?? "" }, io.lang)}\n`);
    io.stdout(`${t("cli.remind.subjectLine", { subject: reminder.subject }, io.lang)}\n\n`);
    io.stdout(`${reminder.text}\n`);
  }
  if (round.reminders.length > 0) io.stdout(`${rule}\n`);
}

async function writeFiles(round: ReminderRound, dir: string, io: CliIo): Promise<string | null> {
  try {
    await fs.mkdir(dir, { recursive: true });
    for (const reminder of round.reminders) await writeFileAtomically(path.join(dir, reminderFileName(reminder)), Buffer.from(fileText(reminder, io), "utf8"));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export async function runRemind(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["--as-of", "--units", "--out-dir", "--channel"], ["--json", "--log"]);
  if (isProblem(parsed)) return printProblems(io, [parsed], EXIT.usage);
  if (parsed.positional.length !== 1) return printProblems(io, [{ key: "cli.missingOption", params: { option: "<tracker.xlsx>" } }], EXIT.usage);
  const scope = parsed.values.get("--units") ?? "late";
  if (!(REMINDER_SCOPES as readonly string[]).includes(scope)) return printProblems(io, [{ key: "cli.remind.badScope", params: { value: scope } }], EXIT.usage);
  const channel = parsed.values.get("--channel") ?? "other";
  if (!(REMINDER_CHANNELS as readonly string[]).includes(channel)) return printProblems(io, [{ key: "cli.remind.badChannel", params: { value: channel } }], EXIT.usage);
  if (parsed.values.has("--channel") && !parsed.flags.has("--log")) return printProblems(io, [{ key: "cli.remind.channelWithoutLog" }], EXIT.usage);
  const asOf = dateOption(parsed, "--as-of", todayLocal());
  if (isProblem(asOf)) return printProblems(io, [asOf], EXIT.usage);

  const trackerFile = parsed.positional[0];
  const opened = await XlsxHost.open(trackerFile);
  if (!opened.ok) return printProblems(io, opened.problems, EXIT.badInput);
  const host = opened.value;
  const previewed = await previewReminders(host, { asOf, scope: scope as ReminderScope, lang: io.lang });
  if (!previewed.ok) return printProblems(io, previewed.problems, EXIT.badInput);
  const round = previewed.value;
  const say = (key: MessageKey, params: Record<string, string | number> = {}) => t(key, params, io.lang);

  const outDir = parsed.values.get("--out-dir");
  if (outDir !== undefined) {
    const failed = await writeFiles(round, outDir, io);
    if (failed !== null) return printProblems(io, [{ key: "file.unwritable", params: { file: outDir, reason: failed } }], EXIT.badInput);
  }
  if (parsed.flags.has("--log") && round.reminders.length > 0) {
    const sent = round.reminders.map((r) => ({ unit: r.unit.code, channel: channel as ReminderChannel }));
    const logged = await logReminders(host, round, sent, asOf);
    if (!logged.ok) return printProblems(io, logged.problems, EXIT.badInput);
    const saved = await host.save(trackerFile);
    if (!saved.ok) return printProblems(io, saved.problems, EXIT.badInput);
    previewed.warnings.push(...logged.warnings);
    if (parsed.flags.has("--json")) io.stderr(`${say("cli.remind.logged", { rows: formatNumberVi(logged.value.rows), file: trackerFile })}\n`);
    else io.stdout(`${say("cli.remind.logged", { rows: formatNumberVi(logged.value.rows), file: trackerFile })}\n`);
  }

  if (parsed.flags.has("--json")) io.stdout(`${JSON.stringify(round, null, 2)}\n`);
  else {
    const header = round.reminders.length === 0 ? "cli.remind.none" : "cli.remind.header";
    io.stdout(
      `${say(header, { date: formatVietnameseDate(asOf), scope: say(`reminders.scope.${round.scope}` as MessageKey), count: formatNumberVi(round.reminders.length), replyBy: formatVietnameseDate(round.replyBy) })}\n`,
    );
    if (outDir !== undefined) {
      if (round.reminders.length > 0) io.stdout(`${say("cli.remind.filesWritten", { count: formatNumberVi(round.reminders.length), dir: outDir })}\n`);
      for (const reminder of round.reminders) io.stdout(`  ${reminderFileName(reminder)}\n`);
    } else printRound(round, io);
  }
  if (previewed.warnings.length > 0) printProblems(io, previewed.warnings, EXIT.ok);
  return EXIT.ok;
}
