/**
 * An emulated Excel behind Microsoft's real Office.js client: `run` is `Excel.run` pointed at
 * this emulator's in-memory workbook, so the library's own load/sync rules apply unchanged.
 */
import { ensureOfficeRuntime, registerHandler, setApiVersion } from "./office-runtime";
import { type FiredFailure, type InjectedFailure, PAYLOAD_LIMIT_BYTES, RequestProcessor, type RequestStats } from "./request-processor";
import { EmulatedWorkbook } from "./workbook-model";

export interface EmulatorOptions {
  /**
   * ExcelApi version reported by Office.context.requirements (default 1.17); members newer than it
   * (api-versions.ts) fail with ApiNotFound, as in an Excel of that version.
   */
  apiVersion?: string;
  /** Per-request cap (default Excel on the web's 5 MB). */
  payloadLimitBytes?: number;
  /** Keep every request body (JSON text) for inspection. */
  recordRequests?: boolean;
}

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface EmulatedExcel {
  /** Behaves like `Excel.run(batch)` (also `run(options, batch)`). */
  run<T>(batch: ExcelBatch<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: ExcelBatch<T>): Promise<T>;
  workbook: EmulatedWorkbook;
  stats: RequestStats;
  /** Request bodies seen so far, when `recordRequests` is on. */
  requests: string[];
  /** Blank workbook, zeroed counters. */
  reset(): void;
  /** Zeroes the counters only. */
  resetStats(): void;
  /**
   * Makes Excel refuse one action of the requests to come (null disarms): the Nth write action
   * over the whole run, or the Nth action of the Nth sync. Earlier actions stay applied.
   */
  failAction(failure: InjectedFailure | null): void;
  /** Where the armed failure fired, once it has. */
  readonly fired: FiredFailure | null;
  /**
   * Starts a fresh record of the kind of each write action to come ("Worksheet.delete",
   * "Range.set values"), in the order `failAction({ writeAction })` counts them; null stops it.
   */
  recordWriteKinds(on: boolean): string[] | null;
  dispose(): void;
}

export function createEmulatedExcel(options: EmulatorOptions = {}): EmulatedExcel {
  ensureOfficeRuntime();
  const workbook = new EmulatedWorkbook();
  const apiVersion = options.apiVersion ?? "1.17";
  const processor = new RequestProcessor(workbook, { payloadLimitBytes: options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES, apiVersion });
  const requests: string[] = [];
  const { url, unregister } = registerHandler(({ body }) => {
    if (options.recordRequests) requests.push(body);
    return processor.process(body);
  });

  function run<T>(first: Excel.RunOptions | ExcelBatch<T>, second?: ExcelBatch<T>): Promise<T> {
    setApiVersion(apiVersion);
    if (typeof first === "function") return Excel.run(url as unknown as Excel.RunOptions, first);
    // The library takes the request URL as `session` in the options form.
    return Excel.run({ ...first, session: url } as unknown as Excel.RunOptions, second as ExcelBatch<T>);
  }

  return {
    run: run as EmulatedExcel["run"],
    workbook,
    stats: processor.stats,
    requests,
    reset: () => {
      workbook.reset();
      processor.resetStats();
      requests.length = 0;
    },
    resetStats: () => processor.resetStats(),
    failAction: (failure) => processor.failAction(failure),
    get fired() {
      return processor.fired;
    },
    recordWriteKinds: (on) => (processor.writeKinds = on ? [] : null),
    dispose: unregister,
  };
}
