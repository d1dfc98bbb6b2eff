/**
 * Reads a plan file the user picked into plain text: .txt in UTF-8 or UTF-16 (with BOM), or in
 * Windows-1258, the code page older Vietnamese Windows machines save text in; .docx through
 * mammoth's browser build, loaded only when a .docx is opened (it is ~400 kB); .pdf through
 * pdf.js, loaded only when a PDF is opened (its chunk is the largest of the pane).
 */
import { pdfText, type PdfLibrary } from "../domain/plan-text/pdf-text";
import { fail, ok, type Result } from "../domain/result";
import { decodeText, fileExtension, type PickedFile } from "./picked-file";

export async function readPlanFile(file: PickedFile): Promise<Result<string>> {
  const extension = fileExtension(file.name);
  if (extension !== "txt" && extension !== "docx" && extension !== "pdf") {
    return fail({ key: "pane.plan.fileUnsupported", params: { file: file.name } });
  }
  try {
    const bytes = await file.arrayBuffer();
    if (extension === "pdf") return await pdfText(loadPdfJs, file.name, new Uint8Array(bytes));
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

/**
 * pdf.js's legacy build (it runs in the older Edge and Safari web views Office uses). Its
 * worker module is loaded into the page first: pdf.js then parses on the main thread instead
 * of fetching a worker script by URL, which the add-in's single-origin hosting would need
 * configuring for. A plan is a few pages, so the pane stays responsive.
 */
async function loadPdfJs(): Promise<PdfLibrary> {
  await import(/* webpackChunkName: "pdf" */ "pdfjs-dist/legacy/build/pdf.worker.entry");
  const loaded = await import(/* webpackChunkName: "pdf" */ "pdfjs-dist/legacy/build/pdf.js");
  const library = "default" in loaded && loaded.default ? loaded.default : loaded;
  return library as unknown as PdfLibrary;
}
