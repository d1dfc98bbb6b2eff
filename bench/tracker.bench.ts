/**
 * Speed and request-size figures of building, rebuilding and checking the tracker, through the
 * Office.js host (Microsoft's client against the emulated Excel) and the xlsx host, for 10×5,
 * 100×30 and 500×60 units × tasks. DESIGN §9: syncs ≤ 2 + ⌈request bytes ÷ cap⌉ (the "bound"
 * column), at most 4; the Excel steps fail the run beyond 4 syncs or past the 5 MB cap.
 */
import { performance } from "node:perf_hooks";
import type { IsoDate, Plan, Unit } from "../src/domain/types";
import { buildTracker, checkDeadlines } from "../src/engine";
import { ExcelHost } from "../src/hosts/excel";
import { XlsxHost } from "../src/hosts/xlsx";
import { planTrackerBuild } from "../src/layout/tracker";
import { createEmulatedExcel, PAYLOAD_LIMIT_BYTES } from "../tests/support/excel-emulator";
import { generatedPlan, generatedUnits } from "../tests/support/generated-plan";

const TODAY = "2020-03-01" as IsoDate;
const SCENARIOS: Array<[units: number, tasks: number]> = [
  [10, 5],
  [100, 30],
  [500, 60],
];

interface Row {
  scenario: string;
  step: string;
  syncs: number;
  bound?: number;
  actions: number;
  largest: number;
  total: number;
  ms: number;
  extra?: string;
}

const rows: Row[] = [];
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

function expectOk<T>(result: { ok: boolean } & ({ ok: true; value: T } | { ok: false; problems: unknown[] })): T {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** One step through the emulated Excel: counters zeroed before, read after. */
async function excelStep(scenario: string, step: string, emu: ReturnType<typeof createEmulatedExcel>, work: () => Promise<unknown>) {
  emu.resetStats();
  const [, ms] = await timed(work);
  const s = emu.stats;
  const bound = 2 + Math.ceil(s.totalRequestBytes / PAYLOAD_LIMIT_BYTES);
  rows.push({ scenario, step, syncs: s.syncs, bound, actions: s.actions, largest: s.largestRequestBytes, total: s.totalRequestBytes, ms });
  expect(s.syncs).toBeLessThanOrEqual(4);
  expect(s.largestRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
}

function grown(plan: Plan, units: Unit[]): { plan: Plan; units: Unit[] } {
  const extra = generatedPlan(plan.tasks.length + 1).tasks.slice(-1);
  return { plan: { ...plan, tasks: [...plan.tasks, ...extra] }, units: [...units, ...generatedUnits(units.length + 5).slice(-5)] };
}

describe("benchmark", () => {
  afterAll(() => {
    const header = ["scenario", "step", "syncs", "bound", "actions", "largest request", "total sent", "time", ""];
    const table = [
      header,
      ...rows.map((r) => [r.scenario, r.step, String(r.syncs), r.bound === undefined ? "" : String(r.bound), String(r.actions), mb(r.largest), mb(r.total), `${r.ms.toFixed(0)} ms`, r.extra ?? ""]),
    ];
    const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
    const text = table.map((row) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ")).join("\n");
    process.stdout.write(`\n${text}\n\n`);
  });

  for (const [unitCount, taskCount] of SCENARIOS) {
    const scenario = `${unitCount}×${taskCount}`;
    it(`${scenario} units × tasks`, async () => {
      const plan = generatedPlan(taskCount);
      const units = generatedUnits(unitCount);

      const [, engineMs] = await timed(async () => planTrackerBuild({ plan, units, existing: null, today: TODAY }));
      rows.push({ scenario, step: "engine: plan the build (pure)", syncs: 0, actions: 0, largest: 0, total: 0, ms: engineMs });

      const emu = createEmulatedExcel();
      const host = new ExcelHost(emu.run);
      await excelStep(scenario, "Excel: build", emu, async () => expectOk(await buildTracker(host, { plan, units, today: TODAY })));
      const next = grown(plan, units);
      await excelStep(scenario, "Excel: rebuild +1 task +5 units", emu, async () =>
        expectOk(await buildTracker(host, { ...next, today: TODAY })),
      );
      await excelStep(scenario, "Excel: rebuild, nothing new", emu, async () =>
        expectOk(await buildTracker(host, { ...next, today: TODAY })),
      );
      await excelStep(scenario, "Excel: check + tab colours", emu, async () => expectOk(await checkDeadlines(host, TODAY)));
      emu.dispose();

      const file = XlsxHost.create();
      const [buffer, xlsxMs] = await timed(async () => {
        expectOk(await buildTracker(file, { plan, units, today: TODAY }));
        return file.toBuffer();
      });
      rows.push({ scenario, step: "xlsx: build + write", syncs: 0, actions: 0, largest: 0, total: 0, ms: xlsxMs, extra: `file ${mb(buffer.length)}` });
    });
  }
});
