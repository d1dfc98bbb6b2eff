/**
 * The real thing, end to end without Excel: the production bundle served from a loopback port,
 * opened in headless Chromium; office.js is Microsoft's own (the pinned npm package answering
 * for the CDN) and talks to the emulated Excel through the host bridge. A user clicks through:
 * create the input sheets, types the units into Đơn vị, imports the plan from its text, builds
 * the tracker, imports more units from a file and rebuilds, and checks deadlines. Screenshots
 * of each view go to the OS temp folder.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { parseUnitsCsv } from "../../src/domain/units-csv";
import { t } from "../../src/i18n";
import { trackerSheetNames } from "../../src/layout/tracker/geometry";
import { goToStep, openPaneInExcel, type PaneInExcel } from "./support/pane-in-excel";
import { screenshot } from "./support/screenshot";

const ROOT = path.join(__dirname, "..", "..");
const PLAN_TEXT = fs.readFileSync(path.join(ROOT, "tests", "fixtures", "plans", "ke-hoach-13-KH-DUK-binh-phuoc.txt"), "utf8");
const UNITS_CSV = fs.readFileSync(path.join(ROOT, "examples", "units-binh-phuoc.csv"), "utf8");
/** A later list from the office: one unit's new secretary, two new units. */
const MORE_UNITS_CSV = [
  "code,name,kind,head,email,members",
  "DV003,Chi bộ Sở Khoa học và Công nghệ,chi bộ,Nguyễn Văn Mới,skhcn@binhphuoc.example.vn,27",
  "DV013,Chi bộ Trường Cao đẳng Bình Phước,chi bộ,Hoàng Văn Nam,cdbp@binhphuoc.example.vn,35",
  '"DV014","Đảng bộ Công ty Cổ phần Xi măng Bình Phước, Nhà máy Thanh Lương",đảng bộ cơ sở,Vũ Thị Lan,,210',
].join("\r\n");

let pane: PaneInExcel;
let page: Page;

interface EmulatorView {
  sheetNames: string[];
  stats: { syncs: number; actions: number; largestRequestBytes?: number };
}

/** What the emulated workbook holds now, read inside the page. */
function workbookView(): Promise<EmulatorView> {
  return page.evaluate(() => {
    const emulator = (window as unknown as { __excelEmulator: { workbook: { sheetNames(): string[] }; stats: EmulatorView["stats"] } }).__excelEmulator;
    return { sheetNames: emulator.workbook.sheetNames(), stats: { ...emulator.stats } };
  });
}

/** Column A of a sheet from `fromRow` down, as values. */
function columnA(sheet: string, fromRow: number, count: number): Promise<unknown[]> {
  return page.evaluate(
    ({ sheet, fromRow, count }) => {
      const wb = (window as unknown as { __excelEmulator: { workbook: { cell(s: string, a1: string): { value: unknown } } } }).__excelEmulator.workbook;
      return Array.from({ length: count }, (_, i) => wb.cell(sheet, `A${fromRow + i}`).value);
    },
    { sheet, fromRow, count },
  );
}

/** Cells of a sheet by address, as values. */
function cells(sheet: string, addresses: string[]): Promise<unknown[]> {
  return page.evaluate(
    ({ sheet, addresses }) => {
      const wb = (window as unknown as { __excelEmulator: { workbook: { cell(s: string, a1: string): { value: unknown } } } }).__excelEmulator.workbook;
      return addresses.map((a1) => wb.cell(sheet, a1).value);
    },
    { sheet, addresses },
  );
}

/** Picks a file in the pane's file dialog, as a user would. */
async function pickFile(button: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: button }).click();
  await (await chooser).setFiles(file);
}

const shot = async (name: string) => {
  await screenshot(page, "e2e", name);
  // At 320 px nothing may need sideways scrolling, on any step.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
};
/** Moves to a step with the pane's step selector. */
const goTo = (step: string) => goToStep(page, step);

/** Types a unit's status and completion date for a task into its sheet, as a user would in Excel. */
function typeEntry(sheet: string, task: string, status: string, completedOn: number | null): Promise<void> {
  return page.evaluate(
    ({ sheet, task, status, completedOn, headers }) => {
      const wb = (window as unknown as { __excelEmulator: { workbook: {
        sheet(name: string): unknown;
        getCell(sheet: unknown, row: number, col: number): { value: unknown } | undefined;
        setCell(sheet: unknown, row: number, col: number, cell: { value: unknown; formula: null }): void;
      } } }).__excelEmulator.workbook;
      const ws = wb.sheet(sheet);
      const at = (row: number, col: number) => String(wb.getCell(ws, row, col)?.value ?? "");
      let headerRow = 0;
      for (let row = 1; row <= 15 && !headerRow; row++) for (let col = 1; col <= 20; col++) if (at(row, col) === headers.status) headerRow = row;
      const column = (label: string) => Array.from({ length: 20 }, (_, i) => i + 1).find((c) => at(headerRow, c) === label) ?? 0;
      const code = column(headers.task);
      let row = headerRow + 1;
      while (row < headerRow + 200 && at(row, code) !== task) row++;
      wb.setCell(ws, row, column(headers.status), { value: status, formula: null });
      if (completedOn !== null) wb.setCell(ws, row, column(headers.completedOn), { value: completedOn, formula: null });
    },
    { sheet, task, status, completedOn, headers: { status: t("tracker.col.status"), task: t("tracker.col.taskCode"), completedOn: t("tracker.col.completedOn") } },
  );
}

beforeAll(async () => {
  pane = await openPaneInExcel("1.8");
  page = pane.page;
}, 480000);

afterAll(async () => {
  await pane?.close();
});

describe("the task pane in (emulated) Excel", () => {
  it("opens on the overview of a blank workbook, which names the first step", async () => {
    await page.getByRole("heading", { name: "Tình hình thực hiện" }).waitFor({ timeout: 60000 });
    await page.getByText("Bảng tính chưa có kế hoạch và danh sách đơn vị", { exact: false }).waitFor({ timeout: 60000 });
    await shot("00-overview-blank");
    await page.getByRole("button", { name: "Đến bước 3. Sổ theo dõi" }).click();
  });

  it("starts in a blank workbook by offering to create the Kế hoạch and Đơn vị sheets", async () => {
    const create = page.getByRole("button", { name: "Tạo trang Kế hoạch và Đơn vị" });
    await create.waitFor({ timeout: 60000 });
    await shot("01-blank-workbook");
    await create.click();
    await page.getByText("Đã tạo trang Kế hoạch và trang Đơn vị").waitFor();
    const { sheetNames } = await workbookView();
    expect(sheetNames).toEqual(expect.arrayContaining(["Kế hoạch", "Đơn vị"]));
  });

  it("reads the units a user typed into the Đơn vị sheet", async () => {
    const parsed = parseUnitsCsv(UNITS_CSV, "units-binh-phuoc.csv");
    if (!parsed.ok) throw new Error("example units do not parse");
    const units = parsed.value;
    // As a user types: one row per unit under the table's header row, in the header's columns.
    const headers = (["unitCode", "unitName", "unitKind", "unitHead", "unitEmail", "unitMembers"] as const).map((k) => t(`tracker.col.${k}`));
    await page.evaluate(({ rows, headers }) => {
      const wb = (window as unknown as { __excelEmulator: { workbook: {
        sheet(name: string): unknown;
        getCell(sheet: unknown, row: number, col: number): { value: unknown } | undefined;
        setCell(sheet: unknown, row: number, col: number, cell: { value: unknown; formula: null }): void;
      } } }).__excelEmulator.workbook;
      const sheet = wb.sheet("Đơn vị");
      let headerRow = 0;
      const columns = new Map<string, number>();
      for (let row = 1; row <= 10 && headerRow === 0; row++) {
        for (let col = 1; col <= 12; col++) {
          const value = String(wb.getCell(sheet, row, col)?.value ?? "");
          if (value) columns.set(value, col);
        }
        if (columns.has(headers[0])) headerRow = row;
        else columns.clear();
      }
      if (headerRow === 0) throw new Error(`no header row with ${headers[0]} on Đơn vị`);
      const order = headers.map((h) => {
        const col = columns.get(h);
        if (col === undefined) throw new Error(`no column ${h} on Đơn vị`);
        return col;
      });
      rows.forEach((values, i) => values.forEach((value, j) => wb.setCell(sheet, headerRow + 1 + i, order[j], { value, formula: null })));
    }, { rows: units.map((u) => [u.code, u.name, u.kind, u.head ?? "", u.email ?? "", u.members ?? ""]), headers });
    await page.getByRole("button", { name: "Đọc lại sổ" }).click();
    await page.getByText(`Trang Đơn vị: ${units.length} đơn vị.`).waitFor();
    await shot("02-units-typed");
  });

  it("imports the plan from its pasted text and saves it into the Kế hoạch sheet", async () => {
    await goTo("plan");
    await page.getByRole("textbox", { name: "Nội dung văn bản" }).fill(PLAN_TEXT);
    await page.getByRole("button", { name: "Phân tích văn bản" }).click();
    await page.getByText(/Đã đọc \d+ nhiệm vụ/).waitFor();
    expect(await page.getByRole("textbox", { name: "Số và ký hiệu" }).inputValue()).toBe("13-KH/ĐUK");
    await shot("03-plan-form");
    await page.getByRole("button", { name: "Lưu vào trang Kế hoạch" }).click();
    await page.getByText("Đã lưu kế hoạch 13-KH/ĐUK vào trang Kế hoạch").waitFor({ timeout: 30000 }).catch(async (e) => {
      await shot("debug-save");
      console.log(await page.locator("main").innerText());
      console.log(JSON.stringify(await page.evaluate(() => {
        const em = (window as unknown as { __excelEmulator: { workbook: { sheetNames(): string[] }; requests: string[] } }).__excelEmulator;
        return { names: em.workbook.sheetNames().map((n) => [n, n.normalize("NFC") === n]), last: em.requests.slice(-4).map((r) => r.slice(0, 1500)) };
      })));
      throw e;
    });
    await shot("04-plan-saved");
  });

  it("builds the tracker: one sheet per unit, each listing the plan's tasks", async () => {
    const before = await workbookView();
    await goTo("tracker");
    await page.getByText(/Trang Kế hoạch: kế hoạch 13-KH\/ĐUK, \d+ nhiệm vụ/).waitFor({ timeout: 30000 });
    const syncsBefore = (await workbookView()).stats.syncs;
    await page.getByRole("button", { name: "Tạo sổ theo dõi" }).click();
    await page.getByText(/Xong: sổ theo dõi có \d+ trang đơn vị/).waitFor({ timeout: 60000 });
    await page.getByRole("button", { name: "Cập nhật sổ theo dõi" }).waitFor();
    await page.getByText("Đang xử lý…").waitFor({ state: "hidden" });
    await shot("05-tracker-built");

    const after = await workbookView();
    const added = after.sheetNames.filter((n) => !before.sheetNames.includes(n));
    const parsed = parseUnitsCsv(UNITS_CSV, "units-binh-phuoc.csv");
    const units = parsed.ok ? parsed.value : [];
    // Each unit's sheet names its unit code in its title block and lists the plan's tasks by code.
    const sheetOfUnit = new Map<string, string[]>();
    for (const name of added) {
      const title = await page.evaluate((sheet) => {
        const wb = (window as unknown as { __excelEmulator: { workbook: { cell(s: string, a1: string): { value: unknown } } } }).__excelEmulator.workbook;
        return ["A1", "B1", "A2", "B2", "A3", "B3", "C3", "D3"].map((a1) => String(wb.cell(sheet, a1).value));
      }, name);
      const unit = units.find((u) => title.some((v) => v.includes(u.code)));
      if (unit && (await columnA(name, 1, 40)).includes("NV01")) sheetOfUnit.set(unit.code, [...(sheetOfUnit.get(unit.code) ?? []), name]);
    }
    expect([...sheetOfUnit.keys()].sort()).toEqual(units.map((u) => u.code).sort());
    expect([...sheetOfUnit.values()].every((sheets) => sheets.length === 1)).toBe(true);
    console.log(`"Tạo sổ theo dõi" in the pane: ${after.stats.syncs - syncsBefore} syncs (build, then the pane re-reads the workbook), ${added.length} sheets added`);
  });

  it("keeps what was typed when the tracker is updated", async () => {
    await page.getByRole("button", { name: "Cập nhật sổ theo dõi" }).click();
    await page.getByText(/Xong: sổ theo dõi có \d+ trang đơn vị/).waitFor({ timeout: 60000 });
    await page.getByText("Những gì đã thay đổi").waitFor();
  });

  it("shows every problem of an .xlsx unit list by sheet and cell, and writes nothing", async () => {
    await goTo("units");
    // The step reads the workbook when shown; what follows counts only the file's syncs.
    await page.getByRole("region", { name: "Đơn vị" }).getByText(/^Trang Đơn vị: \d+ đơn vị\.$/).waitFor({ timeout: 30000 });
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Đơn vị");
    sheet.addRow(["DANH SÁCH ĐƠN VỊ"]);
    sheet.addRow([]);
    sheet.addRow([]);
    sheet.addRow(["Mã ĐV", "Tên đơn vị", "Loại", "Bí thư/Người đứng đầu", "Email", "Số đảng viên"]);
    sheet.addRow(["DV013", "Chi bộ Trường Cao đẳng Bình Phước", "chi bộ", "Hoàng Văn Nam", "cdbp(at)binhphuoc", 35]);
    sheet.addRow(["DV014", "Chi bộ Sở Xây dựng", "tổ đảng", null, null, 12]);
    const before = await workbookView();
    await pickFile("Mở tệp .csv hoặc .xlsx", { name: "don-vi-moi.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
    await page.getByText("Tệp don-vi-moi.xlsx có 2 lỗi nên chưa ghi gì.", { exact: false }).waitFor({ timeout: 30000 });
    await page.getByText('Tệp don-vi-moi.xlsx, trang tính "Đơn vị", ô E5: địa chỉ email "cdbp(at)binhphuoc" không hợp lệ').waitFor();
    await page.getByText('Tệp don-vi-moi.xlsx, trang tính "Đơn vị", ô C6: loại đơn vị "tổ đảng" không hợp lệ', { exact: false }).waitFor();
    expect(await page.getByRole("button", { name: "Ghi vào trang Đơn vị" }).count()).toBe(0);
    const after = await workbookView();
    expect(after.stats.syncs).toBe(before.stats.syncs);
    await shot("05b-unit-file-problems");
  });

  it("imports two units from a CSV into the built tracker: a preview first, then the Đơn vị sheet, then their sheets", async () => {
    await pickFile("Mở tệp .csv hoặc .xlsx", { name: "don-vi-bo-sung.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${MORE_UNITS_CSV}`, "utf8") });
    await page.getByText("Tệp don-vi-bo-sung.csv: 3 đơn vị — 2 mới, 1 thay đổi, 0 không đổi.").waitFor({ timeout: 30000 });
    await page.getByText("DV013 — Chi bộ Trường Cao đẳng Bình Phước").waitFor();
    await page.getByText('Bí thư/Người đứng đầu: "Lê Minh Tuấn" → "Nguyễn Văn Mới"').waitFor();
    await page.getByText("Giữ nguyên 11 đơn vị không có trong tệp.", { exact: false }).waitFor();
    await shot("05c-unit-import-preview");
    // Nothing is written by the preview.
    expect(await cells("Đơn vị", ["A17", "D7"])).toEqual(["", "Lê Minh Tuấn"]);

    const syncsBefore = (await workbookView()).stats.syncs;
    await page.getByRole("button", { name: "Ghi vào trang Đơn vị" }).click();
    await page.getByText("Đã ghi vào trang Đơn vị: 2 đơn vị mới, 1 đơn vị cập nhật.", { exact: false }).waitFor({ timeout: 30000 });
    await page.getByText("Trang Đơn vị: 14 đơn vị.").waitFor();
    await page.getByRole("button", { name: "Mở tệp .csv hoặc .xlsx", disabled: false }).waitFor();
    await shot("05d-units-written");
    console.log(`"Ghi vào trang Đơn vị" in the pane: ${(await workbookView()).stats.syncs - syncsBefore} syncs (re-read, save, re-read)`);
    expect(await cells("Đơn vị", ["A17", "B17", "A18", "B18", "F18", "D7"])).toEqual([
      "DV013",
      "Chi bộ Trường Cao đẳng Bình Phước",
      "DV014",
      "Đảng bộ Công ty Cổ phần Xi măng Bình Phước, Nhà máy Thanh Lương",
      210,
      "Nguyễn Văn Mới",
    ]);
    // The twelve units the file did not list are still in the plan: none is marked "Đã bỏ".
    const flags = await cells("Đơn vị", Array.from({ length: 14 }, (_, i) => `H${5 + i}`));
    expect(flags.every((f) => f === null || f === "")).toBe(true);

    const before = await workbookView();
    await page.getByRole("button", { name: "Đến bước 3. Sổ theo dõi" }).click();
    await page.getByRole("button", { name: "Cập nhật sổ theo dõi" }).click();
    await page.getByText("Xong: sổ theo dõi có 14 trang đơn vị.").waitFor({ timeout: 60000 });
    await page.getByText("Đơn vị mới (2): DV013, DV014.").waitFor();
    const added = (await workbookView()).sheetNames.filter((n) => !before.sheetNames.includes(n));
    expect(added).toHaveLength(2);
    for (const sheet of added) expect(await columnA(sheet, 1, 40)).toContain("NV01");
  });

  it("checks deadlines after units reported: late ones counted, a click selects the entry's cell", async () => {
    // Ten of the fourteen units report task NV05 (due 20/12/2019) done on 18/12/2019.
    const { sheetNames } = await workbookView();
    const unitSheets = [];
    const own = new Set<string>(Object.values(trackerSheetNames()));
    for (const name of sheetNames) if (!own.has(name) && !name.startsWith("_") && (await columnA(name, 1, 40)).includes("NV05")) unitSheets.push(name);
    expect(unitSheets).toHaveLength(14);
    for (const sheet of unitSheets.slice(0, 10)) await typeEntry(sheet, "NV05", "Hoàn thành", 43817);
    await goTo("check");
    await page.getByRole("textbox", { name: "Tính đến ngày" }).fill("23/12/2019");
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByText("Tính đến 23/12/2019: 4 đơn vị có nhiệm vụ quá hạn", { exact: false }).waitFor({ timeout: 30000 });
    await page.getByText(/^4 quá hạn · /).waitFor();
    await shot("06-deadlines");
    const late = page.getByRole("button", { name: "NV05: hạn 20/12/2019, quá 3 ngày" }).first();
    await late.click();
    // Selecting is an Excel.run of its own: wait for it to reach the workbook.
    const selected = await page.waitForFunction(() => {
      const wb = (window as unknown as { __excelEmulator: { workbook: { selection: { sheetId: string } | null; activeSheetId: string | null } } }).__excelEmulator.workbook;
      return wb.selection !== null && wb.selection.sheetId === wb.activeSheetId;
    }, undefined, { timeout: 10000 });
    expect(await selected.jsonValue()).toBe(true);
  });

  it("reminds the four late units, logs the round, and a second round says lần 2", async () => {
    await goTo("remind");
    await page.getByRole("textbox", { name: "Tính đến ngày" }).fill("23/12/2019");
    await page.getByRole("button", { name: "Lập danh sách" }).click();
    await page.getByText("4 đơn vị cần đôn đốc (đến ngày 23/12/2019)", { exact: false }).waitFor({ timeout: 30000 });
    await page.evaluate(() => {
      window.open = ((url: string) => {
        const w = window as unknown as { openedLinks?: string[] };
        (w.openedLinks ??= []).push(url);
        return null;
      }) as typeof window.open;
    });
    await page.getByRole("button", { name: /^Soạn một thư cho \d+ đơn vị \(Bcc\)$/ }).click();
    await page.getByText("Đã mở", { exact: false }).first().waitFor();
    const links = await page.evaluate(() => (window as unknown as { openedLinks: string[] }).openedLinks);
    expect(links.length).toBeGreaterThan(0);
    expect(decodeURIComponent(links[0])).toContain("bcc=");
    const withoutEmail = page.getByRole("button", { name: /^In cho \d+ đơn vị chưa có email$/ });
    if (await withoutEmail.isEnabled()) {
      await withoutEmail.click();
      await page.getByText(/^Đã tạo trang Đôn đốc/).waitFor({ timeout: 30000 });
    }
    await shot("07-reminders");
    await page.getByRole("button", { name: "Ghi nhật ký: đã gửi cho 4 đơn vị" }).click();
    await page.getByText(/^Đã ghi \d+ dòng vào Nhật ký đôn đốc \(4 đơn vị\)\.$/).waitFor({ timeout: 30000 });
    expect((await workbookView()).sheetNames).toContain("Nhật ký đôn đốc");
    await page.getByRole("button", { name: "Lập danh sách" }).click();
    await page.getByText("4 đơn vị cần đôn đốc (đến ngày 23/12/2019)", { exact: false }).waitFor({ timeout: 30000 });
    expect(await page.getByText("— nhắc lần 2", { exact: false }).count()).toBe(4);
    await shot("08-reminders-second-round");
  });

  it("makes the December 2019 report, hands it on as a new workbook and drafts the email", async () => {
    await goTo("report");
    await page.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption("month");
    await page.getByRole("combobox", { name: "Tháng" }).selectOption("12");
    await page.getByRole("textbox", { name: "Năm" }).fill("2019");
    await page.getByRole("button", { name: "Xem số liệu" }).click();
    await page.getByText("Tháng 12 năm 2019: số liệu từ 01/12/2019 đến 31/12/2019.", { exact: false }).waitFor({ timeout: 30000 });
    await page.getByText("10/14 đơn vị đã báo cáo", { exact: false }).waitFor();
    await page.getByRole("textbox", { name: "Ngày báo cáo" }).fill("06/01/2020");
    await shot("11-report-preview");
    const before = await workbookView();
    await page.getByRole("button", { name: "Lập báo cáo" }).click();
    await page.getByText('Đã lập Báo cáo số 1-BC/ĐUK, tháng 12 năm 2019 (trang "BC tháng 12-2019").', { exact: false }).waitFor({ timeout: 60000 });
    const after = await workbookView();
    expect(after.sheetNames).toEqual(expect.arrayContaining(["Sổ báo cáo", "BC tháng 12-2019"]));
    // The pane re-reads the register after writing: three syncs to make the report, two to show it.
    expect(after.stats.syncs - before.stats.syncs).toBeLessThanOrEqual(5);
    expect(await cells("BC tháng 12-2019", ["E1", "A4"])).toEqual(["ĐẢNG CỘNG SẢN VIỆT NAM", "Số 1-BC/ĐUK"]);

    await page.getByRole("button", { name: "Tạo tệp gửi" }).click();
    await page.getByText("Đã mở báo cáo trong một sổ mới", { exact: false }).waitFor({ timeout: 60000 });
    const created = await page.evaluate(() => (window as unknown as { __excelEmulator: { workbook: { createdWorkbooks: Array<{ base64: string; opened: boolean }> } } }).__excelEmulator.workbook.createdWorkbooks);
    expect(created).toHaveLength(1);
    expect(created[0].opened).toBe(true);
    const standalone = new ExcelJS.Workbook();
    await standalone.xlsx.load(Buffer.from(created[0].base64, "base64") as unknown as ExcelJS.Buffer);
    expect(standalone.worksheets.map((w) => w.name)).toEqual(["BC tháng 12-2019"]);
    expect(standalone.worksheets[0].getCell("A4").value).toBe("Số 1-BC/ĐUK");
    expect(await cells("Sổ báo cáo", ["J26"])).toEqual(["Bao-cao-1-BC-DUK-thang-12-2019.xlsx"]);

    await page.evaluate(() => {
      window.open = ((url: string) => {
        (window as unknown as { openedLink: string }).openedLink = url;
        return null;
      }) as typeof window.open;
    });
    await page.getByRole("button", { name: "Soạn email" }).click();
    await page.getByText("Đã mở thư nháp.", { exact: false }).waitFor();
    const link = await page.evaluate(() => (window as unknown as { openedLink: string }).openedLink);
    expect(link.startsWith("mailto:?subject=")).toBe(true);
    expect(decodeURIComponent(link)).toContain("Báo cáo số 1-BC/ĐUK kết quả thực hiện Kế hoạch số 13-KH/ĐUK, tháng 12 năm 2019");
    await shot("12-report-made");
  });

  it("comes back to an overview that counts the late units and the report made", async () => {
    await goTo("overview");
    await page.getByText(/^4 đơn vị có nhiệm vụ quá hạn \(\d+ lượt\)/).waitFor({ timeout: 30000 });
    await page.getByText(/^\d+ lượt cho 4 đơn vị, gần nhất ngày \d\d\/\d\d\/\d{4}$/).waitFor();
    await page.getByText("Số 1-BC/ĐUK, tháng 12 năm 2019", { exact: true }).waitFor();
    await shot("13-overview-after");
  });

  it("sends a unit its file, imports it back filled in, and the tracker changes; the same file again changes nothing", async () => {
    await goTo("tracker");
    await page.getByRole("heading", { name: "Gửi mẫu cho đơn vị" }).waitFor({ timeout: 30000 });
    await page.getByRole("checkbox", { name: "Tất cả đơn vị (14)" }).uncheck();
    await page.getByRole("checkbox", { name: "DV001 — Đảng bộ Văn phòng Ủy ban nhân dân tỉnh" }).check();
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Tạo tệp cho 1 đơn vị" }).click();
    const download = await downloading;
    const fileName = download.suggestedFilename();
    expect(fileName).toBe("Bao-cao-DV001-Dang-bo-Van-phong-Uy-ban-nhan-dan-tinh.xlsx");
    const exported = fs.readFileSync(await download.path());
    await page.getByText(`Đã tải về ${fileName}: 1 tệp mẫu.`).waitFor({ timeout: 60000 });
    await page.evaluate(() => {
      window.open = ((url: string) => {
        (window as unknown as { openedLink: string }).openedLink = url;
        return null;
      }) as typeof window.open;
    });
    await page.getByRole("button", { name: "Soạn thư: Đảng bộ Văn phòng Ủy ban nhân dân tỉnh" }).click();
    await page.getByText(`Đã mở thư nháp gửi vp.ubnd@binhphuoc.example.vn: đính kèm tệp ${fileName} rồi bấm Gửi.`).waitFor();
    const link = decodeURIComponent(await page.evaluate(() => (window as unknown as { openedLink: string }).openedLink));
    expect(link.startsWith("mailto:vp.ubnd@binhphuoc.example.vn?subject=Báo cáo kết quả thực hiện Kế hoạch số 13-KH/ĐUK - Đảng bộ Văn phòng Ủy ban nhân dân tỉnh")).toBe(true);
    await page.getByRole("heading", { name: "Gửi mẫu cho đơn vị" }).scrollIntoViewIfNeeded();
    await shot("15-unit-files-sent");

    // The unit fills NV01 in, as its own Excel would save it.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0];
    const header = (label: string) => (sheet.getRow(7).values as unknown[]).indexOf(label);
    let row = 8;
    while (sheet.getCell(row, 1).value !== "NV01") row++;
    sheet.getCell(row, header(t("tracker.col.status"))).value = "Hoàn thành";
    sheet.getCell(row, header(t("tracker.col.completedOn"))).value = new Date(Date.UTC(2019, 11, 18));
    sheet.getCell(row, header(t("tracker.col.note"))).value = "Đã quán triệt đến 100% đảng viên";
    const returned = { name: fileName, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await book.xlsx.writeBuffer()) };

    await pickFile("Chọn tệp đơn vị gửi lại (.xlsx)", returned);
    await page.getByText("1 tệp: 1 nhận, 0 không nhận; 3 ô thay đổi, 0 xung đột.").waitFor({ timeout: 60000 });
    await page.getByText('Ngày hoàn thành: (trống) → 18/12/2019 (mới)').waitFor();
    await shot("16-unit-returns-preview");
    await page.getByRole("button", { name: "Ghi vào sổ: 3 ô của 1 đơn vị" }).click();
    await page.getByText("Đã ghi 3 ô từ 1 tệp vào sổ", { exact: false }).waitFor({ timeout: 60000 });
    // DV001's sheet: the one whose title block names the code and that lists the tasks.
    let unitSheet = "";
    for (const name of (await workbookView()).sheetNames) {
      const title = await cells(name, ["A1", "B1", "A2", "B2", "A3", "B3", "C3", "D3"]);
      if (title.some((v) => String(v).includes("DV001")) && (await columnA(name, 1, 40)).includes("NV01")) unitSheet = name;
    }
    const values = await page.evaluate(({ sheet, headers }) => {
      const wb = (window as unknown as { __excelEmulator: { workbook: { sheet(name: string): unknown; getCell(sheet: unknown, row: number, col: number): { value: unknown } | undefined } } }).__excelEmulator.workbook;
      const ws = wb.sheet(sheet);
      const at = (r: number, c: number) => wb.getCell(ws, r, c)?.value ?? null;
      let headerRow = 1;
      while (at(headerRow, 1) !== headers.task) headerRow++;
      let r = headerRow + 1;
      while (at(r, 1) !== "NV01") r++;
      const col = (label: string) => Array.from({ length: 20 }, (_, i) => i + 1).find((c) => at(headerRow, c) === label)!;
      return [at(r, col(headers.status)), at(r, col(headers.completedOn)), at(r, col(headers.note))];
    }, { sheet: unitSheet, headers: { task: t("tracker.col.taskCode"), status: t("tracker.col.status"), completedOn: t("tracker.col.completedOn"), note: t("tracker.col.note") } });
    expect(values).toEqual(["Hoàn thành", 43817, "Đã quán triệt đến 100% đảng viên"]);
    expect((await workbookView()).sheetNames).toContain("Nhật ký nhập báo cáo");

    await pickFile("Chọn tệp đơn vị gửi lại (.xlsx)", returned);
    await page.getByText("1 tệp: 1 nhận, 0 không nhận; 0 ô thay đổi, 0 xung đột.").waitFor({ timeout: 60000 });
    await page.getByText("Không có gì thay đổi: sổ đã có đúng các giá trị trong tệp.").waitFor();
    expect(await page.getByRole("button", { name: "Ghi vào sổ: 0 ô của 0 đơn vị" }).isDisabled()).toBe(true);
    await goTo("overview");
  });

  it("shows the same pane in English", async () => {
    await page.getByRole("button", { name: "EN" }).click();
    await page.getByRole("combobox", { name: "Step" }).waitFor();
    await page.getByRole("heading", { name: "Where the plan stands" }).waitFor();
    await shot("14-english");
    await page.getByRole("button", { name: "VI" }).click();
  });
});
