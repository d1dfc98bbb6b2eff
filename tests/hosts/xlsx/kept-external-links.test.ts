/**
 * A formula reading another workbook ("[1]Sheet1!$A$1") keeps working through the host: the
 * link part, with the other file's path and the values it last read, is written back and listed
 * in the workbook, and LibreOffice shows the value the link holds.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { recalculatedWorkbooks } from "../../support/libreoffice";
import { packageProblems } from "./support/package-check";
import { PLAN, openXlsx, sampleChange, text } from "./support/sample-change";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const LINKED = "Báo cáo của Huyện ủy";

/** The sample tracker with a link to "bao-cao-huyen.xlsx", whose A1 last read LINKED, and a formula in the plan sheet's H2 reading it. */
async function withExternalLink(): Promise<Buffer> {
  const host = XlsxHost.create();
  await host.apply(sampleChange());
  await host.apply({ ops: [{ op: "patchSheet", name: PLAN, content: { cells: [{ at: "H2", rows: [[{ kind: "formula", formula: "1" }]] }] } }] });
  const zip = await JSZip.loadAsync(await host.toBuffer());
  zip.file(
    "xl/externalLinks/externalLink1.xml",
    `<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1" t="str"><v>${LINKED}</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
  );
  zip.file("xl/externalLinks/_rels/externalLink1.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/externalLinkPath" Target="bao-cao-huyen.xlsx" TargetMode="External"/></Relationships>`);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rId900" Type="${REL}/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>`));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", workbook.replace("</sheets>", '</sheets><externalReferences><externalReference r:id="rId900"/></externalReferences>'));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>'));
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const linked = sheet.replace(/<c r="H2"[^>]*>[\s\S]*?<\/c>/, `<c r="H2" t="str"><f>[1]Sheet1!$A$1</f><v>${LINKED}</v></c>`);
  expect(linked).not.toBe(sheet);
  zip.file("xl/worksheets/sheet1.xml", linked);
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("links to other workbooks", () => {
  let saved: Buffer;
  beforeAll(async () => {
    const opened = await openXlsx(await withExternalLink());
    await opened.apply({ ops: [{ op: "patchSheet", name: PLAN, content: { cells: [{ at: "A2", rows: [[text("Ghi chú")]] }] } }] });
    saved = await opened.toBuffer();
  });

  it("writes the link part back, listed in the workbook, with the other file's path, in a consistent package", async () => {
    const zip = await JSZip.loadAsync(saved);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    const id = /<externalReferences><externalReference r:id="(rId\d+)"\/><\/externalReferences>/.exec(workbook)?.[1];
    expect(id).toBeDefined();
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]*)"[^>]*Id="${id}"`).exec(rels)?.[1];
    const link = await zip.file(`xl/${target}`)!.async("string");
    expect(link).toContain(`<v>${LINKED}</v>`);
    const linkRels = await zip.file(`xl/${target!.replace(/([^/]+)$/, "_rels/$1.rels")}`)!.async("string");
    expect(linkRels).toContain('Target="bao-cao-huyen.xlsx" TargetMode="External"');
    expect(await packageProblems(saved)).toEqual([]);
  });

  it("shows in LibreOffice the value the link holds", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "external-link-"));
    try {
      const file = path.join(dir, "sotheodoi.xlsx");
      await fs.writeFile(file, saved);
      const plan = (await recalculatedWorkbooks([file])).get(file)![PLAN];
      expect(plan[1][7]).toBe(LINKED);
      expect(plan[1][0]).toBe("Ghi chú");
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
