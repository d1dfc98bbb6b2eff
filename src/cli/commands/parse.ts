/**
 * `plan-tracker parse <file|-> [--json]`: reads a plan document (.txt, .docx or .pdf; "-" for
 * stdin) and prints either a readable summary for a person to check or the plan JSON
 * (docs/plan-json.md) for `plan-tracker build`.
 */
import { formatVietnameseDate } from "../../domain/calendar-date";
import { parsePlanTextDetailed } from "../../domain/plan-text/parse-plan";
import { formatProblem } from "../../i18n";
import type { Problem } from "../../domain/result";
import type { Plan } from "../../domain/types";
import { t, type MessageKey } from "../../i18n/messages";
import type { CliIo } from "../io";
import { planTextFromFile } from "../read-plan-file";

const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;
const TASK_TEXT_WIDTH = 100;

function shorten(text: string): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  return flat.length <= TASK_TEXT_WIDTH ? flat : `${flat.slice(0, TASK_TEXT_WIDTH - 1)}…`;
}

export function planSummary(plan: Plan, problems: Problem[], lang: CliIo["lang"]): string {
  const say = (key: MessageKey, params: Record<string, string | number> = {}) => t(key, params, lang);
  const lines = [
    say("parse.summary.header", {
      kindName: say(`planKind.${plan.kind}` as MessageKey),
      docNumber: plan.docNumber || "?",
      date: plan.issuedOn ? formatVietnameseDate(plan.issuedOn) : say("parse.summary.noDate"),
      place: plan.place ? ` (${plan.place})` : "",
    }),
  ];
  const issuers = [plan.parentIssuer, plan.issuer].filter((s): s is string => !!s);
  if (issuers.length > 0) lines.push(say("parse.summary.issuer", { issuer: issuers.join(" / ") }));
  if (plan.subject) lines.push(say("parse.summary.subject", { subject: plan.subject }));
  if (plan.references.length > 0) {
    const refs = plan.references.map((r) => (r.date ? `${r.docNumber} (${formatVietnameseDate(r.date)})` : r.docNumber));
    lines.push(say("parse.summary.references", { references: refs.join(", ") }));
  }
  lines.push(say("parse.summary.tasks", { count: plan.tasks.length }));
  for (const task of plan.tasks) {
    const due = task.deadline ? say("parse.summary.deadline", { date: formatVietnameseDate(task.deadline) }) : say("parse.summary.noDeadline");
    lines.push(`  ${task.code}  [${due}]  ${shorten(task.text)}`);
    if (task.assignee) lines.push(`        ${say("parse.summary.assignee", { assignee: task.assignee })}`);
  }
  if (plan.signer) {
    const signer = [plan.signer.authority, plan.signer.title, plan.signer.name].filter((s) => s !== "").join(" — ");
    lines.push(say("parse.summary.signer", { signer }));
  }
  lines.push(say("parse.summary.recipients", { count: plan.recipients.length }));
  if (problems.length > 0) {
    lines.push(say("parse.summary.warnings", { count: problems.length }));
    for (const problem of problems) lines.push(`  - ${formatProblem(problem, lang)}`);
  }
  return `${lines.join("\n")}\n`;
}

function isMissingFile(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ENOENT";
}

export async function runParse(args: string[], io: CliIo): Promise<number> {
  const files = args.filter((a) => a === "-" || !a.startsWith("-"));
  const options = args.filter((a) => a !== "-" && a.startsWith("-"));
  const unknown = options.find((o) => o !== "--json");
  if (unknown !== undefined || files.length !== 1) {
    if (unknown !== undefined) io.stderr(`${t("parse.unknownOption", { option: unknown }, io.lang)}\n`);
    io.stderr(`${t("parse.usage", {}, io.lang)}\n`);
    return EXIT_BAD_INPUT;
  }
  const [file] = files;
  const name = file === "-" ? "stdin" : file;

  let bytes: Buffer;
  try {
    bytes = file === "-" ? await io.readStdin() : await io.readFile(file);
  } catch (error) {
    const message = isMissingFile(error)
      ? t("file.notFound", { file: name }, io.lang)
      : t("file.unreadable", { file: name, reason: error instanceof Error ? error.message : String(error) }, io.lang);
    io.stderr(`${message}\n`);
    return EXIT_BAD_INPUT;
  }

  const text = await planTextFromFile(name, bytes);
  if (!text.ok) {
    for (const problem of text.problems) io.stderr(`${formatProblem(problem, io.lang)}\n`);
    return EXIT_BAD_INPUT;
  }

  const { plan, problems } = parsePlanTextDetailed(text.value);
  if (options.includes("--json")) io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
  else io.stdout(planSummary(plan, problems, io.lang));
  return EXIT_OK;
}
