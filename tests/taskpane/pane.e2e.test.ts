/**
 * The real thing, end to end without Excel: the production bundle served from a loopback port,
 * opened in headless Chromium; office.js is Microsoft's own (the pinned npm package answering
 * for the CDN) and talks to the emulated Excel through the host bridge. A user clicks through:
 * create the input sheets, types the units into Đơn vị, imports the plan from its text, builds
 * the tracker and checks deadlines. Screenshots of each view go to the OS temp folder.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { parseUnitsCsv } from "../../src/domain/units-csv";
import { t } from "../../src/i18n";
import { installEmulatedExcel } from "../support/excel-emulator/office-page";
import { buildBundle, type BuiltBundle } from "./support/build-bundle";
import { launchChromium } from "./support/chromium";
import { serveFolder, type StaticServer } from "./support/static-server";

const ROOT = path.join(__dirname, "..", "..");
const PLAN_TEXT = fs.readFileSync(path.join(ROOT, "tests", "fixtures", "plans", "ke-hoach-13-KH-DUK-binh-phuoc.txt"), "utf8");
const UNITS_CSV = fs.readFileSync(path.join(ROOT, "examples", "units-binh-phuoc.csv"), "utf8");
const SHOTS = path.join(os.tmpdir(), "plan-tracker-screenshots");

let bundle: BuiltBundle;
let server: StaticServer;
let browser: Browser;
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

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `e2e-${name}.png`), fullPage: true });

beforeAll(async () => {
  bundle = await buildBundle();
  server = await serveFolder(bundle.dir);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  await installEmulatedExcel(page, { apiVersion: "1.8" });
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.goto(`${server.url}taskpane.html`);
}, 480000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  bundle?.remove();
});

describe("the task pane in (emulated) Excel", () => {
  it("starts in a blank workbook by offering to create the Kế hoạch and Đơn vị sheets", async () => {
    const create = page.getByRole("button", { name: "Tạo trang Kế hoạch và Đơn vị" });
    await create.waitFor({ timeout: 60000 });
    await shot("1-blank-workbook");
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
    await shot("2-units-typed");
  });

  it("imports the plan from its pasted text and saves it into the Kế hoạch sheet", async () => {
    await page.getByRole("tab", { name: "Nhập kế hoạch" }).click();
    await page.getByRole("textbox", { name: "Nội dung văn bản" }).fill(PLAN_TEXT);
    await page.getByRole("button", { name: "Phân tích văn bản" }).click();
    await page.getByText(/Đã đọc \d+ nhiệm vụ/).waitFor();
    expect(await page.getByRole("textbox", { name: "Số và ký hiệu" }).inputValue()).toBe("13-KH/ĐUK");
    await shot("3-plan-form");
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
    await shot("4-plan-saved");
  });

  it("builds the tracker: one sheet per unit, each listing the plan's tasks", async () => {
    const before = await workbookView();
    await page.getByRole("tab", { name: "Sổ theo dõi" }).click();
    await page.getByText(/Trang Kế hoạch: kế hoạch 13-KH\/ĐUK, \d+ nhiệm vụ/).waitFor({ timeout: 30000 });
    const syncsBefore = (await workbookView()).stats.syncs;
    await page.getByRole("button", { name: "Tạo sổ theo dõi" }).click();
    await page.getByText(/Xong: sổ theo dõi có \d+ trang đơn vị/).waitFor({ timeout: 60000 });
    await page.getByRole("button", { name: "Cập nhật sổ theo dõi" }).waitFor();
    await page.getByText("Đang xử lý…").waitFor({ state: "hidden" });
    await shot("5-tracker-built");

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

  it("lists every unit as late the day after the plan's deadline of 20/12/2019", async () => {
    await page.getByRole("tab", { name: "Kiểm tra hạn" }).click();
    await page.getByRole("textbox", { name: "Tính đến ngày" }).fill("21/12/2019");
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const summary = page.getByText(/^Tính đến 21\/12\/2019: \d+ đơn vị có nhiệm vụ quá hạn/);
    await summary.waitFor({ timeout: 30000 });
    const parsed = parseUnitsCsv(UNITS_CSV, "units-binh-phuoc.csv");
    const unitCount = parsed.ok ? parsed.value.length : 0;
    expect(await summary.innerText()).toContain(`${unitCount} đơn vị có nhiệm vụ quá hạn`);
    await shot("6-deadlines");
  });

  it("shows the same pane in English", async () => {
    await page.getByRole("button", { name: "EN" }).click();
    await page.getByRole("tab", { name: "Check deadlines" }).waitFor();
    await shot("7-english");
    await page.getByRole("button", { name: "VI" }).click();
  });
});
