/**
 * What Excel dictates, in one place: when two sheet names are the same sheet, which sheet names,
 * table names and defined names Excel accepts, how a sheet name is quoted in a reference, A1
 * addresses, and which changes a workbook would refuse. Layouts, both hosts and the engine take
 * these rules from here.
 */
export * from "./sheet-name-identity";
export * from "./sheet-name-rules";
export * from "./sheet-name-quoting";
export * from "./a1";
export * from "./name-rules";
export * from "./change-validation";
