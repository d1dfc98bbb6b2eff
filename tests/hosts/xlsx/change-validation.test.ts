import fc from "fast-check";
import JSZip from "jszip";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { WorkbookChangeRejected } from "../../../src/hosts/xlsx/change-rejected";
import { sheetNameProblem } from "../../../src/layout/excel-rules";
import { formatProblem } from "../../../src/i18n/format-problem";
import type { WorkbookChange } from "../../../src/layout/sheet-spec";
import { text } from "./support/sample-change";
import { propertyRuns } from "../../support/property-runs";

async function hostWithUnits(): Promise<XlsxHost> {
  const host = XlsxHost.create();
  await host.apply({
    ops: [
      { op: "addSheet", sheet: { name: "Đơn vị", cells: [{ at: "A1", rows: [[text("Mã ĐV"), text("Tên")], [text("DV001"), text("Chi bộ A")]] }], tables: [{ name: "tblDonVi", range: "A1:B2" }] } },
      { op: "addSheet", sheet: { name: "_meta", visibility: "veryHidden" } },
    ],
  });
  return host;
}

/** Every part of the saved package as text (the zip's own time stamps aside). */
async function partsOf(host: XlsxHost): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await host.toBuffer());
  const parts: Record<string, string> = {};
  for (const file of Object.values(zip.files)) if (!file.dir) parts[file.name] = await file.async("string");
  return parts;
}

async function rejectedKeys(host: XlsxHost, change: WorkbookChange): Promise<string[]> {
  const before = await partsOf(host);
  const result = await host.tryApply(change);
  expect(result.ok).toBe(false);
  // Nothing was written: every part of the workbook is what it was.
  expect(await partsOf(host)).toEqual(before);
  return result.ok ? [] : result.problems.map((p) => p.key);
}

const add = (name: string): WorkbookChange => ({
  ops: [
    { op: "addSheet", sheet: { name: "Hợp lệ", cells: [{ at: "A1", rows: [[text("đã ghi")]] }] } },
    { op: "addSheet", sheet: { name } },
  ],
});

describe("a change that breaks Excel's rules is refused before anything is written", () => {
  it.each([
    ["a name longer than 31 characters", "Đảng bộ cơ sở Công ty Cổ phần Cao su", "excel.sheetName.tooLong"],
    ["a colon", "Báo cáo: Quý IV", "excel.sheetName.forbiddenChar"],
    ["a slash", "BC 12/2019", "excel.sheetName.forbiddenChar"],
    ["a backslash", "A\\B", "excel.sheetName.forbiddenChar"],
    ["a question mark", "Ai?", "excel.sheetName.forbiddenChar"],
    ["an asterisk", "Tất cả*", "excel.sheetName.forbiddenChar"],
    ["a bracket", "[Nháp]", "excel.sheetName.forbiddenChar"],
    ["a leading apostrophe", "'Chi bộ", "excel.sheetName.quoteAtEdge"],
    ["a trailing apostrophe", "Chi bộ'", "excel.sheetName.quoteAtEdge"],
    ["the reserved History", "history", "excel.sheetName.reserved"],
    ["an empty name", "", "excel.sheetName.empty"],
    ["a name taken ignoring case, Vietnamese letters too", "ĐƠN VỊ", "excel.sheetName.duplicate"],
  ])("refuses %s", async (_what, name, key) => {
    expect(await rejectedKeys(await hostWithUnits(), add(name))).toEqual([key]);
  });

  it("throws WorkbookChangeRejected from apply, with a Vietnamese message naming the sheet", async () => {
    const host = await hostWithUnits();
    const error = await host.apply(add("BC 12/2019")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookChangeRejected);
    expect(formatProblem((error as WorkbookChangeRejected).problems[0])).toContain('Tên trang tính "BC 12/2019" chứa ký tự /');
  });

  it("refuses ops on missing sheets, unknown templates, taken table names and overlapping merges", async () => {
    const host = await hostWithUnits();
    const keys = await rejectedKeys(host, {
      ops: [
        { op: "patchSheet", name: "Không có", content: {} },
        { op: "copySheet", copy: { template: "Đơn vị", name: "Bản sao", tableNames: [], content: {} } },
        { op: "addSheet", sheet: { name: "Mới", cells: [{ at: "A1", rows: [[text("x")]] }], tables: [{ name: "TBLDONVI", range: "A1:A2" }], merges: ["A1:B2", "B2:C3"] } },
        { op: "addSheet", sheet: { name: "Bảng", tables: [{ name: "A1", range: "A1:B2" }, { name: "Có dấu cách", range: "D1:E2" }] } },
        { op: "defineNames", names: [{ name: "NgayBaoCao", refersTo: "=TODAY()" }, { name: "R1C1", refersTo: "='_meta'!$A$1" }] },
      ],
    });
    expect(keys).toEqual([
      "excel.sheet.missing",
      "excel.template.tableNames",
      "excel.merge.overlap",
      "excel.table.nameDuplicate",
      "excel.table.nameInvalid",
      "excel.table.nameInvalid",
      "excel.name.notRange",
      "excel.name.invalid",
    ]);
  });

  it("refuses to hide or delete the last visible sheet, or to activate a hidden one", async () => {
    const host = await hostWithUnits();
    expect(await rejectedKeys(host, { ops: [{ op: "patchSheet", name: "Đơn vị", content: { visibility: "hidden" } }] })).toEqual(["excel.sheet.lastVisible"]);
    expect(await rejectedKeys(host, { ops: [{ op: "deleteSheet", name: "Đơn vị" }] })).toEqual(["excel.sheet.lastVisible"]);
    expect(await rejectedKeys(host, { ops: [{ op: "activateSheet", name: "_meta" }] })).toEqual(["excel.sheet.activateHidden"]);
  });

  it("accepts a rename that only changes case, and a name freed earlier in the same change", async () => {
    const host = await hostWithUnits();
    await host.apply({
      ops: [
        { op: "renameSheet", from: "Đơn vị", to: "ĐƠN VỊ" },
        { op: "addSheet", sheet: { name: "Tạm" } },
        { op: "deleteSheet", name: "Tạm" },
        { op: "addSheet", sheet: { name: "tạm" } },
      ],
    });
    expect((await host.snapshot([])).sheets.map((s) => s.name)).toEqual(["ĐƠN VỊ", "_meta", "tạm"]);
  });

  it("accepts every name Excel accepts, and the file keeps it exactly", async () => {
    const nameChar = fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠĐỨỪỬỮỰ 0123456789-_.,()'&!#%+=@~".split(""));
    const validName = fc
      .array(nameChar, { minLength: 1, maxLength: 31 })
      .map((chars) => chars.join(""))
      .filter((name) => sheetNameProblem(name) === null);
    await fc.assert(
      fc.asyncProperty(validName, async (name) => {
        const host = XlsxHost.create();
        await host.apply({ ops: [{ op: "addSheet", sheet: { name, cells: [{ at: "A1", rows: [[text(name)]] }] } }] });
        const reopened = await XlsxHost.fromBuffer(await host.toBuffer(), "x.xlsx");
        if (!reopened.ok) return false;
        const snapshot = await reopened.value.snapshot([{ sheet: name, range: "A1" }]);
        return snapshot.sheets[0].name === name && snapshot.ranges[0].values[0][0] === name;
      }),
      { numRuns: propertyRuns(60, 15) },
    );
  });
});
