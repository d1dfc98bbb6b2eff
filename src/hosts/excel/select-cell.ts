/**
 * Shows a cell to the user: activates its sheet and selects it (Range.select, ExcelApi 1.1), so
 * a click in the pane lands on the entry it names.
 */
import { ExcelHostError } from "./excel-host-error";
import type { ExcelRun } from "./excel-host";

export async function selectCell(run: ExcelRun, sheet: string, address: string): Promise<boolean> {
  try {
    return await run(async (context) => {
      const found = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (found.isNullObject) return false;
      found.getRange(address).select();
      await context.sync();
      return true;
    });
  } catch (error) {
    // A sheet hidden or protected against selection: the pane says the cell could not be shown.
    if (error instanceof ExcelHostError) return false;
    if (error && typeof error === "object" && "code" in error) return false;
    throw error;
  }
}
