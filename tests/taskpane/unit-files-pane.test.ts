/**
 * The unit round trip as the pane does it: Microsoft's office.js against the emulated Excel, the
 * seed plan 13-KH/ĐUK with 40 units. The pane writes the units' files with the file host's
 * browser-side workbook and hands them over as a download (one file, or a .zip of them all),
 * drafts each unit's email, then judges returned files and writes only what the user confirmed.
 */
import JSZip from "jszip";
import { formatVietnameseDate } from "../../src/domain/calendar-date";
import type { IsoDate, TaskCode } from "../../src/domain/types";
import { changeKey } from "../../src/domain/unit-return";
import { buildTracker, readTrackerFrom } from "../../src/engine";
import { ExcelHost } from "../../src/hosts/excel";
import { XlsxHost } from "../../src/hosts/xlsx";
import { formatProblem } from "../../src/i18n";
import type { CellBlock, CellContent } from "../../src/layout";
import { createExcelPaneEngine } from "../../src/taskpane/excel-pane-engine";
import type { PaneEngine, UnitReturnsPreview } from "../../src/taskpane/pane-engine";
import type { PickedFile } from "../../src/taskpane/picked-file";
import { createEmulatedExcel, type EmulatedExcel } from "../support/excel-emulator";
import { NO_EMAIL_POSITION, reminderEntries, reminderUnits } from "../support/reminder-seed";
import { seedPlan, typeEntries } from "../support/seed-tracker";

const units = reminderUnits();
const TODAY = "2019-12-23" as IsoDate;
const FIRST_ROW = 8;
const TASKS = ["NV01", "NV02", "NV03", "NV04", "NV05", "NV06"];
const rowOf = (task: string) => FIRST_ROW + TASKS.indexOf(task);
const txt = (text: string): CellContent => ({ kind: "text", text });
const day = (date: string): CellContent => ({ kind: "date", date: date as IsoDate });

function expectOk<T>(result: { ok: true; value: T } | { ok: false; problems: unknown[] }): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** A unit's file as the unit sends it back: opened, typed into, saved. */
async function filled(bytes: Uint8Array, name: string, cells: CellBlock[]): Promise<PickedFile> {
  const opened = expectOk(await XlsxHost.fromBuffer(bytes, name));
  const sheet = (await opened.snapshot([])).sheets[0].name;
  await opened.apply({ ops: [{ op: "patchSheet", name: sheet, content: { cells } }] });
  const saved = await opened.toBuffer();
  return { name, size: saved.length, arrayBuffer: async () => saved.buffer.slice(saved.byteOffset, saved.byteOffset + saved.byteLength) as ArrayBuffer };
}

const picked = (name: string, bytes: Uint8Array): PickedFile => ({ name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer });

describe("the unit round trip in the pane, against the emulated Excel", () => {
  let excel: EmulatedExcel;
  let host: ExcelHost;
  let engine: PaneEngine;
  const downloads: Array<{ name: string; bytes: Uint8Array }> = [];
  const links: string[] = [];
  /** Unit files by unit code, from the .zip of them all. */
  const files = new Map<string, { name: string; bytes: Uint8Array }>();

  beforeAll(async () => {
    excel = createEmulatedExcel();
    host = new ExcelHost(excel.run);
    expectOk(await buildTracker(host, { plan: seedPlan(), units, today: "2019-12-05" as IsoDate }));
    await typeEntries(host, reminderEntries());
    engine = createExcelPaneEngine(excel.run, { download: (name, bytes) => downloads.push({ name, bytes }), openLink: (url) => links.push(url) });
  }, 120_000);
  afterAll(() => excel.dispose());

  const entry = async (unit: string, task: string) => {
    const { state } = await readTrackerFrom(new ExcelHost(excel.run));
    return state?.entries.find((e) => e.unit === unit && e.task === task);
  };

  it("downloads one unit's file by itself, ASCII-named, holding the unit's sheet", async () => {
    const made = expectOk(await engine.makeUnitFiles([units[1].code], TODAY));
    expect(made.files.map((f) => f.unit.code)).toEqual([units[1].code]);
    expect(downloads.map((d) => d.name)).toEqual([made.download]);
    expect(made.download).toMatch(new RegExp(`^Bao-cao-${units[1].code}-[A-Za-z0-9-]+\\.xlsx$`));
    const file = expectOk(await XlsxHost.fromBuffer(downloads[0].bytes, made.download));
    const sheet = (await file.snapshot([])).sheets[0].name;
    const read = await file.snapshot([{ sheet, range: `A${rowOf("NV05")}:E${rowOf("NV05")}` }]);
    const row = read.ranges[0].values[0];
    expect(row[0]).toBe("NV05");
    // Unit 2 completed NV05 on time: its file carries what the tracker holds.
    expect(row[3]).toBe("Hoàn thành");
    // Reply by: 23/12/2019 plus five working days.
    expect(made.replyBy).toBe("2019-12-30");
  });

  it("downloads every unit's file in one .zip, and names the unit without an email address", async () => {
    downloads.length = 0;
    const made = expectOk(await engine.makeUnitFiles("all", TODAY));
    expect(made.files).toHaveLength(40);
    expect(downloads.map((d) => d.name)).toEqual(["Mau-bao-cao-don-vi-13-KH-DUK.zip"]);
    const zip = await JSZip.loadAsync(downloads[0].bytes);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(made.files.map((f) => f.fileName).sort());
    for (const f of made.files) files.set(f.unit.code, { name: f.fileName, bytes: await zip.file(f.fileName)!.async("uint8array") });
    expect(made.files.filter((f) => !f.unit.email).map((f) => f.unit.name)).toEqual([units[NO_EMAIL_POSITION - 1].name]);
  }, 120_000);

  it("drafts a unit's email to its address, asking for the file back by the date", async () => {
    const unit = units[0];
    expect(expectOk(await engine.emailUnitFile(unit.code, "2020-01-03" as IsoDate)).to).toBe(unit.email);
    const link = links.at(-1)!;
    expect(link.startsWith(`mailto:${unit.email}?subject=`)).toBe(true);
    const body = decodeURIComponent(link.slice(link.indexOf("body=") + 5));
    const subject = decodeURIComponent(/subject=([^&]*)/.exec(link)![1]);
    expect(subject).toBe(`Báo cáo kết quả thực hiện Kế hoạch số 13-KH/ĐUK - ${unit.name}`);
    expect(body).toContain(`Kính gửi: ${unit.name}`);
    expect(body).toContain(files.get(unit.code)!.name);
    expect(body).toContain(`trước ngày ${formatVietnameseDate("2020-01-03" as IsoDate)}`);
    expect(link.length).toBeLessThanOrEqual(2000);

    const silent = units[NO_EMAIL_POSITION - 1];
    const refused = await engine.emailUnitFile(silent.code, "2020-01-03" as IsoDate);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(formatProblem(refused.problems[0])).toBe(`Đơn vị ${silent.name} chưa có địa chỉ email.`);
  });

  describe("importing returned files", () => {
    const [a, b, c] = [units[0], units[1], units[4]];
    let preview: UnitReturnsPreview;
    let returnedA: PickedFile;
    let returnedB: PickedFile;
    let returnedC: PickedFile;

    beforeAll(async () => {
      returnedA = await filled(files.get(a.code)!.bytes, files.get(a.code)!.name, [
        { at: `D${rowOf("NV01")}`, rows: [[txt("Hoàn thành"), day("2019-12-18")]] },
        { at: `J${rowOf("NV02")}`, rows: [[txt("Đã xây dựng kế hoạch của chi bộ")]] },
      ]);
      returnedB = await filled(files.get(b.code)!.bytes, files.get(b.code)!.name, [{ at: `J${rowOf("NV01")}`, rows: [[txt("Chi bộ đã tổ chức quán triệt")]] }]);
      returnedC = await filled(files.get(c.code)!.bytes, files.get(c.code)!.name, [{ at: `J${rowOf("NV03")}`, rows: [[txt("Đơn vị ghi")]] }]);
      // Staff type C's NV03 note in the tracker meanwhile: the unit's value is a conflict.
      await typeEntries(host, [{ unit: c.code, task: "NV03" as TaskCode, status: "Đang thực hiện", note: "Văn phòng ghi" }]);
    });

    it("judges each file, refusals with their reasons, in the order picked; nothing written", async () => {
      const before = excel.stats.writeActions;
      const xls = picked("Bao-cao-DV001.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
      const renamed = picked(files.get(a.code)!.name.replace(".xlsx", "-ban-sao.xlsx"), new TextEncoder().encode("Mã ĐV,Trạng thái\n"));
      preview = expectOk(await engine.previewUnitReturns([returnedA, xls, returnedB, renamed, returnedC]));
      expect(excel.stats.writeActions).toBe(before);
      expect(preview.files.map((f) => [f.file, f.unit?.code ?? null, f.refused.length])).toEqual([
        [returnedA.name, a.code, 0],
        [xls.name, null, 1],
        [returnedB.name, b.code, 0],
        [renamed.name, null, 1],
        [returnedC.name, c.code, 0],
      ]);
      expect(formatProblem(preview.files[1].refused[0])).toContain('chỉ nhận tệp Excel .xlsx (tệp này có đuôi ".xls")');
      expect(formatProblem(preview.files[3].refused[0])).toContain("không phải tệp nén như mọi tệp .xlsx");
      expect(preview.files[0].changes.map((ch) => [ch.task, preview.fields[ch.field], ch.decision, ch.returned])).toEqual([
        ["NV01", "Trạng thái", "changed", "Hoàn thành"],
        ["NV01", "Ngày hoàn thành", "new", "2019-12-18"],
        ["NV02", "Ghi chú", "new", "Đã xây dựng kế hoạch của chi bộ"],
      ]);
      expect(preview.files[4].changes).toMatchObject([{ task: "NV03", field: "note", decision: "conflict", exported: null, current: "Văn phòng ghi", returned: "Đơn vị ghi" }]);
    });

    it("writes only the units ticked, their conflicts left, in one request, with a log row per unit written", async () => {
      excel.resetStats();
      expectOk(await engine.previewUnitReturns([returnedA, returnedB, returnedC]));
      const previewSyncs = excel.stats.syncs;
      excel.resetStats();
      const done = expectOk(await engine.applyUnitReturns({ units: [a.code, c.code], conflicts: [] }, TODAY));
      // Judged again in a preview's reads, then written in one request.
      expect(excel.stats.syncs).toBe(previewSyncs + 1);
      expect(done).toEqual({ cells: 3, files: 1, conflictsLeft: 1 });
      expect(await entry(a.code, "NV01")).toMatchObject({ status: "Hoàn thành", completedOn: "2019-12-18" });
      expect((await entry(a.code, "NV02"))?.note).toBe("Đã xây dựng kế hoạch của chi bộ");
      expect((await entry(b.code, "NV01"))?.note ?? null).toBeNull();
      expect((await entry(c.code, "NV03"))?.note).toBe("Văn phòng ghi");
      const log = excel.workbook.findSheet("Nhật ký nhập báo cáo")!;
      const texts = [...log.cells.values()].map((cell) => String(cell.value));
      expect(texts).toContain(returnedA.name);
      expect(texts).not.toContain(returnedC.name);
    });

    it("writes a conflict only when it is ticked", async () => {
      preview = expectOk(await engine.previewUnitReturns([returnedA, returnedB, returnedC]));
      expect(preview.files[0].changes).toEqual([]);
      const conflict = preview.files[2].changes[0];
      const done = expectOk(await engine.applyUnitReturns({ units: [b.code, c.code], conflicts: [changeKey(conflict)] }, TODAY));
      expect(done).toEqual({ cells: 2, files: 2, conflictsLeft: 0 });
      expect((await entry(c.code, "NV03"))?.note).toBe("Đơn vị ghi");
      expect((await entry(b.code, "NV01"))?.note).toBe("Chi bộ đã tổ chức quán triệt");
    });

    it("finds nothing to change when the same files come again, and writes nothing", async () => {
      preview = expectOk(await engine.previewUnitReturns([returnedA, returnedB, returnedC]));
      expect(preview.files.every((f) => f.refused.length === 0 && f.changes.length === 0)).toBe(true);
      const before = excel.stats.writeActions;
      expect(expectOk(await engine.applyUnitReturns({ conflicts: true }, TODAY))).toEqual({ cells: 0, files: 0, conflictsLeft: 0 });
      expect(excel.stats.writeActions).toBe(before);
    });

    it("asks for files before an import is confirmed", async () => {
      const result = await engine.applyUnitReturns({ conflicts: false }, TODAY);
      expect(result.ok ? null : formatProblem(result.problems[0])).toBe("Hãy chọn tệp đơn vị gửi lại trước.");
    });

    it("names a file the tracker no longer takes when the import is confirmed, and writes nothing of it", async () => {
      const d = units[2];
      const returnedD = await filled(files.get(d.code)!.bytes, files.get(d.code)!.name, [{ at: `J${rowOf("NV04")}`, rows: [[txt("Đã báo cáo")]] }]);
      preview = expectOk(await engine.previewUnitReturns([returnedD]));
      expect(preview.files[0].refused).toEqual([]);
      // Between the preview and the click, staff correct the plan's number on Kế hoạch.
      const plan = excel.workbook.findSheet("Kế hoạch")!;
      const numberCell = [...plan.cells.entries()].find(([, cell]) => cell.value === "13-KH/ĐUK")!;
      plan.cells.set(numberCell[0], { ...numberCell[1], value: "14-KH/ĐUK" });
      try {
        const result = await engine.applyUnitReturns({ conflicts: false }, TODAY);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.cells).toBe(0);
        expect(result.warnings.map((w) => w.at?.file)).toContain(returnedD.name);
        expect((await entry(d.code, "NV04"))?.note ?? null).not.toBe("Đã báo cáo");
      } finally {
        plan.cells.set(numberCell[0], numberCell[1]);
      }
    });
  });
});
