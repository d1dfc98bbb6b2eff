/**
 * Reading a tracker through any host: two snapshots (two round trips), whatever its size.
 */
import type { TrackerRead } from "../layout/tracker";
import { readTracker, trackerFirstReads, trackerSecondReads } from "../layout/tracker";
import type { WorkbookHost, WorkbookSnapshot } from "../layout/workbook-host";

export interface TrackerReading extends TrackerRead {
  first: WorkbookSnapshot;
}

export async function readTrackerFrom(host: WorkbookHost): Promise<TrackerReading> {
  const first = await host.snapshot(trackerFirstReads());
  const secondReads = trackerSecondReads(first);
  const second = secondReads.length > 0 ? await host.snapshot(secondReads) : { sheets: first.sheets, ranges: [] };
  return { first, ...readTracker(first, second) };
}
