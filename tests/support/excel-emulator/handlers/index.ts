/** Registers every Excel object type the emulator answers for. */
import { registerConditionalFormatAndChartTypes } from "./conditional-format-and-chart-handlers";
import { registerRangeTypes } from "./range-handlers";
import { registerWorkbookTypes } from "./workbook-handlers";

let registered = false;

export function registerExcelTypes(): void {
  if (registered) return;
  registered = true;
  registerWorkbookTypes();
  registerRangeTypes();
  registerConditionalFormatAndChartTypes();
}
