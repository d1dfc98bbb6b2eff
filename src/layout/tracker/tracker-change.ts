/**
 * Building and rebuilding the tracker workbook, as one WorkbookChange for a host to apply:
 * a fresh build when the workbook is not a tracker yet, otherwise the rebuild's diff
 * (docs/architecture.md).
 */
import type { BuildReport } from "../../domain/tracker";
import type { WorkbookChange } from "../sheet-spec";
import { buildParts, type TrackerBuildInput } from "./build-parts";
import { freshBuild } from "./fresh-build";
import { rebuildDiff } from "./rebuild-diff";

export type { TrackerBuildInput } from "./build-parts";

export interface TrackerBuild {
  change: WorkbookChange;
  report: BuildReport;
}

export function trackerBuildChange(input: TrackerBuildInput): TrackerBuild {
  const parts = buildParts(input);
  return input.existing === null ? freshBuild(parts) : rebuildDiff(parts, input.existing);
}
