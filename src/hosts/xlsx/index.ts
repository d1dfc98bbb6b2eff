export { XlsxHost } from "./xlsx-host";
export { WorkbookChangeRejected } from "./change-rejected";
export { writeFileAtomically, type FileOps } from "./atomic-file";
