/**
 * Writing a file so that readers see either the old file or the complete new one: write a
 * temporary file in the same folder (same file system, so the rename is atomic on POSIX and
 * replaces the target on Windows), flush it, then rename it over the target.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { randomBytes } from "node:crypto";

/** The file operations used, replaceable so tests can make a write fail halfway. */
export interface FileOps {
  writeFile(file: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(file: string): Promise<void>;
}

export const nodeFileOps: FileOps = {
  async writeFile(file, data) {
    const handle = await fs.open(file, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fs.rename(from, to),
  remove: (file) => fs.rm(file, { force: true }),
};

export function temporaryNameFor(file: string): string {
  const dir = path.dirname(file);
  return path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

/** Writes `data` to `file` atomically; on failure the temporary file is removed and the error rethrown. */
export async function writeFileAtomically(file: string, data: Uint8Array, ops: FileOps = nodeFileOps): Promise<void> {
  const temporary = temporaryNameFor(file);
  try {
    await ops.writeFile(temporary, data);
    await ops.rename(temporary, file);
  } catch (error) {
    await ops.remove(temporary).catch(() => undefined);
    throw error;
  }
}
