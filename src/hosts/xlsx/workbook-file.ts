/**
 * Reading a workbook file from disk (Node only; the rest of the host also runs in a browser,
 * where the task pane writes standalone report files with it).
 */
import { promises as fs } from "node:fs";
import { fail, ok, type Result } from "../../domain/result";
import { loadWorkbook, type OpenedWorkbook } from "./open-workbook";
import { unzipWithNode } from "./node-zip";

async function readBytes(file: string): Promise<Result<Uint8Array>> {
  try {
    return ok(await fs.readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return fail({ key: "xlsx.open.notFound", params: { file } });
    return fail({ key: "xlsx.open.unreadable", params: { file } });
  }
}

export async function openWorkbook(file: string): Promise<Result<OpenedWorkbook>> {
  const bytes = await readBytes(file);
  if (!bytes.ok) return bytes;
  return loadWorkbook(bytes.value, file, unzipWithNode);
}
