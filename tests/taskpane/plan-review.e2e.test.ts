/**
 * Reviewing a long parsed plan in the pane, end to end: the production bundle in headless
 * Chromium at the task pane's 320 px, office.js talking to the emulated Excel. A user pastes an
 * 85-task plan, keeps only the flagged tasks in view, fixes a deadline in its row, marks the
 * flagged tasks as checked in one go (one of them is refused until it has text again), saves,
 * and finds the fixed deadline in the Kế hoạch sheet. Screenshots go to test-artifacts/review.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { toExcelSerial } from "../../src/domain/calendar-date";
import { parsePlanTextDetailed } from "../../src/domain/plan-text";
import type { IsoDate } from "../../src/domain/types";
import { t } from "../../src/i18n";
import { goToStep, openPaneInExcel, type PaneInExcel } from "./support/pane-in-excel";
import { screenshot } from "./support/screenshot";

const ROOT = path.join(__dirname, "..", "..");
const PLAN_TEXT = fs.readFileSync(path.join(ROOT, "tests", "fixtures", "plans", "ke-hoach-118-KH-HU-85-nhiem-vu.txt"), "utf8");
/**
 * The tasks flagged for review: a deadline in the document that names no real day (31/02, 31/6,
 * …), and two counted from an event the plan gives no date for (NV28, NV71).
 */
const FLAGGED = ["NV04", "NV20", "NV28", "NV37", "NV53", "NV62", "NV71", "NV79"];

let pane: PaneInExcel;
let page: Page;

beforeAll(async () => {
  pane = await openPaneInExcel("1.8");
  page = pane.page;
}, 480000);

afterAll(async () => {
  await pane?.close();
});

const shot = async (name: string) => {
  await screenshot(page, "review", name);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
};
const goTo = (step: string) => goToStep(page, step);
const task = (code: string) => page.getByRole("group", { name: code, exact: true });
const shownCodes = () => page.locator('[role="group"][aria-label^="NV"]').evaluateAll((groups) => groups.map((g) => g.getAttribute("aria-label")));

/** A task row of the Kế hoạch sheet, by its code: the values under the table's headers. */
function planSheetRow(code: string, headers: Record<string, string>): Promise<Record<string, unknown>> {
  return page.evaluate(
    ({ code, headers }) => {
      const wb = (window as unknown as { __excelEmulator: { workbook: {
        sheet(name: string): unknown;
        getCell(sheet: unknown, row: number, col: number): { value: unknown } | undefined;
      } } }).__excelEmulator.workbook;
      const ws = wb.sheet("Kế hoạch");
      const at = (row: number, col: number) => wb.getCell(ws, row, col)?.value;
      let headerRow = 0;
      for (let row = 1; row <= 40 && !headerRow; row++) for (let col = 1; col <= 10; col++) if (at(row, col) === headers.code) headerRow = row;
      const column = (label: string) => Array.from({ length: 10 }, (_, i) => i + 1).find((c) => at(headerRow, c) === label) ?? 0;
      let row = headerRow + 1;
      while (row < headerRow + 200 && at(row, column(headers.code)) !== code) row++;
      return Object.fromEntries(Object.entries(headers).map(([key, label]) => [key, at(row, column(label))]));
    },
    { code, headers },
  );
}

describe("reviewing an 85-task plan in the pane", () => {
  it("creates the input sheets and reads the pasted plan into the review form", async () => {
    await page.getByRole("heading", { name: "Tình hình thực hiện" }).waitFor({ timeout: 60000 });
    await page.getByRole("button", { name: "Đến bước 3. Sổ theo dõi" }).click();
    await page.getByRole("button", { name: "Tạo trang Kế hoạch và Đơn vị" }).click();
    await page.getByText("Đã tạo trang Kế hoạch và trang Đơn vị").waitFor();
    await goTo("plan");
    await page.getByRole("textbox", { name: "Nội dung văn bản" }).fill(PLAN_TEXT);
    await page.getByRole("button", { name: "Phân tích văn bản" }).click();
    await page.getByText("Đã đọc 85 nhiệm vụ").waitFor();
    expect(await shownCodes()).toHaveLength(85);
  });

  it("takes a deadline typed key by key into a row with all 85 tasks shown", async () => {
    const deadline = task("NV50").getByRole("textbox", { name: "Hạn hoàn thành" });
    await deadline.fill("");
    const typed = "15/10/2026";
    const started = Date.now();
    await deadline.pressSequentially(typed);
    const perKey = (Date.now() - started) / typed.length;
    expect(await deadline.inputValue()).toBe(typed);
    // How quick is the benchmark's to judge; this prints what it took here.
    console.log(`Typing a deadline with 85 tasks shown: ${perKey.toFixed(1)} ms a keystroke`);
  });

  it("shows only the flagged tasks, each with its source lines", async () => {
    await page.getByRole("switch", { name: "Chỉ hiện nhiệm vụ cần kiểm tra (8/85)" }).click();
    expect(await shownCodes()).toEqual(FLAGGED);
    const nv04 = task("NV04");
    await nv04.getByText("Văn bản gốc, dòng", { exact: false }).click();
    // The document's lines as they are, wrapped where the document wraps them.
    const excerpt = await nv04.locator("pre").innerText();
    expect(excerpt.split("\n")[0]).toBe("4. Ban Tổ chức Huyện ủy: Khảo sát, đánh giá thực trạng hạ tầng công nghệ thông tin phục vụ");
    expect(excerpt.split("\n").pop()).toBe("ngày 31/02/2026.");
    // The plan's own warnings stay above the form; the tasks' are in their rows only.
    await expect(page.getByText("Dòng 28: NV04:", { exact: false }).count()).resolves.toBe(1);
  });

  it("says what is wrong with a deadline typed in a row, then takes the fixed one and the assignee", async () => {
    const nv04 = task("NV04");
    const deadline = nv04.getByRole("textbox", { name: "Hạn hoàn thành" });
    await deadline.fill("31/02/2026");
    await deadline.press("Tab");
    await nv04.getByText("Không có ngày 31/02/2026: tháng 2/2026 chỉ có 28 ngày").waitFor();
    await deadline.fill("cuối quý I");
    await nv04.getByText('"cuối quý I" không phải ngày: hãy gõ ngày theo dạng dd/mm/yyyy, ví dụ 30/06/2026').waitFor();
    await shot("1-deadline-error-320px");
    await deadline.fill("27/02/2026");
    await nv04.getByText('"cuối quý I" không phải ngày', { exact: false }).waitFor({ state: "detached" });
    await nv04.getByRole("textbox", { name: "Đơn vị thực hiện" }).fill("Ban Tổ chức Huyện ủy, Văn phòng Huyện ủy");
  });

  it("marks all shown tasks as checked, except one left without text, which it names", async () => {
    await task("NV37").getByRole("textbox", { name: "Nội dung nhiệm vụ" }).fill("");
    await page.getByRole("checkbox", { name: "Chọn tất cả nhiệm vụ đang hiện (8)" }).check();
    await page.getByRole("button", { name: "Xác nhận đã kiểm tra (8)" }).click();
    await page.getByText("Đã xác nhận 7 nhiệm vụ", { exact: false }).waitFor();
    await page.getByText("Chưa xác nhận được NV37: chưa có nội dung nhiệm vụ. Hãy sửa rồi xác nhận lại.").waitFor();
    expect(await shownCodes()).toEqual(["NV37"]);
    await page.getByRole("switch", { name: "Chỉ hiện nhiệm vụ cần kiểm tra (1/85)" }).waitFor();
    await shot("2-one-refused-320px");
    await task("NV37").getByRole("textbox", { name: "Nội dung nhiệm vụ" }).fill(
      "Lập danh mục văn bản, hồ sơ về công tác kiểm tra, giám sát thuộc diện số hóa ưu tiên giai đoạn đầu; xác định thời hạn bảo quản và mức độ mật.",
    );
    await page.getByRole("button", { name: "Xác nhận đã kiểm tra (1)" }).click();
    await page.getByText("Không còn nhiệm vụ nào cần kiểm tra", { exact: false }).waitFor();
    await page.getByRole("switch", { name: "Chỉ hiện nhiệm vụ cần kiểm tra (0/85)" }).click();
    await task("NV04").getByText("Đã kiểm tra: 1 cảnh báo đã xem").waitFor();
    await shot("3-all-checked-320px");
  });

  it("saves the plan, and the Kế hoạch sheet holds the deadlines and assignee typed in the rows", async () => {
    await page.getByRole("button", { name: "Lưu vào trang Kế hoạch" }).click();
    await page.getByText("Đã lưu kế hoạch 118-KH/HU vào trang Kế hoạch").waitFor({ timeout: 60000 });
    const headers = { code: t("tracker.col.taskCode"), deadline: t("tracker.col.deadline"), assignee: t("tracker.col.assignee"), text: t("tracker.col.taskText") };
    const nv04 = await planSheetRow("NV04", headers);
    expect(nv04.deadline).toBe(toExcelSerial("2026-02-27" as IsoDate));
    expect(nv04.assignee).toBe("Ban Tổ chức Huyện ủy, Văn phòng Huyện ủy");
    expect(String(nv04.text)).toMatch(/^Khảo sát, đánh giá thực trạng hạ tầng công nghệ thông tin/);
    expect((await planSheetRow("NV50", headers)).deadline).toBe(toExcelSerial("2026-10-15" as IsoDate));
    expect(String((await planSheetRow("NV37", headers)).text)).toMatch(/^Lập danh mục văn bản, hồ sơ về công tác kiểm tra, giám sát/);
    // A task nobody touched keeps the deadline the parser read.
    const read = parsePlanTextDetailed(PLAN_TEXT).plan.tasks[84];
    expect((await planSheetRow("NV85", headers)).deadline).toBe(toExcelSerial(read.deadline as IsoDate));
  });
});
