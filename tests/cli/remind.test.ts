/**
 * `plan-tracker remind` on the seed plan 13-KH/ĐUK with 40 units (tests/support/reminder-seed.ts):
 * as of 23/12/2019 ten units are late on NV05 (due 20/12/2019), the other thirty completed it.
 * What the office reads, the files it prints from, the log it keeps, and a second round a week
 * later; then the workbook edited by hand the ways staff do.
 */
import { promises as fs, readFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { XlsxHost } from "../../src/hosts/xlsx";
import { lateUnitCodes, NO_EMAIL_POSITION, reminderUnits, writeReminderTracker } from "../support/reminder-seed";
import type { CellContent } from "../../src/layout/sheet-spec";
import { asTyped, editByHand, removeTable, unitSheetOf } from "./support/edit-by-hand";
import { cli } from "./support/run-cli";

const LOG = "Nhật ký đôn đốc";
const HEADER_ROW = 13;

async function sheetValues(file: string, sheet: string): Promise<unknown[][]> {
  const opened = await XlsxHost.open(file);
  if (!opened.ok) throw new Error("cannot open");
  const snapshot = await opened.value.snapshot([{ sheet }]);
  return snapshot.ranges[0].found ? snapshot.ranges[0].values : [];
}

/** The log's rows below its header, by the header's column names. */
async function logRows(file: string): Promise<Array<Record<string, unknown>>> {
  const values = await sheetValues(file, LOG);
  const headerIndex = values.findIndex((row) => row.includes("Ngày đôn đốc") && row.includes("Mã đơn vị"));
  const header = values[headerIndex] as string[];
  return values
    .slice(headerIndex + 1)
    .filter((row) => row.some((v) => v !== null && v !== ""))
    .map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}

const names = () => new Map(reminderUnits().map((u) => [u.code, u.name]));
const lateNames = () => lateUnitCodes().map((code) => names().get(code)!);
const greeted = (stdout: string) => [...stdout.matchAll(/^Kính gửi: (.+)$/gm)].map((m) => m[1]);

describe("plan-tracker remind", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "remind-"));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  describe("the ten late units of 40, reminded, logged, and reminded again a week later", () => {
    let tracker: string;
    beforeAll(async () => {
      tracker = path.join(dir, "so-theo-doi.xlsx");
      await writeReminderTracker(tracker);
    });

    it("as of 23/12/2019 reminds exactly the ten late units of NV05, writing nothing", async () => {
      const bytes = readFileSync(tracker);
      const result = await cli("remind", tracker, "--as-of", "2019-12-23");
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("Đôn đốc ngày 23/12/2019 (đơn vị có nhiệm vụ quá hạn): 10 đơn vị; hạn báo cáo lại trước ngày 30/12/2019");
      expect(greeted(result.stdout)).toEqual(lateNames());
      const letters = result.stdout.split("=".repeat(72)).filter((part) => part.includes("Kính gửi:"));
      expect(letters).toHaveLength(10);
      letters.forEach((letter, i) => {
        expect(letter).toContain(`Kính gửi: ${lateNames()[i]}`);
        expect(letter).toMatch(/- NV05: Trực tiếp phổ biến, quán triệt .*… \(hạn 20\/12\/2019, quá hạn 3 ngày\)\./);
        expect(letter).not.toContain("nhắc lần");
      });
      const others = reminderUnits().filter((u) => !lateUnitCodes().includes(u.code));
      for (const unit of others) expect(result.stdout).not.toContain(`Kính gửi: ${unit.name}\n`);
      expect(result.stdout).toContain("Gửi: syt@binhphuoc.example.vn");
      expect(result.stdout).toContain("Gửi: (đơn vị chưa có email: in hoặc sao chép văn bản)");
      expect(readFileSync(tracker).equals(bytes)).toBe(true);
    });

    it("--log appends the round to the log and saves the tracker", async () => {
      const result = await cli("remind", tracker, "--as-of", "2019-12-23", "--log", "--channel", "email");
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Đã ghi 10 dòng vào nhật ký đôn đốc (trang "Nhật ký đôn đốc") trong ${tracker}`);
      const rows = await logRows(tracker);
      expect(rows.map((r) => r["Mã đơn vị"])).toEqual(lateUnitCodes());
      expect(rows.every((r) => r["Nhiệm vụ"] === "NV05" && r["Số ngày quá hạn"] === 3 && r["Kênh"] === "email" && r["Lần nhắc"] === 1)).toBe(true);
    });

    it("a week later the second round says lần 2, and the log holds both rounds", async () => {
      const result = await cli("remind", tracker, "--as-of", "2019-12-30", "--log", "--channel", "clipboard");
      expect(result.code).toBe(0);
      expect(greeted(result.stdout)).toEqual(lateNames());
      expect(result.stdout.match(/\(hạn 20\/12\/2019, quá hạn 10 ngày\) \(nhắc lần 2\)\./g)).toHaveLength(10);
      expect(result.stdout).toContain("Tiêu đề: Đôn đốc thực hiện Kế hoạch số 13-KH/ĐUK - Đảng bộ Sở Y tế (nhắc lần 2)");
      // 30/12 + five working days, New Year's Day skipped (the tracker's holiday table).
      expect(result.stdout).toContain("hạn báo cáo lại trước ngày 07/01/2020");
      const rows = await logRows(tracker);
      expect(rows).toHaveLength(20);
      expect(rows.filter((r) => r["Lần nhắc"] === 1).map((r) => r["Mã đơn vị"])).toEqual(lateUnitCodes());
      expect(rows.filter((r) => r["Lần nhắc"] === 2).map((r) => r["Mã đơn vị"])).toEqual(lateUnitCodes());
      expect(rows.filter((r) => r["Lần nhắc"] === 2).every((r) => r["Kênh"] === "sao chép" && r["Số ngày quá hạn"] === 10)).toBe(true);
    });

    it("the December report says the late units were reminded twice", async () => {
      expect((await cli("summary", tracker, "--period", "2019-12", "--today", "2020-01-06")).code).toBe(0);
      const report = JSON.stringify(await sheetValues(tracker, "BC tháng 12-2019"));
      expect(report).toContain("Đảng bộ Sở Y tế: nhiệm vụ NV05 (hạn 20/12/2019, quá 11 ngày) (đã đôn đốc 2 lần).");
    });
  });

  it("--out-dir writes one UTF-8 letter per unit under an ASCII name", async () => {
    const tracker = path.join(dir, "files.xlsx");
    await writeReminderTracker(tracker);
    const out = path.join(dir, "thu-don-doc");
    const result = await cli("remind", tracker, "--as-of", "2019-12-23", "--out-dir", out);
    expect(result.code).toBe(0);
    const files = (await fs.readdir(out)).sort();
    expect(files).toHaveLength(10);
    for (const file of files) expect(file).toMatch(/^DV0\d\d-[A-Za-z0-9-]+\.txt$/);
    expect(files).toContain("DV004-Dang-bo-So-Y-te.txt");
    const letter = readFileSync(path.join(out, "DV004-Dang-bo-So-Y-te.txt"), "utf8");
    expect(letter.startsWith("Tiêu đề: Đôn đốc thực hiện Kế hoạch số 13-KH/ĐUK - Đảng bộ Sở Y tế\r\n")).toBe(true);
    expect(letter).toContain("Kính gửi: Đảng bộ Sở Y tế\r\n");
    expect(letter).toContain("trước ngày 30/12/2019.");
    expect(result.stdout).toContain(`Đã ghi 10 tệp vào ${out}:`);
  });

  it("--json gives the round for other programs; --lang en the letters in English", async () => {
    const tracker = path.join(dir, "json.xlsx");
    await writeReminderTracker(tracker);
    const result = await cli("remind", tracker, "--as-of", "2019-12-23", "--units", "silent", "--json", "--lang", "en");
    expect(result.code).toBe(0);
    const round = JSON.parse(result.stdout);
    expect(round).toMatchObject({ asOf: "2019-12-23", replyBy: "2019-12-30", scope: "silent", logCount: 0, lang: "en" });
    expect(round.reminders.map((r: { unit: { code: string } }) => r.unit.code)).toEqual(lateUnitCodes().slice(-3));
    expect(round.reminders[1]).toMatchObject({ silent: true, email: null, late: [{ code: "NV05", deadline: "2019-12-20", days: 3, round: 1 }] });
    expect(round.reminders[1].unit.code).toBe(reminderUnits()[NO_EMAIL_POSITION - 1].code);
    expect(round.reminders[0].text).toContain("your unit has not reported on any task");
  });

  describe("a workbook edited by hand", () => {
    it("a log sorted, with a date typed as a word: the row is named, kept, and still counted", async () => {
      const tracker = path.join(dir, "sorted.xlsx");
      await writeReminderTracker(tracker);
      expect((await cli("remind", tracker, "--as-of", "2019-12-23", "--log")).code).toBe(0);
      const logged = (await sheetValues(tracker, LOG)).slice(HEADER_ROW, HEADER_ROW + 10).map((row) => row.slice(0, 9));
      const sorted = logged.reverse().map((row) => row.map(asTyped));
      sorted[1][0] = { kind: "text", text: "hôm qua" };
      await editByHand(tracker, [{ op: "patchSheet", name: LOG, content: { cells: [{ at: `A${HEADER_ROW + 1}`, rows: sorted }] } }]);
      const before = await logRows(tracker);
      expect(before[0]["Mã đơn vị"]).toBe(lateUnitCodes()[9]);
      expect(before[1]["Ngày đôn đốc"]).toBe("hôm qua");

      const again = await cli("remind", tracker, "--as-of", "2019-12-30", "--log");
      expect(again.code).toBe(0);
      expect(again.stderr).toContain(`Trang tính "${LOG}", ô A${HEADER_ROW + 2}: Dòng ${HEADER_ROW + 2} của nhật ký đôn đốc: "hôm qua" ở cột "Ngày đôn đốc" không đọc được; dòng được giữ nguyên và vẫn được tính vào số lần nhắc`);
      expect(again.stdout.match(/\(nhắc lần 2\)\./g)).toHaveLength(10);
      const after = await logRows(tracker);
      expect(after.slice(0, 10)).toEqual(before);
      expect(after.slice(10).map((r) => r["Lần nhắc"])).toEqual(Array(10).fill(2));
    });

    it("a log table deleted: it is made again, with a warning, below what the sheet holds", async () => {
      const tracker = path.join(dir, "no-table.xlsx");
      await writeReminderTracker(tracker);
      expect((await cli("remind", tracker, "--as-of", "2019-12-23", "--log")).code).toBe(0);
      await removeTable(tracker, "NhatKy_DonDoc");
      const blanks = Array.from({ length: 11 }, () => Array.from({ length: 9 }, (): CellContent => ({ kind: "blank" })));
      await editByHand(tracker, [{ op: "patchSheet", name: LOG, content: { cells: [{ at: `A${HEADER_ROW}`, rows: blanks }] } }]);
      expect(JSON.stringify(await sheetValues(tracker, LOG))).not.toContain("Mã đơn vị");

      const again = await cli("remind", tracker, "--as-of", "2019-12-30", "--log");
      expect(again.code).toBe(0);
      expect(again.stderr).toContain(`Trang "${LOG}" không còn bảng nhật ký (dòng tiêu đề "Ngày đôn đốc", "Mã đơn vị"): bảng được tạo lại từ dòng 14`);
      const rows = await logRows(tracker);
      expect(rows.map((r) => r["Mã đơn vị"])).toEqual(lateUnitCodes());
      expect(rows.every((r) => r["Lần nhắc"] === 1)).toBe(true);
    });

    it("a unit sheet deleted: the unit is named with its sheet and left out; the others are reminded", async () => {
      const tracker = path.join(dir, "deleted.xlsx");
      await writeReminderTracker(tracker);
      const gone = lateUnitCodes()[1];
      const { sheet: name } = await unitSheetOf(tracker, gone);
      await editByHand(tracker, [{ op: "deleteSheet", name }]);
      const result = await cli("remind", tracker, "--as-of", "2019-12-23");
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(`Không tìm thấy trang tính của đơn vị ${gone} (trước đây là "${name}"): có thể đã bị xoá. Đơn vị này không được đôn đốc lần này`);
      expect(greeted(result.stdout)).toEqual(lateNames().filter((n) => n !== names().get(gone)));
    });

    it("bad options write nothing and say what is wrong", async () => {
      const tracker = path.join(dir, "options.xlsx");
      await writeReminderTracker(tracker);
      const bytes = readFileSync(tracker);
      const scope = await cli("remind", tracker, "--units", "quá-hạn");
      expect(scope.code).toBe(2);
      expect(scope.stderr).toContain("Phạm vi \"quá-hạn\" không có: dùng late (quá hạn), silent (chưa báo cáo) hoặc all (tất cả)");
      expect((await cli("remind", tracker, "--channel", "zalo", "--log")).stderr).toContain("Kênh \"zalo\" không có");
      expect((await cli("remind", tracker, "--channel", "email")).code).toBe(2);
      expect((await cli("remind", tracker, "--as-of", "2019-02-30")).code).toBe(2);
      expect((await cli("remind", path.join(dir, "missing.xlsx"))).code).toBe(1);
      expect(readFileSync(tracker).equals(bytes)).toBe(true);
    });
  });
});
