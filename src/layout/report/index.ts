/** The periodic report: its sheet, the register and settings sheet, and reading them back. */
export { reportSheet, type ReportSheetInput } from "./report-sheet";
export { registerSheet, registerPatch, registerFilePatch, REGISTER_TABLE } from "./register-sheet";
export { readRegister, emptyRegister, type RegisterRead } from "./read-register";
export { periodLabel, reportSheetName, registerSheetName, REPORT_DRAFT_SHEET, REGISTER_DRAFT_SHEET } from "./report-names";
export { reportEmail, mailtoLink, type EmailDraft } from "./report-email";
