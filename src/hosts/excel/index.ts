/** The Office.js host: applies sheet specs inside Excel and reads workbooks back. */
export { ExcelHost, type ExcelRun, type ExcelBatch, type ExcelHostOptions } from "./excel-host";
export { API_FEATURES, degradationNotes, detectApiSupport, type ApiFeature, type ApiSupport } from "./api-features";
export { ExcelHostError } from "./excel-host-error";
export { EXCEL_WEB_PAYLOAD_LIMIT, REQUEST_BUDGET_BYTES } from "./request-budget";
export { textInput, cellInput } from "./cell-input";
export { excelRunWaitingForCellEdit } from "./excel-run";
export { openAsNewWorkbook } from "./new-workbook";
export { selectCell } from "./select-cell";
export { startInOffice, excelApiSupport, paneSettingsStore, type OfficeStart, type SettingsStore } from "./office-runtime";
