/** A unit's own file, exported from the tracker and imported back, and the log of imports. */
export { unitFileSheets, UNIT_FILE_META_SHEET, UNIT_FILE_LAYOUT, UNIT_FILE_AS_OF, type UnitFileInput, type UnitFileMeta } from "./unit-file-sheet";
export { unitFileFirstReads, readUnitFileMeta, unitFileSheetRead, readUnitFileSheet } from "./read-unit-file";
export { IMPORT_LOG_SHEET, importLogSheet, importLogPatch, type ImportLogRow } from "./import-log-sheet";
