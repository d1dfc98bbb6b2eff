import { parsePlanText } from "../../src/domain/plan-text/parse-plan";
import { decodeText } from "../../src/taskpane/picked-file";
import { readPlanFile } from "../../src/taskpane/read-plan-file";
import { imageOnlyPdf, seedPlanAsPrinted } from "../cli/pdf-samples";
import { planPdf } from "../cli/plan-pdf";
import { planFixture } from "../domain/plan-text/fixture-text";

const file = (name: string, bytes: Uint8Array) => ({ name, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
const text = "Số 13-KH/ĐUK — hoàn thành trước ngày 20/12/2019";

describe("reading a plan file", () => {
  it("reads UTF-8 with or without a BOM", async () => {
    const utf8 = new TextEncoder().encode(text);
    expect(await readPlanFile(file("kh.txt", utf8))).toEqual({ ok: true, value: text, warnings: [] });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeText(withBom.buffer)).toBe(text);
  });

  it("reads UTF-16 as Notepad saves it", () => {
    const units = [0xfeff, ...Array.from(text, (c) => c.charCodeAt(0))];
    const bytes = new Uint8Array(units.length * 2);
    units.forEach((u, i) => {
      bytes[i * 2] = u & 0xff;
      bytes[i * 2 + 1] = u >> 8;
    });
    expect(decodeText(bytes.buffer)).toBe(text);
  });

  it("falls back to Windows-1258 for bytes that are not UTF-8", () => {
    // "Kế hoạch" in Windows-1258: 1258 spells ế as ê (0xEA) + combining acute (0xEC); the reader composes it (NFC).
    const bytes = new Uint8Array([0x4b, 0xea, 0xec, 0x20, 0x68, 0x6f, 0x61, 0xf2, 0x63, 0x68]);
    expect(decodeText(bytes.buffer)).toBe("Kế hoạch".normalize("NFC"));
  });

  it("refuses a file that is neither .txt, .docx nor .pdf, naming it", async () => {
    const result = await readPlanFile(file("ke-hoach.doc", new Uint8Array([0xd0, 0xcf])));
    expect(result).toEqual({ ok: false, problems: [{ key: "pane.plan.fileUnsupported", params: { file: "ke-hoach.doc" } }] });
  });

  it("reads a PDF's text layer into the same plan as the document's text", async () => {
    const result = await readPlanFile(file("ke-hoach-45.pdf", await planPdf("ke-hoach-45-KH-TU-lam-dong", seedPlanAsPrinted())));
    expect(result.ok).toBe(true);
    const { warnings: fromPdfWarnings, ...fromPdf } = parsePlanText(result.ok ? result.value : "");
    const { warnings, ...fromText } = parsePlanText(planFixture("ke-hoach-45-KH-TU-lam-dong.txt"));
    expect(fromPdf).toEqual(fromText);
    expect(fromPdfWarnings?.length).toBe(warnings?.length);
  });

  it("tells the user a scanned PDF has no text to read", async () => {
    const result = await readPlanFile(file("ban-quet.pdf", imageOnlyPdf()));
    expect(!result.ok && result.problems[0]).toMatchObject({ key: "parse.pdfNoText", params: { file: "ban-quet.pdf" } });
  });

  it("reports a .docx that is not a Word file instead of throwing", async () => {
    const result = await readPlanFile(file("ke-hoach.docx", new TextEncoder().encode("not a zip")));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0].key).toBe("pane.plan.fileUnreadable");
  });
});
