/**
 * The text of a plan document from the bytes of a file: plain text (UTF-8, or UTF-16 with
 * its byte-order mark, as Windows Notepad saves "Unicode") or a Word .docx (its raw text,
 * through mammoth). PDF and the old binary .doc are refused with advice, never guessed at.
 */
import mammoth from "mammoth";
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
  if (startsWith(bytes, PDF)) return fail({ key: "parse.pdfFile", at });
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
