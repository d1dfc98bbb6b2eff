/**
 * Opening a workbook file as a new workbook in Excel: Excel.createWorkbook (ExcelApi 1.8) opens
 * it in a new window on Windows and Mac and a new tab on the web, where the user saves it.
 */
import type { ApiSupport } from "./api-features";
import { excelApiSupport } from "./office-runtime";

/** Base64 of the bytes, in chunks (String.fromCharCode takes a bounded number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** True when Excel opened the workbook; false where this Excel cannot (the caller downloads it instead). */
export async function openAsNewWorkbook(bytes: Uint8Array, support: ApiSupport = excelApiSupport()): Promise<boolean> {
  if (!support.has("newWorkbook")) return false;
  await Excel.createWorkbook(toBase64(bytes));
  return true;
}
