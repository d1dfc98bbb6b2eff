/**
 * Defined names exceljs cannot carry (constants, formulas, broken references, names scoped to
 * a sheet, hidden names) come back from the host as the file had them, scoped to the same sheet
 * after the tracker adds and renames sheets.
 */
import JSZip from "jszip";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { PLAN, UNIT_SHEETS, openXlsx, sampleChange, text } from "./support/sample-change";

const UNIT = UNIT_SHEETS[0];

async function withNames(names: string): Promise<Buffer> {
  const host = XlsxHost.create();
  await host.apply(sampleChange());
  const zip = await JSZip.loadAsync(await host.toBuffer());
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", xml.includes("</definedNames>") ? xml.replace("</definedNames>", `${names}</definedNames>`) : xml.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`));
  return zip.generateAsync({ type: "nodebuffer" });
}

async function definedNames(buffer: Buffer): Promise<{ sheets: string[]; names: string[] }> {
  const xml = await (await JSZip.loadAsync(buffer)).file("xl/workbook.xml")!.async("string");
  const sheets = [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
  const names = [...xml.matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]);
  return { sheets, names };
}

describe("defined names exceljs cannot carry", () => {
  it("keeps a constant, a text, a broken reference and a hidden formula as the file had them", async () => {
    const names =
      '<definedName name="NguongDat">0.8</definedName>' +
      '<definedName name="foo">"OFFSET($A$10;0;0;0;1)"</definedName>' +
      '<definedName name="TenHong">#REF!</definedName>' +
      '<definedName name="_xlnm._FilterDatabase" hidden="1">\'Kế hoạch\'!$A$1:$C$9,\'Kế hoạch\'!$E$1</definedName>' +
      '<definedName name="HaiO">SUM(\'Kế hoạch\'!$A$1:$A$2)</definedName>';
    const host = await openXlsx(await withNames(names));
    await host.apply({ ops: [{ op: "patchSheet", name: PLAN, content: { cells: [{ at: "A2", rows: [[text("Ghi chú")]] }] } }] });
    const { names: saved } = await definedNames(await host.toBuffer());
    expect(saved).toEqual(
      expect.arrayContaining([
        '<definedName name="NguongDat">0.8</definedName>',
        '<definedName name="foo">&quot;OFFSET($A$10;0;0;0;1)&quot;</definedName>',
        '<definedName name="TenHong">#REF!</definedName>',
        '<definedName name="_xlnm._FilterDatabase" hidden="1">&apos;Kế hoạch&apos;!$A$1:$C$9,&apos;Kế hoạch&apos;!$E$1</definedName>',
        '<definedName name="HaiO">SUM(&apos;Kế hoạch&apos;!$A$1:$A$2)</definedName>',
      ]),
    );
  });

  it("keeps a name scoped to a sheet on that sheet when sheets are added before it and it is renamed", async () => {
    const source = await withNames("");
    const before = await definedNames(source);
    const index = before.sheets.indexOf(UNIT);
    const host = await openXlsx(await withNames(`<definedName name="HeSo" localSheetId="${index}">'${UNIT}'!$B$1</definedName>`));
    await host.apply({
      ops: [
        { op: "addSheet", sheet: { name: "Trang mới", cells: [{ at: "A1", rows: [[text("Mới")]] }] } },
        { op: "orderSheets", names: ["Trang mới"] },
        { op: "renameSheet", from: UNIT, to: "CB Văn phòng (mới)" },
      ],
    });
    const after = await definedNames(await host.toBuffer());
    const at = after.sheets.indexOf("CB Văn phòng (mới)");
    expect(at).toBe(index + 1);
    expect(after.names).toContain(`<definedName name="HeSo" localSheetId="${at}">&apos;CB Văn phòng (mới)&apos;!$B$1</definedName>`);
  });

  it("opens a file whose print area is a broken reference, and keeps it", async () => {
    const host = await openXlsx(await withNames('<definedName name="_xlnm.Print_Area" localSheetId="0">#REF!</definedName>'));
    const { names } = await definedNames(await host.toBuffer());
    expect(names).toContain('<definedName name="_xlnm.Print_Area" localSheetId="0">#REF!</definedName>');
  });

  it("lets the tracker's definition of a name win over a kept one of the same name", async () => {
    const host = await openXlsx(await withNames('<definedName name="KeHoach_Ma">#REF!</definedName>'));
    await host.apply({ ops: [{ op: "defineNames", names: [{ name: "KeHoach_Ma", refersTo: `'${PLAN}'!$B$2` }] }] });
    const { names } = await definedNames(await host.toBuffer());
    expect(names.filter((n) => n.includes('name="KeHoach_Ma"'))).toEqual([`<definedName name="KeHoach_Ma">&apos;${PLAN}&apos;!$B$2</definedName>`]);
  });
});

describe("print areas and titles", () => {
  it("leaves the tracker's own print titles and areas (whole rows, mixed references) to the sheets' page setup: each once, as before", async () => {
    const source = await withNames("");
    const before = (await definedNames(source)).names.filter((n) => n.includes('name="_xlnm.Print_'));
    expect(before.length).toBeGreaterThan(0);
    const host = await openXlsx(source);
    await host.apply({ ops: [{ op: "patchSheet", name: PLAN, content: { cells: [{ at: "A2", rows: [[text("Ghi chú")]] }] } }] });
    const after = (await definedNames(await host.toBuffer())).names.filter((n) => n.includes('name="_xlnm.Print_'));
    expect(after.sort()).toEqual(before.sort());
  });
});
