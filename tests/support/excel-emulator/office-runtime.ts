/**
 * Loads Microsoft's real Office.js Excel client (@microsoft/office-js, the Win32 host file) into
 * the current JavaScript realm, with no loader and no Office host ("way 2"): requests reach us
 * through OfficeExtension.HttpUtility.setCustomSendRequestFunc. The library is evaluated in the
 * test's own realm on purpose: it checks prototypes (e.g. `Object.getPrototypeOf(x) ===
 * Object.getPrototypeOf({})`), so objects made by the add-in's code must come from the same realm.
 */
import * as fs from "fs";
import * as path from "path";
import { compareVersions } from "./api-versions";

/** The Excel host file the Office.js loader picks for Excel 2016+ on Windows ("Excel$Win32$16.01"). */
export const EXCEL_HOST_FILE = "excel-win32-16.01.js";

export interface EmulatedRequest {
  url: string;
  body: string;
}

type Handler = (request: EmulatedRequest) => string;

interface HttpRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

interface RuntimeState {
  handlers: Map<string, Handler>;
  /** ExcelApi version answered by Office.context.requirements while an emulated run is active. */
  apiVersion: string;
}

const STATE_KEY = "__planTrackerExcelEmulator";

function officeDistFile(name: string): string {
  return path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist", name);
}

/** Minimal browser globals the library touches while loading (it never renders anything). */
function installBrowserShim(g: Record<string, unknown>): void {
  if (!g.window) g.window = g;
  if (!g.self) g.self = g;
  if (!g.navigator) Object.defineProperty(g, "navigator", { value: { userAgent: "node", language: "en-US" }, configurable: true });
  if (!g.location) g.location = { href: "https://localhost/taskpane.html", search: "", hash: "", protocol: "https:", host: "localhost", hostname: "localhost", pathname: "/taskpane.html" };
  if (!g.document) {
    g.document = {
      readyState: "complete",
      cookie: "",
      getElementsByTagName: () => [],
      createElement: () => ({ style: {}, setAttribute() {}, appendChild() {} }),
      addEventListener() {},
    };
  }
  if (!g.addEventListener) g.addEventListener = () => {};
}

/** Evaluates the library once per realm and installs the request router. */
export function ensureOfficeRuntime(): RuntimeState {
  const g = globalThis as unknown as Record<string, unknown>;
  const existing = g[STATE_KEY] as RuntimeState | undefined;
  if (existing) return existing;
  installBrowserShim(g);
  const code = fs.readFileSync(officeDistFile(EXCEL_HOST_FILE), "utf8");
  // Indirect eval runs the script in this realm's global scope, as a <script> tag would.
  (0, eval)(code);
  const state: RuntimeState = { handlers: new Map(), apiVersion: "1.17" };
  g[STATE_KEY] = state;
  // Office.context is a getter over the loader's app factory, which way 2 has no loader for:
  // give it a context whose requirements answer for the emulated ExcelApi version.
  const osf = g.OSF as Record<string, unknown>;
  if (!osf._OfficeAppFactory) {
    const context = {
      requirements: {
        isSetSupported: (name: string, version?: string) => name === "ExcelApi" && compareVersions(version ?? "1.1", state.apiVersion) <= 0,
      },
    };
    osf._OfficeAppFactory = { getContext: () => context };
  }
  // HttpUtility is part of the library's runtime but not of @types/office-js.
  const runtime = g.OfficeExtension as { HttpUtility: { setCustomSendRequestFunc(f: (r: HttpRequest) => Promise<HttpResponse>): void } };
  runtime.HttpUtility.setCustomSendRequestFunc(async (request): Promise<HttpResponse> => {
    const handler = [...state.handlers].find(([prefix]) => request.url.startsWith(prefix))?.[1];
    if (!handler) return { statusCode: 404, headers: {}, body: "" };
    // The library hands over the request body as an object; the wire carries its JSON text.
    const body = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    return { statusCode: 200, headers: { "content-type": "application/json" }, body: handler({ url: request.url, body }) };
  });
  return state;
}

export { compareVersions };

let counter = 0;

/** Registers a request handler under a fresh URL; returns the URL to pass to Excel.run. */
export function registerHandler(handler: Handler): { url: string; unregister: () => void } {
  const state = ensureOfficeRuntime();
  const url = `https://excel-emulator.invalid/${++counter}/`;
  state.handlers.set(url, handler);
  return { url, unregister: () => state.handlers.delete(url) };
}

export function setApiVersion(version: string): void {
  ensureOfficeRuntime().apiVersion = version;
}
