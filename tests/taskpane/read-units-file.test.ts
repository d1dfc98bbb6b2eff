import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { parsePlanJson } from "../../src/domain/plan-json";
import type { IsoDate } from "../../src/domain/types";
import { parseUnitsCsv } from "../../src/domain/units-csv";
import { buildTracker } from "../../src/engine";
import { XlsxHost } from "../../src/hosts/xlsx";
import { formatProblem } from "../../src/i18n";
import type { PickedFile } from "../../src/taskpane/picked-file";
import { plainValue, readUnitsFile } from "../../src/taskpane/read-units-file";

const ROOT = path.join(__dirname, "..", "..");
const UNITS_CSV = fs.readFileSync(path.join(ROOT, "examples", "units-binh-phuoc.csv"), "utf8");

const picked = (name: string, bytes: Uint8Array | Buffer): PickedFile => ({
  name,
  arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
});

async function xlsxBytes(fill: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("reading a unit list file the user picked", () => {
  it("reads the Đơn vị sheet of another tracker, so one tracker's units can be imported into the next", async () => {
    const plan = parsePlanJson(JSON.parse(fs.readFileSync(path.join(ROOT, "examples", "plan-13-KH-DUK.json"), "utf8")), "plan.json");
    const units = parseUnitsCsv(UNITS_CSV, "units.csv");
    if (!plan.ok || !units.ok) throw new Error("example inputs do not parse");
    const host = XlsxHost.create();
    const built = await buildTracker(host, { plan: plan.value, units: units.value, today: "2019-12-10" as IsoDate });
    expect(built.ok).toBe(true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "units-file-"));
    try {
      const file = path.join(dir, "so-theo-doi.xlsx");
      expect((await host.save(file)).ok).toBe(true);
      const read = await readUnitsFile(picked("so-theo-doi.xlsx", fs.readFileSync(file)));
      if (!read.ok) throw new Error(read.problems.map((p) => formatProblem(p)).join("\n"));
      expect(read.value).toEqual(units.value);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads the first sheet when there is no Đơn vị sheet: links, rich text and formula results as the user sees them", async () => {
    const bytes = await xlsxBytes((wb) => {
      const sheet = wb.addWorksheet("Danh sách");
      sheet.addRow(["code", "name", "kind", "head", "email", "members"]);
      sheet.addRow(["DV1", { richText: [{ text: "Chi bộ " }, { font: { bold: true }, text: "Sở Tư pháp" }] }, "chi bộ", null, { text: "stp@example.vn", hyperlink: "mailto:stp@example.vn" }, { formula: "20+5", result: 25 }]);
      wb.addWorksheet("Khác").addRow(["không phải danh sách"]);
    });
    const read = await readUnitsFile(picked("don-vi.xlsx", bytes));
    expect(read.ok && read.value).toEqual([{ code: "DV1", name: "Chi bộ Sở Tư pháp", kind: "chi bộ", head: null, email: "stp@example.vn", members: 25 }]);
  });

  it("names the file, sheet and cell of each bad value and reads no unit", async () => {
    const bytes = await xlsxBytes((wb) => {
      const sheet = wb.addWorksheet("Đơn vị");
      sheet.addRow(["Mã ĐV", "Tên đơn vị", "Loại", "Bí thư/Người đứng đầu", "Email", "Số đảng viên"]);
      sheet.addRow(["DV1", "=1+1", "chi bộ", null, "sai email", 3]);
    });
    const read = await readUnitsFile(picked("moi.xlsx", bytes));
    expect(read.ok ? [] : read.problems.map((p) => formatProblem(p))).toEqual(['Tệp moi.xlsx, trang tính "Đơn vị", ô E2: địa chỉ email "sai email" không hợp lệ']);
  });

  it("reads a CSV saved by Excel as CSV UTF-8 (with a byte-order mark)", async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(UNITS_CSV, "utf8")]);
    const read = await readUnitsFile(picked("units.CSV", bytes));
    expect(read.ok && read.value).toHaveLength(12);
  });

  it("refuses other files, and a damaged .xlsx, with the file's name", async () => {
    const txt = await readUnitsFile(picked("units.txt", Buffer.from("code,name")));
    expect(!txt.ok && formatProblem(txt.problems[0])).toBe("Tệp units.txt không phải .csv hoặc .xlsx.");
    const broken = await readUnitsFile(picked("hong.xlsx", Buffer.from("PK not really a zip")));
    expect(!broken.ok && broken.problems[0]).toMatchObject({ key: "file.unreadable", params: { file: "hong.xlsx" } });
  });

  it("takes a cell as shown: a date as its calendar day, an error as its code", () => {
    expect(plainValue(new Date(Date.UTC(2019, 11, 20)))).toBe("2019-12-20");
    expect(plainValue({ error: "#N/A" })).toBe("#N/A");
    expect(plainValue({ sharedFormula: "A1", result: "x" })).toBe("x");
    expect(plainValue(undefined)).toBeNull();
  });
});
