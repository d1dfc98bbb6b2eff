export { XlsxHost } from "./xlsx-host";
export { WorkbookChangeRejected } from "./change-rejected";
export { validateChange } from "./change-validation";
export { sheetNameProblem, sheetNameKey, MAX_SHEET_NAME_LENGTH } from "./sheet-name-rules";
export { writeFileAtomically, type FileOps } from "./atomic-file";
