/**
 * The ExcelApi set that brings each emulated type and member, so an emulator created with
 * `apiVersion` refuses what that Excel lacks, as real Excel does: a member newer than its sets
 * fails with ApiNotFound. Versions follow Microsoft's Office.js reference (learn.microsoft.com/
 * javascript/api/excel, the "[API set: ExcelApi x.y]" remark of each class and member, also in
 * @types/office-js). Types and members not listed are ExcelApi 1.1.
 */

/** Whole types: every member of the type needs the set. */
const TYPE_VERSIONS: Record<string, string> = {
  WorksheetProtection: "1.2",
  FormatProtection: "1.2",
  ConditionalFormatCollection: "1.6",
  ConditionalFormat: "1.6",
  CustomConditionalFormat: "1.6",
  ConditionalFormatRule: "1.6",
  ConditionalRangeFormat: "1.6",
  ConditionalRangeFont: "1.6",
  ConditionalRangeFill: "1.6",
  WorksheetFreezePanes: "1.7",
  DataValidation: "1.8",
  WorkbookCreated: "1.8",
  PageLayout: "1.9",
  PageBreakCollection: "1.9",
  PageBreak: "1.9",
  HeaderFooterGroup: "1.9",
  HeaderFooter: "1.9",
};

/** Members newer than their type, as `Type.member` (camelCase, as in Office.js). */
const MEMBER_VERSIONS: Record<string, string> = {
  "Workbook.getActiveCell": "1.7",
  // Reading calculationMode is 1.1 (setting it 1.8, which the emulator does not offer).
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "Application.createWorkbook": "1.8",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "Worksheet.protection": "1.2",
  "Worksheet.freezePanes": "1.7",
  "Worksheet.tabColor": "1.7",
  "Worksheet.copy": "1.7",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.pageLayout": "1.9",
  "Worksheet.horizontalPageBreaks": "1.9",
  "Worksheet.names": "1.4",
  "Range.conditionalFormats": "1.6",
  "Range.getIntersectionOrNullObject": "1.4",
  "Range.dataValidation": "1.8",
  "Range.hyperlink": "1.7",
  "Range.columnHidden": "1.2",
  "Range.rowHidden": "1.2",
  "Range.merge": "1.2",
  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.rowHeight": "1.2",
  "RangeFormat.protection": "1.2",
  "RangeFormat.autofitColumns": "1.2",
  "RangeFormat.autofitRows": "1.2",
  "RangeFormat.indentLevel": "1.9",
  "Table.convertToRange": "1.2",
  "Table.showFilterButton": "1.3",
  "Table.resize": "1.13",
  "TableCollection.getItemOrNullObject": "1.4",
  "NamedItemCollection.add": "1.4",
  "NamedItemCollection.getItemOrNullObject": "1.4",
  "NamedItem.delete": "1.4",
  "NamedItem.formula": "1.7",
  "ChartSeries.setXAxisValues": "1.7",
  "ChartCollection.getItemOrNullObject": "1.4",
};

/** The set a member needs: its own entry, else its type's, else 1.1. */
export function memberVersion(type: string, member: string): string {
  return MEMBER_VERSIONS[`${type}.${member}`] ?? TYPE_VERSIONS[type] ?? "1.1";
}

const supportedMembers = new Map<string, boolean>();

/** Whether an Excel that supports ExcelApi up to `apiVersion` has the member. */
export function memberSupported(type: string, member: string, apiVersion: string): boolean {
  // Asked for every action of every request: the answer is remembered.
  const key = `${apiVersion} ${type}.${member}`;
  let supported = supportedMembers.get(key);
  if (supported === undefined) {
    supported = compareVersions(memberVersion(type, member), apiVersion) <= 0;
    supportedMembers.set(key, supported);
  }
  return supported;
}

/**
 * Compares "1.10" and "1.9" as versions. Here rather than in office-runtime.ts, which reads
 * office.js from disk and so cannot go into the browser bridge's bundle.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
