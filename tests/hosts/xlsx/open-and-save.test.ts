import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { nodeFileOps, type FileOps } from "../../../src/hosts/xlsx/atomic-file";
import { formatProblem } from "../../../src/i18n/format-problem";
import type { Problem } from "../../../src/domain/result";
import { text } from "./support/sample-change";

async function hostWith(value: string): Promise<XlsxHost> {
  const host = XlsxHost.create();
  await host.apply({ ops: [{ op: "addSheet", sheet: { name: "Kế hoạch", cells: [{ at: "A1", rows: [[text(value)]] }] } }] });
  return host;
}

async function a1Of(file: string): Promise<unknown> {
  const opened = await XlsxHost.open(file);
  if (!opened.ok) throw new Error("not opened");
  return (await opened.value.snapshot([{ sheet: "Kế hoạch", range: "A1" }])).ranges[0].values[0][0];
}

function problemOf(result: { ok: boolean; problems?: Problem[] }): Problem {
  expect(result.ok).toBe(false);
  return (result.problems as Problem[])[0];
}

describe("opening and saving .xlsx files", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "xlsx-host-files-"));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("says in Vietnamese which file is missing", async () => {
    const file = path.join(dir, "khong-co.xlsx");
    const problem = problemOf(await XlsxHost.open(file));
    expect(problem.key).toBe("xlsx.open.notFound");
    expect(formatProblem(problem)).toContain(`Không tìm thấy tệp ${file}`);
  });

  it("says a text file is not an Excel workbook, naming it", async () => {
    const file = path.join(dir, "ghi-chu.xlsx");
    await fs.writeFile(file, "Đây không phải là sổ tính");
    const problem = problemOf(await XlsxHost.open(file));
    expect(problem.key).toBe("xlsx.open.notXlsx");
    expect(formatProblem(problem)).toContain(`Tệp ${file} không phải là sổ tính Excel (.xlsx)`);
  });

  it("says a zip without a workbook (a Word file) is not an Excel workbook", async () => {
    const zip = new JSZip();
    zip.file("_rels/.rels", '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    zip.file("word/document.xml", "<document/>");
    const file = path.join(dir, "van-ban.xlsx");
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    expect(problemOf(await XlsxHost.open(file)).key).toBe("xlsx.open.notXlsx");
  });

  it("says a truncated workbook is damaged, without exceljs's own error text", async () => {
    const whole = await (await hostWith("x")).toBuffer();
    const file = path.join(dir, "hong.xlsx");
    await fs.writeFile(file, whole.subarray(0, Math.floor(whole.length / 2)));
    const problem = problemOf(await XlsxHost.open(file));
    expect(problem.key).toBe("xlsx.open.corrupt");
    expect(formatProblem(problem)).toBe(`Tệp ${file} bị hỏng: không mở được như một sổ tính Excel (.xlsx)`);
  });

  it("says a folder cannot be read as a file", async () => {
    expect(problemOf(await XlsxHost.open(dir)).key).toBe("xlsx.open.unreadable");
  });

  it("keeps the previous file intact when a save fails halfway, and leaves no temporary file", async () => {
    const file = path.join(dir, "so-theo-doi.xlsx");
    expect((await (await hostWith("bản cũ")).save(file)).ok).toBe(true);
    const before = await fs.readFile(file);

    const halfThenFail: FileOps = {
      ...nodeFileOps,
      async writeFile(target, data) {
        await fs.writeFile(target, data.subarray(0, data.length >> 1));
        throw new Error("ENOSPC: no space left on device");
      },
    };
    const problem = problemOf(await (await hostWith("bản mới")).save(file, halfThenFail));
    expect(problem.key).toBe("xlsx.save.failed");
    expect(formatProblem(problem)).toContain(file);
    expect(await fs.readFile(file)).toEqual(before);
    expect(await fs.readdir(dir)).toEqual(["so-theo-doi.xlsx"]);
    expect(await a1Of(file)).toBe("bản cũ");
  });

  it("replaces the file only once the new one is complete", async () => {
    const file = path.join(dir, "so-theo-doi.xlsx");
    await (await hostWith("bản cũ")).save(file);
    const seen: string[] = [];
    const watching: FileOps = {
      ...nodeFileOps,
      async rename(from, to) {
        seen.push(String(await a1Of(to)));
        await nodeFileOps.rename(from, to);
      },
    };
    expect((await (await hostWith("bản mới")).save(file, watching)).ok).toBe(true);
    expect(seen).toEqual(["bản cũ"]);
    expect(await a1Of(file)).toBe("bản mới");
  });

  it("fails to save into a folder that does not exist without creating anything", async () => {
    const file = path.join(dir, "khong-co-thu-muc", "x.xlsx");
    expect(problemOf(await (await hostWith("x")).save(file)).key).toBe("xlsx.save.failed");
    expect(await fs.readdir(dir)).toEqual([]);
  });
});
