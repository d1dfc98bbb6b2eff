/**
 * The pane in the oldest Excel the manifest admits: ExcelApi 1.7 (volume-licensed Office 2019).
 * Headless Chromium runs the production bundle; office.js talks to the emulated Excel playing
 * 1.7, which refuses every newer member as that Excel would. A user makes the input sheets,
 * imports units and the plan, builds the tracker and makes a report: each step works, and the
 * pane names what this Excel cannot do (drop-down lists, print setup, opening a new workbook).
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { goToStep, openPaneInExcel, type PaneInExcel } from "./support/pane-in-excel";
import { screenshot } from "./support/screenshot";

const ROOT = path.join(__dirname, "..", "..");
const PLAN_TEXT = fs.readFileSync(path.join(ROOT, "tests", "fixtures", "plans", "ke-hoach-13-KH-DUK-binh-phuoc.txt"), "utf8");
const UNITS_CSV = fs.readFileSync(path.join(ROOT, "examples", "units-binh-phuoc.csv"), "utf8");

let pane: PaneInExcel;
let page: Page;

interface Emulated {
  workbook: { sheetNames(): string[]; sheet(name: string): { validations: unknown[] }; cell(sheet: string, a1: string): { value: unknown } };
}

const goTo = (step: string) => goToStep(page, step);

beforeAll(async () => {
  pane = await openPaneInExcel("1.7", { acceptDownloads: true });
  page = pane.page;
}, 480000);

afterAll(async () => {
  await pane?.close();
});

describe("the task pane in Excel with ExcelApi 1.7", () => {
  it("makes the input sheets, takes the units and the plan", async () => {
    await page.getByRole("heading", { name: "Tình hình thực hiện" }).waitFor({ timeout: 60000 });
    await page.getByRole("button", { name: "Đến bước 3. Sổ theo dõi" }).click();
    await page.getByRole("button", { name: "Tạo trang Kế hoạch và Đơn vị" }).click();
    await page.getByText("Đã tạo trang Kế hoạch và trang Đơn vị").waitFor({ timeout: 30000 });

    await goTo("units");
    // The step reads the workbook when shown, its buttons disabled meanwhile: a click then is lost.
    await page.getByRole("region", { name: "Đơn vị" }).getByText("Chưa có đơn vị nào trong trang Đơn vị", { exact: false }).waitFor({ timeout: 30000 });
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Mở tệp .csv hoặc .xlsx" }).click();
    await (await chooser).setFiles({ name: "don-vi.csv", mimeType: "text/csv", buffer: Buffer.from(UNITS_CSV, "utf8") });
    await page.getByRole("button", { name: "Ghi vào trang Đơn vị" }).click();
    await page.getByText(/Đã ghi vào trang Đơn vị: 12 đơn vị mới/).waitFor({ timeout: 30000 });

    await goTo("plan");
    await page.getByRole("textbox", { name: "Nội dung văn bản" }).fill(PLAN_TEXT);
    await page.getByRole("button", { name: "Phân tích văn bản" }).click();
    await page.getByText(/Đã đọc \d+ nhiệm vụ/).waitFor();
    await page.getByRole("button", { name: "Lưu vào trang Kế hoạch" }).click();
    await page.getByText("Đã lưu kế hoạch 13-KH/ĐUK vào trang Kế hoạch").waitFor({ timeout: 30000 });
  });

  it("builds the tracker and names the drop-down lists and print setup this Excel lacks", async () => {
    await goTo("tracker");
    const before = await page.evaluate(() => (window as unknown as { __excelEmulator: Emulated }).__excelEmulator.workbook.sheetNames());
    await page.getByRole("button", { name: "Tạo sổ theo dõi" }).click();
    await page.getByText(/Xong: sổ theo dõi có 12 trang đơn vị/).waitFor({ timeout: 60000 });
    await page.getByText("Excel này (ExcelApi 1.7) không hỗ trợ danh sách chọn", { exact: false }).waitFor();
    await page.getByText("Excel này (ExcelApi 1.7) không hỗ trợ thiết lập trang in", { exact: false }).waitFor();
    await screenshot(page, "e2e", "excel-1.7-tracker");
    const built = await page.evaluate((before) => {
      const wb = (window as unknown as { __excelEmulator: Emulated }).__excelEmulator.workbook;
      const units = wb.sheetNames().filter((name) => !before.includes(name) && !["Tổng quan", "Ngày nghỉ", "_meta"].includes(name));
      return { units: units.length, validations: units.reduce((n, name) => n + wb.sheet(name).validations.length, 0) };
    }, before);
    // The sheets are all there, without the drop-down lists 1.7 cannot make.
    expect(built).toEqual({ units: 12, validations: 0 });
  });

  it("makes the report and downloads the file to send, as this Excel cannot open a new workbook", async () => {
    await goTo("report");
    await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption("month");
    await page.getByRole("combobox", { name: "Tháng" }).selectOption("12");
    await page.getByRole("textbox", { name: "Năm" }).fill("2019");
    await page.getByRole("button", { name: "Xem số liệu" }).click();
    await page.getByText("Tháng 12 năm 2019: số liệu từ 01/12/2019 đến 31/12/2019.", { exact: false }).waitFor({ timeout: 30000 });
    await page.getByRole("button", { name: "Lập báo cáo" }).click();
    await page.getByText("Đã lập Báo cáo số", { exact: false }).waitFor({ timeout: 60000 });
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Tạo tệp gửi" }).click();
    expect((await download).suggestedFilename()).toMatch(/^Bao-cao-.*thang-12-2019\.xlsx$/);
    await page.getByText("Excel này (ExcelApi 1.7) không mở được sổ làm việc mới", { exact: false }).waitFor({ timeout: 30000 });
  });
});
