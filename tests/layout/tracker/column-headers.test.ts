/**
 * The workbook's column headers are what readers match to find a column a user moved, so they
 * are the layout's own Vietnamese constants: a translation edited in the catalog (which labels
 * the same columns in the pane) changes neither what is written nor what is read.
 */
import { catalog } from "../../../src/i18n/messages";
import { COLUMN_HEADERS } from "../../../src/layout/tracker/columns";
import { trackerBuildChange } from "../../../src/layout/tracker";
import { GridWorkbook } from "./support/grid-workbook";
import { TODAY, plan, readBack, task, unit } from "./support/tracker-fixtures";

const edited = ["tracker.col.taskCode", "tracker.col.status", "tracker.col.unitCode", "tracker.col.deadline"] as const;

describe("the tracker's column headers", () => {
  const saved = edited.map((key) => catalog[key].vi);
  beforeAll(() => {
    for (const key of edited) (catalog[key] as { vi: string }).vi = `${catalog[key].vi} (sửa)`;
  });
  afterAll(() => {
    edited.forEach((key, i) => ((catalog[key] as { vi: string }).vi = saved[i]));
  });

  it("stay as the layout writes them when the pane's translation of them is edited", async () => {
    const book = new GridWorkbook();
    book.apply(trackerBuildChange({ plan: plan([task(1, "2019-12-20"), task(2)]), units: [unit(1), unit(2)], existing: null, today: TODAY }).change);
    const headerRow = (sheet: string, first: string) => {
      for (let row = 1; row <= 30; row++) if (book.get(sheet, row, 1) === first) return row;
      return 0;
    };
    const unitSheet = book.sheets.find((s) => s.name.startsWith("Chi bộ"))!.name;
    const row = headerRow(unitSheet, COLUMN_HEADERS.taskCode);
    expect(row).toBeGreaterThan(0);
    expect(book.get(unitSheet, row, 4)).toBe("Trạng thái");
    expect(headerRow("Đơn vị", "Mã ĐV")).toBeGreaterThan(0);

    const { state, problems } = await readBack(book);
    expect(problems).toEqual([]);
    expect(state?.units.map((u) => u.code)).toEqual([unit(1).code, unit(2).code]);
  });
});
