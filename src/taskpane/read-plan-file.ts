/**
 * Reads a plan file the user picked into plain text: .txt in UTF-8 or UTF-16 (with BOM), or in
 * Windows-1258, the code page older Vietnamese Windows machines save text in; .docx through
 * mammoth's browser build, loaded only when a .docx is opened (it is ~400 kB).
 */
import { fail, ok, type Result } from "../domain/result";
import { decodeText, fileExtension, type PickedFile } from "./picked-file";

export async function readPlanFile(file: PickedFile): Promise<Result<string>> {
  const extension = fileExtension(file.name);
  if (extension !== "txt" && extension !== "docx") {
    return fail({ key: "pane.plan.fileUnsupported", params: { file: file.name } });
  }
  try {
    const bytes = await file.arrayBuffer();
    return ok(extension === "txt" ? decodeText(bytes) : await docxText(bytes));
  } catch (error) {
    return fail({ key: "pane.plan.fileUnreadable", params: { file: file.name, reason: error instanceof Error ? error.message : String(error) } });
  }
}

async function docxText(bytes: ArrayBuffer): Promise<string> {
  const loaded = await import(/* webpackChunkName: "mammoth" */ "mammoth");
  const mammoth = "default" in loaded && loaded.default ? loaded.default : loaded;
  const result = await mammoth.extractRawText({ arrayBuffer: bytes });
  return result.value;
}
