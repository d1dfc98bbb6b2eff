/** The pure domain: plan, units, dates, deadline rules, plan-text parsing, tracker data. */
export * from "./types";
export * from "./result";
export * from "./calendar-date";
export * from "./deadline";
export * from "./tracker";
export * from "./tracker-check";
export { parsePlanText, parsePlanTextDetailed } from "./plan-text";
export { parsePlanJson } from "./plan-json";
export { parseUnitsCsv } from "./units-csv";
export { unitsFromRows } from "./unit-rows";
export { assignSheetNames } from "./sheet-name";
export { sheetNameKey } from "./sheet-name-key";
export { isValidSheetName, MAX_SHEET_NAME_LENGTH } from "./sheet-name-rules";
