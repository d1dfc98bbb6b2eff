/**
 * The browser way of the emulator (its README): a desktop-like Excel host for a page in a browser. Installed
 * before office.js loads, it gives the page the `window.external` object that Excel for Windows
 * gives its task panes, so Microsoft's unmodified loader starts (`Office.onReady` resolves with
 * host Excel, platform PC) and every `Excel.run` batch reaches the same request processor the
 * jest tests use. See README.md in this folder for how a Playwright test injects it.
 */
import { RequestProcessor } from "./request-processor";
import { EmulatedWorkbook } from "./workbook-model";

export interface BridgeOptions {
  /** ExcelApi version reported by GetSupportedMatrix (drives isSetSupported) and enforced on members; default 1.17. */
  apiVersion?: string;
  /** Host info string the loader parses: host$platform$version$locale… */
  hostInfo?: string;
}

export interface BrowserEmulator {
  workbook: EmulatedWorkbook;
  processor: RequestProcessor;
  stats: RequestProcessor["stats"];
  /** Request bodies received, newest last. */
  requests: string[];
  reset(): void;
}

/** Office's dispatch id for a Rich API batch (Excel.run's ProcessQuery). */
const EXECUTE_RICH_API = 93;

/** The loader treats anything with toArray() as a COM safe array. */
const safeArray = (items: unknown[]) => ({ toArray: () => items });

function parameters(params: unknown): unknown[] {
  if (Array.isArray(params)) return params;
  const maybe = params as { toArray?: () => unknown[] } | null;
  return maybe?.toArray ? maybe.toArray() : [];
}

export function installBrowserBridge(target: Record<string, unknown>, options: BridgeOptions = {}): BrowserEmulator {
  const workbook = new EmulatedWorkbook();
  const processor = new RequestProcessor(workbook, { apiVersion: options.apiVersion ?? "1.17" });
  const requests: string[] = [];
  const settings: Record<string, string> = {};
  const context = {
    GetAppType: () => 1,
    GetSolutionRef: () => "",
    GetAppVersionMajor: () => 16,
    GetAppVersionMinor: () => 0,
    GetAppUILocale: () => "vi-VN",
    GetAppDataLocale: () => "vi-VN",
    GetDocUrl: () => "https://emulated.invalid/Book1.xlsx",
    GetAppCapabilities: () => 0,
    GetActivationMode: () => 0,
    GetControlIntegrationLevel: () => 0,
    GetSolutionToken: () => "",
    GetCorrelationId: () => "00000000-0000-0000-0000-000000000000",
    GetInstanceId: () => "00000000-0000-0000-0000-000000000001",
    GetTouchEnabled: () => false,
    GetCommerceAllowed: () => false,
    GetSupportedMatrix: () => JSON.stringify({ ExcelApi: options.apiVersion ?? "1.17" }),
    GetHostCustomMessage: () => null,
    GetHostFullVersion: () => "16.0.17928.20114",
    GetDialogRequirementMatrix: () => JSON.stringify({ DialogApi: "1.2" }),
    GetSettings: () => ({
      Read: (keys: { push?: (v: string) => void }, values: { push?: (v: string) => void }) => {
        for (const [k, v] of Object.entries(settings)) {
          keys.push?.(k);
          values.push?.(v);
        }
      },
      Write: (keys: unknown, values: unknown) => {
        const ks = parameters(keys);
        const vs = parameters(values);
        ks.forEach((k, i) => (settings[String(k)] = String(vs[i])));
      },
    }),
    GetFeaturesForSolution: () => "",
    GetInitialDisplayMode: () => 0,
  };
  target.external = {
    GetHostInfo: () => options.hostInfo ?? "Excel$Win32$16.01$en-US$$$$0",
    GetContext: () => context,
    Execute: (dispatchId: number, params: unknown, callback: (result: unknown) => void) => {
      if (dispatchId !== EXECUTE_RICH_API) {
        // Other Office (common API) calls are not emulated: answer with a generic failure status.
        setTimeout(() => callback(safeArray([5001])), 0);
        return;
      }
      // The message arrives as [[customData, "POST", "ProcessQuery", headers, body, …]].
      const outer = parameters(params);
      const list = Array.isArray(outer[0]) ? (outer[0] as unknown[]) : outer;
      const body = [...list].reverse().find((p) => typeof p === "string" && p.startsWith("{")) as string | undefined;
      if (body === undefined) {
        setTimeout(() => callback(safeArray([5001])), 0);
        return;
      }
      requests.push(body);
      const response = processor.process(body);
      setTimeout(() => callback(safeArray([0, [200, ["content-type", "application/json"], response]])), 0);
    },
    RegisterEvent: (_id: number, _target: unknown, _handler: unknown, callback?: (status: number) => void) => callback?.(0),
    UnregisterEvent: (_id: number, _target: unknown, callback?: (status: number) => void) => callback?.(0),
    GetLoggingAllowed: () => false,
    MessageParent: () => undefined,
    MessageChild: () => undefined,
  };
  const emulator: BrowserEmulator = {
    workbook,
    processor,
    stats: processor.stats,
    requests,
    reset: () => {
      workbook.reset();
      processor.resetStats();
      requests.length = 0;
    },
  };
  target.__excelEmulator = emulator;
  return emulator;
}

// As a bundled page script: install at once, with options a test may have set before.
if (typeof window !== "undefined" && !(window as unknown as Record<string, unknown>).__excelEmulator) {
  const w = window as unknown as Record<string, unknown>;
  installBrowserBridge(w, (w.__excelEmulatorOptions as BridgeOptions | undefined) ?? {});
}
