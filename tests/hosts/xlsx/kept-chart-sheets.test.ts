/**
 * Chart sheets, which exceljs does not read, come back from the host: in their place among the
 * sheets, with their chart, in a consistent package that LibreOffice opens, and with the sheet
 * indices after them (active tab, names scoped to a sheet) still pointing at the same sheets.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { recalculatedWorkbooks } from "../../support/libreoffice";
import { packageProblems } from "./support/package-check";
import { PLAN, UNIT_SHEETS, openXlsx, sampleChange, text } from "./support/sample-change";
import { addUserDrawing } from "./support/user-drawing";

const UNIT = UNIT_SHEETS[0];
const CHART_SHEET = "Biểu đồ tiến độ";
const TITLE = "Số CB, ĐV tham gia theo nhiệm vụ";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The sample tracker with a chart sheet after the plan sheet, made from a user's chart the way Excel lays one out. */
async function withChartSheet(drawingNamespace: "xdr" | "default" = "xdr"): Promise<Buffer> {
  const host = XlsxHost.create();
  await host.apply(sampleChange());
  const drawn = await addUserDrawing(await host.toBuffer(), {
    sheet: UNIT,
    top: 8,
    chart: { name: "Biểu đồ", title: TITLE, seriesName: `'${UNIT}'!$D$3`, categories: `'${UNIT}'!$A$4:$A$6`, values: `'${UNIT}'!$D$4:$D$6` },
  });
  const zip = await JSZip.loadAsync(drawn);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*?\/>/g)].map((m) => m[0]);
  const unitPart = `xl/worksheets/sheet${sheets.findIndex((s) => s.includes(`name="${UNIT}"`)) + 1}.xml`;
  // The unit sheet's drawing moves onto a chart sheet of its own.
  const unitRels = await zip.file(`xl/worksheets/_rels/${unitPart.split("/").pop()}.rels`)!.async("string");
  const drawingTarget = /Type="[^"]*\/drawing" Target="([^"]*)"/.exec(unitRels)![1];
  zip.file(`xl/worksheets/_rels/${unitPart.split("/").pop()}.rels`, unitRels.replace(/<Relationship [^>]*\/drawing"[^>]*\/>/, ""));
  zip.file(unitPart, (await zip.file(unitPart)!.async("string")).replace(/<drawing [^>]*\/>/, ""));
  if (drawingNamespace === "default") {
    // openpyxl writes a chart sheet's drawing in the default namespace, which exceljs cannot parse.
    const drawingPath = `xl/drawings/${drawingTarget.split("/").pop()}`;
    const drawingXml = await zip.file(drawingPath)!.async("string");
    zip.file(drawingPath, drawingXml.replace(/<(\/?)xdr:/g, "<$1").replace("xmlns:xdr=", "xmlns="));
  }
  zip.file("xl/chartsheets/sheet1.xml", `<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheetPr/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`);
  zip.file("xl/chartsheets/_rels/sheet1.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/${drawingTarget.split("/").pop()}"/></Relationships>`);
  const wbRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file("xl/_rels/workbook.xml.rels", wbRels.replace("</Relationships>", `<Relationship Id="rId900" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`));
  const planEntry = sheets.find((s) => s.includes(`name="${PLAN}"`))!;
  const planIndex = sheets.indexOf(planEntry);
  const unitIndex = sheets.findIndex((s) => s.includes(`name="${UNIT}"`));
  // The chart sheet comes right after the plan; the unit sheet is active and has a name of its own.
  let xml = workbook.replace(planEntry, `${planEntry}<sheet name="${CHART_SHEET}" sheetId="900" r:id="rId900"/>`);
  xml = xml.replace(/<workbookView\b([^>]*?)\s*\/>/, (_w, attrs: string) => `<workbookView${attrs.replace(/\sactiveTab="\d+"/, "")} activeTab="${unitIndex + 1}"/>`);
  const name = `<definedName name="HeSoDonVi" localSheetId="${unitIndex + 1}">#REF!</definedName>`;
  xml = xml.includes("</definedNames>") ? xml.replace("</definedNames>", `${name}</definedNames>`) : xml.replace("</sheets>", `</sheets><definedNames>${name}</definedNames>`);
  zip.file("xl/workbook.xml", xml);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>'));
  expect(planIndex).toBeLessThan(unitIndex);
  return zip.generateAsync({ type: "nodebuffer" });
}

async function workbookXml(buffer: Buffer): Promise<string> {
  return (await JSZip.loadAsync(buffer)).file("xl/workbook.xml")!.async("string");
}

describe("chart sheets", () => {
  let saved: Buffer;
  beforeAll(async () => {
    const opened = await openXlsx(await withChartSheet());
    await opened.apply({ ops: [{ op: "patchSheet", name: PLAN, content: { cells: [{ at: "A2", rows: [[text("Ghi chú")]] }] } }] });
    saved = await opened.toBuffer();
  });

  it("writes the chart sheet back after the sheet it followed, with its chart, in a consistent package", async () => {
    const xml = await workbookXml(saved);
    const names = [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
    expect(names[names.indexOf(PLAN) + 1]).toBe(CHART_SHEET);
    const zip = await JSZip.loadAsync(saved);
    const charts = await Promise.all(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async("string")));
    expect(charts.some((c) => c.includes(TITLE))).toBe(true);
    expect(await packageProblems(saved)).toEqual([]);
  });

  it("keeps the active tab and a name scoped to a sheet on the same sheets, and one selected tab", async () => {
    const xml = await workbookXml(saved);
    const names = [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
    expect(names[Number(/activeTab="(\d+)"/.exec(xml)![1])]).toBe(UNIT);
    expect(names[Number(/<definedName name="HeSoDonVi" localSheetId="(\d+)"/.exec(xml)![1])]).toBe(UNIT);
    const chartSheet = await (await JSZip.loadAsync(saved)).file("xl/chartsheets/sheet1.xml")!.async("string");
    expect(chartSheet).not.toContain("tabSelected");
  });

  it("is a sheet LibreOffice opens beside the others", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "chart-sheet-"));
    try {
      const file = path.join(dir, "sotheodoi.xlsx");
      await fs.writeFile(file, saved);
      const sheets = (await recalculatedWorkbooks([file])).get(file)!;
      expect(Object.keys(sheets)).toEqual(expect.arrayContaining([PLAN, CHART_SHEET, UNIT]));
      expect(sheets[PLAN][1][0]).toBe("Ghi chú");
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("opens a workbook whose chart sheet's drawing is in the default namespace (openpyxl), and keeps the chart", async () => {
    const opened = await XlsxHost.fromBuffer(await withChartSheet("default"), "so-theo-doi.xlsx");
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const zip = await JSZip.loadAsync(await opened.value.toBuffer());
    const charts = await Promise.all(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async("string")));
    expect(charts.some((c) => c.includes(TITLE))).toBe(true);
  });

  it("refuses a change that adds a sheet under a chart sheet's name", async () => {
    const opened = await XlsxHost.fromBuffer(await withChartSheet(), "so-theo-doi.xlsx");
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const result = await opened.value.tryApply({ ops: [{ op: "addSheet", sheet: { name: CHART_SHEET, cells: [{ at: "A1", rows: [[text("Trùng tên")]] }] } }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.key)).toEqual(["excel.sheetName.duplicate"]);
  });
});
