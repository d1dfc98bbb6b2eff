/** The real process behind CliIo. */
import { promises as fs } from "node:fs";
import type { CliIo } from "./io";

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export function nodeIo(lang: CliIo["lang"]): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => fs.readFile(path),
    readStdin: () => readAll(process.stdin),
    lang,
  };
}
