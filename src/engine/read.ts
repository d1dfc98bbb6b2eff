/**
 * Reading a tracker through any host: two snapshots (two round trips), whatever its size.
 */
import type { TrackerRead } from "../layout/tracker";
import { readTracker, trackerFirstReads, trackerSecondReads } from "../layout/tracker";
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
  return { first, latest: taken ?? first, ...readTracker(first, second) };
}
