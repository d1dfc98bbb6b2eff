/**
 * bench/results.json, shared by the bench files: each writes its own scenarios' records in place
 * of their earlier ones and keeps the other files' records, so one bench file may run alone.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export interface BenchRecord {
  scenario: string;
  step: string;
  syncs: number;
  actions: number;
  largestRequestBytes: number;
  totalRequestBytes: number;
  largestResponseBytes: number;
  ms: number;
  fileBytes: number | null;
}

const FILE = path.join(__dirname, "results.json");

export function saveResults(records: readonly BenchRecord[]): void {
  const scenarios = new Set(records.map((r) => r.scenario));
  let kept: BenchRecord[] = [];
  try {
    kept = (JSON.parse(fs.readFileSync(FILE, "utf8")) as { records: BenchRecord[] }).records.filter((r) => !scenarios.has(r.scenario));
  } catch {
    // No earlier results, or unreadable ones: this run's records alone.
  }
  const out = { date: new Date().toISOString().slice(0, 10), node: process.version, cpus: os.cpus().length, records: [...kept, ...records] };
  fs.writeFileSync(FILE, `${JSON.stringify(out, null, 2)}\n`);
}
