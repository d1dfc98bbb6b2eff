import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import type { WorkbookChange } from "../../../src/layout/sheet-spec";
import { HOSTILE_NAMES, META, PLAN, UNIT_SHEETS, UNITS, sampleChange, text } from "./support/sample-change";

async function reopen(host: XlsxHost): Promise<XlsxHost> {
  const opened = await XlsxHost.fromBuffer(await host.toBuffer(), "so-theo-doi.xlsx");
  if (!opened.ok) throw new Error("not opened");
  return opened.value;
}

async function exceljsOf(host: XlsxHost): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await host.toBuffer()) as unknown as ExcelJS.Buffer);
  return wb;
}

async function sampleFile(): Promise<XlsxHost> {
  const host = XlsxHost.create();
  await host.apply(sampleChange());
  return reopen(host);
}

const patch = (name: string, content: Extract<WorkbookChange["ops"][number], { op: "patchSheet" }>["content"]): WorkbookChange => ({
  ops: [{ op: "patchSheet", name, content }],
});

describe("patching a sheet of an opened tracker changes only what the patch names", () => {
  it("keeps a user's typed status and the other cells when one cell is written", async () => {
    const host = await sampleFile();
    await host.apply(patch(UNIT_SHEETS[0], { cells: [{ at: "B5", rows: [[text("Đang thực hiện")]] }] }));
    const after = await reopen(host);
    const read = (await after.snapshot([{ sheet: UNIT_SHEETS[0], range: "A1:D5", formulas: true }])).ranges[0];
    expect(read.values[0][0]).toBe(UNIT_SHEETS[0]);
    expect(read.values[3].slice(1)).toEqual(["Hoàn thành", 43809, 25]);
    expect(read.values[4][1]).toBe("Đang thực hiện");
    expect(read.formulas?.[3][0]).toBe(`=INDEX('${PLAN}'!$A$4:$A$6,ROW()-3)`);
  });

  it("keeps a cell's font and borders when a patch sets only its fill", async () => {
    const host = await sampleFile();
    await host.apply(patch(PLAN, { styles: [{ range: "B3", style: { fill: "#FF0000" } }] }));
    const cell = (await exceljsOf(host)).getWorksheet(PLAN)!.getCell("B3");
    expect(cell.fill).toMatchObject({ fgColor: { argb: "FFFF0000" } });
    expect(cell.font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(cell.border).toMatchObject({ top: { style: "medium" } });
    // Its neighbour with the same style before the patch is untouched (exceljs shares style objects).
    expect((await exceljsOf(host)).getWorksheet(PLAN)!.getCell("A3").fill).toMatchObject({ fgColor: { argb: "FF1F4E78" } });
  });

  it("replaces the conditional formats and the validation of the range it names, and no other", async () => {
    const host = await sampleFile();
    await host.apply(
      patch(UNIT_SHEETS[0], {
        conditionalFormats: [{ range: "A4:E6", formula: '=$E4="Trong hạn"', style: { fill: "#FFEB9C" } }],
        validations: [{ range: "B5", rule: { kind: "list", items: ["Có", "Không"] } }],
      }),
    );
    const ws = (await exceljsOf(host)).getWorksheet(UNIT_SHEETS[0])!;
    const formats = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(formats.flatMap((cf) => cf.rules.map((r) => (r as { formulae: string[] }).formulae[0]))).toEqual(['$E4="Trong hạn"']);
    expect(ws.getCell("B5").dataValidation.formulae).toEqual(['"Có,Không"']);
    expect(ws.getCell("B4").dataValidation.formulae).toEqual([`'${META}'!$B$5:$B$8`]);
    expect(ws.getCell("B6").dataValidation.formulae).toEqual([`'${META}'!$B$5:$B$8`]);
    const zip = await JSZip.loadAsync(await host.toBuffer());
    const sheets = Object.keys(zip.files).filter((f) => /worksheets\/sheet\d+\.xml$/.test(f));
    for (const f of sheets) {
      const sqrefs = [...(await zip.file(f)!.async("string")).matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
      // Disjoint ranges: exceljs's own regrouping of a read file would overlap B4:B6 and B5:B6.
      expect(new Set(sqrefs).size).toBe(sqrefs.length);
      if (sqrefs.includes("B5")) expect(sqrefs.sort()).toEqual(["B4", "B5", "B6", "C4:C6", "D4:D6"]);
    }
  });

  it("keeps links to other sheets when a file is opened and saved again", async () => {
    const host = await sampleFile();
    await host.apply(patch(UNITS, { cells: [{ at: "B2", rows: [[text("Chi bộ Văn phòng Đảng ủy")]] }] }));
    const zip = await JSZip.loadAsync(await (await reopen(host)).toBuffer());
    const all = await Promise.all(Object.keys(zip.files).filter((f) => /worksheets\/sheet\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async("string")));
    const locations = all.flatMap((xml) => [...xml.matchAll(/<hyperlink [^>]*location="([^"]+)"/g)].map((m) => m[1]));
    expect(locations.sort()).toEqual([`&apos;${UNIT_SHEETS[0]}&apos;!A1`, `&apos;${UNIT_SHEETS[1]}&apos;!A1`, `&apos;${UNITS}&apos;!A1`, `&apos;${UNITS}&apos;!A1`].sort());
  });

  it("replaces a table named again on its sheet, over the new range", async () => {
    const host = await sampleFile();
    await host.apply(
      patch(UNIT_SHEETS[0], {
        cells: [{ at: "A7", rows: [[text("NV04"), text(""), { kind: "blank" }, { kind: "blank" }, { kind: "blank" }]] }],
        tables: [{ name: "tblDV001", range: "A3:E7" }],
      }),
    );
    const zip = await JSZip.loadAsync(await host.toBuffer());
    const tables = await Promise.all(Object.keys(zip.files).filter((f) => /tables\/table\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async("string")));
    const dv001 = tables.filter((xml) => xml.includes('name="tblDV001"'));
    expect(dv001).toHaveLength(1);
    expect(dv001[0]).toMatch(/ref="A3:E7"/);
  });

  it("renames a sheet without rewriting formulas that name it (exceljs does not; Excel would)", async () => {
    const host = await sampleFile();
    await host.apply({ ops: [{ op: "renameSheet", from: UNIT_SHEETS[0], to: "Chi bộ VP" }] });
    const snapshot = await host.snapshot([{ sheet: "Tổng quan", range: "B2", formulas: true }]);
    expect(snapshot.sheets.map((s) => s.name)).toContain("Chi bộ VP");
    expect(snapshot.ranges[0].formulas).toEqual([[`=COUNTIF('${UNIT_SHEETS[0]}'!E4:E6,"Hoàn thành")`]]);
  });

  it("deletes a sheet with the defined names that pointed at it", async () => {
    const host = await sampleFile();
    await host.apply({ ops: [{ op: "deleteSheet", name: META }] });
    const wb = await exceljsOf(host);
    expect(wb.getWorksheet(META)).toBeUndefined();
    expect(wb.definedNames.model).toEqual([]);
  });

  it("keeps hostile texts as text after a round trip through the file", async () => {
    const host = await sampleFile();
    const read = (await host.snapshot([{ sheet: UNITS, range: `B4:B${3 + HOSTILE_NAMES.length}`, formulas: true }])).ranges[0];
    expect(read.values.map((row) => row[0])).toEqual(HOSTILE_NAMES);
    const ws = (await exceljsOf(host)).getWorksheet(UNITS)!;
    HOSTILE_NAMES.forEach((_name, i) => expect(ws.getCell(`B${4 + i}`).type).toBe(ExcelJS.ValueType.String));
  });
});
