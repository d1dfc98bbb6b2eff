/**
 * Opening a workbook file as a new workbook in Excel: Excel.createWorkbook (ExcelApi 1.8) opens
 * it in a new window on Windows and Mac and a new tab on the web, where the user saves it.
 */

/** Base64 of the bytes, in chunks (String.fromCharCode takes a bounded number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** True when Excel opened the workbook; false where this Excel cannot (the caller downloads it instead). */
export async function openAsNewWorkbook(bytes: Uint8Array): Promise<boolean> {
  if (typeof Office === "undefined" || !Office.context?.requirements?.isSetSupported("ExcelApi", "1.8")) return false;
  await Excel.createWorkbook(toBase64(bytes));
  return true;
}
