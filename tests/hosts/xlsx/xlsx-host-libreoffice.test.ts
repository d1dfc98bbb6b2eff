import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { pdfText, recalculatedSheets, renderPdf, renderPng } from "../../support/libreoffice";
import { HOSTILE_NAMES, OVERVIEW, PLAN, UNIT_SHEETS, UNITS, sampleChange } from "./support/sample-change";

describe("a workbook written by XlsxHost, opened by LibreOffice", () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "xlsx-host-lo-"));
    file = path.join(dir, "theo-doi.xlsx");
    const host = XlsxHost.create();
    await host.apply(sampleChange());
    expect((await host.save(file)).ok).toBe(true);
  });
  afterAll(async () => {
    if (!process.env.KEEP_LO_OUTPUT) await fs.rm(dir, { recursive: true, force: true });
  });

  it("recalculates formulas across sheets with Vietnamese names and a defined name", async () => {
    const sheets = await recalculatedSheets(file, [OVERVIEW, PLAN, UNITS, ...UNIT_SHEETS]);
    const [first, second] = UNIT_SHEETS.map((name) => sheets[name]);
    expect(first.slice(3, 6).map((row) => [row[0], row[4]])).toEqual([
      ["NV01", "Hoàn thành"],
      ["NV02", "Trong hạn"],
      ["NV03", "Chưa có hạn"],
    ]);
    expect(second.slice(3, 6).map((row) => row[4])).toEqual(["Quá hạn", "Trong hạn", "Chưa có hạn"]);
    expect(sheets[OVERVIEW].slice(0, 4).map((row) => row.slice(0, 4))).toEqual([
      ["Đơn vị", "Hoàn thành", "Quá hạn", "Tổng số CB, ĐV"],
      [UNIT_SHEETS[0], "1", "0", "25"],
      [UNIT_SHEETS[1], "0", "1", "40"],
      ["Cộng", "1", "1", "65"],
    ]);
    // LibreOffice's CSV export shows percentages and dates in its own locale's default form
    // (50%, 12/20/2019); the PDF test checks the formats written (50.0%, 20/12/2019).
    expect(sheets[OVERVIEW][0][7]).toBe("TRUE");
    expect(sheets[PLAN][3][2]).toBe("12/20/2019");
  });

  it("keeps hostile unit names as the text typed", async () => {
    const units = (await recalculatedSheets(file, [UNITS]))[UNITS];
    expect(units.slice(3, 3 + HOSTILE_NAMES.length).map((row) => row[1])).toEqual(HOSTILE_NAMES);
  });

  it("renders a PDF whose text is the Vietnamese text written, in NFC", async () => {
    const pdf = await renderPdf(file, path.join(dir, "pdf"));
    const text = (await pdfText(pdf)).normalize("NFC");
    expect(text).toContain("KẾ HOẠCH SỐ 13-KH/ĐUK");
    expect(text).toContain("Tổ chức quán triệt Kết luận số 50-KL/TW");
    expect(text).toContain("ĐB Công ty Điện lực Bình Phước");
    expect(text).toContain("Kiểm tra hạn");
    expect(text).toMatch(/Tỷ lệ\s+50\.0%\s+TRUE/);
    expect(text).toMatch(/NV01\s+20\/12\/2019/);
    // The injected chart is drawn, with its title and the category labels read from the sheet.
    expect(text).toContain("Kết quả thực hiện theo đơn vị");
    expect(text).toMatch(/NV01\s+Hoàn thành\s+10\/12\/2019\s+25\s+Hoàn thành/);
    const png = await renderPng(pdf, 1);
    expect((await fs.stat(png)).size).toBeGreaterThan(1000);
    if (process.env.KEEP_LO_OUTPUT) console.log(`rendered ${png}`);
  });
});
