import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { HOSTILE_NAMES, META, OVERVIEW, PLAN, TEMPLATE, UNIT_SHEETS, UNITS, sampleChange } from "./support/sample-change";

async function writtenSample(): Promise<Buffer> {
  const host = XlsxHost.create();
  await host.apply(sampleChange());
  return host.toBuffer();
}

async function reopened(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb;
}

describe("XlsxHost writes every part of a sheet spec, and exceljs reads it back", () => {
  let buffer: Buffer;
  let wb: ExcelJS.Workbook;
  let zip: JSZip;
  beforeAll(async () => {
    buffer = await writtenSample();
    wb = await reopened(buffer);
    zip = await JSZip.loadAsync(buffer);
  });

  const sheetXml = async (name: string): Promise<string> => {
    const index = wb.worksheets.findIndex((ws) => ws.name === name);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    const rid = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="(rId\d+)"/g)][index][2];
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    return zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
  };

  it("puts the sheets in the requested order, drops the template and keeps _meta very hidden", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([OVERVIEW, PLAN, UNITS, META, ...UNIT_SHEETS]);
    expect(wb.getWorksheet(META)!.state).toBe("veryHidden");
    expect(wb.getWorksheet(TEMPLATE)).toBeUndefined();
  });

  it("makes the activated sheet the only selected tab", async () => {
    expect(wb.views[0].activeTab).toBe(0);
    const selected: string[] = [];
    for (const ws of wb.worksheets) if ((await sheetXml(ws.name)).includes('tabSelected="1"')) selected.push(ws.name);
    expect(selected).toEqual([OVERVIEW]);
  });

  it("writes values, dates with their number format, and formulas without cached results", () => {
    const plan = wb.getWorksheet(PLAN)!;
    expect(plan.getCell("B4").value).toBe("Tổ chức quán triệt Kết luận số 50-KL/TW của Bộ Chính trị đến toàn thể cán bộ, đảng viên");
    expect(plan.getCell("C4").numFmt).toBe("dd/mm/yyyy");
    expect((plan.getCell("C4").value as Date).toISOString()).toBe("2019-12-20T00:00:00.000Z");
    const unit = wb.getWorksheet(UNIT_SHEETS[0])!;
    expect(unit.getCell("A4").formula).toBe(`INDEX('${PLAN}'!$A$4:$A$6,ROW()-3)`);
    expect(unit.getCell("D4").value).toBe(25);
    const overview = wb.getWorksheet(OVERVIEW)!;
    expect(overview.getCell("G1").value).toBe(0.5);
    expect(overview.getCell("G1").numFmt).toBe("0.0%");
    expect(overview.getCell("H1").value).toBe(true);
    expect(overview.getCell("F2").value).toBeNull();
  });

  it("keeps every hostile unit name a string cell, never a formula", async () => {
    const units = wb.getWorksheet(UNITS)!;
    HOSTILE_NAMES.forEach((name, i) => {
      const cell = units.getCell(`B${4 + i}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(name);
    });
    const xml = await sheetXml(UNITS);
    expect(xml).not.toMatch(/<f>/);
  });

  it("writes fonts, fills, alignment, wrapping, per-edge borders and the locked flag", () => {
    const plan = wb.getWorksheet(PLAN)!;
    const header = plan.getCell("B3");
    expect(header.font).toMatchObject({ name: "Times New Roman", bold: true, color: { argb: "FFFFFFFF" } });
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E78" } });
    expect(header.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    // Outline medium on the outer edges, thin inside.
    expect(plan.getCell("A3").border).toMatchObject({ top: { style: "medium" }, left: { style: "medium" }, right: { style: "thin" } });
    expect(plan.getCell("B5").border).toMatchObject({ top: { style: "thin" }, left: { style: "thin" } });
    expect(plan.getCell("C6").border).toMatchObject({ bottom: { style: "medium" }, right: { style: "medium" } });
    const unit = wb.getWorksheet(UNIT_SHEETS[1])!;
    expect(unit.getCell("B4").protection).toMatchObject({ locked: false });
    expect(unit.getCell("E4").protection?.locked).not.toBe(false);
  });

  it("writes column widths, row heights, merges and freeze panes", () => {
    const plan = wb.getWorksheet(PLAN)!;
    expect(plan.getColumn(2).width).toBe(60);
    expect(plan.getRow(1).height).toBe(24);
    expect(plan.getCell("B1").isMerged).toBe(true);
    expect(plan.getCell("B1").master.address).toBe("A1");
    expect(plan.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(wb.getWorksheet(UNIT_SHEETS[0])!.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
  });

  it("writes list, list-reference, date and whole-number validations with prompt and error", () => {
    const unit = wb.getWorksheet(UNIT_SHEETS[0])!;
    const status = unit.getCell("B5").dataValidation;
    expect(status).toMatchObject({ type: "list", formulae: [`'${META}'!$B$5:$B$8`], showInputMessage: true, promptTitle: "Trạng thái", error: "Chỉ chọn trong danh sách" });
    const done = unit.getCell("C6").dataValidation;
    expect(done.type).toBe("date");
    expect((done.formulae[0] as Date).toISOString()).toBe("2019-01-01T00:00:00.000Z");
    expect((done.formulae[1] as Date).toISOString()).toBe("2030-12-31T00:00:00.000Z");
    expect(unit.getCell("D4").dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [0] });
    expect(wb.getWorksheet(UNITS)!.getCell("A7").dataValidation).toMatchObject({ type: "list", formulae: ['"DV001,DV002,Có ""ngoặc"""'] });
  });

  it("writes conditional formats as expression rules in priority order, the first stopping if true", async () => {
    const unit = wb.getWorksheet(UNIT_SHEETS[0])!;
    const formats = (unit as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    const rules = formats.flatMap((cf) => cf.rules.map((rule) => ({ ref: cf.ref, ...rule })));
    expect(rules).toHaveLength(2);
    expect(rules[0]).toMatchObject({ ref: "A4:E6", type: "expression", priority: 1, formulae: ['$E4="Quá hạn"'] });
    expect(rules[1]).toMatchObject({ type: "expression", priority: 2 });
    const xml = await sheetXml(UNIT_SHEETS[0]);
    expect(xml).toMatch(/<cfRule stopIfTrue="1" type="expression"[^>]*priority="1"/);
    expect(xml).not.toMatch(/stopIfTrue="1"[^>]*priority="2"/);
  });

  it("writes each table over its range with column names equal to the header cells", async () => {
    const tables = Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f));
    const byName: Record<string, string> = {};
    for (const file of tables) {
      const xml = await zip.file(file)!.async("string");
      byName[/ name="([^"]+)"/.exec(xml)![1]] = xml;
    }
    expect(Object.keys(byName).sort()).toEqual(["tblDV001", "tblDV002", "tblDonVi", "tblKeHoach"]);
    expect(byName.tblDV001).toMatch(/ref="A3:E6"/);
    expect(byName.tblDonVi).toMatch(/ref="A1:C8"/);
    const names = [...byName.tblDV001.matchAll(/<tableColumn [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const unit = wb.getWorksheet(UNIT_SHEETS[0])!;
    expect(names).toEqual(["A", "B", "C", "D", "E"].map((c) => unit.getCell(`${c}3`).value));
    expect(byName.tblDV001).not.toMatch(/hiddenButton="1"/);
  });

  it("writes internal links to cells of other sheets as locations, not external files", async () => {
    const xml = await sheetXml(UNITS);
    expect(xml).toContain(`<hyperlink ref="C2" location="&apos;${UNIT_SHEETS[0]}&apos;!A1"/>`);
    const unitXml = await sheetXml(UNIT_SHEETS[1]);
    expect(unitXml).toContain(`<hyperlink ref="F1" location="&apos;${UNITS}&apos;!A1" tooltip="Về trang Đơn vị"/>`);
    const rels = Object.keys(zip.files).filter((f) => f.endsWith(".rels"));
    for (const file of rels) expect(await zip.file(file)!.async("string")).not.toContain('TargetMode="External"');
  });

  it("writes print setup: A4, orientation, one page wide, title rows, margins, centred", async () => {
    const plan = wb.getWorksheet(PLAN)!;
    expect(plan.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:3",
      horizontalCentered: true,
    });
    expect(plan.pageSetup.margins).toMatchObject({ top: 0.75, left: 0.7 });
  });

  it("writes tab colours, protection without password allowing sort and filter, and the defined name", async () => {
    expect(wb.getWorksheet(PLAN)!.properties.tabColor).toEqual({ argb: "FF1F4E78" });
    expect(wb.getWorksheet(UNIT_SHEETS[0])!.properties.tabColor).toEqual({ argb: "FF00B050" });
    const protection = (wb.getWorksheet(UNIT_SHEETS[0]) as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, sort: true, autoFilter: true, formatColumns: true });
    expect(protection.insertRows).toBeUndefined();
    expect(protection.hashValue).toBeUndefined();
    expect(wb.definedNames.model).toEqual([{ name: "NgayBaoCao", ranges: [`'${META}'!$B$2`] }]);
  });

  it("adds a clustered bar chart over the sheet's own ranges, declared in the package", async () => {
    const xml = await sheetXml(OVERVIEW);
    const drawingRel = /<drawing r:id="(rId\d+)"\/>/.exec(xml);
    expect(drawingRel).not.toBeNull();
    const chartFiles = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(chartFiles).toHaveLength(1);
    const chart = await zip.file(chartFiles[0])!.async("string");
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(chart).toContain(`<c:f>&apos;${OVERVIEW}&apos;!$B$2:$B$3</c:f>`);
    expect(chart).toContain(`<c:f>&apos;${OVERVIEW}&apos;!$A$2:$A$3</c:f>`);
    expect(chart).toContain("<a:t>Kết quả thực hiện theo đơn vị</a:t>");
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain(`PartName="/${chartFiles[0]}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`);
    // <drawing> sits before <tableParts> and after the page setup, as the schema orders them.
    expect(xml.indexOf("<drawing ")).toBeGreaterThan(xml.indexOf("<pageSetup"));
  });
});
