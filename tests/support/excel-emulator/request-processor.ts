/**
 * Answers the JSON requests that Microsoft's Office.js client serialises for Excel.run (format
 * described in this folder's README): object paths are resolved against the in-memory workbook,
 * actions run in order, and the first failing action ends the batch with Excel's error (earlier
 * actions stay applied: Excel batches are not transactions).
 */
import { EmulatedExcelError, type ExcelErrorCode, MESSAGES } from "./excel-errors";
import { NULL_REF, type Ref, camel, handlerOf, isRef, pascal } from "./object-model";
import { registerExcelTypes } from "./handlers";
import { memberSupported } from "./api-versions";
import type { EmulatedWorkbook } from "./workbook-model";

/** Excel on the web's payload cap, on each request and on each response: 5 MB (Microsoft, "Resource limits and performance optimization for Office Add-ins"). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name?: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

interface Action {
  Id: number;
  ActionType: number;
  Name?: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[] | null; Expand?: string[] | null; Top?: number; Skip?: number };
}

interface RequestBody {
  Actions?: Action[];
  ObjectPaths?: Record<string, ObjectPathInfo>;
}

export interface RequestStats {
  /** Requests the add-in's context.sync() calls sent (Excel.run's own final sync included). */
  syncs: number;
  /** Requests Excel.run sends afterwards only to release kept references (`_RemoveReference`). */
  cleanups: number;
  actions: number;
  largestRequestBytes: number;
  totalRequestBytes: number;
  /** What Excel answered to those requests: reads (loaded values) are the big ones. */
  largestResponseBytes: number;
  totalResponseBytes: number;
  /** Answers over the cap, replaced by ResponsePayloadSizeLimitExceeded (their size is not counted above). */
  refusedResponses: number;
  /** Method calls and property sets the add-in sent (what `failAction({ writeAction })` counts). */
  writeActions: number;
}

/**
 * An action Excel refuses on purpose (`EmulatedExcel.failAction`): a sheet protected or renamed
 * by a user meanwhile, a cell being edited, a request dropped. Counted from when it is armed;
 * it fires once, and the actions before it in its request stay applied, as in Excel.
 */
export interface InjectedFailure {
  /** The Nth write action (1-based): a method call or property set, office.js housekeeping excluded. */
  writeAction?: number;
  /** Or the `action`th action (1-based, loads included) of the `sync`th request (1-based). */
  sync?: number;
  action?: number;
  /** Default GeneralException, Excel's answer when it cannot say more. */
  code?: ExcelErrorCode;
  message?: string;
}

/** Where an injected failure fired: the request (1-based from arming) and the action's index in it. */
export interface FiredFailure {
  sync: number;
  actionIndex: number;
  action: string;
}

export function emptyStats(): RequestStats {
  return { syncs: 0, cleanups: 0, actions: 0, largestRequestBytes: 0, totalRequestBytes: 0, largestResponseBytes: 0, totalResponseBytes: 0, refusedResponses: 0, writeActions: 0 };
}

export interface ProcessorOptions {
  payloadLimitBytes?: number;
  /** Highest ExcelApi set this Excel has: newer members fail with ApiNotFound (default: all). */
  apiVersion?: string;
}

registerExcelTypes();

// The processor also runs in the browser bridge, where there is no Buffer.
const utf8 = new TextEncoder();
const utf8Length: (text: string) => number =
  typeof Buffer === "undefined" ? (text) => utf8.encode(text).length : (text) => Buffer.byteLength(text, "utf8");

export class RequestProcessor {
  readonly stats: RequestStats = emptyStats();
  /** Objects the client keeps across requests (`_KeepReference`), by reference id. */
  private readonly references = new Map<string, Ref>();
  private nextReference = 1;
  private readonly limit: number;
  readonly apiVersion: string | undefined;

  constructor(
    private readonly workbook: EmulatedWorkbook,
    options: ProcessorOptions = {},
  ) {
    this.limit = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
    this.apiVersion = options.apiVersion;
  }

  resetStats(): void {
    Object.assign(this.stats, emptyStats());
  }

  private failure: InjectedFailure | null = null;
  private failureSyncs = 0;
  private failureWrites = 0;
  /** The injected failure that fired since the last `failAction`, if any. */
  fired: FiredFailure | null = null;

  /** Arms (or, with null, disarms) one refused action; see InjectedFailure. */
  failAction(failure: InjectedFailure | null): void {
    if (failure && failure.writeAction === undefined && (failure.sync === undefined || failure.action === undefined)) {
      throw new Error("failAction needs writeAction, or sync and action");
    }
    this.failure = failure;
    this.failureSyncs = 0;
    this.failureWrites = 0;
    this.fired = null;
  }

  private injected: EmulatedExcelError | null = null;

  private injectedError(failure: InjectedFailure): EmulatedExcelError {
    this.failure = null;
    this.injected = new EmulatedExcelError(failure.code ?? "GeneralException", failure.message ?? MESSAGES.generalException);
    return this.injected;
  }

  /** The kind of each write action ("Worksheet.delete", "Range.set values"), while recording. */
  writeKinds: string[] | null = null;

  /** Called before each write action runs: throws when it is the one armed to fail. */
  countWrite(kind: string): void {
    this.stats.writeActions += 1;
    this.writeKinds?.push(kind);
    this.failureWrites += 1;
    const failure = this.failure;
    if (failure?.writeAction === this.failureWrites) throw this.injectedError(failure);
  }

  /** One request in, one response out (both JSON text). */
  process(bodyText: string): string {
    let response = this.answer(bodyText);
    if (this.lastWasCleanup) return response;
    let bytes = utf8Length(response);
    if (bytes > this.limit) {
      // The answer is measured once the batch has run, so what it wrote stays written (Excel
      // batches are not transactions); the add-in only learns that the sync failed.
      this.stats.refusedResponses += 1;
      response = JSON.stringify({ Results: [], Error: errorJson(new EmulatedExcelError("ResponsePayloadSizeLimitExceeded", MESSAGES.responseTooLarge), 0) });
      bytes = utf8Length(response);
    }
    this.stats.totalResponseBytes += bytes;
    this.stats.largestResponseBytes = Math.max(this.stats.largestResponseBytes, bytes);
    return response;
  }

  private lastWasCleanup = false;

  private answer(bodyText: string): string {
    const bytes = utf8Length(bodyText);
    const body = JSON.parse(bodyText) as RequestBody;
    const actions = body.Actions ?? [];
    const cleanup = actions.length > 0 && actions.every((a) => a.ActionType === 1 || a.Name === "_RemoveReference");
    this.lastWasCleanup = cleanup;
    if (cleanup) {
      this.stats.cleanups += 1;
    } else {
      this.stats.syncs += 1;
      this.stats.actions += actions.length;
      this.stats.totalRequestBytes += bytes;
      this.stats.largestRequestBytes = Math.max(this.stats.largestRequestBytes, bytes);
    }
    if (bytes > this.limit) {
      return JSON.stringify({ Results: [], Error: errorJson(new EmulatedExcelError("RequestPayloadSizeLimitExceeded", MESSAGES.payloadTooLarge), 0) });
    }
    // Another add-in, or a test, may have changed the workbook since the last request.
    this.workbook.calculation.invalidate();
    const batch = new Batch(this.workbook, body.ObjectPaths ?? {}, this);
    const results: unknown[] = [];
    if (!cleanup) this.failureSyncs += 1;
    for (let i = 0; i < actions.length; i++) {
      try {
        const failure = this.failure;
        if (!cleanup && failure && failure.sync === this.failureSyncs && failure.action === i + 1) throw this.injectedError(failure);
        const value = batch.run(actions[i]);
        if (value !== undefined) results.push({ ActionId: actions[i].Id, Value: value });
      } catch (error) {
        if (error instanceof EmulatedExcelError) {
          if (error === this.injected) {
            this.fired = { sync: this.failureSyncs, actionIndex: i, action: actions[i].Name ?? `type ${actions[i].ActionType}` };
          }
          return JSON.stringify({ Results: results, Error: errorJson(error, i) });
        }
        throw error;
      }
    }
    return JSON.stringify({ Results: results });
  }

  keepReference(ref: Ref): string {
    const id = `{R${this.nextReference++}}`;
    this.references.set(id, ref);
    return id;
  }

  reference(id: string): Ref {
    return this.references.get(id) ?? NULL_REF;
  }

  removeReference(id: string): void {
    this.references.delete(id);
  }

  /** Objects still kept by the client (tests check that runs release what they keep). */
  get keptReferences(): number {
    return this.references.size;
  }
}

function errorJson(error: EmulatedExcelError, actionIndex: number) {
  return { Code: error.code, Message: error.message, HttpStatusCode: error.httpStatusCode, ActionIndex: actionIndex };
}

/** The object paths of one request, resolved lazily and at most once each. */
class Batch {
  private readonly resolved = new Map<number, Ref>();
  /** Instantiate results handed back, so `_KeepReference` can add the reference id to them. */
  private readonly instantiated = new Map<number, Record<string, unknown>>();

  constructor(
    private readonly wb: EmulatedWorkbook,
    private readonly paths: Record<string, ObjectPathInfo>,
    private readonly processor: RequestProcessor,
  ) {}

  run(action: Action): unknown {
    switch (action.ActionType) {
      case 1:
        return this.instantiate(action.ObjectPathId);
      case 2:
        return this.query(this.resolve(action.ObjectPathId), action.QueryInfo?.Select ?? null, action.QueryInfo?.Expand ?? null);
      case 3:
        // A method or a property set may change what a lookup finds (cells, names, sheet names).
        this.wb.calculation.invalidate();
        return this.call(action);
      case 4:
        this.wb.calculation.invalidate();
        return this.setProperty(action);
      default:
        // Trace markers and "ensure unchanged" checks carry nothing Excel would change.
        return undefined;
    }
  }

  private instantiate(pathId: number): unknown {
    const ref = this.resolve(pathId);
    if (ref.type === "Null") return null;
    const handler = ref.type.startsWith("Service:") ? {} : handlerOf(ref);
    const value: Record<string, unknown> = {};
    if (handler.id) value.Id = handler.id(ref, this.wb);
    this.instantiated.set(pathId, value);
    return value;
  }

  resolve(pathId: number): Ref {
    const cached = this.resolved.get(pathId);
    if (cached) return cached;
    const info = this.paths[String(pathId)];
    if (!info) throw new EmulatedExcelError("GeneralException", `emulator: unknown object path ${pathId}`);
    const ref = this.evaluate(info);
    this.resolved.set(pathId, ref);
    return ref;
  }

  private evaluate(info: ObjectPathInfo): Ref {
    switch (info.ObjectPathType) {
      case 1:
        return { type: "Workbook" };
      case 2:
        // Library start-up services (telemetry, flighting…): answered as inert objects.
        return { type: `Service:${info.Name ?? ""}` };
      case 6:
        return this.processor.reference(info.Name ?? "");
      case 7:
        return NULL_REF;
    }
    const parent = this.resolve(info.ParentObjectPathId ?? 0);
    if (parent.type === "Null" || parent.type.startsWith("Service:")) return parent.type === "Null" ? NULL_REF : parent;
    const handler = handlerOf(parent);
    const args = this.arguments(info.ArgumentInfo);
    switch (info.ObjectPathType) {
      case 4: {
        const nav = handler.navigation?.[camel(info.Name ?? "")];
        if (!nav || !this.supported(parent, info.Name)) throw apiNotFoundFor(parent, info.Name);
        return nav(parent, this.wb);
      }
      case 5:
        if (!handler.indexer) throw apiNotFoundFor(parent, "indexer");
        return handler.indexer(parent, args, this.wb);
      case 3: {
        const result = this.invoke(parent, info.Name ?? "", args);
        return isRef(result) ? result : NULL_REF;
      }
      default:
        throw new EmulatedExcelError("GeneralException", `emulator: object path type ${info.ObjectPathType}`);
    }
  }

  /** Whether the emulated Excel's ExcelApi sets include the member (real Excel: ApiNotFound). */
  private supported(ref: Ref, member: string | undefined): boolean {
    const version = this.processor.apiVersion;
    return version === undefined || memberSupported(ref.type, camel(member ?? ""), version);
  }

  private arguments(info: ObjectPathInfo["ArgumentInfo"]): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    const ids = info?.ReferencedObjectPathIds;
    if (ids) ids.forEach((id, i) => { if (id) args[i] = this.resolve(id); });
    return args;
  }

  private invoke(ref: Ref, name: string, args: unknown[]): unknown {
    const method = handlerOf(ref).methods?.[camel(name)];
    if (!method || !this.supported(ref, name)) throw apiNotFoundFor(ref, name);
    return method(ref, args, this.wb);
  }

  private call(action: Action): unknown {
    const name = action.Name ?? "";
    const ref = this.resolve(action.ObjectPathId);
    if (name === "_KeepReference") {
      const value = this.instantiated.get(action.ObjectPathId);
      if (value && ref.type !== "Null") value._ReferenceId = this.processor.keepReference(ref);
      return undefined;
    }
    if (name === "_RemoveReference") {
      // The client releases kept objects through the workbook, naming each reference id.
      for (const id of action.ArgumentInfo?.Arguments ?? []) this.processor.removeReference(String(id));
      return undefined;
    }
    if (ref.type === "Null" || ref.type.startsWith("Service:") || name === "NotifyActionHandlerReady") return null;
    // Other library housekeeping ("_…") carries nothing Excel would change, unless it is a check
    // Excel makes (e.g. Range._ValidateArraySize), which the type's handler then defines.
    if (name.startsWith("_") && !handlerOf(ref).methods?.[name]) return null;
    if (!name.startsWith("_")) this.processor.countWrite(`${ref.type}.${name}`);
    const result = this.invoke(ref, name, this.arguments(action.ArgumentInfo));
    return isRef(result) ? null : (result ?? null);
  }

  private setProperty(action: Action): undefined {
    const ref = this.resolve(action.ObjectPathId);
    if (ref.type === "Null") return undefined;
    const name = camel(action.Name ?? "");
    this.processor.countWrite(`${ref.type}.set ${name}`);
    const property = handlerOf(ref).properties?.[name];
    if (!property?.set || !this.supported(ref, name)) throw apiNotFoundFor(ref, `set ${name}`);
    property.set(ref, (action.ArgumentInfo?.Arguments ?? [])[0], this.wb);
    return undefined;
  }

  /** A load: the selected scalar properties (or all), nested navigations, and `_Items` for collections. */
  private query(ref: Ref, select: string[] | null, expand: string[] | null): unknown {
    if (ref.type === "Null") return null;
    const handler = handlerOf(ref);
    if (handler.items) {
      const items = handler.items(ref, this.wb).map((item) => this.objectValue(item, select, expand));
      return { _Items: items };
    }
    return this.objectValue(ref, select, expand);
  }

  private objectValue(ref: Ref, select: string[] | null, expand: string[] | null): Record<string, unknown> {
    const handler = handlerOf(ref);
    const out: Record<string, unknown> = {};
    if (handler.id) out.Id = handler.id(ref, this.wb);
    const names = select && select.length > 0 ? select : Object.keys(handler.properties ?? {}).filter((n) => handler.properties?.[n].get);
    for (const path of names) this.selectInto(out, ref, path.split("/"));
    for (const nav of expand ?? []) {
      const parts = nav.split("/");
      if (!select?.some((s) => s.startsWith(`${nav}/`))) this.expandInto(out, ref, parts);
    }
    return out;
  }

  private selectInto(out: Record<string, unknown>, ref: Ref, parts: string[]): void {
    const handler = handlerOf(ref);
    const [head, ...rest] = parts;
    const name = camel(head);
    if (rest.length === 0) {
      const property = handler.properties?.[name];
      if (property?.get && this.supported(ref, name)) {
        out[pascal(name)] = property.get(ref, this.wb);
        return;
      }
      if (handler.navigation?.[name]) {
        this.expandInto(out, ref, [head]);
        return;
      }
      throw apiNotFoundFor(ref, `property ${name}`);
    }
    const nav = handler.navigation?.[name];
    if (!nav) throw apiNotFoundFor(ref, `navigation ${name}`);
    const child = nav(ref, this.wb);
    const key = pascal(name);
    if (child.type === "Null") {
      out[key] = null;
      return;
    }
    const childOut = (out[key] as Record<string, unknown> | undefined) ?? {};
    out[key] = childOut;
    this.selectInto(childOut, child, rest);
  }

  private expandInto(out: Record<string, unknown>, ref: Ref, parts: string[]): void {
    let current = ref;
    let target = out;
    for (let i = 0; i < parts.length; i++) {
      const nav = handlerOf(current).navigation?.[camel(parts[i])];
      if (!nav) throw apiNotFoundFor(current, `navigation ${parts[i]}`);
      current = nav(current, this.wb);
      const key = pascal(camel(parts[i]));
      if (i === parts.length - 1) {
        target[key] = this.query(current, null, null);
      } else {
        target[key] = (target[key] as Record<string, unknown> | undefined) ?? {};
        target = target[key] as Record<string, unknown>;
      }
    }
  }
}

/** Excel's answer for a member it does not have, whether unknown or newer than its API sets. */
function apiNotFoundFor(ref: Ref, what: string | undefined): EmulatedExcelError {
  return new EmulatedExcelError(
    "ApiNotFound",
    `The API you are trying to use could not be found. It may be available in a newer version of Excel. (emulator: ${ref.type}.${what ?? "?"})`,
  );
}
