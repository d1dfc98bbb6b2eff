import type { UnitTaskEntry } from "../../../src/domain/tracker";
import { DEFAULT_MEASURES, DEFAULT_SETTINGS, type IsoDate, type Task, type TaskCode, type Unit, type UnitCode } from "../../../src/domain/types";
import { XlsxHost } from "../../../src/hosts/xlsx";
import type { CellBlock, WorkbookOp } from "../../../src/layout";
import {
  IMPORT_LOG_SHEET,
  importLogPatch,
  importLogSheet,
  readUnitFileMeta,
  readUnitFileSheet,
  unitFileFirstReads,
  unitFileSheetRead,
  unitFileSheets,
  UNIT_FILE_META_SHEET,
  type UnitFileInput,
} from "../../../src/layout/unit-file";

const unit: Unit = { code: "DV007" as UnitCode, name: "Chi bộ Sở Y tế", kind: "chi bộ", head: null, email: null, members: 12 };
const tasks: Task[] = [
  { code: "NV01" as TaskCode, text: "Quán triệt kế hoạch", deadline: null, assignee: null, section: null },
  { code: "NV02" as TaskCode, text: "Báo cáo kết quả", deadline: "2019-12-20" as IsoDate, assignee: null, section: null },
];
const exported: UnitTaskEntry = { unit: unit.code, task: tasks[0].code, status: "Đang thực hiện", completedOn: null, measures: { total: 12 }, reportRef: null, note: "đã họp" };

function input(): UnitFileInput {
  return {
    planId: "13-KH/ĐUK",
    planTitle: "13-KH/ĐUK — Kế hoạch",
    planDate: "2019-11-20" as IsoDate,
    unit,
    sheet: "Y tế",
    tasks,
    measures: [...DEFAULT_MEASURES],
    settings: DEFAULT_SETTINGS,
    holidays: ["2020-01-01" as IsoDate],
    entries: new Map([[exported.task, exported]]),
    exportedOn: "2019-12-05" as IsoDate,
  };
}

async function unitFile(edit: WorkbookOp[] = []): Promise<XlsxHost> {
  const host = XlsxHost.create();
  await host.apply({ ops: unitFileSheets(input()).map((sheet): WorkbookOp => ({ op: "addSheet", sheet })) });
  if (edit.length > 0) await host.apply({ ops: edit });
  // Through bytes, as a returned file arrives.
  const reopened = await XlsxHost.fromBuffer(await host.toBuffer(), "f.xlsx");
  if (!reopened.ok) throw new Error("cannot reopen");
  return reopened.value;
}

async function read(host: XlsxHost) {
  const first = await host.snapshot(unitFileFirstReads());
  const meta = readUnitFileMeta(first);
  if (!meta.ok) return meta;
  const request = unitFileSheetRead(meta.value, first);
  if (!request) throw new Error("no sheet");
  return readUnitFileSheet(await host.snapshot([request]), meta.value, [...DEFAULT_MEASURES]);
}

const patch = (name: string, cells: CellBlock[]): WorkbookOp => ({ op: "patchSheet", name, content: { cells } });

describe("a unit's file", () => {
  it("reads back the entries it was exported with, and keeps them as exported in its records", async () => {
    const host = await unitFile();
    const meta = readUnitFileMeta(await host.snapshot(unitFileFirstReads()));
    expect(meta.ok && meta.value).toMatchObject({ planId: "13-KH/ĐUK", unit: "DV007", sheet: "Y tế", exportedOn: "2019-12-05" });
    expect(meta.ok && meta.value.exported.get("NV01")).toEqual(exported);
    const entries = await read(host);
    expect(entries.ok && [...entries.value.values()]).toEqual([exported]);
  });

  it("is refused when its task list in the records was edited", async () => {
    const host = await unitFile([patch(UNIT_FILE_META_SHEET, [{ at: "C8", rows: [[{ kind: "text", text: "2019-12-31" }]] }])]);
    const result = await read(host);
    expect(!result.ok && result.problems.map((p) => p.key)).toEqual(["unitFile.tampered"]);
  });

  it("is refused when its unit-code cell names another unit", async () => {
    const host = await unitFile([patch("Y tế", [{ at: "B3", rows: [[{ kind: "text", text: "DV008" }]] }])]);
    const result = await read(host);
    expect(!result.ok && result.problems.map((p) => p.key)).toEqual(["unitFile.codeCellChanged"]);
  });

  it("is refused with a status outside the list", async () => {
    const host = await unitFile([patch("Y tế", [{ at: "D9", rows: [[{ kind: "text", text: "Xong rồi" }]] }])]);
    const result = await read(host);
    expect(!result.ok && result.problems.map((p) => [p.key, p.at?.cell])).toEqual([["tracker.read.badStatus", "D9"]]);
  });
});

describe("the import log", () => {
  it("adds rows below the last row holding anything", async () => {
    const row = { importedOn: "2019-12-24" as IsoDate, file: "a.xlsx", unit: "DV001", unitName: "Chi bộ A", cellsChanged: 3, conflictsLeft: 0 };
    const host = XlsxHost.create();
    await host.apply({ ops: [{ op: "addSheet", sheet: importLogSheet([row]) }] });
    const before = (await host.snapshot([{ sheet: IMPORT_LOG_SHEET }])).ranges[0];
    await host.apply({ ops: [{ op: "patchSheet", name: IMPORT_LOG_SHEET, content: importLogPatch(before, [{ ...row, file: "b.xlsx" }]) }] });
    const values = (await host.snapshot([{ sheet: IMPORT_LOG_SHEET }])).ranges[0].values;
    expect(values.slice(3).map((r) => r[1])).toEqual(["a.xlsx", "b.xlsx"]);
  });
});
