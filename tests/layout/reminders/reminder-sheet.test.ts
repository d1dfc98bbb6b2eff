/**
 * The printable reminders of the seed plan as of 23/12/2019: one letter per A4 page, in the
 * report's document style.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ReminderCounts } from "../../../src/domain/reminders";
import { XlsxHost } from "../../../src/hosts/xlsx";
import type { CellContent, SheetSpec } from "../../../src/layout";
import { parseRange } from "../../../src/layout/excel-rules";
import { reminderPrintSheet } from "../../../src/layout/reminders";
import { pdfText, renderPdf, sofficePath } from "../../support/libreoffice";
import { lateUnitCodes, NV05, reminderRound } from "../../support/reminder-seed";

function cellsOf(spec: SheetSpec): Map<number, string> {
  const rows = new Map<number, string>();
  for (const block of spec.cells ?? []) {
    const at = parseRange(block.at)!;
    block.rows.forEach((row, i) =>
      row.forEach((c: CellContent) => {
        if (c.kind === "text") rows.set(at.top + i, [rows.get(at.top + i), c.text].filter(Boolean).join(" | "));
      }),
    );
  }
  return rows;
}

describe("the printable reminders", () => {
  const round = reminderRound("late", new ReminderCounts([{ unit: lateUnitCodes()[1], task: NV05 }]));
  const spec = reminderPrintSheet(round, round.reminders);
  const rows = cellsOf(spec);
  const breaks = spec.print?.pageBreaks ?? [];

  it("is named after the date and prints on A4 portrait, one page wide", () => {
    expect(spec.name).toBe("Đôn đốc 23-12-2019");
    expect(spec.print).toMatchObject({ orientation: "portrait", paper: "A4", fitToWidth: true });
  });

  it("starts each unit's letter on a page of its own", () => {
    expect(breaks).toHaveLength(round.reminders.length - 1);
    const starts = [1, ...breaks];
    starts.forEach((row, i) => {
      expect(rows.get(row)).toBe("ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP | ĐẢNG CỘNG SẢN VIỆT NAM");
      const page = [...rows].filter(([r]) => r >= row && r < (starts[i + 1] ?? Infinity)).map(([, text]) => text);
      expect(page).toContain(`Kính gửi: ${round.reminders[i].unit.name}`);
      expect(page.join("\n")).toContain("(hạn 20/12/2019, quá hạn 3 ngày)");
    });
  });

  it("lays a letter out as a party document: the office, the date line, the subject line, the signature", () => {
    expect(rows.get(2)).toBe("VĂN PHÒNG");
    expect(rows.get(3)).toBe("* | Bình Phước, ngày 23 tháng 12 năm 2019");
    expect(rows.get(4)).toBe("V/v đôn đốc thực hiện Kế hoạch số 13-KH/ĐUK");
    const first = [...rows].filter(([r]) => r < breaks[0]).map(([, text]) => text);
    expect(first).toContain("Nơi nhận: | T/L BAN THƯỜNG VỤ");
    expect(first).toContain("- Như trên, | CHÁNH VĂN PHÒNG");
  });

  it("says the second reminder is the second", () => {
    const second = [...rows].filter(([r]) => r >= breaks[0] && r < breaks[1]).map(([, text]) => text).join("\n");
    expect(second).toContain("(nhắc lần 2)");
  });

  it("is Times New Roman, values only", () => {
    expect(spec.styles?.[0].style.font?.name).toBe("Times New Roman");
    expect((spec.cells ?? []).flatMap((b) => b.rows.flat()).some((c) => c.kind === "formula")).toBe(false);
  });
});

(sofficePath() ? it : it.skip)("prints, in LibreOffice, one letter per A4 page", async () => {
  const round = reminderRound("late");
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "reminder-print-"));
  try {
    const file = XlsxHost.create();
    await file.apply({ ops: [{ op: "addSheet", sheet: reminderPrintSheet(round, round.reminders) }] });
    const xlsx = path.join(dir, "don-doc.xlsx");
    await fs.writeFile(xlsx, await file.toBytes());
    const pages = (await pdfText(await renderPdf(xlsx, dir))).split("\f").filter((page) => page.trim() !== "");
    expect(pages).toHaveLength(round.reminders.length);
    pages.forEach((page, i) => {
      const text = page.replace(/\s+/g, " ");
      expect(text).toContain(`Kính gửi: ${round.reminders[i].unit.name}`);
      expect(text).toContain("CHÁNH VĂN PHÒNG");
      expect(text.match(/Kính gửi:/g)).toHaveLength(1);
    });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
