export * from "./sheet-spec";
export * from "./workbook-host";
