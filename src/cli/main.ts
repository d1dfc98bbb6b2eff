/**
 * `plan-tracker`: the headless command line over the xlsx host (automation, the demo, tests).
 * Exit 0 on success, 1 on bad input (a message names the file, line or cell), 2 on bad usage.
 */
import { t, type Language } from "../i18n";
import { runBuild } from "./commands/build";
import { runCheck } from "./commands/check";
import { runExport } from "./commands/export";
import { runParse } from "./commands/parse";
import { runRemind } from "./commands/remind";
import { runSummary } from "./commands/summary";
import { runExportUnit, runImportUnit } from "./commands/unit-files";
import type { CliIo } from "./io";
import { nodeIo } from "./node-io";
import { EXIT } from "./output";

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  parse: runParse,
  build: runBuild,
  check: runCheck,
  summary: runSummary,
  export: runExport,
  remind: runRemind,
  "export-unit": runExportUnit,
  "import-unit": runImportUnit,
};

/** `--lang en` (or PLAN_TRACKER_LANG=en) switches messages to English; Vietnamese is the default. */
function takeLanguage(args: string[]): { lang: Language; rest: string[] } {
  const i = args.indexOf("--lang");
  const env = process.env.PLAN_TRACKER_LANG === "en" ? "en" : "vi";
  if (i < 0) return { lang: env, rest: args };
  const lang: Language = args[i + 1] === "en" ? "en" : "vi";
  return { lang, rest: [...args.slice(0, i), ...args.slice(i + 2)] };
}

export async function main(argv: string[], makeIo: (lang: Language) => CliIo = nodeIo): Promise<number> {
  const { lang, rest } = takeLanguage(argv);
  const io = makeIo(lang);
  const [command, ...args] = rest;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.stdout(`${t("cli.usage", {}, lang)}\n`);
    return command ? EXIT.ok : EXIT.usage;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`${t("cli.unknownCommand", { command }, lang)}\n${t("cli.usage", {}, lang)}\n`);
    return EXIT.usage;
  }
  try {
    return await run(args, io);
  } catch (error) {
    io.stderr(`${t("cli.unexpected", { reason: error instanceof Error ? (error.stack ?? error.message) : String(error) }, lang)}\n`);
    return EXIT.badInput;
  }
}
