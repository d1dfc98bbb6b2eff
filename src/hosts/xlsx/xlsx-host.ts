/**
 * The .xlsx file host for Node (the CLI, the tests): the workbook host plus opening a file and
 * saving it atomically.
 */
import { ok, fail, type Result } from "../../domain/result";
import { nodeFileOps, writeFileAtomically, type FileOps } from "./atomic-file";
import { loadWorkbook, type OpenedWorkbook } from "./open-workbook";
import { openWorkbook } from "./workbook-file";
import { newWorkbook, XlsxWorkbook } from "./xlsx-workbook";
import type JSZip from "jszip";
import { unzipWithNode, zipWithNode } from "./node-zip";

export class XlsxHost extends XlsxWorkbook {
  /** A new, empty workbook (add at least one sheet before saving). */
  static override create(): XlsxHost {
    return new XlsxHost(newWorkbook());
  }

  /** Opens a file; a missing, foreign or damaged file is a problem naming it. */
  static async open(file: string): Promise<Result<XlsxHost>> {
    const opened = await openWorkbook(file);
    return opened.ok ? ok(XlsxHost.fromOpened(opened.value)) : opened;
  }

  /** Opens workbook bytes; `name` stands for the file in messages. */
  static async fromBuffer(data: Uint8Array, name: string): Promise<Result<XlsxHost>> {
    const opened = await loadWorkbook(data, name, unzipWithNode);
    return opened.ok ? ok(XlsxHost.fromOpened(opened.value)) : opened;
  }

  private static fromOpened(opened: OpenedWorkbook): XlsxHost {
    return new XlsxHost(opened.workbook, opened.parts);
  }

  protected override async packageBytes(zip: JSZip, worksheets: Map<string, string[]>): Promise<Uint8Array> {
    return zipWithNode(zip, worksheets);
  }

  /** The workbook as a Node Buffer. */
  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.toBytes());
  }

  /** Saves to `file` atomically: on failure the previous file is untouched and no temporary file remains. */
  async save(file: string, ops: FileOps = nodeFileOps): Promise<Result<void>> {
    // Writing would drop what the host cannot keep: nothing is written, and the message names it.
    if (this.unkept.length > 0) return fail(...this.unkept.map((p) => ({ ...p, params: { ...p.params, file } })));
    try {
      await writeFileAtomically(file, await this.toBytes(), ops);
      return ok(undefined);
    } catch {
      return fail({ key: "xlsx.save.failed", params: { file } });
    }
  }
}
