/**
 * `plan-tracker summary` on the seed tracker (13-KH/ĐUK, 42 units, entries as of early January
 * 2020), as the office would run it: the report sheet in the tracker, the file to send and its
 * PDF rendered by LibreOffice, checked against figures worked out here from the seed's
 * description, never from the code under test.
 *
 * @slow
 */
import { execFile } from "node:child_process";
import { promises as fs, readFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { XlsxHost } from "../../src/hosts/xlsx";
import { pdfText, sofficePath } from "../support/libreoffice";
import { seedEntries, seedUnits, writeSeedTracker } from "../support/seed-tracker";
import type { IsoDate } from "../../src/domain/types";
import type { CellContent } from "../../src/layout/sheet-spec";
import { editByHand, unitSheetOf } from "./support/edit-by-hand";
import { cli } from "./support/run-cli";

const run = promisify(execFile);

/** Vietnamese style, written out here: 1.598 and 97,0%. */
const vn = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
const pct = (ratio: number) => `${(Math.round(ratio * 1000) / 10).toFixed(1).replace(/\.0$/, "").replace(".", ",")}%`;

/** NV05's participants and totals by the seed's rule (units 1–18, 19–24 and 31 count). */
function participation(): { part: number; whole: number } {
  const members = seedUnits().map((u) => u.members ?? 0);
  let part = 0;
  let whole = 0;
  members.forEach((m, index) => {
    const i = index + 1;
    if (i <= 18) part += m - (i % 5);
    else if (i <= 24) part += m - 2;
    else if (i === 31) part += m;
    else return;
    whole += m;
  });
  return { part, whole };
}

async function sheetValues(file: string, sheet: string): Promise<unknown[][]> {
  const opened = await XlsxHost.open(file);
  if (!opened.ok) throw new Error("cannot open");
  const snapshot = await opened.value.snapshot([{ sheet }]);
  return snapshot.ranges[0].values;
}

/** Every word's right edge in the PDF, per page: nothing may pass the right margin (15 mm). */
async function rightmostWord(pdf: string): Promise<number> {
  const { stdout } = await run("pdftotext", ["-bbox", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
  return Math.max(...[...stdout.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
}

const haveLibreOffice = sofficePath() !== null;

describe("plan-tracker summary", () => {
  let dir: string;
  let tracker: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "summary-"));
    tracker = path.join(dir, "so-theo-doi.xlsx");
    await writeSeedTracker(tracker);
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  (haveLibreOffice ? it : it.skip)("makes the December 2019 report: sheet, register, file to send and a PDF a reader can check", async () => {
    const out = path.join(dir, "bao-cao-thang-12.xlsx");
    const pdf = path.join(dir, "bao-cao-thang-12.pdf");
    const made = await cli("summary", tracker, "--period", "2019-12", "--date", "2020-01-06", "--today", "2020-01-06", "--out", out, "--pdf", pdf);
    expect(made.stderr).toBe("");
    expect(made.code).toBe(0);
    expect(made.stdout).toContain("Đã lập Báo cáo số 1-BC/ĐUK, tháng 12 năm 2019 (trang \"BC tháng 12-2019\")");
    expect(made.stdout).toContain("Số liệu từ ngày 01/12/2019 đến ngày 31/12/2019");

    const raw = await pdfText(pdf);
    const text = raw.replace(/\s+/g, " ");
    // The header blocks and the title, Vietnamese intact.
    for (const expected of ["ĐẢNG BỘ TỈNH BÌNH PHƯỚC", "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG UỶ KHỐI CƠ QUAN VÀ", "Số 1-BC/ĐUK", "Bình Phước, ngày 06 tháng 01 năm 2020", "BÁO CÁO"]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Kết quả thực hiện Kế hoạch số 13-KH\/ĐUK ngày 02\/12\/2019, tháng 12 năm 2019/);
    // Figures worked out from the seed: 33 of 42 units wrote something; 6 tasks × 42 units less
    // 34 not applicable (NV06 for 33 units, NV05 for one) = 218; done 28 on time + 6 late.
    expect(text).toContain(`Có 33/42 đơn vị đã báo cáo kết quả thực hiện, đạt ${pct(33 / 42)}`);
    expect(text).toContain("Tổng số có 218 lượt nhiệm vụ phải thực hiện (6 nhiệm vụ, 42 đơn vị, trừ 34 lượt không áp dụng)");
    expect(text).toMatch(new RegExp(`Đã hoàn thành 34 lượt, đạt ${pct(34 / 218)}, trong đó 28 lượt đúng hạn, 6 lượt quá hạn`));
    const { part, whole } = participation();
    expect(text).toMatch(new RegExp(`${vn(part)}/${vn(whole)} CB, ĐV tham gia, đạt ${pct(part / whole)}`));
    expect(vn(whole)).toMatch(/^\d\.\d{3}$/);
    // The shortcomings name the 16 units late on NV05, the silent ones, and the office's own words.
    expect(text).toContain("Còn 16 đơn vị có nhiệm vụ quá hạn chưa hoàn thành");
    expect(text).toMatch(/Chi bộ Sở Nội vụ: nhiệm vụ NV05 \(hạn 20\/12\/2019, quá 11 ngày\)/);
    expect(text).toContain("Còn 9 đơn vị chưa báo cáo kết quả");
    expect(text).toContain("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
    expect(text).toContain("T/M BAN THƯỜNG VỤ");
    expect(text).toContain("Nguyễn Phúc Hậu");
    expect(text).toContain("Nơi nhận:");
    // The appendix lists every unit; its header is on each of its pages.
    expect(text).toContain("KẾT QUẢ THỰC HIỆN THEO ĐƠN VỊ");
    expect(text).toMatch(/42 Bình Phước \(chưa báo cáo\) 6 0 0 0 0 0 5 1 0 0,0%/);
    expect(text).toContain("Tổng cộng 218 34 28 6 34 25 142 16 1 15,6%");
    const pages = raw.split("\f").filter((p) => p.trim() !== "");
    const appendixPages = pages.filter((p, i) => i >= pages.findIndex((q) => q.includes("PHỤ LỤC")));
    expect(appendixPages.length).toBeGreaterThan(1);
    for (const page of appendixPages) expect(page).toMatch(/STT\s+Đơn vị/);
    // Page numbers from page 2: the first page has none at its top.
    expect(pages[0].trim().startsWith("ĐẢNG BỘ")).toBe(true);
    expect(pages[1].trim().startsWith("2")).toBe(true);
    // One page wide: no word past the right margin of A4 (595 pt less 15 mm).
    expect(await rightmostWord(pdf)).toBeLessThan(595.3 - 15 * (72 / 25.4) + 2);

    // The file to send: the report alone, values only, no link back to the tracker.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets).toHaveLength(1);
    expect(await zip.file(sheets[0])!.async("string")).not.toContain("<f>");
    expect(Object.keys(zip.files).some((f) => f.includes("externalLink"))).toBe(false);
    // The register notes the report and the file handed on.
    const register = (await sheetValues(tracker, "Sổ báo cáo")).map((row) => row.map((v) => (v === null ? "" : String(v))));
    const row = register.find((r) => r.includes("2019-12"));
    expect(row).toBeDefined();
    expect(row).toEqual(expect.arrayContaining(["tháng 12 năm 2019", "1-BC/ĐUK", "BC tháng 12-2019", "bao-cao-thang-12.xlsx", "42", "33", "218", "34"]));
  });

  it("a report once made does not change when entries change later", async () => {
    const file = path.join(dir, "frozen.xlsx");
    await writeSeedTracker(file);
    expect((await cli("summary", file, "--period", "2019-Q4", "--today", "2020-01-06")).code).toBe(0);
    const before = await sheetValues(file, "BC quý IV-2019");
    // Staff later record that unit 25 finished NV05 on 30/12/2019.
    const { sheet, taskRows } = await unitSheetOf(file, "DV025");
    const done: CellContent[][] = [[{ kind: "text", text: "Hoàn thành" }, { kind: "date", date: "2019-12-30" as IsoDate }]];
    await editByHand(file, [{ op: "patchSheet", name: sheet, content: { cells: [{ at: `D${taskRows.get("NV05")}`, rows: done }] } }]);
    expect(JSON.stringify(await sheetValues(file, sheet))).toContain("Hoàn thành");
    expect(await sheetValues(file, "BC quý IV-2019")).toEqual(before);
    expect(JSON.stringify(before)).toContain("Đã hoàn thành 34 lượt");
  });

  it("a period's report is made again only when asked, replacing its sheet and its register row", async () => {
    const file = path.join(dir, "again.xlsx");
    await writeSeedTracker(file);
    expect((await cli("summary", file, "--period", "2019-12", "--today", "2020-01-06")).code).toBe(0);
    const bytes = readFileSync(file);
    const refused = await cli("summary", file, "--period", "2019-12", "--today", "2020-01-07");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Đã có báo cáo tháng 12 năm 2019 (trang \"BC tháng 12-2019\")");
    expect(refused.stderr).toContain("--replace");
    expect(readFileSync(file).equals(bytes)).toBe(true);

    const again = await cli("summary", file, "--period", "2019-12", "--today", "2020-01-07", "--replace");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Đã lập lại Báo cáo số 1-BC/ĐUK");
    const register = await sheetValues(file, "Sổ báo cáo");
    expect(register.filter((r) => r.includes("2019-12"))).toHaveLength(1);
  });

  it("says what changed since the previous report of the plan", async () => {
    const file = path.join(dir, "change.xlsx");
    await writeSeedTracker(file);
    expect((await cli("summary", file, "--period", "2019-12-01..2019-12-20", "--today", "2019-12-21")).code).toBe(0);
    const made = await cli("summary", file, "--period", "2019-12", "--today", "2020-01-06");
    expect(made.stdout).toContain("Đã lập Báo cáo số 2-BC/ĐUK");
    // By 20/12: NV05 units 1–18 (5–20/12) and NV01 units 1–10 (16/12) = 28 done; by 31/12, 34.
    const values = JSON.stringify(await sheetValues(file, "BC tháng 12-2019"));
    expect(values).toContain("So với Báo cáo số 1-BC/ĐUK (từ ngày 01/12/2019 đến ngày 20/12/2019): số lượt hoàn thành tăng 6 (từ 28 lên 34)");
    const tabs = (await XlsxHost.open(file)).ok ? (await (await XlsxHost.open(file) as { ok: true; value: XlsxHost }).value.snapshot([])).sheets.map((s) => s.name) : [];
    expect(tabs.slice(0, 6)).toEqual(["Kế hoạch", "Đơn vị", "Tổng quan", "Sổ báo cáo", "BC 01.12.2019-20.12.2019", "BC tháng 12-2019"]);
  });

  describe("bad input writes nothing and says what is wrong", () => {
    it("an unknown period", async () => {
      const result = await cli("summary", tracker, "--period", "2019-13");
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("Kỳ báo cáo \"2019-13\" không hợp lệ: dùng 2019-12 (tháng), 2019-Q4 (quý)");
    });

    it("a cut-off before the plan's date", async () => {
      const file = path.join(dir, "early.xlsx");
      await writeSeedTracker(file);
      const bytes = readFileSync(file);
      const result = await cli("summary", file, "--period", "2019-11");
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("Ngày chốt số liệu 30/11/2019 trước ngày ban hành kế hoạch 02/12/2019");
      expect(readFileSync(file).equals(bytes)).toBe(true);
    });

    it("a tracker whose unit sheet was deleted by hand", async () => {
      const file = path.join(dir, "deleted.xlsx");
      await writeSeedTracker(file);
      const { sheet: name } = await unitSheetOf(file, "DV004");
      await editByHand(file, [{ op: "deleteSheet", name }]);
      const bytes = readFileSync(file);
      const result = await cli("summary", file, "--period", "2019-12", "--out", path.join(dir, "never.xlsx"));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Không tìm thấy trang tính của đơn vị DV004 (trước đây là "${name}")`);
      expect(readFileSync(file).equals(bytes)).toBe(true);
      await expect(fs.access(path.join(dir, "never.xlsx"))).rejects.toThrow();
    });

    it("a renamed unit sheet is followed by its unit code, and the report says so", async () => {
      const file = path.join(dir, "renamed.xlsx");
      await writeSeedTracker(file);
      const { sheet } = await unitSheetOf(file, "DV002");
      await editByHand(file, [{ op: "renameSheet", from: sheet, to: "Tài chính (sửa tên)" }]);
      const result = await cli("summary", file, "--period", "2019-12", "--today", "2020-01-06");
      expect(result.code).toBe(0);
      expect(result.stderr).toContain("Tài chính (sửa tên)");
      expect(result.stdout).toContain("33/42 đơn vị đã báo cáo");
    });
  });
});

it("the seed has what its description says", () => {
  expect(seedEntries().filter((e) => e.task === "NV05")).toHaveLength(33);
});
