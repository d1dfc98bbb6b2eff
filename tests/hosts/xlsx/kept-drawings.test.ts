/**
 * exceljs drops charts, shapes and drawings when it reads a file; the host keeps them and puts
 * them back on every sheet that still exists, under the sheet's current name.
 */
import JSZip from "jszip";
import type { ChartSpec, WorkbookChange } from "../../../src/layout/sheet-spec";
import { chartFormulas, chartTitles, packageProblems, sheetDrawing, textLinks } from "./support/package-check";
import { OVERVIEW, PLAN, UNIT_SHEETS, openXlsx, sampleChange, sampleFile, text } from "./support/sample-change";
import { addUserDrawing, type UserDrawing } from "./support/user-drawing";

const OVERVIEW_CHART = "Kết quả thực hiện theo đơn vị";
const UNIT = UNIT_SHEETS[0];

const userDrawing = (sheet: string, refersTo = sheet): UserDrawing => ({
  sheet,
  top: 8,
  chart: {
    name: "Biểu đồ của tôi",
    title: "Số CB, ĐV tham gia theo nhiệm vụ",
    seriesName: `'${refersTo}'!$D$3`,
    categories: `'${refersTo}'!$A$4:$A$6`,
    values: `'${refersTo}'!$D$4:$D$6`,
  },
  picture: { name: "Logo đơn vị", rgb: [200, 30, 30] },
  textLink: `'${refersTo}'!$A$1`,
  themeOverride: true,
});

/** Opens `buffer`, applies `change`, and returns the saved bytes. */
async function through(buffer: Buffer, change: WorkbookChange): Promise<Buffer> {
  const host = await openXlsx(buffer);
  await host.apply(change);
  return host.toBuffer();
}

const typeOnPlan: WorkbookChange = { ops: [{ op: "patchSheet", name: PLAN, content: { cells: [{ at: "A2", rows: [[text("Ghi chú của người dùng")]] }] } }] };

async function partsUnder(buffer: Buffer, folder: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  return Object.keys(zip.files).filter((f) => f.startsWith(folder) && !zip.files[f].dir && !f.includes("/_rels/"));
}

describe("a chart the change wrote", () => {
  it("survives open → patch another sheet → save → open → save, once, in a consistent package", async () => {
    const first = await through(await sampleFile(), typeOnPlan);
    const second = await (await openXlsx(first)).toBuffer();
    const drawing = await sheetDrawing(second, OVERVIEW);
    expect(chartTitles(drawing)).toEqual([OVERVIEW_CHART]);
    expect(chartFormulas(drawing!.charts[0])).toEqual([`'${OVERVIEW}'!$B$1`, `'${OVERVIEW}'!$A$2:$A$3`, `'${OVERVIEW}'!$B$2:$B$3`, `'${OVERVIEW}'!$C$1`, `'${OVERVIEW}'!$A$2:$A$3`, `'${OVERVIEW}'!$C$2:$C$3`]);
    expect(await partsUnder(second, "xl/charts/")).toHaveLength(1);
    expect(await partsUnder(second, "xl/drawings/")).toHaveLength(1);
    expect(await packageProblems(second)).toEqual([]);
  });

  it("is replaced, not duplicated, by a later change's chart of the same name; one of another name joins it", async () => {
    const moved: ChartSpec = { kind: "columnClustered", title: OVERVIEW_CHART, dataRange: "B1:B3", categoryRange: "A2:A3", anchor: { from: "F7", to: "K20" } };
    const other: ChartSpec = { ...moved, title: "Tổng số CB, ĐV", dataRange: "D1:D3", anchor: { from: "A26", to: "E40" } };
    const saved = await through(await sampleFile(), { ops: [{ op: "patchSheet", name: OVERVIEW, content: { charts: [moved, other] } }] });
    const drawing = await sheetDrawing(saved, OVERVIEW);
    expect(chartTitles(drawing)).toEqual([OVERVIEW_CHART, "Tổng số CB, ĐV"]);
    expect(drawing!.charts[0]).toContain('<c:barDir val="col"/>');
    expect(drawing!.drawing).toContain("<xdr:col>5</xdr:col>");
    expect(await partsUnder(saved, "xl/charts/")).toHaveLength(2);
    expect(await packageProblems(saved)).toEqual([]);
  });
});

describe("a user's drawing (chart with its style parts, picture, text box linked to a cell)", () => {
  let withUserChart: Buffer;
  beforeAll(async () => {
    withUserChart = await addUserDrawing(await sampleFile(), userDrawing(UNIT));
    expect(await packageProblems(withUserChart)).toEqual([]);
  });

  it("survives a change to another sheet and a second round trip, with every part it reaches", async () => {
    const saved = await (await openXlsx(await through(withUserChart, typeOnPlan))).toBuffer();
    const drawing = await sheetDrawing(saved, UNIT);
    expect(chartTitles(drawing)).toEqual(["Số CB, ĐV tham gia theo nhiệm vụ"]);
    expect(drawing!.drawing).toContain('name="Biểu đồ của tôi"');
    expect(drawing!.drawing).toContain('name="Logo đơn vị"');
    expect(textLinks(drawing)).toEqual([`'${UNIT}'!$A$1`]);
    expect(drawing!.reached.filter((p) => /style\d+\.xml|colors\d+\.xml|themeOverride\d+\.xml|\.png$/.test(p))).toHaveLength(4);
    expect(await partsUnder(saved, "xl/theme/")).toEqual(["xl/theme/theme1.xml", "xl/theme/themeOverride1.xml"]);
    // The chart the change wrote on Tổng quan is there too, each chart once.
    expect(chartTitles(await sheetDrawing(saved, OVERVIEW))).toEqual([OVERVIEW_CHART]);
    expect(await partsUnder(saved, "xl/charts/chart")).toHaveLength(2);
    expect(await packageProblems(saved)).toEqual([]);
  });

  it("keeps the picture once: exceljs does not write it a second time", async () => {
    const saved = await through(withUserChart, typeOnPlan);
    expect(await partsUnder(saved, "xl/media/")).toHaveLength(1);
    const drawing = await sheetDrawing(saved, UNIT);
    expect(drawing!.drawing.match(/<xdr:pic>/g)).toHaveLength(1);
  });

  it("follows its sheet through a rename, and the chart's references follow every renamed sheet", async () => {
    const onOverview = await addUserDrawing(await sampleFile(), userDrawing(OVERVIEW, UNIT));
    const saved = await through(onOverview, {
      ops: [
        { op: "renameSheet", from: UNIT, to: "CB Văn phòng (mới)" },
        { op: "renameSheet", from: OVERVIEW, to: "Tổng hợp" },
      ],
    });
    const drawing = await sheetDrawing(saved, "Tổng hợp");
    const [changeChart, userChart] = drawing!.charts;
    expect(chartFormulas(userChart)).toEqual(["'CB Văn phòng (mới)'!$D$3", "'CB Văn phòng (mới)'!$A$4:$A$6", "'CB Văn phòng (mới)'!$D$4:$D$6"]);
    expect(chartFormulas(changeChart).every((f) => f.startsWith("'Tổng hợp'!"))).toBe(true);
    expect(textLinks(drawing)).toEqual(["'CB Văn phòng (mới)'!$A$1"]);
    expect(await packageProblems(saved)).toEqual([]);
  });

  it("is dropped cleanly with its sheet: no part, picture or content type of it is left", async () => {
    const saved = await through(withUserChart, { ops: [{ op: "deleteSheet", name: UNIT }] });
    expect(await sheetDrawing(saved, UNIT)).toBeNull();
    expect(await partsUnder(saved, "xl/media/")).toEqual([]);
    expect(await partsUnder(saved, "xl/theme/")).toEqual(["xl/theme/theme1.xml"]);
    expect(await partsUnder(saved, "xl/charts/")).toEqual([expect.stringMatching(/^xl\/charts\/chart\d+\.xml$/)]);
    const types = await (await JSZip.loadAsync(saved)).file("[Content_Types].xml")!.async("string");
    expect(types).not.toMatch(/chartstyle|chartcolorstyle/);
    expect(chartTitles(await sheetDrawing(saved, OVERVIEW))).toEqual([OVERVIEW_CHART]);
    expect(await packageProblems(saved)).toEqual([]);
  });

  it("leaves no picture behind when no sheet with a drawing remains", async () => {
    const saved = await through(withUserChart, { ops: [{ op: "deleteSheet", name: UNIT }, { op: "deleteSheet", name: OVERVIEW }] });
    expect(await partsUnder(saved, "xl/media/")).toEqual([]);
    expect(await partsUnder(saved, "xl/drawings/")).toEqual([]);
    expect(await packageProblems(saved)).toEqual([]);
  });

  it("is replaced by the change's own chart when the change makes its sheet again", async () => {
    const onOverview = await addUserDrawing(await sampleFile(), userDrawing(OVERVIEW));
    const overview = sampleChange().ops.find((op) => op.op === "addSheet" && op.sheet.name === OVERVIEW) as Extract<WorkbookChange["ops"][number], { op: "addSheet" }>;
    const saved = await through(onOverview, { ops: [{ op: "deleteSheet", name: OVERVIEW }, overview] });
    const drawing = await sheetDrawing(saved, OVERVIEW);
    expect(chartTitles(drawing)).toEqual([OVERVIEW_CHART]);
    expect(drawing!.drawing).not.toContain("Biểu đồ của tôi");
    expect(await partsUnder(saved, "xl/media/")).toEqual([]);
    expect(await packageProblems(saved)).toEqual([]);
  });
});
