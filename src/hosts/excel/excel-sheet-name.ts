/**
 * Excel's worksheet-name rules (Microsoft support, "Rename a worksheet"): 1–31 characters, none
 * of : \ / ? * [ ], not beginning or ending with an apostrophe, not "History" (reserved for the
 * change-tracking sheet), and unique in the workbook without regard to case.
 */
const FORBIDDEN = /[:\\/?*[\]]/;

export function isValidExcelSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !FORBIDDEN.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

/** The key under which Excel compares sheet names (case-insensitive). */
export function sheetNameKey(name: string): string {
  return name.toLocaleUpperCase("en-US");
}
