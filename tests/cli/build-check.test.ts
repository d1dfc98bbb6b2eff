import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { CheckReport } from "../../src/domain/tracker-check";
import { cli } from "./support/run-cli";

const examples = path.join(__dirname, "../../examples");
const plan = path.join(examples, "plan-13-KH-DUK.json");
const units = path.join(examples, "units-binh-phuoc.csv");

describe("plan-tracker build and check", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "cli-"));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it("builds the demo tracker, then checks it: the twelve units are late on NV05 after 20/12/2019", async () => {
    const out = path.join(dir, "tracker.xlsx");
    const built = await cli("build", "--plan", plan, "--units", units, "--out", out, "--today", "2019-12-16");
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    expect(built.stdout).toContain("Đã tạo sổ theo dõi");

    const before = await cli("check", out, "--as-of", "2019-12-16", "--json");
    const early = JSON.parse(before.stdout) as CheckReport;
    expect(early.units).toHaveLength(12);
    expect(early.lateUnits).toEqual([]);
    expect(early.rows.find((r) => r.unit === "DV001" && r.task === "NV05")?.result).toBe("Sắp đến hạn");

    const after = await cli("check", out, "--as-of", "2019-12-23");
    expect(after.code).toBe(0);
    expect(after.stdout).toContain("Kiểm tra hạn ngày 23/12/2019: 12 đơn vị");
    expect(after.stdout).toContain("12 đơn vị quá hạn");
    expect(after.stdout).toContain("DV010  Chi bộ Ngân hàng Nhà nước Việt Nam, Chi nhánh tỉnh Bình Phước: NV05 (+3)");
  });

  it("rebuilding the same file with the same input reports nothing added", async () => {
    const out = path.join(dir, "tracker.xlsx");
    await cli("build", "--plan", plan, "--units", units, "--out", out, "--today", "2019-12-16");
    const again = await cli("build", "--plan", plan, "--units", units, "--out", out, "--today", "2019-12-16");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Đã cập nhật sổ theo dõi");
    expect(again.stdout).not.toContain("Đã thêm");
  });

  it("keeps the tracker's columns and settings when a later plan asks for others, and says so", async () => {
    const out = path.join(dir, "tracker.xlsx");
    await cli("build", "--plan", plan, "--units", units, "--out", out, "--today", "2019-12-16");
    const later = JSON.parse(await fs.readFile(plan, "utf8"));
    later.measures = [{ key: "attended", label: "Số người dự", kind: "number" }];
    later.settings = { dueSoonDays: 3 };
    const laterFile = path.join(dir, "plan-later.json");
    await fs.writeFile(laterFile, JSON.stringify(later));
    const again = await cli("build", "--plan", laterFile, "--units", units, "--out", out, "--today", "2019-12-16");
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Kế hoạch mới có các chỉ tiêu "Số người dự" nhưng sổ theo dõi giữ nguyên các cột đã có');
    expect(again.stderr).toContain("Số ngày báo trước trên trang Kế hoạch được giữ nguyên");
    const check = JSON.parse((await cli("check", out, "--as-of", "2019-12-16", "--json")).stdout) as CheckReport;
    // Still the sheet's 7-day window: NV05 (due 20/12) is due soon on 16/12.
    expect(check.rows.find((r) => r.unit === "DV001" && r.task === "NV05")?.result).toBe("Sắp đến hạn");
  });

  it("names the file and the JSON field of a bad plan, writes no file, exits 1", async () => {
    const bad = path.join(dir, "plan.json");
    const json = JSON.parse(await fs.readFile(plan, "utf8"));
    json.tasks[4].deadline = "2019-02-31";
    await fs.writeFile(bad, JSON.stringify(json));
    const out = path.join(dir, "tracker.xlsx");
    const result = await cli("build", "--plan", bad, "--units", units, "--out", out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("plan.json");
    expect(result.stderr).toContain("tasks[4].deadline");
    await expect(fs.access(out)).rejects.toThrow();
  });

  it("says which file is missing, and which option is wrong, in English on request", async () => {
    const missing = await cli("build", "--plan", path.join(dir, "none.json"), "--units", units, "--out", path.join(dir, "x.xlsx"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Không tìm thấy tệp");
    expect(missing.stderr).toContain("none.json");

    const date = await cli("check", path.join(dir, "x.xlsx"), "--as-of", "2019-02-31", "--lang", "en");
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('Option --as-of needs a real date as YYYY-MM-DD, got "2019-02-31"');
  });

  it("refuses to check a workbook that is not a tracker, without touching it", async () => {
    const other = path.join(dir, "other.xlsx");
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "x";
    await wb.xlsx.writeFile(other);
    const before = await fs.readFile(other);
    const result = await cli("check", other);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toBe("");
    expect(await fs.readFile(other)).toEqual(before);
  });
});
