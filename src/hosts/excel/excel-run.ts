import type { ExcelRun } from "./excel-host";
import { excelApiSupport } from "./office-runtime";

let waits: boolean | undefined;

/**
 * Excel.run that waits while the user is editing a cell instead of failing (ExcelApi 1.11,
 * `RunOptions.delayForCellEdit`); older Excel gets the plain Excel.run. Office's answer does
 * not change while the add-in runs, so it is asked on the first run only.
 */
export const excelRunWaitingForCellEdit: ExcelRun = (batch) => {
  waits ??= excelApiSupport().has("waitForCellEdit");
  return waits ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch);
};
