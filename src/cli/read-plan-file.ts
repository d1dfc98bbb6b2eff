/**
 * The text of a plan document from the bytes of a file: plain text (UTF-8, or UTF-16 with
 * its byte-order mark, as Windows Notepad saves "Unicode") or a Word .docx (its raw text,
 * through mammoth) or a PDF's text layer (through pdf.js, required only when a PDF is opened).
 * The old binary .doc is refused with advice, never guessed at.
 */
import mammoth from "mammoth";
import { pdfText, type PdfLibrary } from "../domain/plan-text/pdf-text";
import { fail, ok, type Result } from "../domain/result";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function decodeText(bytes: Buffer): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    // ignoreBOM: false drops a UTF-8 byte-order mark; fatal refuses bytes that are not UTF-8.
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.includes("\u0000") ? null : text;
  } catch {
    return null;
  }
}

export async function planTextFromFile(name: string, bytes: Buffer): Promise<Result<string>> {
  const at = { file: name };
  if (startsWith(bytes, PDF) || /\.pdf$/iu.test(name)) return pdfText(loadPdfJs, name, bytes);
  if (startsWith(bytes, ZIP) || /\.docx$/iu.test(name)) {
    try {
      const { value } = await mammoth.extractRawText({ buffer: bytes });
      return ok(value);
    } catch (error) {
      return fail({ key: "parse.docxUnreadable", params: { reason: error instanceof Error ? error.message : String(error) }, at });
    }
  }
  if (startsWith(bytes, OLE)) return fail({ key: "parse.binaryFile", at });
  const text = decodeText(bytes);
  return text === null ? fail({ key: "parse.binaryFile", at }) : ok(text);
}

/**
 * pdf.js's legacy build: CommonJS, runs in Node 20 with its worker in-process. On loading it
 * warns on stdout that it cannot draw without the optional canvas package; reading text needs
 * no drawing, and the warning would corrupt `parse --json` output, so it is held back.
 */
async function loadPdfJs(): Promise<PdfLibrary> {
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (!(typeof args[0] === "string" && args[0].startsWith("Warning: Cannot polyfill"))) log(...args);
  };
  try {
    const library = await import("pdfjs-dist/legacy/build/pdf.js");
    return library as unknown as PdfLibrary;
  } finally {
    console.log = log;
  }
}
