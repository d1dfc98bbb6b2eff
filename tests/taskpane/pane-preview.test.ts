/**
 * The pane's views over a fake engine, in headless Chromium: the production build of the pane
 * with only its entry swapped (no Office, no Excel), clicked through as a user would.
 * Screenshots go to the OS temp folder for people to look at.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { previewBundle } from "./support/shared-bundle";
import { launchChromium } from "./support/chromium";
import { serveFolder, type StaticServer } from "./support/static-server";
import { screenshot } from "./support/screenshot";

const PLAN_TEXT = fs.readFileSync(path.join(__dirname, "..", "fixtures", "plans", "ke-hoach-13-KH-DUK-binh-phuoc.txt"), "utf8");

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveFolder(await previewBundle());
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  // No Office here: the CDN script answers with nothing.
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: "" }));
  await page.goto(`${server.url}taskpane.html`);
}, 480000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string) => screenshot(page, "preview", name);
/** Moves to a step with the pane's step selector, as a keyboard or mouse user would. */
const goTo = (step: string) => page.getByRole("combobox", { name: "Bước" }).selectOption(step);
/** Whether the pane scrolls sideways at its width: it must not. */
const overflowsSideways = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe("the pane over a fake engine", () => {
  it("opens on the overview, which names the first step", async () => {
    await page.getByRole("heading", { name: "Tình hình thực hiện" }).waitFor();
    await page.getByText("Bảng tính chưa có kế hoạch và danh sách đơn vị", { exact: false }).waitFor();
    await shot("0-overview-empty");
    expect(await overflowsSideways()).toBe(false);
    await page.getByRole("button", { name: "Đến bước 3. Sổ theo dõi" }).click();
  });

  it("offers to create the input sheets before the first build", async () => {
    await page.getByRole("button", { name: "Tạo trang Kế hoạch và Đơn vị" }).waitFor();
    await shot("1-first-run");
    await page.getByRole("button", { name: "Tạo trang Kế hoạch và Đơn vị" }).click();
    await page.getByText("Đã tạo trang Kế hoạch và trang Đơn vị").waitFor();
    await page.getByText("Chưa có kế hoạch trong trang Kế hoạch").waitFor();
  });

  it("parses the pasted plan into an editable form and saves it", async () => {
    await goTo("plan");
    await page.getByRole("textbox", { name: "Nội dung văn bản" }).fill(PLAN_TEXT);
    await shot("2-paste");
    await page.getByRole("button", { name: "Phân tích văn bản" }).click();
    await page.getByText(/Đã đọc \d+ nhiệm vụ/).waitFor();
    await expect(page.getByRole("textbox", { name: "Số và ký hiệu" }).inputValue()).resolves.toBe("13-KH/ĐUK");
    await expect(page.getByRole("textbox", { name: "Ngày ban hành" }).inputValue()).resolves.toBe("02/12/2019");
    // Each task shows the lines of the document it was read from.
    const first = page.locator('[role="group"][aria-label^="NV"]').first();
    await first.getByText(/^Văn bản gốc, dòng \d+–\d+$/).click();
    const words = (await first.getByRole("textbox", { name: "Nội dung nhiệm vụ" }).inputValue()).split(/\s+/).slice(0, 6).join(" ");
    await expect(first.locator("pre").innerText().then((lines) => lines.replace(/\s+/g, " "))).resolves.toContain(words);
    await shot("3-form");
    await page.getByRole("button", { name: "Lưu vào trang Kế hoạch" }).click();
    await page.getByText("Đã lưu kế hoạch 13-KH/ĐUK").waitFor();
    const calls = await page.evaluate(() => (window as unknown as { paneCalls: string[] }).paneCalls);
    expect(calls.some((c) => c.startsWith("savePlan 13-KH/ĐUK"))).toBe(true);
  });

  it("shows a wrong deadline next to its field and does not save", async () => {
    await page.getByRole("textbox", { name: "Hạn hoàn thành" }).first().fill("31/02/2020");
    await page.getByRole("button", { name: "Lưu vào trang Kế hoạch" }).click();
    await page.getByText("Không có ngày 31/02/2020: tháng 2/2020 chỉ có 29 ngày").waitFor();
    await page.getByText("Còn 1 chỗ cần sửa").waitFor();
    await shot("4-invalid-date");
    await page.getByRole("textbox", { name: "Hạn hoàn thành" }).first().fill("20/12/2019");
  });

  it("builds the tracker and reports what it added", async () => {
    await goTo("tracker");
    await page.getByText(/Trang Kế hoạch: kế hoạch 13-KH\/ĐUK, \d+ nhiệm vụ/).waitFor();
    await page.getByText("Trang Đơn vị: 3 đơn vị.").waitFor();
    await page.getByRole("button", { name: "Tạo sổ theo dõi" }).click();
    await page.getByText("Xong: sổ theo dõi có 3 trang đơn vị.").waitFor();
    await page.getByText(/Đã thêm 3 trang: Chi bộ Sở Tư pháp/).waitFor();
    await page.getByRole("button", { name: "Cập nhật sổ theo dõi" }).waitFor();
    await shot("5-built");
  });

  it("previews a unit list file in either language and writes the whole merged list", async () => {
    await goTo("units");
    // The step reads the workbook when shown, its buttons disabled meanwhile: a click then is lost.
    await page.getByRole("region", { name: "Đơn vị" }).getByText(/^Trang Đơn vị: \d+ đơn vị\.$/).waitFor();
    const csv = "code,name,kind,head,email,members\nDV002,Đảng bộ Sở Giáo dục và Đào tạo,đảng bộ cơ sở,Phan Văn Đức,,140\nDV004,Chi bộ Sở Nội vụ,chi bộ,,,22\n";
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Mở tệp .csv hoặc .xlsx" }).click();
    await (await chooser).setFiles({ name: "them.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.getByText("Tệp them.csv: 2 đơn vị — 1 mới, 1 thay đổi, 0 không đổi.").waitFor();
    await page.getByText('Bí thư/Người đứng đầu: "(trống)" → "Phan Văn Đức"').waitFor();
    await page.getByRole("button", { name: "EN" }).click();
    await page.getByText("File them.csv: 2 units — 1 new, 1 changed, 0 unchanged.").waitFor();
    await page.getByText('Secretary/head: "(blank)" → "Phan Văn Đức"').waitFor();
    await shot("5b-unit-import-english");
    await page.getByRole("button", { name: "VI" }).click();
    await page.getByRole("button", { name: "Ghi vào trang Đơn vị" }).click();
    await page.getByText("Trang Đơn vị: 4 đơn vị.").waitFor();
    const calls = await page.evaluate(() => (window as unknown as { paneCalls: string[] }).paneCalls);
    // The units the file leaves out (DV001, DV003) are saved too, so none is marked removed.
    expect(calls).toContain("saveUnits DV001,DV002,DV003,DV004");
    expect(calls).toEqual(expect.arrayContaining(["rememberLanguage en", "rememberLanguage vi"]));
  });

  it("lists late and due-soon entries as of a chosen date, and a click selects the entry's cell", async () => {
    await goTo("check");
    await page.getByRole("textbox", { name: "Tính đến ngày" }).fill("21/12/2019");
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByText("Tính đến 21/12/2019: 1 đơn vị có nhiệm vụ quá hạn").waitFor();
    await page.getByText("2 quá hạn · 1 sắp đến hạn · 0 hoàn thành quá hạn · 0 chưa hợp lệ").waitFor();
    await page.getByRole("button", { name: "NV05: hạn 20/12/2019, quá 3 ngày" }).click();
    await page.getByRole("button", { name: "NV06: hạn 27/12/2019, còn 4 ngày" }).click();
    await page.getByText("Không mở được ô này", { exact: false }).waitFor();
    await page.getByRole("combobox", { name: "Nhóm theo" }).selectOption("task");
    await page.getByRole("button", { name: "Chi bộ Sở Tư pháp: hạn 20/12/2019, quá 3 ngày" }).waitFor();
    await shot("6-check");
    expect(await overflowsSideways()).toBe(false);
    const calls = await page.evaluate(() => (window as unknown as { paneCalls: string[] }).paneCalls);
    expect(calls).toContain("selectCell DV001!D10");
  });

  it("lists the reminders, sends them and logs them only when confirmed", async () => {
    await goTo("remind");
    await page.getByRole("textbox", { name: "Tính đến ngày" }).fill("23/12/2019");
    await page.getByRole("button", { name: "Lập danh sách" }).click();
    await page.getByText("2 đơn vị cần đôn đốc (đến ngày 23/12/2019); đề nghị báo cáo lại trước ngày 30/12/2019.").waitFor();
    await page.getByRole("button", { name: "Soạn một thư cho 1 đơn vị (Bcc)" }).click();
    await page.getByRole("button", { name: "In cho 1 đơn vị chưa có email" }).click();
    await page.getByText("Đã tạo trang Đôn đốc 23-12-2019", { exact: false }).waitFor();
    await shot("7-remind");
    expect(await overflowsSideways()).toBe(false);
    await page.getByRole("button", { name: "Ghi nhật ký: đã gửi cho 2 đơn vị" }).click();
    await page.getByText("Đã ghi 2 dòng vào Nhật ký đôn đốc (2 đơn vị).").waitFor();
    await page.getByRole("button", { name: "Lập danh sách" }).click();
    await page.getByText("Chi bộ Sở Tư pháp — nhắc lần 2").waitFor();
    const calls = await page.evaluate(() => (window as unknown as { paneCalls: string[] }).paneCalls);
    expect(calls).toEqual(expect.arrayContaining(["emailReminders DV001", "printReminders DV003"]));
    expect(calls.some((c) => c.startsWith("logReminders DV001:email,DV003:print"))).toBe(true);
  });

  it("previews a report's figures, makes it, asks before making the period again, and hands it on", async () => {
    await goTo("report");
    await page.getByRole("combobox", { name: "Tháng" }).selectOption("12");
    await page.getByRole("textbox", { name: "Năm" }).fill("19");
    await page.getByText("Năm cần 4 chữ số, ví dụ 2019").waitFor();
    await expect(page.getByRole("button", { name: "Xem số liệu" }).isDisabled()).resolves.toBe(true);
    await page.getByRole("textbox", { name: "Năm" }).fill("2019");
    await page.getByRole("button", { name: "Xem số liệu" }).click();
    await page.getByText("2/3 đơn vị đã báo cáo; hoàn thành 8/15 lượt nhiệm vụ (53,3%); 2 lượt quá hạn ở 1 đơn vị.", { exact: false }).waitFor();
    await expect(page.getByRole("textbox", { name: "Số báo cáo" }).inputValue()).resolves.toBe("1");
    await page.getByRole("textbox", { name: "Số báo cáo" }).fill("");
    await page.getByRole("textbox", { name: "Ngày báo cáo" }).fill("06/01/2020");
    await shot("8-report-preview");
    await page.getByRole("button", { name: "Lập báo cáo" }).click();
    await page.getByText("Đã lập Báo cáo số -BC/ĐUK, tháng 12 năm 2019", { exact: false }).waitFor();
    await page.getByText("Đã có báo cáo kỳ này").waitFor({ state: "detached" });
    await page.getByRole("button", { name: 'Lập lại, thay trang "BC tháng 12-2019"' }).waitFor();
    await page.getByRole("button", { name: "Tạo tệp gửi" }).click();
    await page.getByText("Đã tải xuống tệp Bao-cao-1-BC-DUK-thang-12-2019.xlsx", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Soạn email" }).click();
    await page.getByText("Chưa có địa chỉ nhận", { exact: false }).waitFor();
    await shot("9-report-made");
    const calls = await page.evaluate(() => (window as unknown as { paneCalls: string[] }).paneCalls);
    expect(calls).toEqual(expect.arrayContaining(["previewReport 2019-12 tracker", "createReport 2019-12 blank 2020-01-06 false", "handOffReport 2019-12", "emailReport 2019-12"]));
    await goTo("check");
  });

  it("switches every label to English and back", async () => {
    await page.getByRole("button", { name: "EN" }).click();
    await page.getByRole("combobox", { name: "Step" }).waitFor();
    await page.getByText("As of 21/12/2019: 1 units have late tasks").waitFor();
    await shot("10-english");
    await page.getByRole("button", { name: "VI" }).click();
    await page.getByRole("combobox", { name: "Bước" }).waitFor();
  });
});
