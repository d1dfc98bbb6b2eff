/**
 * The file host at the tracker's largest size, 500 units × 60 tasks: build and write, then open
 * the file, rebuild it with one task and five units more, write again, and read back every unit
 * and task. How fast is the benchmark's to say (`npm run bench`: targets 5 s and 10 s on a
 * two-core machine, docs/architecture.md, "The file host's cells"); this test pins that the fast
 * path gives a whole, readable tracker at that size.
 *
 * @slow
 */
import type { IsoDate, Plan, Unit } from "../../../src/domain/types";
import { buildTracker, readTrackerFrom } from "../../../src/engine";
import { XlsxHost } from "../../../src/hosts/xlsx";
import { generatedPlan, generatedUnits } from "../../support/generated-plan";
import { atFullScale } from "../../support/property-runs";

const TODAY = "2020-03-01" as IsoDate;
const UNITS = 500;
const TASKS = 60;

function grown(plan: Plan, units: Unit[]): { plan: Plan; units: Unit[] } {
  const extra = generatedPlan(plan.tasks.length + 1).tasks.slice(-1);
  return { plan: { ...plan, tasks: [...plan.tasks, ...extra] }, units: [...units, ...generatedUnits(units.length + 5).slice(-5)] };
}

async function opened(bytes: Uint8Array): Promise<XlsxHost> {
  const result = await XlsxHost.fromBuffer(bytes, "so-theo-doi.xlsx");
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

(atFullScale() ? describe : describe.skip)(`the xlsx host with ${UNITS} units × ${TASKS} tasks`, () => {
  it("builds and writes the tracker, and rebuilds it with a task and five units more, every sheet readable", async () => {
    const plan = generatedPlan(TASKS);
    const units = generatedUnits(UNITS);

    const host = XlsxHost.create();
    const built = await buildTracker(host, { plan, units, today: TODAY });
    const file = await host.toBuffer();
    expect(built.ok).toBe(true);

    const next = grown(plan, units);
    const again = await opened(file);
    const rebuilt = await buildTracker(again, { ...next, today: TODAY });
    const rebuiltFile = await again.toBuffer();
    expect(rebuilt.ok).toBe(true);

    const reading = await readTrackerFrom(await opened(rebuiltFile));
    expect(reading.problems).toEqual([]);
    expect(reading.state?.units).toHaveLength(UNITS + 5);
    expect(reading.state?.plan.tasks).toHaveLength(TASKS + 1);
    const first = reading.state?.positions.unitSheets.get(units[0].code);
    expect(first?.taskRows.size).toBe(TASKS + 1);
    for (const unit of next.units) expect(reading.state?.positions.unitSheets.get(unit.code)?.taskRows.size).toBe(TASKS + 1);
  }, 300_000);
});
