/** Runs the command line in-process as a user would, capturing what it prints and its exit code. */
import { promises as fs } from "node:fs";
import { main } from "../../../src/cli/main";
import type { CliIo } from "../../../src/cli/io";
import type { Language } from "../../../src/i18n";

export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const makeIo = (lang: Language): CliIo => ({
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: (file) => fs.readFile(file),
    readStdin: async () => Buffer.alloc(0),
    lang,
  });
  const code = await main(args, makeIo);
  return { code, stdout: out.join(""), stderr: err.join("") };
}
