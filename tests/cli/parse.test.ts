import { readFile } from "fs/promises";
import { join } from "path";
import { runParse } from "../../src/cli/commands/parse";
import type { CliIo } from "../../src/cli/io";
import { planTextFromFile } from "../../src/cli/read-plan-file";

const PLANS = join(__dirname, "..", "fixtures", "plans");

/** An in-memory terminal over the fixtures folder. */
function memoryIo(options: { stdin?: string; lang?: "vi" | "en" } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: (path) => readFile(join(PLANS, path)),
    readStdin: async () => Buffer.from(options.stdin ?? "", "utf8"),
    lang: options.lang ?? "vi",
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

describe("plan-tracker parse", () => {
  it("prints the plan JSON with --json", async () => {
    const term = memoryIo();
    expect(await runParse(["ke-hoach-13-KH-DUK-binh-phuoc.txt", "--json"], term.io)).toBe(0);
    const plan = JSON.parse(term.stdout());
    expect(plan).toMatchObject({ docNumber: "13-KH/ĐUK", kind: "KH", issuedOn: "2019-12-02" });
    expect(plan.tasks[4]).toMatchObject({ code: "NV05", deadline: "2019-12-20" });
    expect(term.stderr()).toBe("");
  });

  it("prints a Vietnamese summary with dates as dd/mm/yyyy and the warnings", async () => {
    const term = memoryIo();
    expect(await runParse(["ke-hoach-13-KH-DUK-binh-phuoc.txt"], term.io)).toBe(0);
    const summary = term.stdout();
    expect(summary).toContain("Kế hoạch số 13-KH/ĐUK, ngày 02/12/2019 (Bình Phước)");
    expect(summary).toContain("Căn cứ: 50-KL/TW (30/05/2019), 206-KH/TU (13/11/2019)");
    expect(summary).toContain("Nhiệm vụ (6):");
    expect(summary).toMatch(/NV05 {2}\[hạn 20\/12\/2019\] {2}Trực tiếp phổ biến/u);
    expect(summary).toContain("thực hiện: Bí thư các chi, đảng bộ cơ sở");
    expect(summary).toContain("Người ký: T/M BAN THƯỜNG VỤ — BÍ THƯ — Nguyễn Phúc Hậu");
    expect(summary).toContain("Cần kiểm tra (1):\n  - Dòng 86: NV01:");
  });

  it("says the date is unknown for the công văn instead of using the stamp's", async () => {
    const term = memoryIo();
    await runParse(["cong-van-728-CV-DUK-quang-binh.txt"], term.io);
    expect(term.stdout()).toContain("Công văn số 728-CV/ĐUK, ngày (chưa rõ ngày)");
    expect(term.stdout()).not.toContain("29/08/2019");
  });

  it("prints the summary in English when asked", async () => {
    const term = memoryIo({ lang: "en" });
    await runParse(["ke-hoach-13-KH-DUK-binh-phuoc.txt"], term.io);
    expect(term.stdout()).toContain("Plan (Kế hoạch) No. 13-KH/ĐUK, dated 02/12/2019 (Bình Phước)");
    expect(term.stdout()).toContain("Line 86: NV01: the assignee");
  });

  it("reads the document from stdin with -", async () => {
    const text = await readFile(join(PLANS, "chi-thi-08-CT-TU-quang-ngai.txt"), "utf8");
    const term = memoryIo({ stdin: text });
    expect(await runParse(["-", "--json"], term.io)).toBe(0);
    expect(JSON.parse(term.stdout())).toMatchObject({ docNumber: "08-CT/TU", kind: "CT" });
  });

  it("reads a Word .docx file to the same plan as its text", async () => {
    const fromDocx = memoryIo();
    const fromText = memoryIo();
    await runParse(["ke-hoach-45-KH-TU-lam-dong.docx", "--json"], fromDocx.io);
    await runParse(["ke-hoach-45-KH-TU-lam-dong.txt", "--json"], fromText.io);
    const docx = JSON.parse(fromDocx.stdout());
    const text = JSON.parse(fromText.stdout());
    expect(docx.docNumber).toBe("45-KH/TU");
    expect(docx.tasks.map((t: { code: string; deadline: string | null }) => [t.code, t.deadline])).toEqual(
      text.tasks.map((t: { code: string; deadline: string | null }) => [t.code, t.deadline]),
    );
  });

  it("names a missing file and exits 2", async () => {
    const term = memoryIo();
    expect(await runParse(["khong-co.txt"], term.io)).toBe(2);
    expect(term.stderr()).toBe("Không tìm thấy tệp khong-co.txt\n");
    expect(term.stdout()).toBe("");
  });

  it("refuses an unknown option or a missing file argument with the usage, exit 2", async () => {
    const unknown = memoryIo();
    expect(await runParse(["a.txt", "--xml"], unknown.io)).toBe(2);
    expect(unknown.stderr()).toContain("tuỳ chọn không có: --xml");
    const none = memoryIo();
    expect(await runParse([], none.io)).toBe(2);
    expect(none.stderr()).toContain("Cách dùng: plan-tracker parse");
  });
});

describe("reading the text of a plan file", () => {
  it("accepts UTF-8 with a byte-order mark and UTF-16 from Notepad", async () => {
    const text = "KẾ HOẠCH\nSố 13-KH/ĐUK";
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect(await planTextFromFile("a.txt", utf8)).toEqual({ ok: true, value: text, warnings: [] });
    expect(await planTextFromFile("a.txt", utf16)).toEqual({ ok: true, value: text, warnings: [] });
  });

  it("reports a damaged PDF, and bytes that are not text", async () => {
    const pdf = await planTextFromFile("kh.pdf", Buffer.from("%PDF-1.7\n"));
    expect(!pdf.ok && pdf.problems[0]).toMatchObject({ key: "parse.pdfUnreadable", at: { file: "kh.pdf" } });
    expect(await planTextFromFile("kh.txt", Buffer.from([0xc3, 0x28, 0x00]))).toEqual({ ok: false, problems: [{ key: "parse.binaryFile", at: { file: "kh.txt" } }] });
  });

  it("reports a damaged .docx instead of throwing", async () => {
    const result = await planTextFromFile("kh.docx", Buffer.from("PK\u0003\u0004 broken"));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0].key).toBe("parse.docxUnreadable");
  });
});
