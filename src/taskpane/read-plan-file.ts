/**
 * Reads a plan file the user picked into plain text: .txt in UTF-8 or UTF-16 (with BOM), or in
 * Windows-1258, the code page older Vietnamese Windows machines save text in; .docx through
 * mammoth's browser build, loaded only when a .docx is opened (it is ~400 kB).
 */
import { fail, ok, type Result } from "../domain/result";

export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function readPlanFile(file: PickedFile): Promise<Result<string>> {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (extension !== "txt" && extension !== "docx") {
    return fail({ key: "pane.plan.fileUnsupported", params: { file: file.name }, at: { file: file.name } });
  }
  try {
    const bytes = await file.arrayBuffer();
    return ok(extension === "txt" ? decodeText(bytes) : await docxText(bytes));
  } catch (error) {
    return fail({ key: "pane.plan.fileUnreadable", params: { file: file.name, reason: error instanceof Error ? error.message : String(error) } });
  }
}

export function decodeText(bytes: ArrayBuffer): string {
  const head = new Uint8Array(bytes, 0, Math.min(3, bytes.byteLength));
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    // TextDecoder drops a UTF-8 BOM by itself.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Windows-1258 writes most tones as combining marks; compose them as typed text would be.
    return new TextDecoder("windows-1258").decode(bytes).normalize("NFC");
  }
}

async function docxText(bytes: ArrayBuffer): Promise<string> {
  const loaded = await import(/* webpackChunkName: "mammoth" */ "mammoth");
  const mammoth = "default" in loaded && loaded.default ? loaded.default : loaded;
  const result = await mammoth.extractRawText({ arrayBuffer: bytes });
  return result.value;
}
