/**
 * Drawings another producer wrote (LibreOffice's .xlsx writer: its own part names, shape ids,
 * relationship ids and chart markup) survive a change through the host and a sheet rename,
 * and LibreOffice draws them again from the saved file.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { pdfText, renderPdf, renderPng } from "../../support/libreoffice";
import { resavedByLibreOffice } from "./support/libreoffice-resave";
import { chartFormulas, chartTitles, packageProblems, sheetDrawing } from "./support/package-check";
import { OVERVIEW, PLAN, UNIT_SHEETS, sampleChange, text } from "./support/sample-change";
import { addUserDrawing } from "./support/user-drawing";

const UNIT = UNIT_SHEETS[0];
const RENAMED = "CB Văn phòng (mới)";
const USER_CHART = "Số CB, ĐV tham gia theo nhiệm vụ";

describe("drawings LibreOffice wrote, through the host", () => {
  let dir: string;
  let saved: Buffer;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "foreign-drawings-"));
    const host = XlsxHost.create();
    await host.apply(sampleChange());
    const withUserChart = await addUserDrawing(await host.toBuffer(), {
      sheet: UNIT,
      top: 8,
      chart: { name: "Biểu đồ của tôi", title: USER_CHART, seriesName: `'${UNIT}'!$D$3`, categories: `'${UNIT}'!$A$4:$A$6`, values: `'${UNIT}'!$D$4:$D$6` },
      picture: { name: "Logo đơn vị", rgb: [30, 120, 200] },
    });
    const foreign = await resavedByLibreOffice(withUserChart);
    const opened = await XlsxHost.fromBuffer(foreign, "so-theo-doi.xlsx");
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    await opened.value.apply({
      ops: [
        { op: "patchSheet", name: PLAN, content: { cells: [{ at: "A2", rows: [[text("Ghi chú của người dùng")]] }] } },
        { op: "renameSheet", from: UNIT, to: RENAMED },
      ],
    });
    saved = await opened.value.toBuffer();
  });

  afterAll(async () => {
    if (!process.env.KEEP_LO_OUTPUT) await fs.rm(dir, { recursive: true, force: true });
  });

  it("keeps both charts and the picture, with the user's chart naming the renamed sheet, in a consistent package", async () => {
    const unit = await sheetDrawing(saved, RENAMED);
    expect(chartTitles(unit)).toEqual([USER_CHART]);
    expect(chartFormulas(unit!.charts[0]).length).toBeGreaterThan(0);
    expect(chartFormulas(unit!.charts[0]).every((f) => f.startsWith(`'${RENAMED}'!`))).toBe(true);
    expect(unit!.reached.some((p) => p.startsWith("xl/media/"))).toBe(true);
    expect(chartTitles(await sheetDrawing(saved, OVERVIEW))).toEqual(["Kết quả thực hiện theo đơn vị"]);
    expect(await packageProblems(saved)).toEqual([]);
  });

  it("is drawn by LibreOffice from the saved file", async () => {
    const file = path.join(dir, "so-theo-doi.xlsx");
    await fs.writeFile(file, saved);
    const pdf = await renderPdf(file, path.join(dir, "pdf"));
    const text = (await pdfText(pdf)).normalize("NFC");
    expect(text).toContain(USER_CHART);
    expect(text).toContain("Kết quả thực hiện theo đơn vị");
    const page = text.split("\f").findIndex((p) => p.includes(USER_CHART)) + 1;
    const png = await renderPng(pdf, page, 80);
    expect((await fs.stat(png)).size).toBeGreaterThan(1000);
    if (process.env.KEEP_LO_OUTPUT) console.log(`rendered ${png}`);
  });
});
