/**
 * How many cases a property test runs. `npm test` runs each property at its full count;
 * `npm run test:unit` (quick feedback while working) sets PLAN_TRACKER_PROPERTY_SCALE to run a
 * tenth of them, never fewer than `floor` (100 unless a test says).
 */
export function propertyRuns(full: number, floor = 100): number {
  const scale = Number(process.env.PLAN_TRACKER_PROPERTY_SCALE ?? "1");
  if (!(scale > 0) || scale >= 1) return full;
  return Math.min(full, Math.max(floor, Math.round(full * scale)));
}

/**
 * Whether the tests at the tracker's largest sizes run: in `npm test`, not in the quick
 * `npm run test:unit` (which scales property runs down), where they would take a third of it.
 */
export function atFullScale(): boolean {
  const scale = Number(process.env.PLAN_TRACKER_PROPERTY_SCALE ?? "1");
  return !(scale > 0) || scale >= 1;
}
