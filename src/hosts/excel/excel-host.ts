/**
 * The Office.js host: WorkbookHost over `Excel.run`. A snapshot is one sync (more only where its
 * answer would pass Excel on the web's payload cap), which also reads what an apply must check
 * (sheets, protection, tables, names). An apply given that snapshot writes at
 * once; without it, it first spends one sync on those reads. Its writes are queued as one batch
 * split only where the request would pass Excel on the web's payload cap. Features up to ExcelApi
 * 1.7 are used freely (the manifest's minimum); newer ones (api-features.ts) are checked once, on
 * the host's first run, and left out when missing: each apply says which it left out.
 */
import { sheetNameKey, validateChange } from "../../layout/excel-rules";
import type { ProtectionSpec, SheetContent, SheetSpec, WorkbookChange, WorkbookOp } from "../../layout/sheet-spec";
import type { HostStats, ReadRequest, WorkbookHost, WorkbookSnapshot } from "../../layout/workbook-host";
import { type ApiFeature, type ApiSupport, FeatureGate } from "./api-features";
import { draftSheetName } from "./draft-sheets";
import { ExcelHostError } from "./excel-host-error";
import { excelApiSupport } from "./office-runtime";
import { REQUEST_BUDGET_BYTES, RequestBudget, estimate } from "./request-budget";
import { SheetContentWriter, hasEdits } from "./sheet-content-writer";
import { queueProbes, refusingSheets } from "./password-probe";
import { type ReadBudgets, RESPONSE_BUDGET_BYTES } from "./read-budget";
import { readSnapshot } from "./snapshot-reader";
import { type PlannedSheet, type ReadState, queueStateRead, sheetsToUnprotect, sheetsWithChartEdits } from "./workbook-state";

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;
/** `Excel.run` or a stand-in with its signature (the emulated Excel in tests). */
export type ExcelRun = <T>(batch: ExcelBatch<T>) => Promise<T>;

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

export interface ExcelHostOptions {
  /** Estimated bytes after which a batch is sent (default 90% of Excel on the web's 5 MB cap). */
  requestBudgetBytes?: number;
  /** Estimated answer bytes after which a snapshot's reads go to another sync (default 90% of the cap). */
  responseBudgetBytes?: number;
  /** What the running Excel offers; asked of Office on the first run when not given. */
  apiSupport?: ApiSupport;
}

export class ExcelHost implements WorkbookHost {
  /** Syncs counted by the host; actions and bytes are the host's own estimates of what it queued. */
  readonly stats: HostStats = { syncs: 0, actions: 0, largestRequestBytes: 0, totalRequestBytes: 0 };
  private readonly budgetBytes: number;
  private readonly readBudgets: ReadBudgets;
  /**
   * The state read with the latest snapshot. It describes the workbook only until this host writes,
   * so any apply consumes it.
   */
  private latest: { snapshot: WorkbookSnapshot; state: ReadState } | null = null;
  private support: ApiSupport | null;
  /** Features left out since the caller last asked (takeDegraded). */
  private readonly degraded = new Set<ApiFeature>();

  constructor(
    private readonly run: ExcelRun = defaultRun,
    options: ExcelHostOptions = {},
  ) {
    this.budgetBytes = options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES;
    this.readBudgets = { requestBytes: this.budgetBytes, responseBytes: options.responseBudgetBytes ?? RESPONSE_BUDGET_BYTES };
    this.support = options.apiSupport ?? null;
  }

  /**
   * The running Excel's optional features. Asked inside a run, where Office has answered; the
   * answer cannot change while the add-in runs, so it is asked once.
   */
  get apiSupport(): ApiSupport {
    this.support ??= excelApiSupport();
    return this.support;
  }

  /**
   * The features applies left out since the last call (none on ExcelApi 1.9 and later), then
   * forgets them: what the caller reports with its result.
   */
  takeDegraded(): ApiFeature[] {
    const features = [...this.degraded];
    this.degraded.clear();
    return features;
  }

  async snapshot(requests: ReadRequest[]): Promise<WorkbookSnapshot> {
    return this.run(async (context) => {
      const { snapshot, state, syncs } = await readSnapshot(context, requests, this.readBudgets);
      this.stats.syncs += syncs;
      this.latest = { snapshot, state };
      return snapshot;
    });
  }

  /**
   * Applies the change. Throws ExcelHostError (with catalog problems) before writing anything when
   * Excel would refuse part of it. Given this host's latest snapshot (`known`), it checks the change
   * against what that snapshot read, unless the change replaces charts, whose names it did not read.
   */
  async apply(change: WorkbookChange, known?: WorkbookSnapshot): Promise<void> {
    const latest = this.latest;
    this.latest = null;
    const chartSheets = sheetsWithChartEdits(change);
    const knownState = known !== undefined && latest?.snapshot === known && chartSheets.size === 0 ? latest.state : null;
    await this.run(async (context) => {
      let state = knownState;
      if (!state) {
        const buildState = queueStateRead(context, chartSheets);
        await context.sync();
        this.stats.syncs += 1;
        state = buildState();
      }
      const problems = validateChange(change, state.workbook);
      if (problems.length > 0) throw new ExcelHostError(problems);
      const budget = new RequestBudget(context, this.budgetBytes);
      const gate = new FeatureGate(this.apiSupport);
      const writer = new ChangeWriter(context, state, budget, gate, change.dropTemplates ?? []);
      const probed = sheetsToUnprotect(change, state, hasEdits);
      await queueProbes(context, budget, probed);
      writer.probed(probed);
      try {
        for (const draft of state.drafts) await writer.deleteDraft(draft);
        for (let i = 0; i < change.ops.length; i++) await writer.op(change.ops[i], change.ops[i + 1]);
        for (const template of change.dropTemplates ?? []) await writer.deleteSheet(template);
        await budget.flush();
      } catch (error) {
        // Refused in the first request: a password stops it at its probe, before anything is written.
        const refusing = budget.syncs === 1 ? await refusingSheets(context, probed) : [];
        if (refusing.length > 0) throw new ExcelHostError(refusing.map((sheet) => ({ key: "excelHost.sheetPassword", params: { sheet }, at: { sheet } })));
        throw error;
      }
      this.stats.syncs += budget.syncs;
      this.stats.actions += budget.actions;
      this.stats.totalRequestBytes += budget.totalEstimate;
      this.stats.largestRequestBytes = Math.max(this.stats.largestRequestBytes, budget.largestEstimate);
      for (const feature of gate.missing) this.degraded.add(feature);
    });
  }
}

/** Turns each WorkbookOp into queued calls, keeping one proxy per sheet and its planned state. */
class ChangeWriter {
  private readonly proxies = new Map<string, Excel.Worksheet>();
  private readonly planned = new Map<string, PlannedSheet>();
  private readonly definedNames: Map<string, string>;
  /** Templates dropped after copying: their protection goes on each copy instead (see addSheet). */
  private readonly dropped: Set<string>;
  private readonly deferredProtection = new Map<string, ProtectionSpec>();
  private drafts = 0;
  /** Sheet keys in tab order as the queued actions leave them, so orderSheets moves only what is out of place. */
  private readonly order: string[];

  constructor(
    private readonly context: Excel.RequestContext,
    state: ReadState,
    private readonly budget: RequestBudget,
    private readonly features: FeatureGate,
    dropTemplates: readonly string[],
  ) {
    for (const sheet of state.sheets) this.planned.set(sheetNameKey(sheet.name), sheet);
    this.order = state.sheets.map((sheet) => sheetNameKey(sheet.name));
    this.definedNames = new Map(state.names);
    this.dropped = new Set(dropTemplates.map(sheetNameKey));
  }

  /** The sheets the probes left unprotected: their first write finds them so and protects them at its end. */
  probed(sheets: ReadonlyArray<{ name: string }>): void {
    for (const { name } of sheets) {
      const planned = this.plannedSheet(name);
      planned.pendingProtection = planned.protection;
      planned.protection = null;
    }
  }

  /** `next`: the op after this one, which may write into the same sheet (see SheetContentWriter.write). */
  async op(op: WorkbookOp, next?: WorkbookOp): Promise<void> {
    switch (op.op) {
      case "addSheet":
        return this.addSheet(op.sheet);
      case "copySheet":
        return this.copySheet(op.copy.template, op.copy.name, op.copy.tableNames, op.copy.content);
      case "patchSheet":
        return this.writeContent(op.name, op.content, next?.op === "patchSheet" && sheetNameKey(next.name) === sheetNameKey(op.name));
      case "renameSheet":
        return this.rename(op.from, op.to);
      case "deleteSheet":
        return this.deleteSheet(op.name);
      case "orderSheets":
        return this.orderSheets(op.names);
      case "defineNames":
        return this.defineNames(op.names);
      case "activateSheet":
        await this.budget.reserve(estimate(0, 1), 1);
        this.sheet(op.name).activate();
        return;
    }
  }

  /**
   * Setting each sheet's position in turn gives the same order as setting only those not already
   * where they belong: a rebuild that appends five units moves a handful of sheets, not 500.
   */
  private async orderSheets(names: readonly string[]): Promise<void> {
    for (let i = 0; i < names.length; i++) {
      const key = sheetNameKey(names[i]);
      if (this.order[i] === key) continue;
      await this.budget.reserve(estimate(0, 1), 1);
      this.sheet(names[i]).position = i;
      const from = this.order.indexOf(key);
      if (from >= 0) this.order.splice(from, 1);
      this.order.splice(i, 0, key);
    }
  }

  private sheet(name: string): Excel.Worksheet {
    const key = sheetNameKey(name);
    let proxy = this.proxies.get(key);
    if (!proxy) {
      proxy = this.context.workbook.worksheets.getItem(name);
      this.proxies.set(key, proxy);
    }
    return proxy;
  }

  private plannedSheet(name: string): PlannedSheet {
    const key = sheetNameKey(name);
    let planned = this.planned.get(key);
    if (!planned) {
      planned = { name, protection: null, tables: new Set(), charts: new Set() };
      this.planned.set(key, planned);
    }
    return planned;
  }

  private async addSheet(spec: SheetSpec): Promise<void> {
    const draft = draftSheetName(++this.drafts);
    await this.budget.reserve(estimate(1, 1, draft), 1);
    const sheet = this.context.workbook.worksheets.add(draft);
    const key = sheetNameKey(spec.name);
    this.order.push(key);
    this.proxies.set(key, sheet);
    this.planned.set(key, { name: spec.name, protection: null, tables: new Set(), charts: new Set() });
    // A protected template would make every copy start protected, so each copy would be unprotected
    // to take its own cells and protected again. Left unprotected (it is deleted at the end), its
    // copies are protected once, after their cells: two actions and a path fewer per copy.
    if (this.dropped.has(key) && spec.protection) {
      this.deferredProtection.set(key, spec.protection);
      await this.writeContent(spec.name, { ...spec, protection: undefined });
    } else await this.writeContent(spec.name, spec);
    await this.budget.reserve(estimate(0, 1, spec.name), 1);
    sheet.name = spec.name;
  }

  async deleteDraft(draft: { name: string; protected: boolean; veryHidden: boolean }): Promise<void> {
    await this.budget.reserve(estimate(2, 3), 3);
    const sheet = this.context.workbook.worksheets.getItem(draft.name);
    if (draft.protected) sheet.protection.unprotect();
    deleteSheet(sheet, draft.veryHidden);
  }

  /**
   * Worksheet.copy (ExcelApi 1.7) duplicates the template inside Excel, so each copy costs a few
   * small actions (copy, rename, its own cells) instead of the template's whole content again.
   */
  private async copySheet(template: string, name: string, tableNames: string[], content: SheetContent): Promise<void> {
    const source = this.plannedSheet(template);
    await this.budget.reserve(estimate(1, 1, name) + tableNames.length * estimate(2, 1, tableNames[0]), 1 + tableNames.length);
    const copy = this.sheet(template).copy("End" as Excel.WorksheetPositionType);
    // Excel renames the copy's tables to stay unique; give them the spec's names, in template order.
    tableNames.forEach((table, i) => (copy.tables.getItemAt(i).name = table));
    this.proxies.set(sheetNameKey(name), copy);
    this.order.push(sheetNameKey(name));
    this.planned.set(sheetNameKey(name), {
      name,
      // A template a probe left unprotected is copied unprotected; the copy is protected after its cells.
      protection: source.protection,
      pendingProtection: source.pendingProtection,
      tables: new Set(tableNames.map((t) => t.toUpperCase())),
      charts: new Set(source.charts),
    });
    const deferred = this.deferredProtection.get(sheetNameKey(template));
    await this.writeContent(name, deferred && content.protection === undefined ? { ...content, protection: deferred } : content);
    // Named last: a batch cut short leaves a half-made copy under the name Excel gave it (the
    // template's, numbered), which the next build recognises and deletes, never under the unit's.
    await this.budget.reserve(estimate(0, 1, name), 1);
    copy.name = name;
  }

  private async writeContent(name: string, content: SheetContent, more = false): Promise<void> {
    await new SheetContentWriter(this.sheet(name), this.plannedSheet(name), this.budget, this.features).write(content, more);
  }

  private async rename(from: string, to: string): Promise<void> {
    await this.budget.reserve(estimate(1, 1, to), 1);
    const proxy = this.sheet(from);
    proxy.name = to;
    const planned = this.plannedSheet(from);
    this.proxies.delete(sheetNameKey(from));
    this.planned.delete(sheetNameKey(from));
    this.proxies.set(sheetNameKey(to), proxy);
    this.planned.set(sheetNameKey(to), { ...planned, name: to });
    const at = this.order.indexOf(sheetNameKey(from));
    if (at >= 0) this.order[at] = sheetNameKey(to);
  }

  async deleteSheet(name: string): Promise<void> {
    await this.budget.reserve(estimate(1, 2), 2);
    deleteSheet(this.sheet(name), this.plannedSheet(name).veryHidden === true);
    this.proxies.delete(sheetNameKey(name));
    this.planned.delete(sheetNameKey(name));
    const at = this.order.indexOf(sheetNameKey(name));
    if (at >= 0) this.order.splice(at, 1);
  }

  private async defineNames(names: { name: string; refersTo: string }[]): Promise<void> {
    for (const { name, refersTo } of names) {
      const key = name.toUpperCase();
      const formula = refersTo.startsWith("=") ? refersTo : `=${refersTo}`;
      const current = this.definedNames.get(key);
      if (current === formula) continue;
      // Pointing an existing name elsewhere (ExcelApi 1.7) keeps the formulas that use it working
      // throughout, where deleting and adding it would not.
      await this.budget.reserve(estimate(current === undefined ? 2 : 1, 1, [name, refersTo]), 1);
      if (current === undefined) this.context.workbook.names.add(name, refersTo);
      else this.context.workbook.names.getItem(name).formula = refersTo;
      this.definedNames.set(key, formula);
    }
  }
}

/** Worksheet.delete fails on a very hidden sheet (InvalidOperation): hidden is enough to delete it. */
function deleteSheet(sheet: Excel.Worksheet, veryHidden: boolean): void {
  if (veryHidden) sheet.visibility = "Hidden" as Excel.SheetVisibility;
  sheet.delete();
}
