/**
 * Reading a tracker through any host: two snapshots, whatever its size (a host may split one
 * over several round trips to keep each answer under its cap), and a third only where a user
 * moved the column the second leaves out.
 */
import type { TrackerRead } from "../layout/tracker";
import { readTracker, trackerFirstReads, trackerRereads, trackerSecondReads } from "../layout/tracker";
import type { ReadRequest, WorkbookHost, WorkbookSnapshot } from "../layout/workbook-host";

export interface TrackerReading extends TrackerRead {
  first: WorkbookSnapshot;
  /** The last snapshot the host took: what a change planned from this reading is applied against. */
  latest: WorkbookSnapshot;
}

/** `extra`: more sheets read with the first snapshot (a report's register), at no extra round trip. */
export async function readTrackerFrom(host: WorkbookHost, extra: ReadRequest[] = []): Promise<TrackerReading> {
  const first = await host.snapshot([...trackerFirstReads(), ...extra]);
  const secondReads = trackerSecondReads(first);
  const taken = secondReads.length > 0 ? await host.snapshot(secondReads) : null;
  const second = taken ?? { sheets: first.sheets, ranges: [] };
  const rereads = trackerRereads(first, second);
  const again = rereads.length > 0 ? await host.snapshot(rereads) : null;
  return { first, latest: again ?? taken ?? first, ...readTracker(first, second, again) };
}
