/**
 * `plan-tracker export-unit` and `import-unit` on the seed plan 13-KH/ĐUK with 40 units
 * (tests/support/reminder-seed.ts): every unit gets its file, fills it in as a unit would (a few
 * re-saved by LibreOffice on the way), and the office imports them all; then the files that must
 * be refused, each leaving the tracker's bytes as they were.
 *
 * @slow
 */
import { promises as fs, readFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { IsoDate, TaskCode, UnitCode } from "../../src/domain/types";
import { deadlineStatus, readStatusCell } from "../../src/domain/deadline";
import { readTrackerFrom } from "../../src/engine";
import { XlsxHost } from "../../src/hosts/xlsx";
import type { CellBlock, CellContent } from "../../src/layout";
import { convertWithLibreOffice, recalculatedSheets } from "../support/libreoffice";
import { reminderUnits, writeReminderTracker } from "../support/reminder-seed";
import { editByHand, unitSheetOf } from "./support/edit-by-hand";
import { cli } from "./support/run-cli";

const units = reminderUnits();
const FIRST_ROW = 8;
const COL = { code: "A", text: "B", deadline: "C", status: "D", completedOn: "E", participants: "F", total: "G", form: "H", reportRef: "I", note: "J", check: "K" };
const TASKS = ["NV01", "NV02", "NV03", "NV04", "NV05", "NV06"];
const rowOf = (task: string) => FIRST_ROW + TASKS.indexOf(task);
/** The unit whose NV01 note staff also edit in the tracker after the export. */
const CONFLICT_UNIT = units[4].code;

const txt = (text: string): CellContent => ({ kind: "text", text });
const day = (date: string): CellContent => ({ kind: "date", date: date as IsoDate });
const num = (value: number): CellContent => ({ kind: "number", value });

/** What unit i (1-based) sends back: NV01 done, NV02 under way, and its NV01 note. */
function filled(i: number): CellBlock[] {
  return [
    { at: `${COL.status}${rowOf("NV01")}`, rows: [[txt("Hoàn thành"), day(`2019-12-${String(1 + (i % 20)).padStart(2, "0")}`), num(10 + i), num(20 + i), txt("Hội nghị")]] },
    { at: `${COL.reportRef}${rowOf("NV01")}`, rows: [[txt(`${i}-BC/ĐU`), txt(`Đơn vị ${i} ghi`)]] },
    { at: `${COL.status}${rowOf("NV02")}`, rows: [[txt("Đang thực hiện")]] },
  ];
}

/** Types cells into a sheet of the saved file (its first sheet when none is named). */
const patchFile = (file: string, sheet: string | null, cells: CellBlock[]) =>
  editByHand(file, (sheets) => [{ op: "patchSheet", name: sheet ?? sheets[0], content: { cells } }]);

/** Units (0-based) whose files another program writes: ExcelJS, as a unit's own tools might. */
const BY_EXCELJS = [12, 13, 14];

async function fillWithExcelJs(file: string, blocks: CellBlock[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  for (const block of blocks) {
    const origin = sheet.getCell(block.at);
    block.rows[0].forEach((content, i) => {
      const target = sheet.getCell(Number(origin.row), Number(origin.col) + i);
      if (content.kind === "text") target.value = content.text;
      else if (content.kind === "number") target.value = content.value;
      else if (content.kind === "date") target.value = new Date(`${content.date}T00:00:00Z`);
    });
  }
  await workbook.xlsx.writeFile(file);
}

async function resaveWithLibreOffice(files: string[], workDir: string): Promise<void> {
  const out = path.join(workDir, "lo-out");
  await convertWithLibreOffice(files, "xlsx", out);
  for (const file of files) await fs.copyFile(path.join(out, path.basename(file)), file);
}

async function trackerEntries(file: string) {
  const opened = await XlsxHost.open(file);
  if (!opened.ok) throw new Error("cannot open");
  const { state, problems } = await readTrackerFrom(opened.value);
  if (!state) throw new Error("not a tracker");
  return { state, problems, entry: (unit: string, task: string) => state.entries.find((e) => e.unit === unit && e.task === task) };
}

describe("plan-tracker export-unit / import-unit", () => {
  let dir: string;
  let tracker: string;
  let outDir: string;
  let files: Map<UnitCode, string>;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "unit-trip-"));
    tracker = path.join(dir, "so-theo-doi.xlsx");
    outDir = path.join(dir, "gui-don-vi");
    await writeReminderTracker(tracker);
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("are in the --help text", async () => {
    const help = await cli("--help");
    expect(help.stdout).toContain("plan-tracker export-unit <tracker.xlsx> (--unit MÃ ... | --all) --out-dir");
    expect(help.stdout).toContain("plan-tracker import-unit <tracker.xlsx> <tệp-đơn-vị.xlsx>... [--yes [--overwrite-conflicts]]");
  });

  it("export-unit names a unit the tracker does not have, and writes nothing", async () => {
    const result = await cli("export-unit", tracker, "--unit", "DV999", "--out-dir", path.join(dir, "none"));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Đơn vị DV999 không có trong sổ theo dõi");
    await expect(fs.stat(path.join(dir, "none"))).rejects.toThrow();
  });

  it("export-unit writes no file when a unit's sheet was deleted", async () => {
    const damaged = path.join(dir, "so-mat-trang.xlsx");
    await writeReminderTracker(damaged);
    const { sheet } = await unitSheetOf(damaged, units[0].code);
    await editByHand(damaged, [{ op: "deleteSheet", name: sheet }]);
    const result = await cli("export-unit", damaged, "--all", "--out-dir", path.join(dir, "none-either"));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Không tìm thấy trang tính của đơn vị ${units[0].code}`);
    await expect(fs.stat(path.join(dir, "none-either"))).rejects.toThrow();
  });

  it("export-unit takes --unit repeated or as a list", async () => {
    const some = path.join(dir, "some");
    const result = await cli("export-unit", tracker, "--unit", units[0].code, "--unit", `${units[1].code},${units[2].code}`, "--out-dir", some);
    expect(result.code).toBe(0);
    expect((await fs.readdir(some)).map((n) => n.slice(0, 13)).sort()).toEqual(units.slice(0, 3).map((u) => `Bao-cao-${u.code}`));
  });

  it("exports one ASCII-named standalone file per unit, in seconds", async () => {
    const start = performance.now();
    const result = await cli("export-unit", tracker, "--all", "--out-dir", outDir, "--today", "2019-12-23");
    const took = (performance.now() - start) / 1000;
    console.log(`export-unit of 40 units: ${took.toFixed(2)} s`);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const names = (await fs.readdir(outDir)).sort();
    expect(names).toHaveLength(40);
    for (const name of names) expect(name).toMatch(/^Bao-cao-DV\d{3}-[A-Za-z0-9-]+\.xlsx$/);
    files = new Map(units.map((u) => [u.code, path.join(outDir, names.find((n) => n.startsWith(`Bao-cao-${u.code}-`)) as string)]));
    expect(took).toBeLessThan(30);
  });

  it("holds values, not links; inputs unlocked, the rest protected; its records very hidden", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(files.get(units[0].code) as string);
    const [sheet, meta] = workbook.worksheets;
    expect(meta.state).toBe("veryHidden");
    expect(sheet.getCell(`${COL.code}${rowOf("NV05")}`).value).toBe("NV05");
    expect(typeof sheet.getCell(`${COL.text}${rowOf("NV05")}`).value).toBe("string");
    expect(sheet.getCell(`${COL.deadline}${rowOf("NV05")}`).value).toBeInstanceOf(Date);
    expect(sheet.getCell(`${COL.status}${rowOf("NV05")}`).value).toBe("Hoàn thành");
    expect(JSON.stringify(sheet.model)).not.toContain("Kế hoạch'!");
    expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(sheet.getCell(`${COL.status}${rowOf("NV01")}`).protection?.locked).toBe(false);
    expect(sheet.getCell(`${COL.code}${rowOf("NV01")}`).protection?.locked).not.toBe(false);
    expect(String(sheet.getCell("A5").value)).toContain("Hướng dẫn");
  });

  it("checks deadlines by itself in LibreOffice, from its own cells and its as-of cell, as the tracker's rules do", async () => {
    const file = path.join(dir, "lo-check.xlsx");
    await fs.copyFile(files.get(units[3].code) as string, file); // unit 4: still working on NV05, due 20/12/2019
    const asOf = "2019-12-23" as IsoDate;
    const typed: Record<string, [string, string | null]> = {
      NV01: ["Hoàn thành", "2019-12-10"],
      NV02: ["", null],
      NV03: ["Hoàn thành", null],
      NV04: ["Chưa thực hiện", "2019-12-11"],
      NV06: ["Không áp dụng", null],
    };
    await patchFile(file, null, [
      { at: "B4", rows: [[day(asOf)]] },
      ...Object.entries(typed).map(([task, [status, done]]): CellBlock => ({ at: `${COL.status}${rowOf(task)}`, rows: [[status ? txt(status) : { kind: "blank" }, done ? day(done) : { kind: "blank" }]] })),
    ]);
    const opened = await XlsxHost.open(file);
    if (!opened.ok) throw new Error("cannot open");
    const name = (await opened.value.snapshot([])).sheets[0].name;
    const shown = (await recalculatedSheets(file, [name]))[name];
    const { state } = await trackerEntries(tracker);
    const nv05 = state.entries.find((e) => e.unit === units[3].code && e.task === "NV05");
    for (const task of state.plan.tasks) {
      const [status, done] = typed[task.code] ?? [nv05?.status ?? "", nv05?.completedOn ?? null];
      const expected = deadlineStatus({
        deadline: task.deadline ? { kind: "date", date: task.deadline } : { kind: "blank" },
        status: readStatusCell(status),
        completed: done ? { kind: "date", date: done as IsoDate } : { kind: "blank" },
        asOf,
        planDate: state.plan.issuedOn ? { kind: "date", date: state.plan.issuedOn } : { kind: "blank" },
        settings: state.settings,
        holidays: state.settings.holidays,
      });
      expect([task.code, shown[rowOf(task.code) - 1][COL.check.charCodeAt(0) - 65]]).toEqual([task.code, expected]);
    }
    expect(shown[rowOf("NV05") - 1][COL.check.charCodeAt(0) - 65]).toBe("Quá hạn");
  });

  describe("filled in by every unit and imported", () => {
    let bytesBefore: Buffer;

    beforeAll(async () => {
      // Staff type a note in the tracker after the export: the unit's own note then conflicts.
      const { state } = await trackerEntries(tracker);
      const sheet = state.positions.unitSheets.get(CONFLICT_UNIT);
      if (!sheet) throw new Error("no sheet");
      await patchFile(tracker, sheet.sheet, [{ at: `J${sheet.taskRows.get("NV01" as TaskCode)}`, rows: [[txt("Văn phòng sửa")]] }]);
      for (const [i, unit] of units.entries()) {
        if (BY_EXCELJS.includes(i)) await fillWithExcelJs(files.get(unit.code) as string, filled(i + 1));
        else await patchFile(files.get(unit.code) as string, null, filled(i + 1));
      }
      await resaveWithLibreOffice([units[0], units[1], units[2]].map((u) => files.get(u.code) as string), dir);
      bytesBefore = readFileSync(tracker);
    });

    it("without --yes prints the diff, the conflict included, and writes nothing", async () => {
      const result = await cli("import-unit", tracker, ...files.values(), "--today", "2019-12-24");
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("40 tệp hợp lệ, 0 tệp bị từ chối");
      expect(result.stdout).toMatch(/NV01 · Ghi chú: "Văn phòng sửa" → "Đơn vị 5 ghi" \[XUNG ĐỘT\]/);
      expect(result.stdout).toContain("NV02 · Trạng thái: (trống) → \"Đang thực hiện\" [mới]");
      expect(result.stdout).toContain("NV01 · Trạng thái: \"Đang thực hiện\" → \"Hoàn thành\" [thay đổi]");
      expect(result.stdout).toContain("Chưa ghi gì");
      expect(readFileSync(tracker).equals(bytesBefore)).toBe(true);
    });

    it("with --yes writes every unit's figures but the conflict, in seconds, and logs each file", async () => {
      const start = performance.now();
      const result = await cli("import-unit", tracker, ...files.values(), "--yes", "--today", "2019-12-24");
      console.log(`import-unit of 40 files: ${((performance.now() - start) / 1000).toFixed(2)} s`);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Đã cập nhật \d+ ô từ 40 tệp/);
      const { entry, state, problems } = await trackerEntries(tracker);
      // The log is a sheet of the tracker's own: reading the tracker has nothing to say about it.
      expect(problems).toEqual([]);
      units.forEach((unit, index) => {
        const i = index + 1;
        const nv01 = entry(unit.code, "NV01");
        expect(nv01).toMatchObject({ status: "Hoàn thành", completedOn: `2019-12-${String(1 + (i % 20)).padStart(2, "0")}`, reportRef: `${i}-BC/ĐU` });
        expect(nv01?.measures).toEqual({ participants: 10 + i, total: 20 + i, form: "Hội nghị" });
        expect(nv01?.note).toBe(unit.code === CONFLICT_UNIT ? "Văn phòng sửa" : `Đơn vị ${i} ghi`);
        expect(entry(unit.code, "NV02")?.status).toBe("Đang thực hiện");
      });
      // What the units did not touch stays: unit 1's NV05, done on 21/12/2019.
      expect(entry(units[0].code, "NV05")).toMatchObject({ status: "Hoàn thành", completedOn: "2019-12-21" });
      expect(state.positions.sheetNames).toContain("Nhật ký nhập báo cáo");
      const opened = await XlsxHost.open(tracker);
      if (!opened.ok) throw new Error("cannot open");
      const log = (await opened.value.snapshot([{ sheet: "Nhật ký nhập báo cáo" }])).ranges[0].values;
      expect(log.filter((row) => typeof row[2] === "string" && /^DV\d{3}$/.test(row[2] as string))).toHaveLength(40);
    });

    it("a second import changes nothing", async () => {
      const before = readFileSync(tracker);
      const result = await cli("import-unit", tracker, ...files.values(), "--yes", "--today", "2019-12-25");
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("Không có ô nào cần cập nhật");
      expect(readFileSync(tracker).equals(before)).toBe(true);
    });

    it("the conflict is written only with --overwrite-conflicts", async () => {
      const result = await cli("import-unit", tracker, files.get(CONFLICT_UNIT) as string, "--yes", "--overwrite-conflicts", "--today", "2019-12-25");
      expect(result.code).toBe(0);
      expect((await trackerEntries(tracker)).entry(CONFLICT_UNIT, "NV01")?.note).toBe("Đơn vị 5 ghi");
    });
  });

  describe("files refused, each naming the file and leaving the tracker's bytes as they were", () => {
    const refusedDir = () => path.join(dir, "refused");
    beforeAll(() => fs.mkdir(refusedDir(), { recursive: true }));

    async function refused(file: string, message: string | RegExp): Promise<void> {
      const before = readFileSync(tracker);
      const result = await cli("import-unit", tracker, file, "--yes");
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Không nhập tệp ${file}:`);
      // Each reason is a sentence of its own: its first letter is capitalised.
      const reasons = result.stderr.toLocaleLowerCase("vi");
      if (typeof message === "string") expect(reasons).toContain(message.toLocaleLowerCase("vi"));
      else expect(reasons).toMatch(new RegExp(message.source, "i"));
      expect(readFileSync(tracker).equals(before)).toBe(true);
    }

    async function copyOf(unit: number, name: string): Promise<string> {
      const file = path.join(refusedDir(), name);
      await fs.copyFile(files.get(units[unit].code) as string, file);
      return file;
    }

    it("another plan's file", async () => {
      const file = await copyOf(6, "Bao-cao-ke-hoach-khac.xlsx");
      await patchFile(file, "_meta_don_vi", [{ at: "B2", rows: [[txt("20-KH/ĐUK")]] }]);
      await refused(file, "tệp thuộc kế hoạch \"20-KH/ĐUK\", không phải kế hoạch \"13-KH/ĐUK\"");
    });

    it("another unit's file renamed", async () => {
      const file = path.join(refusedDir(), path.basename(files.get(units[0].code) as string));
      await fs.copyFile(files.get(units[1].code) as string, file);
      await refused(file, `tên tệp ghi đơn vị ${units[0].code} nhưng tệp được xuất cho đơn vị ${units[1].code}`);
    });

    it("task codes tampered with", async () => {
      const file = await copyOf(7, "sua-ma.xlsx");
      await patchFile(file, null, [{ at: `A${rowOf("NV03")}`, rows: [[txt("NV99")]] }]);
      await refused(file, /mã nhiệm vụ "NV99" không có trong tệp khi xuất[\s\S]*thiếu dòng của nhiệm vụ NV03/);
    });

    it("a .xls, .csv or .ods file, or no xlsx at all", async () => {
      for (const name of ["bao-cao.xls", "bao-cao.csv", "bao-cao.ods"]) {
        const file = path.join(refusedDir(), name);
        await fs.writeFile(file, "Mã NV,Tình trạng\nNV01,Hoàn thành\n");
        await refused(file, `chỉ nhận tệp Excel .xlsx (tệp này có đuôi "${path.extname(name)}")`);
      }
      const csvRenamed = path.join(refusedDir(), "csv-doi-ten.xlsx");
      await fs.writeFile(csvRenamed, "Mã NV,Tình trạng\nNV01,Hoàn thành\n");
      await refused(csvRenamed, "tệp hỏng hoặc không đọc được như tệp .xlsx");
    });

    it("a corrupt file", async () => {
      const file = path.join(refusedDir(), "hong.xlsx");
      const bytes = readFileSync(files.get(units[8].code) as string);
      await fs.writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
      await refused(file, "tệp hỏng hoặc không đọc được như tệp .xlsx");
    });

    it("a file over the size limit", async () => {
      const file = path.join(refusedDir(), "qua-lon.xlsx");
      await fs.writeFile(file, "PK");
      await fs.truncate(file, 11 * 1024 * 1024);
      await refused(file, "quá giới hạn 10 MB");
    });

    it("a formula typed into an input cell", async () => {
      const file = await copyOf(9, "cong-thuc.xlsx");
      await patchFile(file, null, [{ at: `${COL.participants}${rowOf("NV01")}`, rows: [[{ kind: "formula", formula: "=1+1" }]] }]);
      await refused(file, /ô F8: ô nhập liệu chứa công thức "=1\+1"/);
    });

    it("a date that is not a date", async () => {
      const file = await copyOf(10, "ngay-sai.xlsx");
      await patchFile(file, null, [{ at: `${COL.completedOn}${rowOf("NV01")}`, rows: [[txt("31/02/2019")]] }]);
      await refused(file, /ô E8: "31\/02\/2019" không phải ngày hợp lệ/);
    });

    it("nothing is written when staff deleted a column the file has a change for", async () => {
      const other = path.join(refusedDir(), "so-thieu-cot.xlsx");
      await writeReminderTracker(other);
      const unit = units[11].code;
      const sheet = (await trackerEntries(other)).state.positions.unitSheets.get(unit);
      if (!sheet) throw new Error("no sheet");
      await patchFile(other, sheet.sheet, [{ at: `${String.fromCharCode(64 + (sheet.columns.get("note") as number))}${sheet.headerRow}`, rows: [[txt("Cột của văn phòng")]] }]);
      const before = readFileSync(other);
      const result = await cli("import-unit", other, files.get(unit) as string, "--yes");
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Thiếu cột "Ghi chú"');
      expect(readFileSync(other).equals(before)).toBe(true);
    });

    it("a file that is not a unit file: the tracker itself", async () => {
      const file = path.join(refusedDir(), "so-khac.xlsx");
      await fs.copyFile(tracker, file);
      await refused(file, "không phải tệp báo cáo đơn vị do Plan Tracker xuất ra");
    });
  });
});
