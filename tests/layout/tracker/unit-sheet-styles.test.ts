import ExcelJS from "exceljs";
import type { IsoDate } from "../../../src/domain/types";
import { buildTracker } from "../../../src/engine";
import { XlsxHost } from "../../../src/hosts/xlsx";
import { generatedPlan, generatedUnits } from "../../support/generated-plan";

const TODAY = "2020-01-10" as IsoDate;
const FIRST_TASK_ROW = 6;

async function unitSheet(host: XlsxHost): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await host.toBuffer()) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets.find((ws) => ws.getCell("B3").value === "DV001");
  if (!sheet) throw new Error("no unit sheet for DV001");
  return sheet;
}

describe("unit sheet task rows", () => {
  it("leaves status cells editable on every task row, also on rows a rebuild adds past the styled margin", async () => {
    const host = XlsxHost.create();
    const units = generatedUnits(2);
    const built = await buildTracker(host, { plan: generatedPlan(49), units, today: TODAY });
    expect(built.ok).toBe(true);
    const before = await unitSheet(host);
    expect(before.getCell(`D${FIRST_TASK_ROW + 48}`).protection?.locked).toBe(false);
    // Styled in steps of 50 rows, not down to the sheet's capacity: a file stays small.
    expect(before.rowCount).toBeLessThan(FIRST_TASK_ROW + 60);

    const rebuilt = await buildTracker(host, { plan: generatedPlan(53), units, today: TODAY });
    expect(rebuilt.ok && rebuilt.value.tasksAdded).toEqual(["NV50", "NV51", "NV52", "NV53"]);
    const after = await unitSheet(host);
    for (let row = FIRST_TASK_ROW + 49; row <= FIRST_TASK_ROW + 52; row++) {
      expect(after.getCell(`A${row}`).value).toMatch(/^NV5[0-3]$/);
      expect(after.getCell(`D${row}`).protection?.locked).toBe(false);
      expect(after.getCell(`C${row}`).protection?.locked).not.toBe(false);
      expect(after.getCell(`E${row}`).numFmt).toBe("dd/mm/yyyy");
    }
  });
});
