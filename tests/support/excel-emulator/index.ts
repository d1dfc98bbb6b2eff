/** The emulated Excel for tests and the benchmark: Microsoft's Office.js client against an in-memory workbook. */
export { createEmulatedExcel, type EmulatedExcel, type EmulatorOptions } from "./emulated-excel";
export { EmulatedWorkbook, type SeedSheet, type EmuSheet, type EmuFormat, type SavedWorkbook } from "./workbook-model";
export { PAYLOAD_LIMIT_BYTES, type RequestStats, type InjectedFailure, type FiredFailure } from "./request-processor";
export { isValidSheetName } from "./sheet-name-rules";
export { measureApply, type ApplyMeasure } from "./measure-apply";
