/**
 * The pane's start-up inside Office: waiting for office.js, checking the host and its API level,
 * and the per-user settings store. The only Office.js the pane's shell needs, kept here so
 * no pane module calls Office.js itself.
 */
import { type ApiSupport, detectApiSupport } from "./api-features";

/** The part of Office.RoamingSettings a preference needs (get, set, saveAsync). */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}

export type OfficeStart = { kind: "notExcel" } | { kind: "tooOld"; needed: string } | { kind: "ready"; api: ApiSupport };

/** Resolves once office.js is ready: in Excel with at least `minExcelApi`, or why not. */
export function startInOffice(minExcelApi: string): Promise<OfficeStart> {
  return Office.onReady().then((info) => {
    if (info.host !== Office.HostType.Excel) return { kind: "notExcel" };
    if (!Office.context.requirements.isSetSupported("ExcelApi", minExcelApi)) return { kind: "tooOld", needed: minExcelApi };
    return { kind: "ready", api: excelApiSupport() };
  });
}

/**
 * Which optional Office.js features the running Excel has (see api-features.ts). Outside Office
 * (a page opened by hand, a test without the emulator) nothing optional is used.
 */
export function excelApiSupport(): ApiSupport {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return detectApiSupport((version) => Boolean(requirements?.isSetSupported("ExcelApi", version)));
}

/**
 * Office's per-user settings where the host has them (Outlook), else the pane's own browser
 * storage: Excel offers no per-user settings to add-ins without a shared runtime, and a
 * preference of this user on this machine is not workbook data.
 */
export function paneSettingsStore(): SettingsStore | undefined {
  const office = typeof Office === "undefined" ? undefined : (Office.context as { roamingSettings?: SettingsStore } | undefined);
  return office?.roamingSettings ?? browserStore();
}

function browserStore(): SettingsStore | undefined {
  try {
    const storage = window.localStorage;
    return {
      get: (name) => storage.getItem(name),
      set: (name, value) => storage.setItem(name, String(value)),
      saveAsync: (callback) => callback?.({ status: "succeeded" }),
    };
  } catch {
    // Storage can be disabled by policy; the pane then starts in Vietnamese each time.
    return undefined;
  }
}

/** Tells Office the page is ready (a page Office loads must call Office.onReady). */
export function signalOfficeReady(): Promise<void> {
  return Office.onReady().then(() => undefined);
}
