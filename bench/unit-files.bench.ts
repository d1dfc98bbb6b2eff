/**
 * The unit round trip on files, as the pane runs it (the file host's browser-side workbook and
 * its zip writer), for the seed plan with 40 units: every unit's file made and zipped, then forty
 * filled files judged and merged into the tracker in one change.
 */
import { performance } from "node:perf_hooks";
import type { IsoDate } from "../src/domain/types";
import { applyUnitImport, exportUnitFiles, previewUnitImport, writeUnitFile, type ReturnedFile } from "../src/engine";
import { XlsxHost } from "../src/hosts/xlsx";
import { XlsxWorkbook } from "../src/hosts/xlsx/xlsx-workbook";
import { zipFiles } from "../src/hosts/xlsx/zip-files";
import { buildReminderTracker } from "../tests/support/reminder-seed";
import { saveResults, type BenchRecord } from "./results";

const TODAY = "2019-12-23" as IsoDate;
const SCENARIO = "40 units (seed plan)";

function expectOk<T>(result: { ok: true; value: T } | { ok: false; problems: unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const record = (step: string, ms: number, fileBytes: number): BenchRecord => ({
  scenario: SCENARIO,
  step,
  syncs: 0,
  actions: 0,
  largestRequestBytes: 0,
  totalRequestBytes: 0,
  largestResponseBytes: 0,
  ms: Math.round(ms),
  fileBytes,
});

describe("benchmark: unit files", () => {
  it("exports 40 units' files and imports 40 filled ones (xlsx host)", async () => {
    const tracker = XlsxHost.create();
    await buildReminderTracker(tracker);

    let start = performance.now();
    const files = expectOk(await exportUnitFiles(tracker, { units: "all", today: TODAY }));
    const made: Array<{ name: string; bytes: Uint8Array }> = [];
    for (const file of files) {
      const target = XlsxWorkbook.create();
      await writeUnitFile(file, target);
      made.push({ name: file.fileName, bytes: await target.toBytes() });
    }
    const zip = await zipFiles(made);
    const exportMs = performance.now() - start;
    expect(made).toHaveLength(40);

    // Each unit reports NV01 done with its note: what the import then finds and writes.
    const returned: Array<{ name: string; bytes: Uint8Array }> = [];
    for (const [i, file] of made.entries()) {
      const opened = expectOk(await XlsxWorkbook.fromBytes(file.bytes, file.name));
      const sheet = (await opened.snapshot([])).sheets[0].name;
      await opened.apply({ ops: [{ op: "patchSheet", name: sheet, content: { cells: [{ at: "D8", rows: [[{ kind: "text", text: "Hoàn thành" }, { kind: "date", date: "2019-12-18" as IsoDate }]] }, { at: "J8", rows: [[{ kind: "text", text: `Đơn vị ${i + 1} đã quán triệt` }]] }] } }] });
      returned.push({ name: file.name, bytes: await opened.toBytes() });
    }

    start = performance.now();
    const opened: ReturnedFile[] = [];
    for (const file of returned) opened.push({ name: file.name, host: expectOk(await XlsxWorkbook.fromBytes(file.bytes, file.name)) });
    const preview = expectOk(await previewUnitImport(tracker, opened));
    const done = expectOk(await applyUnitImport(tracker, preview, { conflicts: false, today: TODAY }));
    const importMs = performance.now() - start;
    expect(preview.verdicts.every((v) => v.refused.length === 0)).toBe(true);
    expect(done.files).toBe(40);

    const returnedBytes = returned.reduce((n, f) => n + f.bytes.length, 0);
    process.stdout.write(
      `\nunit files: export 40  ${exportMs.toFixed(0)} ms, .zip ${(zip.length / 1e6).toFixed(2)} MB\n` +
        `unit files: import 40  ${importMs.toFixed(0)} ms, ${(returnedBytes / 1e6).toFixed(2)} MB read, ${done.cells} cells written\n\n`,
    );
    saveResults([record("unit files: export 40", exportMs, zip.length), record("unit files: import 40", importMs, returnedBytes)]);
  });
});
