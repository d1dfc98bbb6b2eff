/**
 * Keeps each Office.js request under Excel on the web's payload cap while queuing, so a change is
 * sent in as few `context.sync()` round trips as the cap allows (syncs ≤ 2 + ⌈bytes ÷ budget⌉:
 * one read, one closing sync, a write batch per budget). The library gives no public way to measure the queued request, so every queued call
 * reports an estimate of the JSON it adds; the constants were calibrated against the serialised
 * requests of office.js 1.1.110 (tests/hosts/excel/request-budget.test.ts keeps them honest).
 */

/** Excel on the web: 5 MB per request (Microsoft, "Resource limits and performance optimization for Office Add-ins"). */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Room left for estimation error: a batch is closed once its estimate passes 90% of the cap. */
export const REQUEST_BUDGET_BYTES = Math.floor(EXCEL_WEB_PAYLOAD_LIMIT * 0.9);

/** JSON of one object path plus the action that instantiates it: `"12":{"Id":12,"ObjectPathType":3,…}`. */
export const PATH_BYTES = 150;
/** JSON of one set-property or method action without its arguments. */
export const ACTION_BYTES = 110;

const encoder = new TextEncoder();

/** UTF-8 length of a value's JSON: what it adds to the request body. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  if (json === undefined) return 0;
  // Printable-ASCII JSON (most formulas) needs no encoding pass: one byte per character.
  return /^[ -~]*$/.test(json) ? json.length : encoder.encode(json).length;
}

/** Estimated bytes of `actions` actions on `paths` new object paths with these arguments. */
export function estimate(paths: number, actions: number, args: unknown = null): number {
  return paths * PATH_BYTES + actions * ACTION_BYTES + jsonBytes(args);
}

export interface SyncingContext {
  sync(): Promise<unknown>;
}

/** Counts what is queued and syncs before a call that would push the request past the budget. */
export class RequestBudget {
  private queued = 0;
  syncs = 0;
  actions = 0;
  largestEstimate = 0;
  totalEstimate = 0;

  constructor(
    private readonly context: SyncingContext,
    private readonly limit: number = REQUEST_BUDGET_BYTES,
  ) {}

  /** Call before queuing `actions` calls worth `bytes`; may send what is queued first. */
  async reserve(bytes: number, actions = 1): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) await this.flush();
    this.queued += bytes;
    this.totalEstimate += bytes;
    this.actions += actions;
  }

  /** Sends whatever is queued (one round trip), if anything. */
  async flush(): Promise<void> {
    if (this.queued === 0) return;
    this.largestEstimate = Math.max(this.largestEstimate, this.queued);
    this.queued = 0;
    this.syncs += 1;
    await this.context.sync();
  }
}
