import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runParse } from "../../src/cli/commands/parse";
import type { CliIo } from "../../src/cli/io";
import { planTextFromFile } from "../../src/cli/read-plan-file";
import { parsePlanText, parsePlanTextDetailed } from "../../src/domain/plan-text/parse-plan";
import type { Problem } from "../../src/domain/result";
import { pdfText, PDF_SIZE_LIMIT, type PdfLibrary } from "../../src/domain/plan-text/pdf-text";
import type { Plan } from "../../src/domain/types";
import { planFixture } from "../domain/plan-text/fixture-text";
import { appendixPlanAsPrinted, imageOnlyPdf, seedPlanAsPrinted } from "./pdf-samples";
import { planPdf } from "./plan-pdf";

/** The plan without its warnings, whose line numbers depend on blank lines the PDF does not keep. */
const facts = ({ warnings, ...rest }: Plan) => ({ ...rest, warningCount: warnings?.length ?? 0 });

describe("plan-tracker parse on a PDF", () => {
  let dir: string;
  let pdf: Buffer;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "parse-pdf-"));
    pdf = await planPdf("ke-hoach-45-KH-TU-lam-dong", seedPlanAsPrinted());
    await fs.writeFile(path.join(dir, "ke-hoach-45.pdf"), pdf);
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    const terminal: CliIo = {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      readFile: (file) => fs.readFile(path.join(dir, file)),
      readStdin: async () => Buffer.alloc(0),
      lang: "vi",
    };
    return { terminal, out, err };
  };

  it("imports the seed plan printed to PDF as the same plan as its text", async () => {
    const term = io();
    expect(await runParse(["ke-hoach-45.pdf", "--json"], term.terminal)).toBe(0);
    expect(term.err.join("")).toBe("");
    const fromPdf = JSON.parse(term.out.join("")) as Plan;
    const fromText = parsePlanText(planFixture("ke-hoach-45-KH-TU-lam-dong.txt"));
    expect(facts(fromPdf)).toEqual(facts(fromText));
    expect(fromPdf.tasks.length).toBeGreaterThanOrEqual(5);
  });

  it("joins the two header columns into one line per baseline, pages apart by a form feed", async () => {
    const text = await planTextFromFile("ke-hoach-45.pdf", pdf);
    expect(text.ok).toBe(true);
    const lines = text.ok ? text.value.split("\n") : [];
    expect(lines[0]).toBe("TỈNH ỦY LÂM ĐỒNG ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(lines).toContain("Số 45-KH/TU Đà Lạt, ngày 15 tháng 01 năm 2020");
  });

  it("reads an appendix table row by row, column by column, into the same tasks as its pdftotext text", async () => {
    const table = await planPdf("phu-luc-can-tren", appendixPlanAsPrinted(), [6, 40, 22, 22, 14]);
    const text = await planTextFromFile("ke-hoach-42.pdf", table);
    expect(text.ok).toBe(true);
    const summary = (plan: Plan) => plan.tasks.map((t) => [t.text, t.assignee, t.deadline]);
    const fromPdf = parsePlanText(text.ok ? text.value : "");
    const fromText = parsePlanText(planFixture("shapes/ke-hoach-42-KH-DU-phu-luc.txt"));
    expect(summary(fromPdf)).toEqual(summary(fromText));
    expect(fromPdf.tasks).toHaveLength(9);
    expect(fromPdf).toMatchObject({ docNumber: "42-KH/ĐU", issuedOn: "2026-04-10", parentIssuer: "ĐẢNG BỘ TỈNH BÌNH DƯƠNG", issuer: "ĐẢNG ỦY SỞ Y TẾ" });
  });

  it("reads the same appendix when its cells are centred vertically, flagging no row the text does not", async () => {
    const table = await planPdf("phu-luc-can-giua", appendixPlanAsPrinted(), [6, 40, 22, 22, 14], "middle");
    const text = await planTextFromFile("ke-hoach-42-giua-o.pdf", table);
    expect(text.ok).toBe(true);
    const summary = (plan: Plan) => plan.tasks.map((t) => [t.text, t.assignee, t.deadline]);
    const unclear = (problems: Problem[]) => problems.filter((p) => p.key === "planText.appendixRowUnclear").map((p) => p.at?.field);
    const fromPdf = parsePlanTextDetailed(text.ok ? text.value : "");
    const fromText = parsePlanTextDetailed(planFixture("shapes/ke-hoach-42-KH-DU-phu-luc.txt"));
    expect(summary(fromPdf.plan)).toEqual(summary(fromText.plan));
    expect(unclear(fromPdf.problems)).toEqual(unclear(fromText.problems));
  });

  it("names a scan without a text layer and says what to do", async () => {
    await fs.writeFile(path.join(dir, "ban-quet.pdf"), imageOnlyPdf());
    const term = io();
    expect(await runParse(["ban-quet.pdf"], term.terminal)).toBe(2);
    expect(term.err.join("")).toMatch(/ban-quet\.pdf \(1 trang\) là bản quét.*OCR.*dán nội dung/u);
  });

  it("refuses a file over the size limit before loading pdf.js", async () => {
    const big = Buffer.alloc(PDF_SIZE_LIMIT + 1);
    big.write("%PDF-1.7\n");
    const result = await planTextFromFile("lon.pdf", big);
    expect(result).toEqual({ ok: false, problems: [{ key: "parse.pdfTooLarge", params: { file: "lon.pdf", size: 21, limit: 20 }, at: { file: "lon.pdf" } }] });
  });

  it("says a password-protected PDF must be opened and saved unprotected", async () => {
    const locked: PdfLibrary = {
      getDocument: () => ({ promise: Promise.reject(Object.assign(new Error("No password given"), { name: "PasswordException" })) }),
    };
    const result = await pdfText(async () => locked, "mat-khau.pdf", new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(result).toEqual({ ok: false, problems: [{ key: "parse.pdfEncrypted", params: { file: "mat-khau.pdf" }, at: { file: "mat-khau.pdf" } }] });
  });
});
