/** What the benchmark reports for one WorkbookChange applied through the emulated Excel. */
import { ExcelHost } from "../../../src/hosts/excel";
import type { WorkbookChange } from "../../../src/layout/sheet-spec";
import { createEmulatedExcel, type EmulatorOptions } from "./emulated-excel";
import type { SeedSheet } from "./workbook-model";

export interface ApplyMeasure {
  /** Round trips the change took (context.sync requests, Excel.run's final one included). */
  syncs: number;
  /** Actions in those requests, as serialised by office.js. */
  actions: number;
  largestRequestBytes: number;
  totalRequestBytes: number;
  /** Wall time of ExcelHost.apply: office.js queuing and serialising plus the emulator's work. */
  ms: number;
}

export async function measureApply(change: WorkbookChange, options: EmulatorOptions & { seed?: SeedSheet[] } = {}): Promise<ApplyMeasure> {
  const excel = createEmulatedExcel(options);
  try {
    if (options.seed) excel.workbook.seed(options.seed);
    const host = new ExcelHost(excel.run);
    const started = performance.now();
    await host.apply(change);
    const ms = performance.now() - started;
    const { syncs, actions, largestRequestBytes, totalRequestBytes } = excel.stats;
    return { syncs, actions, largestRequestBytes, totalRequestBytes, ms: Math.round(ms) };
  } finally {
    excel.dispose();
  }
}
