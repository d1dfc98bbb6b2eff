import type { ExcelRun } from "./excel-host";

/**
 * Excel.run that waits while the user is editing a cell instead of failing (ExcelApi 1.11,
 * `RunOptions.delayForCellEdit`); older Excel gets the plain Excel.run.
 */
export const excelRunWaitingForCellEdit: ExcelRun = (batch) =>
  Office.context.requirements.isSetSupported("ExcelApi", "1.11") ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch);
