/**
 * A rebuild through the engine (buildTracker over XlsxHost, as `plan-tracker build` runs it on an
 * existing tracker) keeps the chart, picture and text box a user put on a unit sheet, and gives
 * the rebuilt Tổng quan its own chart once. LibreOffice opens the result and draws both charts.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildTracker, readTrackerFrom } from "../../../src/engine";
import { XlsxHost } from "../../../src/hosts/xlsx";
import { t } from "../../../src/i18n";
import { pdfText, renderPdf, renderPng } from "../../support/libreoffice";
import { chartFormulas, chartTitles, packageProblems, sheetDrawing, textLinks } from "./support/package-check";
import { plan, TODAY, UNITS } from "./support/small-tracker";
import { addUserDrawing } from "./support/user-drawing";
import { openXlsx } from "./support/sample-change";

const OVERVIEW = "Tổng quan";
const USER_CHART = "Số CB, ĐV tham gia theo nhiệm vụ";

describe("a rebuild through the engine keeps a user's drawing on a unit sheet", () => {
  let dir: string;
  let unitSheet: string;
  let rebuilt: Buffer;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "rebuild-drawings-"));
    const host = XlsxHost.create();
    expect((await buildTracker(host, { plan: plan(3), units: UNITS, today: TODAY })).ok).toBe(true);
    const { state } = await readTrackerFrom(host);
    const positions = state!.positions.unitSheets.get(UNITS[0].code)!;
    unitSheet = positions.sheet;
    const column = (key: string): string => String.fromCharCode(64 + (positions.columns.get(key) as number));
    const rows = [...positions.taskRows.values()];
    const [first, last] = [Math.min(...rows), Math.max(...rows)];
    const ref = (col: string, from: number, to = from): string => `'${unitSheet}'!$${col}$${from}${to === from ? "" : `:$${col}$${to}`}`;
    const withUserDrawing = await addUserDrawing(await host.toBuffer(), {
      sheet: unitSheet,
      top: last + 2,
      chart: {
        name: "Biểu đồ của tôi",
        title: USER_CHART,
        seriesName: ref(column("measure:participants"), positions.headerRow),
        categories: ref(column("code"), first, last),
        values: ref(column("measure:participants"), first, last),
      },
      picture: { name: "Logo đơn vị", rgb: [200, 30, 30] },
      textLink: ref("A", 1),
    });

    // The plan gains a task: every unit sheet gets a row and Tổng quan is made again.
    const reopened = await openXlsx(withUserDrawing);
    const report = await buildTracker(reopened, { plan: plan(4), today: TODAY });
    expect(report.ok && report.value.overviewRebuilt).toBe(true);
    rebuilt = await reopened.toBuffer();
  });

  afterAll(async () => {
    if (!process.env.KEEP_LO_OUTPUT) await fs.rm(dir, { recursive: true, force: true });
  });

  it("keeps the user's chart, picture and text box on the unit sheet, with the parts they reach", async () => {
    const drawing = await sheetDrawing(rebuilt, unitSheet);
    expect(chartTitles(drawing)).toEqual([USER_CHART]);
    expect(chartFormulas(drawing!.charts[0]).every((f) => f.startsWith(`'${unitSheet}'!`))).toBe(true);
    expect(drawing!.drawing).toContain('name="Logo đơn vị"');
    expect(textLinks(drawing)).toEqual([`'${unitSheet}'!$A$1`]);
    expect(drawing!.reached.filter((p) => /style\d+\.xml|colors\d+\.xml|\.png$/.test(p))).toHaveLength(3);
  });

  it("gives the rebuilt Tổng quan its own chart once, over the four tasks", async () => {
    const drawing = await sheetDrawing(rebuilt, OVERVIEW);
    expect(chartTitles(drawing)).toEqual([t("tracker.overview.chartTitle")]);
    const categories = chartFormulas(drawing!.charts[0])[1];
    const [, top, bottom] = /\$(\d+):\$[A-Z]+\$(\d+)$/.exec(categories)!;
    expect(Number(bottom) - Number(top) + 1).toBe(4);
  });

  it("writes a consistent package that stays the same through another open and save", async () => {
    expect(await packageProblems(rebuilt)).toEqual([]);
    const again = await (await openXlsx(rebuilt)).toBuffer();
    expect(chartTitles(await sheetDrawing(again, unitSheet))).toEqual([USER_CHART]);
    expect(chartTitles(await sheetDrawing(again, OVERVIEW))).toEqual([t("tracker.overview.chartTitle")]);
    expect(await packageProblems(again)).toEqual([]);
  });

  it("opens in LibreOffice, which draws the user's chart and the overview chart", async () => {
    const file = path.join(dir, "so-theo-doi.xlsx");
    await fs.writeFile(file, rebuilt);
    const pdf = await renderPdf(file, path.join(dir, "pdf"));
    const text = (await pdfText(pdf)).normalize("NFC");
    expect(text).toContain(USER_CHART);
    expect(text).toContain(t("tracker.overview.chartTitle"));
    expect(text).toContain("Ô liên kết");
    const pages = text.split("\f");
    const userPage = pages.findIndex((page) => page.includes(USER_CHART)) + 1;
    const png = await renderPng(pdf, userPage, 80);
    expect((await fs.stat(png)).size).toBeGreaterThan(1000);
    if (process.env.KEEP_LO_OUTPUT) console.log(`rendered ${png}`);
  });
});
