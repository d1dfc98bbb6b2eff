/**
 * The cost model (docs/architecture.md) through the real office.js client: a tracker of 500 unit sheets ×
 * 60 tasks is built in a constant number of syncs, each request under Excel on the web's 5 MB.
 */
import { ExcelHost } from "../../../src/hosts/excel";
import { createEmulatedExcel, measureApply, PAYLOAD_LIMIT_BYTES } from "../../support/excel-emulator";
import { trackerLikeChange, unitCode } from "./tracker-like-change";

describe("ExcelHost at scale", () => {
  test("builds 1 template + 500 copies of 60 task rows in at most 4 syncs, each request under 5 MB", async () => {
    const change = trackerLikeChange(500, 60);
    const measure = await measureApply(change);
    console.log(`500 units × 60 tasks: ${JSON.stringify(measure)}`);
    expect(measure.syncs).toBeLessThanOrEqual(4);
    expect(measure.largestRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  test("leaves every copy with its own title and the template's formulas", async () => {
    const excel = createEmulatedExcel();
    try {
      await new ExcelHost(excel.run).apply(trackerLikeChange(30, 60));
      const wb = excel.workbook;
      expect(wb.sheetNames()).toHaveLength(1 + 2 + 30);
      expect(wb.sheetNames()).not.toContain("_mẫu đơn vị");
      expect(wb.cell(unitCode(29), "A2").value).toBe("DV030");
      expect(wb.cell(unitCode(29), "K64").formula).toMatch(/^=IF\(\$D64="Không áp dụng"/);
      expect(wb.tables.map((t) => t.name)).toContain("tblDV030");
    } finally {
      excel.dispose();
    }
  });

  test("splits into more syncs only when a request would pass the cap, and never passes it", async () => {
    const cap = 256 * 1024;
    const excel = createEmulatedExcel({ payloadLimitBytes: cap });
    try {
      const host = new ExcelHost(excel.run, { requestBudgetBytes: Math.floor(cap * 0.9) });
      await host.apply(trackerLikeChange(150, 60));
      const { syncs, largestRequestBytes, totalRequestBytes } = excel.stats;
      console.log(`150 units × 60 tasks under a 256 KB cap: ${JSON.stringify(excel.stats)}`);
      expect(largestRequestBytes).toBeLessThanOrEqual(cap);
      expect(syncs).toBeGreaterThan(2);
      // Syncs ≤ 2 + ⌈request bytes ÷ cap⌉ (with the budget's 10% margin).
      expect(syncs).toBeLessThanOrEqual(2 + Math.ceil(totalRequestBytes / (cap * 0.9)));
    } finally {
      excel.dispose();
    }
  });

  test("estimates its request bytes within 15% of what office.js really sends", async () => {
    const excel = createEmulatedExcel();
    try {
      const host = new ExcelHost(excel.run);
      excel.resetStats();
      await host.apply(trackerLikeChange(40, 60));
      // The host's estimate covers its write batches; the emulator also counted the read sync.
      const ratio = host.stats.totalRequestBytes / excel.stats.totalRequestBytes;
      console.log(`estimate ${host.stats.totalRequestBytes} B, sent ${excel.stats.totalRequestBytes} B, ratio ${ratio.toFixed(3)}`);
      expect(ratio).toBeGreaterThan(0.85);
      expect(ratio).toBeLessThan(1.15);
    } finally {
      excel.dispose();
    }
  });

  test("many one-cell writes (what staff typed, in 200 unit sheets) stay under the cap, estimated within 15%", async () => {
    const excel = createEmulatedExcel();
    try {
      const host = new ExcelHost(excel.run);
      await host.apply({ ops: Array.from({ length: 200 }, (_, i) => ({ op: "addSheet" as const, sheet: { name: unitCode(i) } })) });
      await host.snapshot([]);
      excel.resetStats();
      const before = host.stats.totalRequestBytes;
      const ops = Array.from({ length: 200 }, (_, i) => ({
        op: "patchSheet" as const,
        name: unitCode(i),
        content: {
          cells: Array.from({ length: 30 }, (_, j) => [
            { at: `D${6 + 2 * j}`, rows: [[{ kind: "text" as const, text: "Hoàn thành" }]] },
            { at: `E${6 + 2 * j}`, rows: [[{ kind: "date" as const, date: "2020-02-01" as never }]] },
            { at: `F${6 + 2 * j}`, rows: [[{ kind: "number" as const, value: 20 }]] },
          ]).flat(),
        },
      }));
      await host.apply({ ops });
      const ratio = (host.stats.totalRequestBytes - before) / excel.stats.totalRequestBytes;
      console.log(`18,000 one-cell writes: ${JSON.stringify(excel.stats)}, estimate ratio ${ratio.toFixed(3)}`);
      expect(excel.stats.largestRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(ratio).toBeGreaterThan(0.85);
      expect(ratio).toBeLessThan(1.15);
    } finally {
      excel.dispose();
    }
  });
});
