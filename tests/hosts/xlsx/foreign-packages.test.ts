/**
 * Packages other writers lay out in ways exceljs does not expect (openpyxl, Apple Numbers,
 * Tencent Office, hand-made names): the host opens them, keeps what they hold, or refuses them
 * with a message naming what it cannot keep, before anything is written.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { t } from "../../../src/i18n";
import { PLAN, UNIT_SHEETS, openXlsx, sampleFile, text } from "./support/sample-change";
import { addUserDrawing } from "./support/user-drawing";

const UNIT = UNIT_SHEETS[0];
const CHART_TITLE = "Số CB, ĐV tham gia theo nhiệm vụ";

async function rewrite(buffer: Buffer, edit: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  await edit(zip);
  return zip.generateAsync({ type: "nodebuffer" });
}

async function partsMatching(buffer: Buffer, pattern: RegExp): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files).filter((name) => pattern.test(name));
  return Promise.all(names.map((name) => zip.file(name)!.async("string")));
}

describe("packages laid out by other writers", () => {
  it("keeps a chart whose drawing part uses the default namespace instead of xdr: (openpyxl writes it so)", async () => {
    const withChart = await addUserDrawing(await sampleFile(), {
      sheet: UNIT,
      top: 8,
      chart: { name: "Biểu đồ của tôi", title: CHART_TITLE, seriesName: `'${UNIT}'!$D$3`, categories: `'${UNIT}'!$A$4:$A$6`, values: `'${UNIT}'!$D$4:$D$6` },
    });
    const unprefixed = await rewrite(withChart, async (zip) => {
      for (const name of Object.keys(zip.files).filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))) {
        const xml = await zip.file(name)!.async("string");
        zip.file(name, xml.replace(/<(\/?)xdr:/g, "<$1").replace("xmlns:xdr=", "xmlns="));
      }
    });
    const host = await openXlsx(unprefixed);
    await host.apply({ ops: [{ op: "patchSheet", name: PLAN, content: { cells: [{ at: "A2", rows: [[text("Ghi chú của người dùng")]] }] } }] });
    const saved = await host.toBuffer();
    expect((await partsMatching(saved, /^xl\/charts\/chart\d+\.xml$/)).some((xml) => xml.includes(CHART_TITLE))).toBe(true);
  });
});

/** A CFB container's first sector ([MS-CFB]): the signature, then a directory entry naming `stream` (UTF-16LE). */
function cfb(stream: string): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  return Buffer.concat([header, Buffer.from("Root Entry", "utf16le"), Buffer.alloc(22), Buffer.from(stream, "utf16le"), Buffer.alloc(64)]);
}

async function openProblem(bytes: Buffer): Promise<string> {
  const opened = await XlsxHost.fromBuffer(bytes, "so-theo-doi.xlsx");
  if (opened.ok) throw new Error("opened");
  return opened.problems.map((p) => t(p.key, p.params, "vi")).join("; ");
}

describe("files that are not .xlsx workbooks", () => {
  it("names a 0-byte file, an Excel 97 workbook, an encrypted workbook and an OpenDocument spreadsheet for what they are", async () => {
    expect(await openProblem(Buffer.alloc(0))).toBe("Tệp so-theo-doi.xlsx rỗng (0 byte): không phải là sổ tính Excel (.xlsx)");
    expect(await openProblem(cfb("Workbook"))).toContain("Tệp so-theo-doi.xlsx là sổ tính Excel 97–2003 (.xls)");
    expect(await openProblem(Buffer.concat([cfb("EncryptionInfo"), Buffer.from("EncryptedPackage", "utf16le")]))).toContain("Tệp so-theo-doi.xlsx được bảo vệ bằng mật khẩu");
    const ods = new JSZip();
    ods.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    ods.file("content.xml", "<office:document-content/>");
    expect(await openProblem(await ods.generateAsync({ type: "nodebuffer" }))).toContain("là bảng tính OpenDocument (.ods)");
  });

  it("names a Strict Open XML workbook for what it is", async () => {
    const strict = await rewrite(await sampleFile(), async (zip) => {
      const xml = await zip.file("xl/workbook.xml")!.async("string");
      zip.file("xl/workbook.xml", xml.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"));
    });
    expect(await openProblem(strict)).toContain("Tệp so-theo-doi.xlsx được lưu theo định dạng Strict Open XML");
  });

  it("names the sheet whose part is missing from the package", async () => {
    const damaged = await rewrite(await sampleFile(), async (zip) => {
      zip.remove("xl/worksheets/sheet1.xml");
    });
    expect(await openProblem(damaged)).toBe(`Tệp so-theo-doi.xlsx bị hỏng: trang tính "${PLAN}" không có phần dữ liệu (xl/worksheets/sheet1.xml)`);
  });
});

describe("worksheet parts under other names", () => {
  it("reads a sheet whose part is not named sheet<n>.xml (Apple Numbers writes worksheets/sheet.xml)", async () => {
    const renamed = await rewrite(await sampleFile(), async (zip) => {
      zip.file("xl/worksheets/sheet.xml", await zip.file("xl/worksheets/sheet1.xml")!.async("uint8array"));
      zip.remove("xl/worksheets/sheet1.xml");
      const rels = zip.file("xl/worksheets/_rels/sheet1.xml.rels");
      if (rels) {
        zip.file("xl/worksheets/_rels/sheet.xml.rels", await rels.async("uint8array"));
        zip.remove("xl/worksheets/_rels/sheet1.xml.rels");
      }
      const wbRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
      zip.file("xl/_rels/workbook.xml.rels", wbRels.replace('Target="worksheets/sheet1.xml"', 'Target="worksheets/sheet.xml"'));
    });
    const original = await (await openXlsx(await sampleFile())).snapshot([{ sheet: PLAN }]);
    const host = await openXlsx(renamed);
    const read = await host.snapshot([{ sheet: PLAN }]);
    expect(read.sheets.map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
    expect(read.ranges[0].values).toEqual(original.ranges[0].values);
  });
});

describe("what the host cannot write back", () => {
  it("refuses to save a workbook with form controls, naming their sheet", async () => {
    const withControl = await rewrite(await sampleFile(), async (zip) => {
      zip.file("xl/ctrlProps/ctrlProp1.xml", '<formControlPr xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" objectType="CheckBox" checked="Checked"/>');
      const relsPath = "xl/worksheets/_rels/sheet1.xml.rels";
      const rels = (await zip.file(relsPath)?.async("string")) ?? '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
      zip.file(relsPath, rels.replace("</Relationships>", '<Relationship Id="rId902" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/ctrlProp" Target="../ctrlProps/ctrlProp1.xml"/></Relationships>'));
    });
    const saved = await (await openXlsx(withControl)).save("/nonexistent-folder/so-theo-doi.xlsx");
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(t(saved.problems[0].key, saved.problems[0].params, "vi")).toContain(`Trang "${PLAN}" của tệp /nonexistent-folder/so-theo-doi.xlsx có nút điều khiển biểu mẫu`);
  });

  it("refuses to save a workbook with macros", async () => {
    const withMacros = await rewrite(await sampleFile(), async (zip) => {
      zip.file("xl/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
      const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
      zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", '<Relationship Id="rId903" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
    });
    const saved = await (await openXlsx(withMacros)).save("/nonexistent-folder/so-theo-doi.xlsm");
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(t(saved.problems[0].key, saved.problems[0].params, "vi")).toContain("Tệp /nonexistent-folder/so-theo-doi.xlsm có macro (VBA)");
  });

  it("refuses to save a workbook with a pivot table, naming its sheet", async () => {
    const withPivot = await rewrite(await sampleFile(), async (zip) => {
      zip.file("xl/pivotTables/pivotTable1.xml", '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="PivotTable1"/>');
      const relsPath = "xl/worksheets/_rels/sheet1.xml.rels";
      const rels = (await zip.file(relsPath)?.async("string")) ?? '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
      zip.file(relsPath, rels.replace("</Relationships>", '<Relationship Id="rId901" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>'));
    });
    const host = await openXlsx(withPivot);
    const saved = await host.save("/nonexistent-folder/so-theo-doi.xlsx");
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(t(saved.problems[0].key, saved.problems[0].params, "vi")).toContain(`có bảng tổng hợp (PivotTable) trên trang "${PLAN}"`);
  });
});

describe("comments, their shapes and tables under other names (openpyxl's layout)", () => {
  it("keeps a note and a table whose parts have other names and absolute targets", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kết quả");
    ws.addTable({ name: "Bang_KetQua", ref: "A1", columns: [{ name: "Đơn vị" }, { name: "Số lượng" }], rows: [["Chi bộ Văn phòng", 12], ["Chi bộ Y tế", 20]] });
    ws.getCell("D1").value = "Ghi chú";
    ws.getCell("D1").note = "Số liệu do chi bộ tự báo cáo";
    const source = await rewrite(Buffer.from(await wb.xlsx.writeBuffer()), async (zip) => {
      const moves: [string, string][] = [
        ["xl/comments1.xml", "xl/comments/comment1.xml"],
        ["xl/drawings/vmlDrawing1.vml", "xl/drawings/commentsDrawing1.vml"],
        ["xl/tables/table1.xml", "xl/tables/BangKetQua.xml"],
      ];
      let rels = await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string");
      let types = await zip.file("[Content_Types].xml")!.async("string");
      for (const [from, to] of moves) {
        zip.file(to, await zip.file(from)!.async("uint8array"));
        zip.remove(from);
        rels = rels.replace(/Target="[^"]*"/g, (attr) => (attr.endsWith(`${from.replace(/^xl\//, "")}"`) ? `Target="/${to}"` : attr));
        types = types.replace(`/${from}"`, `/${to}"`);
      }
      zip.file("xl/worksheets/_rels/sheet1.xml.rels", rels);
      zip.file("[Content_Types].xml", types);
    });
    expect(await partsMatching(source, /^xl\/comments\d+\.xml$/)).toEqual([]);
    const host = await openXlsx(source);
    await host.apply({ ops: [{ op: "addSheet", sheet: { name: PLAN, cells: [{ at: "A1", rows: [[text("Kế hoạch 13-KH/ĐUK")]] }] } }] });
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await host.toBuffer()) as never);
    const sheet = reread.getWorksheet("Kết quả")!;
    expect(sheet.getCell("D1").note).toBe("Số liệu do chi bộ tự báo cáo");
    expect(Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["Bang_KetQua"]);
  });
});

describe("comments exceljs would drop", () => {
  it("keeps a comment on an empty cell, and one whose text is a plain <t> rather than runs", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Số liệu");
    ws.getCell("A1").value = "Đơn vị";
    ws.getCell("A1").note = "Tiêu đề cột";
    ws.getCell("C5").value = "tạm";
    ws.getCell("C5").note = "Ô để trống, chờ số liệu";
    const source = await rewrite(Buffer.from(await wb.xlsx.writeBuffer()), async (zip) => {
      // The cell becomes empty (Excel keeps its comment), and the first comment's text a plain <t>.
      const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      zip.file("xl/worksheets/sheet1.xml", sheet.replace(/<c r="C5"[^>]*>[\s\S]*?<\/c>/, ""));
      const comments = await zip.file("xl/comments1.xml")!.async("string");
      zip.file("xl/comments1.xml", comments.replace(/<text>[\s\S]*?Tiêu đề cột[\s\S]*?<\/text>/, '<text><t xml:space="preserve">Tiêu đề cột</t></text>'));
    });
    const host = await openXlsx(source);
    await host.apply({ ops: [{ op: "addSheet", sheet: { name: PLAN, cells: [{ at: "A1", rows: [[text("Kế hoạch")]] }] } }] });
    const saved = await host.toBuffer();
    // Read from the comments part: exceljs itself would not show a comment on an empty cell.
    const comments = (await partsMatching(saved, /^xl\/comments\d+\.xml$/)).join("");
    const texts = [...comments.matchAll(/<comment\b[^>]*\sref="([A-Z]+\d+)"[^>]*>([\s\S]*?)<\/comment>/g)].map((m) => `${m[1]}: ${[...m[2].matchAll(/<t\b[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join("")}`);
    expect(texts).toEqual(["A1: Tiêu đề cột", "C5: Ô để trống, chờ số liệu"]);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(saved as never);
    expect(reread.getWorksheet("Số liệu")!.getCell("A1").value).toBe("Đơn vị");
    expect(reread.getWorksheet("Số liệu")!.getCell("C5").value).toBeNull();
  });
});

describe("sparklines", () => {
  it("keeps a sheet's sparkline groups, which exceljs drops", async () => {
    const sparklines =
      '<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries theme="6"/>' +
      `<x14:sparklines><x14:sparkline><xm:f>'${PLAN}'!B4:E4</xm:f><xm:sqref>F4</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>`;
    const source = await rewrite(await sampleFile(), async (zip) => {
      const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      zip.file("xl/worksheets/sheet1.xml", sheet.includes("</extLst>") ? sheet.replace("</extLst>", `${sparklines}</extLst>`) : sheet.replace("</worksheet>", `<extLst>${sparklines}</extLst></worksheet>`));
    });
    const host = await openXlsx(source);
    await host.apply({ ops: [{ op: "patchSheet", name: PLAN, content: { cells: [{ at: "A2", rows: [[text("Ghi chú")]] }] } }] });
    const [sheet] = await partsMatching(await host.toBuffer(), /^xl\/worksheets\/sheet1\.xml$/);
    expect(sheet).toContain(sparklines);
    expect(sheet.indexOf(sparklines)).toBeGreaterThan(sheet.indexOf("<extLst>"));
    expect(sheet.indexOf(sparklines)).toBeLessThan(sheet.indexOf("</extLst>"));
  });
});

describe("SpreadsheetML with a prefix on every element (Tencent Office)", () => {
  it("reads and keeps the cells of a workbook whose parts write <x:worksheet xmlns:x=…>", async () => {
    const plain = await sampleFile();
    const prefixed = await rewrite(plain, async (zip) => {
      for (const name of ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"]) {
        const xml = await zip.file(name)!.async("string");
        zip.file(
          name,
          xml
            .replace(/<(\/?)(?![?!])(?![\w.-]+:)([\w.-]+)/g, "<$1x:$2")
            .replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'),
        );
      }
      expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toContain("<x:sheetData>");
    });
    const expected = await (await openXlsx(plain)).snapshot([{ sheet: PLAN }]);
    const host = await openXlsx(prefixed);
    const read = await host.snapshot([{ sheet: PLAN }]);
    expect(read.sheets).toEqual(expected.sheets);
    expect(read.ranges[0].values).toEqual(expected.ranges[0].values);
    await host.apply({ ops: [{ op: "patchSheet", name: PLAN, content: { cells: [{ at: "A2", rows: [[text("Ghi chú")]] }] } }] });
    const again = await (await openXlsx(await host.toBuffer())).snapshot([{ sheet: PLAN, range: "A1:A2" }]);
    expect(again.ranges[0].values).toEqual([[expected.ranges[0].values[0][0]], ["Ghi chú"]]);
  });
});
