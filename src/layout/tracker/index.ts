/** The tracker workbook (docs/workbook-layout.md): build, rebuild and read back, as pure data for both hosts. */
export { trackerBuildChange, type TrackerBuildInput, type TrackerBuild } from "./tracker-change";
export { savePlanSheetChange, saveUnitsSheetChange } from "./sheet-saves";
export { trackerFirstReads, trackerSecondReads, trackerRereads, readTracker, type TrackerRead } from "./read-tracker";
export { unitTabColor } from "./status-formulas";
export { trackerSheetNames, reservedSheetNames, META_SHEET, SCHEMA_VERSION, REPORT_SHEET_PREFIX, REMINDER_SHEET_PREFIX, type TrackerSheetNames } from "./geometry";
export { unitSheetColumns, planColumns, unitListColumns, measureKey } from "./columns";
export type { LocatedTracker, TrackerPositions, TablePositions, UnitSheetPositions } from "./positions";
