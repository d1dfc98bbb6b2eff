/**
 * The few option shapes the commands take: `--name value`, flags, and positional arguments.
 * Unknown options are errors, so a typo never silently changes what a command does.
 */
import { parseIsoDate } from "../domain/calendar-date";
import type { Problem } from "../domain/result";
import type { IsoDate } from "../domain/types";

export interface ParsedArgs {
  values: Map<string, string>;
  flags: Set<string>;
  positional: string[];
}

export function parseArgs(args: string[], valued: readonly string[], flags: readonly string[]): ParsedArgs | Problem {
  const parsed: ParsedArgs = { values: new Map(), flags: new Set(), positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (valued.includes(arg)) {
      const value = args[i + 1];
      if (value === undefined) return { key: "cli.missingOption", params: { option: arg } };
      parsed.values.set(arg, value);
      i++;
    } else if (flags.includes(arg)) parsed.flags.add(arg);
    else if (arg.startsWith("--")) return { key: "cli.unknownOption", params: { option: arg } };
    else parsed.positional.push(arg);
  }
  return parsed;
}

export function dateOption(parsed: ParsedArgs, option: string, fallback: IsoDate): IsoDate | Problem {
  const raw = parsed.values.get(option);
  if (raw === undefined) return fallback;
  return parseIsoDate(raw) ?? { key: "cli.badDateOption", params: { option, value: raw } };
}

export const isProblem = (value: unknown): value is Problem =>
  typeof value === "object" && value !== null && "key" in value && !("values" in value);
